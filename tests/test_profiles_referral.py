"""The referral editor: workflow-aware status, outcome on ending, pickers, new jobseeker inline."""

from __future__ import annotations

from sqlalchemy import func, select

from asfdesk.db.models import AccessLogEntry, Jobseeker, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import Outcome, ReferralStatus
from asfdesk.domain.referral_rules import allowed_next
from tests.test_profiles_support import OFFSCREEN_NOISE, load_list, manager_fixture, saved  # noqa: F401

pytestmark = OFFSCREEN_NOISE
S = ReferralStatus


def _referral_with_status(sessions, status: ReferralStatus) -> int:
    with session_scope(sessions) as s:
        return s.scalars(select(Referral.id).where(Referral.status == status).order_by(Referral.id)).first()


def _offered(window) -> list[ReferralStatus]:
    return window.status.values()


def test_status_picker_offers_only_allowed_transitions(manager):
    for status in (S.DRAFT, S.SENT, S.ACCEPTED, S.ONGOING, S.ENDED):
        referral_id = _referral_with_status(manager.sessions, status)
        window = manager.open("referral", referral_id)
        assert _offered(window) == [status, *allowed_next(status)], status
        assert window.status.value() == status


def test_ending_without_outcome_is_refused_next_to_the_outcome(manager):
    referral_id = _referral_with_status(manager.sessions, S.ONGOING)
    window = manager.open("referral", referral_id)
    assert not window.outcome.widget.isEnabled()
    window.status.set_value(S.ENDED)
    assert window.outcome.widget.isEnabled()
    assert not saved(window)
    assert "required when a referral ends" in window.form.error_text("outcome")
    with session_scope(manager.sessions) as s:
        assert s.get(Referral, referral_id).status == S.ONGOING
    assert window.status.value() == S.ENDED  # input kept

    window.outcome.set_value(Outcome.WORK)
    assert saved(window)
    with session_scope(manager.sessions) as s:
        stored = s.get(Referral, referral_id)
        assert (stored.status, stored.outcome) == (S.ENDED, Outcome.WORK)
    assert _offered(window) == [S.ENDED]


def test_opening_a_referral_is_logged(manager):
    referral_id = _referral_with_status(manager.sessions, S.SENT)
    manager.open("referral", referral_id)
    with session_scope(manager.sessions) as s:
        rows = s.scalars(
            select(AccessLogEntry).where(
                AccessLogEntry.entity == "referral", AccessLogEntry.entity_id == referral_id
            )
        ).all()
        pg = s.bind.dialect.name == "postgresql"  # there the server names the actor (migration 0003)
        actor = s.scalar(select(func.session_user())) if pg else "tester"
    assert [r.action for r in rows] == ["view"]
    assert rows[0].actor == actor


def test_new_referral_prefilled_with_enterprise_and_jobseeker_from_the_picker(manager, qtbot):
    window = manager.open("referral", None, enterprise_id=3)
    assert window.enterprise.widget.text() == "Glädjeverket"
    picker = window.jobseeker.widget
    picker.setText("hass")
    with qtbot.waitSignal(picker.suggestionsReady):
        picker.refresh_suggestions()
    labels = [picker.suggestions.item(r).text() for r in range(picker.suggestions.rowCount())]
    assert labels == ["Ali Hassan (1988-03-14)"]
    with session_scope(manager.sessions) as s:  # the search showed personal data: logged
        log = s.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "search")).one()
        assert (log.entity, log.row_count) == ("jobseeker", 1)
    index = picker.suggestions.index(0, 0)
    picker._chosen(index)
    assert saved(window)
    with session_scope(manager.sessions) as s:
        created = s.get(Referral, window.record_id)
        assert created.enterprise_id == 3
        assert created.status == S.DRAFT
        assert s.get(Jobseeker, created.jobseeker_id).last_name == "Hassan"


def test_missing_jobseeker_is_reported(manager):
    window = manager.open("referral", None, enterprise_id=3)
    assert not saved(window)
    assert window.form.error_text("jobseeker_id") == "Jobseeker: must be chosen"


def test_new_jobseeker_warns_about_duplicates_before_creating(manager, qtbot):
    window = manager.open("referral", None, enterprise_id=1)
    panel = window.new_jobseeker
    with session_scope(manager.sessions) as s:
        existing = s.scalars(select(Jobseeker).where(Jobseeker.last_name == "Hassan")).one()
        first, born = existing.first_name, existing.birth_date
        before = s.scalar(select(func.count()).select_from(Jobseeker))
    panel.first_name.set_value(first)
    panel.last_name.set_value("Hasan")  # a spelling variant
    panel.birth_date.set_value(born)
    with qtbot.waitSignal(panel.checked):  # the check runs in a worker
        panel.create()
    assert not panel.warning.isHidden()
    assert "similar name, same birth date" in panel.warning.text()
    with session_scope(manager.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Jobseeker)) == before
    # Second press on the same input: the user has seen the warning and creates anyway.
    with qtbot.waitSignal(panel.created) as blocker:
        panel.create()
    new_id = blocker.args[0]
    assert window.jobseeker.value() == new_id
    with session_scope(manager.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Jobseeker)) == before + 1


def test_new_jobseeker_without_duplicates_is_created_at_once(manager, qtbot):
    window = manager.open("referral", None, enterprise_id=1)
    panel = window.new_jobseeker
    panel.first_name.set_value("Unika")
    panel.last_name.set_value("Nyberg-Åkesson")
    with qtbot.waitSignal(panel.created) as blocker:
        panel.create()
    assert blocker.args[0] is not None
    assert panel.warning.isHidden()
    assert window.jobseeker.widget.text() == "Unika Nyberg-Åkesson"


def test_follow_up_timeline_lists_the_referral_activities(manager, qtbot):
    with session_scope(manager.sessions) as s:
        referral_id = s.scalars(select(Referral.id).where(Referral.activities.any())).first()
    window = manager.open("referral", referral_id)
    window.tabs.setCurrentWidget(window.timeline)
    load_list(qtbot, window.timeline)
    assert window.timeline.model.rowCount() >= 1


def test_new_referral_defaults_to_the_consultant_using_the_app(manager):
    manager.sessions.kw["info"] = {"user": "SONO"}
    window = manager.open("referral", None, jobseeker_id=2)
    assert window.form.fields["consultant_id"].widget.currentText() == "Sofia Nordin"
    assert window.form.value("jobseeker_id") == 2
