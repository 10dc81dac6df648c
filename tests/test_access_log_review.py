"""§5 Reviewing the access log: filters, export files and `asfdesk access-log`, on both backends.

On PostgreSQL the server stamps the actor (session_user, migration 0003), so the entries made
here are found under that login there and under the session's user ("tester") on SQLite.
"""

from __future__ import annotations

import csv
import stat
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from asfdesk.cli import main
from asfdesk.db.engine import make_engine
from asfdesk.db.models import AccessLogEntry, Enterprise, Jobseeker, Referral
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.db.types import STOCKHOLM
from asfdesk.services import access_log_review as log
from asfdesk.services.access_log import record_access


def actor_of(sessions) -> str:
    with session_scope(sessions) as s:
        if s.bind.dialect.name == "postgresql":
            return s.scalar(select(func.session_user()))
    return "tester"


@pytest.fixture
def logged(sessions) -> dict[str, int]:
    """Two people, one referral, entries on three days (the oldest written with an old date on
    SQLite only: PostgreSQL's log is append-only and stamps its own time)."""
    with session_scope(sessions) as s:
        anna = Jobseeker(first_name="Anna", last_name="Ångström", personnummer="197010632391")
        erik = Jobseeker(first_name="Erik", last_name="Öst", personnummer="198001012387")
        kilafix = Enterprise(name="Kilafix")
        s.add_all([anna, erik, kilafix])
        s.flush()
        referral = Referral(jobseeker_id=anna.id, enterprise_id=kilafix.id)
        s.add(referral)
        s.flush()
        ids = {"anna": anna.id, "erik": erik.id, "referral": referral.id}
    with session_scope(sessions) as s:
        record_access(s, "view", "jobseeker", ids["anna"], detail="Uppföljning")
        record_access(s, "update", "referral", ids["referral"])
        record_access(s, "view", "jobseeker", ids["erik"])
        record_access(s, "export", "referrals", row_count=12, detail="anvisningar.xlsx")
    return ids


def _entries(sessions, **kwargs) -> list[log.LogRow]:
    with session_scope(sessions) as s:
        return log.entries(s, log.LogFilter(**kwargs))


@pytest.mark.parametrize(
    "typed", ["19701063-2391", "701063-2391", "197010632391", "7010632391", " 701063-2391 "]
)
def test_person_filter_takes_any_usual_form(sessions, logged, typed):
    rows = _entries(sessions, personnummer=typed)
    assert [(r.action, r.entity, r.entity_id) for r in rows] == [
        ("update", "referral", logged["referral"]),
        ("view", "jobseeker", logged["anna"]),
    ]  # newest first, the person's referral included, nobody else's entries
    assert rows[1].detail == "Uppföljning"


@pytest.mark.parametrize("typed", ["701063", "Anna", "1970-10-63", "19701063-239"])
def test_person_filter_wants_the_whole_number(sessions, logged, typed):
    with pytest.raises(log.LogFilterError, match="whole personnummer"):
        _entries(sessions, personnummer=typed)


def test_unknown_person_has_no_entries(sessions, logged):
    assert _entries(sessions, personnummer="19121212-1212") == []


def test_actor_and_date_filters(sessions, logged):
    me = actor_of(sessions)
    assert len(_entries(sessions, actor=me)) == 4
    assert len(_entries(sessions, actor=me.upper())) == 4  # logins are typed in any case
    assert _entries(sessions, actor="nobody") == []
    today = datetime.now(STOCKHOLM).date()
    assert len(_entries(sessions, date_from=today, date_to=today)) == 4
    assert _entries(sessions, date_from=today + timedelta(days=1)) == []
    assert _entries(sessions, date_to=today - timedelta(days=1)) == []
    with pytest.raises(log.LogFilterError):
        _entries(sessions, date_from=today, date_to=today - timedelta(days=1))


def test_date_range_is_whole_local_days(sqlite_url):
    """SQLite: there the test may backdate an entry (PostgreSQL's log is append-only and
    stamps its own time; the day bounds are the same SQL there)."""
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="tester")
    just_before = datetime(2026, 3, 1, 0, 30, tzinfo=STOCKHOLM)  # 23:30 UTC the day before
    with session_scope(sessions) as s:
        s.add(AccessLogEntry(occurred_at=just_before, actor="old", action="view", entity="jobseeker"))
    rows = _entries(sessions, date_from=date(2026, 3, 1), date_to=date(2026, 3, 1))
    assert [r.actor for r in rows] == ["old"]
    assert rows[0].occurred_at == just_before
    assert _entries(sessions, date_to=date(2026, 2, 28)) == []
    engine.dispose()


def test_review_is_itself_logged_without_the_number(sessions, logged):
    me = actor_of(sessions)
    flt = log.LogFilter(personnummer="701063-2391", actor=me.upper())
    with session_scope(sessions) as s:
        result = log.review(s, flt, limit=1)
    assert len(result.rows) == 1 and result.total >= 1
    with session_scope(sessions) as s:
        entry = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.entity, entry.row_count) == ("view", "access_log", 1)
    assert entry.detail == f"access-log review: person, user {me.upper()}"
    assert "2391" not in entry.detail and "1063" not in entry.detail


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_files_hold_every_matching_entry(sessions, logged, tmp_path, suffix):
    path = tmp_path / f"logg{suffix}"
    count = log.export(sessions, log.LogFilter(personnummer="19701063-2391"), path, language="sv")
    assert count == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    if suffix == ".csv":
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    else:
        sheet = load_workbook(path).active
        rows = [[("" if c is None else str(c)) for c in r] for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Tid", "Användare", "Händelse", "Post", "Id", "Rader", "Detaljer"]
    assert [r[2:5] for r in rows[1:]] == [
        ["ändrade", "Anvisning", str(logged["referral"])],
        ["visade", "Arbetssökande", str(logged["anna"])],
    ]
    assert rows[2][6] == "Uppföljning"
    assert rows[1][1] == actor_of(sessions)
    with session_scope(sessions) as s:
        entry = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.entity, entry.row_count) == ("export", "access_log", 2)
    assert entry.detail == f"access-log review: person: logg{suffix}"


def test_export_with_a_bad_filter_leaves_no_file(sessions, logged, tmp_path):
    path = tmp_path / "logg.csv"
    with pytest.raises(log.LogFilterError):
        log.export(sessions, log.LogFilter(personnummer="701063"), path)
    assert not path.exists()


# -- the command --------------------------------------------------------------------------------


def test_cli_prints_a_table_newest_first(capsys, db_url, sessions, logged):
    code = main(["--lang", "en", "--database", db_url, "access-log", "--personnummer", "701063-2391"])
    out, err = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Time", "User", "Action", "Record", "Id", "Rows", "Detail"]
    assert "changed" in lines[1] and "Referral" in lines[1]
    assert "viewed" in lines[2] and "Jobseeker" in lines[2] and lines[2].endswith("Uppföljning")
    assert len(lines) == 3
    assert "2 of 2 entries shown" in err
    with session_scope(sessions) as s:
        entry = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1)).one()
    assert (entry.entity, entry.detail) == ("access_log", "access-log review: person")


def test_cli_filters_and_writes_files(capsys, db_url, sessions, logged, tmp_path):
    me = actor_of(sessions)
    today = date.today().isoformat()
    path = tmp_path / "logg.xlsx"
    argv = ["--database", db_url, "access-log", "--actor", me, "--from", today, "--to", "t", "-o", str(path)]
    assert main(argv) == 0
    assert "4 entries written" in capsys.readouterr().err
    sheet = load_workbook(path).active
    assert sheet.max_row == 5  # header + 4: the review rows are written after the read
    assert main(["--database", db_url, "access-log", "--from", "+1"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[1:] == [] and "0 of 0" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--personnummer", "701063"], "whole personnummer"),
        (["--from", "2026-02-30"], "--from"),
        (["--from", "2026-12-02", "--to", "2026-12-01"], "from date is after"),
        (["-o", "logg.pdf"], ".csv or .xlsx"),
    ],
)
def test_cli_refuses_bad_input_without_a_traceback(capsys, sqlite_url, argv, message):
    code = main(["--lang", "en", "--database", sqlite_url, "access-log", *argv])
    out, err = capsys.readouterr()
    assert code == 2
    assert message in err and "Traceback" not in err


# -- who may review (PostgreSQL roles, tests/test_roles.py's server helper) -------------------


@pytest.fixture
def pg(postgres_server):
    from tests.test_roles import Server

    server = Server(postgres_server)
    yield server
    server.close()


def test_only_an_administrator_reviews_the_log_on_a_shared_server(pg, tmp_path):
    from asfdesk.services.gdpr import DutyRefusedError
    from asfdesk.services.roles import Role

    admin = pg.sessions(pg.login(Role.ADMIN))
    with session_scope(admin) as s:
        record_access(s, "view", "jobseeker", 1)
    with session_scope(admin) as s:
        assert log.review(s, log.LogFilter()).total >= 1
    assert log.export(admin, log.LogFilter(), tmp_path / "admin.csv") >= 1
    for role in (Role.CONSULTANT, Role.READER):
        sessions = pg.sessions(pg.login(role))
        with pytest.raises(DutyRefusedError, match="administrator"), session_scope(sessions) as s:
            log.review(s, log.LogFilter())
        with pytest.raises(DutyRefusedError):
            log.export(sessions, log.LogFilter(), tmp_path / f"{role}.csv")
        assert not (tmp_path / f"{role}.csv").exists()


def test_cli_reads_the_personnummer_from_stdin(capsys, monkeypatch, db_url, logged):
    """`--personnummer -` keeps the number out of the shell history and the process list."""
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("701063-2391\n"))
    code = main(["--lang", "en", "--database", db_url, "access-log", "--personnummer", "-"])
    out, err = capsys.readouterr()
    assert code == 0 and len(out.splitlines()) == 3 and "2 of 2 entries shown" in err
