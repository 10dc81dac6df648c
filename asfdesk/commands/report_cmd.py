"""`asfdesk report outcomes|capacity|events`: the reports, as a table on screen or to a file.

    asfdesk report outcomes --from 2026-01-01 --to 2026-06-30 [--by enterprise|kind|funding|
        consultant|municipality] [--county 20] [--municipality 2080] [--no-suppress] [-o FILE]
    asfdesk report capacity [--county 20] [--municipality 2080] [-o FILE]
    asfdesk report events --from DATE --to DATE [-o FILE]

FILE ends in .xlsx (table and a native chart), .csv or .pdf (A4, table and chart). Dates are
typed as in the app's date fields (`2026-12-01`, `20261201`, `t`, `-30`). Outcome counts of 1
or 2 people are suppressed unless --no-suppress (internal use; written to the access log).
Exit codes: 0 shown or written, 2 an option or file name the user must fix.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate

_CONTEXT = "ReportCommand"
GROUPINGS = ("enterprise", "kind", "funding", "consultant", "municipality")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="outcome, capacity and event reports (table, or .xlsx/.csv/.pdf with a chart)"
    )
    sub = parser.add_subparsers(dest="report", required=True, metavar="REPORT")
    outcomes = sub.add_parser(
        "outcomes", help="referred, started, ended, to work/studies, median length, ongoing"
    )
    capacity = sub.add_parser("capacity", help="places, free places, employees, people in work training")
    events = sub.add_parser("events", help="events with registered, attended and no-show counts")
    for p in (outcomes, events):
        p.add_argument(
            "--from", dest="date_from", metavar="DATE", required=True, help="first day (inclusive)"
        )
        p.add_argument("--to", dest="date_to", metavar="DATE", required=True, help="last day (inclusive)")
    outcomes.add_argument("--by", choices=GROUPINGS, help="one row per group (default: the total only)")
    outcomes.add_argument(
        "--no-suppress",
        action="store_true",
        help="show counts of 1 or 2 people too (internal use only; written to the access log)",
    )
    for p in (outcomes, capacity):
        p.add_argument("--county", metavar="LÄNSKOD", help="two-digit county code, e.g. 20 (Dalarna)")
        p.add_argument("--municipality", metavar="KOMMUNKOD", help="four-digit municipality code, e.g. 2080")
    for p in (outcomes, capacity, events):
        p.add_argument(
            "-o", "--output", metavar="FILE", type=Path, help="write FILE.xlsx, FILE.csv or FILE.pdf"
        )
    parser.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"asfdesk report: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from asfdesk.db.session import current_username, session_scope
    from asfdesk.domain.date_input import DateInputError, parse_date_input
    from asfdesk.io.report_files import check_report_suffix, write_report_table
    from asfdesk.services import reports

    today = date.today()
    period: dict[str, date | None] = {}
    for option, attr in (("--from", "date_from"), ("--to", "date_to")):
        text = getattr(args, attr, None)
        if text is None:
            continue
        try:
            period[option] = parse_date_input(text, today)
        except DateInputError as exc:
            return _fail(f"{option}: {exc}")
        if period[option] is None:
            return _fail(f"{option}: " + translate(_CONTEXT, "a date is required"))
    try:
        county, municipality = reports.check_area(
            getattr(args, "county", None), getattr(args, "municipality", None)
        )
        if period and period["--to"] < period["--from"]:
            raise ValueError(translate("Reports", "The period ends before it starts."))
        if args.output is not None:
            check_report_suffix(args.output)
    except ValueError as exc:
        return _fail(str(exc))

    database = open_database(args)
    try:
        with session_scope(database.sessions) as session:
            if args.report == "outcomes":
                table = reports.outcomes(
                    session,
                    period["--from"],
                    period["--to"],
                    by=args.by,
                    county=county,
                    municipality=municipality,
                    suppress=not args.no_suppress,
                )
            elif args.report == "capacity":
                table = reports.capacity(session, county=county, municipality=municipality)
            else:
                table = reports.events_report(session, period["--from"], period["--to"])
    finally:
        database.engine.dispose()

    if args.output is None:
        print_table(table)
        return 0
    if args.output.suffix.lower() == ".pdf":
        from asfdesk.printing.qt_app import ensure_qt_app
        from asfdesk.printing.reports import write_report_pdf

        ensure_qt_app()
        login = (database.sessions.kw.get("info") or {}).get("user") or current_username()
        pages = write_report_pdf(table, args.output, login)
        print(
            translate(_CONTEXT, "{output}: %n page(s)", n=pages).format(output=args.output), file=sys.stderr
        )
    else:
        write_report_table(table, args.output)
        print(translate(_CONTEXT, "Report written to {output}").format(output=args.output), file=sys.stderr)
    return 0


def print_table(table, out=None) -> None:
    """The report as aligned text: figures right-aligned, the total under a rule, notes below."""
    from asfdesk.domain.report_table import cell_text
    from asfdesk.i18n import current_language

    out = out or sys.stdout
    comma = current_language() == "sv"
    for index, part in enumerate(table.all_tables()):
        if index:
            print(file=out)
        print(part.title, file=out)
        if part.subtitle:
            print(part.subtitle, file=out)
        body = [[cell_text(c, comma) for c in row] for row in part.rows]
        total = [cell_text(c, comma) for c in part.total] if part.total is not None else None
        lines = [list(part.headers), *body, *([total] if total else [])]
        widths = [max(len(line[i]) for line in lines) for i in range(len(part.headers))]
        widths[0] = min(widths[0], 40)

        print(_line(part.headers, widths, part.numeric_from), file=out)
        print("  ".join("-" * w for w in widths), file=out)
        for row in body:
            print(_line(row, widths, part.numeric_from), file=out)
        if not body:
            print(translate(_CONTEXT, "(none)"), file=out)
        if total:
            print("  ".join("=" * w for w in widths), file=out)
            print(_line(total, widths, part.numeric_from), file=out)
        for note in part.notes:
            print(note, file=out)


def _line(cells: list[str], widths: list[int], numeric_from: int) -> str:
    out_cells = []
    for i, (cell, width) in enumerate(zip(cells, widths, strict=False)):
        if i == 0 and len(cell) > width:
            cell = cell[: width - 1] + "…"
        out_cells.append(cell.rjust(width) if i >= numeric_from else cell.ljust(width))
    return "  ".join(out_cells).rstrip()
