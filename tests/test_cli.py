"""The `asfdesk` command line, called in-process (asfdesk.cli.main) and once as a real program."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import asfdesk.demo
from asfdesk import __version__
from asfdesk.cli import main
from asfdesk.db.engine import ENV_VAR, make_engine
from asfdesk.db.migrate import current_revision, head_revision
from asfdesk.db.models import Consultant, Enterprise, Event, Jobseeker, PartnerOrganisation, Referral
from asfdesk.i18n import set_language

BACKENDS = ["sqlite", "postgresql"]
COUNTED = [Consultant, Enterprise, PartnerOrganisation, Jobseeker, Referral, Event]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def row_counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {m.__name__: conn.scalar(select(func.count()).select_from(m)) for m in COUNTED}
    finally:
        engine.dispose()


@pytest.fixture(autouse=True)
def _cli_sets_its_own_language():
    yield
    set_language("en")


def test_version_in_process(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"asfdesk {__version__}"


def test_version_as_a_real_program():
    program = Path(sys.executable).parent / "asfdesk"
    assert program.exists(), "the asfdesk entry point is not installed in this environment"
    result = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"asfdesk {__version__}"
    assert "Traceback" not in result.stderr


def test_python_dash_m_asfdesk():
    result = subprocess.run(
        [sys.executable, "-m", "asfdesk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"asfdesk {__version__}"


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for word in ("db", "demo", "--database", "--version"):
        assert word in out
    with pytest.raises(SystemExit):
        main(["db", "--help"])
    out = capsys.readouterr().out
    for word in ("upgrade", "current", "backup"):
        assert word in out


def test_db_upgrade_and_current_on_a_new_sqlite_file(capsys, tmp_path):
    db_file = tmp_path / "cli.sqlite3"
    url = f"sqlite:///{db_file}"
    code, out, _ = run(capsys, "--database", url, "db", "current")
    assert code == 0
    assert out.strip() == f"(empty) (head {head_revision()}, behind)"

    code, out, _ = run(capsys, "--database", url, "db", "upgrade")
    assert code == 0
    assert out.strip().splitlines()[-1] == head_revision()
    assert "backup:" not in out  # nothing to back up in an empty file
    assert stat.S_IMODE(db_file.stat().st_mode) == 0o600

    code, out, _ = run(capsys, "--database", url, "db", "current")
    assert code == 0
    assert out.strip() == f"{head_revision()} (head {head_revision()}, up to date)"

    # Upgrading a current database is a no-op that still succeeds.
    code, out, _ = run(capsys, "--database", url, "db", "upgrade")
    assert code == 0 and "backup:" not in out


def test_db_backup_writes_a_consistent_private_copy(capsys, sqlite_url, tmp_path):
    assert run(capsys, "--database", sqlite_url, "demo")[0] == 0
    target = tmp_path / "backups" / "copy.sqlite3"
    code, out, _ = run(capsys, "--database", sqlite_url, "db", "backup", str(target))
    assert code == 0
    assert out.strip() == str(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM enterprises").fetchone() == (7,)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


@pytest.mark.postgres
def test_db_backup_of_postgres_points_to_pg_dump(capsys, postgres_url, tmp_path):
    code, out, _ = run(capsys, "--database", postgres_url, "db", "backup", str(tmp_path / "x"))
    assert code == 2
    assert "pg_dump" in out
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("empty_db_url", BACKENDS, indirect=True)
def test_upgrade_then_demo_twice_adds_no_duplicates(capsys, empty_db_url):
    code, out, _ = run(capsys, "--database", empty_db_url, "db", "upgrade")
    assert code == 0 and out.strip().splitlines()[-1] == head_revision()

    code, out, _ = run(capsys, "--database", empty_db_url, "demo")
    assert code == 0
    assert out.startswith("added ") and "enterprises: 7" in out
    first = row_counts(empty_db_url)
    assert first["Enterprise"] == 7 and first["PartnerOrganisation"] == 10

    code, out, _ = run(capsys, "--database", empty_db_url, "demo")
    assert code == 0
    assert out.startswith("added 0 records")
    assert row_counts(empty_db_url) == first


def test_demo_upgrades_a_new_local_file_itself(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    code, _, _ = run(capsys, "--database", url, "demo")
    assert code == 0
    assert row_counts(url)["Enterprise"] == 7


def test_database_url_from_the_environment(capsys, monkeypatch, tmp_path):
    env_file = tmp_path / "env.sqlite3"
    monkeypatch.setenv(ENV_VAR, f"sqlite:///{env_file}")
    assert run(capsys, "db", "upgrade")[0] == 0
    assert env_file.exists()
    # --database still wins over the environment.
    flag_file = tmp_path / "flag.sqlite3"
    assert run(capsys, "--database", f"sqlite:///{flag_file}", "db", "upgrade")[0] == 0
    assert flag_file.exists()
    engine = make_engine(f"sqlite:///{flag_file}")
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_default_database_in_the_user_data_folder(capsys, monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert run(capsys, "db", "upgrade")[0] == 0
    default_file = tmp_path / "asfdesk" / "asfdesk.sqlite3"
    assert default_file.exists()
    assert stat.S_IMODE(default_file.stat().st_mode) == 0o600


def test_validation_error_exits_1_with_a_message(capsys, monkeypatch, tmp_path):
    """A row that breaks a domain rule on the way in: message on stderr, exit 1, nothing stored."""
    broken = list(asfdesk.demo.ENTERPRISES)
    broken[-1] = (broken[-1][0], "769612-0076", *broken[-1][2:])  # wrong check digit
    monkeypatch.setattr(asfdesk.demo, "ENTERPRISES", broken)
    url = f"sqlite:///{tmp_path / 'bad.sqlite3'}"
    code, out, err = run(capsys, "--database", url, "demo")
    assert code == 1
    assert err.startswith("asfdesk: Organisation number: 769612-0076")
    assert "Traceback" not in err + out
    assert all(n == 0 for n in row_counts(url).values())


def test_validation_message_in_swedish(capsys, monkeypatch, tmp_path):
    broken = list(asfdesk.demo.ENTERPRISES)
    broken[0] = (broken[0][0], "769612-0019", *broken[0][2:])
    monkeypatch.setattr(asfdesk.demo, "ENTERPRISES", broken)
    code, _, err = run(capsys, "--lang", "sv", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}", "demo")
    assert code == 1
    assert err.startswith("asfdesk: Organisationsnummer: 769612-0019 är inte ett giltigt")


@pytest.mark.parametrize("url", ["not a url", "nosuchdriver://x/y"])
def test_malformed_database_url_exits_1_with_a_message(capsys, url):
    code, out, err = run(capsys, "--database", url, "db", "current")
    assert code == 1
    assert err.startswith("asfdesk: Not a database URL")
    assert "Traceback" not in err + out


@pytest.mark.parametrize("empty_db_url", BACKENDS, indirect=True)
def test_database_newer_than_the_app_is_refused(capsys, empty_db_url):
    assert run(capsys, "--database", empty_db_url, "db", "upgrade")[0] == 0
    engine = make_engine(empty_db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    finally:
        engine.dispose()
    code, out, _ = run(capsys, "--database", empty_db_url, "db", "upgrade")
    assert code == 1 and "newer" in out
    code, _, err = run(capsys, "--database", empty_db_url, "demo")
    assert code == 1
    assert "ffff_from_the_future" in err and "newer" in err
    code, out, _ = run(capsys, "--database", empty_db_url, "db", "current")
    assert code == 0 and "newer" in out


@pytest.mark.postgres
def test_shared_database_behind_is_not_upgraded_by_demo(capsys, postgres_server):
    url = postgres_server.new_database(migrated=False)
    code, _, err = run(capsys, "--database", url, "demo")
    assert code == 1
    assert "asfdesk db upgrade" in err
    engine = make_engine(url)
    try:
        assert current_revision(engine) is None
    finally:
        engine.dispose()


def test_unreachable_server_exits_1_with_a_message_not_a_traceback(capsys):
    # Port 9 (discard) on loopback: nothing listens there, so the connection is refused.
    code = main(["--database", "postgresql+psycopg://nobody@127.0.0.1:9/none", "db", "current"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Cannot reach the database server" in err
    assert "Traceback" not in err
