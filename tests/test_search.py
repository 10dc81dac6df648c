"""Search: folding, the search index kept current by ORM writes and rebuilt from raw SQL, and
migration 0002 up/down on both backends."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from asfdesk.db.engine import make_engine
from asfdesk.db.migrate import upgrade
from asfdesk.db.models import Enterprise, Jobseeker
from asfdesk.db.queries import ListRequest, fetch_page
from asfdesk.db.search import SOURCES, fold, rebuild_search_index, search_words
from asfdesk.db.session import session_scope


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Glädjeverket", "gladjeverket"),
        ("GLÖS", "glos"),
        ("Ahlström", "ahlstrom"),
        ("Åkesson", "akesson"),
        ("Café Élan", "cafe elan"),
        ("Straße", "strasse"),
        ("Øresund", "oresund"),
        ("100% _x_ o'Brien", "100% _x_ o'brien"),
        ("", ""),
    ],
)
def test_fold(raw, folded):
    assert fold(raw) == folded


@given(st.text())
def test_fold_is_idempotent_and_lowercase(value):
    once = fold(value)
    assert fold(once) == once
    assert once == once.casefold()


@given(st.text(alphabet="abcåäöéÅÄÖÉ %_'\"", max_size=12))
def test_folded_substring_is_found_in_folded_text(value):
    """What makes the search work: a folded piece of a name is in the folded name."""
    name = f"Ahl{value}ström"
    assert fold(value) in fold(name)


def test_search_words_split_and_fold():
    assert search_words("  Tomas  AHLSTRÖM ") == ["tomas", "ahlstrom"]
    assert search_words("") == []


def _docs(session, base: str) -> dict[int, str]:
    source = SOURCES[base]
    key = "rowid" if session.get_bind().dialect.name == "sqlite" else "id"
    return dict(session.execute(text(f"SELECT {key}, doc FROM {source.table}")).all())


def test_orm_writes_keep_documents_current(sessions):
    with session_scope(sessions) as s:
        enterprise = Enterprise(name="Glädjeverket", city="Bollnäs")
        s.add(enterprise)
    with sessions() as s:
        assert "gladjeverket" in _docs(s, "enterprises")[enterprise.id]
    with session_scope(sessions) as s:
        s.get(Enterprise, enterprise.id).name = "Sorgverket"
    with sessions() as s:
        doc = _docs(s, "enterprises")[enterprise.id]
        assert "sorgverket" in doc and "gladje" not in doc
    with session_scope(sessions) as s:
        s.delete(s.get(Enterprise, enterprise.id))
    with sessions() as s:
        assert enterprise.id not in _docs(s, "enterprises")


def test_rebuild_after_raw_inserts(sessions, engine):
    """The benchmark bulk-inserts with raw SQL, then rebuilds; searches must find those rows."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO jobseekers (first_name, last_name, protected_identity, version) "
                "VALUES ('Tomas', 'Ahlström', false, 1), ('Åsa', 'Öberg', false, 1)"
            )
        )
    with sessions() as s:
        assert _docs(s, "jobseekers") == {}
    with engine.begin() as conn:
        rebuild_search_index(conn)
    with sessions() as s:
        docs = sorted(_docs(s, "jobseekers").values())
    assert docs == ["asa\noberg", "tomas\nahlstrom"]
    with engine.begin() as conn:  # rebuilding twice gives the same, not duplicates
        rebuild_search_index(conn)
    with sessions() as s:
        assert len(_docs(s, "jobseekers")) == 2


def test_renaming_a_jobseeker_changes_what_finds_the_referral(demo_sessions):
    with demo_sessions() as s:
        rows = fetch_page(s, "referrals", ListRequest(search="ahlstrom"), 0, 50)
        assert [r[1] for r in rows] == ["Tomas Ahlström"]
        jobseeker_id = s.scalar(text("SELECT id FROM jobseekers WHERE last_name = 'Ahlström'"))
    with session_scope(demo_sessions) as s:
        s.get(Jobseeker, jobseeker_id).last_name = "Lindgren"
    with demo_sessions() as s:
        assert fetch_page(s, "referrals", ListRequest(search="ahlstrom"), 0, 50) == []
        assert [r[1] for r in fetch_page(s, "referrals", ListRequest(search="lindgr"), 0, 50)] == [
            "Tomas Lindgren"
        ]


@pytest.mark.parametrize("empty_db_url", ["sqlite", "postgresql"], indirect=True)
def test_migration_0002_up_and_down(empty_db_url):
    engine = make_engine(empty_db_url)
    try:
        upgrade(engine, "0001")
        assert not any(t.startswith("search_") for t in inspect(engine).get_table_names())
        upgrade(engine, "0002")
        tables = set(inspect(engine).get_table_names())
        assert {s.table for s in SOURCES.values()} <= tables
        from alembic import command

        from asfdesk.db.migrate import alembic_config

        cfg = alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        assert not any(t.startswith("search_") for t in inspect(engine).get_table_names())
        upgrade(engine)
    finally:
        engine.dispose()


def test_migration_indexes_existing_rows(tmp_path):
    """Rows stored before 0002 are searchable right after the upgrade."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        upgrade(engine, "0001")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO enterprises (name, legal_form, status, version) "
                    "VALUES ('GlösBolagret', 'other', 'active', 1)"
                )
            )
        upgrade(engine)
        from asfdesk.db.session import make_session_factory

        with make_session_factory(engine)() as s:
            rows = fetch_page(s, "enterprises", ListRequest(search="GLÖS"), 0, 10)
        assert [r[1] for r in rows] == ["GlösBolagret"]
    finally:
        engine.dispose()
