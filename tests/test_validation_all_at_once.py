"""On save, every invalid field is shown at once, not only the first (issue 9 §9)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from asfdesk.db.models import Event, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import Outcome, ReferralStatus
from asfdesk.domain.errors import ValidationError, ValidationErrors
from asfdesk.services import records
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, saved  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def _referral(sessions, status: ReferralStatus) -> int:
    with session_scope(sessions) as s:
        return s.scalars(select(Referral.id).where(Referral.status == status).order_by(Referral.id)).first()


def test_the_model_reports_every_broken_rule(demo_sessions):
    referral_id = _referral(demo_sessions, ReferralStatus.SENT)
    with pytest.raises(ValidationErrors) as caught:
        records.save_record(
            demo_sessions,
            "referral",
            referral_id,
            None,
            {
                "planned_start": date(2026, 12, 10),
                "planned_end": date(2026, 12, 1),
                "actual_start": date(2026, 12, 10),
                "actual_end": date(2026, 12, 2),
                "outcome": Outcome.WORK,  # not ended yet
            },
        )
    assert [e.field for e in caught.value.errors] == ["planned_end", "actual_end", "outcome"]
    assert isinstance(caught.value, ValidationError)  # every ValidationError path handles it
    assert str(caught.value).count("\n") == 2  # the CLI and the importer print all three


def test_refused_field_values_are_reported_together(demo_sessions):
    with pytest.raises(ValidationErrors) as caught:
        records.save_record(
            demo_sessions, "enterprise", None, None, {"name": " ", "org_number": "556000-0000"}
        )
    assert {e.field for e in caught.value.errors} == {"name", "org_number"}


def test_event_rules_together(demo_sessions):
    start = datetime(2026, 12, 10, 9, tzinfo=ZoneInfo("Europe/Stockholm"))
    with pytest.raises(ValidationErrors) as caught, session_scope(demo_sessions) as s:
        s.add(
            Event(
                title="Nätverksträff",
                starts_at=start,
                ends_at=start - timedelta(hours=1),
                registration_deadline=date(2026, 12, 11),
            )
        )
        s.flush()
    assert [e.field for e in caught.value.errors] == ["ends_at", "registration_deadline"]


def test_the_editor_shows_every_refused_field_at_once(manager, qtbot):
    window = manager.open("referral", _referral(manager.sessions, ReferralStatus.SENT))
    for name, text in (
        ("planned_start", "2026-12-10"),
        ("planned_end", "2026-12-01"),
        ("actual_start", "2026-12-10"),
        ("actual_end", "2026-12-02"),
    ):
        editor = window.form.fields[name].focus_widget()
        editor.setFocus()
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not saved(window)
    assert "before the start" in window.form.error_text("planned_end")
    assert "before the start" in window.form.error_text("actual_end")
    assert window.form.error_text("planned_start") == ""
