"""Issue 9 §1–§2 in the profiles and the filter bar: typed dates, one Tab, all errors at once, Esc.

Every test types real key events into the widgets a consultant uses (QTest for ASCII, a
QKeyEvent with text for å/ä/ö), on the demo database, SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from asfdesk.db.models import Jobseeker, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ReferralStatus
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.table.filters import FilterBar
from asfdesk.ui.widgets import DateField as DateInput
from tests.test_profiles_support import (  # noqa: F401
    OFFSCREEN_NOISE,
    answer,
    manager_fixture,
    saved,
    settled,
)

pytestmark = OFFSCREEN_NOISE
DATES = ("planned_start", "planned_end", "actual_start", "actual_end", "next_follow_up")


def type_keys(widget: QWidget, text: str) -> None:
    """Type like a keyboard: QTest for ASCII, a QKeyEvent carrying the text for å/ä/ö."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def replace_text(widget: QWidget, text: str) -> None:
    """Ctrl+A, then type."""
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_keys(widget, text)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Delete)


def date_edit(window, name: str):
    return window.form.fields[name].focus_widget()


def open_referral(manager, qtbot, status: ReferralStatus = ReferralStatus.ONGOING):
    with session_scope(manager.sessions) as s:
        query = select(Referral.id).where(Referral.status == status).order_by(Referral.id)
        referral_id = s.scalars(query).first()
    window = manager.open("referral", referral_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def stored(manager, referral_id: int) -> Referral:
    with session_scope(manager.sessions) as s:
        referral = s.get(Referral, referral_id)
        s.expunge(referral)
        return referral


def test_typed_dates_in_the_referral_editor_are_saved(manager, qtbot):
    window = open_referral(manager, qtbot)
    today = date.today()
    first = date_edit(window, "planned_start")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for text in ("2026-12-01", "20270315", "idag", "", "+14"):  # Tab from field to field
        replace_text(QApplication.focusWidget(), text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # Leaving a field shows the typed entry as ISO.
    assert date_edit(window, "planned_end").text() == "2027-03-15"
    assert date_edit(window, "actual_start").text() == today.isoformat()
    assert date_edit(window, "next_follow_up").text() == (today + timedelta(days=14)).isoformat()
    assert window.is_dirty()
    assert saved(window)
    referral = stored(manager, window.record_id)
    assert referral.planned_start == date(2026, 12, 1)
    assert referral.planned_end == date(2027, 3, 15)
    assert referral.actual_start == today
    assert referral.actual_end is None
    assert referral.next_follow_up == today + timedelta(days=14)


def test_a_date_with_a_swedish_word_and_weeks(manager, qtbot):
    window = open_referral(manager, qtbot)
    replace_text(date_edit(window, "planned_start"), "igår")  # å typed as a key event with text
    replace_text(date_edit(window, "planned_end"), "+2v")
    assert saved(window)
    referral = stored(manager, window.record_id)
    assert referral.planned_start == date.today() - timedelta(days=1)
    assert referral.planned_end == date.today() + timedelta(weeks=2)


def test_delete_clears_a_date_and_the_empty_date_is_saved(manager, qtbot):
    window = open_referral(manager, qtbot)
    edit = date_edit(window, "planned_start")
    replace_text(edit, "2026-12-01")
    assert saved(window)
    replace_text(edit, "")  # Ctrl+A, Delete
    assert edit.text() == ""
    assert saved(window)
    assert stored(manager, window.record_id).planned_start is None


def test_invalid_entries_are_all_refused_at_once_and_nothing_is_saved(manager, qtbot):
    window = open_referral(manager, qtbot)
    before = stored(manager, window.record_id)
    replace_text(date_edit(window, "planned_start"), "2026-13-45")
    replace_text(date_edit(window, "next_follow_up"), "nästa vecka")
    replace_text(window.form.fields["hours_per_week"].widget, "-3")  # a domain rule, not a format
    assert not saved(window)
    assert "no such date" in window.form.error_text("planned_start")
    assert "Not a date" in window.form.error_text("next_follow_up")
    assert window.form.error_text("hours_per_week")  # shown together with the date errors
    # The typed text stays for the user to fix, and nothing was stored.
    assert date_edit(window, "planned_start").text() == "2026-13-45"
    assert date_edit(window, "next_follow_up").text() == "nästa vecka"
    after = stored(manager, window.record_id)
    assert (after.planned_start, after.next_follow_up, after.version) == (
        before.planned_start,
        before.next_follow_up,
        before.version,
    )
    # The cursor goes to the first field in the form that is wrong (hours come before dates).
    assert window.focusWidget() is window.form.fields["hours_per_week"].focus_widget()


def test_a_mistyped_date_is_shown_when_the_field_is_left(manager, qtbot):
    window = open_referral(manager, qtbot)
    edit = date_edit(window, "planned_end")
    edit.setFocus()
    replace_text(edit, "2026-02-30")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert "no such date" in window.form.error_text("planned_end")
    replace_text(edit, "2026-02-28")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert window.form.error_text("planned_end") == ""


def test_tab_leaves_every_date_field_after_one_press(manager, qtbot):
    window = open_referral(manager, qtbot)
    replace_text(date_edit(window, "actual_start"), "2026-12-01")  # one filled, the others empty
    replace_text(date_edit(window, "actual_end"), "")
    first = date_edit(window, DATES[0])
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for name, following in zip(DATES, DATES[1:], strict=False):
        edit = date_edit(window, name)
        assert QApplication.focusWidget() is edit, name
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is date_edit(window, following), f"one Tab from {name}"


def test_the_editor_opens_in_its_first_field_not_on_the_tab_bar(manager, qtbot):
    window = manager.open("referral", None)
    qtbot.waitUntil(lambda: window.focusWidget() is window.jobseeker.widget)
    assert window.focusWidget() is not window.tabs.tabBar()


def test_escape_closes_a_profile_like_ctrl_w_and_asks_about_changes(manager, qtbot, monkeypatch):
    window = open_referral(manager, qtbot)
    edit = date_edit(window, "planned_start")
    replace_text(edit, "2026-12-01")
    asked = answer(monkeypatch, Button.Cancel)
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "unsaved changes" in asked[0]
    assert window.isVisible()  # Cancel keeps it open with the typed date
    assert edit.text() == "2026-12-01"
    answer(monkeypatch, Button.Discard)
    with qtbot.waitSignal(window.destroyed):
        QTest.keyClick(edit, Qt.Key.Key_Escape)


def test_escape_without_changes_closes_at_once(manager, qtbot, monkeypatch):
    window = open_referral(manager, qtbot)
    asked = answer(monkeypatch, Button.Cancel)
    with qtbot.waitSignal(window.destroyed):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert asked == []


def test_date_of_birth_is_typed_in_the_jobseeker_profile(manager, qtbot):
    with session_scope(manager.sessions) as s:
        jobseeker_id = s.scalars(select(Jobseeker.id).order_by(Jobseeker.id)).first()
    window = manager.open("jobseeker", jobseeker_id)
    replace_text(window.form.fields["birth_date"].focus_widget(), "19880314")
    assert saved(window)
    with session_scope(manager.sessions) as s:
        assert s.get(Jobseeker, jobseeker_id).birth_date == date(1988, 3, 14)


# -- the Referrals filter bar -----------------------------------------------------------------


@pytest.fixture
def bar(qtbot):
    widget = FilterBar("referrals")
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def from_edit(bar: FilterBar):
    field = bar.widgets["date_from"]
    assert isinstance(field, DateInput)
    return field.lineEdit()


def test_the_from_filter_takes_typed_dates(bar, qtbot):
    edit = from_edit(bar)
    with qtbot.waitSignal(bar.changed):
        type_keys(edit, "2026-12-01")
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert bar.values() == {"date_from": date(2026, 12, 1)}
    with qtbot.waitSignal(bar.changed):
        replace_text(edit, "+14")
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert bar.values() == {"date_from": date.today() + timedelta(days=14)}
    with qtbot.waitSignal(bar.changed):
        replace_text(edit, "idag")
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert bar.values() == {"date_from": date.today()}
    assert edit.text() == date.today().isoformat()


def test_a_mistyped_filter_date_is_marked_and_filters_nothing(bar, qtbot):
    edit = from_edit(bar)
    type_keys(edit, "2026-12-01")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(bar.changed):
        replace_text(edit, "1 dec")
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert bar.values() == {}
    assert edit.text() == "1 dec"  # kept for the user to fix
    assert "Not a date" in edit.toolTip()
    with qtbot.waitSignal(bar.changed):
        replace_text(edit, "")
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert bar.values() == {}
    assert edit.toolTip() == ""


def test_tab_leaves_the_from_filter_in_one_press(bar, qtbot):
    edit = from_edit(bar)
    to_edit = bar.widgets["date_to"].lineEdit()
    for text in ("", "2026-12-01"):  # empty and filled alike
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        replace_text(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is to_edit, repr(text)


def test_the_filter_dates_are_named_for_screen_readers(bar):
    assert from_edit(bar).accessibleName() == "From"
    assert bar.widgets["date_to"].lineEdit().accessibleName() == "To"


def test_a_mistyped_birth_date_for_a_new_jobseeker_is_never_dropped(manager, qtbot):
    window = manager.open("referral", None)
    panel = window.new_jobseeker
    panel.open_button.setChecked(True)
    type_keys(panel.first_name.widget, "Åsa")
    type_keys(panel.last_name.widget, "Öberg")
    type_keys(panel.birth_date.focus_widget(), "1970-02-30")
    panel.create()
    assert "no such date" in panel.error.text() and panel.error.isVisible()
    settled(qtbot)
    with session_scope(manager.sessions) as s:
        assert s.scalar(select(Jobseeker.id).where(Jobseeker.first_name == "Åsa")) is None


def test_a_mistyped_note_date_is_refused_in_the_note_dialog(manager, qtbot):
    from asfdesk.db.models import Activity, Enterprise

    with session_scope(manager.sessions) as s:
        enterprise_id = s.scalars(select(Enterprise.id).order_by(Enterprise.id)).first()
    window = manager.open("enterprise", enterprise_id)
    from asfdesk.domain.enums import ActivityType
    from asfdesk.ui.profiles.timeline import NoteDialog

    dialog = NoteDialog(manager.sessions, {"enterprise_id": enterprise_id}, ActivityType.MEETING, window)
    qtbot.addWidget(dialog)
    replace_text(dialog.day.focus_widget(), "idag+")
    type_keys(dialog.text.widget, "Möte om handledarstöd")
    dialog.accept()
    assert "Not a date" in dialog.error.text()
    settled(qtbot)
    with session_scope(manager.sessions) as s:
        assert s.scalar(select(Activity.id).where(Activity.text == "Möte om handledarstöd")) is None
    replace_text(dialog.day.focus_widget(), "t")
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.accept()
