"""The benchmark's data generator, at a tiny scale: its rows must be ones the app could have written.

The generator bypasses the ORM for speed (stdlib sqlite3), so these tests re-run every model
validator and cross-field rule over what it produced, read it back through the app's models and
search, and check that a seed always gives the same database. SQLite only: the benchmark is
defined on a SQLite file.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter

import pytest
from sqlalchemy import func, select

from asfdesk.db.engine import make_engine
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
from asfdesk.db.search import fold, search_condition
from asfdesk.db.session import make_session_factory
from asfdesk.domain.enums import ReferralStatus
from asfdesk.domain.identifiers import normalize_org_number
from benchmarks.generate import Sizes, ensure_database, generate, luhn_complete, org_number

TINY = Sizes(
    enterprises=50,
    contacts=120,
    jobseekers=200,
    referrals=500,
    events=12,
    hero_referrals=40,
    partners=6,
    consultants=5,
)
SEED = 7


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("bench") / "tiny.sqlite3", TINY, SEED)


@pytest.fixture(scope="module")
def sessions(generated):
    engine = make_engine(f"sqlite:///{generated.path}")
    yield make_session_factory(engine, user="tester")
    engine.dispose()


def _raw(generated) -> sqlite3.Connection:
    return sqlite3.connect(generated.path)


def test_row_counts_match_the_requested_sizes(generated):
    with _raw(generated) as conn:
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("enterprises", "contacts", "jobseekers", "referrals", "events",
                          "partner_organisations", "consultants")
        }
    assert counts == {
        "enterprises": 50, "contacts": 120, "jobseekers": 200, "referrals": 500, "events": 12,
        "partner_organisations": 6, "consultants": 5,
    }
    assert generated.row_counts["referrals"] == 500


def test_exactly_one_enterprise_has_the_hero_referral_count(generated):
    with _raw(generated) as conn:
        per_enterprise = Counter(
            dict(conn.execute("SELECT enterprise_id, count(*) FROM referrals GROUP BY enterprise_id"))
        )
    assert per_enterprise[generated.hero_enterprise_id] == TINY.hero_referrals
    assert [e for e, n in per_enterprise.items() if n == TINY.hero_referrals] == [
        generated.hero_enterprise_id
    ]


def test_database_is_consistent(generated):
    with _raw(generated) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        with_pnr = conn.execute("SELECT count(*) FROM jobseekers WHERE personnummer IS NOT NULL")
        assert with_pnr.fetchone()[0] == 0
        bad_audit = conn.execute(
            "SELECT count(*) FROM referrals WHERE version <> 1 OR created_by IS NULL OR created_at IS NULL"
        ).fetchone()[0]
        assert bad_audit == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0  # ANALYZE ran


MODELS = [Consultant, Enterprise, PartnerOrganisation, Contact, Jobseeker, Referral, Event,
          EventParticipant, Activity]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_row_passes_the_model_validators(sessions, model):
    """Read through the ORM (enum and date types would raise on bad values), then re-run each
    @validates hook on the stored value and expect it unchanged, and each cross-field rule."""
    validators = model.__mapper__.validators
    with sessions() as session:
        objects = session.scalars(select(model)).all()
        assert objects
        for obj in objects:
            for key, (method, _options) in validators.items():
                value = getattr(obj, key)
                assert method(obj, key, value) == value, (model.__name__, obj.id, key, value)
            obj.validate_record()


def test_org_numbers_are_valid_and_unique(sessions):
    with sessions() as session:
        numbers = session.scalars(select(Enterprise.org_number)).all()
    assert len(set(numbers)) == len(numbers) == TINY.enterprises
    assert all(normalize_org_number(n) == n for n in numbers)


def test_luhn_and_org_number_helpers():
    assert luhn_complete("556016068") == "5560160680"  # a registered, valid number
    import random

    rng = random.Random(1)
    numbers = {org_number(i, rng) for i in range(2000)}
    assert len(numbers) == 2000
    assert all(normalize_org_number(n) == n for n in list(numbers)[:200])


def test_referral_states_are_coherent(sessions):
    with sessions() as session:
        referrals = session.scalars(select(Referral)).all()
    statuses = Counter(r.status for r in referrals)
    assert statuses[ReferralStatus.ENDED] and statuses[ReferralStatus.ONGOING]
    for r in referrals:
        assert (r.outcome is not None) == (r.status == ReferralStatus.ENDED)
        if r.status in (ReferralStatus.ENDED, ReferralStatus.ONGOING):
            assert r.actual_start is not None
        assert r.referred_on <= r.planned_start <= r.planned_end


def test_names_carry_swedish_letters(sessions):
    with sessions() as session:
        names = session.scalars(select(Jobseeker.last_name)).all()
    assert any(ch in "åäöÅÄÖ" for name in names for ch in name)


def test_search_index_covers_generated_rows(generated, sessions):
    assert generated.search_index == "built"
    with _raw(generated) as conn:
        for base in ("enterprises", "jobseekers", "contacts", "events", "consultants"):
            documents = conn.execute(f"SELECT count(*) FROM search_{base}").fetchone()[0]
            rows = conn.execute(f"SELECT count(*) FROM {base}").fetchone()[0]
            assert documents == rows, base
    with sessions() as session:
        accented = session.scalars(
            select(Jobseeker).where(Jobseeker.last_name.in_(["Ahlström", "Öberg", "Åberg", "Sjögren"]))
        ).first()
        assert accented is not None
        needle = fold(accented.last_name)  # typed without accents, like a Swede would
        condition = search_condition("sqlite", needle, [(Jobseeker.id, "jobseekers")])
        found = set(session.scalars(select(Jobseeker.id).where(condition)))
        same_name = select(Jobseeker.id).where(Jobseeker.last_name == accented.last_name)
        expected = set(session.scalars(same_name))
        assert expected and expected <= found
        hero = session.get(Enterprise, generated.hero_enterprise_id)
        condition = search_condition("sqlite", "GLADJEVERKET", [(Referral.enterprise_id, "enterprises")])
        hits = session.scalar(select(func.count()).select_from(Referral).where(condition))
        assert hero.name.startswith("Glädjeverket")
        assert hits >= TINY.hero_referrals


def _digest(path: str) -> str:
    conn = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for table in ("enterprises", "jobseekers", "referrals", "events", "event_participants"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        conn.close()


def test_same_seed_same_database_and_reuse(generated, tmp_path):
    again, reused = ensure_database(TINY, SEED, data_dir=tmp_path)
    assert not reused
    assert _digest(again.path) == _digest(generated.path)
    same, reused = ensure_database(TINY, SEED, data_dir=tmp_path)
    assert reused and same.path == again.path
    _, reused = ensure_database(TINY, SEED, rebuild=True, data_dir=tmp_path)
    assert not reused
    other, _ = ensure_database(TINY, SEED + 1, data_dir=tmp_path)
    assert _digest(other.path) != _digest(generated.path)


def test_search_terms_are_fixed_and_short():
    from benchmarks.measure_sql import search_terms

    terms = search_terms(SEED)
    assert terms == search_terms(SEED)
    assert len(terms) >= 50 and len(set(terms)) == len(terms)
    assert all(1 <= len(t) <= 6 for t in terms if " " not in t)  # and a few two-word searches
    assert "anna lin" in terms and "xqz" in terms
    assert any(ch in "åäö" for t in terms for ch in t)


def test_raw_replay_runs_the_apps_own_page_query(generated):
    """The raw-SQL measure replays the statement the query layer ran and gets the same rows."""
    from asfdesk.db.queries import ListRequest, fetch_page
    from benchmarks.measure_sql import capture_query_layer, replay

    url = f"sqlite:///{generated.path}"
    captured = capture_query_layer(url, ["ahl", "glädje", "zz"], page_size=50, repeats=1)
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            for term, data in captured.items():
                assert data["statements"], term
                app_rows = fetch_page(session, "referrals", ListRequest(search=term), 0, 50)
                raw = replay(generated.path, data["statements"], repeats=1)
                if not app_rows:  # a word in no document: the estimate alone, no page query
                    assert raw["rows_per_statement"] == [1], term
                    continue
                assert raw["rows_per_statement"][-1] == len(app_rows), term
    finally:
        engine.dispose()
    assert captured["glädje"]["statements"][-1][1]  # parameters travel with the SQL
    assert not any("count(" in sql.lower()[:20] for d in captured.values() for sql, _ in d["statements"])


def test_percentile_is_nearest_rank():
    from benchmarks.measure_sql import percentile, summary

    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile([3.0], 95) == 3.0
    assert summary([])["n"] == 0


def test_schema_is_exactly_the_migrated_one(generated, tmp_path):
    """Indexes dropped for the bulk load come back with their original DDL."""
    from asfdesk.db.migrate import upgrade

    fresh = tmp_path / "fresh.sqlite3"
    engine = make_engine(f"sqlite:///{fresh}")
    upgrade(engine)
    engine.dispose()

    def schema(path) -> set[tuple]:
        with sqlite3.connect(path) as conn:
            return set(conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
            ))

    assert schema(generated.path) == schema(fresh)
