"""Översikt's figures on a dataset whose every figure is known by construction, on both backends.

`build_known(sessions)` is shared with tests/test_overview_gui.py and tests/test_matching.py.
"Today" is 2026-06-15: this month is 1–15 June, this year 1 January – 15 June; a referral ended
on the 15th counts, one ending on the 16th does not, nor one ended on 31 December 2025.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from asfdesk.db.models import (
    AccessLogEntry,
    Consultant,
    Contact,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    Referral,
    ServiceCategory,
)
from asfdesk.db.queries.listing import ListRequest, count_rows
from asfdesk.db.queries.overview_figures import overview_figures, period_bounds
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import EnterpriseStatus, Outcome, ParticipantStatus, ReferralKind, ReferralStatus
from asfdesk.entities.overview_filters import period_condition
from asfdesk.services.overview import read_overview

TODAY = date(2026, 6, 15)
S = ReferralStatus
K = ReferralKind

FALUN, BORLANGE, STOCKHOLM, GAVLE = "2080", "2081", "0180", "2180"


@dataclass
class Known:
    anna: int
    bo: int
    enterprises: dict[str, int]
    referrals: dict[str, int]
    event: int
    services: dict[str, int]
    jobseeker_falun: int


def build_known(sessions) -> Known:
    """Two consultants (anna, bo), four enterprises, eleven referrals, two events."""
    with session_scope(sessions) as s:
        anna = Consultant(name="Anna Öberg", username="anna")
        bo = Consultant(name="Bo Åkesson", username="bo")
        s.add_all([anna, bo])
        services = {
            c: s.scalar(select(ServiceCategory).where(ServiceCategory.code == c))
            for c in ("cafe", "cleaning")
        }
        e1 = Enterprise(name="Kilafix", municipality_code=FALUN, city="Falun", training_places_total=3)
        e1.services = [services["cafe"]]
        e2 = Enterprise(name="Ärlan", municipality_code=BORLANGE, city="Borlänge", training_places_total=1)
        e2.services = [services["cafe"]]
        e3 = Enterprise(name="Städet", municipality_code=STOCKHOLM, city="Stockholm", training_places_total=2)
        e3.services = [services["cleaning"]]
        e4 = Enterprise(
            name="Öppna Stängt",
            municipality_code=FALUN,
            training_places_total=5,
            status=EnterpriseStatus.CLOSED,
        )
        s.add_all([e1, e2, e3, e4])
        people = [Jobseeker(first_name=f"Person{i}", last_name="Test") for i in range(11)]
        people[0].postal_code = "791 31"  # Falun
        s.add_all(people)
        d = date

        def ref(name, who, status, kind=K.WORK_TRAINING, at=e3, referred=d(2025, 1, 1), start=None, end=None,
                outcome=None, follow=None):  # fmt: skip
            r = Referral(jobseeker=people[len(made)], enterprise=at, consultant=who, status=status, kind=kind,
                         referred_on=referred, actual_start=start, actual_end=end, outcome=outcome,
                         next_follow_up=follow)  # fmt: skip
            made[name] = r
            return r

        made: dict[str, Referral] = {}
        ref("r1", anna, S.DRAFT, referred=d(2026, 6, 2))
        ref("r2", anna, S.SENT, referred=d(2026, 5, 10), follow=d(2026, 7, 15))
        ref("r3", anna, S.ACCEPTED, at=e1, referred=d(2026, 1, 5), follow=d(2026, 6, 20))
        ref("r4", anna, S.ONGOING, at=e1, referred=d(2025, 12, 1), start=d(2026, 6, 1), follow=d(2026, 6, 10))
        ref(
            "r5",
            anna,
            S.ENDED,
            referred=d(2025, 9, 1),
            start=d(2025, 10, 1),
            end=d(2026, 6, 10),
            outcome=Outcome.WORK,
        )
        ref(
            "r6",
            anna,
            S.ENDED,
            referred=d(2025, 8, 1),
            start=d(2025, 9, 1),
            end=d(2026, 2, 1),
            outcome=Outcome.STUDIES,
        )
        ref("r7", anna, S.ENDED, referred=d(2025, 6, 1), start=d(2025, 7, 1), end=d(2025, 12, 31),
            outcome=Outcome.OTHER_MEASURE)  # fmt: skip
        ref("r11", anna, S.ENDED, referred=d(2026, 1, 10), start=d(2026, 2, 1), end=d(2026, 6, 16),
            outcome=Outcome.SICK_LEAVE)  # fmt: skip
        ref("r8", bo, S.ONGOING, kind=K.WORK_TRIAL, at=e2, referred=d(2026, 2, 20), start=d(2026, 3, 1),
            follow=d(2026, 6, 1))  # fmt: skip
        ref(
            "r9",
            bo,
            S.ENDED,
            referred=d(2026, 1, 20),
            start=d(2026, 2, 1),
            end=d(2026, 6, 15),
            outcome=Outcome.WORK,
        )
        ref("r10", bo, S.CANCELLED, referred=d(2026, 6, 14))
        s.add_all(made.values())
        soon = datetime.now(UTC).replace(microsecond=0) + timedelta(days=10)
        event = Event(title="Nätverksträff i Falun", starts_at=soon, capacity=30)
        past = Event(title="Förra året", starts_at=soon - timedelta(days=400))
        contact = Contact(name="Cecilia Kontakt", enterprise=e1)
        s.add_all([event, past, contact])
        s.flush()
        s.add_all(
            [
                EventParticipant(event=event, consultant_id=anna.id, status=ParticipantStatus.REGISTERED),
                EventParticipant(event=event, consultant_id=bo.id, status=ParticipantStatus.REGISTERED),
                EventParticipant(event=event, contact=contact, status=ParticipantStatus.CANCELLED),
                EventParticipant(event=past, consultant_id=anna.id, status=ParticipantStatus.ATTENDED),
            ]
        )
        s.flush()
        return Known(
            anna=anna.id,
            bo=bo.id,
            enterprises={"Kilafix": e1.id, "Ärlan": e2.id, "Städet": e3.id, "Stängt": e4.id},
            referrals={k: r.id for k, r in made.items()},
            event=event.id,
            services={k: v.id for k, v in services.items()},
            jobseeker_falun=people[0].id,
        )


@pytest.fixture
def known(sessions) -> Known:
    return build_known(sessions)


def test_one_consultants_figures(sessions, known):
    with session_scope(sessions) as s:
        f = overview_figures(s, known.anna, TODAY)
    assert f.active == {S.DRAFT: 1, S.SENT: 1, S.ACCEPTED: 1, S.ONGOING: 1}
    assert f.periods == {
        "referred_month": 1, "referred_year": 4, "started_month": 1, "started_year": 2,
        "ended_month": 1, "ended_year": 2,
    }  # fmt: skip
    assert f.outcomes == {Outcome.WORK: 1, Outcome.STUDIES: 1}  # not 2025's, not tomorrow's


def test_the_whole_units_figures(sessions, known):
    with session_scope(sessions) as s:
        f = overview_figures(s, None, TODAY)
    assert f.active == {S.DRAFT: 1, S.SENT: 1, S.ACCEPTED: 1, S.ONGOING: 2}
    assert f.active_total == 5
    assert f.periods == {
        "referred_month": 2, "referred_year": 7, "started_month": 1, "started_year": 4,
        "ended_month": 2, "ended_year": 3,
    }  # fmt: skip
    assert f.outcomes == {Outcome.WORK: 2, Outcome.STUDIES: 1}


def test_free_places_by_municipality_and_service(sessions, known):
    """Kilafix 3 places − 2 held = 1; Ärlan 1 − 1 = 0; Städet 2; the closed one is left out."""
    with session_scope(sessions) as s:
        f = overview_figures(s, known.anna, TODAY, language="sv")
    assert f.free_total == 3
    assert [(p.key, p.free, p.enterprises) for p in f.free_by_municipality] == [
        (STOCKHOLM, 2, 1), (FALUN, 1, 1), (BORLANGE, 0, 1),
    ]  # fmt: skip
    assert [(p.label, p.free, p.enterprises) for p in f.free_by_service] == [("Städ", 2, 1), ("Café", 1, 2)]


def test_upcoming_events_with_their_registrations(sessions, known):
    with session_scope(sessions) as s:
        f = overview_figures(s, None, TODAY)
    assert [(e.event_id, e.title, e.registered, e.capacity) for e in f.events] == [
        (known.event, "Nätverksträff i Falun", 2, 30)
    ]


def test_follow_ups_are_the_same_peoples_and_logged(sessions, known):
    with session_scope(sessions) as s:
        mine = read_overview(s, "anna", False, TODAY)
        unit = read_overview(s, "anna", True, TODAY)
        stranger = read_overview(s, "nobody", False, TODAY)
        logged = s.scalar(select(func.count()).select_from(AccessLogEntry))
    ids = known.referrals
    assert (mine.known, mine.whole_unit, mine.consultant_name) == (True, False, "Anna Öberg")
    assert [r.referral_id for r in mine.follow_ups] == [ids["r4"], ids["r3"]]  # oldest first, 2 weeks ahead
    assert [r.overdue for r in mine.follow_ups] == [True, False] and mine.overdue == 1
    assert [r.referral_id for r in unit.follow_ups] == [ids["r8"], ids["r4"], ids["r3"]]
    assert unit.overdue == 2 and unit.whole_unit
    assert (stranger.known, stranger.whole_unit) == (False, True)  # not a consultant: everyone's
    assert logged == 3  # each list names people: one access-log row per read


def test_the_list_filters_count_what_the_figures_count(sessions, known):
    """Clicking "started this year" opens the list with period=started_year: same rows."""
    with session_scope(sessions) as s:
        f = overview_figures(s, None, TODAY)
        for key, expected in f.periods.items():
            stmt = select(func.count()).select_from(Referral).where(period_condition(key, TODAY))
            assert s.scalar(stmt) == expected, key
        listed = count_rows(s, "referrals", ListRequest(filters=(("status", "ongoing"),)))
    assert listed == f.active[S.ONGOING]


def test_period_bounds_and_an_empty_database(sessions):
    assert period_bounds(date(2026, 1, 31)) == {
        "month": (date(2026, 1, 1), date(2026, 1, 31)),
        "year": (date(2026, 1, 1), date(2026, 1, 31)),
    }
    with session_scope(sessions) as s:
        f = overview_figures(s, None, TODAY)
        overview = read_overview(s, "anna", False, TODAY)
    assert f.active == {} and f.active_total == 0 and set(f.periods.values()) == {0}
    assert f.free_total == 0 and f.events == [] and overview.follow_ups == []


def test_one_fixed_set_of_statements_whatever_the_size(sessions, known):
    """No N+1: the number of statements does not grow with the rows."""
    from sqlalchemy import event

    counted = []

    def count(*_args):
        counted.append(1)

    with session_scope(sessions) as s:
        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            read_overview(s, "anna", True, TODAY)
            first = len(counted)
            build_more = [Referral(jobseeker=Jobseeker(first_name="Ny", last_name=f"N{i}"),
                                   enterprise_id=known.enterprises["Kilafix"], status=S.DRAFT,
                                   referred_on=TODAY, next_follow_up=TODAY) for i in range(5)]  # fmt: skip
            s.add_all(build_more)
            s.flush()
            counted.clear()
            read_overview(s, "anna", True, TODAY)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len(counted) == first
