"""Which database to use, and an engine configured for it.

SQLite (the default, a file in the user's data folder) and PostgreSQL (a team's shared server)
are both first-class. See `sqlite_pragmas` for why each SQLite setting is what it is.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

ENV_VAR = "ASFDESK_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def default_database_path() -> Path:
    return Path(user_data_dir("asfdesk", appauthor=False)) / "asfdesk.sqlite3"


def resolve_database_url(explicit: str | None = None) -> str:
    """--database beats ASFDESK_DATABASE_URL beats the local default file."""
    if explicit:
        return explicit
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    return f"sqlite:///{default_database_path()}"


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory databases and other backends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def describe(url: str | URL) -> str:
    """Where the data lives, for the status bar and About box (never shows a password)."""
    parsed = make_url(url)
    path = sqlite_path(parsed)
    if path is not None:
        return str(path)
    if parsed.get_backend_name() == "sqlite":
        return ":memory:"
    return f"{parsed.host or 'localhost'}/{parsed.database}"


def ensure_private_file(path: Path) -> None:
    """Create the SQLite file up front with mode 0600: it holds personal data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    # SQLite creates -wal and -shm with the main file's permissions.


def sqlite_pragmas(dbapi_connection, _record) -> None:
    """Settings applied to every SQLite connection.

    - WAL lets the UI read while a worker writes, and readers never block the writer.
    - foreign_keys=ON: SQLite ignores FKs otherwise.
    - busy_timeout: wait for a lock (another window, a backup) instead of failing at once.
    - synchronous=FULL: in WAL mode NORMAL can lose the last commits on power loss. A saved
      referral must stay saved, and our writes are human-paced, so the extra fsync is cheap.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(url: str | URL, **kwargs) -> Engine:
    """An engine for a SQLite file or PostgreSQL server, with this app's settings."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        if path is not None:
            ensure_private_file(path)
        connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        engine = create_engine(parsed, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, **kwargs)
