"""§5: a jobseeker created in the referral editor is removed again when that referral is
discarded ("Spara inte"), unless a referral uses it; one the referral keeps stays."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from asfdesk.db.models import AccessLogEntry, Enterprise, Jobseeker, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ReferralKind
from asfdesk.services.jobseekers import remove_unreferenced
from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.table.model import wait_for_workers
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, saved  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def _count(sessions, last_name: str) -> int:
    with session_scope(sessions) as s:
        return s.scalar(select(func.count()).select_from(Jobseeker).where(Jobseeker.last_name == last_name))


def test_service_removes_only_unreferenced(sessions):
    with session_scope(sessions) as s:
        lone, used = (
            Jobseeker(first_name="Åsa", last_name="Öhman"),
            Jobseeker(first_name="Bo", last_name="Ek"),
        )
        ent = Enterprise(name="Kilafix")
        s.add_all([lone, used, ent])
        s.flush()
        s.add(
            Referral(
                jobseeker_id=used.id,
                enterprise_id=ent.id,
                kind=ReferralKind.WORK_TRAINING,
                referred_on=date(2026, 1, 5),
            )
        )
        ids = (lone.id, used.id)
    assert remove_unreferenced(sessions, ids) == [ids[0]]
    with session_scope(sessions) as s:
        assert s.scalars(select(Jobseeker.id).order_by(Jobseeker.id)).all() == [ids[1]]
        deleted = s.scalar(
            select(func.count())
            .select_from(AccessLogEntry)
            .where(AccessLogEntry.action == "delete", AccessLogEntry.entity == "jobseeker")
        )
        assert deleted == 1


def _create_in_editor(qtbot, manager, last_name: str):
    window = manager.open("referral", None, enterprise_id=1)
    panel = window.new_jobseeker
    panel.first_name.set_value("Unika")
    panel.last_name.set_value(last_name)
    with qtbot.waitSignal(panel.created, timeout=10_000) as blocker:
        panel.create()
    assert _count(manager.sessions, last_name) == 1
    return window, blocker.args[0]


def test_discarding_the_referral_removes_the_new_jobseeker(manager, qtbot, monkeypatch):
    window, _new_id = _create_in_editor(qtbot, manager, "Nyberg-Åkesson")
    assert window.is_dirty()
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Discard)  # "Spara inte"
    assert window.close()
    qtbot.waitUntil(lambda: _count(manager.sessions, "Nyberg-Åkesson") == 0, timeout=10_000)
    wait_for_workers()


def test_cancel_keeps_it_and_a_saved_referral_keeps_its_jobseeker(manager, qtbot, monkeypatch):
    window, new_id = _create_in_editor(qtbot, manager, "Östberg")
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Cancel)
    assert not window.close()
    assert window.created_jobseekers == [new_id]
    assert saved(window)
    window.close()
    wait_for_workers()
    qtbot.wait(50)
    wait_for_workers()
    assert _count(manager.sessions, "Östberg") == 1


def _type(widget, text: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def test_duplicate_warning_offers_use_this_person(manager, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    with session_scope(manager.sessions) as s:
        existing = Jobseeker(first_name="Åsa", last_name="Öhman", birth_date=date(1970, 10, 3))
        s.add(existing)
        s.flush()
        existing_id = existing.id
    before = _count(manager.sessions, "Öhman")
    window = manager.open("referral", None, enterprise_id=1)
    panel = window.new_jobseeker
    panel.open_button.setChecked(True)
    _type(panel.first_name.widget, "Åsa")
    _type(panel.last_name.widget, "Öhman")
    panel.birth_date.set_value(date(1970, 10, 3))
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert [b.text() for b in panel.use_person.buttons] == ["Use this person: Åsa Öhman (1970-10-03)"]
    qtbot.mouseClick(panel.use_person.buttons[0], Qt.MouseButton.LeftButton)
    assert window.jobseeker.value() == existing_id
    assert window.jobseeker.widget.text() == "Åsa Öhman (1970-10-03)"
    assert _count(manager.sessions, "Öhman") == before  # nobody new
    assert window.created_jobseekers == []  # an existing person is never removed on discard
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Discard)
    window.close()
    wait_for_workers()
    assert _count(manager.sessions, "Öhman") == before
