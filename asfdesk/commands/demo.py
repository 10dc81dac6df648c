"""`asfdesk demo`: fill the database with demo data (safe to run again)."""

from __future__ import annotations

import argparse

from asfdesk.commands._common import open_database
from asfdesk.demo import load_demo


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="load demo data (idempotent)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    database = open_database(args)
    try:
        summary = load_demo(database.sessions)
    finally:
        database.engine.dispose()
    print(f"added {summary.total()} records ({summary})")
    return 0
