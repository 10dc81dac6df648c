"""The `asfdesk` command: no subcommand opens the app; subcommands administer and script it."""

from __future__ import annotations

import argparse
import importlib
import sys

from asfdesk import __version__
from asfdesk.commands import COMMAND_MODULES
from asfdesk.db.schema_errors import SchemaError
from asfdesk.i18n import set_language


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="asfdesk",
        description="asfdesk: enterprises (ASF), referrals, partner contacts and events. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"asfdesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (sqlite:///path or postgresql+psycopg://user@host/db); "
        "default: ASFDESK_DATABASE_URL or a local file in the user data folder",
    )
    parser.add_argument("--lang", choices=["sv", "en"], help="user interface language")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from asfdesk.app import run_gui

        return run_gui(args)
    try:
        return int(args.func(args) or 0)
    except (ValueError, SchemaError) as exc:
        # Validation and schema errors are the user's to fix: say what, not a traceback.
        print(f"asfdesk: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from asfdesk.db.faults import FaultKind, classify, environment_reason, user_message

        if classify(exc) is FaultKind.BUG:
            raise
        # Server down, database locked, disk full, a conflict: the environment, not a bug.
        kind = classify(exc)
        message = environment_reason(exc) if kind is FaultKind.ENVIRONMENT else user_message(exc)
        print(f"asfdesk: {message}\n  ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
