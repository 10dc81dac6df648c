"""`asfdesk export enterprises|referrals|contacts|events -o FILE`: what a tab lists, to a file.

.xlsx/.csv for every list; contacts also to .vcf, events also to .ics. Referral exports hold
jobseeker data and are recorded in the access log, as in the app.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate
from asfdesk.io.errors import fill

ENTITY_OF = {
    "enterprises": "enterprises",
    "referrals": "referrals",
    "contacts": "partner_contacts",
    "events": "events",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="export a list to .xlsx, .csv, .ics (events) or .vcf (contacts)"
    )
    parser.add_argument("what", choices=list(ENTITY_OF))
    parser.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    parser.add_argument("--search", metavar="TEXT", default="", help="as typed in the tab's search field")
    parser.add_argument(
        "--all-fields",
        action="store_true",
        help="enterprises: every importable field instead of the tab's columns",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from asfdesk.db.queries import io_queries as q
    from asfdesk.db.queries.listing import ListRequest, iter_rows
    from asfdesk.db.session import session_scope
    from asfdesk.io import ics, records, vcard, writers
    from asfdesk.io.private_files import write_private_bytes
    from asfdesk.io.tab_export import export_tab

    suffix = args.output.suffix.lower()
    allowed = {".xlsx", ".csv"} | ({".vcf"} if args.what == "contacts" else set())
    allowed |= {".ics"} if args.what == "events" else set()
    if suffix not in allowed:
        if suffix:
            message = translate("ExportCommand", "Cannot export %1 to %2; use %3")
        else:
            message = translate("ExportCommand", "Cannot export %1 to a file without suffix; use %3")
        print(fill(message, args.what, suffix, ", ".join(sorted(allowed))))
        return 2
    entity = ENTITY_OF[args.what]
    request = ListRequest(search=args.search)
    database = open_database(args)
    try:
        if suffix in (".vcf", ".ics"):
            with session_scope(database.sessions) as session:
                if suffix == ".vcf":
                    ids = [row[0] for row in iter_rows(session, entity, request)]
                    data = vcard.contacts_to_vcf(q.contacts_by_ids(session, ids))
                    count = len(ids)
                else:
                    if args.search:
                        ids = [row[0] for row in iter_rows(session, entity, request)]
                        events = q.events_by_ids(session, ids)
                    else:
                        events = q.upcoming_events(session)
                    data = ics.events_to_ics(events)
                    count = len(events)
            write_private_bytes(args.output, data)  # 0600, complete or absent
        elif args.all_fields and args.what == "enterprises":
            with session_scope(database.sessions) as session:
                ids = [row[0] for row in iter_rows(session, entity, request)]
                enterprises = q.enterprises_by_ids(session, ids)
                count = writers.write_table(
                    args.output, records.enterprise_headers(), records.enterprise_rows(enterprises)
                )
        else:
            count = export_tab(database.sessions, entity, request, args.output)
    finally:
        database.engine.dispose()
    print(fill(translate("ExportCommand", "%1: %2 rows"), args.output, count))
    return 0
