"""Two users on one database: a profile follows the other's save by itself, or, with unsaved
edits, says "Changed by Helena Strand 10:42 — Reload / Keep mine"; Keep mine, then Save, asks
field by field (theirs / mine). Both backends, real key events, a real second connection.

The two-window screenshot is written here too (docs/screenshots/live_update_{sv,en}.png):
    ASFDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen pytest tests/test_live_gui.py -k screenshot
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select
from sqlalchemy.engine import make_url

from asfdesk.db.engine import make_engine
from asfdesk.db.models import Consultant, Enterprise
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.i18n import set_language
from asfdesk.services import records
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.conflict import ConflictDialog, when_text
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers
from asfdesk.ui.workers import busy_tracker
from tests.test_daily_dates import replace_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
WAIT_MS = 15_000  # how long a test waits for the change to arrive (it takes about a second)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    def unexpected(self, *args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {getattr(self, 'text', lambda: '')()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    # pytest-qt closes the windows before fixtures end: unsaved edits are dropped without asking
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Discard)
    app_settings().clear()
    yield
    app_settings().clear()


@pytest.fixture
def helena(db_url, demo_sessions):
    """The second user: her own engine (another connection, as another computer would have) and
    the consultant "Helena Strand" for the login her changes are stamped with."""
    engine = make_engine(db_url)
    login = make_url(db_url).username if db_url.startswith("postgresql") else "hstrand"
    sessions = make_session_factory(engine, user=login)
    with session_scope(sessions) as session:
        consultant = session.scalar(select(Consultant).where(Consultant.username == login))
        if consultant is None:
            session.add(Consultant(name="Helena Strand", username=login))
        else:
            consultant.name = "Helena Strand"
    yield sessions
    engine.dispose()


@pytest.fixture
def window(qtbot, db_url, demo_sessions):
    win = MainWindow(db_url, demo_sessions, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.live.online is True, timeout=WAIT_MS)
    yield win
    win.close()
    wait_for_workers()
    qtbot.wait(10)


def open_enterprise(qtbot, window, name: str = "Åkerö Snickeri"):
    with session_scope(window.sessions) as session:
        enterprise_id = session.scalars(select(Enterprise.id).order_by(Enterprise.id)).first()
    profile = window.profiles.open("enterprise", enterprise_id)
    qtbot.waitUntil(lambda: not profile.loading and busy_tracker().running == 0, timeout=WAIT_MS)
    return profile, enterprise_id


def her_save(sessions, enterprise_id: int, **values) -> None:
    """Helena saves on her computer (no Qt involved: another connection to the same database)."""
    with session_scope(sessions) as session:
        version = session.get(Enterprise, enterprise_id).version
    records.save_record(sessions, "enterprise", enterprise_id, version, values)


def stored(sessions, enterprise_id: int) -> Enterprise:
    with session_scope(sessions) as session:
        return session.get(Enterprise, enterprise_id)


def test_a_clean_profile_shows_the_other_users_change_by_itself(qtbot, window, helena):
    profile, enterprise_id = open_enterprise(qtbot, window)
    her_save(helena, enterprise_id, name="Östra Ängens Kafé")
    name = profile.form.fields["name"].widget
    qtbot.waitUntil(lambda: name.text() == "Östra Ängens Kafé", timeout=WAIT_MS)
    assert not profile.is_dirty()
    assert profile.changed_bar.isHidden()
    assert profile.version == stored(helena, enterprise_id).version
    # the list row follows too
    tab = window.tab("enterprises")
    qtbot.waitUntil(
        lambda: any(
            tab.model.row_values(r) and "Östra Ängens Kafé" in tab.model.row_values(r)
            for r in range(tab.model.rowCount())
        ),
        timeout=WAIT_MS,
    )


def test_unsaved_edits_get_the_bar_then_keep_mine_and_choose_field_by_field(
    qtbot, window, helena, monkeypatch
):
    profile, enterprise_id = open_enterprise(qtbot, window)
    fields = profile.form.fields
    for name, text in (("name", "Björkängens Återbruk"), ("phone", "0278-111 22"), ("city", "Söderhamn")):
        fields[name].focus_widget().setFocus()
        replace_text(fields[name].focus_widget(), text)
    assert profile.is_dirty()
    typed = profile.form.values()

    her_save(
        helena, enterprise_id, name="Björkängens Second Hand", phone="0270-999 88", email="info@bjorkangen.se"
    )
    theirs = stored(helena, enterprise_id)
    at = theirs.updated_at
    qtbot.waitUntil(lambda: "Helena Strand" in profile.changed_bar.text(), timeout=WAIT_MS)
    bar = profile.changed_bar
    assert bar.isVisible()
    assert bar.text() == f"Changed by Helena Strand {when_text(at)} — Reload / Keep mine"
    assert profile.form.values() == typed  # nothing typed was overwritten

    chosen: list[ConflictDialog] = []

    def choose(dialog: ConflictDialog) -> int:
        chosen.append(dialog)
        assert [r.name for r in dialog.rows] == ["name", "phone"]  # city: only mine changed it
        rows = {r.name: r for r in dialog.rows}
        assert (rows["name"].theirs, rows["name"].mine) == ("Björkängens Second Hand", "Björkängens Återbruk")
        dialog.choose("name", mine=True)
        dialog.choose("phone", mine=False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden()
    with qtbot.waitSignal(profile.saveFinished, timeout=WAIT_MS) as first:
        QTest.keySequence(profile, "Ctrl+S")
    assert first.args == [False]  # the save met her version: the comparison comes instead
    with qtbot.waitSignal(profile.saveFinished, timeout=WAIT_MS) as second:
        pass
    assert second.args == [True]
    assert len(chosen) == 1
    row = stored(helena, enterprise_id)
    assert (row.name, row.phone, row.city, row.email) == (
        "Björkängens Återbruk",  # mine
        theirs.phone,  # theirs
        "Söderhamn",  # only mine changed it
        "info@bjorkangen.se",  # only theirs changed it
    )
    assert fields["phone"].value() == theirs.phone
    assert not profile.is_dirty()
    assert profile.version == row.version


def test_reload_on_the_bar_shows_their_version(qtbot, window, helena):
    profile, enterprise_id = open_enterprise(qtbot, window)
    city = profile.form.fields["city"].focus_widget()
    city.setFocus()
    replace_text(city, "Älvdalen")
    her_save(helena, enterprise_id, city="Mora")
    qtbot.waitUntil(profile.changed_bar.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(profile.changed_bar.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: city.text() == "Mora" and not profile.loading, timeout=WAIT_MS)
    assert not profile.is_dirty()
    assert profile.changed_bar.isHidden()


def test_cancelling_the_comparison_keeps_what_was_typed(qtbot, window, helena, monkeypatch):
    profile, enterprise_id = open_enterprise(qtbot, window)
    name = profile.form.fields["name"].focus_widget()
    name.setFocus()
    replace_text(name, "Gävle Återbruk")
    her_save(helena, enterprise_id, name="Gävle Second Hand")
    qtbot.waitUntil(profile.changed_bar.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(profile.changed_bar.keep_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    with qtbot.waitSignal(profile.saveFinished, timeout=WAIT_MS):
        profile.save()
    qtbot.waitUntil(lambda: busy_tracker().running == 0, timeout=WAIT_MS)
    assert name.text() == "Gävle Återbruk"
    assert profile.is_dirty()
    assert stored(helena, enterprise_id).name == "Gävle Second Hand"


def test_a_record_deleted_by_the_other_user_leaves_the_list_and_says_so_in_its_profile(qtbot, window, helena):
    with session_scope(helena) as session:
        gone = Enterprise(name="Snart Borta Ekonomisk Förening")
        session.add(gone)
        session.flush()
        gone_id = gone.id
    tab = window.tab("enterprises")

    def listed() -> bool:
        rows = [tab.model.row_values(r) for r in range(tab.model.rowCount())]
        return any(row and "Snart Borta Ekonomisk Förening" in row for row in rows)

    qtbot.waitUntil(listed, timeout=WAIT_MS)  # her new record arrived by itself
    profile = window.profiles.open("enterprise", gone_id)
    qtbot.waitUntil(lambda: not profile.loading and busy_tracker().running == 0, timeout=WAIT_MS)
    records.delete_record(helena, "enterprise", gone_id)
    qtbot.waitUntil(lambda: not profile.save_button.isEnabled(), timeout=WAIT_MS)
    assert "deleted elsewhere" in profile.banner.text()
    qtbot.waitUntil(lambda: not listed(), timeout=WAIT_MS)


def test_a_participant_the_other_user_adds_appears_in_the_open_event(qtbot, window, helena):
    from asfdesk.db.models import Contact, Event, EventParticipant

    with session_scope(window.sessions) as session:
        event_id = session.scalars(select(Event.id).order_by(Event.id)).first()
        invited = set(
            session.scalars(select(EventParticipant.contact_id).where(EventParticipant.event_id == event_id))
        )
        invited = {i for i in invited if i is not None} or {0}
        contact = session.scalars(
            select(Contact).where(Contact.id.not_in(invited)).order_by(Contact.id)
        ).first()
        contact_id, contact_name = contact.id, contact.name
    profile = window.profiles.open("event", event_id)
    qtbot.waitUntil(lambda: not profile.loading and busy_tracker().running == 0, timeout=WAIT_MS)
    assert contact_name not in [row.get("name") for row in profile.participants.rows]
    with session_scope(helena) as session:  # her computer invites one more contact person
        session.add(EventParticipant(event_id=event_id, contact_id=contact_id))
    qtbot.waitUntil(
        lambda: contact_name in [row.get("name") for row in profile.participants.rows], timeout=WAIT_MS
    )
    assert not profile.is_dirty()


def test_another_process_on_the_same_sqlite_file_is_seen(qtbot, sqlite_url):
    """A real second process (as a second asfdesk or the CLI would be) writes to the file."""
    import subprocess
    import sys

    engine = make_engine(sqlite_url)
    win = MainWindow(sqlite_url, make_session_factory(engine, user="alindqvist"), language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.live.online is True, timeout=WAIT_MS)
    tab = win.tab("enterprises")
    script = (
        "import sys\n"
        "from asfdesk.db.engine import make_engine\n"
        "from asfdesk.db.session import make_session_factory\n"
        "from asfdesk.services import records\n"
        "sessions = make_session_factory(make_engine(sys.argv[1]), user='hstrand')\n"
        "records.save_record(sessions, 'enterprise', None, None, {'name': 'Öppna Händer Kooperativ'})\n"
    )
    subprocess.run([sys.executable, "-c", script, sqlite_url], check=True, timeout=120)

    def listed() -> bool:
        rows = [tab.model.row_values(r) for r in range(tab.model.rowCount())]
        return any(row and "Öppna Händer Kooperativ" in row for row in rows)

    qtbot.waitUntil(listed, timeout=WAIT_MS)
    win.close()
    wait_for_workers()
    engine.dispose()


# --- the two-window screenshot ---------------------------------------------------------------------


def _labelled(pixmap: QPixmap, title: str) -> QPixmap:
    canvas = QPixmap(pixmap.width(), pixmap.height() + 34)
    canvas.fill(QColor("#e8eaed"))
    painter = QPainter(canvas)
    font = QFont()
    font.setPointSize(11)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(10, 23, title)
    painter.drawPixmap(0, 34, pixmap)
    painter.end()
    return canvas


@pytest.mark.parametrize("language", ["sv", "en"])
def test_screenshot_two_users_one_change(qtbot, tmp_path, sqlite_url, language):
    from asfdesk.demo import load_demo

    folder = Path(os.environ.get("ASFDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    set_language(language)
    install_translators(language)
    engines = [make_engine(sqlite_url), make_engine(sqlite_url)]
    anna = make_session_factory(engines[0], user="alindqvist")
    helena = make_session_factory(engines[1], user="hstrand")
    load_demo(anna)
    with session_scope(anna) as session:
        session.add_all(
            [
                Consultant(name="Anna Lindqvist", username="alindqvist"),
                Consultant(name="Helena Strand", username="hstrand"),
            ]
        )
    windows = []
    try:
        for sessions in (helena, anna):
            win = MainWindow(sqlite_url, sessions, language=language)
            qtbot.addWidget(win)
            win.show()
            qtbot.waitUntil(lambda w=win: w.live.online is True, timeout=WAIT_MS)
            windows.append(win)
        profiles = [open_enterprise(qtbot, w)[0] for w in windows]
        for profile in profiles:
            profile.resize(780, 560)
        hers, mine = profiles
        # Anna is typing a new name and phone number; Helena changes both too and saves first.
        for profile, typed in (
            (mine, ("Kilafix Återbruk", "0278-404 50")),
            (hers, ("Kilafix Snickeri", "0278-100 20")),
        ):
            for field, text in zip(("name", "phone"), typed, strict=True):
                edit = profile.form.fields[field].focus_widget()
                edit.setFocus()
                replace_text(edit, text)
        with qtbot.waitSignal(hers.saveFinished, timeout=WAIT_MS):
            hers.save()
        qtbot.waitUntil(lambda: "Helena Strand" in mine.changed_bar.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: busy_tracker().running == 0, timeout=WAIT_MS)
        shots = [
            _labelled(hers.grab(), "Helena Strand"),
            _labelled(mine.grab(), "Anna Lindqvist"),
        ]
        gap = 16
        canvas = QPixmap(sum(s.width() for s in shots) + gap, max(s.height() for s in shots))
        canvas.fill(QColor("#c9ccd1"))
        painter = QPainter(canvas)
        painter.drawPixmap(0, 0, shots[0])
        painter.drawPixmap(shots[0].width() + gap, 0, shots[1])
        painter.end()
        path = folder / f"live_update_{language}.png"
        assert canvas.save(str(path))
        assert path.stat().st_size > 10_000
        expected = "Ändrad av Helena Strand" if language == "sv" else "Changed by Helena Strand"
        assert mine.changed_bar.text().startswith(expected)

        # Keep mine, then Save: the comparison, field by field.
        compared: list[ConflictDialog] = []

        def shoot(dialog: ConflictDialog) -> int:
            dialog.show()
            qtbot.waitExposed(dialog)
            compared.append(dialog)
            assert dialog.grab().save(str(folder / f"live_conflict_{language}.png"))
            dialog.hide()
            return QDialog.DialogCode.Rejected

        ConflictDialog.exec = shoot
        try:
            qtbot.mouseClick(mine.changed_bar.keep_button, Qt.MouseButton.LeftButton)
            mine.save()
            qtbot.waitUntil(lambda: bool(compared), timeout=WAIT_MS)
        finally:
            del ConflictDialog.exec
        assert [r.name for r in compared[0].rows] == ["name", "phone"]
    finally:
        for win in windows:
            win.close()
        wait_for_workers()
        qtbot.wait(10)
        for engine in engines:
            engine.dispose()
        install_translators("en")
        set_language("en")
