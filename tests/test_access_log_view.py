"""§5 Admin → Access log…: filters typed with real key events, newest first, export, the review
logged, both languages; and the screenshots of the view.

To refresh the README's pictures run
    ASFDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen \
        pytest tests/test_access_log_view.py -k screenshot
"""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from asfdesk.db.models import AccessLogEntry, Referral
from asfdesk.db.session import session_scope
from asfdesk.i18n import set_language
from asfdesk.services.access_log import record_access
from asfdesk.ui.access_log_view import AccessLogWindow
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers
from tests.test_access_log_review import actor_of, logged  # noqa: F401 (fixture)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def type_text(widget, text: str) -> None:
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def view(qtbot, sessions, logged):  # noqa: F811 (fixture)
    window = AccessLogWindow(sessions)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.refresh()
    yield window
    wait_for_workers()


def _column(view, number: int) -> list[str]:
    return [view.model.index(r, number).data() for r in range(view.model.rowCount())]


def _enter(qtbot, view, edit) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        press(edit, Qt.Key.Key_Return)


def test_lists_newest_first_and_filters_by_person(qtbot, qtmodeltester, view, logged):  # noqa: F811
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 4
    assert _column(view, 2)[0] == "exported" and _column(view, 3)[0] == "Referrals"
    view.person_edit.setFocus()
    type_text(view.person_edit, "701063-2391")
    _enter(qtbot, view, view.person_edit)
    assert list(zip(_column(view, 2), _column(view, 3), strict=True)) == [
        ("changed", "Referral"),
        ("viewed", "Jobseeker"),
    ]
    assert _column(view, 6)[1] == "Uppföljning"
    assert view.count_label.text() == "Entries: 2"
    qtmodeltester.check(view.model)


def test_user_and_dates(qtbot, view, sessions):
    type_text(view.actor_edit, "nobody")
    _enter(qtbot, view, view.actor_edit)
    assert view.model.rowCount() == 0
    view.actor_edit.clear()
    type_text(view.actor_edit, actor_of(sessions))
    today = date.today().isoformat()
    view.from_field.lineEdit().setFocus()
    type_text(view.from_field.lineEdit(), today)
    type_text(view.to_field.lineEdit(), "t")
    _enter(qtbot, view, view.to_field.lineEdit())
    assert view.model.rowCount() >= 4  # the four, and the reviews (logged after their read)


def test_bad_filters_are_said_next_to_the_form(qtbot, view):
    type_text(view.person_edit, "Åsa")
    with qtbot.waitSignal(view.failed, timeout=10_000):
        press(view.person_edit, Qt.Key.Key_Return)
    assert "whole personnummer" in view.error_label.text() and view.error_label.isVisible()
    view.person_edit.clear()
    type_text(view.from_field.lineEdit(), "2026-02-30")
    with qtbot.waitSignal(view.failed, timeout=10_000):
        view.refresh()
    assert view.error_label.text()


def test_export_and_the_review_is_logged(qtbot, view, sessions, tmp_path):
    type_text(view.person_edit, "19701063-2391")
    _enter(qtbot, view, view.person_edit)
    path = tmp_path / "logg.csv"
    with qtbot.waitSignal(view.exported, timeout=10_000) as done:
        view.export_to(path)
    assert done.args == [3]  # the person's two entries, and the review just made: it read them
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0] == "Time" and len(rows) == 4
    assert "access-log review" in rows[1][-1]  # newest first, logged on the person
    with session_scope(sessions) as s:
        mine = s.execute(
            select(AccessLogEntry.action, AccessLogEntry.detail)
            .where(AccessLogEntry.entity == "access_log")
            .order_by(AccessLogEntry.id)
        ).all()
    assert mine == [
        ("view", "access-log review"),
        ("view", "access-log review: person"),
        ("export", "access-log review: person: logg.csv"),
    ]


def test_the_admin_menu_opens_it_in_swedish(qtbot, db_url, sessions, logged):  # noqa: F811
    app_settings().clear()
    window = MainWindow(db_url, sessions, language="sv")
    qtbot.addWidget(window)
    try:
        action = window.access_log_action
        assert action in window.admin_menu.actions()
        assert action.text() == "Åtkomstlogg…"
        action.trigger()
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, AccessLogWindow)]
        shown = [w for w in shown if w.isVisible()]
        assert len(shown) == 1
        qtbot.waitUntil(lambda: shown[0].model.rowCount() > 0, timeout=10_000)
        assert shown[0].windowTitle() == "Åtkomstlogg"
        assert shown[0].model.headerData(0, Qt.Orientation.Horizontal) == "Tid"
        assert "visade" in [shown[0].model.index(r, 2).data() for r in range(shown[0].model.rowCount())]
        window.set_language("en")
        assert action.text() == "Access log…"
        assert shown[0].windowTitle() == "Access log"
        shown[0].close()
    finally:
        wait_for_workers()
        install_translators("en")
        set_language("en")
        app_settings().clear()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_screenshot(qtbot, sqlite_url, tmp_path, language):
    """The view over the demo data with a person's entries, as a reviewer sees it."""
    from asfdesk.db.engine import make_engine
    from asfdesk.db.session import make_session_factory
    from asfdesk.demo import load_demo
    from asfdesk.services import records

    folder = Path(os.environ.get("ASFDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    set_language(language)
    install_translators(language)
    engine = make_engine(sqlite_url)
    try:
        for user in ("hestr", "mibe", "sonor"):
            sessions = make_session_factory(engine, user=user)
            if user == "hestr":
                load_demo(sessions)
                with session_scope(sessions) as s:
                    from asfdesk.db.models import Jobseeker

                    js = s.scalar(select(Jobseeker).where(Jobseeker.last_name == "Omar"))
                    js.personnummer = "19860611-2392"
                    jid = js.id
            records.load_record(sessions, "jobseeker", jid, "Uppföljningsmöte med handledare")
            with session_scope(sessions) as s:
                referral = s.scalar(select(Referral.id).where(Referral.jobseeker_id == jid))
                if user == "mibe":
                    record_access(s, "update", "referral", referral, detail="follow-up added")
                if user == "sonor":
                    record_access(s, "print", "referral", referral, detail="register extract")
        window = AccessLogWindow(make_session_factory(engine, user="hestr"))
        qtbot.addWidget(window)
        window.resize(1000, 420)
        window.show()
        qtbot.waitExposed(window)
        type_text(window.person_edit, "860611-2392")
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            press(window.person_edit, Qt.Key.Key_Return)
        assert window.model.rowCount() >= 3
        path = folder / f"access_log_{language}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 5000
        window.close()
    finally:
        wait_for_workers()
        engine.dispose()
        install_translators("en")
        set_language("en")
