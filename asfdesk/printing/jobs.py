"""Load what a document needs in one short session and build it (shared by GUI and CLI)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.queries import capacity, listing
from asfdesk.db.queries import io_queries as q
from asfdesk.db.session import current_username, session_scope
from asfdesk.domain.enums import EnterpriseStatus
from asfdesk.domain.identifiers import normalize_org_number
from asfdesk.i18n import translate
from asfdesk.printing import builders
from asfdesk.printing.document import PrintDocument


def printed_by(sessions: sessionmaker[Session]) -> str:
    return sessions.kw.get("info", {}).get("user") or current_username()


def _sheets(session: Session, enterprises, by: str) -> PrintDocument:
    """Contact sheets with the free places derived from the referrals (asfdesk.db.queries.capacity)."""
    free = capacity.free_places(session, [e.id for e in enterprises])
    return builders.contact_sheets(enterprises, by, free_places=free)


def contact_sheet_document(
    sessions: sessionmaker[Session],
    enterprise_ids: Sequence[int] | None = None,
    org_numbers: Sequence[str] | None = None,
    include_dormant: bool = False,
) -> PrintDocument:
    """Sheets for the given enterprises (ids or org.nrs), or every active one when none given
    (every one, paused and closed too, with `include_dormant`)."""
    with session_scope(sessions) as session:
        if enterprise_ids:
            enterprises = q.enterprises_by_ids(session, enterprise_ids)
        elif org_numbers:
            wanted = [normalize_org_number(n) for n in org_numbers]
            enterprises = q.enterprises_by_org_numbers(session, wanted)
            missing = sorted(set(wanted) - {e.org_number for e in enterprises})
            if missing:
                raise ValueError(
                    translate("Printing", "No enterprise has org. number {numbers}").format(
                        numbers=", ".join(missing)
                    )
                )
        elif include_dormant:
            enterprises = q.all_enterprises(session)
        else:
            enterprises = q.active_enterprises(session)
        return _sheets(session, enterprises, printed_by(sessions))


def listed_contact_sheets_document(
    sessions: sessionmaker[Session],
    list_key: str,
    request: listing.ListRequest,
    include_dormant: bool = False,
) -> PrintDocument:
    """"Print all" from the enterprise list: the rows it shows (search and filters), active ones
    only unless `include_dormant`, the same default as `asfdesk print contact-sheet`."""
    with session_scope(sessions) as session:
        ids = [row[0] for row in listing.iter_rows(session, list_key, request)]
        enterprises = q.enterprises_by_ids(session, ids) if ids else []
        if not include_dormant:
            enterprises = [e for e in enterprises if e.status == EnterpriseStatus.ACTIVE]
        return _sheets(session, enterprises, printed_by(sessions))


def dormant_in_list(sessions: sessionmaker[Session], list_key: str, request: listing.ListRequest) -> int:
    """How many of the rows the enterprise list shows are not active (paused or closed)."""
    with session_scope(sessions) as session:
        ids = [row[0] for row in listing.iter_rows(session, list_key, request)]
        enterprises = q.enterprises_by_ids(session, ids) if ids else []
        return sum(1 for e in enterprises if e.status != EnterpriseStatus.ACTIVE)


def partner_contacts_document(
    sessions: sessionmaker[Session], request: listing.ListRequest | None = None
) -> PrintDocument:
    """The Partner contacts tab's rows (its search and filter), grouped by organisation."""
    request = request or listing.ListRequest()
    with session_scope(sessions) as session:
        ids = [row[0] for row in listing.iter_rows(session, "partner_contacts", request)]
        contacts = q.contacts_by_ids(session, ids)
        return builders.partner_contact_list(contacts, printed_by(sessions), search=request.search)


def attendees_document(sessions: sessionmaker[Session], event_id: int) -> PrintDocument:
    with session_scope(sessions) as session:
        event = q.event_with_participants(session, event_id)
        if event is None:
            raise ValueError(translate("Printing", "There is no event {event_id}").format(event_id=event_id))
        return builders.attendee_sheet(event, printed_by(sessions))
