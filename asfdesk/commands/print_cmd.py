"""`asfdesk print contact-sheet|partner-contacts|attendees -o FILE.pdf`: the printed documents as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "print", help="write a contact sheet, contact list or attendee list as PDF"
    )
    sub = parser.add_subparsers(dest="print_command", required=True)
    sheet = sub.add_parser("contact-sheet", help="enterprise contact sheets (all active when none named)")
    sheet.add_argument(
        "--enterprise", metavar="ORGNR", action="append", default=[], help="org. number (repeat)"
    )
    sheet.add_argument(
        "--include-dormant",
        action="store_true",
        help="with no --enterprise: also paused and closed enterprises (default: active only)",
    )
    partners = sub.add_parser("partner-contacts", help="partner contacts grouped by organisation")
    partners.add_argument("--search", metavar="TEXT", default="", help="as typed in the tab's search field")
    attendees = sub.add_parser("attendees", help="attendee list / sign-in sheet of an event")
    attendees.add_argument("--event", metavar="ID", type=int, required=True)
    for p in (sheet, partners, attendees):
        p.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)
    region = sub.add_parser(
        "region-summary", help="'ASF i länet': one page of a county's ASFs per municipality, with a chart"
    )
    region.add_argument(
        "--county", metavar="CODE", required=True, help="county code (20) or name (Dalarna)"
    )
    region.add_argument(
        "-o", "--output", metavar="FILE.pdf", type=Path, help="default: asf-i-lanet-CODE.pdf here"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported here, not at module level, so `asfdesk --help` stays fast.
    from asfdesk.db.queries.listing import ListRequest
    from asfdesk.printing import jobs
    from asfdesk.printing.qt_app import ensure_qt_app
    from asfdesk.printing.render import write_pdf

    if args.print_command == "region-summary":
        from asfdesk.printing.region_summary import default_file_name

        args.output = args.output or Path(default_file_name(args.county))
    if args.output.suffix.lower() != ".pdf":
        print(translate("PrintCommand", "The output file must end in .pdf"))
        return 2
    ensure_qt_app()
    database = open_database(args)
    try:
        if args.print_command == "contact-sheet":
            document = jobs.contact_sheet_document(
                database.sessions,
                org_numbers=args.enterprise or None,
                include_dormant=args.include_dormant,
            )
        elif args.print_command == "region-summary":
            from asfdesk.db.queries.region import UnknownCounty
            from asfdesk.printing.region_summary import region_summary_document

            try:
                document = region_summary_document(database.sessions, args.county)
            except UnknownCounty:
                print(translate("PrintCommand", "There is no county {code}").format(code=args.county))
                return 2
        elif args.print_command == "partner-contacts":
            document = jobs.partner_contacts_document(database.sessions, ListRequest(search=args.search))
        else:
            document = jobs.attendees_document(database.sessions, args.event)
    finally:
        database.engine.dispose()
    pages = write_pdf(document, args.output)
    print(translate("PrintCommand", "{output}: %n page(s)", n=pages).format(output=args.output))
    return 0
