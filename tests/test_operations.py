"""The operation layer (asfdesk.ui.operations) on real databases: reads and writes run off the UI
thread, failures are classified once (retry, validation next to the field), every write
publishes its changes on one signal that tabs and open profiles follow, and personal data whose
access cannot be logged is never shown (issue 8 §7)."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from unittest import mock

import pytest
from shiboken6 import isValid
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from asfdesk.db.models import AccessLogEntry, Enterprise
from asfdesk.db.queries import profiles as q
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.domain.errors import ValidationError
from asfdesk.services import records
from asfdesk.ui import error_dialogs
from asfdesk.ui.operations import (
    AccessNotLogged,
    ChangeKind,
    ChangeRecorder,
    Changes,
    QueryOp,
    WriteOp,
    changes,
    publish,
)
from asfdesk.ui.profiles.pickers import KEY_ROLE, PickerEdit
from asfdesk.ui.profiles.referral import log_jobseeker_search
from asfdesk.ui.table.model import PagedTableModel, wait_for_workers
from asfdesk.ui.workers import busy_tracker
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, saved  # noqa: F401

pytestmark = OFFSCREEN_NOISE


@pytest.fixture(autouse=True)
def _drain(qtbot, monkeypatch):
    """No modal dialog may block the run; every operation has ended before the next test."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(box):
        raise AssertionError(f"unexpected modal dialog: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    yield
    wait_for_workers()
    qtbot.waitUntil(lambda: busy_tracker().running == 0, timeout=15_000)


@contextmanager
def statement_threads(sessions):
    """The threads every SQL statement ran on while the block runs."""
    engine = sessions.kw["bind"]
    threads: list[threading.Thread] = []

    def listener(*_args):
        threads.append(threading.current_thread())

    event.listen(engine, "before_cursor_execute", listener)
    try:
        yield threads
    finally:
        event.remove(engine, "before_cursor_execute", listener)


@pytest.fixture
def read_only_sessions(db_url, demo_sessions):
    """The demo database opened read-only (a read-only file / a read-only PostgreSQL session)."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(f"sqlite:///file:{url.database}?mode=ro&uri=true")
    else:
        engine = create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})
    yield make_session_factory(engine, user="tester")
    wait_for_workers()
    engine.dispose()


def _access_rows(sessions, entity: str) -> int:
    with session_scope(sessions) as s:
        return s.scalar(
            select(func.count()).select_from(AccessLogEntry).where(AccessLogEntry.entity == entity)
        )


def _busy_error() -> OperationalError:
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode, busy.sqlite_errorname = 5, "SQLITE_BUSY"
    return OperationalError("UPDATE", {}, busy)


# -- the change set ----------------------------------------------------------------------------


def test_a_change_set_is_plain_data_and_answers_by_entity_and_kind():
    recorder = ChangeRecorder("profile:x")
    recorder.created("enterprise", 7)
    recorder.updated("enterprise", 3, 4)
    recorder.deleted("contact", 9)
    recorder.updated("event")  # nothing: no ids
    built = recorder.build()
    assert built.source == "profile:x"
    assert built.ids("enterprise") == {3, 4, 7}
    assert built.ids("enterprise", ChangeKind.UPDATED) == {3, 4}
    assert built.touches("contact") and not built.touches("event")
    assert not Changes() and Changes.of("referral", ChangeKind.DELETED, 1)
    hash(built)  # frozen: safe to hand to any thread or to a future network publisher


# -- running off the UI thread ----------------------------------------------------------------


def test_a_query_runs_in_a_worker_and_answers_on_the_ui_thread(qtbot, sessions):
    seen = {}

    def op(session):
        seen["worker"] = threading.current_thread()
        return session.scalar(select(func.count()).select_from(Enterprise))

    with statement_threads(sessions) as threads:
        QueryOp(parent=None, sessions=sessions, op=op, success=lambda n: seen.setdefault("n", n)).finished(
            lambda ok: seen.setdefault("ok", ok)
        ).run_in_background()
        qtbot.waitUntil(lambda: "ok" in seen)
    assert seen["ok"] is True and seen["n"] == 0
    assert seen["worker"] is not threading.main_thread()
    assert threads and threading.main_thread() not in threads


def test_a_write_publishes_what_it_changed_once(qtbot, sessions):
    published: list[Changes] = []
    changes().changed.connect(published.append)

    def op(sessions, recorded):
        new_id, _version = records.save_record(sessions, "enterprise", None, None, {"name": "Nya Verket"})
        recorded.created("enterprise", new_id)
        return new_id

    result = {}
    try:
        with qtbot.waitSignal(changes().changed):
            WriteOp(
                parent=None,
                sessions=sessions,
                op=op,
                success=lambda i: result.setdefault("id", i),
                source="t",
            ).run_in_background()
    finally:
        changes().changed.disconnect(published.append)
    assert len(published) == 1
    assert published[0].ids("enterprise", ChangeKind.CREATED) == {result["id"]}
    assert published[0].source == "t"


def test_an_environment_fault_offers_retry_and_runs_the_same_op_again(qtbot, sessions):
    calls, outcome = [], []

    def op(sessions, recorded):
        calls.append(1)
        if len(calls) == 1:
            raise _busy_error()
        return "stored"

    with mock.patch.object(error_dialogs, "show_error", return_value=True) as dialog:
        WriteOp(parent=None, sessions=sessions, op=op).finished(outcome.append).run_in_background()
        qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == [True] and len(calls) == 2
    assert dialog.call_args.kwargs == {"allow_retry": True}


def test_a_validation_error_goes_to_the_form_not_to_a_dialog(qtbot, sessions):
    shown, outcome = [], []

    def op(sessions, recorded):
        return records.save_record(sessions, "enterprise", None, None, {"name": "X", "org_number": "12"})

    with mock.patch.object(error_dialogs, "show_error") as dialog:
        WriteOp(parent=None, sessions=sessions, op=op).on_validation(shown.append).finished(
            outcome.append
        ).run_in_background()
        qtbot.waitUntil(lambda: bool(outcome))
    dialog.assert_not_called()
    assert outcome == [False] and isinstance(shown[0], ValidationError) and shown[0].field == "org_number"


def test_a_closed_widget_gets_no_answer_but_the_change_is_still_published(qtbot, sessions):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    answered, published = [], []
    changes().changed.connect(published.append)
    gate = threading.Event()

    def op(sessions, recorded):
        gate.wait(10)
        recorded.updated("enterprise", 1)

    try:
        WriteOp(parent=widget, sessions=sessions, op=op, success=answered.append).run_in_background()
        widget.deleteLater()
        qtbot.waitUntil(lambda: not isValid(widget))
        gate.set()
        qtbot.waitUntil(lambda: bool(published))
    finally:
        changes().changed.disconnect(published.append)
    assert answered == []


# -- personal data that cannot be logged is not shown (issue 8 §7) ----------------------------


def test_a_list_of_jobseekers_on_a_read_only_database_is_refused(qtbot, read_only_sessions, demo_sessions):
    from asfdesk.ui.table.tab import EntityTab

    model = PagedTableModel(read_only_sessions, "referrals")
    with qtbot.waitSignal(model.loadFailed, timeout=15_000) as blocker:
        model.refresh()
    assert isinstance(blocker.args[0], AccessNotLogged)
    assert model.rowCount() == 0
    assert _access_rows(demo_sessions, "referrals") == 0

    tab = EntityTab(read_only_sessions, "referrals")
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.failure is not None, timeout=15_000)
    assert not tab.empty_label.isHidden()
    assert "access log" in tab.empty_label.text() and tab.model.rowCount() == 0

    # A list without personal data needs no log entry and still shows.
    enterprises = PagedTableModel(read_only_sessions, "enterprises")
    with qtbot.waitSignal(enterprises.refreshed, timeout=15_000):
        enterprises.refresh()
    assert enterprises.rowCount() == 7


def test_the_jobseeker_picker_logs_once_per_lookup_and_shows_nothing_unlogged(
    qtbot, demo_sessions, read_only_sessions
):
    picker = PickerEdit(q.jobseeker_suggestions, sessions=demo_sessions, audit=log_jobseeker_search)
    qtbot.addWidget(picker)
    for text in ("ha", "has", "hass"):  # pauses while typing one name
        picker.setText(text)
        with qtbot.waitSignal(picker.suggestionsReady):
            picker.refresh_suggestions()
    assert [picker.suggestions.item(r).text() for r in range(picker.suggestions.rowCount())] == [
        "Ali Hassan (1988-03-14)"
    ]
    assert _access_rows(demo_sessions, "jobseeker") == 1
    picker.choose(picker.suggestions.item(0).data(KEY_ROLE), "Ali Hassan")
    picker.setText("berg")  # a new lookup after a choice is logged again
    with qtbot.waitSignal(picker.suggestionsReady):
        picker.refresh_suggestions()
    assert _access_rows(demo_sessions, "jobseeker") == 2

    refused = PickerEdit(q.jobseeker_suggestions, sessions=read_only_sessions, audit=log_jobseeker_search)
    qtbot.addWidget(refused)
    refused.setText("hass")
    with qtbot.waitSignal(refused.suggestionsReady):
        refused.refresh_suggestions()
    texts = [refused.suggestions.item(r).text() for r in range(refused.suggestions.rowCount())]
    assert len(texts) == 1 and "Hassan" not in texts[0] and "access log" in texts[0]
    assert refused.key is None


# -- tabs and profiles follow the change signal -----------------------------------------------


def test_a_tab_re_reads_a_changed_row_in_a_worker_without_a_reset(qtbot, demo_sessions):
    model = PagedTableModel(demo_sessions, "enterprises")
    with qtbot.waitSignal(model.refreshed):
        model.refresh()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    row = names.index("Kilafix")
    record_id = model.record_id(row)
    with session_scope(demo_sessions) as s:
        s.get(Enterprise, record_id).name = "Kilafix Ekonomisk"
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with statement_threads(demo_sessions) as threads, qtbot.waitSignal(model.dataChanged):
        publish(Changes.of("enterprise", ChangeKind.UPDATED, record_id))
    assert model.index(row, 0).data() == "Kilafix Ekonomisk"
    assert resets == [] and threads and threading.main_thread() not in threads

    with qtbot.waitSignal(model.refreshed):  # a deleted record: the list is read again
        publish(Changes.of("enterprise", ChangeKind.DELETED, 999_999))


def test_an_open_profile_follows_a_change_made_elsewhere_or_warns(manager, qtbot):
    window = manager.open("enterprise", 2)
    with session_scope(manager.sessions) as s:
        s.get(Enterprise, 2).city = "Deras Ort"
    with qtbot.waitSignal(window.loadFinished):
        publish(Changes.of("enterprise", ChangeKind.UPDATED, 2))  # e.g. another user, live
    assert window.form.value("city") == "Deras Ort"

    window.form.fields["city"].widget.setText("Min Ort")
    publish(Changes.of("enterprise", ChangeKind.UPDATED, 2))
    assert window.form.value("city") == "Min Ort"  # what the user typed is never replaced
    assert not window.changed_bar.isHidden() and "Reload" in window.changed_bar.text()

    published: list[Changes] = []
    changes().changed.connect(published.append)
    try:
        assert saved(window)  # its own save does not make it reload itself
    finally:
        changes().changed.disconnect(published.append)
    assert published[0].source == window.source and not window.loading


def test_opening_and_saving_a_profile_runs_no_statement_on_the_ui_thread(manager, qtbot):
    with statement_threads(manager.sessions) as threads:
        window = manager.open("enterprise", 2)  # the first editor reads the shared reference lists too
        assert manager.lookups.loaded and window.form.fields["responsible_consultant_id"].values()[1:]
        window.form.fields["city"].widget.setText("Avesta")
        assert saved(window)
        manager.open("referral", 1)
        new = manager.open("referral", None, enterprise_id=3)  # defaults and picker labels too
    assert threads and threading.main_thread() not in threads
    assert new.enterprise.widget.text() == "Glädjeverket" and not new.is_dirty()


def test_a_profile_shows_a_busy_state_while_it_loads(manager, qtbot):
    gate = threading.Event()
    real = records.load_record

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    with mock.patch.object(records, "load_record", slow):
        from asfdesk.ui.profiles.manager import ProfileManager

        plain = ProfileManager(manager.sessions)
        window = plain.open("enterprise", 3)
        assert window.loading and not window.form.isEnabled() and not window.save_button.isEnabled()
        gate.set()
        qtbot.waitUntil(lambda: not window.loading)
    assert window.form.isEnabled() and window.form.value("name")
    window.close()


def test_deleting_several_rows_is_one_operation_off_the_ui_thread(qtbot, db_url, demo_sessions, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from asfdesk.db.models import Event
    from asfdesk.ui.main_window import MainWindow

    window = MainWindow(db_url, demo_sessions, language="en")
    qtbot.addWidget(window)
    tab = window.tab("events")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.model.loading)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with session_scope(demo_sessions) as s:
        ids = list(s.scalars(select(Event.id).order_by(Event.id)))[:2]
    published: list[Changes] = []
    changes().changed.connect(published.append)
    try:
        with (
            statement_threads(demo_sessions) as threads,
            qtbot.waitSignal(tab.model.refreshed, timeout=15_000),
        ):
            window.delete_records("events", [(i, f"event {i}") for i in ids])
    finally:
        changes().changed.disconnect(published.append)
    assert len(published) == 1 and published[0].ids("event", ChangeKind.DELETED) == set(ids)
    assert tab.model.rowCount() == 1
    assert threads and threading.main_thread() not in threads
    with session_scope(demo_sessions) as s:
        assert s.scalar(select(func.count()).select_from(Event)) == 1


# -- the last widgets moved onto the operation layer (issue 7 §2) ------------------------------


def test_a_duplicate_unique_value_is_shown_next_to_its_field(manager, qtbot):
    """An IntegrityError on save is classified as a validation error on the field it broke."""
    with session_scope(manager.sessions) as s:
        taken = s.get(Enterprise, 1).org_number
    assert taken
    window = manager.open("enterprise", None)
    window.form.fields["name"].widget.setText("Dubblett AB")
    window.form.fields["org_number"].widget.setText(taken)
    with mock.patch.object(error_dialogs, "show_error") as dialog:
        assert not saved(window)
    dialog.assert_not_called()
    assert "already exists" in window.form.error_text("org_number")
    assert window.form.fields["org_number"].widget.text() == taken  # the input is kept


def test_a_refusal_is_scrubbed_like_every_error_dialog():
    from asfdesk.ui.operations import refusal_box

    box = refusal_box(None, "Cannot delete 19121212-1212: it is still referred to.")
    assert "19121212-1212" not in box.text() and "[redacted]" in box.text()


def test_a_worker_only_function_refuses_the_ui_thread(qtbot):
    from asfdesk.ui.operations import worker_only

    @worker_only
    def reach_the_database() -> str:
        return "read"

    with pytest.raises(RuntimeError, match="QueryOp"):
        reach_the_database()
    answers: list[str] = []
    QueryOp(
        parent=None, sessions=None, op=lambda _none: reach_the_database(), success=answers.append
    ).run_in_background()
    qtbot.waitUntil(lambda: answers == ["read"])


def test_related_lists_follow_the_change_signal_not_the_manager(manager, qtbot):
    from tests.test_profiles_support import load_list

    window = manager.open("enterprise", 1)
    load_list(qtbot, window.referrals)
    with qtbot.assertNotEmitted(window.referrals.model.modelReset, wait=100):
        manager.saved.emit("referral", 1)  # a profile's own signal no longer drives the lists
    with qtbot.waitSignal(window.referrals.model.modelReset):
        publish(Changes.of("referral", ChangeKind.UPDATED, 1))  # e.g. the main window, another user
    with qtbot.assertNotEmitted(window.referrals.model.modelReset, wait=100):
        publish(Changes.of("partner_organisation", ChangeKind.UPDATED, 1))  # not shown there


def test_related_pages_and_a_removed_contact_run_off_the_ui_thread(manager, qtbot, monkeypatch):
    from asfdesk.ui.profiles.dialogs import Button
    from tests.test_profiles_support import answer, load_list

    window = manager.open("enterprise", 1)
    with statement_threads(manager.sessions) as threads:
        for related in (window.contacts, window.referrals, window.events, window.timeline):
            load_list(qtbot, related)
        before = window.contacts.model.rowCount()
        window.contacts.view.selectRow(0)
        answer(monkeypatch, Button.Yes)
        window.contacts.remove_selected()
        qtbot.waitUntil(
            lambda: window.contacts.model.rowCount() == before - 1 and not window.contacts.model.pending
        )
    assert threads and threading.main_thread() not in threads
