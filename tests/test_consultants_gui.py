"""§7 in the app: the Consultants dialog (add, rename, deactivate), "Who are you?" at first
start (remembered), new referrals default to the current consultant, "Only mine" in the lists,
and the status bar names the consultant. Typed with real key events, Å and Ö included."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox
from sqlalchemy import select

from asfdesk.db.models import Consultant, Enterprise, Jobseeker, Referral
from asfdesk.db.queries import ListRequest, count_rows
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ReferralKind
from asfdesk.entities.filters import set_current_login
from asfdesk.ui.consultants_dialog import SETTING, ConsultantsDialog, ask_who_if_unknown, remembered_login
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture(autouse=True)
def clean_state():
    app_settings().clear()
    set_current_login(None)
    yield
    wait_for_workers()
    app_settings().clear()
    set_current_login(None)


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        if ch == " ":
            key = Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def clear(widget) -> None:
    widget.selectAll()
    widget.del_()


def _names(dialog) -> list[tuple[str, str, str]]:
    t = dialog.table
    return [tuple(t.topLevelItem(i).text(c) for c in range(3)) for i in range(t.topLevelItemCount())]


def test_add_rename_deactivate_in_the_dialog(qtbot, sessions):
    dialog = ConsultantsDialog(sessions)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        pass  # the first read of the list arrives
    type_text(dialog.login_edit, "asa.ohman")
    type_text(dialog.name_edit, "Åsa Öhman")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert _names(dialog) == [("Åsa Öhman", "asa.ohman", "Active")]
    assert dialog.selected_login() == "asa.ohman"

    clear(dialog.name_edit)
    type_text(dialog.name_edit, "Åsa Öhman-Berg")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter renames the selected one
    assert _names(dialog) == [("Åsa Öhman-Berg", "asa.ohman", "Active")]

    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert _names(dialog) == [("Åsa Öhman-Berg", "asa.ohman", "Deactivated")]
    assert dialog.active_button.text().replace("&", "") == "Activate"
    with session_scope(sessions) as s:
        me = s.scalars(select(Consultant)).one()
        assert (me.username, me.name, me.active) == ("asa.ohman", "Åsa Öhman-Berg", False)


def test_a_taken_login_is_said_in_the_dialog(qtbot, sessions):
    with session_scope(sessions) as s:
        s.add(Consultant(username="anna", name="Anna Berg", active=True))
    dialog = ConsultantsDialog(sessions)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=5000)
    dialog.table.setCurrentItem(None)
    dialog.table.clearSelection()
    clear(dialog.login_edit)
    clear(dialog.name_edit)
    type_text(dialog.login_edit, "Anna")
    type_text(dialog.name_edit, "Anna Andersson")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in dialog.message.text(), timeout=5000)


def _window(qtbot, db_url, sessions) -> MainWindow:
    window = MainWindow(db_url, sessions, language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_start_on_an_empty_database_registers_the_user(qtbot, db_url, sessions):
    window = _window(qtbot, db_url, sessions)
    ask_who_if_unknown(window)
    qtbot.waitUntil(
        lambda: getattr(window, "who_dialog", None) is not None and window.who_dialog.isVisible(),
        timeout=5000,
    )
    who = window.who_dialog
    assert who.windowTitle() == "Who are you?"
    assert who.login_edit.text() == "tester"  # the session's login, offered
    type_text(who.name_edit, "Örjan Åberg")
    qtbot.keyClick(who.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user_label.text() == "Örjan Åberg", timeout=10_000)
    assert remembered_login() == "tester"
    with session_scope(sessions) as s:
        assert s.scalar(select(Consultant.name).where(Consultant.username == "tester")) == "Örjan Åberg"


def test_unknown_login_picks_a_consultant_who_then_owns_new_referrals(qtbot, db_url, sessions):
    with session_scope(sessions) as s:
        s.add_all(
            [
                Consultant(username="anna", name="Anna Berg", active=True),
                Consultant(username="bo", name="Bo Ek", active=True),
            ]
        )
    window = _window(qtbot, db_url, sessions)
    ask_who_if_unknown(window)
    qtbot.waitUntil(
        lambda: getattr(window, "who_dialog", None) is not None and window.who_dialog.isVisible(),
        timeout=5000,
    )
    who = window.who_dialog
    if db_url.startswith("postgresql"):
        # On a server you are your login (the server stamps it): register its name, pick no one.
        assert who.people.count() == 0 and who.login_edit.isReadOnly()
        login = who.login_edit.text()  # the session's login (the server's, outside the tests)
        who.name_edit.setFocus()
        qtbot.keyClicks(who.name_edit, "Åsa Öberg")
        qtbot.keyClick(who.name_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.user_label.text() == "Åsa Öberg", timeout=10_000)
        with session_scope(sessions) as s:
            assert s.scalar(select(Consultant.name).where(Consultant.username == login)) == "Åsa Öberg"
        return
    assert who.people.count() == 2
    who.people.setCurrentRow(1)  # "Bo Ek (bo)"
    qtbot.keyClick(who.people, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user_label.text() == "Bo Ek", timeout=10_000)
    assert app_settings().value(SETTING) == "bo"
    assert sessions.kw["info"]["user"] == "bo"  # stamps, defaults and "Only mine" follow
    # The next start (asfdesk.app: the session user is the remembered login) asks nothing.
    sessions.configure(info={"user": remembered_login()})
    window2 = _window(qtbot, db_url, sessions)
    ask_who_if_unknown(window2)
    qtbot.waitUntil(lambda: window2.user_label.text() == "Bo Ek", timeout=10_000)
    assert getattr(window2, "who_dialog", None) is None
    # A new referral defaults to the current consultant.
    profile = window2.profiles.open("referral", None)
    qtbot.waitUntil(lambda: profile.form.value("consultant_id") is not None, timeout=10_000)
    with session_scope(sessions) as s:
        bo = s.scalar(select(Consultant.id).where(Consultant.username == "bo"))
    assert profile.form.value("consultant_id") == bo
    window2.profiles.close_all()


def _referrals(sessions) -> tuple[int, int]:
    with session_scope(sessions) as s:
        anna = Consultant(username="anna", name="Anna Berg", active=True)
        bo = Consultant(username="bo", name="Bo Ek", active=True)
        ent = Enterprise(name="Kilafix")
        js = Jobseeker(first_name="Maria", last_name="Öhman")
        s.add_all([anna, bo, ent, js])
        s.flush()
        for owner in (anna, bo, bo):
            s.add(
                Referral(
                    jobseeker_id=js.id,
                    enterprise_id=ent.id,
                    consultant_id=owner.id,
                    kind=ReferralKind.WORK_TRAINING,
                    referred_on=date(2026, 1, 5),
                )
            )
        return anna.id, bo.id


def test_only_mine_filter_in_queries(sessions):
    _referrals(sessions)
    mine = ListRequest(filters={"mine": True})
    with session_scope(sessions) as s:
        set_current_login("anna")
        assert count_rows(s, "referrals", mine) == 1
        set_current_login("BO")
        assert count_rows(s, "referrals", mine) == 2
        set_current_login("nobody")
        assert count_rows(s, "referrals", mine) == 0
        assert count_rows(s, "referrals", ListRequest()) == 3
        assert count_rows(s, "enterprises", ListRequest(filters={"mine": True})) == 0


def test_only_mine_check_box_in_the_referrals_tab(qtbot, db_url, sessions):
    _referrals(sessions)
    set_current_login("bo")
    window = _window(qtbot, db_url, sessions)
    window.show_tabs()
    tab = window.tab("referrals")
    box = tab.filters.widgets["mine"]
    assert isinstance(box, QCheckBox) and box.text() == "Only mine"
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() == 3, timeout=10_000)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() == 2, timeout=10_000)


def test_on_a_shared_server_you_can_only_register_your_own_login(qtbot, sessions):
    from asfdesk.ui.consultants_dialog import WhoAreYouDialog

    others = [("hestr", "Helena Strand", True)]
    local = WhoAreYouDialog(sessions, others, "anna", server=False)
    server = WhoAreYouDialog(sessions, others, "anna", server=True)
    for dialog in (local, server):
        qtbot.addWidget(dialog)
    assert local.people.count() == 1 and not local.login_edit.isReadOnly()
    # The server stamps its login on every change: picking Helena would only be a wrong label.
    assert server.people.count() == 0 and server.login_edit.isReadOnly()
    assert server.login_edit.text() == "anna"
    assert "shared server" in server.intro.text()
