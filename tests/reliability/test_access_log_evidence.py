"""Issue 8 §6: the access log is evidence. Rows can be added, never changed or deleted (both
backends); on PostgreSQL the server names the actor (`session_user`), not the client."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from asfdesk.db.engine import make_engine
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.services.access_log import record_access


def _log_two(sessions) -> None:
    with session_scope(sessions) as s:
        record_access(s, "view", "jobseeker", 1, 1)
        record_access(s, "export", "referrals", None, 20, "referrals.xlsx")


@pytest.mark.parametrize(
    "statement", ["UPDATE access_log SET actor = 'someone else'", "DELETE FROM access_log"]
)
def test_access_log_rows_cannot_be_changed_or_deleted(sessions, statement):
    _log_two(sessions)
    with pytest.raises(DBAPIError, match="append-only"), session_scope(sessions) as s:
        s.execute(text(statement))
    with sessions() as s:
        assert s.scalar(text("SELECT count(*) FROM access_log")) == 2


def test_the_actor_comes_from_the_server_on_postgres(engine, monkeypatch):
    """LOGNAME=mikael.berg and a session user 'mikael.berg' don't change who the server says."""
    monkeypatch.setenv("LOGNAME", "mikael.berg")
    monkeypatch.setenv("USER", "mikael.berg")
    sessions = make_session_factory(engine, user="mikael.berg")
    _log_two(sessions)
    with sessions() as s:
        actors = set(s.scalars(text("SELECT actor FROM access_log")))
        if engine.dialect.name == "postgresql":
            assert actors == {s.scalar(text("SELECT session_user"))}
            # Even a client that names an actor explicitly in SQL is overruled.
            s.execute(text("INSERT INTO access_log (occurred_at, actor, action, entity, version) "
                           "VALUES (now(), 'forged', 'view', 'jobseeker', 1)"))
            assert s.scalar(text("SELECT count(*) FROM access_log WHERE actor = 'forged'")) == 0
            # … and so is one that back-dates it: the server names the time too (0006).
            s.execute(text("INSERT INTO access_log (occurred_at, actor, action, entity, version) "
                           "VALUES ('2001-01-01T00:00:00Z', 'x', 'view', 'jobseeker', 1)"))
            assert s.scalar(text("SELECT min(occurred_at) > now() - interval '1 hour' FROM access_log"))
            s.rollback()
        else:
            assert actors == {"mikael.berg"}  # SQLite: the app's user, as the README says


@pytest.fixture
def dml_role_url(postgres_url, postgres_server):
    """A role that was granted all DML on every table (as an over-generous admin would)."""
    role = f"asfdesk_dml_{uuid.uuid4().hex[:8]}"
    database = make_url(postgres_url).database
    with postgres_server.engine.connect() as admin:
        admin.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'dml-pw'"))
    owner = make_engine(postgres_url)
    with owner.begin() as conn:
        conn.execute(text(f"GRANT CONNECT ON DATABASE \"{database}\" TO {role}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}"))
    owner.dispose()
    url = make_url(postgres_url).set(username=role, password="dml-pw")
    yield url.render_as_string(hide_password=False), role
    with postgres_server.engine.connect() as admin:
        admin.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.execute(text(f"DROP ROLE IF EXISTS {role}"))


@pytest.mark.postgres
def test_a_dml_role_cannot_delete_log_rows_and_is_named_as_the_actor(dml_role_url):
    url, role = dml_role_url
    engine = make_engine(url)
    try:
        sessions = make_session_factory(engine, user="somebody-else")
        for _ in range(10):
            _log_two(sessions)
        refused = ("DELETE FROM access_log", "UPDATE access_log SET detail = NULL", "TRUNCATE access_log")
        for statement in refused:
            with pytest.raises(DBAPIError), engine.begin() as conn:
                conn.execute(text(statement))
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM access_log")) == 20
            assert set(conn.scalars(text("SELECT DISTINCT actor FROM access_log"))) == {role}
    finally:
        engine.dispose()
