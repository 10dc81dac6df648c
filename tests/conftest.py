"""Shared fixtures: fresh, migrated databases on SQLite and on a real PostgreSQL.

`db_url` is parametrised over both backends, so every test that uses it (or `sessions`) runs
twice. PostgreSQL comes from ASFDESK_TEST_POSTGRES_URL (an account that may CREATE DATABASE).
Without it a developer's run skips those tests and says why; with CI=true they must run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

# Before anything imports Qt or reads user folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="asfdesk-test-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")  # the log folder
os.environ.pop("ASFDESK_DATABASE_URL", None)
# Qt ignores XDG_CONFIG_HOME on Windows and macOS: a settings store of the tests' own there too.
os.environ["ASFDESK_SETTINGS_ORGANISATION"] = "asfdesk-tests"

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from asfdesk.db.engine import make_engine  # noqa: E402
from asfdesk.db.migrate import upgrade  # noqa: E402
from asfdesk.db.session import make_session_factory  # noqa: E402
from asfdesk.i18n import set_language  # noqa: E402

PG_ENV = "ASFDESK_TEST_POSTGRES_URL"
IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = ["sqlite", "postgresql"]


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV)


def _skip_or_fail_postgres(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"PostgreSQL test could not run in CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


class _PostgresServer:
    """Creates throwaway databases from a migrated template (fast: a file copy on the server)."""

    def __init__(self, admin_url: str) -> None:
        self.admin = make_url(admin_url).set(drivername="postgresql+psycopg")
        self.engine = create_engine(self.admin, isolation_level="AUTOCOMMIT")
        self.template: str | None = None
        self.created: list[str] = []

    def _url(self, name: str) -> str:
        return self.admin.set(database=name).render_as_string(hide_password=False)

    def new_database(self, migrated: bool = True) -> str:
        name = f"asfdesk_t_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as conn:
            if migrated:
                if self.template is None:
                    template = f"asfdesk_tpl_{uuid.uuid4().hex[:8]}"
                    conn.execute(text(f'CREATE DATABASE "{template}"'))
                    self.created.append(template)
                    tpl_engine = make_engine(self._url(template))
                    try:
                        upgrade(tpl_engine)
                    finally:
                        tpl_engine.dispose()  # a template must have no open connections
                    self.template = template
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
            else:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return self._url(name)

    def drop(self, url: str) -> None:
        """Drop one test database as soon as its test is done (spreads the cost)."""
        name = make_url(url).database
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if name in self.created:
            self.created.remove(name)

    def drop_all(self) -> None:
        with self.engine.connect() as conn:
            for name in reversed(self.created):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.engine.dispose()


@pytest.fixture(scope="session")
def postgres_server():
    url = _pg_admin_url()
    if not url:
        _skip_or_fail_postgres(f"set {PG_ENV} to a PostgreSQL URL that may create databases")
    try:
        server = _PostgresServer(url)
        with server.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # pragma: no cover - depends on the machine
        _skip_or_fail_postgres(f"cannot connect ({exc.__class__.__name__}: {exc})")
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """One migrated SQLite file; each test gets a copy, so migrating runs once."""
    path = tmp_path_factory.mktemp("tpl") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template, tmp_path) -> str:
    path = tmp_path / "asfdesk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    path.chmod(0o600)
    return f"sqlite:///{path}"


@pytest.fixture
def postgres_url(request):
    server = request.getfixturevalue("postgres_server")
    url = server.new_database()
    yield url
    server.drop(url)


@pytest.fixture(params=BACKENDS)
def db_url(request) -> str:
    """A fresh database at the current schema, once per backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def empty_db_url(request, tmp_path) -> str:
    """An empty (unmigrated) database; parametrise indirectly with 'sqlite' or 'postgresql'."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return request.getfixturevalue("postgres_server").new_database(migrated=False)


@pytest.fixture
def engine(db_url):
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine):
    """A session factory for the fresh database (user 'tester')."""
    return make_session_factory(engine, user="tester")


@pytest.fixture
def demo_sessions(sessions):
    from asfdesk.demo import load_demo

    load_demo(sessions)
    return sessions


@pytest.fixture(autouse=True)
def _english_messages():
    """Tests read domain messages in English unless they switch language themselves."""
    set_language("en")
    yield
    set_language(None)


def pytest_collection_modifyitems(config, items):
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec and "postgresql" in callspec.params.values():
            item.add_marker(pytest.mark.postgres)


# --- a keyring the tests can look into (the server dialog stores passwords only there) ---


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps what it is given in memory, so the test can inspect it."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
