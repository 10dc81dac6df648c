"""Issue 8 §8: `kill -9` during a SQLite `db upgrade` must leave a database the rerun upgrades.

Before the fix Python's sqlite3 ran the DDL outside any transaction: the FTS tables of 0002 were
committed without the alembic_version row, every rerun failed with "table search_enterprises
already exists", and each rerun wrote another backup.
"""

from __future__ import annotations

import shutil
import signal
import time
from pathlib import Path

import pytest

from asfdesk.db.migrate import head_revision
from tests.reliability._dbtools import cli, cli_process, integrity, revision_of, sqlite_at_revision

pytestmark = pytest.mark.slow

ROWS = 150_000  # big enough that the upgrade from 0001 takes seconds


@pytest.fixture(scope="module")
def old_database(tmp_path_factory) -> tuple[Path, float]:
    """A file at revision 0001 with many jobseekers, and how long a full `db upgrade` takes."""
    folder = tmp_path_factory.mktemp("killed")
    original = sqlite_at_revision(folder / "original.sqlite3", "0001", ROWS)
    probe = folder / "probe" / "asfdesk.sqlite3"
    probe.parent.mkdir()
    shutil.copyfile(original, probe)
    started = time.monotonic()
    result = cli("--database", f"sqlite:///{probe}", "db", "upgrade")
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert took > 2, f"the upgrade took only {took:.1f} s: too quick to kill half-way"
    return original, took


def _copy(original: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "asfdesk.sqlite3"
    shutil.copyfile(original, db)
    return db


def _kill_upgrade_after(db: Path, seconds: float) -> None:
    process = cli_process("--database", f"sqlite:///{db}", "db", "upgrade")
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)


def _complete_backups(folder: Path) -> list[Path]:
    return [p for p in folder.glob("asfdesk.backup-*.sqlite3")]


@pytest.mark.parametrize("fraction", [0.15, 0.35, 0.55, 0.75, 0.9])
def test_rerun_after_kill_9_succeeds_and_the_file_is_sound(old_database, tmp_path, fraction):
    original, took = old_database
    db = _copy(original, tmp_path / "db")
    _kill_upgrade_after(db, took * fraction)

    # Killed: the file is at a whole revision (0001, 0002 or head), never in between, and sound.
    assert revision_of(db) in ("0001", "0002", head_revision())
    assert integrity(db) == "ok"

    result = cli("--database", f"sqlite:///{db}", "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert revision_of(db) == head_revision()
    assert integrity(db) == "ok"
    assert not list(db.parent.glob("*.part*")), "a killed backup's partial file was left behind"
    backups = _complete_backups(db.parent)
    assert len(backups) <= 1, backups
    for backup in backups:
        assert integrity(backup) == "ok"
        assert revision_of(backup) == "0001"

    result = cli("--database", f"sqlite:///{db}", "db", "current")
    assert result.stdout.strip().endswith("up to date)")


def test_repeated_kills_write_one_backup_not_one_per_attempt(old_database, tmp_path):
    original, took = old_database
    db = _copy(original, tmp_path / "db")
    for _ in range(3):  # killed well after the backup, while migrating
        _kill_upgrade_after(db, took * 0.6)
        assert integrity(db) == "ok"
    result = cli("--database", f"sqlite:///{db}", "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert revision_of(db) == head_revision()
    backups = _complete_backups(db.parent)
    assert len(backups) == 1, backups
    assert revision_of(backups[0]) == "0001"
    assert not (db.parent / "asfdesk.sqlite3.upgrading").exists()
