"""ProfileManager: one window per record, raised instead of duplicated; sizes remembered."""

from __future__ import annotations

from PySide6.QtCore import QSize

from asfdesk import entities
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, saved  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def test_opening_the_same_record_twice_gives_one_window(manager):
    first = manager.open("enterprise", 1)
    again = manager.open("enterprise", 1)
    other = manager.open("enterprise", 2)
    assert again is first
    assert other is not first
    assert manager.find("enterprise", 1) is first
    assert len(manager.windows()) == 2


def test_new_records_each_get_a_window(manager):
    a = manager.open("referral", None, enterprise_id=1)
    b = manager.open("referral", None, enterprise_id=1)
    assert a is not b
    assert len(manager.windows()) == 2


def test_every_entity_opens_on_demo_data(manager):
    for entity in entities.entity_keys():
        window = manager.open(entity, 1)
        assert window.isVisible()
        assert window.windowTitle()
        assert not window.is_dirty(), entity


def test_closing_forgets_the_window_and_remembers_its_size(manager, qtbot):
    window = manager.open("contact", 1)
    window.resize(QSize(633, 411))
    assert window.close()
    assert manager.find("contact", 1) is None
    reopened = manager.open("contact", 1)
    assert reopened is not window
    assert reopened.size() == QSize(633, 411)


def test_a_saved_new_record_is_found_by_its_id(manager, qtbot):
    window = manager.open("contact", None, enterprise_id=1)
    window.form.fields["name"].widget.setText("Kim Nyström")
    with qtbot.waitSignal(manager.saved) as blocker:
        assert saved(window)
    assert blocker.args == ["contact", window.record_id]
    assert manager.open("contact", window.record_id) is window


def test_ctrl_w_closes_the_profile(manager, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = manager.open("contact", 2)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.form.fields["name"].widget, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert manager.find("contact", 2) is None


def test_delete_from_the_profile_refuses_with_referrals_and_deletes_without(manager, qtbot, monkeypatch):
    from unittest import mock

    from asfdesk.domain.errors import StillReferencedError
    from asfdesk.ui import error_dialogs
    from asfdesk.ui.profiles.dialogs import Button
    from tests.test_profiles_support import answer

    asked = answer(monkeypatch, Button.Yes)
    window = manager.open("enterprise", 1)
    with mock.patch.object(error_dialogs, "show_error") as dialog, qtbot.waitSignal(window.deleteFinished):
        window.delete()
    assert isinstance(dialog.call_args.args[1], StillReferencedError)
    assert "Kilafix" in asked[0]
    assert manager.find("enterprise", 1) is window

    contact = manager.open("contact", 1)
    with qtbot.waitSignal(manager.deleted) as blocker:
        contact.delete()
    assert blocker.args == ["contact", 1]
    assert manager.find("contact", 1) is None
