"""Search plans at a size where the planner's choice matters, on both backends.

The benchmark's generator builds a small dataset (20,000 referrals), `benchmarks.load_postgres`
copies it into PostgreSQL, and the tests look at what the database will do: a word found in no
document needs no page query, a search with few matches is fetched through the foreign-key
indexes instead of walking the referrals' date index (a zero-match search walked all million
rows: 2-3 s), on PostgreSQL without parallel workers, short words on PostgreSQL are probed row
by row instead of hashing every document first, and every plan returns the same rows on both
backends. Plan shapes and statement counts, never times."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

import asfdesk.db.search as search
from asfdesk import entities
from asfdesk.db.engine import make_engine
from asfdesk.db.models import Referral
from asfdesk.db.queries import ListRequest, fetch_page
from asfdesk.db.session import make_session_factory
from benchmarks.generate import Sizes, generate

SMALL = Sizes(
    enterprises=200, contacts=100, jobseekers=4_000, referrals=20_000, events=5,
    hero_referrals=50, partners=5, consultants=10,
)
SEED = 7
REFERRAL_TARGETS = entities.list_def("referrals").spec.search_targets
DATE_INDEX = "ix_referrals_referred_on"
FK_INDEXES = ("ix_referrals_jobseeker_id", "ix_referrals_enterprise_id")
ZERO_MATCH = ["xqz", "100%", "annna berg"]
TERMS = ["a", "ö", "an", "ahl", "kovac", "ström", "ek för", "anna lin", "o'b", "xqz", "zz", "gladje"]


@pytest.fixture(scope="module")
def small_sqlite(tmp_path_factory) -> str:
    info = generate(tmp_path_factory.mktemp("plans") / "small.sqlite3", SMALL, SEED)
    return info.path


@pytest.fixture(scope="module")
def small_postgres(small_sqlite, postgres_server) -> str:
    from pathlib import Path

    from benchmarks.load_postgres import load

    url = postgres_server.new_database()
    result = load(Path(small_sqlite), url)
    assert not result["reused"] and result["row_counts"]["referrals"] == SMALL.referrals
    yield url
    postgres_server.drop(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def small_url(request, small_sqlite) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{small_sqlite}"
    return request.getfixturevalue("small_postgres")


@pytest.fixture
def engine(small_url):
    eng = make_engine(small_url)
    yield eng
    eng.dispose()


def _page_statements(engine, term: str) -> list[tuple[str, object]]:
    """The SELECTs fetch_page ran for page 1 of `term`."""
    seen: list[tuple[str, object]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", before)
    try:
        with make_session_factory(engine, user="tester")() as session:
            fetch_page(session, "referrals", ListRequest(search=term), 0, 100)
    finally:
        event.remove(engine, "before_cursor_execute", before)
    return [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]


def _plan(engine, statement: str, parameters) -> str:
    with engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            return "\n".join(str(row[-1]) for row in cursor.fetchall())
        cursor.execute("EXPLAIN " + statement, parameters)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize("term", ZERO_MATCH)
def test_a_word_in_no_document_needs_no_page_query(engine, term):
    with make_session_factory(engine, user="tester")() as session:
        plan = search.search_plan(session, term, Referral, REFERRAL_TARGETS())
    assert plan is search.SearchPlan.NOTHING


@pytest.mark.parametrize("term", ["kovac", "glädje", "anna lin"])
def test_few_matches_are_fetched_through_the_foreign_key_indexes_not_the_date_index(engine, term):
    statements = _page_statements(engine, term)
    assert len(statements) == 2  # the cheap estimate, then the page
    plan = _plan(engine, *statements[-1])
    assert DATE_INDEX not in plan, plan
    assert any(index in plan for index in FK_INDEXES), plan
    if engine.dialect.name == "postgresql":
        assert "BitmapOr" in plan, plan
        assert "Seq Scan on referrals" not in plan, plan


def test_searches_on_postgresql_run_without_parallel_workers(small_postgres):
    """Starting workers to sort a few rows was the whole cost of a zero-match search (17 ms of 17).

    The estimate turns them off for the page's transaction in the same statement: no extra one.
    """
    engine = make_engine(small_postgres)
    selects: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: selects.append(args[2]))
    try:
        with make_session_factory(engine, user="tester")() as session:
            fetch_page(session, "referrals", ListRequest(search="kovac"), 0, 100)
            in_transaction = session.scalar(text("SHOW max_parallel_workers_per_gather"))
        searched = len(selects) - 1
        with make_session_factory(engine, user="tester")() as session:
            fetch_page(session, "referrals", ListRequest(), 0, 100)
            next_transaction = session.scalar(text("SHOW max_parallel_workers_per_gather"))
    finally:
        engine.dispose()
    assert in_transaction == "0"
    assert next_transaction != "0"  # SET LOCAL: gone with the page's transaction
    assert searched == 2  # the estimate (which also sets it), then the page


@pytest.mark.parametrize("term", ["a", "ö", "an"])
def test_short_words_on_postgresql_are_probed_per_row_not_hashed(small_postgres, term):
    """'a' matches nearly every document: hashing them all first cost 80-200 ms at 200,000 jobseekers."""
    engine = make_engine(small_postgres)
    try:
        plan = _plan(engine, *_page_statements(engine, term)[-1])
    finally:
        engine.dispose()
    assert "SubPlan" in plan, plan
    assert "hashed SubPlan" not in plan, plan


def _ids(engine, term: str, entity: str = "referrals") -> list[int]:
    with make_session_factory(engine, user="tester")() as session:
        return [row[0] for row in fetch_page(session, entity, ListRequest(search=term), 0, 100)]


@pytest.mark.parametrize("entity", entities.list_keys())
@pytest.mark.parametrize("term", TERMS)
def test_driven_and_walking_plans_return_the_same_rows(engine, monkeypatch, term, entity):
    monkeypatch.setattr(search, "FEW_MATCHES", 0)  # never driven: walk the sort index
    monkeypatch.setattr(search, "FEW_MATCHES_POSTGRES", 0)
    walked = _ids(engine, term, entity)
    monkeypatch.setattr(search, "FEW_MATCHES", 10**9)  # always driven: FK indexes + sort
    monkeypatch.setattr(search, "FEW_MATCHES_POSTGRES", 10**9)
    driven = _ids(engine, term, entity)
    assert walked == driven


@pytest.mark.parametrize("term", TERMS)
def test_both_backends_find_the_same_referrals(small_sqlite, small_postgres, term):
    found = []
    for url in (f"sqlite:///{small_sqlite}", small_postgres):
        engine = make_engine(url)
        try:
            found.append(_ids(engine, term))
        finally:
            engine.dispose()
    assert found[0] == found[1]
    if term in ZERO_MATCH:
        assert found[0] == []


def test_load_postgres_copies_every_row_and_reuses_the_database(small_sqlite, small_postgres):
    from pathlib import Path

    from benchmarks.load_postgres import load

    again = load(Path(small_sqlite), small_postgres)
    assert again["reused"]
    engine = make_engine(small_postgres)
    try:
        with engine.connect() as conn:
            counts = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("referrals", "jobseekers")}
            documents = conn.scalar(text("SELECT count(*) FROM search_jobseekers"))
            next_id = conn.scalar(text("SELECT nextval(pg_get_serial_sequence('referrals', 'id'))"))
    finally:
        engine.dispose()
    assert counts == {"referrals": SMALL.referrals, "jobseekers": SMALL.jobseekers}
    assert documents == SMALL.jobseekers
    assert next_id > SMALL.referrals  # new rows do not collide with copied ids


@pytest.mark.parametrize("term", TERMS)
def test_driven_count_equals_the_plain_count(engine, term):
    from sqlalchemy import func, select

    def count(driving_key) -> int:
        condition = search.search_condition(
            engine.dialect.name, term, REFERRAL_TARGETS(), driving_key=driving_key
        )
        with make_session_factory(engine, user="tester")() as session:
            return session.scalar(select(func.count()).select_from(Referral).where(condition))

    assert count(Referral.__table__.c.id) == count(None)


def test_count_plan_per_backend(engine):
    with make_session_factory(engine, user="tester")() as session:
        plans = {t: search.count_plan(session, t, Referral, REFERRAL_TARGETS()) for t in ("xqz", "kovac")}
    driven = search.SearchPlan.DRIVEN if engine.dialect.name == "postgresql" else search.SearchPlan.WALK
    assert plans == {"xqz": search.SearchPlan.NOTHING, "kovac": driven}


def test_raw_replay_on_postgresql_returns_the_apps_rows(small_postgres):
    """The benchmark's app / raw ratio replays the app's statements through bare psycopg."""
    from benchmarks.measure_sql import replay_postgres

    engine = make_engine(small_postgres)
    try:
        for term in ("kovac", "ahl", "a"):
            statements = _page_statements(engine, term)
            raw = replay_postgres(small_postgres, statements, repeats=1)
            assert raw["rows_per_statement"][-1] == len(_ids(engine, term)) > 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("term", ZERO_MATCH)
def test_zero_match_page_and_count_are_the_estimate_alone(engine, term):
    """A word in no document: one statement each, no page query, no count over a million rows."""
    from asfdesk.db.queries import count_rows

    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    with make_session_factory(engine, user="tester")() as session:
        session.connection()  # SQLite runs PRAGMAs on connect: not ours to count
        seen.clear()
        assert fetch_page(session, "referrals", ListRequest(search=term), 0, 100) == []
        assert count_rows(session, "referrals", ListRequest(search=term)) == 0
    assert len(seen) == 2, seen
