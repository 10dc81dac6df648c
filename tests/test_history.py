"""The change history: recorded on both backends, personal fields without values, append-only,
PostgreSQL's triggers catch raw SQL and announce changes with NOTIFY, and the CLI prints it."""

from __future__ import annotations

import importlib
import json
import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from asfdesk import entities
from asfdesk.cli import main
from asfdesk.db import history_fields as fields
from asfdesk.db.models import (
    AccessLogEntry,
    Activity,
    ChangeRecord,
    Consultant,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    Referral,
)
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import EnterpriseStatus, ReferralStatus
from asfdesk.i18n import set_language
from asfdesk.services import records
from asfdesk.services.history import UnknownRecordError, history_of

MIGRATION = importlib.import_module("asfdesk.db.migrations.versions.0005_change_history")

# A person's data, written in the most findable forms: none of it may reach the history.
PERSON = {
    "first_name": "Zlatana",
    "last_name": "Öbergström",
    "personnummer": "900101-0017",
    "street_address": "Hemliga gatan 17",
    "postal_code": "821 43",
    "city": "Ljusdalsby",
    "phone": "070-987 65 43",
    "email": "zlatana.obergstrom@example.se",
    "notes": "Behöver stöd med läsning",
}
SECRETS = [
    "Zlatana",
    "Öbergström",
    "Obergstrom",
    "9001010017",
    "900101",
    "0017",
    "1990-01-01",
    "Hemliga",
    "821",
    "Ljusdalsby",
    "987",
    "zlatana",
    "läsning",
    "Anna Svensson",
    "hemlig anteckning",
    "samtal om hälsan",
]


def _history(sessions) -> list[ChangeRecord]:
    with session_scope(sessions) as s:
        rows = list(s.scalars(select(ChangeRecord).order_by(ChangeRecord.id)))
        s.expunge_all()
        return rows


def _table_text(engine) -> str:
    """Every column of every history row as text, the way a search of a dump would see it."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM change_history")).all()
    return "\n".join(" ".join(str(v) for v in row) for row in rows) + json.dumps(
        [[str(v) for v in row] for row in rows], ensure_ascii=False
    )


@pytest.fixture
def enterprise_id(sessions) -> int:
    new_id, _ = records.save_record(
        sessions, "enterprise", None, None, {"name": "Kilafix Ekonomisk förening"}
    )
    return new_id


def test_app_edits_are_recorded_with_fields_and_old_and_new(sessions, enterprise_id):
    with session_scope(sessions) as s:
        version = s.get(Enterprise, enterprise_id).version
    records.save_record(
        sessions,
        "enterprise",
        enterprise_id,
        version,
        {"name": "Kilafix Ek. för.", "employees": 12, "status": EnterpriseStatus.PAUSED},
    )
    rows = _history(sessions)
    assert [(r.table_name, r.record_id, r.operation) for r in rows] == [
        ("enterprises", enterprise_id, "insert"),
        ("enterprises", enterprise_id, "update"),
    ]
    created, changed = rows
    assert created.changes["name"] == [None, "Kilafix Ekonomisk förening"]
    assert changed.changes == {
        "name": ["Kilafix Ekonomisk förening", "Kilafix Ek. för."],
        "employees": [None, 12],
        "status": ["active", "paused"],
    }
    assert changed.occurred_at.tzinfo is not None
    assert changed.actor  # SQLite: the app's user; PostgreSQL: the server's session_user
    with session_scope(sessions) as s:
        if s.bind.dialect.name == "sqlite":
            assert changed.actor == "tester"
        else:
            assert changed.actor == s.scalar(text("SELECT session_user"))

    records.delete_record(sessions, "enterprise", enterprise_id)
    deleted = _history(sessions)[-1]
    assert (deleted.operation, deleted.record_id) == ("delete", enterprise_id)
    assert deleted.changes["name"] == ["Kilafix Ek. för.", None]


def test_a_save_that_changes_nothing_records_nothing(sessions, enterprise_id):
    with session_scope(sessions) as s:
        s.get(Enterprise, enterprise_id).name = "Kilafix Ekonomisk förening"  # the same
    assert len(_history(sessions)) == 1


def test_history_lines_translate_labels_and_values(sessions, enterprise_id):
    with session_scope(sessions) as s:
        consultant = Consultant(name="Helena Strand", username="tester")
        s.add(consultant)
        s.flush()
        ent = s.get(Enterprise, enterprise_id)
        ent.status = EnterpriseStatus.PAUSED
        ent.responsible_consultant_id = consultant.id
        ent.reserved_contracts = True
        s.add(Activity(text="Besök hos Kilafix", enterprise=ent))
    set_language("sv")
    with session_scope(sessions) as s:
        lines = history_of(s, "enterprise", enterprise_id)
    by_field: dict = {}
    for line in lines:
        by_field.setdefault(line.field, line)  # the newest change of each field
    assert by_field["Status"].change_text() == "Aktiv → Vilande"
    assert by_field["Ansvarig konsulent"].new == "Helena Strand"
    assert by_field["Reserverade kontrakt"].change_text() == "nej → ja"
    assert by_field["Anteckning: Text"].change_text() == "ändrad"
    assert lines[0].at >= lines[-1].at  # newest first
    with session_scope(sessions) as s:
        if s.bind.dialect.name == "sqlite":  # the login is known as a consultant: shown by name
            assert {line.actor for line in lines} == {"Helena Strand"}


def test_personal_fields_are_recorded_as_changed_without_values(sessions, engine):
    with session_scope(sessions) as s:
        ent = Enterprise(name="Kilafix")
        jobseeker = Jobseeker(**PERSON)
        s.add_all([ent, jobseeker])
        s.flush()
        referral = Referral(jobseeker=jobseeker, enterprise=ent, notes="hemlig anteckning")
        s.add(referral)
        s.flush()
        s.add(Activity(referral=referral, text="samtal om hälsan med Anna Svensson"))
        ids = {"jobseeker": jobseeker.id, "referral": referral.id}
    with session_scope(sessions) as s:
        person = s.get(Jobseeker, ids["jobseeker"])
        person.last_name = "Öbergström-Lind"
        person.notes = "Behöver stöd med läsning och skrivning"
        person.protected_identity = True
        referral = s.get(Referral, ids["referral"])
        referral.notes = "ny hemlig anteckning"
        referral.status = ReferralStatus.SENT

    rows = _history(sessions)
    created = next(r for r in rows if r.table_name == "jobseekers" and r.operation == "insert")
    assert set(created.changes) >= {"first_name", "last_name", "personnummer", "birth_date", "notes", "city"}
    assert all(value is None for value in created.changes.values())
    changed = next(r for r in rows if r.table_name == "jobseekers" and r.operation == "update")
    assert changed.changes == {"last_name": None, "protected_identity": None, "notes": None}
    referral_update = next(r for r in rows if r.table_name == "referrals" and r.operation == "update")
    assert referral_update.changes == {"status": ["draft", "sent"], "notes": None}
    note = next(r for r in rows if r.table_name == "activities")
    assert note.changes["text"] is None
    assert (note.owner_table, note.owner_id) == ("referrals", ids["referral"])

    records.delete_record(sessions, "referral", ids["referral"])
    records.delete_record(sessions, "jobseeker", ids["jobseeker"])
    dump = _table_text(engine)
    assert "jobseekers" in dump and "delete" in dump
    for secret in SECRETS:
        assert secret.casefold() not in dump.casefold(), secret


def test_the_frozen_copy_in_the_migration_matches_the_code():
    frozen = {table: (withheld, kept, owners) for table, withheld, kept, owners in MIGRATION.FOLLOWED}
    assert set(frozen) == {fields.table_of(m) for m in fields.TRACKED}
    for model in fields.TRACKED:
        withheld, kept, owners = frozen[fields.table_of(model)]
        assert set(filter(None, withheld.split(","))) == set(fields.WITHHELD_FIELDS.get(model, ()))
        assert set(filter(None, kept.split(","))) == set(fields.VALUES_KEPT.get(model, ()))
        expected = [f"{c}:{fields.owner_of(model, c)}" for c in fields.OWNER_COLUMNS.get(model, ())]
        assert list(filter(None, owners.split(","))) == expected
    # Every jobseeker column but the kept ones is withheld, now and for columns added later.
    columns = {c.name for c in Jobseeker.__table__.columns} - fields.META_COLUMNS
    assert set(fields.withheld_columns(Jobseeker)) == columns - {"responsible_consultant_id"}
    assert fields.is_withheld(Jobseeker, "some_future_column")


def test_participants_and_notes_show_in_their_owners_history(sessions, enterprise_id):
    with session_scope(sessions) as s:
        event = Event(title="Nätverksträff i Söderhamn", starts_at=datetime(2026, 12, 3, 9, tzinfo=UTC))
        consultant = Consultant(name="Åke Öhrn", username="akeohr")
        s.add_all([event, consultant])
        s.flush()
        s.add(EventParticipant(event=event, consultant=consultant))
        event_id = event.id
    with session_scope(sessions) as s:
        lines = history_of(s, "event", event_id)
    fields_shown = [line.field for line in lines]
    assert "Participant: Consultant" in fields_shown
    assert next(line for line in lines if line.field == "Participant: Consultant").new == "Åke Öhrn"
    assert "Starts" in fields_shown
    start = next(line for line in lines if line.field == "Starts")
    assert start.new == "2026-12-03 10:00"  # Europe/Stockholm


def test_unknown_record_and_entity(sessions):
    with session_scope(sessions) as s:
        with pytest.raises(UnknownRecordError):
            history_of(s, "enterprise", 999999)
        with pytest.raises(ValueError):
            history_of(s, "spaceship", 1)


def test_reading_a_jobseekers_history_is_logged(sessions):
    with session_scope(sessions) as s:
        person = Jobseeker(first_name="Åsa", last_name="Öst")
        s.add(person)
        s.flush()
        person_id = person.id
    with session_scope(sessions) as s:
        lines = history_of(s, "jobseeker", person_id)
    assert lines and all(line.withheld for line in lines)
    with session_scope(sessions) as s:
        logged = s.scalars(select(AccessLogEntry).where(AccessLogEntry.entity == "jobseeker")).all()
        assert [(e.action, e.entity_id, e.detail) for e in logged] == [("view", person_id, "history")]


def test_history_rows_cannot_be_changed_or_deleted(sessions, engine, enterprise_id):
    for statement in ("UPDATE change_history SET actor = 'someone'", "DELETE FROM change_history"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    assert len(_history(sessions)) == 1


# --- the CLI ------------------------------------------------------------------------------------


def test_cli_prints_one_line_per_field(capsys, db_url, sessions, enterprise_id):
    with session_scope(sessions) as s:
        s.get(Enterprise, enterprise_id).employees = 7
    code = main(["--database", db_url, "history", "enterprise", str(enterprise_id)])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    assert "Employees" in lines[0] and lines[0].endswith("– → 7")
    assert any("Name" in line and line.endswith("– → Kilafix Ekonomisk förening") for line in lines)
    assert all(line[:4] == "2026" or line[:2] == "20" for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["spaceship", "1"], "Unknown entity"),
        (["enterprise", "999999"], "No such record"),
        (["enterprise", "abc"], "whole number"),
    ],
)
def test_cli_refuses_unknown_entity_or_id(capsys, sqlite_url, args, message):
    code = main(["--database", sqlite_url, "history", *args])
    out, err = capsys.readouterr()
    assert code == 1
    assert message in err and out == ""
    assert "Traceback" not in err


def test_cli_jobseeker_history_is_logged_and_shows_no_values(capsys, sqlite_url):
    from asfdesk.db.engine import make_engine
    from asfdesk.db.session import make_session_factory

    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="tester")
    person_id, _ = records.save_record(sessions, "jobseeker", None, None, dict(PERSON))
    code = main(["--database", sqlite_url, "history", "jobseeker", str(person_id)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "changed" in out
    for secret in ("Zlatana", "Öbergström", "900101", "Hemliga"):
        assert secret not in out
    with session_scope(sessions) as s:
        details = s.scalars(select(AccessLogEntry.detail).where(AccessLogEntry.entity_id == person_id)).all()
    assert "history" in details
    engine.dispose()


def test_every_profile_entity_is_accepted_by_the_cli(capsys, sqlite_url):
    assert len(entities.entity_keys()) == 6
    for name in ("enterprise", "partner", "contact", "referral", "jobseeker", "event"):
        code = main(["--database", sqlite_url, "history", name, "424242"])
        _, err = capsys.readouterr()
        assert code == 1 and "No such record" in err


# --- PostgreSQL: triggers, the server's identity, grants, NOTIFY ----------------------------------


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_postgres_raw_sql_is_recorded_with_session_user(postgres_url):
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as conn:
            ent_id = conn.scalar(
                text(
                    "INSERT INTO enterprises (name, legal_form, status)"
                    " VALUES ('Rå SQL AB', 'other', 'active') RETURNING id"
                )
            )
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE enterprises SET name = 'Rå SQL Ek. för.' WHERE id = :id"), {"id": ent_id}
            )
            who = conn.scalar(text("SELECT session_user"))
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT actor, operation, changes FROM change_history WHERE record_id = :id ORDER BY id"
                ),
                {"id": ent_id},
            ).all()
    finally:
        engine.dispose()
    assert [(r.actor, r.operation) for r in rows] == [(who, "insert"), (who, "update")]
    assert rows[1].changes == {"name": ["Rå SQL AB", "Rå SQL Ek. för."]}


def test_postgres_notify_reaches_a_second_connection(postgres_url, postgres_server):
    from asfdesk.db.engine import make_engine
    from asfdesk.db.session import make_session_factory

    engine = make_engine(postgres_url)
    sessions = make_session_factory(engine, user="tester")
    with psycopg.connect(_libpq(postgres_url), autocommit=True) as listener:
        listener.execute("LISTEN asfdesk_changes")
        new_id, _ = records.save_record(sessions, "enterprise", None, None, {"name": "Signalbolaget"})
        notes = list(listener.notifies(timeout=10, stop_after=1))
        with engine.connect() as conn:
            who = conn.scalar(text("SELECT session_user"))
    engine.dispose()
    assert notes, "no notification arrived"
    assert notes[0].channel == "asfdesk_changes"
    payload = json.loads(notes[0].payload)
    assert list(payload) == ["table", "id", "op", "actor", "at"]
    assert payload["table"] == "enterprises" and payload["id"] == new_id and payload["op"] == "insert"
    assert payload["actor"] == who
    assert payload["at"].endswith("Z")
    assert datetime.fromisoformat(payload["at"].replace("Z", "+00:00")).tzinfo is not None
    assert notes[0].payload.startswith('{"table": "enterprises", "id": ')
    assert "Signalbolaget" not in notes[0].payload


def test_postgres_history_is_not_writable_by_app_roles(postgres_url, postgres_server):
    """A login in group asfdesk_consultant may read the history, never write, change or delete it."""
    login, password = f"hist_t_{uuid.uuid4().hex[:8]}", "Hist-%@/t"
    with postgres_server.engine.connect() as conn:
        conn.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD '{password}' IN ROLE asfdesk_consultant"))
    admin = create_engine(postgres_url)
    try:
        with admin.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO enterprises (name, legal_form, status) VALUES ('Roll AB', 'other', 'active')"
                )
            )
        as_consultant = make_url(postgres_url).set(username=login, password=password)
        with psycopg.connect(_libpq(as_consultant.render_as_string(hide_password=False))) as conn:
            assert conn.execute("SELECT count(*) FROM change_history").fetchone()[0] >= 1
            # The role's own edits are recorded (the trigger writes for it), in its name.
            conn.execute("UPDATE enterprises SET name = 'Roll Ek. för.' WHERE name = 'Roll AB'")
            conn.commit()
            actor, changes = conn.execute(
                "SELECT actor, changes FROM change_history ORDER BY id DESC LIMIT 1"
            ).fetchone()
            assert (actor, changes) == (login, {"name": ["Roll AB", "Roll Ek. för."]})
            conn.rollback()
            # A temporary table of the same name does not catch the rows: the trigger's search
            # path is fixed, with pg_temp last.
            conn.execute("CREATE TEMP TABLE change_history (LIKE public.change_history INCLUDING ALL)")
            conn.execute("GRANT ALL ON change_history TO PUBLIC")
            conn.execute("UPDATE enterprises SET name = 'Roll Tre' WHERE name = 'Roll Ek. för.'")
            conn.commit()
            assert conn.execute("SELECT count(*) FROM pg_temp.change_history").fetchone()[0] == 0
            assert conn.execute(
                "SELECT changes FROM public.change_history ORDER BY id DESC LIMIT 1"
            ).fetchone()[0] == {"name": ["Roll Ek. för.", "Roll Tre"]}
            conn.execute("DROP TABLE pg_temp.change_history")
            conn.commit()
            for statement in (
                "UPDATE change_history SET actor = 'someone'",
                "DELETE FROM change_history",
                "TRUNCATE change_history",
                "INSERT INTO change_history (actor, table_name, record_id, operation, changes)"
                " VALUES ('x', 'enterprises', 1, 'update', '{}')",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
                conn.rollback()
        # Even the table's owner is refused by the trigger.
        with pytest.raises(DBAPIError, match="append-only"), admin.begin() as conn:
            conn.execute(text("DELETE FROM change_history"))
    finally:
        admin.dispose()
        with postgres_server.engine.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {login}"))
