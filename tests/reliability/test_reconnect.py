"""Connection loss on a real PostgreSQL server that the test stops and starts.

The server is a private cluster of this test module (initdb/pg_ctl of PostgreSQL 15 in a
temporary folder, on a free port, run as the `postgres` OS user when the tests run as root):
the system cluster others use is never touched. Under CI=true a cluster that cannot start
fails the tests instead of skipping them.

- mid-session: the status bar says "Offline – reconnecting…", a save keeps the form and offers
  Retry, and when the server is back the listener LISTENs again, the lists refresh and the save
  goes through;
- at start: the server down gives Retry / Open another (local) database / Quit.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import create_engine, select, text

from asfdesk.db.engine import make_engine
from asfdesk.db.faults import FaultKind, classify
from asfdesk.db.migrate import upgrade
from asfdesk.db.models import Enterprise
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.services import records
from asfdesk.ui import error_dialogs
from asfdesk.ui.database_dialogs import StartupChoice, StartupProblemDialog
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.table.model import wait_for_workers
from asfdesk.ui.workers import busy_tracker
from tests.test_daily_dates import replace_text

PG_BIN = Path("/usr/lib/postgresql/15/bin")
IN_CI = os.environ.get("CI", "").lower() == "true"
WAIT_MS = 60_000  # reconnecting waits out the backoff (at most 30 s)

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support"),
    pytest.mark.postgres,
    pytest.mark.slow,
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateCluster:
    """A throwaway PostgreSQL 15 cluster: start, stop (fast), start again, remove."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="asfdesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.root.chmod(0o700)

    def _run(self, *args: str) -> None:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, database: str = "asfdesk") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def remove(self) -> None:
        with contextlib.suppress(Exception):  # stopped already
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster():
    if not (PG_BIN / "initdb").exists():
        _cannot("PostgreSQL 15 binaries are missing")
    server = PrivateCluster()
    try:
        server.init()
        server.start()
        admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("CREATE DATABASE asfdesk"))
        admin.dispose()
        engine = make_engine(server.url())
        upgrade(engine)
        engine.dispose()
    except Exception as exc:
        server.remove()
        _cannot(f"the private cluster did not start ({type(exc).__name__})")
    yield server
    server.remove()


def _cannot(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"reconnect test could not run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def running(cluster):
    """The cluster, running (a test that stopped it gets it back)."""
    with contextlib.suppress(subprocess.CalledProcessError):  # already running
        cluster.start()
    yield cluster


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    def unexpected(self, *args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {getattr(self, 'text', lambda: '')()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Discard)


def test_stopping_the_server_mid_session_and_starting_it_again(qtbot, running, monkeypatch):
    cluster = running
    sessions = make_session_factory(make_engine(cluster.url()), user="alindqvist")
    with session_scope(sessions) as session:
        session.add(Enterprise(name="Älvdalens Återbruk"))
    window = MainWindow(cluster.url(), sessions, language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.live.online is True, timeout=WAIT_MS)
    with session_scope(sessions) as session:
        enterprise_id = session.scalar(select(Enterprise.id).where(Enterprise.name == "Älvdalens Återbruk"))
    profile = window.profiles.open("enterprise", enterprise_id)
    qtbot.waitUntil(lambda: not profile.loading and busy_tracker().running == 0, timeout=WAIT_MS)
    city = profile.form.fields["city"].focus_widget()
    city.setFocus()
    replace_text(city, "Särna")

    cluster.stop()
    qtbot.waitUntil(lambda: window.live.online is False, timeout=WAIT_MS)
    assert window.live.label.isVisible()
    assert window.live.label.text() == "Offline – reconnecting…"

    shown: list[tuple[BaseException, bool]] = []

    def show_error(parent, exc, allow_retry=False, logged=False):
        shown.append((exc, allow_retry))
        box = error_dialogs.build_error_box(parent, exc, allow_retry)
        assert box.standardButtons() & QMessageBox.StandardButton.Retry
        return False  # the user closes the dialog; the form keeps what was typed

    monkeypatch.setattr(error_dialogs, "show_error", show_error)
    with qtbot.waitSignal(profile.saveFinished, timeout=WAIT_MS) as offline_save:
        profile.save()
    assert offline_save.args == [False]
    assert [(classify(exc), retry) for exc, retry in shown] == [(FaultKind.ENVIRONMENT, True)]
    assert city.text() == "Särna" and profile.is_dirty()

    cluster.start()
    qtbot.waitUntil(lambda: window.live.online is True, timeout=WAIT_MS)
    assert window.live.label.isHidden()
    # The listener LISTENs again: another user's new enterprise reaches the list by itself.
    other_engine = make_engine(cluster.url())
    try:
        other = make_session_factory(other_engine, user="hstrand")
        records.save_record(other, "enterprise", None, None, {"name": "Idre Fjällservice"})
    finally:
        other_engine.dispose()
    tab = window.tab("enterprises")

    def listed() -> bool:
        rows = [tab.model.row_values(r) for r in range(tab.model.rowCount())]
        return any(row and "Idre Fjällservice" in row for row in rows)

    qtbot.waitUntil(listed, timeout=WAIT_MS)
    with qtbot.waitSignal(profile.saveFinished, timeout=WAIT_MS) as online_save:
        profile.save()
    assert online_save.args == [True]
    with session_scope(sessions) as session:
        assert session.get(Enterprise, enterprise_id).city == "Särna"
    window.close()
    wait_for_workers()
    qtbot.wait(10)
    sessions.kw["bind"].dispose()


def test_starting_with_the_server_down_offers_retry_local_or_quit(qtbot, running, tmp_path, monkeypatch):
    from asfdesk.app import open_with_recovery

    cluster = running
    cluster.stop()
    asked: list[StartupProblemDialog] = []

    def ask(dialog: StartupProblemDialog) -> StartupChoice:
        asked.append(dialog)
        if len(asked) == 1:
            cluster.start()  # the server comes back while the dialog is open
            return StartupChoice.RETRY
        return StartupChoice.QUIT

    monkeypatch.setattr(StartupProblemDialog, "ask", ask)
    monkeypatch.setattr("asfdesk.ui.consultants_dialog.ask_who_if_unknown", lambda window: None)
    window = open_with_recovery(cluster.url(), "en")
    assert window is not None and len(asked) == 1
    dialog = asked[0]
    buttons = [b.text() for b in (dialog.retry_button, dialog.open_button, dialog.quit_button)]
    assert buttons == ["Retry", "Open another database…", "Quit"]
    assert "Cannot reach the database server" in dialog.informativeText()
    qtbot.addWidget(window)
    window.close()
    wait_for_workers()
    window.sessions.kw["bind"].dispose()

    # Down again: "Open another database" opens a local file instead.
    cluster.stop()
    asked.clear()
    monkeypatch.setattr(
        StartupProblemDialog, "ask", lambda dialog: asked.append(dialog) or StartupChoice.OPEN_OTHER
    )
    local = f"sqlite:///{tmp_path / 'lokal.sqlite3'}"
    window = open_with_recovery(cluster.url(), "en", choose_other=lambda: local)
    assert window is not None and window.database_url == local and len(asked) == 1
    qtbot.addWidget(window)
    window.close()
    wait_for_workers()

    # And Quit quits.
    monkeypatch.setattr(StartupProblemDialog, "ask", lambda dialog: StartupChoice.QUIT)
    assert open_with_recovery(cluster.url(), "en") is None
