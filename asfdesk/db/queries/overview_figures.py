"""The figures of Översikt (the start view), read in one fixed set of statements.

Whose figures: one consultant's referrals (`consultant_id`) or the whole unit's (None). Free
places are always the whole unit's: a consultant places people at every enterprise.

What each figure counts (`today` is the day asked for; a period runs from its first day to
`today`, both included):
* active: open referrals (draft, sent, accepted, ongoing) by status;
* referred: `referred_on` in the period; started: `actual_start` in the period; ended: status
  ended and `actual_end` in the period;
* outcomes: the referrals ended this year, by outcome;
* free places: asfdesk.db.queries.capacity's rule (`occupied_places`, `derive_free`: derived
  from the referrals), of the enterprises that are not closed, summed by municipality and service;
* events: the next upcoming ones with their registrations (registered or attended);
* follow-ups: read by `asfdesk.services.follow_ups`, which logs the access (it names people).

Speed at 1,000,000 referrals (benchmarks/overview_bench.py): a consultant's figures are one
statement over the covering index `ix_referrals_consultant_overview` (a consultant has some
25,000 referrals); the whole unit's are four range counts, each over its own index
(`ix_referrals_status_referred_on`, `ix_referrals_referred_on`, `ix_referrals_actual_start`,
`ix_referrals_status_actual_end`); none reads the table itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from asfdesk.db.models import Enterprise, Event, EventParticipant, Municipality, Referral, ServiceCategory
from asfdesk.db.models.organisations import enterprise_services
from asfdesk.db.queries.capacity import derive_free, occupied_places
from asfdesk.domain.enums import EnterpriseStatus, Outcome, ParticipantStatus, ReferralStatus
from asfdesk.domain.referral_rules import OPEN_STATUSES

#: The open statuses in workflow order (the bar chart's order).
ACTIVE_STATUSES: tuple[ReferralStatus, ...] = tuple(s for s in ReferralStatus if s in OPEN_STATUSES)
#: Period keys: what happened to a referral (referred, started, ended) this month or this year.
PERIODS: tuple[str, ...] = (
    "referred_month", "referred_year", "started_month", "started_year", "ended_month", "ended_year",
)  # fmt: skip
UPCOMING_EVENTS = 5


@dataclass(frozen=True)
class EventFigure:
    """An upcoming event and how many have registered (registered or attended)."""

    event_id: int
    title: str
    starts_at: datetime
    registered: int
    capacity: int | None


@dataclass(frozen=True)
class PlacesFigure:
    """Free places summed over a group of enterprises (a municipality or a service)."""

    key: str | int | None  # kommunkod / service id / None (no municipality given)
    label: str
    free: int
    enterprises: int


@dataclass
class OverviewFigures:
    """Everything Översikt shows except the follow-up list (see asfdesk.services.overview)."""

    today: date
    consultant_id: int | None
    active: dict[ReferralStatus, int] = field(default_factory=dict)
    periods: dict[str, int] = field(default_factory=dict)
    outcomes: dict[Outcome, int] = field(default_factory=dict)
    free_total: int = 0
    free_by_municipality: list[PlacesFigure] = field(default_factory=list)
    free_by_service: list[PlacesFigure] = field(default_factory=list)
    events: list[EventFigure] = field(default_factory=list)

    @property
    def active_total(self) -> int:
        return sum(self.active.values())


def period_bounds(today: date) -> dict[str, tuple[date, date]]:
    """ "month"/"year" → (first day, today): the periods the figures and the list filter share."""
    return {"month": (today.replace(day=1), today), "year": (today.replace(month=1, day=1), today)}


def _between(column, bounds: tuple[date, date]):
    return and_(column >= bounds[0], column <= bounds[1])


def _count_if(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _consultant_figures(session: Session, figures: OverviewFigures, consultant_id: int) -> None:
    """One consultant: one statement over the covering index, grouped by status and outcome."""
    bounds = period_bounds(figures.today)
    month, year = bounds["month"], bounds["year"]
    ended = Referral.status == ReferralStatus.ENDED
    stmt = (
        select(
            Referral.status,
            Referral.outcome,
            func.count(),
            _count_if(_between(Referral.referred_on, month)),
            _count_if(_between(Referral.referred_on, year)),
            _count_if(_between(Referral.actual_start, month)),
            _count_if(_between(Referral.actual_start, year)),
            _count_if(and_(ended, _between(Referral.actual_end, month))),
            _count_if(and_(ended, _between(Referral.actual_end, year))),
        )
        .where(Referral.consultant_id == consultant_id)
        .group_by(Referral.status, Referral.outcome)
    )
    periods = dict.fromkeys(PERIODS, 0)
    for status, outcome, count, *counts in session.execute(stmt):
        status = ReferralStatus(status)
        if status in OPEN_STATUSES:
            figures.active[status] = figures.active.get(status, 0) + int(count)
        for key, value in zip(PERIODS, counts, strict=True):
            periods[key] += int(value)
        if outcome is not None and counts[-1]:
            figures.outcomes[Outcome(outcome)] = figures.outcomes.get(Outcome(outcome), 0) + int(counts[-1])
    figures.periods = periods


def _unit_figures(session: Session, figures: OverviewFigures) -> None:
    """The whole unit: four range counts, each answered from one index."""
    bounds = period_bounds(figures.today)
    month, year = bounds["month"], bounds["year"]
    active = select(Referral.status, func.count()).where(Referral.status.in_(ACTIVE_STATUSES))
    for status, count in session.execute(active.group_by(Referral.status)):
        figures.active[ReferralStatus(status)] = int(count)
    periods = dict.fromkeys(PERIODS, 0)
    for name, column in (("referred", Referral.referred_on), ("started", Referral.actual_start)):
        stmt = select(func.count(), _count_if(column >= month[0])).where(_between(column, year))
        in_year, in_month = session.execute(stmt).one()
        periods[f"{name}_year"], periods[f"{name}_month"] = int(in_year), int(in_month)
    ended = (
        select(Referral.outcome, func.count(), _count_if(Referral.actual_end >= month[0]))
        .where(Referral.status == ReferralStatus.ENDED, _between(Referral.actual_end, year))
        .group_by(Referral.outcome)
    )
    for outcome, in_year, in_month in session.execute(ended):
        periods["ended_year"] += int(in_year)
        periods["ended_month"] += int(in_month)
        if outcome is not None:
            figures.outcomes[Outcome(outcome)] = int(in_year)
    figures.periods = periods


def _places(session: Session, figures: OverviewFigures, language: str | None) -> None:
    """Free places of the enterprises that are not closed, by municipality and by service.

    capacity's own rule (`occupied_places` + `derive_free`, as `free_places` does), with the
    enterprises read once together with their municipality."""
    enterprises = session.execute(
        select(
            Enterprise.id,
            Enterprise.training_places_total,
            Enterprise.status,
            Enterprise.municipality_code,
            Municipality.short_name,
        )
        .outerjoin(Municipality, Municipality.code == Enterprise.municipality_code)
        .where(Enterprise.status != EnterpriseStatus.CLOSED)
    ).all()
    occupied = occupied_places(session) if enterprises else {}
    free = {
        eid: derive_free(total, occupied.get(eid, 0), status) for eid, total, status, _c, _n in enterprises
    }
    rows = [(eid, code, name) for eid, _total, _status, code, name in enterprises]
    by_municipality: dict[str | None, list] = {}
    for eid, code, name in rows:
        entry = by_municipality.setdefault(code, [name or "", 0, 0])
        entry[1] += free[eid]
        entry[2] += 1
    figures.free_total = sum(free.values())
    figures.free_by_municipality = sorted(
        (PlacesFigure(code, name, n, count) for code, (name, n, count) in by_municipality.items()),
        key=lambda p: (-p.free, p.label.casefold()),
    )
    open_ids = {eid for eid, _code, _name in rows}
    services = {s.id: s for s in session.scalars(select(ServiceCategory))}
    by_service: dict[int, list[int]] = {}
    links = select(enterprise_services.c.enterprise_id, enterprise_services.c.service_category_id)
    for eid, sid in session.execute(links):
        if eid in open_ids:
            entry = by_service.setdefault(sid, [0, 0])
            entry[0] += free.get(eid, 0)
            entry[1] += 1
    figures.free_by_service = sorted(
        (
            PlacesFigure(sid, services[sid].label(language), n, count)
            for sid, (n, count) in by_service.items()
        ),
        key=lambda p: (-p.free, p.label.casefold()),
    )


def _events(session: Session, figures: OverviewFigures, now: datetime) -> None:
    """The next upcoming events and their registrations: two statements."""
    events = session.execute(
        select(Event.id, Event.title, Event.starts_at, Event.capacity)
        .where(Event.starts_at >= now)
        .order_by(Event.starts_at, Event.id)
        .limit(UPCOMING_EVENTS)
    ).all()
    counts: dict[int, int] = {}
    if events:
        registered = (ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED)
        stmt = (
            select(EventParticipant.event_id, func.count())
            .where(
                EventParticipant.event_id.in_([e[0] for e in events]), EventParticipant.status.in_(registered)
            )
            .group_by(EventParticipant.event_id)
        )
        counts = {int(eid): int(n) for eid, n in session.execute(stmt)}
    figures.events = [
        EventFigure(int(eid), title, starts_at, counts.get(int(eid), 0), capacity)
        for eid, title, starts_at, capacity in events
    ]


def overview_figures(
    session: Session,
    consultant_id: int | None,
    today: date | None = None,
    now: datetime | None = None,
    language: str | None = None,
    places: bool = True,
) -> OverviewFigures:
    """The figures of one consultant (`consultant_id`) or of the whole unit (None). `places=False`
    leaves the free places out (Översikt reads them in a second worker, `free_place_figures`)."""
    today = today or date.today()
    now = now or datetime.now(UTC)
    figures = OverviewFigures(today=today, consultant_id=consultant_id)
    if consultant_id is None:
        _unit_figures(session, figures)
    else:
        _consultant_figures(session, figures, consultant_id)
    if places:
        _places(session, figures, language)
    _events(session, figures, now)
    return figures


def free_place_figures(session: Session, language: str | None = None) -> OverviewFigures:
    """Only the free places (free_total, free_by_municipality, free_by_service) are filled."""
    figures = OverviewFigures(today=date.today(), consultant_id=None)
    _places(session, figures, language)
    return figures


def upcoming_window(today: date) -> date:
    """The last day the follow-up list looks ahead to (two weeks)."""
    return today + timedelta(days=14)
