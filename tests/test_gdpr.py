"""The personal-data duties (asfdesk.services.gdpr, `asfdesk gdpr …`) on both backends:
register extract (JSON keys, PDF text), erasure that keeps referrals countable, retention."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from asfdesk.cli import main
from asfdesk.db import backup_registry
from asfdesk.db.engine import sqlite_path
from asfdesk.db.models import AccessLogEntry, Activity, Consultant, Enterprise, Jobseeker, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import Outcome, ReferralKind, ReferralStatus
from asfdesk.domain.errors import ValidationError
from asfdesk.i18n import set_language
from asfdesk.services import gdpr

PNR = "198112189876"
SURNAME = "Qwärtzsson"


@pytest.fixture(autouse=True)
def _cli_language_back():
    yield
    set_language("en")


def add_person(
    session,
    first: str = "Åsa",
    last: str = SURNAME,
    pnr: str | None = PNR,
    ended: date | None = date(2015, 3, 31),
    open_referral: bool = False,
    updated: datetime | None = None,
) -> Jobseeker:
    """A jobseeker with contact data and notes; with `ended`, one ended referral with a note."""
    consultant = session.scalar(select(Consultant).where(Consultant.username == "hest"))
    if consultant is None:
        consultant = Consultant(name="Helena Strand", username="hest")
        session.add(consultant)
    enterprise = session.scalar(select(Enterprise).where(Enterprise.org_number == "769612-0018"))
    if enterprise is None:
        enterprise = Enterprise(name="Kilafix", org_number="769612-0018")
        session.add(enterprise)
    extra = {"updated_at": updated} if updated else {}
    person = Jobseeker(
        first_name=first,
        last_name=last,
        personnummer=pnr,
        phone="070-123 45 67",
        email="asa.q@example.se",
        street_address="Storgatan 1",
        postal_code="82143",
        city="Bollnäs",
        notes=f"Ringde {last} om starten",
        responsible_consultant=consultant,
        **extra,
    )
    session.add(person)
    if ended is not None:
        referral = Referral(
            jobseeker=person,
            enterprise=enterprise,
            consultant=consultant,
            kind=ReferralKind.WORK_TRAINING,
            referred_on=ended - timedelta(days=120),
            actual_start=ended - timedelta(days=90),
            status=ReferralStatus.ENDED,
            outcome=Outcome.WORK,
            actual_end=ended,
            notes=f"{first} behöver stöd med svenska",
        )
        referral.activities.append(
            Activity(
                text=f"Uppföljning: {first} trivs", occurred_on=ended - timedelta(days=30), author=consultant
            )
        )
        session.add(referral)
    if open_referral:
        session.add(
            Referral(
                jobseeker=person,
                enterprise=enterprise,
                status=ReferralStatus.SENT,
                referred_on=date(2014, 1, 1),
            )
        )
    session.flush()
    return person


def run(capsys, url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def url_of(sessions) -> str:
    return sessions.kw["bind"].url.render_as_string(hide_password=False)


# --- settings ---------------------------------------------------------------------------------


def test_settings_are_stored_in_the_database_and_checked(sessions):
    with session_scope(sessions) as s:
        assert gdpr.retention_years(s) is None
        assert "Article 15" in gdpr.extract_wording(s, "en")
        assert "artikel 15" in gdpr.extract_wording(s, "sv")
        gdpr.set_retention_years(s, "7")
        gdpr.set_extract_wording(s, "Egen text om ändamålet.")
    with session_scope(sessions) as s:
        assert gdpr.retention_years(s) == 7
        assert gdpr.extract_wording(s, "sv") == "Egen text om ändamålet."
        for bad in ("0", "101", "sju", "-3"):
            with pytest.raises(ValidationError):
                gdpr.set_retention_years(s, bad)
        gdpr.set_extract_wording(s, "  ")  # empty: back to the default
        assert "artikel 15" in gdpr.extract_wording(s, "sv")
        logged = s.scalars(select(AccessLogEntry.detail).where(AccessLogEntry.entity == "settings")).all()
    assert sorted(set(logged)) == ["extract_purpose_text", "retention_years"]


# --- 1. register extract ------------------------------------------------------------------------


def test_extract_holds_everything_with_stable_keys(sessions):
    from asfdesk.services.records import load_record

    with session_scope(sessions) as s:
        person = add_person(s)
        person_id = person.id
    load_record(sessions, "jobseeker", person_id)  # viewed: in the access log
    with session_scope(sessions) as s:
        data = gdpr.extract(s, "811218-9876", language="en")
    assert list(data) == [
        "format", "format_version", "generated_at", "generated_by", "purpose", "person", "referrals",
        "event_participations", "change_history", "access_log",
    ]  # fmt: skip
    assert data["format"] == "asfdesk-register-extract" and data["format_version"] == 1
    person = data["person"]
    assert (person["first_name"], person["last_name"], person["personnummer"]) == ("Åsa", SURNAME, PNR)
    assert person["phone"] == "070-123 45 67" and person["postal_code"] == "821 43"
    assert person["notes"] == f"Ringde {SURNAME} om starten"
    assert person["responsible_consultant"] == "Helena Strand"
    (referral,) = data["referrals"]
    assert referral["enterprise"] == "Kilafix"
    assert (referral["kind"], referral["status"], referral["outcome"]) == ("work_training", "ended", "work")
    assert referral["actual_end"] == "2015-03-31" and referral["consultant"] == "Helena Strand"
    assert referral["activities"][0]["text"] == "Uppföljning: Åsa trivs"
    assert data["event_participations"] == []
    assert data["change_history"], "the person's change history is part of the extract"
    assert {h["entity"] for h in data["change_history"]} == {"jobseeker", "referral"}
    withheld = [h for h in data["change_history"] if h["entity"] == "jobseeker"]
    assert all(h["old"] is None and h["new"] is None for h in withheld if h["withheld"])
    actions = [e["action"] for e in data["access_log"]]
    assert "view" in actions and actions.count("extract") == 1  # the extract lists itself
    json.dumps(data)  # machine-readable as it is
    with session_scope(sessions) as s:
        entry = s.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "extract")).one()
    assert (entry.entity, entry.entity_id) == ("jobseeker", person_id)
    assert PNR not in (entry.detail or "") and SURNAME not in (entry.detail or "")


def test_extract_of_an_unknown_or_invalid_number_names_no_number(sessions):
    with session_scope(sessions) as s:
        with pytest.raises(gdpr.DutyRefusedError) as unknown:
            gdpr.extract(s, "19811218-9876")
        with pytest.raises(ValidationError) as invalid:
            gdpr.extract(s, "19811218-9877")
    assert "9876" not in str(unknown.value) and "9877" not in str(invalid.value)


def test_cli_extract_json_and_swedish_pdf(sessions, tmp_path, capsys):
    with session_scope(sessions) as s:
        add_person(s)
        gdpr.set_extract_wording(s, "Vi behandlar dina uppgifter för att ge dig stöd till arbete.")
    url = url_of(sessions)
    code, out, err = run(capsys, url, "gdpr", "extract", "--personnummer", "19811218-9876", "-o",
                         str(tmp_path / "utdrag.json"))  # fmt: skip
    assert code == 0, err
    data = json.loads((tmp_path / "utdrag.json").read_text("utf-8"))
    assert data["person"]["personnummer"] == PNR
    assert (tmp_path / "utdrag.json").stat().st_mode & 0o777 == 0o600
    code, out, err = run(capsys, url, "gdpr", "extract", "--personnummer", "8112189876", "-o",
                         str(tmp_path / "utdrag.pdf"))  # fmt: skip
    assert code == 0, err
    assert (tmp_path / "utdrag.pdf").stat().st_mode & 0o777 == 0o600
    pages = PdfReader(tmp_path / "utdrag.pdf").pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)  # pypdf spaces with tabs
    for expected in ("Registerutdrag", "Åsa", SURNAME, "19811218-9876", "Kilafix", "Arbetsträning",
                     "Uppföljning: Åsa trivs", "Ändringshistorik", "Vem som har tagit del av",
                     "Vi behandlar dina uppgifter", date.today().isoformat()):  # fmt: skip
        assert expected in text, expected
    code, _out, err = run(
        capsys, url, "gdpr", "extract", "--personnummer", PNR, "-o", str(tmp_path / "x.txt")
    )
    assert code == 2 and ".pdf or .json" in err


# --- 2. erasure -------------------------------------------------------------------------------------


def outcome_counts(session) -> dict:
    rows = session.execute(
        select(Referral.kind, Referral.outcome, func.count()).group_by(Referral.kind, Referral.outcome)
    ).all()
    return {(k, o): n for k, o, n in rows}


def test_erase_keeps_referrals_countable_and_nothing_else(sessions):
    with session_scope(sessions) as s:
        person_id = add_person(s).id
        other_id = add_person(s, first="Bo", last="Ek", pnr="199001010017").id
        before = outcome_counts(s)
    with session_scope(sessions) as s:
        preview = gdpr.erase(s, "19811218-9876")
    assert (preview.jobseeker_id, preview.initials, preview.referrals, preview.notes) == (
        person_id,
        "Å.Q.",
        1,
        1,
    )
    gdpr.scrub_storage(sessions.kw["bind"])
    with session_scope(sessions) as s:
        person = s.get(Jobseeker, person_id)
        assert (person.first_name, person.last_name, person.personnummer) == (
            "Avidentifierad",
            f"#{person_id}",
            None,
        )
        assert person.birth_date == date(1981, 1, 1)
        assert (person.phone, person.email, person.street_address, person.postal_code, person.notes) == (
            None,
        ) * 5
        assert person.city == "Bollnäs"  # the municipality, from the postcode
        assert gdpr.is_anonymised(person)
        assert outcome_counts(s) == before
        referral = s.scalars(select(Referral).where(Referral.jobseeker_id == person_id)).one()
        assert referral.notes is None and referral.actual_end == date(2015, 3, 31)
        assert [a.text for a in referral.activities] == ["(avidentifierad)"]
        assert s.get(Jobseeker, other_id).last_name == "Ek"  # nobody else touched
        erased = s.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "erase")).one()
        assert erased.entity_id == person_id and "Q" not in erased.detail
        with pytest.raises(gdpr.DutyRefusedError):
            gdpr.find_jobseeker(s, PNR)


def test_cli_erase_needs_confirmation(sessions, capsys, monkeypatch):
    with session_scope(sessions) as s:
        person_id = add_person(s).id
    url = url_of(sessions)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    code, out, err = run(capsys, url, "gdpr", "erase", "--personnummer", "19811218-9876")
    assert code == 2 and "--yes" in err
    assert f"#{person_id}" in out and "1 referral" in out and SURNAME not in out and "9876" not in out
    with session_scope(sessions) as s:
        assert s.get(Jobseeker, person_id).last_name == SURNAME
    code, out, err = run(
        capsys, url, "--lang", "sv", "gdpr", "erase", "--personnummer", "19811218-9876", "--yes"
    )
    assert code == 0, err
    assert "avidentifierad" in out
    set_language("en")  # the CLI keeps the language it was given for the rest of the process
    with session_scope(sessions) as s:
        assert s.get(Jobseeker, person_id).last_name == f"#{person_id}"
    code, _out, err = run(capsys, url, "gdpr", "erase", "--personnummer", "19811218-9876", "--yes")
    assert code == 1 and "No jobseeker has that personnummer" in err


# --- 3. retention -----------------------------------------------------------------------------------


def years_ago(years: int, days: int = 60) -> date:
    """A date `years` years and `days` days before today (so the tests hold whatever today is)."""
    return gdpr.cutoff_for(years) - timedelta(days=days)


@pytest.fixture
def retention_data(sessions):
    """Due after 5 years: ended 10 and 6 years ago, never referred and untouched for 14 years.
    Kept: ended last year, an open referral."""
    ids = {}
    never = datetime.combine(years_ago(14), datetime.min.time()).astimezone()
    with session_scope(sessions) as s:
        ids["old"] = add_person(s, first="Anna", last="Alm", pnr=None, ended=years_ago(10)).id
        ids["older"] = add_person(s, first="Bertil", last="Berg", pnr=None, ended=years_ago(6)).id
        ids["never"] = add_person(s, first="Cecilia", last="Dahl", pnr=None, ended=None, updated=never).id
        last_year = date.today() - timedelta(days=300)
        ids["recent"] = add_person(s, first="Dan", last="Ek", pnr=None, ended=last_year).id
        still_open = add_person(s, "Eva", "Fors", pnr=None, ended=years_ago(12), open_referral=True)
        ids["open"] = still_open.id
    return ids


def test_purge_preview_and_apply(sessions, retention_data):
    ids = retention_data
    with session_scope(sessions) as s:
        preview = gdpr.purge_preview(s, years=5)
    assert [c.jobseeker_id for c in preview.candidates] == [ids["never"], ids["old"], ids["older"]]
    assert preview.by_year == {years_ago(14).year: 1, years_ago(10).year: 1, years_ago(6).year: 1}
    assert [c.initials for c in preview.candidates] == ["C.D.", "A.A.", "B.B."]
    with session_scope(sessions) as s:
        assert s.get(Jobseeker, ids["old"]).last_name == "Alm"  # the dry run changed nothing
        done = gdpr.purge_apply(s, years=5)
    assert sorted(done) == sorted([ids["never"], ids["old"], ids["older"]])
    with session_scope(sessions) as s:
        names = {i: s.get(Jobseeker, i).last_name for i in ids.values()}
        erased = s.scalars(select(AccessLogEntry.entity_id).where(AccessLogEntry.action == "erase")).all()
        assert gdpr.purge_preview(s, years=5).candidates == []  # done ones are not due again
    assert names[ids["recent"]] == "Ek" and names[ids["open"]] == "Fors"
    assert all(names[ids[k]] == f"#{ids[k]}" for k in ("never", "old", "older"))
    assert sorted(erased) == sorted(done)  # one log entry per person


def test_cli_purge_refuses_without_rule_then_uses_setting_and_override(sessions, retention_data, capsys):
    url = url_of(sessions)
    ids = retention_data
    code, _out, err = run(capsys, url, "gdpr", "purge")
    assert code == 1 and "set-retention" in err
    code, out, err = run(capsys, url, "gdpr", "set-retention", "9")
    assert code == 0, err
    code, out, err = run(capsys, url, "gdpr", "purge", "--list")
    assert code == 0, err
    assert "Retention: 9 years" in out and "2 jobseeker(s) are due" in out  # 14 and 10 years, not 6
    assert f"#{ids['never']}\tC.D.\t{years_ago(14).year}" in out and "Alm" not in out and "Anna" not in out
    code, out, err = run(capsys, url, "gdpr", "purge", "--years", "5")
    assert "3 jobseeker(s) are due" in out and f"last activity in {years_ago(6).year}: 1" in out
    assert "#" not in out  # ids only with --list
    assert "Dry run" in out
    code, out, err = run(capsys, url, "gdpr", "purge", "--years", "5", "--apply")
    assert code == 0, err
    assert "3 jobseeker(s) anonymised" in out
    code, out, err = run(capsys, url, "--lang", "sv", "gdpr", "purge", "--years", "5")
    assert "0 arbetssökande ska avidentifieras" in out


def test_purge_lists_and_removes_old_backups(sqlite_url, capsys):
    db_file = sqlite_path(sqlite_url)
    old_upgrade = db_file.with_name(f"{db_file.stem}.backup-20150101T120000-rev0003{db_file.suffix}")
    new_upgrade = db_file.with_name(
        f"{db_file.stem}.backup-{datetime.now():%Y%m%dT%H%M%S}-rev0003{db_file.suffix}"
    )
    elsewhere = db_file.parent / "usb" / "kopia.sqlite3"
    elsewhere.parent.mkdir()
    for path in (old_upgrade, new_upgrade, elsewhere):
        path.write_bytes(b"SQLite format 3\x00" + b"backup")  # what a copy starts with
    backup_registry.remember(db_file, elsewhere, when=datetime(2016, 1, 1))
    code, out, err = run(capsys, sqlite_url, "gdpr", "purge", "--years", "5")
    assert code == 0, err
    assert "2 backup(s) are older" in out and str(old_upgrade) in out and str(elsewhere.resolve()) in out
    assert str(new_upgrade) not in out
    code, out, err = run(capsys, sqlite_url, "gdpr", "purge", "--years", "5", "--apply")
    assert code == 0, err
    assert "2 backup(s) removed" in out
    assert not old_upgrade.exists() and not elsewhere.exists() and new_upgrade.exists()


def test_db_backup_is_remembered_for_retention(sqlite_url, tmp_path, capsys):
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    code, _out, err = run(capsys, sqlite_url, "db", "backup", str(target))
    assert code == 0, err
    known = backup_registry.app_backups(sqlite_path(sqlite_url))
    assert target.resolve() in [b.path for b in known]
    registry = backup_registry.registry_path(sqlite_path(sqlite_url))
    assert registry.stat().st_mode & 0o777 == 0o600


def test_a_registered_file_that_is_no_database_is_never_taken_for_a_backup(sqlite_url, tmp_path):
    """The note beside a shared file could be edited by anyone who may write the folder: purge
    removes only what really is a SQLite database, whatever the note lists."""
    db_file = sqlite_path(sqlite_url)
    precious = tmp_path / "budget.xlsx"
    precious.write_bytes(b"PK\x03\x04 not a database")
    backup_registry.remember(db_file, precious, datetime(2001, 1, 1))
    assert precious.resolve() not in [b.path for b in backup_registry.app_backups(db_file)]


def test_settings_service_round_trip(sessions):
    saved = gdpr.save_settings(sessions, 4, "Vår egen text.", "sv")
    assert (saved.retention_years, saved.wording, saved.wording_is_default) == (4, "Vår egen text.", False)
    saved = gdpr.save_settings(sessions, None, gdpr.default_wording("sv"), "sv")
    assert saved.retention_years == 4 and saved.wording_is_default


def test_extract_json_file_is_written_whole(tmp_path: Path):
    from asfdesk.ui.gdpr_dialogs import write_extract_file

    target = write_extract_file({"format": "asfdesk-register-extract", "person": {"last_name": "Öst"}},
                                tmp_path / "e.json")  # fmt: skip
    assert json.loads(target.read_text("utf-8"))["person"]["last_name"] == "Öst"


# --- who may (PostgreSQL roles of migration 0004; grants of 0006) -----------------------------------


@pytest.fixture
def pg(postgres_server):
    from tests.test_roles import Server

    server = Server(postgres_server)
    yield server
    server.close()


def test_an_administrator_login_carries_out_every_duty(pg, tmp_path):
    from asfdesk.services.roles import Role

    with session_scope(pg.admin_sessions()) as s:
        person_id = add_person(s).id
    admin = pg.sessions(pg.login(Role.ADMIN))
    with session_scope(admin) as s:
        assert gdpr.may_carry_out(s)
        gdpr.set_retention_years(s, 3)
        assert gdpr.extract(s, PNR)["person"]["id"] == person_id
    gdpr.erase_and_scrub(admin, person_id)
    with session_scope(admin) as s:
        assert gdpr.is_anonymised(s.get(Jobseeker, person_id))
        assert gdpr.retention_years(s) == 3


def test_a_consultant_may_not_and_the_server_agrees(pg):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from asfdesk.services.roles import Role

    with session_scope(pg.admin_sessions()) as s:
        person_id = add_person(s).id
        gdpr.set_retention_years(s, 5)
    for role in (Role.CONSULTANT, Role.READER):
        sessions = pg.sessions(pg.login(role))
        with session_scope(sessions) as s:
            assert not gdpr.may_carry_out(s)
            assert gdpr.retention_years(s) == 5  # everyone reads the rule
            for duty in (
                lambda: gdpr.extract(s, PNR),
                lambda: gdpr.erase_record(s, person_id),
                lambda: gdpr.erase(s, PNR),
                lambda: gdpr.purge_preview(s),
                lambda: gdpr.set_retention_years(s, 1),
            ):
                with pytest.raises(gdpr.DutyRefusedError, match="administrator"):
                    duty()
        with pytest.raises(DBAPIError) as caught, session_scope(sessions) as s:
            s.execute(text("UPDATE settings SET value = '1' WHERE key = 'retention_years'"))
        assert caught.value.orig.sqlstate == "42501"
    with session_scope(pg.admin_sessions()) as s:
        assert s.get(Jobseeker, person_id).last_name == SURNAME
