"""Choosing the database and configuring the engine: URL precedence, the private SQLite file,
the SQLite PRAGMAs, PostgreSQL settings, and the session helpers."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from asfdesk.db.engine import (
    ENV_VAR,
    SQLITE_BUSY_TIMEOUT_MS,
    default_database_path,
    describe,
    is_sqlite,
    make_engine,
    resolve_database_url,
    sqlite_path,
)
from asfdesk.db.models import Enterprise
from asfdesk.db.session import current_username, make_session_factory, session_scope


@pytest.fixture
def permissive_umask():
    old = os.umask(0o002)
    yield
    os.umask(old)


# --- URL resolution ----------------------------------------------------------------------------


def test_explicit_database_beats_environment_beats_default(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    default = resolve_database_url()
    assert default == f"sqlite:///{tmp_path / 'xdg' / 'asfdesk' / 'asfdesk.sqlite3'}"

    monkeypatch.setenv(ENV_VAR, "postgresql+psycopg://team@db.example/asfdesk")
    assert resolve_database_url() == "postgresql+psycopg://team@db.example/asfdesk"
    assert resolve_database_url(None) == "postgresql+psycopg://team@db.example/asfdesk"

    assert resolve_database_url("sqlite:////tmp/explicit.sqlite3") == "sqlite:////tmp/explicit.sqlite3"


def test_empty_environment_variable_falls_back_to_the_default(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv(ENV_VAR, "")
    assert resolve_database_url() == f"sqlite:///{tmp_path / 'asfdesk' / 'asfdesk.sqlite3'}"


def test_default_path_is_in_the_platformdirs_user_data_dir(monkeypatch, tmp_path):
    from platformdirs import user_data_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = default_database_path()
    assert path == Path(user_data_dir("asfdesk", appauthor=False)) / "asfdesk.sqlite3"
    assert path.is_relative_to(tmp_path)


def test_url_helpers_never_show_a_password():
    pg = "postgresql+psycopg://anna:hemligt@db.bollnas.example:5432/asfdesk"
    assert describe(pg) == "db.bollnas.example/asfdesk"
    assert "hemligt" not in describe(pg)
    assert describe("sqlite:////data/asfdesk.sqlite3") == "/data/asfdesk.sqlite3"
    assert describe("sqlite://") == ":memory:"
    assert is_sqlite("sqlite:///x.sqlite3") and not is_sqlite(pg)
    assert sqlite_path("sqlite:////data/a.sqlite3") == Path("/data/a.sqlite3")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path(pg) is None


# --- SQLite ------------------------------------------------------------------------------------


def test_new_sqlite_file_is_private(tmp_path, permissive_umask):
    db_file = tmp_path / "deep" / "folder" / "asfdesk.sqlite3"
    engine = make_engine(f"sqlite:///{db_file}")
    try:
        assert db_file.exists()  # created up front, before SQLite could create it 0644
        assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
        wal = db_file.with_name(db_file.name + "-wal")
        assert wal.exists()
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600  # SQLite copies the main file's mode
    finally:
        engine.dispose()


def test_sqlite_pragmas_on_every_connection(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    try:
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                assert conn.scalar(text("PRAGMA journal_mode")) == "wal"
                assert conn.scalar(text("PRAGMA foreign_keys")) == 1
                assert conn.scalar(text("PRAGMA synchronous")) == 2  # FULL
                assert conn.scalar(text("PRAGMA busy_timeout")) == SQLITE_BUSY_TIMEOUT_MS
        assert SQLITE_BUSY_TIMEOUT_MS >= 1000
    finally:
        engine.dispose()


def test_sqlite_enforces_foreign_keys(sqlite_url):
    engine = make_engine(sqlite_url)
    try:
        row = {"name": "X", "municipality_code": "9999", "version": 1}
        with pytest.raises(IntegrityError, match="FOREIGN KEY"), engine.begin() as conn:
            conn.execute(insert(Enterprise.__table__).values(**row))
        with engine.begin() as conn:  # a known municipality is fine: the FK was the only obstacle
            conn.execute(insert(Enterprise.__table__).values(**(row | {"municipality_code": "2183"})))
    finally:
        engine.dispose()


def test_in_memory_sqlite_works(tmp_path):
    engine = make_engine("sqlite://")
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("PRAGMA foreign_keys")) == 1
    finally:
        engine.dispose()


# --- PostgreSQL --------------------------------------------------------------------------------


def test_plain_postgresql_url_uses_psycopg_and_pre_ping():
    engine = make_engine("postgresql://anna@db.example/asfdesk")  # no connection is made here
    try:
        assert engine.url.drivername == "postgresql+psycopg"
        assert engine.dialect.driver == "psycopg"
        assert engine.pool._pre_ping is True
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_engine_connects(postgres_url):
    engine = make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT current_setting('server_version_num')::int")) >= 120000
            assert conn.scalar(text("SELECT count(*) FROM municipalities")) == 290
    finally:
        engine.dispose()


# --- sessions ----------------------------------------------------------------------------------


def test_session_scope_commits_on_success_and_rolls_back_on_error(sessions):
    with session_scope(sessions) as s:
        s.add(Enterprise(name="Kilafix", municipality_code="2183"))
    with pytest.raises(RuntimeError), session_scope(sessions) as s:
        s.add(Enterprise(name="Koopus", municipality_code="2083"))
        s.flush()  # written inside the transaction ...
        raise RuntimeError("the user's action failed half-way")
    with sessions() as s:  # ... and rolled back with it
        assert s.scalars(select(Enterprise.name)).all() == ["Kilafix"]


def test_session_factory_user_defaults_to_the_login_name(engine):
    """The OS login for a file; the server's login (session_user) for PostgreSQL (issue 10)."""
    from asfdesk.db.session import server_login

    factory = make_session_factory(engine)
    expected = current_username() if engine.dialect.name == "sqlite" else server_login(engine)
    assert factory.kw["info"]["user"] == expected
    if engine.dialect.name == "postgresql":
        assert expected == engine.url.username  # the login in the URL (asfdesk_ci in CI)
    assert current_username()
    assert make_session_factory(engine, user="anna").kw["info"]["user"] == "anna"
