"""The region filter at a size where the plan matters (the search-plan tests' 20,000 referrals,
enterprises spread over all of Sweden), on SQLite and PostgreSQL: a municipality's few
referrals are fetched through the enterprise index rather than by walking the date index past
every other row; a county with many rows still walks and stops after a page; a search keeps its
own plan; and every plan returns the same rows. Plan shapes and statement counts, never times."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

import asfdesk.db.search as search
from asfdesk import entities
from asfdesk.db.models import Enterprise, Municipality
from asfdesk.db.queries import ListRequest, count_rows, fetch_page
from asfdesk.db.session import make_session_factory
from tests import test_search_plans as plans

# The search-plan tests' dataset and its fixtures (one module-scoped copy per test module).
small_sqlite = plans.small_sqlite
small_postgres = plans.small_postgres
small_url = plans.small_url
engine = plans.engine
DATE_INDEX = plans.DATE_INDEX
_plan = plans._plan

ENTERPRISE_INDEX = "ix_referrals_enterprise_id"


def _statements(engine, request: ListRequest, list_key: str = "referrals") -> tuple[list, list[int]]:
    seen: list = []

    def before(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    with make_session_factory(engine, user="tester")() as session:
        session.connection()
        event.listen(engine, "before_cursor_execute", before)
        try:
            rows = fetch_page(session, list_key, request, 0, 100)
        finally:
            event.remove(engine, "before_cursor_execute", before)
    return seen, [row[0] for row in rows]


def _places(engine) -> tuple[str, str]:
    """The first county (by code) with an enterprise, and its first municipality with one."""
    with make_session_factory(engine, user="tester")() as s:
        county, municipality = s.execute(
            select(Municipality.county_code, Municipality.code)
            .join(Enterprise, Enterprise.municipality_code == Municipality.code)
            .order_by(Municipality.county_code, Municipality.code)
        ).first()
    return county, municipality


def test_few_referrals_of_a_municipality_come_through_the_enterprise_index(engine):
    county, municipality = _places(engine)
    for filters in ({"municipality": municipality}, {"county": county}, {"municipality": "0000"}):
        statements, _ = _statements(engine, ListRequest(filters=filters))
        assert len(statements) == 2  # the capped count, then the page
        plan = _plan(engine, *statements[-1])
        assert DATE_INDEX not in plan, plan
        if engine.dialect.name == "sqlite":
            assert ENTERPRISE_INDEX in plan, plan
        else:
            assert "Seq Scan on referrals" not in plan, plan


def test_a_county_with_many_referrals_walks_the_date_index(engine, monkeypatch):
    monkeypatch.setattr(search, "FEW_MATCHES", 10)  # every county is "many" now
    monkeypatch.setattr(search, "FEW_MATCHES_POSTGRES", 10)
    county, _ = _places(engine)
    statements, ids = _statements(engine, ListRequest(filters={"county": county}))
    assert len(ids) == 100
    if engine.dialect.name == "sqlite":  # the planner's own choice on PostgreSQL (statistics)
        assert DATE_INDEX in _plan(engine, *statements[-1])


def test_no_region_filter_no_extra_statement(engine):
    statements, _ = _statements(engine, ListRequest())
    assert len(statements) == 1
    statements, _ = _statements(engine, ListRequest(filters={"status": "ongoing"}))
    assert len(statements) == 1


@pytest.mark.parametrize("term", ["kovac", "anna lin"])
def test_a_search_with_a_region_filter_keeps_the_search_plan(engine, term):
    county, _ = _places(engine)
    statements, _ = _statements(engine, ListRequest(search=term, filters={"county": county}))
    assert len(statements) == 2  # the search's estimate, then the page: no capped count
    assert DATE_INDEX not in _plan(engine, *statements[-1])


@pytest.mark.parametrize("list_key", [d.key for d in entities.all_lists() if "county" in d.spec.filters])
def test_walked_and_fetched_pages_are_the_same_rows(engine, monkeypatch, list_key):
    county, municipality = _places(engine)
    mine = True if "mine" in entities.list_def(list_key).spec.filters else None
    for filters in ({"county": county}, {"municipality": municipality}, {"county": county, "mine": mine}):
        request = ListRequest(filters=filters)
        monkeypatch.setattr(search, "FEW_MATCHES", 0)
        monkeypatch.setattr(search, "FEW_MATCHES_POSTGRES", 0)
        walked = _statements(engine, request, list_key)[1]
        monkeypatch.setattr(search, "FEW_MATCHES", 10**9)
        monkeypatch.setattr(search, "FEW_MATCHES_POSTGRES", 10**9)
        fetched = _statements(engine, request, list_key)[1]
        assert walked == fetched
        with make_session_factory(engine, user="tester")() as s:
            assert count_rows(s, list_key, request) >= len(fetched)
