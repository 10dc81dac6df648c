"""After `asfdesk gdpr erase` nothing of the person is left in the database: not in the SQLite
file's bytes (main file and WAL), and on PostgreSQL in no text column of any table. The person
had been searched, edited (change history), viewed (access log) and exported (a file named after
them, so the access log's detail held the surname)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from asfdesk.db.engine import sqlite_path
from asfdesk.db.queries import listing
from asfdesk.db.search import fold
from asfdesk.db.session import session_scope
from asfdesk.io.tab_export import export_tab
from asfdesk.services.records import load_record, save_record
from tests.test_gdpr import PNR, SURNAME, add_person, run, url_of

NEEDLES = [PNR, PNR[2:], f"{PNR[:8]}-{PNR[8:]}", f"{PNR[2:8]}-{PNR[8:]}", SURNAME, fold(SURNAME)]


def use_the_record(sessions, tmp_path) -> int:
    """Create, search, edit, view and export the person, as a consultant would."""
    with session_scope(sessions) as s:
        person_id = add_person(s).id
    with session_scope(sessions) as s:
        rows = listing.fetch_page(s, "referrals", listing.ListRequest(search=SURNAME), 0, 50)
        assert rows, "the person is found by name before the erasure"
    record = load_record(sessions, "jobseeker", person_id)  # viewed
    save_record(
        sessions, "jobseeker", person_id, record.version, {"phone": "070-765 43 21", "city": "Edsbyn"}
    )
    export_tab(
        sessions, "referrals", listing.ListRequest(search=SURNAME), tmp_path / f"{SURNAME} anvisningar.csv"
    )
    return person_id


def test_sqlite_file_and_wal_hold_no_trace_after_erase(sqlite_url, tmp_path, capsys):
    from asfdesk.db.engine import make_engine
    from asfdesk.db.session import make_session_factory

    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="tester")
    db_file = sqlite_path(sqlite_url)
    wal = db_file.with_name(db_file.name + "-wal")
    try:
        person_id = use_the_record(sessions, tmp_path)
        with engine.connect() as idle:  # another window of the app keeps the database open
            idle.exec_driver_sql("SELECT 1").all()
            before = db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
            assert SURNAME.encode() in before and PNR.encode() in before  # the test can fail
            code, _out, err = run(capsys, sqlite_url, "gdpr", "erase", "--personnummer", PNR, "--yes")
            assert code == 0, err
            assert wal.exists(), "the other connection keeps the WAL file"
            data = db_file.read_bytes() + wal.read_bytes()
        for needle in NEEDLES:
            assert needle.encode("utf-8") not in data, needle
            assert needle.encode("utf-16-le") not in data, needle
        with session_scope(sessions) as s:
            assert not listing.fetch_page(s, "referrals", listing.ListRequest(search=SURNAME), 0, 50)
            assert listing.fetch_page(s, "referrals", listing.ListRequest(search=f"#{person_id}"), 0, 50)
            redacted = s.execute(text("SELECT count(*) FROM access_log WHERE detail = '(redacted)'")).scalar()
            assert redacted == 1  # the export's file name
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        engine.dispose()


def text_columns(connection) -> list[tuple[str, str]]:
    return connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
            " AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')"
        )
    ).all()


def holds(connection, table: str, column: str, needle: str) -> bool:
    query = text(f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ILIKE :n')
    return bool(connection.execute(query, {"n": f"%{needle}%"}).scalar())


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgresql_no_text_column_holds_the_person_after_erase(db_url, sessions, tmp_path, capsys):
    use_the_record(sessions, tmp_path)
    engine = sessions.kw["bind"]
    with engine.connect() as conn:
        columns = text_columns(conn)
        found_before = [(t, c) for t, c in columns if holds(conn, t, c, SURNAME)]
    assert ("jobseekers", "last_name") in found_before and ("access_log", "detail") in found_before
    code, _out, err = run(capsys, url_of(sessions), "gdpr", "erase", "--personnummer", PNR, "--yes")
    assert code == 0, err
    with engine.connect() as conn:
        for table, column in text_columns(conn):
            for needle in NEEDLES:
                count = conn.execute(
                    text(f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ILIKE :n'),
                    {"n": f"%{needle}%"},
                ).scalar()
                assert count == 0, (table, column, needle)


def test_access_log_allows_only_the_redaction(sessions):
    """Migration 0006 lets erasure blank a detail; every other change is still refused."""
    with session_scope(sessions) as s:
        s.execute(
            text(
                "INSERT INTO access_log (occurred_at, actor, action, entity, detail, created_at, updated_at,"
                " version) VALUES (CURRENT_TIMESTAMP, 'x', 'export', 'referrals', 'Qwärtzsson.csv',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
            )
        )
    with session_scope(sessions) as s:
        s.execute(text("UPDATE access_log SET detail = '(redacted)'"))
    for statement in (
        "UPDATE access_log SET detail = 'something else'",
        "UPDATE access_log SET actor = 'someone', detail = '(redacted)'",
        "DELETE FROM access_log",
    ):
        with pytest.raises(DBAPIError), session_scope(sessions) as s:
            s.execute(text(statement))
    with session_scope(sessions) as s:
        assert s.execute(text("SELECT detail FROM access_log")).scalars().all() == ["(redacted)"]
