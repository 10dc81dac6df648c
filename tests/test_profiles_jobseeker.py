"""The jobseeker profile: access logged on open, personnummer masked until shown, protected identity."""

from __future__ import annotations

from sqlalchemy import func, select

from asfdesk.db.models import AccessLogEntry, Jobseeker
from asfdesk.db.session import session_scope
from tests.test_profiles_support import OFFSCREEN_NOISE, load_list, manager_fixture, saved  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def _set_personnummer(sessions, jobseeker_id: int, number: str) -> None:
    with session_scope(sessions) as s:
        s.get(Jobseeker, jobseeker_id).personnummer = number


def test_opening_a_jobseeker_is_logged(manager):
    manager.open("jobseeker", 2)
    with session_scope(manager.sessions) as s:
        rows = s.scalars(
            select(AccessLogEntry).where(AccessLogEntry.entity == "jobseeker", AccessLogEntry.entity_id == 2)
        ).all()
        pg = s.bind.dialect.name == "postgresql"  # there the server names the actor (migration 0003)
        actor = s.scalar(select(func.session_user())) if pg else "tester"
    assert [(r.action, r.actor) for r in rows] == [("view", actor)]


def test_personnummer_is_masked_until_shown(manager):
    _set_personnummer(manager.sessions, 1, "198507099805")
    window = manager.open("jobseeker", 1)
    field = window.form.fields["personnummer"]
    assert field.edit.text() == "19850709-XXXX"
    assert field.edit.isReadOnly()
    field.toggle.setChecked(True)
    assert field.edit.text() == "19850709-9805"
    assert not field.edit.isReadOnly()
    assert not window.is_dirty()  # showing is not editing


def test_invalid_personnummer_is_shown_next_to_the_field_and_not_saved(manager):
    window = manager.open("jobseeker", 3)
    field = window.form.fields["personnummer"]
    field.edit.setText("19850709-9806")
    assert not saved(window)
    assert "not a valid personnummer" in window.form.error_text("personnummer")
    with session_scope(manager.sessions) as s:
        assert s.get(Jobseeker, 3).personnummer is None


def test_saving_a_jobseeker_is_logged_as_update(manager):
    window = manager.open("jobseeker", 4)
    window.form.fields["phone"].widget.setText("070-174 06 99")
    assert saved(window)
    with session_scope(manager.sessions) as s:
        actions = s.scalars(
            select(AccessLogEntry.action)
            .where(AccessLogEntry.entity == "jobseeker", AccessLogEntry.entity_id == 4)
            .order_by(AccessLogEntry.id)
        ).all()
        assert s.get(Jobseeker, 4).phone == "070-174 06 99"
    assert actions == ["view", "update"]


def test_protected_identity_shows_a_banner_and_hides_the_address(manager):
    window = manager.open("jobseeker", 5)
    address = window.form.fields["street_address"].widget
    assert window.banner.isHidden()
    assert address.isVisible()
    window.form.fields["protected_identity"].widget.setChecked(True)
    assert not window.banner.isHidden()
    assert "Protected personal data" in window.banner.text()
    assert not address.isVisible()


def test_referrals_of_the_jobseeker_are_listed_and_open(manager, qtbot):
    window = manager.open("jobseeker", 1)
    window.tabs.setCurrentWidget(window.referrals)
    load_list(qtbot, window.referrals)
    model = window.referrals.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Kilafix"
    window.referrals.activated.emit(model.record_id(0))
    assert manager.find("referral", model.record_id(0)) is not None
