"""Which database to use, and an engine configured for it.

SQLite (the default, a file in the user's data folder) and PostgreSQL (a team's shared server)
are both first-class. See `sqlite_pragmas` for why each SQLite setting is what it is.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, NullPool, create_engine, event
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
    service = parsed.query.get("service")
    if service and not parsed.host:  # an entry of pg_service.conf names the server
        return f"service={service}" + (f"/{parsed.database}" if parsed.database else "")
    host = parsed.host or parsed.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = ",".join(host)
    return f"{host}/{parsed.database}"


def masked(url: str | URL) -> str:
    """The URL with any password replaced by ***: the only form that may reach a log or a message."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: show nothing of it rather than a secret
        return "(not a database URL)"


def without_password(url: str | URL) -> URL:
    """The URL with no password at all (to remember in settings or as a keyring key).

    `URL.set(password=None)` keeps the password in SQLAlchemy 2.1, so the URL is rebuilt.
    """
    parsed = make_url(url)
    return URL.create(
        drivername=parsed.drivername,
        username=parsed.username,
        password=None,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )


def private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) with mode 0700: only the user may list its files."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask


def ensure_private_file(path: Path) -> None:
    """Create the SQLite file up front with mode 0600 (it holds personal data), in a 0700 folder.

    The app's own data folder is made 0700 even when it already exists; a folder the user chose
    (say /tmp) is left alone unless it had to be created.
    """
    private_folder(path.parent)
    if path.parent == default_database_path().parent:
        path.parent.chmod(0o700)
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
        kwargs.setdefault("hide_parameters", True)  # parameters may be personal data: never log them
        engine = create_engine(parsed, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs.setdefault("hide_parameters", True)
    return create_engine(parsed, pool_pre_ping=True, **kwargs)


def _explicit_transactions(dbapi_connection, record) -> None:
    """pysqlite sends no BEGIN before DDL; turn its own handling off (we send BEGIN ourselves)."""
    dbapi_connection.isolation_level = None
    sqlite_pragmas(dbapi_connection, record)


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection on which every transaction is a real one, DDL included.

    Python's sqlite3 runs CREATE/DROP outside any transaction, so a migration killed half-way
    left tables committed without its alembic_version row. For a SQLite file this opens a
    separate, unpooled engine with the recipe from SQLAlchemy's pysqlite docs ("Serializable
    isolation / Savepoints / Transactional DDL"); other databases already do transactional DDL.
    """
    path = sqlite_path(engine.url)
    if engine.dialect.name != "sqlite" or path is None:
        with engine.connect() as conn:
            yield conn
        return
    own = create_engine(
        engine.url,
        poolclass=NullPool,
        hide_parameters=True,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(own, "connect", _explicit_transactions)
    event.listen(own, "begin", _begin)
    try:
        with own.connect() as conn:
            yield conn
    finally:
        own.dispose()
