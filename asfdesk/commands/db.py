"""`asfdesk db upgrade|current|backup`: schema administration."""

from __future__ import annotations

import argparse
from pathlib import Path

from asfdesk.commands._common import open_database
from asfdesk.db.engine import sqlite_path
from asfdesk.db.migrate import backup_and_upgrade, backup_sqlite, schema_state
from asfdesk.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help="database administration")
    sub = db.add_subparsers(dest="db_command", required=True)
    sub.add_parser("upgrade", help="migrate the schema to this version (backs up SQLite first)")
    sub.add_parser("current", help="show the schema revision of the database")
    backup = sub.add_parser(
        "backup", help="write a consistent, integrity-checked copy of a SQLite database"
    )
    backup.add_argument("path", type=Path)
    backup.add_argument("--force", action="store_true", help="replace PATH if it already exists")
    db.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    database = open_database(args, migrate=False)
    try:
        if args.db_command == "current":
            state = schema_state(database.engine)
            status = "up to date" if state.up_to_date else ("newer" if state.too_new else "behind")
            print(f"{state.current or '(empty)'} (head {state.head}, {status})")
            return 0
        if args.db_command == "upgrade":
            state = schema_state(database.engine)
            if state.too_new:
                print(translate("Database", "The database is newer than this app."))
                return 1
            backup = backup_and_upgrade(database.engine, state)
            if backup is not None:
                print(f"backup: {backup}")
            print(f"{schema_state(database.engine).current}")
            return 0
        if args.db_command == "backup":
            file = sqlite_path(database.engine.url)
            if file is None:
                print(
                    translate(
                        "Database",
                        "Backups of a PostgreSQL server are made with pg_dump by its administrator.",
                    )
                )
                return 2
            schema_state(database.engine)  # a damaged file is reported as such, before copying
            print(backup_sqlite(file, args.path, overwrite=args.force))
            return 0
    finally:
        database.engine.dispose()
    return 2
