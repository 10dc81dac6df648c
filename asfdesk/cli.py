"""The `asfdesk` command: no subcommand opens the app; subcommands administer and script it."""

from __future__ import annotations

import argparse
import importlib
import sys

from asfdesk import __version__
from asfdesk.commands import COMMAND_MODULES
from asfdesk.db.schema_errors import SchemaError
from asfdesk.i18n import set_language
from asfdesk.logging_setup import configure_logging
from asfdesk.scrub import scrub


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
    configure_logging()
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from asfdesk.app import run_gui

        return run_gui(args)
    try:
        return int(args.func(args) or 0)
    except (ValueError, SchemaError) as exc:
        # Validation and schema errors are the user's to fix: say what, not a traceback.
        print(f"asfdesk: {scrub(str(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:
        return _report_failure(exc)


def _report_failure(exc: Exception) -> int:
    """Say what failed without a traceback: the log file gets the details, scrubbed."""
    from asfdesk.db.faults import FaultKind, classify, log_fault, technical_summary, user_message
    from asfdesk.logging_setup import active_log_file

    log_fault(exc)
    kind = classify(exc)
    message = scrub(user_message(exc, form=False))
    if kind is FaultKind.BUG:
        where = active_log_file()
        detail = f"{type(exc).__name__}; details in {where}" if where else technical_summary(exc)
        print(f"asfdesk: {message}\n  ({detail})", file=sys.stderr)
        return 2
    if kind is FaultKind.ENVIRONMENT:
        # Server down, database locked, disk full: the environment, not a bug.
        print(f"asfdesk: {message}\n  ({technical_summary(exc)})", file=sys.stderr)
    else:
        print(f"asfdesk: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
