"""Issue 9 §3: a new event starts at the next whole hour, typed times are saved, the past warns."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from asfdesk.db.models import Event
from asfdesk.db.session import session_scope
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.date_input import next_whole_hour
from asfdesk.ui.profiles.dialogs import Button
from tests.test_daily_dates import replace_text, type_keys
from tests.test_profiles_support import OFFSCREEN_NOISE, answer, manager_fixture, saved, settled  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def new_event(manager, qtbot, title: str = "Frukostmöte för arbetsgivare"):
    window = manager.open("event", None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_keys(window.form.fields["title"].widget, title)  # "ö" as a key event with text
    return window


def starts_edit(window):
    return window.form.fields["starts_at"].focus_widget()


def test_a_new_event_starts_at_the_next_whole_hour_of_today(manager, qtbot):
    before = datetime.now(STOCKHOLM)
    window = new_event(manager, qtbot)
    shown = window.form.value("starts_at")
    assert shown in {next_whole_hour(before), next_whole_hour(datetime.now(STOCKHOLM))}
    assert (shown.minute, shown.second) == (0, 0)
    assert shown.year > 2000
    assert starts_edit(window).text() == shown.strftime("%Y-%m-%d %H:%M")
    assert window.form.fields["ends_at"].focus_widget().text() == ""  # the end stays open


def test_typing_a_date_and_time_after_ctrl_a_saves_that(manager, qtbot, monkeypatch):
    asked = answer(monkeypatch, Button.Cancel)
    window = new_event(manager, qtbot)
    edit = starts_edit(window)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    replace_text(edit, "2027-09-13 09:00")  # Ctrl+A, then the keys
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    replace_text(QApplication.focusWidget(), "2027-09-13 16")  # the end: an hour alone is enough
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert saved(window)
    assert asked == []  # a future event saves without a question
    with session_scope(manager.sessions) as s:
        event = s.get(Event, window.record_id)
        assert event.starts_at == datetime(2027, 9, 13, 9, 0, tzinfo=STOCKHOLM)
        assert event.ends_at == datetime(2027, 9, 13, 16, 0, tzinfo=STOCKHOLM)
        assert event.title == "Frukostmöte för arbetsgivare"


def test_an_event_in_the_past_asks_before_saving(manager, qtbot, monkeypatch):
    window = new_event(manager, qtbot)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    replace_text(starts_edit(window), f"{yesterday} 10:00")
    asked = answer(monkeypatch, Button.Cancel)
    assert not saved(window)
    assert len(asked) == 1 and "in the past" in asked[0] and yesterday in asked[0]
    assert window.record_id is None
    asked = answer(monkeypatch, Button.Save)
    assert saved(window)
    assert len(asked) == 1
    with session_scope(manager.sessions) as s:
        assert s.get(Event, window.record_id).starts_at.date() == date.today() - timedelta(days=1)


def test_editing_an_old_event_without_moving_it_does_not_ask(manager, qtbot, monkeypatch):
    with session_scope(manager.sessions) as s:
        event = s.get(Event, 1)
        event.registration_deadline = None
        event.ends_at = None
        event.starts_at = datetime(2025, 5, 5, 9, 0, tzinfo=STOCKHOLM)
    window = manager.open("event", 1)
    asked = answer(monkeypatch, Button.Cancel)
    replace_text(window.form.fields["location"].widget, "Folkets hus")
    assert saved(window)
    assert asked == []


def test_a_mistyped_start_is_refused_next_to_the_field(manager, qtbot):
    window = new_event(manager, qtbot)
    replace_text(starts_edit(window), "2027-09-13 25:00")
    replace_text(window.form.fields["capacity"].widget, "-1")
    assert not saved(window)
    assert "Not a time" in window.form.error_text("starts_at")
    assert window.form.error_text("capacity")  # both at once
    assert starts_edit(window).text() == "2027-09-13 25:00"


def test_participants_are_shown_as_stored_after_saving(manager, qtbot):
    window = manager.open("event", 1)
    before = window.participants.rowCount()
    window.table.selectRow(0)
    window._remove_selected()
    assert saved(window)
    settled(qtbot)  # the stored participants are read again by an operation
    assert window.participants.rowCount() == before - 1
    assert not window.is_dirty()


def test_escape_in_a_participant_cell_editor_cancels_the_edit_not_the_window(manager, qtbot, monkeypatch):
    asked = answer(monkeypatch, Button.Cancel)
    window = manager.open("event", 1)
    window.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    index = window.participants.index(0, 2)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = QApplication.focusWidget()
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and window.table.isAncestorOf(QApplication.focusWidget())
        )
    )
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert asked == []
    assert window.table.state() != window.table.State.EditingState
