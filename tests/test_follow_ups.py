"""Follow-ups due and overdue (issue 9 §8): the service, the status-bar count and `asfdesk follow-ups`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from asfdesk.cli import main
from asfdesk.db.engine import make_engine
from asfdesk.db.models import AccessLogEntry, Consultant, Enterprise, Jobseeker, Referral
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.domain.date_input import MAX_YEAR, MIN_YEAR
from asfdesk.domain.enums import Outcome, ReferralStatus
from asfdesk.i18n import set_language
from asfdesk.services.follow_ups import due_follow_ups, overdue_count

TODAY = date(2026, 12, 1)
DAY = timedelta(days=1)
PERSONNUMMER = "19900101-0017"


def build(sessions, today: date) -> dict[str, int]:
    """Referrals around `today` in every status; returns ids by a short name."""
    with session_scope(sessions) as s:
        anna = Consultant(username="anna", name="Anna Svensson")
        bo = Consultant(username="bo", name="Bo Ek")
        kilafix = Enterprise(name="Kilafix")
        patio = Enterprise(name="Patio del Arte")
        maria = Jobseeker(first_name="Maria", last_name="Öberg", personnummer=PERSONNUMMER)
        ali = Jobseeker(first_name="Ali", last_name="Hassan")
        s.add_all([anna, bo, kilafix, patio, maria, ali])
        s.flush()

        def referral(status, due, consultant=None, who=maria, where=kilafix, **extra) -> int:
            r = Referral(
                jobseeker_id=who.id,
                enterprise_id=where.id,
                consultant_id=consultant.id if consultant else None,
                referred_on=date(2026, 1, 5),
                status=status,
                next_follow_up=due,
                **extra,
            )
            s.add(r)
            s.flush()
            return r.id

        ids = {
            "overdue_anna": referral(ReferralStatus.ONGOING, today - DAY, anna),
            "older_overdue_bo": referral(ReferralStatus.ONGOING, today - 10 * DAY, bo, who=ali, where=patio),
            "today_bo": referral(ReferralStatus.SENT, today, bo, who=ali),
            "today_nobody": referral(ReferralStatus.DRAFT, today, None, where=patio),
            "tomorrow_anna": referral(ReferralStatus.ACCEPTED, today + DAY, anna),
            "ended": referral(ReferralStatus.ENDED, today - 7 * DAY, anna, outcome=Outcome.WORK),
            "cancelled": referral(ReferralStatus.CANCELLED, today - DAY, anna),
            "declined": referral(ReferralStatus.DECLINED, today - DAY, anna),
            "no_date": referral(ReferralStatus.ONGOING, None, anna),
        }
        ids["anna"], ids["bo"] = anna.id, bo.id
        return ids


def log_rows(sessions) -> list[AccessLogEntry]:
    with session_scope(sessions) as s:
        return list(s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)))


def test_due_today_counts_oldest_first_open_referrals_only(sessions):
    ids = build(sessions, TODAY)
    with session_scope(sessions) as s:
        rows = due_follow_ups(s, TODAY)
    assert [r.referral_id for r in rows] == [
        ids["older_overdue_bo"],
        ids["overdue_anna"],
        ids["today_bo"],
        ids["today_nobody"],
    ]
    assert [r.overdue for r in rows] == [True, True, False, False]
    first = rows[1]
    assert (first.due, first.jobseeker_name, first.enterprise_name) == (TODAY - DAY, "Maria Öberg", "Kilafix")
    assert (first.consultant_login, first.consultant_name) == ("anna", "Anna Svensson")
    assert rows[3].consultant_login is None and rows[3].consultant_name is None


def test_due_by_a_later_day_and_for_one_consultant(sessions):
    ids = build(sessions, TODAY)
    with session_scope(sessions) as s:
        later = due_follow_ups(s, TODAY, due_by=TODAY + DAY)
        annas = due_follow_ups(s, TODAY, due_by=TODAY + DAY, consultant_id=ids["anna"])
        bos_today = due_follow_ups(s, TODAY, consultant_id=ids["bo"])
        none_yet = due_follow_ups(s, TODAY, due_by=TODAY - 11 * DAY)
    assert ids["tomorrow_anna"] in [r.referral_id for r in later] and len(later) == 5
    assert [r.referral_id for r in annas] == [ids["overdue_anna"], ids["tomorrow_anna"]]
    assert [r.referral_id for r in bos_today] == [ids["older_overdue_bo"], ids["today_bo"]]
    assert none_yet == []


def test_overdue_means_before_today(sessions):
    ids = build(sessions, TODAY)
    with session_scope(sessions) as s:
        assert overdue_count(s, None, TODAY) == 2
        assert overdue_count(s, ids["anna"], TODAY) == 1
        assert overdue_count(s, ids["bo"], TODAY) == 1
        assert overdue_count(s, None, TODAY - DAY) == 1  # yesterday, only the ten-day-old one
        assert overdue_count(s, None, TODAY + DAY) == 4  # tomorrow, today's two are overdue too
        assert overdue_count(s, None, TODAY + 2 * DAY) == 5


def test_the_count_is_not_logged_and_the_list_is_logged_once(sessions):
    build(sessions, TODAY)
    with session_scope(sessions) as s:
        overdue_count(s, None, TODAY)
    assert log_rows(sessions) == []
    with session_scope(sessions) as s:
        due_follow_ups(s, TODAY)
    [entry] = log_rows(sessions)
    assert (entry.action, entry.entity, entry.row_count) == ("view", "referrals", 4)
    assert "2026-12-01" in entry.detail
    for private in ("Maria", "Öberg", "Hassan", "19900101", "0017"):
        assert private not in entry.detail


def test_the_log_row_shares_the_transaction(sessions):
    build(sessions, TODAY)
    with pytest.raises(RuntimeError), session_scope(sessions) as s:
        due_follow_ups(s, TODAY)
        raise RuntimeError("the action failed after reading")
    assert log_rows(sessions) == []


def test_an_empty_list_shows_no_one_and_logs_nothing(sessions):
    with session_scope(sessions) as s:
        assert due_follow_ups(s, TODAY) == []
        assert overdue_count(s, None, TODAY) == 0
    assert log_rows(sessions) == []


def test_no_personnummer_in_the_rows(sessions):
    build(sessions, TODAY)
    with session_scope(sessions) as s:
        rows = due_follow_ups(s, TODAY)
    assert "19900101" not in repr(rows) and "900101" not in repr(rows)


def test_the_extreme_dates_the_date_field_accepts_are_stored(sessions):
    """Whatever the date parser accepts, the database stores and gives back."""
    ids = build(sessions, TODAY)
    with session_scope(sessions) as s:
        s.get(Referral, ids["tomorrow_anna"]).next_follow_up = date(MAX_YEAR, 12, 31)
        s.get(Referral, ids["today_bo"]).next_follow_up = date(MIN_YEAR, 1, 1)
    with session_scope(sessions) as s:
        rows = due_follow_ups(s, TODAY, due_by=date(MAX_YEAR, 12, 31))
    assert rows[0].due == date(MIN_YEAR, 1, 1) and rows[-1].due == date(MAX_YEAR, 12, 31)


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def cli_db(db_url):
    """The referrals around the real today (the command asks the clock)."""
    engine = make_engine(db_url)
    sessions = make_session_factory(engine, user="tester")
    build(sessions, date.today())
    yield db_url, sessions
    engine.dispose()


@pytest.fixture(autouse=True)
def _english_after_cli():
    yield
    set_language("en")


def follow_ups(capsys, db_url, *argv: str) -> tuple[int, list[str], str]:
    code = main(["--database", db_url, "follow-ups", *argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_cli_lists_what_is_due_today(capsys, cli_db):
    db_url, sessions = cli_db
    today = date.today()
    code, lines, err = follow_ups(capsys, db_url)
    assert code == 0
    assert len(lines) == 4
    assert [line[:10] for line in lines] == [
        (today - 10 * DAY).isoformat(),
        (today - DAY).isoformat(),
        today.isoformat(),
        today.isoformat(),
    ]
    assert lines[0].split() == [
        (today - 10 * DAY).isoformat(),
        "Ali",
        "Hassan",
        "Patio",
        "del",
        "Arte",
        "Bo",
        "Ek",
    ]
    assert lines[1].split() == [(today - DAY).isoformat(), "Maria", "Öberg", "Kilafix", "Anna", "Svensson"]
    assert lines[3].endswith("—")  # no consultant
    assert "19900101" not in "\n".join(lines) + err
    assert f"Follow-ups due by {today.isoformat()}: 4, of which 2 overdue." in err
    [entry] = log_rows(sessions)
    assert entry.row_count == 4 and entry.action == "view"


def test_cli_due_by_and_consultant(capsys, cli_db):
    db_url, _sessions = cli_db
    code, lines, _err = follow_ups(capsys, db_url, "--due-by", "+1", "--consultant", "ANNA")
    assert code == 0
    assert [line.split()[1:3] for line in lines] == [["Maria", "Öberg"], ["Maria", "Öberg"]]
    assert lines[1].startswith((date.today() + DAY).isoformat())
    code, lines, _err = follow_ups(capsys, db_url, "--due-by", (date.today() + DAY).isoformat())
    assert code == 0 and len(lines) == 5


def test_cli_unknown_consultant_exits_1(capsys, cli_db):
    db_url, sessions = cli_db
    code, lines, err = follow_ups(capsys, db_url, "--consultant", "ghost")
    assert code == 1 and lines == []
    assert "ghost: No consultant has this login." in err
    assert log_rows(sessions) == []


def test_cli_not_a_date_exits_2(capsys, cli_db):
    db_url, _sessions = cli_db
    code, lines, err = follow_ups(capsys, db_url, "--due-by", "next week")
    assert code == 2 and lines == []
    assert "--due-by: Not a date" in err


def test_cli_nothing_due(capsys, db_url):
    code, lines, err = follow_ups(capsys, db_url)
    assert code == 0 and lines == []
    assert ": 0, of which 0 overdue." in err


def test_cli_in_swedish(capsys, cli_db):
    db_url, _sessions = cli_db
    code = main(["--lang", "sv", "--database", db_url, "follow-ups", "--consultant", "bo"])
    _out, err = capsys.readouterr()
    assert code == 0
    assert f"Uppföljningar senast {date.today().isoformat()}: 2, varav 1 försenade." in err
