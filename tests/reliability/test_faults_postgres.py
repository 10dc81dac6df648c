"""Faults on a real PostgreSQL server each get their own message (issue 8, §10).

Before this, a wrong password said "Cannot reach the database server". The shared test server
is never stopped: "unreachable" is a port where nothing listens.
"""

from __future__ import annotations

import socket
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from asfdesk.db.engine import make_engine
from asfdesk.db.faults import Cause, FaultKind, classify, environment_cause, environment_reason, user_message

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(postgres_server):
    return postgres_server


@pytest.fixture
def login_role(server):
    """A throwaway login role with a known password; dropped afterwards."""
    name = f"asfdesk_faults_{uuid.uuid4().hex[:8]}"
    with server.engine.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD 'right-password'"))
    yield name
    with server.engine.connect() as conn:
        conn.execute(text(f"DROP OWNED BY {name}"))
        conn.execute(text(f"DROP ROLE {name}"))


def _connect_error(url) -> BaseException:
    engine = make_engine(url)
    try:
        with pytest.raises(Exception) as caught, engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    return caught.value


def _assert_environment(exc: BaseException, cause: Cause) -> None:
    assert classify(exc) is FaultKind.ENVIRONMENT, exc
    assert environment_cause(exc) is cause, exc


def test_wrong_password_is_not_unreachable(server, login_role):
    url = server.admin.set(username=login_role, password="wrong-password")
    exc = _connect_error(url)
    _assert_environment(exc, Cause.LOGIN_REFUSED)
    assert environment_reason(exc) == "The database server did not accept the user name or password."
    assert "wrong-password" not in user_message(exc)


def test_unknown_role_is_a_refused_login(server):
    exc = _connect_error(server.admin.set(username="asfdesk_no_such_role", password="x"))
    _assert_environment(exc, Cause.LOGIN_REFUSED)


def test_unknown_database(server):
    exc = _connect_error(server.admin.set(database=f"asfdesk_missing_{uuid.uuid4().hex[:8]}"))
    _assert_environment(exc, Cause.UNKNOWN_DATABASE)
    assert "does not exist" in environment_reason(exc)


def test_nothing_listening_is_unreachable(server):
    with socket.socket() as probe:  # a port that was just free: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    exc = _connect_error(server.admin.set(host="127.0.0.1", port=port))
    _assert_environment(exc, Cause.UNREACHABLE)
    assert environment_reason(exc).startswith("Cannot reach the database server")


def test_terminated_connection_is_a_lost_connection(server, postgres_url):
    engine = create_engine(make_url(postgres_url))  # no pre-ping: the next statement sees the loss
    try:
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
            with server.engine.connect() as admin:
                admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with pytest.raises(Exception) as caught:
                conn.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    _assert_environment(caught.value, Cause.CONNECTION_LOST)


def test_missing_grant_is_no_permission(server, postgres_url, login_role):
    with server.engine.connect() as admin:
        admin.execute(text(f'GRANT CONNECT ON DATABASE "{make_url(postgres_url).database}" TO {login_role}'))
    url = make_url(postgres_url).set(username=login_role, password="right-password")
    engine = make_engine(url)
    try:
        with pytest.raises(Exception) as caught, engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM jobseekers"))
    finally:
        engine.dispose()
    assert caught.value.orig.sqlstate == "42501"
    # A grant the role lacks is a refusal (issue 10): no Retry, the role's message.
    assert classify(caught.value) is FaultKind.REFUSED
    assert user_message(caught.value).startswith("Your role may not do this")


def test_read_only_transaction_says_read_only(postgres_url):
    engine = make_engine(postgres_url)
    try:
        with pytest.raises(Exception) as caught, engine.begin() as conn:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            conn.execute(text("DELETE FROM jobseekers"))
    finally:
        engine.dispose()
    assert caught.value.orig.sqlstate == "25006"
    _assert_environment(caught.value, Cause.READ_ONLY)


def test_row_lock_says_busy(postgres_url):
    engine = make_engine(postgres_url)
    try:
        with engine.begin() as holder:
            holder.execute(text("LOCK TABLE jobseekers IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(Exception) as caught, engine.begin() as conn:
                conn.execute(text("SET LOCAL lock_timeout = '50ms'"))
                conn.execute(text("SELECT count(*) FROM jobseekers"))
    finally:
        engine.dispose()
    assert caught.value.orig.sqlstate == "55P03"
    _assert_environment(caught.value, Cause.LOCKED)


def test_sql_error_stays_a_bug(postgres_url):
    engine = make_engine(postgres_url)
    try:
        with pytest.raises(Exception) as caught, engine.connect() as conn:
            conn.execute(text("SELECT * FROM no_such_table"))
    finally:
        engine.dispose()
    assert classify(caught.value) is FaultKind.BUG


def test_no_connect_privilege_is_no_permission(server, postgres_url, login_role):
    """Refused at connect time (no SQLSTATE from libpq): not 'unknown database', not 'unreachable'."""
    database = make_url(postgres_url).database
    with server.engine.connect() as admin:
        admin.execute(text(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC'))
    exc = _connect_error(make_url(postgres_url).set(username=login_role, password="right-password"))
    _assert_environment(exc, Cause.NO_PERMISSION)
