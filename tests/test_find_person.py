"""§5: Find person (Ctrl+K) — typed with real key events, names with Å/Ö and personnummer forms;
the lookup is logged, Enter opens the jobseeker's own profile, the list shows masked numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from asfdesk.db.models import AccessLogEntry, Jobseeker
from asfdesk.db.session import session_scope
from asfdesk.ui.find_person import FindPersonDialog
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def type_text(widget, text: str) -> None:
    """Real key presses carrying their text, as a keyboard layout with Å, Ä, Ö sends them."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def people(sessions) -> dict[str, int]:
    """Three jobseekers, none of them referred."""
    with session_scope(sessions) as s:
        rows = {
            "ohman": Jobseeker(first_name="Maria", last_name="Öhman", personnummer="197010632391"),
            "asa": Jobseeker(first_name="Åsa", last_name="Berg", personnummer="198001012387"),
            "sjoberg": Jobseeker(first_name="Karl", last_name="Sjöberg"),
        }
        s.add_all(rows.values())
        s.flush()
        return {key: js.id for key, js in rows.items()}


def _logged(sessions) -> int:
    with session_scope(sessions) as s:
        return s.scalar(
            select(func.count()).select_from(AccessLogEntry).where(AccessLogEntry.detail == "find person")
        )


def _shown(dialog) -> list[tuple[str, str, str]]:
    return [
        tuple(dialog.results.topLevelItem(i).text(c) for c in range(3))
        for i in range(dialog.results.topLevelItemCount())
    ]


def _typed(qtbot, dialog, text: str) -> list[tuple[str, str, str]]:
    dialog.search_edit.clear()
    with qtbot.waitSignal(dialog.resultsShown, timeout=10_000):
        type_text(dialog.search_edit, text)
    return _shown(dialog)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Öhman", ("19701063-XXXX", "Maria Öhman", "1970")),
        ("Åsa", ("19800101-XXXX", "Åsa Berg", "1980")),
        ("ohman", ("19701063-XXXX", "Maria Öhman", "1970")),
        ("19701063-2391", ("19701063-XXXX", "Maria Öhman", "1970")),
        ("701063-2391", ("19701063-XXXX", "Maria Öhman", "1970")),
        ("197010632391", ("19701063-XXXX", "Maria Öhman", "1970")),
        ("7010632391", ("19701063-XXXX", "Maria Öhman", "1970")),
        ("19701063", ("19701063-XXXX", "Maria Öhman", "1970")),
        ("701063", ("19701063-XXXX", "Maria Öhman", "1970")),
    ],
)
def test_typed_names_and_numbers_find_unreferred_people(qtbot, sessions, people, typed, expected):
    dialog = FindPersonDialog(sessions)
    qtbot.addWidget(dialog)
    assert _typed(qtbot, dialog, typed) == [expected]
    assert dialog.search_edit.text() == typed
    wait_for_workers()


def test_nothing_found_says_so_and_the_first_lookup_is_logged(qtbot, sessions, people):
    dialog = FindPersonDialog(sessions)
    qtbot.addWidget(dialog)
    assert _typed(qtbot, dialog, "Öqvist") == []
    assert "Öqvist" in dialog.status_label.text()
    assert _logged(sessions) == 1  # one row per lookup session, no personal data in it
    _typed(qtbot, dialog, "Sjöberg")
    assert _logged(sessions) == 1
    with session_scope(sessions) as s:
        entry = s.scalars(select(AccessLogEntry).where(AccessLogEntry.detail == "find person")).one()
        assert (entry.action, entry.entity) == ("search", "jobseeker")
    wait_for_workers()


def test_ctrl_k_then_enter_opens_the_profile(qtbot, db_url, sessions, people, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: pytest.fail("unexpected message box"))
    app_settings().clear()
    window = MainWindow(db_url, sessions, language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.find_person_action.shortcut().toString() == "Ctrl+K"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FindPersonDialog) and w.isVisible()]
    dialog = shown[0]
    _typed(qtbot, dialog, "7010632391")
    with qtbot.waitSignal(dialog.personChosen, timeout=5000) as chosen:
        press(dialog.search_edit, Qt.Key.Key_Return)
    assert chosen.args == [people["ohman"]]
    qtbot.waitUntil(lambda: window.profiles.find("jobseeker", people["ohman"]) is not None, timeout=10_000)
    profile = window.profiles.find("jobseeker", people["ohman"])
    qtbot.waitUntil(lambda: "Öhman" in profile.windowTitle(), timeout=10_000)
    window.profiles.close_all()
    wait_for_workers()
    qtbot.wait(10)
    app_settings().clear()
