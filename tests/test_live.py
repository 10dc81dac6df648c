"""Live updates without a profile window: NOTIFY reaching a second connection (PostgreSQL),
data_version polling between two engines on one file (SQLite), notices becoming `Changes`."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import psycopg
import pytest
from PySide6.QtWidgets import QMainWindow

from asfdesk.db.engine import make_engine, sqlite_path
from asfdesk.db.live import (
    CHANNEL,
    LiveRunner,
    Notice,
    PostgresSource,
    SqliteSource,
    backoff_delays,
    entity_for_table,
    notify,
    parents_of,
    parse_payload,
    psycopg_connect_args,
    record_stamp,
)
from asfdesk.db.models import Enterprise
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.services import records
from asfdesk.ui.live import REMOTE, LiveUpdates
from asfdesk.ui.operations import ChangeKind, changes

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def wait_for(source, stop: threading.Event | None = None, rounds: int = 20) -> list[Notice]:
    """What the source hears within `rounds` waits (each up to a second): the first non-empty batch."""
    stop = stop or threading.Event()
    for _ in range(rounds):
        found = source.wait(stop)
        if found:
            return found
    return []


# --- payloads and backoff -------------------------------------------------------------------------


def test_payload_of_the_triggers_is_read_and_junk_is_ignored():
    notice = parse_payload(
        '{"table": "enterprises", "id": 7, "op": "update", "actor": "hstrand",'
        ' "at": "2026-11-30T09:42:05.123456Z"}'
    )
    assert notice == Notice(
        "enterprises", 7, "update", "hstrand", datetime(2026, 11, 30, 9, 42, 5, 123456, UTC)
    )
    assert parse_payload("not json") is None
    assert parse_payload('{"table": "enterprises", "id": 1, "op": "truncate"}') is None
    assert parse_payload('{"id": 1}') is None


def test_backoff_doubles_up_to_thirty_seconds():
    delays = backoff_delays()
    assert [next(delays) for _ in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_tables_map_to_entities_through_the_registry():
    assert entity_for_table("enterprises") == "enterprise"
    assert entity_for_table("partner_organisations") == "partner_organisation"
    assert entity_for_table("event_participants") is None


# --- PostgreSQL: NOTIFY reaches a second connection -------------------------------------------------


@pytest.mark.postgres
def test_notify_reaches_a_second_connection(postgres_url):
    listener = PostgresSource(postgres_url)
    listener.open()
    try:
        with psycopg.connect(**psycopg_connect_args(postgres_url), autocommit=True) as other:
            notify(other, Notice("referrals", 12, "insert", "åsa.öberg"))
        found = wait_for(listener)
    finally:
        listener.close()
    assert [(n.table, n.id, n.op, n.actor) for n in found] == [("referrals", 12, "insert", "åsa.öberg")]


@pytest.mark.postgres
def test_a_save_by_another_connection_is_heard_through_the_triggers(postgres_url):
    """The row triggers of migration 0005 notify; without them this test fails."""
    engine = make_engine(postgres_url)
    listener = PostgresSource(postgres_url)
    listener.open()
    try:
        other = make_session_factory(engine, user="hstrand")
        new_id, _version = records.save_record(other, "enterprise", None, None, {"name": "Ängens Café"})
        found = wait_for(listener)
    finally:
        listener.close()
        engine.dispose()
    assert ("enterprises", new_id, "insert") in [(n.table, n.id, n.op) for n in found]
    notice = next(n for n in found if n.table == "enterprises")
    assert notice.actor  # session_user, stamped by the server
    assert notice.at is not None and notice.at.tzinfo is not None


@pytest.mark.postgres
def test_a_closed_listener_raises_so_the_runner_reconnects(postgres_url):
    listener = PostgresSource(postgres_url)
    listener.open()
    pid = listener.conn.info.backend_pid
    with psycopg.connect(**psycopg_connect_args(postgres_url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(psycopg.OperationalError):
        wait_for(listener)
    listener.close()
    listener.open()  # LISTEN again on a new connection
    try:
        with psycopg.connect(**psycopg_connect_args(postgres_url), autocommit=True) as other:
            other.execute(f'NOTIFY {CHANNEL}, \'{{"table": "events", "id": 3, "op": "delete"}}\'')
        assert [(n.table, n.id, n.op) for n in wait_for(listener)] == [("events", 3, "delete")]
    finally:
        listener.close()


# --- SQLite: two engines on one file ------------------------------------------------------------------


@pytest.mark.parametrize("use_history", [True, False], ids=["history", "summary"])
def test_a_commit_by_one_engine_is_seen_by_the_others_poller(sqlite_url, use_history):
    path = sqlite_path(sqlite_url)
    first, second = make_engine(sqlite_url), make_engine(sqlite_url)
    poller = SqliteSource(path, use_history=use_history)
    try:
        poller.open()
        assert poller.poll() == []  # nothing committed: data_version unchanged, nothing read
        writer = make_session_factory(first, user="hstrand")
        new_id, version = records.save_record(writer, "enterprise", None, None, {"name": "Åkerö Snickeri"})
        found = poller.poll()
        assert [(n.table, n.id, n.op, n.actor) for n in found] == [
            ("enterprises", new_id, "insert", "hstrand")
        ]
        assert poller.poll() == []

        records.save_record(writer, "enterprise", new_id, version, {"phone": "070-123 45 67"})
        assert [(n.table, n.id, n.op) for n in poller.poll()] == [("enterprises", new_id, "update")]

        records.delete_record(writer, "enterprise", new_id, version + 1)
        deleted = poller.poll()
        assert [(n.table, n.op) for n in deleted] == [("enterprises", "delete")]
        assert deleted[0].id == (new_id if use_history else None)  # the summary can't tell which

        # The second engine reads the same file: its own reads change nothing.
        with session_scope(make_session_factory(second)) as session:
            assert record_stamp(session, "enterprise", new_id) is None
        assert poller.poll() == []
    finally:
        poller.close()
        first.dispose()
        second.dispose()


def test_the_runner_reports_offline_then_online_when_the_file_appears(tmp_path, sqlite_template):
    """The backoff loop on a real (missing, then present) file: offline with a delay, then online."""
    path = tmp_path / "later.sqlite3"
    states: list[tuple[bool, float | None]] = []
    stop = threading.Event()
    appeared = threading.Event()

    def on_state(online, retry_in):
        states.append((online, retry_in))
        if not online and not appeared.is_set():
            path.write_bytes(sqlite_template.read_bytes())
            appeared.set()
        if online:
            stop.set()

    runner = LiveRunner(SqliteSource(path), on_notices=lambda _n: None, on_state=on_state, stop=stop)
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    thread.join(30)
    assert not thread.is_alive()
    assert states == [(False, 1), (True, None)]


# --- notices become Changes ---------------------------------------------------------------------------


class _Window(QMainWindow):
    """The little a LiveUpdates needs of a main window (no tabs, no profiles)."""

    def __init__(self, url, sessions):
        super().__init__()
        self.database_url = url
        self.sessions = sessions
        self.profiles = None

    def built_tabs(self):
        return []


def test_a_change_in_another_process_becomes_a_remote_changes(qtbot, db_url, sessions):
    window = _Window(db_url, sessions)
    qtbot.addWidget(window)
    live = LiveUpdates(window)
    heard = []
    changes().changed.connect(heard.append)
    try:
        with qtbot.waitSignal(live.onlineChanged, timeout=15_000):
            live.start()
        other_engine = make_engine(db_url)
        other = make_session_factory(other_engine, user="hstrand")
        new_id, _ = records.save_record(other, "enterprise", None, None, {"name": "Öbergs Tryckeri"})
        qtbot.waitUntil(lambda: any(c.ids("enterprise", ChangeKind.CREATED) for c in heard), timeout=15_000)
        other_engine.dispose()
    finally:
        changes().changed.disconnect(heard.append)
        live.stop(wait=3)
    remote = [c for c in heard if c.source == REMOTE]
    assert any(new_id in c.ids("enterprise", ChangeKind.CREATED) for c in remote)


def test_owners_of_rows_without_an_entity_are_found(demo_sessions):
    from sqlalchemy import select

    from asfdesk.db.models import EventParticipant

    with session_scope(demo_sessions) as session:
        participant = session.scalars(select(EventParticipant).limit(1)).one()
        found = parents_of(session, "event_participants", [participant.id])
        assert ("event", participant.event_id) in found
        assert parents_of(session, "event_participants", [10**9]) == []


def test_own_writes_are_recognised_once_and_a_rollback_is_forgotten(db_url, sessions):
    from asfdesk.db.live import OwnWrites

    own = OwnWrites(sessions)
    new_id, version = records.save_record(sessions, "enterprise", None, None, {"name": "Egna Verkstan"})
    assert own.consume(Notice("enterprises", new_id, "insert"))
    assert not own.consume(Notice("enterprises", new_id, "insert"))  # once only

    with pytest.raises(RuntimeError), session_scope(sessions) as session:
        session.get(Enterprise, new_id).city = "Ödeshög"
        session.flush()
        raise RuntimeError("the action fails after its flush")
    assert not own.consume(Notice("enterprises", new_id, "update"))  # rolled back: no notice comes

    other_engine = make_engine(db_url)
    try:
        other = make_session_factory(other_engine, user="hstrand")
        records.save_record(other, "enterprise", new_id, version, {"city": "Åre"})
    finally:
        other_engine.dispose()
    assert not own.consume(Notice("enterprises", new_id, "update"))  # someone else's
