"""The enterprise profile: save, validation by field, unsaved changes, conflicts, privacy, queries."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from asfdesk.db.models import Contact, Enterprise, Jobseeker, Referral
from asfdesk.db.queries import capacity
from asfdesk.db.session import session_scope
from asfdesk.ui import error_dialogs
from asfdesk.ui.profiles import base
from asfdesk.ui.profiles.dialogs import Button
from tests.test_profiles_support import (  # noqa: F401
    OFFSCREEN_NOISE,
    all_texts,
    answer,
    count_statements,
    load_list,
    manager_fixture,
    saved,
    type_into,
    wait_for_list,
)

pytestmark = OFFSCREEN_NOISE


def _name_in_db(sessions, enterprise_id: int) -> str:
    with session_scope(sessions) as s:
        return s.get(Enterprise, enterprise_id).name


def test_edit_and_save_updates_the_database_and_emits_saved(manager, qtbot):
    window = manager.open("enterprise", 1)
    type_into(qtbot, window.form.fields["name"].widget, "Kilafix Ekonomisk Förening")
    window.form.fields["service_ids"].set_value({1, 2})
    assert window.is_dirty()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(manager.saved) as blocker:  # Ctrl+S
        qtbot.keyClick(window.form.fields["city"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["enterprise", 1]
    assert _name_in_db(manager.sessions, 1) == "Kilafix Ekonomisk Förening"
    with session_scope(manager.sessions) as s:
        assert {c.id for c in s.get(Enterprise, 1).services} == {1, 2}
    assert not window.is_dirty()


def test_invalid_org_number_is_named_next_to_the_field_before_saving(manager, qtbot):
    window = manager.open("enterprise", 1)
    org = window.form.fields["org_number"].widget
    type_into(qtbot, org, "556016-0681")  # wrong check digit
    assert "not a valid organisation number" in window.form.error_text("org_number")
    # Fixing it clears the message while typing.
    type_into(qtbot, org, "556016-0680")
    assert window.form.error_text("org_number") == ""


def test_invalid_org_number_on_save_shows_error_and_saves_nothing(manager, qtbot):
    window = manager.open("enterprise", 1)
    window.form.fields["name"].widget.setText("Should not be stored")
    window.form.fields["org_number"].widget.setText("12345")
    with mock.patch.object(error_dialogs, "show_error") as dialog:
        assert not saved(window)
    dialog.assert_not_called()
    assert "ten digits" in window.form.error_text("org_number")
    assert _name_in_db(manager.sessions, 1) == "Kilafix"
    # The input is kept.
    assert window.form.value("org_number") == "12345"
    assert window.form.value("name") == "Should not be stored"


def test_free_places_are_counted_from_the_referrals_not_typed(manager, qtbot):
    window = manager.open("enterprise", 1)
    field = window.form.fields["free_places"].widget
    with session_scope(manager.sessions) as s:
        free = capacity.free_places(s, [1])[1]
    assert field.text() == str(free)
    assert field.isReadOnly()
    window.form.fields["name"].widget.setText("Kilafix AB")
    assert saved(window)  # the derived number is never written back


@pytest.mark.parametrize(
    ("choice", "stays_open", "stored"),
    [
        (Button.Cancel, True, "Kilafix"),
        (Button.Discard, False, "Kilafix"),
        (Button.Save, False, "Kilafix AB"),
    ],
)
def test_closing_a_changed_profile_asks(manager, qtbot, monkeypatch, choice, stays_open, stored):
    window = manager.open("enterprise", 1)
    type_into(qtbot, window.form.fields["name"].widget, "Kilafix AB")
    asked = answer(monkeypatch, choice)
    closed = window.close()
    assert len(asked) == 1 and "unsaved changes" in asked[0]
    if choice == Button.Save:  # the save runs in a worker; the window closes when it is stored
        assert not closed
        qtbot.waitUntil(lambda: manager.find("enterprise", 1) is None)
    else:
        assert closed is not stays_open
    assert (manager.find("enterprise", 1) is window) is stays_open
    assert _name_in_db(manager.sessions, 1) == stored


def test_closing_an_unchanged_profile_does_not_ask(manager, qtbot, monkeypatch):
    window = manager.open("enterprise", 1)
    asked = answer(monkeypatch, Button.Cancel)
    assert window.close()
    assert asked == []


def test_a_failed_save_on_close_keeps_the_window_open(manager, qtbot, monkeypatch):
    window = manager.open("enterprise", 1)
    window.form.fields["email"].widget.setText("not an address")
    answer(monkeypatch, Button.Save)
    assert not window.close()
    qtbot.waitUntil(lambda: not window.saving)  # the domain refuses the address in the worker
    assert window.form.error_text("email")
    assert manager.find("enterprise", 1) is window


def test_conflicting_save_shows_a_conflict_message_and_keeps_the_input(manager, qtbot):
    from PySide6.QtWidgets import QDialog

    from asfdesk.ui.profiles.conflict import ConflictDialog

    window = manager.open("enterprise", 1)
    type_into(qtbot, window.form.fields["name"].widget, "My edit")
    with session_scope(manager.sessions) as other:  # a colleague saves first
        other.get(Enterprise, 1).name = "Their edit"
    compared: list[list[tuple[str, str]]] = []  # the field-by-field comparison; Cancel keeps all

    def cancel(dialog):
        compared.append([(row.theirs, row.mine) for row in dialog.rows])
        return QDialog.DialogCode.Rejected

    with (
        mock.patch.object(error_dialogs, "show_error", return_value=False) as dialog,
        mock.patch.object(ConflictDialog, "exec", cancel),
    ):
        assert not saved(window)
        qtbot.waitUntil(lambda: bool(compared))
    dialog.assert_not_called()
    assert compared == [[("Their edit", "My edit")]]
    assert window.form.value("name") == "My edit"
    assert window.is_dirty()
    assert _name_in_db(manager.sessions, 1) == "Their edit"


def test_environment_fault_offers_retry_and_keeps_input(manager, qtbot, monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    calls = []
    real_save = base.records.save_record

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            busy = sqlite3.OperationalError("database is locked")
            busy.sqlite_errorcode, busy.sqlite_errorname = 5, "SQLITE_BUSY"
            raise OperationalError("UPDATE", {}, busy)
        return real_save(*args, **kwargs)

    monkeypatch.setattr(base.records, "save_record", flaky)
    window = manager.open("enterprise", 1)
    window.form.fields["city"].widget.setText("Arbrå")
    with mock.patch.object(error_dialogs, "show_error", return_value=True) as dialog:
        assert saved(window)
    assert dialog.call_args.kwargs == {"allow_retry": True}
    assert len(calls) == 2
    with session_scope(manager.sessions) as s:
        assert s.get(Enterprise, 1).city == "Arbrå"


def test_postcode_fills_city_and_municipality(manager, qtbot):
    window = manager.open("enterprise", None)
    type_into(qtbot, window.form.fields["postal_code"].widget, "77630")
    assert window.form.value("city") == "Hedemora"
    assert window.form.value("municipality_code") == "2083"
    # An auto-filled value follows a new postcode; a typed one is left alone.
    type_into(qtbot, window.form.fields["postal_code"].widget, "82143")
    assert window.form.value("city") == "Bollnäs"
    type_into(qtbot, window.form.fields["city"].widget, "Kilafors")
    type_into(qtbot, window.form.fields["postal_code"].widget, "77630")
    assert window.form.value("city") == "Kilafors"
    assert window.form.value("municipality_code") == "2083"


def test_new_enterprise_is_created(manager, qtbot):
    window = manager.open("enterprise", None)
    assert not window.tabs.isTabEnabled(1)
    window.form.fields["name"].widget.setText("Nya Kooperativet")
    window.form.fields["org_number"].widget.setText("5560160680")
    assert saved(window)
    with session_scope(manager.sessions) as s:
        created = s.get(Enterprise, window.record_id)
        assert created.org_number == "556016-0680"
    assert window.tabs.isTabEnabled(1)


PERSONNUMMER = re.compile(r"\d{8}-?(\d{4}|XXXX)|\d{12}")


def test_no_personnummer_anywhere_on_the_enterprise_profile(manager, qtbot):
    with session_scope(manager.sessions) as s:
        referral = s.scalars(select(Referral).where(Referral.enterprise_id == 1)).first()
        s.get(Jobseeker, referral.jobseeker_id).personnummer = "19850709-9805"
    window = manager.open("enterprise", 1)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    for related in (window.contacts, window.referrals, window.events, window.timeline):
        wait_for_list(qtbot, related)
    assert window.referrals.model.rowCount() >= 1
    texts = "\n".join(all_texts(window))
    assert "Kilafix" in texts  # the scan does see the profile's texts
    assert not PERSONNUMMER.search(texts), PERSONNUMMER.search(texts)


def test_referrals_tab_new_referral_is_prefilled(manager, qtbot):
    window = manager.open("enterprise", 2)
    window.tabs.setCurrentIndex(2)
    load_list(qtbot, window.referrals)
    assert window.referrals.model.rowCount() == 2
    window.new_referral()
    editors = [w for w in manager.windows() if w.entity == "referral"]
    assert len(editors) == 1
    assert editors[0].form.value("enterprise_id") == 2
    assert editors[0].enterprise.widget.text() == "GlösBolagret"


def test_contact_added_from_the_profile_appears_in_its_list(manager, qtbot):
    window = manager.open("enterprise", 3)
    load_list(qtbot, window.contacts)
    before = window.contacts.model.rowCount()
    window.contacts.new_contact()
    editor = next(w for w in manager.windows() if w.entity == "contact")
    editor.form.fields["name"].widget.setText("Ny Kontakt")
    assert saved(editor)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == before + 1)


def test_removing_a_contact(manager, qtbot, monkeypatch):
    window = manager.open("enterprise", 1)
    load_list(qtbot, window.contacts)
    before = window.contacts.model.rowCount()
    assert before >= 1
    window.contacts.view.selectRow(0)
    answer(monkeypatch, Button.Yes)
    with qtbot.waitSignal(manager.deleted):
        window.contacts.remove_selected()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == before - 1)


def test_activity_note_is_added_with_the_consultant_as_author(manager, qtbot, monkeypatch):
    from asfdesk.ui.profiles import timeline

    manager.sessions.kw["info"] = {"user": "hestr"}
    window = manager.open("enterprise", 4)
    load_list(qtbot, window.timeline)
    before = window.timeline.model.rowCount()

    def fill_and_accept(dialog):  # the user types and presses Save; the note is stored in a worker
        dialog.text.widget.setPlainText("Besök: gick igenom platserna")
        dialog.accept()

    monkeypatch.setattr(timeline.NoteDialog, "open", fill_and_accept)
    assert window.timeline.add_note()
    qtbot.waitUntil(lambda: window.timeline.dialog.activity_id is not None)
    qtbot.waitUntil(lambda: window.timeline.model.rowCount() == before + 1)
    texts = [window.timeline.model.index(r, 3).data() for r in range(window.timeline.model.rowCount())]
    assert "Helena Strand" in texts


def _add_contacts(sessions, enterprise_id: int, n: int) -> None:
    with session_scope(sessions) as s:
        s.add_all(Contact(name=f"Person {i:03d}", enterprise_id=enterprise_id) for i in range(n))


def test_opening_an_enterprise_runs_a_fixed_number_of_statements(manager, qtbot):
    sessions = manager.sessions
    _add_contacts(sessions, 6, 5)
    _add_contacts(sessions, 7, 50)
    manager.open("enterprise", 1)  # the first profile reads the shared lists (in its load's worker)
    assert manager.lookups.loaded and manager.lookups.consultants and manager.lookups.services
    counts = []
    for enterprise_id in (6, 7):
        with count_statements(sessions) as statements:
            window = manager.open("enterprise", enterprise_id)
            window.tabs.setCurrentWidget(window.contacts)  # the contacts load when their tab shows
            qtbot.waitUntil(lambda w=window: w.contacts.loaded and not w.contacts.model.pending)
        assert window.contacts.model.rowCount() >= (5 if enterprise_id == 6 else 50)
        counts.append(len(statements))
    assert counts[0] == counts[1]
    assert counts[0] == 4  # the enterprise, its services, its free places, one page of contacts


def test_reload_after_a_conflict_shows_the_other_version(manager, qtbot, monkeypatch):
    window = manager.open("enterprise", 2)
    window.form.fields["city"].widget.setText("Mitt Ort")
    with session_scope(manager.sessions) as other:
        other.get(Enterprise, 2).city = "Deras Ort"
    from PySide6.QtWidgets import QDialog

    from asfdesk.ui.profiles.conflict import ConflictDialog

    compared = []  # the user cancels the field-by-field comparison, then reloads
    monkeypatch.setattr(ConflictDialog, "exec", lambda _d: compared.append(1) or QDialog.DialogCode.Rejected)
    with mock.patch.object(error_dialogs, "show_error", return_value=False):
        assert not saved(window)
        qtbot.waitUntil(lambda: bool(compared))
    asked = answer(monkeypatch, Button.Cancel)
    assert not window.reload()
    assert window.form.value("city") == "Mitt Ort"
    answer(monkeypatch, Button.Discard)
    with qtbot.waitSignal(window.loadFinished):
        assert window.reload()
    assert len(asked) == 1
    assert window.form.value("city") == "Deras Ort"
    window.form.fields["city"].widget.setText("Mitt Ort")
    assert saved(window)
    with session_scope(manager.sessions) as s:
        assert s.get(Enterprise, 2).city == "Mitt Ort"


def test_print_contact_sheet_calls_the_print_module(manager, monkeypatch):
    print_export = pytest.importorskip("asfdesk.ui.print_export")
    calls = []
    monkeypatch.setattr(
        print_export.Output,
        "enterprise_sheets",
        lambda output, ids, mode: calls.append((output.parent, output.sessions, ids, mode)),
    )
    window = manager.open("enterprise", 5)
    assert window.print_button is not None and window.print_button.isEnabled()
    window.print_button.click()
    assert calls == [(window, manager.sessions, [5], "preview")]


def test_text_that_matches_no_municipality_is_refused_not_dropped(manager):
    window = manager.open("enterprise", 1)
    combo = window.form.fields["municipality_code"].widget
    combo.setEditText("Bollnä")
    assert not saved(window)
    assert "not in the list" in window.form.error_text("municipality_code")
    with session_scope(manager.sessions) as s:
        assert s.get(Enterprise, 1).municipality_code == "2183"
    combo.setEditText("Hedemora")
    assert saved(window)
    with session_scope(manager.sessions) as s:
        assert s.get(Enterprise, 1).municipality_code == "2083"
