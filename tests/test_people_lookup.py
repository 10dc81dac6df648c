"""§5: a jobseeker is found by personnummer in any usual form, and by name, referred or not."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from asfdesk.db.models import Enterprise, Jobseeker, Referral
from asfdesk.db.queries import ListRequest, count_rows, fetch_page
from asfdesk.db.queries.person_lookup import find_people, normalise_personnummer_query
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ReferralKind

FORMS = ["19701063-2391", "701063-2391", "197010632391", "7010632391", "19701063", "701063", " 701063 2391 "]


@pytest.mark.parametrize("typed", FORMS)
def test_every_usual_form_becomes_the_stored_prefix(typed):
    digits = "".join(ch for ch in typed if ch.isdigit())
    expected = "197010632391" if len(digits) in (10, 12) else "19701063"
    assert normalise_personnummer_query(typed, today=date(2026, 11, 30)) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("050101-1234", "200501011234"),  # a child: this century
        ("270101-1234", "192701011234"),  # would lie in the future: last century
        ("150101+1234", "191501011234"),  # '+': over a hundred years old
        ("Öhman", None),
        ("556677-8899", None),  # an org.nr: month 66 is no month
        ("12345", None),
        ("19701363", None),  # month 13
        ("", None),
    ],
)
def test_centuries_and_non_numbers(typed, expected):
    assert normalise_personnummer_query(typed, today=date(2026, 11, 30)) == expected


def _people(sessions) -> tuple[int, int]:
    """A referred jobseeker and one with no referral at all."""
    with session_scope(sessions) as s:
        referred = Jobseeker(first_name="Maria", last_name="Öhman", personnummer="197010632391")
        alone = Jobseeker(first_name="Åsa", last_name="Berg", personnummer="198001012387")
        ent = Enterprise(name="Kilafix")
        s.add_all([referred, alone, ent])
        s.flush()
        s.add(
            Referral(
                jobseeker_id=referred.id,
                enterprise_id=ent.id,
                kind=ReferralKind.WORK_TRAINING,
                referred_on=date(2026, 1, 5),
            )
        )
        s.flush()
        return referred.id, alone.id


@pytest.mark.parametrize("typed", FORMS)
def test_referrals_list_finds_the_person_by_number(sessions, typed):
    referred, _alone = _people(sessions)
    with session_scope(sessions) as s:
        request = ListRequest(search=typed)
        assert count_rows(s, "referrals", request) == 1
        rows = fetch_page(s, "referrals", request, 0, 50)
        wanted = s.scalar(select(Referral.id).where(Referral.jobseeker_id == referred))
        assert [r[0] for r in rows] == [wanted]
        assert rows[0][2] == "19701063-XXXX"  # still masked


def test_referrals_name_search_is_unchanged(sessions):
    _people(sessions)
    with session_scope(sessions) as s:
        assert count_rows(s, "referrals", ListRequest(search="öhman")) == 1
        assert count_rows(s, "referrals", ListRequest(search="kilafix")) == 1
        assert count_rows(s, "referrals", ListRequest(search="19801231")) == 0


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("Öhman", 0),
        ("ohman", 0),
        ("Åsa", 1),
        ("asa berg", 1),
        ("19800101", 1),
        ("800101-2387", 1),
        ("7010632391", 0),
    ],
)
def test_find_people_by_name_or_number_even_without_referral(sessions, typed, who):
    ids = _people(sessions)
    with session_scope(sessions) as s:
        rows = find_people(s, typed)
    assert [r[0] for r in rows] == [ids[who]]
    masked, _name, year = rows[0][1:]
    assert masked.endswith("-XXXX") and year in (1970, 1980)
