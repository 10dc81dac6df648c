"""The History tab of the profile windows: read when shown, refreshed after a save, no personal values.

Screenshots (Swedish and English) go to $ASFDESK_SCREENSHOTS when it is set:
    ASFDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen pytest tests/test_history_gui.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from asfdesk.db.models import Consultant, Jobseeker
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import EnterpriseStatus
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.profiles.history import HistoryTab
from tests.test_profiles_support import (  # noqa: F401
    OFFSCREEN_NOISE,
    all_texts,
    manager_fixture,
    saved,
)

pytestmark = OFFSCREEN_NOISE
WHEN = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d$")


def _type(qtbot, widget: QLineEdit, text: str) -> None:
    """Select all and type `text` key by key; letters QTest cannot type (å, ä, ö) as key events."""
    widget.setFocus()
    widget.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _rows(tab: HistoryTab) -> list[list[str]]:
    table = tab.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _show_history(qtbot, window) -> HistoryTab:
    tab = window.history_tab
    with qtbot.waitSignal(tab.loaded, timeout=15_000):
        window.tabs.setCurrentWidget(tab)
    return tab


def test_history_tab_shows_the_saved_change_and_refreshes_after_a_save(manager, qtbot):
    window = manager.open("enterprise", 1)
    window.show()
    tab = window.history_tab
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "History"
    assert tab.table.rowCount() == 0  # nothing read until the tab is shown

    _type(qtbot, window.form.fields["name"].widget, "Kilafix Åby Ekonomisk Förening")
    assert saved(window)
    rows = _show_history(qtbot, window)
    newest = _rows(rows)[0]
    assert WHEN.match(newest[0])
    assert newest[2:] == ["changed", "Name", "Kilafix → Kilafix Åby Ekonomisk Förening"]

    # Saved while the tab is on screen: it reads again by itself.
    _type(qtbot, window.form.fields["employees"].widget, "14")
    with qtbot.waitSignal(tab.loaded, timeout=15_000):
        assert saved(window)
    newest = _rows(tab)[0]
    assert newest[3] == "Employees" and newest[4].endswith("→ 14")
    assert ["Name", "Kilafix → Kilafix Åby Ekonomisk Förening"] in [row[3:] for row in _rows(tab)]


def test_history_of_a_jobseeker_says_changed_without_values(manager, qtbot):
    with session_scope(manager.sessions) as s:
        person = Jobseeker(first_name="Åsa", last_name="Öhman", personnummer="900101-0017")
        s.add(person)
        s.flush()
        person_id = person.id
    window = manager.open("jobseeker", person_id)
    window.show()
    _type(qtbot, window.form.fields["last_name"].widget, "Öhman-Lindqvist")
    assert saved(window)
    tab = _show_history(qtbot, window)
    rows = _rows(tab)
    assert rows[0][2:] == ["changed", "Last name", "changed"]
    shown = " ".join(all_texts(tab))
    for secret in ("Åsa", "Öhman", "Lindqvist", "900101", "0017", "1990-01-01"):
        assert secret not in shown


def test_a_new_record_has_no_history_yet_and_every_profile_has_the_tab(manager, qtbot):
    window = manager.open("contact", None, enterprise_id=1)
    window.show()
    tab = window.history_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.message.text() == "The history starts when the record is saved."
    _type(qtbot, window.form.fields["name"].widget, "Örjan Ågren")
    assert saved(window)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=15_000)
    assert ["created", "Name", "– → Örjan Ågren"] in [row[2:] for row in _rows(tab)]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_history_tab_screenshot(manager, qtbot, tmp_path, language):
    with session_scope(manager.sessions) as s:  # the tests' login is a consultant: shown by name
        sqlite = s.bind.dialect.name == "sqlite"
        s.add(Consultant(name="Maria Ekström", username="tester"))
    install_translators(language)
    try:
        window = manager.open("enterprise", 1)
        window.resize(980, 560)
        window.show()
        _type(qtbot, window.form.fields["name"].widget, "Kilafix Åby")
        window.form.fields["status"].set_value(EnterpriseStatus.PAUSED)
        assert saved(window)
        tab = _show_history(qtbot, window)
        if language == "sv":
            assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Historik"
            assert ["ändrad", "Status", "Aktiv → Vilande"] in [row[2:] for row in _rows(tab)]
        if sqlite:  # on PostgreSQL the server's login is shown: the test account's
            assert _rows(tab)[0][1] == "Maria Ekström"
        folder = Path((os.environ.get("ASFDESK_SCREENSHOTS") if sqlite else None) or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(folder / f"history_tab_{language}.png"))
    finally:
        install_translators("en")
