"""Optimistic locking: a lost update on a shared database raises StaleDataError (both backends)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm.exc import StaleDataError

from asfdesk.db.models import Base, ChangeRecord, Consultant, Enterprise, Jobseeker, Referral
from asfdesk.db.session import make_session_factory, session_scope


def stamped(session, claimed: str) -> str:
    """Who updated_by names: the session's user on SQLite, the server's login on PostgreSQL (0004)."""
    if session.bind.dialect.name == "postgresql":
        return session.scalar(text("SELECT session_user"))
    return claimed


@pytest.fixture
def enterprise_id(sessions) -> int:
    with session_scope(sessions) as s:
        ent = Enterprise(name="Kilafix", org_number="769612-0018", municipality_code="2183")
        s.add(ent)
        s.flush()
        return ent.id


def test_second_of_two_concurrent_edits_raises_stale_data(engine, enterprise_id):
    alice = make_session_factory(engine, user="alice")()
    bob = make_session_factory(engine, user="bob")()
    try:
        mine = alice.get(Enterprise, enterprise_id)
        theirs = bob.get(Enterprise, enterprise_id)
        assert mine.version == theirs.version == 1

        mine.training_places_available = 2
        theirs.training_places_available = 5
        alice.commit()
        assert mine.version == 2

        with pytest.raises(StaleDataError):
            bob.commit()
        bob.rollback()
    finally:
        alice.close()
        bob.close()

    # The first save stands; the lost update did not overwrite it.
    check = make_session_factory(engine, user="check")()
    try:
        stored = check.get(Enterprise, enterprise_id)
        expected = (2, 2, stamped(check, "alice"))
        assert (stored.training_places_available, stored.version, stored.updated_by) == expected
    finally:
        check.close()


def test_reloading_after_a_conflict_lets_the_second_user_save(engine, enterprise_id):
    alice = make_session_factory(engine, user="alice")
    bob = make_session_factory(engine, user="bob")
    with bob() as stale_session:
        stale = stale_session.get(Enterprise, enterprise_id)
        with session_scope(alice) as s:
            s.get(Enterprise, enterprise_id).city = "Bollnäs"
        stale.city = "Arbrå"
        with pytest.raises(StaleDataError):
            stale_session.commit()
    with session_scope(bob) as s:
        fresh = s.get(Enterprise, enterprise_id)
        assert (fresh.city, fresh.version) == ("Bollnäs", 2)
        fresh.city = "Arbrå"
    with alice() as s:
        stored = s.get(Enterprise, enterprise_id)
        assert (stored.city, stored.version, stored.updated_by) == ("Arbrå", 3, stamped(s, "bob"))


def test_delete_of_a_record_changed_meanwhile_raises_stale_data(engine, enterprise_id):
    alice = make_session_factory(engine, user="alice")
    bob_session = make_session_factory(engine, user="bob")()
    try:
        doomed = bob_session.get(Enterprise, enterprise_id)
        with session_scope(alice) as s:
            s.get(Enterprise, enterprise_id).name = "Kilafix ek. för."
        bob_session.delete(doomed)
        with pytest.raises(StaleDataError):
            bob_session.commit()
        bob_session.rollback()
    finally:
        bob_session.close()
    with alice() as s:
        assert s.get(Enterprise, enterprise_id).name == "Kilafix ek. för."


def test_version_increments_on_every_update(sessions, enterprise_id):
    for expected, city in [(2, "Bollnäs"), (3, "Arbrå"), (4, "Kilafors")]:
        with session_scope(sessions) as s:
            ent = s.get(Enterprise, enterprise_id)
            ent.city = city
        with sessions() as s:
            assert s.get(Enterprise, enterprise_id).version == expected


def test_lost_update_on_a_referral_too(engine, sessions):
    with session_scope(sessions) as s:
        referral = Referral(
            jobseeker=Jobseeker(first_name="Ali", last_name="Hassan"),
            enterprise=Enterprise(name="Koopus", municipality_code="2083"),
            consultant=Consultant(name="Sofia Nordin", username="sono"),
        )
        s.add(referral)
        s.flush()
        rid = referral.id
    first, second = sessions(), sessions()
    try:
        first.get(Referral, rid).status = "sent"
        second.get(Referral, rid).notes = "Ringde handledaren"
        first.commit()
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with sessions() as s:
        stored = s.get(Referral, rid)
        assert (stored.status.value, stored.notes, stored.version) == ("sent", None, 2)


def test_every_mapped_table_has_the_version_column_as_lock():
    # The change history is append-only: its rows are never updated, so it needs no lock.
    mappers = [m for m in Base.registry.mappers if m.class_ is not ChangeRecord]
    assert len(mappers) >= 13
    for mapper in mappers:
        table = mapper.local_table
        assert mapper.version_id_col is table.c.version, mapper.class_.__name__
        for column in ("created_at", "updated_at", "created_by", "updated_by", "version"):
            assert column in table.c, f"{table.name}.{column}"

