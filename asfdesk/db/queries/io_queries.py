"""Queries for printing, export and import: the records a document or file needs, loaded whole.

Lists of what a tab shows come from asfdesk.db.queries.listing (one copy of the list logic);
this module only loads full records for the ids those lists give, plus the lookups the
importer needs (municipality names, existing org.nrs, names for the similarity check).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from asfdesk.db.models import (
    Consultant,
    Contact,
    Enterprise,
    Event,
    EventParticipant,
    Municipality,
    PartnerOrganisation,
    ServiceCategory,
)
from asfdesk.db.types import utcnow
from asfdesk.domain.enums import EnterpriseStatus

_ENTERPRISE_LOADS = (
    selectinload(Enterprise.contacts),
    selectinload(Enterprise.services),
    selectinload(Enterprise.municipality),
    selectinload(Enterprise.responsible_consultant),
)


def _in_order(records: Iterable, ids: Sequence[int]) -> list:
    """Keep the caller's order (the user's sort in the tab)."""
    by_id = {r.id: r for r in records}
    return [by_id[i] for i in ids if i in by_id]


def _chunks(ids: Sequence[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def enterprises_by_ids(session: Session, ids: Sequence[int]) -> list[Enterprise]:
    """Enterprises with contacts, services, municipality and consultant, in the given order."""
    found: list[Enterprise] = []
    for chunk in _chunks(list(ids)):
        found.extend(
            session.scalars(select(Enterprise).where(Enterprise.id.in_(chunk)).options(*_ENTERPRISE_LOADS))
        )
    return _in_order(found, list(ids))


def enterprises_by_org_numbers(session: Session, org_numbers: Sequence[str]) -> list[Enterprise]:
    stmt = select(Enterprise).where(Enterprise.org_number.in_(list(org_numbers))).options(*_ENTERPRISE_LOADS)
    by_nr = {e.org_number: e for e in session.scalars(stmt)}
    return [by_nr[n] for n in org_numbers if n in by_nr]


def active_enterprises(session: Session) -> list[Enterprise]:
    stmt = (
        select(Enterprise)
        .where(Enterprise.status == EnterpriseStatus.ACTIVE)
        .order_by(Enterprise.name, Enterprise.id)
        .options(*_ENTERPRISE_LOADS)
    )
    return list(session.scalars(stmt))


def all_enterprises(session: Session) -> list[Enterprise]:
    stmt = select(Enterprise).order_by(Enterprise.name, Enterprise.id).options(*_ENTERPRISE_LOADS)
    return list(session.scalars(stmt))


def contacts_by_ids(session: Session, ids: Sequence[int]) -> list[Contact]:
    """Contacts with their organisation loaded, in the given order."""
    found: list[Contact] = []
    for chunk in _chunks(list(ids)):
        stmt = (
            select(Contact)
            .where(Contact.id.in_(chunk))
            .options(selectinload(Contact.enterprise), selectinload(Contact.partner_organisation))
        )
        found.extend(session.scalars(stmt))
    return _in_order(found, list(ids))


def partner_contacts(session: Session) -> list[Contact]:
    """Every partner-organisation contact, by organisation then name (no search applied)."""
    stmt = (
        select(Contact)
        .join(Contact.partner_organisation)
        .order_by(PartnerOrganisation.name, Contact.is_primary.desc(), Contact.name)
        .options(selectinload(Contact.partner_organisation))
    )
    return list(session.scalars(stmt))


def event_with_participants(session: Session, event_id: int) -> Event | None:
    stmt = (
        select(Event)
        .where(Event.id == event_id)
        .options(
            selectinload(Event.participants)
            .selectinload(EventParticipant.contact)
            .selectinload(Contact.enterprise),
            selectinload(Event.participants)
            .selectinload(EventParticipant.contact)
            .selectinload(Contact.partner_organisation),
            selectinload(Event.participants).selectinload(EventParticipant.consultant),
            selectinload(Event.organiser_partner),
            selectinload(Event.organiser_enterprise),
        )
    )
    return session.scalar(stmt)


def events_by_ids(session: Session, ids: Sequence[int]) -> list[Event]:
    stmt = (
        select(Event)
        .where(Event.id.in_(list(ids)))
        .options(selectinload(Event.organiser_partner), selectinload(Event.organiser_enterprise))
    )
    return _in_order(session.scalars(stmt), list(ids))


def upcoming_events(session: Session, now: datetime | None = None) -> list[Event]:
    stmt = (
        select(Event)
        .where(Event.starts_at >= (now or utcnow()))
        .order_by(Event.starts_at)
        .options(selectinload(Event.organiser_partner), selectinload(Event.organiser_enterprise))
    )
    return list(session.scalars(stmt))


# --- lookups for the importer -------------------------------------------------------------


def municipality_lookup(session: Session) -> dict[str, str]:
    """Casefolded code, name ("Bollnäs kommun") and short name ("Bollnäs") -> kommunkod."""
    lookup: dict[str, str] = {}
    for code, name, short in session.execute(
        select(Municipality.code, Municipality.name, Municipality.short_name)
    ):
        for key in (code, name, short, f"{short} kommun"):
            lookup[key.casefold()] = code
    return lookup


def service_lookup(session: Session) -> dict[str, int]:
    """Casefolded code and English/Swedish names -> service category id."""
    lookup: dict[str, int] = {}
    for sid, code, en, sv in session.execute(
        select(ServiceCategory.id, ServiceCategory.code, ServiceCategory.name_en, ServiceCategory.name_sv)
    ):
        for key in (code, en, sv):
            lookup[key.casefold()] = sid
    return lookup


def consultant_lookup(session: Session) -> dict[str, int]:
    lookup: dict[str, int] = {}
    for cid, name, username in session.execute(select(Consultant.id, Consultant.name, Consultant.username)):
        lookup[name.casefold()] = cid
        lookup[username.casefold()] = cid
    return lookup


def enterprise_keys(session: Session) -> list[tuple[int, str, str | None]]:
    """(id, name, org.nr) of every enterprise: duplicate and similarity checks."""
    return [
        tuple(row) for row in session.execute(select(Enterprise.id, Enterprise.name, Enterprise.org_number))
    ]


def partner_keys(session: Session) -> list[tuple[int, str]]:
    return [tuple(row) for row in session.execute(select(PartnerOrganisation.id, PartnerOrganisation.name))]


def enterprise_contact_keys(session: Session) -> list[tuple[int, int, str]]:
    """(contact id, enterprise id, name) of every enterprise contact."""
    stmt = select(Contact.id, Contact.enterprise_id, Contact.name).where(Contact.enterprise_id.is_not(None))
    return [tuple(row) for row in session.execute(stmt)]


def partner_contact_keys(session: Session) -> list[tuple[int, int, str]]:
    stmt = select(Contact.id, Contact.partner_organisation_id, Contact.name).where(
        Contact.partner_organisation_id.is_not(None)
    )
    return [tuple(row) for row in session.execute(stmt)]
