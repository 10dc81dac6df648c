"""Demo data (`asfdesk demo`): the real ASF field, fictional people, idempotent. Both backends."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from asfdesk.db.engine import make_engine
from asfdesk.db.migrate import upgrade
from asfdesk.db.models import (
    Activity,
    Consultant,
    Contact,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    PartnerOrganisation,
    Referral,
)
from asfdesk.db.session import make_session_factory
from asfdesk.db.types import STOCKHOLM
from asfdesk.demo import load_demo
from asfdesk.domain.enums import EventKind, ReferralStatus
from asfdesk.domain.identifiers import normalize_org_number

MODELS = [
    Consultant,
    Enterprise,
    PartnerOrganisation,
    Contact,
    Jobseeker,
    Referral,
    Activity,
    Event,
    EventParticipant,
]

BOLLNAS_ENTERPRISES = {
    "Kilafix",
    "GlösBolagret",
    "Glädjeverket",
    "Patio del Arte",
    "M.I.C. ekonomisk förening",
    "Stenbackens arbets- och boendekooperativ",
}

PARTNERS = {
    "Coompanion Gävleborg",
    "Coompanion Dalarna",
    "Arbetsförmedlingen Södra Hälsingland",
    "Näringslivskontoret Bollnäs",
    "Försörjningsstödsenheten Bollnäs",
    "Samordningsförbundet Gävleborg",
    "Tillväxtverket",
    "Region Dalarna",
    "Kompetensbyrån Ek för",
    "AB Samarkand2015",
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_sessions(request, tmp_path_factory):
    """One demo database per backend for this module: the tests only read it (loading the demo
    takes a second, so it is not repeated per test). Shadows conftest's per-test fixture."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_server").new_database(migrated=False)
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_session_factory(engine, user="demo-test")
    load_demo(sessions)
    yield sessions
    engine.dispose()


def counts(sessions) -> dict[str, int]:
    with sessions() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in MODELS}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def test_enterprises_in_bollnas_and_hedemora(demo_sessions):
    with demo_sessions() as s:
        by_name = {e.name: e for e in s.scalars(select(Enterprise))}
        assert set(by_name) == BOLLNAS_ENTERPRISES | {"Koopus"}
        for name in BOLLNAS_ENTERPRISES:
            assert by_name[name].municipality_code == "2183", name
            assert by_name[name].municipality.short_name == "Bollnäs"
        assert by_name["Koopus"].municipality_code == "2083"
        assert by_name["Koopus"].municipality.short_name == "Hedemora"
        for e in by_name.values():
            assert e.org_number is not None
            assert normalize_org_number(e.org_number) == e.org_number
            assert luhn_ok(e.org_number.replace("-", "")), e.org_number
            assert e.services, e.name
            assert e.contacts, e.name
            assert e.email.endswith(".example")
        assert len({e.org_number for e in by_name.values()}) == 7


def test_partners(demo_sessions):
    with demo_sessions() as s:
        names = set(s.scalars(select(PartnerOrganisation.name)))
        assert names == PARTNERS
        for p in s.scalars(select(PartnerOrganisation)):
            assert p.contacts, p.name


def test_the_two_real_events(demo_sessions):
    with demo_sessions() as s:
        events = {e.title: e for e in s.scalars(select(Event))}
        webcast = events["Starkare tillsammans – Hur nätverkar arbetsintegrerande sociala företag?"]
        assert webcast.kind is EventKind.WEBCAST
        assert webcast.starts_at == datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM)
        assert (webcast.starts_at.hour, webcast.starts_at.minute) == (14, 30)
        assert getattr(webcast.starts_at.tzinfo, "key", None) == "Europe/Stockholm"
        assert webcast.organiser.name == "Tillväxtverket"
        assert webcast.online_url

        arena = events["Arena ASF i Dalarna"]
        assert arena.kind is EventKind.CONFERENCE
        assert arena.starts_at.date().isoformat() == "2026-09-13"
        assert "Galaxen" in arena.location and "Borlänge" in arena.location
        assert all(e.participants for e in events.values())


def test_referrals_cover_every_status_and_ended_ones_have_an_outcome(demo_sessions):
    with demo_sessions() as s:
        referrals = s.scalars(select(Referral)).all()
        assert {r.status for r in referrals} == set(ReferralStatus)
        for r in referrals:
            if r.status is ReferralStatus.ENDED:
                assert r.outcome is not None and r.actual_end is not None
            else:
                assert r.outcome is None
            if r.planned_start and r.planned_end:
                assert r.planned_end >= r.planned_start


def test_no_jobseeker_has_a_personnummer(demo_sessions):
    with demo_sessions() as s:
        jobseekers = s.scalars(select(Jobseeker)).all()
        assert len(jobseekers) >= 10
        assert all(j.personnummer is None for j in jobseekers)
        assert all(j.birth_date is not None for j in jobseekers)


def test_people_have_fictional_contact_details(demo_sessions):
    with demo_sessions() as s:
        for contact in s.scalars(select(Contact)):
            assert contact.email.endswith(".example"), contact.email
            for number in (contact.phone, contact.mobile):
                if number and number.startswith("070-"):
                    assert number.startswith("070-174 06"), number  # PTS's range for fiction
        for consultant in s.scalars(select(Consultant)):
            assert consultant.email.endswith(".example")


def test_loading_twice_adds_nothing(demo_sessions):
    first = counts(demo_sessions)
    assert all(n > 0 for n in first.values()), first
    summary = load_demo(demo_sessions)
    assert summary.total() == 0, str(summary)
    assert counts(demo_sessions) == first
