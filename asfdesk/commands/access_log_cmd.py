"""`asfdesk access-log [--personnummer PNR] [--actor LOGIN] [--from DATE] [--to DATE] [-o FILE]`.

The municipality's regular log review (loggkontroll) from the command line: the access-log
entries about one person, by one user or in a period, newest first, as a table on stdout or,
with -o, every matching entry to a .csv or .xlsx file. Reviewing and exporting the log are
themselves written to the log. DATE is typed as in the app's date fields (`2026-12-01`, `t`,
`-7`). Exit codes: 0 shown or written, 2 a filter or file name the user must fix.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate

_CONTEXT = "AccessLogCommand"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "access-log", help="review the access log: who viewed, exported or changed whose data"
    )
    parser.add_argument(
        "--personnummer",
        metavar="PNR",
        default="",
        help="entries about this person; '-' reads the number from stdin (keeps it out of the history)",
    )
    parser.add_argument("--actor", metavar="LOGIN", default="", help="entries by this user")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="from this day (inclusive)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="up to this day (inclusive)")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write every matching entry to FILE.csv or FILE.xlsx"
    )
    parser.add_argument(
        "--limit", type=int, default=200, help="entries shown on stdout, newest first (default 200)"
    )
    parser.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"asfdesk access-log: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.domain.date_input import DateInputError, parse_date_input
    from asfdesk.services import access_log_review as log

    today = date.today()
    dates = {}
    for option, value in (("--from", args.date_from), ("--to", args.date_to)):
        try:
            dates[option] = parse_date_input(value, today)
        except DateInputError as exc:
            return _fail(f"{option}: {exc}")
    person = sys.stdin.readline().strip() if args.personnummer == "-" else args.personnummer or ""
    flt = log.LogFilter(person, args.actor or "", dates["--from"], dates["--to"])
    if args.output and Path(args.output).suffix.lower() not in (".csv", ".xlsx"):
        return _fail(translate(_CONTEXT, "Choose a file name ending in .csv or .xlsx."))
    database = open_database(args)
    try:
        if args.output:
            count = log.export(database.sessions, flt, args.output)
            message = translate(_CONTEXT, "%1 entries written to %2.")
            print(message.replace("%1", str(count)).replace("%2", args.output), file=sys.stderr)
            return 0
        with session_scope(database.sessions) as session:
            result = log.review(session, flt, limit=max(1, args.limit))
    except log.LogFilterError as exc:
        return _fail(str(exc))
    finally:
        database.engine.dispose()
    _print_table(log.headers(), [[_text(v) for v in row.cells()] for row in result.rows])
    summary = translate(_CONTEXT, "%1 of %2 entries shown, newest first.")
    print(summary.replace("%1", str(len(result.rows))).replace("%2", str(result.total)), file=sys.stderr)
    return 0


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    return " ".join(str(value).split())  # one line per entry


def _print_table(headers: list[str], rows: list[list[str]]) -> None:
    """Columns padded to their widest cell, the last one (the detail) left ragged."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    for line in (headers, *rows):
        cells = [cell.ljust(width) for cell, width in zip(line[:-1], widths[:-1], strict=True)]
        print("  ".join([*cells, line[-1]]).rstrip())
