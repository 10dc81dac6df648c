"""Hear about changes other users and processes make, without Qt: the connection half of live updates.

Two sources give the same `Notice` values (table, row id, insert/update/delete, who, when):

- PostgreSQL: `PostgresSource` holds its own autocommit psycopg connection (outside the
  SQLAlchemy pool), runs `LISTEN asfdesk_changes` and waits for the notifications the row
  triggers of migration 0005 send with a JSON payload
  `{"table": …, "id": …, "op": "insert|update|delete", "actor": …, "at": "<ISO-8601 UTC>"}`.
- SQLite: `SqliteSource` polls `PRAGMA data_version` on a dedicated connection about once a
  second. It changes only when ANOTHER connection committed, so nothing is read while the file
  is quiet. When it moves, the new rows of the change history (`change_history`, which the app
  writes in the same transaction as each change, asfdesk.db.history) say exactly what changed.
  A file without that table (an older schema) is summarised per watched table instead (row
  count, highest id, latest `updated_at`): added and changed rows are found, but deleted rows
  leave no trace, so a shrunk table gives a Notice with `id=None` ("some rows were deleted").

`LiveRunner.run()` drives a source in a thread: it opens it, waits with a timeout (so `stop`
is seen within a second), reports notices and whether it is online, and after a lost
connection reconnects with backoff (1, 2, 4, 8, 16, 30, 30 … seconds) and LISTENs again.
The Qt bridge is asfdesk.ui.live.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import make_url

from asfdesk.db.engine import SQLITE_BUSY_TIMEOUT_MS, sqlite_path

log = logging.getLogger(__name__)

CHANNEL = "asfdesk_changes"
# The tables whose changes are sent (PostgreSQL triggers) or looked for (SQLite polling).
WATCHED_TABLES = (
    "enterprises",
    "partner_organisations",
    "contacts",
    "referrals",
    "jobseekers",
    "events",
    "event_participants",
    "consultants",
    "activities",
)
OPS = ("insert", "update", "delete")
BACKOFF_SECONDS = (1, 2, 4, 8, 16, 30)
POLL_SECONDS = 1.0  # SQLite: how often data_version is read
WAIT_SECONDS = 1.0  # PostgreSQL: longest wait for a notification before looking at `stop`
HEARTBEAT_SECONDS = 15.0  # PostgreSQL: a quiet connection is checked this often
CONNECT_TIMEOUT_SECONDS = 5
MAX_ROWS_PER_POLL = 500  # SQLite: changed rows read per poll (a big import takes several polls)
HISTORY_TABLE = "change_history"


@dataclass(frozen=True)
class Notice:
    """One row another connection inserted, updated or deleted.

    `id` is None when rows of `table` were deleted but which ones is unknown (SQLite).
    `actor` is the login that made the change (PostgreSQL's session_user, SQLite's updated_by),
    `at` when (aware, UTC), both None when unknown."""

    table: str
    id: int | None
    op: str
    actor: str | None = None
    at: datetime | None = None
    owner_table: str | None = None  # the record a participant or note belongs to, when known
    owner_id: int | None = None


def parse_payload(payload: str) -> Notice | None:
    """A Notice from a NOTIFY payload; None (logged, not raised) for one this app does not know."""
    try:
        data = json.loads(payload)
        table, op = str(data["table"]), str(data["op"]).lower()
        row_id = data.get("id")
        row_id = None if row_id is None else int(row_id)
        at = _parse_time(data.get("at"))
        actor = data.get("actor")
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("ignored a change notification that is not asfdesk's payload")
        return None
    if op not in OPS:
        log.warning("ignored a change notification with an unknown operation")
        return None
    return Notice(table, row_id, op, None if actor in (None, "") else str(actor), at)


def _parse_time(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def backoff_delays() -> Iterator[float]:
    """1, 2, 4, 8, 16, 30, 30, … seconds between reconnection attempts."""
    yield from BACKOFF_SECONDS
    while True:
        yield BACKOFF_SECONDS[-1]


class Source(Protocol):
    """Where notices come from; `wait` raises when the connection is gone."""

    def open(self) -> None: ...

    def wait(self, stop: threading.Event) -> list[Notice]: ...

    def close(self) -> None: ...


# --- PostgreSQL -------------------------------------------------------------------------------


def psycopg_connect_args(url: str) -> dict:
    """The keyword arguments psycopg.connect needs for a SQLAlchemy URL (same parsing as the
    engine's, so unix sockets, `service=` and passwords with % @ / work alike)."""
    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

    parsed = make_url(url).set(drivername="postgresql+psycopg")
    args, kwargs = PGDialect_psycopg().create_connect_args(parsed)
    if args:  # a DSN string given positionally
        kwargs["conninfo"] = args[0]
    return kwargs


class PostgresSource:
    """LISTEN on its own autocommit connection; each `wait` returns what arrived within a second."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn = None
        self._last_heard = 0.0

    def open(self) -> None:
        import psycopg

        kwargs = psycopg_connect_args(self.url)
        kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
        # A dropped network (no FIN) is noticed by TCP keepalives, not only by the heartbeat.
        kwargs.update(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
        kwargs.setdefault("application_name", "asfdesk-live")
        self.conn = psycopg.connect(autocommit=True, **kwargs)
        self.conn.execute(f"LISTEN {CHANNEL}")
        self._last_heard = time.monotonic()

    def wait(self, stop: threading.Event) -> list[Notice]:
        conn = self.conn
        if conn is None:
            raise ConnectionError("not listening")
        found = [n.payload for n in conn.notifies(timeout=WAIT_SECONDS, stop_after=1)]
        if found:  # the rest of a burst (one save may touch several rows)
            found += [n.payload for n in conn.notifies(timeout=0.05)]
            self._last_heard = time.monotonic()
        elif time.monotonic() - self._last_heard > HEARTBEAT_SECONDS:
            conn.execute("SELECT 1")  # raises if the server went away while all was quiet
            self._last_heard = time.monotonic()
        if conn.closed:
            raise ConnectionError("the listening connection was closed")
        return [notice for notice in map(parse_payload, found) if notice is not None]

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # already broken: nothing to close
                conn.close()


def notify(conn, notice: Notice) -> None:
    """Send `notice` on the channel (tests, scripts): the same payload the triggers send."""
    payload = {
        "table": notice.table,
        "id": notice.id,
        "op": notice.op,
        "actor": notice.actor,
        "at": (notice.at or datetime.now(UTC)).isoformat(),
    }
    conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, json.dumps(payload)))


# --- SQLite -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TableState:
    count: int
    max_id: int
    max_updated: str | None


class SqliteSource:
    """Polls `PRAGMA data_version` on its own connection and finds the rows others changed."""

    def __init__(
        self, path: Path, tables: tuple[str, ...] = WATCHED_TABLES, use_history: bool = True
    ) -> None:
        self.path = Path(path)
        self.tables = tables
        self.use_history = use_history  # False: always the per-table summary (older schemas, tests)
        self.conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._states: dict[str, _TableState] = {}
        self._history_id: int | None = None  # the last change_history row seen; None: no history

    def open(self) -> None:
        if not self.path.exists():
            raise FileNotFoundError(f"database file missing: {self.path.name}")
        # mode=rw: never create a file that is gone; autocommit so each poll sees the newest data.
        self.conn = sqlite3.connect(
            f"{self.path.as_uri()}?mode=rw",
            uri=True,
            timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        self.tables = tuple(t for t in self.tables if self._has_table(t))
        self._version = self.data_version()
        self._history_id = None
        if self.use_history and self._has_table(HISTORY_TABLE):
            self._history_id = self.conn.execute(
                f"SELECT coalesce(max(id), 0) FROM {HISTORY_TABLE}"
            ).fetchone()[0]
        else:
            self._states = {table: self._state(table) for table in self.tables}

    def _has_table(self, table: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
        return row.fetchone() is not None

    def data_version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _state(self, table: str) -> _TableState:
        count, max_id, max_updated = self.conn.execute(
            f'SELECT count(*), coalesce(max(id), 0), max(updated_at) FROM "{table}"'
        ).fetchone()
        return _TableState(count, max_id, max_updated)

    def wait(self, stop: threading.Event) -> list[Notice]:
        stop.wait(POLL_SECONDS)
        return self.poll()

    def poll(self) -> list[Notice]:
        """The rows other connections changed since the last poll (nothing read if none did)."""
        if self.conn is None:
            raise ConnectionError("not polling")
        version = self.data_version()
        if version == self._version:
            return []
        self._version = version
        found: list[Notice] = []
        if self._history_id is not None:
            return self._from_history()
        self.conn.execute("BEGIN")  # one snapshot for every table
        try:
            for table in self.tables:
                found += self._changes_in(table)
        finally:
            self.conn.execute("COMMIT")
        return found

    def _from_history(self) -> list[Notice]:
        rows = self.conn.execute(
            "SELECT id, table_name, record_id, operation, actor, occurred_at, owner_table, owner_id"
            f" FROM {HISTORY_TABLE} WHERE id > ? ORDER BY id LIMIT {MAX_ROWS_PER_POLL}",
            (self._history_id,),
        ).fetchall()
        found = []
        for history_id, table, record_id, op, actor, at, owner_table, owner_id in rows:
            self._history_id = history_id
            if table in self.tables and op in OPS:
                found.append(Notice(table, record_id, op, actor, _parse_time(at), owner_table, owner_id))
        if len(rows) == MAX_ROWS_PER_POLL:
            self._version = None  # more to read: the next poll goes on even if nothing new committed
        return found

    def _changes_in(self, table: str) -> list[Notice]:
        before = self._states[table]
        now = self._state(table)
        if now == before:
            return []
        self._states[table] = now
        rows = self.conn.execute(
            f'SELECT id, updated_by, updated_at FROM "{table}" WHERE updated_at > ? OR id > ?'
            f" ORDER BY id LIMIT {MAX_ROWS_PER_POLL}",
            (before.max_updated or "", before.max_id),
        ).fetchall()
        found = []
        inserted = 0
        for row_id, actor, updated_at in rows:
            op = "insert" if row_id > before.max_id else "update"
            inserted += op == "insert"
            found.append(Notice(table, row_id, op, actor, _parse_time(updated_at)))
        if now.count < before.count + inserted:
            found.append(Notice(table, None, "delete"))
        return found

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            conn.close()


def source_for(url: str) -> Source | None:
    """The source that hears about other users' changes to `url`; None for in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        return None if path is None else SqliteSource(path)
    if parsed.get_backend_name() == "postgresql":
        return PostgresSource(url)
    return None


# --- the loop ---------------------------------------------------------------------------------


class LiveRunner:
    """Runs a source until `stop` is set: notices to `on_notices`, online/offline to `on_state`.

    `on_state(online, retry_in)`: True once connected (again); False with the seconds until
    the next attempt when the connection failed or was lost. Never raises: a fault of the
    environment is expected here and a bug is logged, then retried like a lost connection."""

    def __init__(
        self,
        source: Source,
        on_notices: Callable[[list[Notice]], object],
        on_state: Callable[[bool, float | None], object],
        stop: threading.Event | None = None,
    ) -> None:
        self.source = source
        self.on_notices = on_notices
        self.on_state = on_state
        self.stop = stop or threading.Event()

    def run(self) -> None:
        delays = backoff_delays()
        try:
            while not self.stop.is_set():
                try:
                    self.source.open()
                except Exception as exc:
                    self._lost(exc, delays)
                    continue
                delays = backoff_delays()
                self.on_state(True, None)
                try:
                    while not self.stop.is_set():
                        notices = self.source.wait(self.stop)
                        if notices and not self.stop.is_set():
                            self.on_notices(notices)
                except Exception as exc:
                    self._lost(exc, delays)
        finally:
            self.source.close()

    def _lost(self, exc: BaseException, delays: Iterator[float]) -> None:
        from asfdesk.db.faults import FaultKind, classify

        self.source.close()
        if self.stop.is_set():
            return
        kind = classify(exc) if not isinstance(exc, ConnectionError | OSError) else FaultKind.ENVIRONMENT
        if kind is FaultKind.BUG:
            log.error("live updates: unexpected %s; retrying", type(exc).__name__, exc_info=exc)
        else:
            log.info("live updates offline (%s)", type(exc).__name__)
        delay = next(delays)
        self.on_state(False, delay)
        self.stop.wait(delay)


# --- reading what a notice is about (run by the operation layer, in a worker) -----------------


@dataclass(frozen=True)
class Stamp:
    """Who last changed a record and when, and its version (for "Changed by … 10:42")."""

    version: int
    actor: str | None
    actor_name: str | None  # the consultant whose username is `actor`, if there is one
    at: datetime | None

    @property
    def who(self) -> str:
        return self.actor_name or self.actor or ""


def entity_for_table(table: str) -> str | None:
    """The registry's entity key of `table` (asfdesk.entities), None for a table without one."""
    from asfdesk import entities

    for definition in entities.all_entities():
        if definition.model.__tablename__ == table:
            return definition.key
    return None


def parent_links(table: str) -> list[tuple[str, str]]:
    """(column, entity key) of the foreign keys of `table` that point at an entity's table:
    a change to a participant or an activity is a change to its event or referral."""
    from asfdesk.db.base import Base

    found = []
    target = Base.metadata.tables.get(table)
    if target is None:
        return found
    for fk in sorted(target.foreign_keys, key=lambda f: f.parent.name):
        entity = entity_for_table(fk.column.table.name)
        if entity is not None:
            found.append((fk.parent.name, entity))
    return found


def record_stamp(session, entity: str, record_id: int) -> Stamp | None:
    """The stored version, who changed the record last and when; None if it no longer exists."""
    from sqlalchemy import select

    from asfdesk import entities
    from asfdesk.db.models import Consultant

    model = entities.get(entity).model
    row = session.execute(
        select(model.version, model.updated_by, model.updated_at, Consultant.name)
        .outerjoin(Consultant, Consultant.username == model.updated_by)
        .where(model.id == record_id)
    ).first()
    if row is None:
        return None
    version, actor, at, name = row
    return Stamp(version, actor, name, at)


def record_stamps(session, wanted: list[tuple[str, int]]) -> dict[tuple[str, int], Stamp | None]:
    """`record_stamp` of several records (one query each; only open profiles are asked about)."""
    return {(entity, record_id): record_stamp(session, entity, record_id) for entity, record_id in wanted}


def parents_of(session, table: str, row_ids: list[int]) -> list[tuple[str, int]]:
    """(entity, id) of the records rows of a table without an entity belong to (an activity's
    referral, a participant's event and jobseeker); rows that are gone give nothing."""
    from sqlalchemy import column, select
    from sqlalchemy import table as table_clause

    links = parent_links(table)
    if not links or not row_ids:
        return []
    names = [name for name, _entity in links]
    t = table_clause(table, column("id"), *(column(name) for name in names))
    found: set[tuple[str, int]] = set()
    for row in session.execute(select(*(t.c[name] for name in names)).where(t.c.id.in_(row_ids))):
        for (_name, entity), value in zip(links, row, strict=True):
            if value is not None:
                found.add((entity, int(value)))
    return sorted(found)


# --- this app's own writes --------------------------------------------------------------------


class OwnWrites:
    """The rows this app's sessions committed lately, to recognise their notices coming back.

    `OwnWrites(sessions)` follows the engine behind a session factory. A listener on every ORM
    Session notes the rows of the watched tables each flush inserts, updates or deletes, before
    the commit that sends their notices (a rollback forgets them again). `consume(notice)` is True,
    once, for a notice about such a row within `ttl` seconds: that change was ours, and the
    operation that made it has published it already. Thread-safe: sessions flush in workers."""

    _stores: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> _Store
    _pending: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # session -> set of keys
    _installed = False

    def __init__(self, sessions, ttl: float = 30.0) -> None:
        self._install()
        engine = sessions.kw["bind"]
        store = self._stores.get(engine)
        if store is None:
            store = self._stores[engine] = _Store(ttl)
        self.store = store

    def consume(self, notice: Notice) -> bool:
        return self.store.consume(notice)

    @classmethod
    def _install(cls) -> None:
        if cls._installed:
            return
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        event.listen(Session, "after_flush", cls._flushed)
        event.listen(Session, "after_commit", lambda session: cls._pending.pop(session, None))
        event.listen(Session, "after_rollback", cls._rolled_back)
        cls._installed = True

    @classmethod
    def _store_of(cls, session) -> _Store | None:
        try:
            return cls._stores.get(session.get_bind())
        except Exception:  # a session without a bind: not ours to follow
            return None

    @classmethod
    def _flushed(cls, session, _context) -> None:
        store = cls._store_of(session)
        if store is None:
            return
        keys = set()
        for objects, op in ((session.new, "insert"), (session.dirty, "update"), (session.deleted, "delete")):
            for obj in objects:
                if op == "update" and not session.is_modified(obj, include_collections=False):
                    continue  # no UPDATE is sent (e.g. only its services changed): no notice comes
                table = getattr(obj, "__tablename__", None)
                row_id = getattr(obj, "id", None)
                if table in WATCHED_TABLES and row_id is not None:
                    keys.add((table, int(row_id), op))
        if keys:
            cls._pending.setdefault(session, set()).update(keys)
            store.note(keys)  # before the commit: its notice may arrive at once

    @classmethod
    def _rolled_back(cls, session) -> None:
        keys = cls._pending.pop(session, None)
        store = cls._store_of(session) if keys else None
        if store is not None:
            store.forget(keys)


class _Store:
    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._keys: dict[tuple[str, int, str], float] = {}

    def note(self, keys) -> None:
        expiry = time.monotonic() + self.ttl
        with self._lock:
            for key in keys:
                self._keys[key] = expiry

    def forget(self, keys) -> None:
        with self._lock:
            for key in keys:
                self._keys.pop(key, None)

    def consume(self, notice: Notice) -> bool:
        if notice.id is None:
            return False
        now = time.monotonic()
        with self._lock:
            expiry = self._keys.pop((notice.table, notice.id, notice.op), None)
            if len(self._keys) > 1000:
                self._keys = {k: e for k, e in self._keys.items() if e > now}
        return expiry is not None and expiry > now
