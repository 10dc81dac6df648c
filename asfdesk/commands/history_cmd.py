"""`asfdesk history ENTITY ID`: a record's change history, newest first.

One line per changed field on stdout: date and time (Europe/Stockholm), who, field, old → new
(personal fields only say "changed": their values are never recorded). ENTITY is one of the
registry's profiles (enterprise, partner, contact, referral, jobseeker, event). Reading the
history of a jobseeker or a referral is written to the access log, as in the app.
Exit codes: 0 shown, 1 unknown entity or record.
"""

from __future__ import annotations

import argparse
import sys

from asfdesk import entities
from asfdesk.commands._common import open_database
from asfdesk.i18n import translate

_CONTEXT = "HistoryCommand"
# Short names accepted besides the registry keys (partner_organisation → partner).
_SHORT = {"partner": "partner_organisation"}


def _entity_names() -> list[str]:
    short = {v: k for k, v in _SHORT.items()}
    return [short.get(key, key) for key in entities.entity_keys()]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("history", help="show who changed a record, when, and what")
    parser.add_argument("entity", metavar="ENTITY", help="one of: " + ", ".join(_entity_names()))
    parser.add_argument("record_id", metavar="ID", help="the record's number")
    parser.set_defaults(func=run)


def _fail(args: argparse.Namespace, text: str) -> int:
    print(f"asfdesk history: {args.entity} {args.record_id}: {text}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.services.history import UnknownRecordError, history_of

    key = _SHORT.get(args.entity.strip().lower(), args.entity.strip().lower())
    if key not in entities.entity_keys():
        message = translate(_CONTEXT, "Unknown entity; choose one of: %1.").replace(
            "%1", ", ".join(_entity_names())
        )
        return _fail(args, message)
    try:
        record_id = int(args.record_id)
    except ValueError:
        return _fail(args, translate(_CONTEXT, "The ID must be a whole number."))
    database = open_database(args)
    try:
        with session_scope(database.sessions) as session:
            lines = history_of(session, key, record_id)
    except UnknownRecordError:
        return _fail(args, translate(_CONTEXT, "No such record, and no history of one."))
    finally:
        database.engine.dispose()
    if not lines:
        print(translate(_CONTEXT, "No changes recorded."), file=sys.stderr)
        return 0
    who_width = max(len(line.actor) for line in lines)
    field_width = max(len(line.field) for line in lines)
    for line in lines:
        print(f"{line.when}  {line.actor:<{who_width}}  {line.field:<{field_width}}  {line.change_text()}")
    return 0
