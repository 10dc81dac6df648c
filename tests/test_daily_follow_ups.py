"""Issue 9 §8 in the GUI: the follow-up note sets the next date, ending asks for the end date,
"Mina uppföljningar" (Ctrl+U, Enter opens) and the overdue count in the status bar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from sqlalchemy import select

from asfdesk.db.models import Activity, Consultant, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ActivityType, Outcome, ReferralStatus
from asfdesk.ui.profiles.manager import ProfileManager
from asfdesk.ui.table.model import wait_for_workers
from asfdesk.ui.widgets.follow_ups import MyFollowUps, MyFollowUpsWindow
from tests.test_daily_dates import replace_text, type_keys
from tests.test_follow_ups import build
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, saved, settled  # noqa: F401

pytestmark = OFFSCREEN_NOISE
TODAY = date.today()
DAY = timedelta(days=1)


def open_ongoing(manager, qtbot):
    manager.sessions.kw["info"] = {"user": "SONO"}  # Sofia Nordin in the demo data
    with session_scope(manager.sessions) as s:
        referral_id = s.scalars(
            select(Referral.id).where(Referral.status == ReferralStatus.ONGOING).order_by(Referral.id)
        ).first()
    window = manager.open("referral", referral_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click(dialog, which=QDialogButtonBox.StandardButton.Ok) -> None:
    QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(which), Qt.MouseButton.LeftButton)


# -- the follow-up note --------------------------------------------------------------------------


def test_adding_a_follow_up_offers_the_next_date_and_names_the_writer(manager, qtbot):
    window = open_ongoing(manager, qtbot)
    window.tabs.setCurrentWidget(window.timeline)
    button = next(b for b in window.timeline.findChildren(QPushButton) if b.text() == "Add follow-up…")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.timeline.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == button.text().rstrip("…")  # "Add follow-up", not "Add note"
    qtbot.waitUntil(lambda: dialog.writer.text() == "Sofia Nordin")
    assert dialog.day.text() == TODAY.isoformat()
    text = dialog.text.widget
    text.setFocus()
    type_keys(text, "Samtal med handledaren på Glädjeverket: trivs, vill öka till 30 h.")
    QTest.keyClick(text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.next_date.lineEdit()  # one Tab to the next date
    type_keys(dialog.next_date.lineEdit(), "+14")
    with qtbot.waitSignal(window.saveFinished, timeout=15_000) as done:
        click(dialog)
    assert done.args == [True]
    assert not dialog.isVisible()
    settled(qtbot)
    with session_scope(manager.sessions) as s:
        referral = s.get(Referral, window.record_id)
        assert referral.next_follow_up == TODAY + 14 * DAY
        note = s.scalars(
            select(Activity).where(Activity.referral_id == window.record_id).order_by(Activity.id.desc())
        ).first()
        sofia = s.scalar(select(Consultant.id).where(Consultant.username == "sono"))
        assert (note.kind, note.occurred_on, note.author_id) == (ActivityType.FOLLOW_UP, TODAY, sofia)
        assert note.text.endswith("vill öka till 30 h.")
    assert window.form.fields["next_follow_up"].focus_widget().text() == (TODAY + 14 * DAY).isoformat()
    assert not window.is_dirty()


def test_a_follow_up_without_a_next_date_keeps_the_referral_as_it_is(manager, qtbot):
    window = open_ongoing(manager, qtbot)
    version = window.version
    window.timeline.add_note()
    dialog = window.timeline.dialog
    type_keys(dialog.text.widget, "Kort avstämning per telefon.")
    replace_text(dialog.next_date.lineEdit(), "")
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        click(dialog)
    settled(qtbot)
    assert window.version == version
    with session_scope(manager.sessions) as s:
        assert s.scalar(select(Activity.id).where(Activity.text == "Kort avstämning per telefon."))


def test_a_mistyped_next_date_keeps_the_dialog_open_and_stores_nothing(manager, qtbot):
    window = open_ongoing(manager, qtbot)
    window.timeline.add_note()
    dialog = window.timeline.dialog
    type_keys(dialog.text.widget, "Inget sparas")
    replace_text(dialog.day.lineEdit(), "2026-02-30")
    type_keys(dialog.next_date.lineEdit(), "om två veckor")
    click(dialog)
    assert dialog.isVisible()
    assert "no such date" in dialog.error.text() and "Not a date" in dialog.error.text()  # both
    settled(qtbot)
    with session_scope(manager.sessions) as s:
        assert s.scalar(select(Activity.id).where(Activity.text == "Inget sparas")) is None
    click(dialog, QDialogButtonBox.StandardButton.Cancel)


# -- ending a referral ------------------------------------------------------------------------------


def test_ending_a_referral_asks_for_the_actual_end_date(manager, qtbot):
    window = open_ongoing(manager, qtbot)
    window.status.set_value(ReferralStatus.ENDED)
    dialog = window.end_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.day.text() == TODAY.isoformat()  # today unless something else is typed
    replace_text(dialog.day.lineEdit(), "igår")
    click(dialog)
    assert not dialog.isVisible()
    assert window.form.value("actual_end") == TODAY - DAY
    window.outcome.set_value(Outcome.WORK)
    assert saved(window)
    with session_scope(manager.sessions) as s:
        referral = s.get(Referral, window.record_id)
        assert (referral.status, referral.actual_end) == (ReferralStatus.ENDED, TODAY - DAY)


def test_loading_an_ended_referral_does_not_ask(manager, qtbot):
    with session_scope(manager.sessions) as s:
        referral_id = s.scalars(select(Referral.id).where(Referral.status == ReferralStatus.ENDED)).first()
    window = manager.open("referral", referral_id)
    assert window.end_dialog is None


# -- Mina uppföljningar -------------------------------------------------------------------------------


@pytest.fixture
def due(sessions):
    ids = build(sessions, TODAY)
    return sessions, ids


def loaded_list(qtbot, sessions, user: str) -> MyFollowUps:
    sessions.kw["info"] = {"user": user}
    widget = MyFollowUps(sessions)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=15_000):
        widget.reload()
    return widget


def test_my_follow_ups_lists_the_consultants_due_referrals_oldest_first(qtbot, qtmodeltester, due):
    sessions, ids = due
    widget = loaded_list(qtbot, sessions, "BO")
    qtmodeltester.check(widget.model)
    rows = widget.model.rows
    assert [r.referral_id for r in rows] == [ids["older_overdue_bo"], ids["today_bo"]]
    first_date = widget.model.index(0, 0)
    assert first_date.data() == (TODAY - 10 * DAY).isoformat()
    assert first_date.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b3261e")  # overdue
    assert widget.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # due today
    assert widget.model.index(0, 1).data() == "Ali Hassan"
    assert widget.note.text().startswith("Referrals to follow up: 2, the oldest first.")


def test_enter_opens_the_chosen_referral(qtbot, due):
    sessions, ids = due
    widget = loaded_list(qtbot, sessions, "bo")
    widget.view.setFocus()
    with qtbot.waitSignal(widget.openRequested) as opened:
        QTest.keyClick(widget.view, Qt.Key.Key_Return)
    assert opened.args == [ids["older_overdue_bo"]]
    QTest.keyClick(widget.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(widget.openRequested) as opened:
        QTest.keyClick(widget.view, Qt.Key.Key_Enter)
    assert opened.args == [ids["today_bo"]]


def test_an_unknown_login_sees_everyones_follow_ups_and_is_told_so(qtbot, due):
    sessions, ids = due
    widget = loaded_list(qtbot, sessions, "tester")
    assert [r.referral_id for r in widget.model.rows] == [
        ids["older_overdue_bo"],
        ids["overdue_anna"],
        ids["today_bo"],
        ids["today_nobody"],
    ]
    assert "not registered as a consultant" in widget.note.text()


def test_nothing_due_says_so(qtbot, sessions):
    widget = loaded_list(qtbot, sessions, "tester")
    assert widget.model.rowCount() == 0
    assert widget.note.text().startswith("Nothing to follow up today.")


def test_the_window_opens_the_referral_profile_with_enter(qtbot, due, monkeypatch):
    sessions, ids = due
    sessions.kw["info"] = {"user": "anna"}
    manager = ProfileManager(sessions)
    window = MyFollowUpsWindow(sessions, lambda rid: manager.open("referral", rid))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.list.loading and window.list.model.rowCount() == 1, timeout=15_000)
    QTest.keyClick(window.list.view, Qt.Key.Key_Return)
    profile = manager.find("referral", ids["overdue_anna"])
    assert profile is not None
    qtbot.waitUntil(lambda: not profile.loading, timeout=15_000)
    window.activateWindow()  # back from the profile: Esc closes the list
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.list.view, Qt.Key.Key_Escape)
    assert not window.isVisible()
    wait_for_workers()
    assert manager.close_all()


# -- the main window: Ctrl+U and the overdue count -------------------------------------------------


@pytest.fixture
def main_window(qtbot, db_url, due):
    from tests.test_ui_main_window import make_window

    sessions, ids = due
    sessions.kw["info"] = {"user": "bo"}
    window = make_window(qtbot, db_url, sessions)
    yield window, ids
    wait_for_workers()
    qtbot.wait(10)


def test_the_status_bar_says_how_many_follow_ups_are_overdue(qtbot, main_window):
    window, _ids = main_window
    qtbot.waitUntil(lambda: "overdue" in window.statusBar().currentMessage(), timeout=15_000)
    assert window.statusBar().currentMessage().startswith("Follow-ups overdue: 1 ")  # Bo's, not Anna's


def test_ctrl_u_opens_my_follow_ups(qtbot, main_window):
    window, ids = main_window
    assert window.follow_ups_action.shortcut().toString() == "Ctrl+U"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)

    def shown():
        return [w for w in window.findChildren(MyFollowUpsWindow) if w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    follow_ups = shown()[0]
    qtbot.waitUntil(lambda: follow_ups.list.model.rowCount() == 2, timeout=15_000)
    assert follow_ups.list.model.rows[0].referral_id == ids["older_overdue_bo"]
    follow_ups.close()
