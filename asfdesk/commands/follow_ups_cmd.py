"""`asfdesk follow-ups [--due-by DATE] [--consultant LOGIN]`: what to follow up, oldest first.

One line per referral on stdout (date, jobseeker's name, enterprise, consultant) so the output
can be piped; the count goes to stderr. The jobseekers' names are personal data: the listing
is written to the access log, as in the app. DATE is typed as in the app's date fields
(`2026-12-01`, `t`, `+7`, `+2v`). Exit codes: 0 listed, 1 unknown consultant, 2 not a date.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate

_CONTEXT = "FollowUpsCommand"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "follow-ups", help="list the follow-ups that are due or overdue, oldest first"
    )
    parser.add_argument(
        "--due-by", metavar="DATE", default="t", help="due on or before DATE (default: today; e.g. +7)"
    )
    parser.add_argument("--consultant", metavar="LOGIN", help="only this consultant's referrals")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.domain.date_input import DateInputError, parse_date_input
    from asfdesk.services import consultants
    from asfdesk.services.follow_ups import due_follow_ups

    today = date.today()
    try:
        due_by = parse_date_input(args.due_by, today) or today
    except DateInputError as exc:
        print(f"asfdesk follow-ups: --due-by: {exc}", file=sys.stderr)
        return 2
    database = open_database(args)
    try:
        with session_scope(database.sessions) as session:
            consultant_id = None
            if args.consultant:
                consultant = consultants.find_by_login(session, args.consultant)
                if consultant is None:
                    message = translate(_CONTEXT, "No consultant has this login.")
                    print(f"asfdesk follow-ups: {args.consultant}: {message}", file=sys.stderr)
                    return 1
                consultant_id = consultant.id
            follow_ups = due_follow_ups(session, today, due_by=due_by, consultant_id=consultant_id)
    finally:
        database.engine.dispose()
    if follow_ups:
        name_width = max(len(f.jobseeker_name) for f in follow_ups)
        enterprise_width = max(len(f.enterprise_name) for f in follow_ups)
        for f in follow_ups:
            consultant_text = f.consultant_name or "—"
            print(
                f"{f.due.isoformat()}  {f.jobseeker_name:<{name_width}}  "
                f"{f.enterprise_name:<{enterprise_width}}  {consultant_text}"
            )
    overdue = sum(1 for f in follow_ups if f.overdue)
    summary = (
        translate(_CONTEXT, "Follow-ups due by %1: %2, of which %3 overdue.")
        .replace("%1", due_by.isoformat())
        .replace("%2", str(len(follow_ups)))
        .replace("%3", str(overdue))
    )
    print(summary, file=sys.stderr)
    return 0
