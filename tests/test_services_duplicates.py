"""Duplicate detection for new jobseekers: personnummer, name + birth date, similar names."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from asfdesk.db.models import AccessLogEntry
from asfdesk.db.session import session_scope
from asfdesk.services import records
from asfdesk.services.duplicates import find_duplicates


def _person(sessions, first, last, born=None, pnr=None) -> int:
    values = {"first_name": first, "last_name": last, "birth_date": born, "personnummer": pnr}
    return records.save_record(sessions, "jobseeker", None, None, values)[0]


def test_same_name_and_birth_date(sessions):
    anna = _person(sessions, "Anna", "Svensson", date(1990, 1, 1))
    found = find_duplicates(sessions, "anna", "svensson", date(1990, 1, 1))
    assert [(c.id, c.reason) for c in found] == [(anna, "same name and birth date")]


def test_similar_name_same_birth_date(sessions):
    anna = _person(sessions, "Anna", "Svensson", date(1990, 1, 1))
    found = find_duplicates(sessions, "Ana", "Svenson", date(1990, 1, 1))
    assert [(c.id, c.reason) for c in found] == [(anna, "similar name, same birth date")]


def test_same_personnummer_whatever_the_name(sessions):
    person = _person(sessions, "Kalle", "Ek", pnr="19850709-9805")
    found = find_duplicates(sessions, "Karl", "Eklund", personnummer="850709-9805")
    assert [(c.id, c.reason) for c in found] == [(person, "same personnummer")]


def test_same_name_without_birth_date(sessions):
    person = _person(sessions, "Maja", "Lind")
    assert [c.id for c in find_duplicates(sessions, "Maja", "Lind")] == [person]


def test_different_people_are_not_duplicates(sessions):
    _person(sessions, "Anna", "Svensson", date(1990, 1, 1))
    assert find_duplicates(sessions, "Bo", "Svensson", date(1990, 1, 1)) == []
    assert find_duplicates(sessions, "Anna", "Svensson", date(1991, 1, 1)) == []
    assert find_duplicates(sessions, None, None) == []


def test_the_check_is_logged(sessions):
    _person(sessions, "Anna", "Svensson", date(1990, 1, 1))
    find_duplicates(sessions, "Anna", "Svensson", date(1990, 1, 1))
    with session_scope(sessions) as s:
        log = s.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "search")).one()
    assert (log.entity, log.row_count) == ("jobseeker", 1)
