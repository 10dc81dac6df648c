"""Saving and deleting through asfdesk.services.records: one transaction, rules enforced."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from asfdesk.db.models import AccessLogEntry, Activity, Consultant, Contact, Enterprise, Jobseeker, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.errors import StillReferencedError, ValidationError
from asfdesk.i18n import set_language
from asfdesk.services import records


def test_delete_refuses_an_enterprise_with_referrals(demo_sessions):
    with pytest.raises(StillReferencedError) as refused:
        records.delete_record(demo_sessions, "enterprise", 1)
    assert str(refused.value).startswith("Kilafix has 2 referrals and cannot be deleted. Close it instead")
    set_language("sv")
    assert str(refused.value).startswith("Kilafix har 2 anvisningar och kan inte tas bort")
    with session_scope(demo_sessions) as s:
        assert s.get(Enterprise, 1) is not None


def test_delete_removes_an_enterprise_without_referrals_and_its_contacts(demo_sessions):
    new_id, _ = records.save_record(demo_sessions, "enterprise", None, None, {"name": "Tillfälligt AB"})
    records.save_record(demo_sessions, "contact", None, None, {"name": "Kim", "enterprise_id": new_id})
    records.delete_record(demo_sessions, "enterprise", new_id)
    with session_scope(demo_sessions) as s:
        assert s.get(Enterprise, new_id) is None
        assert s.scalars(select(Contact).where(Contact.enterprise_id == new_id)).all() == []


def test_delete_refuses_a_jobseeker_with_referrals_and_says_why(demo_sessions):
    with pytest.raises(StillReferencedError) as refused:
        records.delete_record(demo_sessions, "jobseeker", 1)
    assert "cannot be deleted while they exist" in str(refused.value)


def test_deleting_a_referral_is_logged(demo_sessions):
    records.delete_record(demo_sessions, "referral", 1)
    with session_scope(demo_sessions) as s:
        assert s.get(Referral, 1) is None
        log = s.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "delete")).one()
        pg = s.bind.dialect.name == "postgresql"  # there the server names the actor (migration 0003)
        actor = s.scalar(select(func.session_user())) if pg else "tester"
        assert (log.entity, log.entity_id, log.actor) == ("referral", 1, actor)


def test_save_with_an_old_version_is_a_conflict(demo_sessions):
    data = records.load_record(demo_sessions, "enterprise", 2)
    records.save_record(demo_sessions, "enterprise", 2, data.version, {"city": "Arbrå"})
    with pytest.raises(StaleDataError):
        records.save_record(demo_sessions, "enterprise", 2, data.version, {"city": "Kilafors"})
    with session_scope(demo_sessions) as s:
        assert s.get(Enterprise, 2).city == "Arbrå"


def test_invalid_value_stores_nothing(demo_sessions):
    with pytest.raises(ValidationError) as invalid:
        records.save_record(
            demo_sessions, "enterprise", 3, None, {"name": "Nytt namn", "org_number": "556016-0681"}
        )
    assert invalid.value.field == "org_number"
    with session_scope(demo_sessions) as s:
        assert s.get(Enterprise, 3).name == "Glädjeverket"


def test_validate_field_uses_the_domain_rules():
    assert records.validate_field("enterprise", "org_number", "556016-0680") is None
    assert "organisation number" in records.validate_field("enterprise", "org_number", "556016-0681")
    assert "valid e-mail" in records.validate_field("contact", "email", "not-an-address")


def test_jobseeker_birth_date_follows_the_personnummer(demo_sessions):
    new_id, _ = records.save_record(
        demo_sessions,
        "jobseeker",
        None,
        None,
        {"first_name": "Test", "last_name": "Person", "birth_date": None, "personnummer": "850709-9805"},
    )
    with session_scope(demo_sessions) as s:
        person = s.get(Jobseeker, new_id)
        assert person.personnummer == "198507099805"
        assert person.birth_date.isoformat() == "1985-07-09"


def test_activity_author_is_the_consultant_matching_the_session_user(demo_sessions):
    demo_sessions.kw["info"] = {"user": "mibe"}
    activity_id = records.add_activity(
        demo_sessions, "call", __import__("datetime").date.today(), "Ringde", enterprise_id=1
    )

    with session_scope(demo_sessions) as s:
        activity = s.get(Activity, activity_id)
        assert s.get(Consultant, activity.author_id).username == "mibe"
