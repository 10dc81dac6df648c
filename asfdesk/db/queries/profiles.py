"""Queries behind the profile windows: related lists (paged), pickers and small lookups.

Every list takes `offset`/`limit` and has a matching count, so a profile never loads a whole
table; each call is one statement (no N+1). Nothing here returns a personnummer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, literal, select, true, union_all
from sqlalchemy.orm import Session

from asfdesk import entities
from asfdesk.db import search
from asfdesk.db.models import (
    Activity,
    Consultant,
    Contact,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    Municipality,
    PartnerOrganisation,
    Referral,
    ServiceCategory,
)
from asfdesk.db.queries.person_lookup import person_condition
from asfdesk.entities import protected

Row = tuple[Any, ...]


def _page(session: Session, stmt: Select, offset: int, limit: int) -> list[Row]:
    return [tuple(r) for r in session.execute(stmt.offset(offset).limit(limit))]


def _count(session: Session, stmt: Select) -> int:
    return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


# -- related lists ---------------------------------------------------------------------------


def _enterprise_referrals(enterprise_id: int) -> Select:
    """Jobseeker's name only: an enterprise's sheet never shows a personnummer."""
    return (
        select(
            Referral.id,
            protected.name(Jobseeker),
            Referral.kind,
            Referral.status,
            Referral.referred_on,
            Referral.planned_start,
            Referral.planned_end,
        )
        .join(Jobseeker, Jobseeker.id == Referral.jobseeker_id)
        .where(Referral.enterprise_id == enterprise_id)
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
    )


def enterprise_referrals(
    session: Session, enterprise_id: int, offset: int = 0, limit: int = 100
) -> list[Row]:
    """(id, jobseeker name, kind, status, referred on, planned start, planned end)."""
    rows = _page(session, _enterprise_referrals(enterprise_id), offset, limit)
    return [(r[0], protected.show_name(r[1]), *r[2:]) for r in rows]


def count_enterprise_referrals(session: Session, enterprise_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Referral).where(Referral.enterprise_id == enterprise_id)
        )
        or 0
    )


def _jobseeker_referrals(jobseeker_id: int) -> Select:
    return (
        select(
            Referral.id,
            Enterprise.name,
            Referral.kind,
            Referral.status,
            Referral.referred_on,
            Referral.planned_start,
            Referral.actual_end,
        )
        .join(Enterprise, Enterprise.id == Referral.enterprise_id)
        .where(Referral.jobseeker_id == jobseeker_id)
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
    )


def jobseeker_referrals(session: Session, jobseeker_id: int, offset: int = 0, limit: int = 100) -> list[Row]:
    """(id, enterprise name, kind, status, referred on, planned start, actual end)."""
    return _page(session, _jobseeker_referrals(jobseeker_id), offset, limit)


def count_jobseeker_referrals(session: Session, jobseeker_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Referral).where(Referral.jobseeker_id == jobseeker_id)
        )
        or 0
    )


def _owner_filter(model, enterprise_id: int | None, partner_organisation_id: int | None, referral_id=None):
    if enterprise_id is not None:
        return model.enterprise_id == enterprise_id
    if partner_organisation_id is not None:
        return model.partner_organisation_id == partner_organisation_id
    if referral_id is not None:
        return model.referral_id == referral_id
    raise ValueError("give exactly one owner")


def _contacts(enterprise_id: int | None, partner_organisation_id: int | None) -> Select:
    return (
        select(
            Contact.id,
            Contact.name,
            Contact.title,
            Contact.phone,
            Contact.mobile,
            Contact.is_primary,
            Contact.email,
        )
        .where(_owner_filter(Contact, enterprise_id, partner_organisation_id))
        .order_by(Contact.is_primary.desc(), Contact.name, Contact.id)
    )


def contacts_of(
    session: Session,
    enterprise_id: int | None = None,
    partner_organisation_id: int | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[Row]:
    """(id, name, title, phone, mobile, primary, e-mail) of one organisation's contacts."""
    return _page(session, _contacts(enterprise_id, partner_organisation_id), offset, limit)


def count_contacts_of(
    session: Session, enterprise_id: int | None = None, partner_organisation_id: int | None = None
) -> int:
    return _count(session, _contacts(enterprise_id, partner_organisation_id))


def _enterprise_events(enterprise_id: int) -> Select:
    return (
        select(Event.id, Event.starts_at, Event.title, Event.kind, Contact.name, EventParticipant.status)
        .join(EventParticipant, EventParticipant.event_id == Event.id)
        .join(Contact, Contact.id == EventParticipant.contact_id)
        .where(Contact.enterprise_id == enterprise_id)
        .order_by(Event.starts_at.desc(), Event.id, Contact.name)
    )


def enterprise_events(session: Session, enterprise_id: int, offset: int = 0, limit: int = 100) -> list[Row]:
    """(event id, starts at, title, kind, contact name, participant status) for its contacts."""
    return _page(session, _enterprise_events(enterprise_id), offset, limit)


def count_enterprise_events(session: Session, enterprise_id: int) -> int:
    return _count(session, _enterprise_events(enterprise_id))


def _activities(enterprise_id=None, partner_organisation_id=None, referral_id=None) -> Select:
    return (
        select(Activity.id, Activity.occurred_on, Activity.kind, Activity.text, Consultant.name)
        .outerjoin(Consultant, Consultant.id == Activity.author_id)
        .where(_owner_filter(Activity, enterprise_id, partner_organisation_id, referral_id))
        .order_by(Activity.occurred_on.desc(), Activity.id.desc())
    )


def activities_of(
    session: Session,
    enterprise_id: int | None = None,
    partner_organisation_id: int | None = None,
    referral_id: int | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[Row]:
    """(id, date, kind, text, author name): the timeline, newest first."""
    return _page(session, _activities(enterprise_id, partner_organisation_id, referral_id), offset, limit)


def count_activities_of(
    session: Session,
    enterprise_id: int | None = None,
    partner_organisation_id: int | None = None,
    referral_id: int | None = None,
) -> int:
    return _count(session, _activities(enterprise_id, partner_organisation_id, referral_id))


# -- pickers (search as you type) ------------------------------------------------------------


def _folded(session: Session, text: str, *targets):
    """Every typed word in the folded search document of one of `targets` (id column, base
    table), like the main search (asfdesk.db.search): 'Öhman', 'ohman' and 'OHMAN' all match
    "Anders Öhman". `true()` for empty text (the pickers then list the first rows by name)."""
    condition = search.search_condition(session.get_bind().dialect.name, text, targets)
    return true() if condition is None else condition


def search_jobseekers(session: Session, text: str, limit: int = 20) -> list[tuple[int, str, date | None]]:
    """(id, full name, birth date) whose name contains `text`, or whose personnummer `text` is
    (any usual form); never the personnummer. A protected identity is found by the whole number
    only and comes as "Protected identity" without a birth date (asfdesk.entities.protected)."""
    condition = person_condition(text, Jobseeker.id)
    if condition is None:
        condition = _folded(session, text, (Jobseeker.id, "jobseekers"))
    stmt = (
        select(Jobseeker.id, protected.name(Jobseeker), protected.hidden(Jobseeker, Jobseeker.birth_date))
        .where(condition)
        .order_by(*protected.name_sort(Jobseeker), Jobseeker.id)  # never placed by a hidden name
        .limit(limit)
    )
    return [(jid, protected.show_name(name), born) for jid, name, born in session.execute(stmt)]


def search_enterprises(session: Session, text: str, limit: int = 20) -> list[tuple[int, str, str | None]]:
    """(id, name, city) of enterprises whose name, org.nr, town … contains `text`."""
    stmt = (
        select(Enterprise.id, Enterprise.name, Enterprise.city)
        .where(_folded(session, text, (Enterprise.id, "enterprises")))
        .order_by(Enterprise.name, Enterprise.id)
        .limit(limit)
    )
    return [tuple(r) for r in session.execute(stmt)]


def jobseeker_suggestions(session: Session, text: str) -> list[tuple[int, str]]:
    """(id, "name (birth date)") for the jobseeker picker: enough to tell namesakes apart."""
    rows = search_jobseekers(session, text)
    return [(jid, f"{name} ({born.isoformat()})" if born else name) for jid, name, born in rows]


def enterprise_suggestions(session: Session, text: str) -> list[tuple[int, str]]:
    """(id, "name, city") for the enterprise picker."""
    rows = search_enterprises(session, text)
    return [(eid, f"{name}, {city}" if city else name) for eid, name, city in rows]


def search_participants(session: Session, text: str, limit: int = 30) -> list[tuple[str, int, str, str]]:
    """("contact" | "consultant", id, name, organisation) for the event participant picker.

    A contact matches on its own document or its enterprise's / partner organisation's."""
    org = func.coalesce(Enterprise.name, PartnerOrganisation.name, "")
    contacts = (
        select(literal("contact").label("kind"), Contact.id, Contact.name, org.label("org"))
        .outerjoin(Enterprise, Enterprise.id == Contact.enterprise_id)
        .outerjoin(PartnerOrganisation, PartnerOrganisation.id == Contact.partner_organisation_id)
        .where(
            _folded(
                session,
                text,
                (Contact.id, "contacts"),
                (Contact.enterprise_id, "enterprises"),
                (Contact.partner_organisation_id, "partner_organisations"),
            )
        )
    )
    consultants = select(
        literal("consultant").label("kind"), Consultant.id, Consultant.name, literal("").label("org")
    ).where(Consultant.active, _folded(session, text, (Consultant.id, "consultants")))
    both = union_all(contacts, consultants).subquery()
    stmt = select(both).order_by(both.c.name, both.c.kind, both.c.id).limit(limit)
    return [tuple(r) for r in session.execute(stmt)]


def search_organisers(session: Session, text: str, limit: int = 20) -> list[tuple[str, int, str]]:
    """("partner" | "enterprise", id, name) for an event's organiser picker."""
    partners = select(
        literal("partner").label("kind"), PartnerOrganisation.id, PartnerOrganisation.name
    ).where(_folded(session, text, (PartnerOrganisation.id, "partner_organisations")))
    enterprises = select(literal("enterprise").label("kind"), Enterprise.id, Enterprise.name).where(
        _folded(session, text, (Enterprise.id, "enterprises"))
    )
    both = union_all(partners, enterprises).subquery()
    stmt = select(both).order_by(both.c.name, both.c.kind, both.c.id).limit(limit)
    return [tuple(r) for r in session.execute(stmt)]


# -- small lookups ---------------------------------------------------------------------------


def consultant_choices(session: Session) -> list[tuple[int, str]]:
    return [
        tuple(r) for r in session.execute(select(Consultant.id, Consultant.name).order_by(Consultant.name))
    ]


def consultant_id_for_user(session: Session, username: str | None) -> int | None:
    """The consultant whose username is the session's user (the one using the app), if any."""
    if not username:
        return None
    return session.scalar(select(Consultant.id).where(Consultant.username == username.lower()))


def service_category_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, English name, Swedish name)."""
    stmt = select(ServiceCategory.id, ServiceCategory.name_en, ServiceCategory.name_sv).order_by(
        ServiceCategory.code
    )
    return [tuple(r) for r in session.execute(stmt)]


def municipality_choices(session: Session) -> list[tuple[str, str]]:
    """(code, short name) of all 290 municipalities, by name."""
    stmt = select(Municipality.code, Municipality.short_name).order_by(Municipality.short_name)
    return [tuple(r) for r in session.execute(stmt)]


def partner_choices(session: Session) -> list[tuple[int, str]]:
    stmt = select(PartnerOrganisation.id, PartnerOrganisation.name).order_by(PartnerOrganisation.name)
    return [tuple(r) for r in session.execute(stmt)]


def name_of(session: Session, entity: str, record_id: int | None) -> str:
    """A display name for a picker's current value (jobseekers: name and birth date only)."""
    if record_id is None:
        return ""
    definition = entities.get(entity)  # its name_columns/name_format say how to name a record
    model = definition.model
    row = session.execute(
        select(*(getattr(model, c) for c in definition.name_columns)).where(model.id == record_id)
    ).first()
    if row is None:
        return ""
    if definition.name_format is not None:
        return definition.name_format(row)
    return " ".join(str(v) for v in row if v is not None)
