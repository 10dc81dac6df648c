"""The SQL behind the reports: counts per group, never a row about a person.

Every figure is an aggregate (GROUP BY with conditional sums), and the only per-referral values
read are the start and end dates of the referrals that ended in the period (for the median).
No query here selects a name, a personnummer or a note of a jobseeker.

Period rules for `outcome_counts` (`date_from` and `date_to` both inclusive):
* referred: `referred_on` in the period;
* started: `actual_start` in the period;
* ended: status `ended` and `actual_end` in the period (one that ends on `date_to` counts, one
  that ends the day after does not); to work / to studies: those with that outcome;
* ongoing at the end: started on or before `date_to` (the start date, or the referral date if
  no start was entered) and not ended by then: status `ongoing`, or status `ended` with
  `actual_end` after `date_to`;
* length: `actual_end − actual_start` in days, of the ended referrals that have a start date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Integer, String, and_, case, func, literal_column, or_, select, type_coerce
from sqlalchemy.orm import Session

from asfdesk.db.models import (
    Consultant,
    Contact,
    County,
    Enterprise,
    Event,
    EventParticipant,
    Municipality,
    PartnerOrganisation,
    Referral,
)
from asfdesk.db.queries.capacity import municipality_filter
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import Funding, Outcome, ParticipantStatus, ReferralKind, ReferralStatus

GROUPINGS = ("enterprise", "kind", "funding", "consultant", "municipality")


@dataclass
class OutcomeCounts:
    """One group's raw figures (before suppression)."""

    key: object
    label: str
    referred: int = 0
    started: int = 0
    ended: int = 0
    to_work: int = 0
    to_studies: int = 0
    ongoing_at_end: int = 0
    lengths: list[int] = field(default_factory=list)  # days, of the ended ones with a start date


def _flag(condition) -> object:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0).cast(Integer)


def _group_column(by: str | None):
    if by is None:
        return literal_column("0")
    if by == "enterprise":
        return Referral.enterprise_id
    if by == "kind":
        return Referral.kind
    if by == "funding":
        return Referral.funding
    if by == "consultant":
        return Referral.consultant_id
    if by == "municipality":
        return Enterprise.municipality_code
    raise ValueError(by)


def outcome_counts(
    session: Session,
    date_from: date,
    date_to: date,
    by: str | None = None,
    county: str | None = None,
    municipality: str | None = None,
    language: str | None = None,
) -> list[OutcomeCounts]:
    """Raw figures per group (groups with no figure at all in the period are left out)."""
    if by is not None and by not in GROUPINGS:
        raise ValueError(by)
    group = _group_column(by).label("grp")
    in_period = lambda column: column.between(date_from, date_to)  # noqa: E731
    ended = and_(Referral.status == ReferralStatus.ENDED, in_period(Referral.actual_end))
    started_by_end = func.coalesce(Referral.actual_start, Referral.referred_on) <= date_to
    ongoing = and_(
        started_by_end,
        or_(
            Referral.status == ReferralStatus.ONGOING,
            and_(Referral.status == ReferralStatus.ENDED, Referral.actual_end > date_to),
        ),
    )
    relevant = or_(in_period(Referral.referred_on), in_period(Referral.actual_start), ended, ongoing)
    filters = [relevant]
    needs_enterprise = by == "municipality" or county or municipality
    filters += municipality_filter(Enterprise.municipality_code, county, municipality)
    stmt = select(
        group,
        _flag(in_period(Referral.referred_on)),
        _flag(in_period(Referral.actual_start)),
        _flag(ended),
        _flag(and_(ended, Referral.outcome == Outcome.WORK)),
        _flag(and_(ended, Referral.outcome == Outcome.STUDIES)),
        _flag(ongoing),
    ).select_from(Referral)
    if needs_enterprise:
        stmt = stmt.join(Enterprise, Enterprise.id == Referral.enterprise_id)
    stmt = stmt.where(*filters)
    if by is not None:  # (PostgreSQL reads GROUP BY 0 as a column position)
        stmt = stmt.group_by(group)
    groups: dict[object, OutcomeCounts] = {}
    for key, referred, started, n_ended, work, studies, n_ongoing in session.execute(stmt):
        groups[key] = OutcomeCounts(key, "", referred, started, n_ended, work, studies, n_ongoing)

    lengths = select(group, Referral.actual_start, Referral.actual_end).select_from(Referral)
    if needs_enterprise:
        lengths = lengths.join(Enterprise, Enterprise.id == Referral.enterprise_id)
    lengths = lengths.where(ended, Referral.actual_start.is_not(None), *filters[1:])
    for key, start, end in session.execute(lengths):
        groups.setdefault(key, OutcomeCounts(key, "")).lengths.append((end - start).days)

    labels = group_labels(session, by, list(groups), language)
    result = []
    for key, counts in groups.items():
        counts.label = labels.get(key, "")
        counts.lengths.sort()
        result.append(counts)
    result.sort(key=lambda c: (c.key is None, c.label.casefold()))
    return result


def group_labels(
    session: Session, by: str | None, keys: Sequence[object], language: str | None = None
) -> dict[object, str]:
    """What each group key is called (enum labels in the current language; '' for a missing key).

    A missing key (no funding, no consultant, no municipality) is labelled by the caller.
    """
    wanted = [k for k in keys if k is not None]
    if by is None or not wanted:
        return {}
    if by == "enterprise":
        stmt = select(Enterprise.id, Enterprise.name).where(Enterprise.id.in_(wanted))
        return {k: v for k, v in session.execute(stmt)}
    if by == "consultant":
        stmt = select(Consultant.id, Consultant.name).where(Consultant.id.in_(wanted))
        return {k: v for k, v in session.execute(stmt)}
    if by == "municipality":
        stmt = select(Municipality.code, Municipality.short_name).where(Municipality.code.in_(wanted))
        return {k: v for k, v in session.execute(stmt)}
    enum = ReferralKind if by == "kind" else Funding
    return {k: enum(k).label(language) for k in wanted}


# --- events ---------------------------------------------------------------------------------

SIGNED_UP = (ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED, ParticipantStatus.NO_SHOW)


@dataclass
class EventCounts:
    event_id: int
    title: str
    starts_on: date
    kind: str
    registered: int  # signed up and not cancelled: registered, attended or no-show
    attended: int
    no_show: int


def event_counts(session: Session, date_from: date, date_to: date) -> list[EventCounts]:
    """Events starting in the period (inclusive, Stockholm dates) with their participant counts."""
    start = datetime.combine(date_from, time(0), STOCKHOLM)
    end = datetime.combine(date_to + timedelta(days=1), time(0), STOCKHOLM)
    status = EventParticipant.status
    stmt = (
        select(
            Event.id,
            Event.title,
            Event.starts_at,
            Event.kind,
            _flag(status.in_(SIGNED_UP)),
            _flag(status == ParticipantStatus.ATTENDED),
            _flag(status == ParticipantStatus.NO_SHOW),
        )
        .outerjoin(EventParticipant, EventParticipant.event_id == Event.id)
        .where(Event.starts_at >= start, Event.starts_at < end)
        .group_by(Event.id, Event.title, Event.starts_at, Event.kind)
        .order_by(Event.starts_at, Event.id)
    )
    return [
        EventCounts(
            int(eid),
            title,
            starts_at.astimezone(STOCKHOLM).date(),
            kind,
            int(reg),
            int(att),
            int(ns),
        )
        for eid, title, starts_at, kind, reg, att, ns in session.execute(stmt)
    ]


#: Organisation types for attendance: a partner organisation's kind, or these two.
ENTERPRISE_TYPE = "enterprise"
CONSULTANT_TYPE = "consultant"


def attendance_by_organisation_type(
    session: Session, date_from: date, date_to: date
) -> dict[str, tuple[int, int, int]]:
    """Organisation type → (registered, attended, no-show) over the events starting in the period.

    The type is the partner organisation's kind (`PartnerKind` code), `"enterprise"` for a contact
    at an ASF, `"consultant"` for a consultant (the municipality's own staff).
    """
    start = datetime.combine(date_from, time(0), STOCKHOLM)
    end = datetime.combine(date_to + timedelta(days=1), time(0), STOCKHOLM)
    status = EventParticipant.status
    org_type = type_coerce(
        case(
            (EventParticipant.consultant_id.is_not(None), literal_column(f"'{CONSULTANT_TYPE}'")),
            (Contact.enterprise_id.is_not(None), literal_column(f"'{ENTERPRISE_TYPE}'")),
            else_=PartnerOrganisation.kind,
        ),
        String,
    ).label("org_type")
    stmt = (
        select(
            org_type,
            _flag(status.in_(SIGNED_UP)),
            _flag(status == ParticipantStatus.ATTENDED),
            _flag(status == ParticipantStatus.NO_SHOW),
        )
        .select_from(EventParticipant)
        .join(Event, Event.id == EventParticipant.event_id)
        .outerjoin(Contact, Contact.id == EventParticipant.contact_id)
        .outerjoin(PartnerOrganisation, PartnerOrganisation.id == Contact.partner_organisation_id)
        .where(Event.starts_at >= start, Event.starts_at < end)
        .group_by(org_type)
    )
    return {str(t): (int(r), int(a), int(n)) for t, r, a, n in session.execute(stmt)}


# --- areas ----------------------------------------------------------------------------------


def areas_with_enterprises(session: Session) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(county code, county name, [(kommunkod, municipality)]) where enterprises are, for the
    report dialog's area choice; sorted by name."""
    stmt = (
        select(County.code, County.name, Municipality.code, Municipality.short_name)
        .join(Municipality, Municipality.county_code == County.code)
        .where(Municipality.code.in_(select(Enterprise.municipality_code).distinct()))
    )
    counties: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for county_code, county_name, code, name in session.execute(stmt):
        counties.setdefault(county_code, (county_name, []))[1].append((code, name))
    return [
        (code, name, sorted(places, key=lambda p: p[1].casefold()))
        for code, (name, places) in sorted(counties.items(), key=lambda c: c[1][0].casefold())
    ]
