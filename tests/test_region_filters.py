"""The county and municipality filters on every list, on a dataset whose places are known by
construction: a county, a municipality, the two together, with a search and with "Only mine",
on SQLite and PostgreSQL. `build_region` is also the dataset of the summary's tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from asfdesk import entities
from asfdesk.db.models import (
    Consultant,
    Contact,
    Enterprise,
    Event,
    Jobseeker,
    PartnerOrganisation,
    Referral,
)
from asfdesk.db.queries import ListRequest, count_rows, fetch_page, filter_choices, iter_rows
from asfdesk.db.session import session_scope
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import EnterpriseStatus, ReferralKind, ReferralStatus
from asfdesk.entities.filters import set_current_login

DALARNA, GAVLEBORG = "20", "21"
FALUN, GAVLE = "2080", "2180"


@dataclass
class RegionData:
    enterprises: dict[str, int]


def build_region(sessions) -> RegionData:
    """Three active ASF in Dalarna (Älvdalen, Falun, Borlänge), a paused one in Falun, one in
    Gävle (Gävleborg) and one without a municipality; referrals, partners and events around them.
    """
    today = date.today()
    with session_scope(sessions) as s:
        anna = Consultant(name="Anna Åberg", username="anna")
        bo = Consultant(name="Bo Ek", username="bo")
        s.add_all([anna, bo])

        def enterprise(name, code, status, employees, trainees, places, consultant):
            e = Enterprise(
                name=name,
                municipality_code=code,
                status=status,
                employees=employees,
                participants_in_training=trainees,
                training_places_total=places,
                responsible_consultant=consultant,
            )
            s.add(e)
            return e

        active, paused = EnterpriseStatus.ACTIVE, EnterpriseStatus.PAUSED
        e1 = enterprise("Älvdalens Snickeri", "2039", active, 4, 6, 5, anna)
        e2 = enterprise("Falu Café", FALUN, active, 10, 3, 8, bo)
        e3 = enterprise("Borlänge Återbruk", "2081", active, 7, 5, 4, anna)
        e4 = enterprise("Falu Tvätt", FALUN, paused, 3, 1, 2, bo)
        e5 = enterprise("Gävle Kök", GAVLE, active, 20, 9, 6, anna)
        e6 = enterprise("Okänd Ort AB", None, active, 2, 2, 2, None)

        j1 = Jobseeker(first_name="Örjan", last_name="Öst", responsible_consultant=anna)
        j2 = Jobseeker(first_name="Lena", last_name="Lind", responsible_consultant=bo)
        j3 = Jobseeker(first_name="Kim", last_name="Berg", responsible_consultant=anna)
        j4 = Jobseeker(first_name="Sara", last_name="Ström")
        s.add_all([j1, j2, j3, j4])

        def referral(js, ent, consultant, status, kind=ReferralKind.WORK_TRAINING, days=10):
            r = Referral(
                jobseeker=js,
                enterprise=ent,
                consultant=consultant,
                kind=kind,
                status=status,
                referred_on=today - timedelta(days=days),
                planned_start=today - timedelta(days=days - 1),
            )
            if status == ReferralStatus.ONGOING:
                r.actual_start = r.planned_start
            s.add(r)

        referral(j1, e1, anna, ReferralStatus.ONGOING, days=30)  # holds a place at e1
        referral(j2, e2, bo, ReferralStatus.ACCEPTED, days=20)  # holds a place at e2
        referral(j3, e3, anna, ReferralStatus.DRAFT, ReferralKind.WORK_TRIAL, days=15)
        referral(j4, e5, anna, ReferralStatus.ONGOING, days=12)  # holds a place at e5
        referral(j3, e2, bo, ReferralStatus.SENT, days=5)

        p1 = PartnerOrganisation(name="Coompanion Dalarna", municipality_code=FALUN)
        p2 = PartnerOrganisation(name="Samordningsförbundet Gävle", municipality_code=GAVLE)
        s.add_all([p1, p2])
        s.add_all(
            [
                Contact(name="Cecilia Dal", partner_organisation=p1),
                Contact(name="Gustav Gävle", partner_organisation=p2),
            ]
        )
        start = datetime(2026, 12, 1, 9, 0, tzinfo=STOCKHOLM)
        s.add_all(
            [
                Event(title="Frukostmöte Älvdalen", starts_at=start, organiser_enterprise=e1),
                Event(title="Nätverk Gävle", starts_at=start, organiser_partner=p2),
                Event(title="Webbinarium", starts_at=start),
                Event(title="Träff Falun", starts_at=start, organiser_partner=p1),
            ]
        )
        s.flush()
        ids = {e.name: e.id for e in (e1, e2, e3, e4, e5, e6)}
    return RegionData(ids)


@pytest.fixture
def region(sessions) -> RegionData:
    build_region(sessions)
    return sessions


@pytest.fixture
def as_anna():
    set_current_login("anna")
    yield
    set_current_login(None)


def shown(sessions, list_key: str, **request) -> list[str]:
    """The first column of every row the list shows (a name or title), sorted."""
    with session_scope(sessions) as s:
        rows = fetch_page(s, list_key, ListRequest(**request), 0, 500)
        counted = count_rows(s, list_key, ListRequest(**request))
        exported = list(iter_rows(s, list_key, ListRequest(**request)))
    assert counted == len(rows) == len(exported)  # page, count and export agree
    return sorted(row[1] for row in rows)


EXPECTED = {
    # list key: {filters: expected first column}
    "enterprises": [
        ({"county": DALARNA}, ["Borlänge Återbruk", "Falu Café", "Falu Tvätt", "Älvdalens Snickeri"]),
        ({"municipality": FALUN}, ["Falu Café", "Falu Tvätt"]),
        ({"county": GAVLEBORG}, ["Gävle Kök"]),
        ({"county": DALARNA, "municipality": FALUN}, ["Falu Café", "Falu Tvätt"]),
        ({"county": DALARNA, "municipality": GAVLE}, []),  # not in that county
        ({"county": "01"}, []),
    ],
    "referrals": [
        ({"county": DALARNA}, ["Kim Berg", "Kim Berg", "Lena Lind", "Örjan Öst"]),
        ({"municipality": FALUN}, ["Kim Berg", "Lena Lind"]),
        ({"county": GAVLEBORG}, ["Sara Ström"]),
        ({"county": DALARNA, "municipality": "2039"}, ["Örjan Öst"]),
    ],
    "jobseekers": [
        ({"county": DALARNA}, ["Kim Berg", "Lena Lind", "Örjan Öst"]),
        ({"municipality": FALUN}, ["Kim Berg", "Lena Lind"]),
        ({"county": GAVLEBORG}, ["Sara Ström"]),
    ],
    "partner_contacts": [
        ({"county": DALARNA}, ["Coompanion Dalarna"]),
        ({"municipality": GAVLE}, ["Samordningsförbundet Gävle"]),
        ({"county": DALARNA, "municipality": GAVLE}, []),
    ],
    "partner_organisations": [
        ({"county": DALARNA}, ["Coompanion Dalarna"]),
        ({"county": GAVLEBORG}, ["Samordningsförbundet Gävle"]),
        ({"municipality": FALUN}, ["Coompanion Dalarna"]),
    ],
    "events": [
        ({"county": DALARNA}, ["Frukostmöte Älvdalen", "Träff Falun"]),  # by the organiser's place
        ({"municipality": FALUN}, ["Träff Falun"]),
        ({"county": GAVLEBORG}, ["Nätverk Gävle"]),
    ],
}
CASES = [(key, filters, names) for key, cases in EXPECTED.items() for filters, names in cases]


def test_every_list_has_the_two_region_filters():
    keys = {d.key for d in entities.all_lists()}
    assert set(EXPECTED) <= keys  # every list of places and people, the views too
    for key in EXPECTED:
        spec = entities.list_def(key).spec
        assert list(spec.filters).index("municipality") == list(spec.filters).index("county") + 1
        assert spec.filters["municipality"].narrowed_by == "county"
        assert spec.filters["county"].remember and spec.filters["municipality"].remember


@pytest.mark.parametrize(("list_key", "filters", "expected"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_the_region_filter_narrows_the_rows(region, list_key, filters, expected):
    assert shown(region, list_key, filters=filters) == expected


def test_without_the_filter_every_row_is_shown(region):
    assert len(shown(region, "enterprises")) == 6
    assert len(shown(region, "referrals")) == 5
    assert shown(region, "events") == ["Frukostmöte Älvdalen", "Nätverk Gävle", "Träff Falun", "Webbinarium"]


def test_with_a_search(region):
    assert shown(region, "enterprises", search="falu", filters={"county": DALARNA}) == [
        "Falu Café",
        "Falu Tvätt",
    ]
    assert shown(region, "enterprises", search="falu", filters={"county": GAVLEBORG}) == []
    assert shown(region, "referrals", search="lind", filters={"county": DALARNA}) == ["Lena Lind"]
    assert shown(region, "referrals", search="Öst", filters={"municipality": "2039"}) == ["Örjan Öst"]
    assert shown(region, "referrals", search="Öst", filters={"municipality": FALUN}) == []
    assert shown(region, "partner_contacts", search="cecilia", filters={"county": DALARNA}) == [
        "Coompanion Dalarna"
    ]


def test_with_only_mine(region, as_anna):
    mine_in_dalarna = {"county": DALARNA, "mine": True}
    assert shown(region, "enterprises", filters=mine_in_dalarna) == [
        "Borlänge Återbruk",
        "Älvdalens Snickeri",
    ]
    assert shown(region, "referrals", filters=mine_in_dalarna) == ["Kim Berg", "Örjan Öst"]
    assert shown(region, "jobseekers", filters=mine_in_dalarna) == ["Kim Berg", "Örjan Öst"]
    assert shown(region, "referrals", filters={"municipality": FALUN, "mine": True}) == []
    assert shown(region, "referrals", search="kim", filters=mine_in_dalarna) == ["Kim Berg"]
    assert shown(region, "referrals", search="kim", filters={"county": GAVLEBORG, "mine": True}) == []


def test_the_pickers_offer_the_places_in_use_in_swedish_order(region):
    with session_scope(region) as s:
        for list_key in ("enterprises", "referrals", "events", "jobseekers"):
            offered = filter_choices(s, list_key)
            assert offered["county"] == [(DALARNA, "Dalarnas län"), (GAVLEBORG, "Gävleborgs län")]
            assert offered["municipality"] == [
                ("2081", "Borlänge"),
                (FALUN, "Falun"),
                (GAVLE, "Gävle"),
                ("2039", "Älvdalen"),  # Ä after Z, on both backends
            ]


def test_an_empty_database_offers_no_places(sessions):
    with session_scope(sessions) as s:
        offered = filter_choices(s, "enterprises")
    assert offered["county"] == [] and offered["municipality"] == []
