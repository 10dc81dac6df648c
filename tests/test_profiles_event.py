"""The event editor: participants with statuses, capacity and deadline, organiser, times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from asfdesk.db.models import Event, EventParticipant
from asfdesk.db.session import session_scope
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import ParticipantStatus
from asfdesk.ui.profiles.participants import STATUS
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, saved  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def test_participants_are_added_from_contacts_and_consultants_and_saved(manager, qtbot):
    window = manager.open("event", None)
    window.form.fields["title"].widget.setText("Nätverksträff ASF")
    window.form.fields["starts_at"].set_value(datetime(2027, 3, 4, 9, 30, tzinfo=STOCKHOLM))
    window.capacity.widget.setText("2")
    picker = window.picker
    picker.setText("Helena")
    with qtbot.waitSignal(picker.suggestionsReady):
        picker.refresh_suggestions()
    picker._chosen(picker.suggestions.index(0, 0))
    picker.setText("Kilafix")
    with qtbot.waitSignal(picker.suggestionsReady):
        picker.refresh_suggestions()
    assert picker.suggestions.rowCount() >= 1
    picker._chosen(picker.suggestions.index(0, 0))
    model = window.participants
    assert model.rowCount() == 2
    assert [r["name"] for r in model.rows][0] == "Helena Strand"
    model.setData(model.index(0, STATUS), ParticipantStatus.REGISTERED.value)
    assert window.capacity_label.text().startswith("1 of 2 registered")
    assert saved(window)
    with session_scope(manager.sessions) as s:
        event = s.get(Event, window.record_id)
        assert event.starts_at == datetime(2027, 3, 4, 9, 30, tzinfo=STOCKHOLM)
        statuses = sorted(p.status.value for p in event.participants)
    assert statuses == ["invited", "registered"]


def test_status_change_and_removal_on_an_existing_event(manager):
    window = manager.open("event", 1)
    model = window.participants
    before = model.rowCount()
    assert before >= 2
    model.setData(model.index(0, STATUS), "attended")
    window.table.selectRow(1)
    window._remove_selected()
    assert window.is_dirty()
    assert saved(window)
    with session_scope(manager.sessions) as s:
        rows = s.scalars(select(EventParticipant).where(EventParticipant.event_id == 1)).all()
    assert len(rows) == before - 1
    assert ParticipantStatus.ATTENDED in {r.status for r in rows}


def test_capacity_and_deadline_warnings(manager):
    window = manager.open("event", 1)
    window.capacity.widget.setText("1")
    window.capacity.widget.textEdited.emit("1")
    window.deadline.set_value(date.today() - timedelta(days=1))
    window.participants.setData(window.participants.index(0, STATUS), "registered")
    window.participants.setData(window.participants.index(1, STATUS), "registered")
    warning = window.capacity_warning.text()
    assert "More participants are registered than there are places." in warning
    assert "The registration deadline has passed." in warning


def test_organiser_is_saved_as_partner_or_enterprise(manager):
    window = manager.open("event", 1)
    window.organiser.widget.choose(("enterprise", 2), "GlösBolagret")
    assert saved(window)
    with session_scope(manager.sessions) as s:
        event = s.get(Event, 1)
        assert (event.organiser_enterprise_id, event.organiser_partner_id) == (2, None)
    window.organiser.widget.choose(("partner", 1), "x")
    assert saved(window)
    with session_scope(manager.sessions) as s:
        event = s.get(Event, 1)
        assert (event.organiser_enterprise_id, event.organiser_partner_id) == (None, 1)


def test_end_before_start_is_shown_next_to_ends(manager):
    window = manager.open("event", 1)
    start = window.form.value("starts_at")
    window.form.fields["ends_at"].set_value(start - timedelta(hours=1))
    assert not saved(window)
    assert "before the start" in window.form.error_text("ends_at")


def test_organiser_text_without_a_choice_is_refused(manager):
    window = manager.open("event", 1)
    window.organiser.widget.setText("Tillväxtverk")
    window.organiser.widget.textEdited.emit("Tillväxtverk")
    assert not saved(window)
    assert "not chosen" in window.form.error_text("organiser")
