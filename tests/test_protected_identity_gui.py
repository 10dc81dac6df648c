"""§4 Protected identity in the windows: the Referrals tab and its jobseekers view, the jobseeker
picker, Find person (Ctrl+K) and the reason asked before the profile opens — real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from sqlalchemy import select

from asfdesk import entities
from asfdesk.db.models import AccessLogEntry, Jobseeker
from asfdesk.db.session import session_scope
from asfdesk.ui.find_person import FindPersonDialog
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.profiles.manager import ProfileManager
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers
from asfdesk.ui.workers import busy_tracker
from tests.test_protected_identity import LABEL, SECRETS, person  # noqa: F401 (fixture)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def type_text(widget, text: str) -> None:
    """Real key presses carrying their text (Å/Ä/Ö included), as a Swedish keyboard sends them."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


@pytest.fixture(autouse=True)
def _no_modal_loops(monkeypatch):
    """A modal dialog would block the run: fail instead; closing discards unsaved input."""

    def unexpected(self, *args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {getattr(self, 'text', lambda: '')()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(QDialog, "exec", unexpected)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Discard)


def _no_secret(texts) -> None:
    joined = " ".join(str(t) for t in texts if t is not None)
    for secret in SECRETS:
        assert secret not in joined, secret


@pytest.fixture
def window(qtbot, db_url, demo_sessions, person):  # noqa: F811 (fixture)
    app_settings().clear()
    win = MainWindow(db_url, demo_sessions, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    for key in entities.list_keys():
        model = win.tab(key).model
        qtbot.waitUntil(lambda m=model: not m.loading and m.matching is not None and m.total is not None)
    yield win
    win.profiles.close_all()
    wait_for_workers()
    qtbot.wait(10)
    app_settings().clear()


def _cells(model) -> list[list[object]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def _search(qtbot, tab, text: str) -> None:
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.search_edit.clear()
        type_text(tab.search_edit, text)
    qtbot.waitUntil(lambda: tab.model.request.search == text.strip() and not tab.model.loading)


@pytest.mark.parametrize("list_key", ["referrals", "jobseekers"])
def test_the_tab_shows_the_label_and_finds_by_the_whole_number_only(qtbot, window, person, list_key):  # noqa: F811
    tab = window.tab(list_key)
    rows = _cells(tab.model)
    keys = [s.key for s in tab.model.specs]
    name_column = keys.index("jobseeker" if list_key == "referrals" else "name")
    mine = [r for r in rows if r[name_column] == LABEL]
    assert len(mine) == 2  # ours and the demo's protected Mustafa Omar
    for row in mine:
        assert row[keys.index("personnummer")] in (None, "")
    _no_secret(c for r in rows for c in r)
    _search(qtbot, tab, "Öbergström")
    assert tab.model.rowCount() == 0
    _search(qtbot, tab, "701063")
    assert tab.model.rowCount() == 0
    _search(qtbot, tab, "701063-2391")
    assert [r[name_column] for r in _cells(tab.model)] == [LABEL]


def test_the_jobseeker_picker(qtbot, demo_sessions, person):  # noqa: F811
    manager = ProfileManager(demo_sessions)
    window = manager.open("referral", None)
    qtbot.waitUntil(lambda: busy_tracker().running == 0 and not window.loading, timeout=15_000)
    picker = window.jobseeker.widget
    picker.setFocus()
    with qtbot.waitSignal(picker.suggestionsReady, timeout=15_000):
        type_text(picker, "Siv-Åsa")
    assert picker.no_match
    picker.clear()
    with qtbot.waitSignal(picker.suggestionsReady, timeout=15_000):
        type_text(picker, "701063-2391")
    labels = [picker.suggestions.item(r).text() for r in range(picker.suggestions.rowCount())]
    assert labels == [LABEL]
    picker.choose(picker.suggestions.item(0).data(Qt.ItemDataRole.UserRole + 1), labels[0])
    assert window.jobseeker.value() == person["jobseeker"]
    manager.close_all()
    wait_for_workers()


def test_find_person(qtbot, demo_sessions, person):  # noqa: F811
    dialog = FindPersonDialog(demo_sessions)
    qtbot.addWidget(dialog)

    def typed(text: str) -> list[tuple[str, ...]]:
        dialog.search_edit.clear()
        with qtbot.waitSignal(dialog.resultsShown, timeout=10_000):
            type_text(dialog.search_edit, text)
        return [
            tuple(dialog.results.topLevelItem(i).text(c) for c in range(3))
            for i in range(dialog.results.topLevelItemCount())
        ]

    assert typed("Öbergström") == []
    assert typed("19701063") == []
    assert typed("7010632391") == [("—", LABEL, "")]
    wait_for_workers()


def _reason_dialog(qtbot, profile):
    qtbot.waitUntil(lambda: getattr(profile, "reason_dialog", None) is not None, timeout=10_000)
    dialog = profile.reason_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_profile_asks_for_a_reason_and_logs_it(qtbot, demo_sessions, person):  # noqa: F811
    manager = ProfileManager(demo_sessions)
    profile = manager.open("jobseeker", person["jobseeker"])
    dialog = _reason_dialog(qtbot, profile)
    assert profile.form.value("last_name") in (None, "")  # nothing read before the reason
    assert not dialog.open_button.isEnabled()
    dialog.reason_edit.setFocus()
    type_text(dialog.reason_edit, "Möte på Arbetsförmedlingen")
    assert dialog.open_button.isEnabled()
    with qtbot.waitSignal(profile.loadFinished, timeout=10_000) as done:
        press(dialog.reason_edit, Qt.Key.Key_Return)
    assert done.args == [True]
    assert profile.form.value("last_name") == "Öbergström-Ekkvist"
    assert not profile.banner.isHidden()  # "Protected personal data …"
    with session_scope(demo_sessions) as s:
        entry = s.scalars(
            select(AccessLogEntry)
            .where(AccessLogEntry.entity == "jobseeker", AccessLogEntry.entity_id == person["jobseeker"])
            .order_by(AccessLogEntry.id.desc())
        ).first()
    assert (entry.action, entry.detail) == ("view", "Möte på Arbetsförmedlingen")
    manager.close_all()
    wait_for_workers()


def test_cancel_opens_nothing_and_logs_nothing(qtbot, demo_sessions, person):  # noqa: F811
    manager = ProfileManager(demo_sessions)
    profile = manager.open("jobseeker", person["jobseeker"])
    dialog = _reason_dialog(qtbot, profile)
    with qtbot.waitSignal(profile.loadFinished, timeout=10_000) as done:
        press(dialog.reason_edit, Qt.Key.Key_Escape)
    assert done.args == [False]
    qtbot.waitUntil(lambda: manager.find("jobseeker", person["jobseeker"]) is None, timeout=5_000)
    with session_scope(demo_sessions) as s:
        views = s.scalars(
            select(AccessLogEntry).where(
                AccessLogEntry.entity == "jobseeker", AccessLogEntry.entity_id == person["jobseeker"]
            )
        ).all()
    assert views == []
    wait_for_workers()


def test_an_unprotected_profile_opens_without_a_question(qtbot, demo_sessions, person):  # noqa: F811
    with session_scope(demo_sessions) as s:
        ali = s.scalar(select(Jobseeker.id).where(Jobseeker.last_name == "Hassan"))
    manager = ProfileManager(demo_sessions)
    profile = manager.open("jobseeker", ali)
    qtbot.waitUntil(lambda: profile.form.value("last_name") == "Hassan", timeout=10_000)
    assert getattr(profile, "reason_dialog", None) is None
    manager.close_all()
    wait_for_workers()


def test_the_profile_has_the_checkbox(qtbot, demo_sessions, person):  # noqa: F811
    manager = ProfileManager(demo_sessions)
    profile = manager.open("jobseeker", person["jobseeker"])
    dialog = _reason_dialog(qtbot, profile)
    dialog.reason_edit.insert("Kontroll")
    with qtbot.waitSignal(profile.loadFinished, timeout=10_000):
        dialog.open_button.click()
    box = profile.form.fields["protected_identity"].widget
    assert box.isChecked()
    assert [w for w in profile.findChildren(QLineEdit) if w.text() == "Gruvgatan 7" and w.isVisible()] == []
    manager.close_all()
    wait_for_workers()
