"""Issue 8 §2: URLs that render with '%' (an encoded password, a unix-socket path, a file name).

Alembic's config is a ConfigParser: `set_main_option("sqlalchemy.url", ...)` failed with
"invalid interpolation syntax" and printed the password. The engine now goes to Alembic as an
object. Each form is tested with `db upgrade` and with the app's start (`open_main_window`).
"""

from __future__ import annotations

import getpass
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, text
from sqlalchemy.engine import make_url

from asfdesk.app import open_main_window
from asfdesk.cli import main
from asfdesk.db.engine import make_engine
from asfdesk.db.migrate import current_revision, head_revision, prepare_database

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen

PASSWORD = "p@ss/%w0rd 100%"  # '@', '/', '%' and a space: all must survive
SOCKET_DIR = "/var/run/postgresql"


def _upgrade_and_start(capsys, qtbot, url: str, secret: str | None = None) -> None:
    code = main(["--lang", "en", "--database", url, "db", "upgrade"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip().splitlines()[-1] == head_revision()
    if secret:
        assert secret not in out + err
    engine = make_engine(url)
    try:
        assert current_revision(engine) == head_revision()
        assert prepare_database(engine) is None  # at head: nothing to do, no error
    finally:
        engine.dispose()
    window = open_main_window(url, "en")
    qtbot.addWidget(window)
    assert window.isVisible()
    window.close()


def test_sqlite_file_name_with_percent(capsys, qtbot, tmp_path):
    db = tmp_path / "data 100% %(here)s.sqlite3"
    url = f"sqlite:///{db}"
    _upgrade_and_start(capsys, qtbot, url)
    assert db.exists()


def test_sqlite_file_name_with_percent_is_upgraded_at_start(qtbot, tmp_path):
    """A file behind head is upgraded (with its backup) by the app's start."""
    from tests.reliability._dbtools import sqlite_at_revision

    db = sqlite_at_revision(tmp_path / "old 50%.sqlite3", "0001")
    window = open_main_window(f"sqlite:///{db}", "en")
    qtbot.addWidget(window)
    assert list(tmp_path.glob("old 50%.backup-*-rev0001.sqlite3"))
    window.close()


@pytest.fixture
def admin(postgres_server):
    """An AUTOCOMMIT connection to the test server as its administrator."""
    with postgres_server.engine.connect() as conn:
        yield conn


@pytest.fixture
def percent_password_url(admin, postgres_server):
    """A role whose password needs URL encoding, owning a fresh database."""
    role = f"asfdesk_pct_{uuid.uuid4().hex[:8]}"
    database = f"asfdesk_t_{uuid.uuid4().hex[:12]}"
    admin.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'"))
    admin.execute(text(f'CREATE DATABASE "{database}" OWNER {role}'))
    base = make_url(postgres_server.admin)
    url = URL.create(
        "postgresql+psycopg", username=role, password=PASSWORD, host=base.host, port=base.port,
        database=database,
    )
    rendered = url.render_as_string(hide_password=False)
    assert "%40" in rendered and "%25" in rendered
    yield rendered
    admin.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    admin.execute(text(f"DROP ROLE IF EXISTS {role}"))


@pytest.mark.postgres
def test_postgres_password_with_percent_at_and_slash(capsys, qtbot, percent_password_url):
    _upgrade_and_start(capsys, qtbot, percent_password_url, secret=PASSWORD)


@pytest.fixture
def socket_url(admin):
    """`postgresql+psycopg:///DB?host=/var/run/postgresql`: peer authentication as this OS user."""
    if not os.path.isdir(SOCKET_DIR):
        pytest.skip(f"no PostgreSQL socket folder {SOCKET_DIR}")
    user = getpass.getuser()
    exists = admin.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": user}).scalar()
    if not exists:
        admin.execute(text(f'CREATE ROLE "{user}" LOGIN'))  # left in place: others may use it too
    database = f"asfdesk_t_{uuid.uuid4().hex[:12]}"
    admin.execute(text(f'CREATE DATABASE "{database}" OWNER "{user}"'))
    url = f"postgresql+psycopg:///{database}?host={SOCKET_DIR}"
    probe = create_engine(url)
    try:
        with probe.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # pragma: no cover - depends on pg_hba.conf
        pytest.skip(f"cannot connect over the socket as {user}: {type(exc).__name__}")
    finally:
        probe.dispose()
    yield url
    admin.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))


@pytest.mark.postgres
def test_postgres_unix_socket_url(capsys, qtbot, socket_url):
    assert "%2F" in make_url(socket_url).render_as_string(hide_password=False)
    _upgrade_and_start(capsys, qtbot, socket_url)


def test_no_url_reaches_alembic_config_parser():
    """The one place that builds Alembic's config hands over objects, never the URL text."""
    from asfdesk.db.migrate import alembic_config

    engine = make_engine(f"sqlite:///{Path('/nonexistent') / 'x%y.sqlite3'}")
    cfg = alembic_config(engine)
    assert cfg.get_main_option("sqlalchemy.url") is None
    assert cfg.attributes["connection"] is engine


@pytest.mark.postgres
def test_a_wrong_percent_password_fails_cleanly_without_showing_it(capsys, percent_password_url):
    wrong = make_url(percent_password_url).set(password="wr%0ng/p@ss")
    code = main(["--lang", "en", "--database", wrong.render_as_string(hide_password=False), "db", "upgrade"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err and "interpolation" not in out + err
    assert "wr%0ng" not in out + err and "wr%250ng" not in out + err
