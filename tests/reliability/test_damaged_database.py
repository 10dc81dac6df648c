"""Issue 8 §9 and §11: a damaged file is named as such (CLI and GUI), backups are checked and
never overwrite a database by accident, and a failed backup leaves nothing behind."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from asfdesk.app import open_with_recovery
from asfdesk.cli import main
from asfdesk.db.migrate import backup_sqlite, head_revision
from asfdesk.db.schema_errors import BackupError, DamagedDatabaseError
from asfdesk.ui.database_dialogs import StartupProblemDialog
from tests.reliability._dbtools import cli, integrity, revision_of

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen

DAMAGED = "is damaged or is not an asfdesk database"


@pytest.fixture(scope="module")
def good_file(tmp_path_factory) -> Path:
    """A migrated SQLite file with the demo data, checkpointed (no -wal beside it)."""
    path = tmp_path_factory.mktemp("good") / "asfdesk.sqlite3"
    assert main(["--database", f"sqlite:///{path}", "demo"]) == 0
    return path


def _damaged(kind: str, good: Path, folder: Path) -> Path:
    path = folder / "asfdesk.sqlite3"
    data = good.read_bytes()
    if kind == "random":
        path.write_bytes(os.urandom(len(data)))
    elif kind == "truncated":
        path.write_bytes(data[: (len(data) * 9 // 10) // 4096 * 4096])
    elif kind == "text":
        path.write_text("Namn;Organisationsnummer\nKilafix;769612-0018\n", encoding="utf-8")
    return path


KINDS = ["random", "truncated", "text"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", [["db", "current"], ["db", "upgrade"], ["demo"]])
def test_cli_names_a_damaged_file_and_its_newest_backup(capsys, good_file, tmp_path, kind, command):
    db = _damaged(kind, good_file, tmp_path)
    older = tmp_path / "asfdesk.backup-20260101T120000-rev0002.sqlite3"
    newer = tmp_path / "asfdesk.backup-20260301T120000-rev0002.sqlite3"
    for i, backup in enumerate((older, newer)):
        shutil.copyfile(good_file, backup)
        os.utime(backup, (1_700_000_000 + i, 1_700_000_000 + i))
    before = db.read_bytes()

    code = main(["--lang", "en", "--database", f"sqlite:///{db}", *command])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert DAMAGED in lines[0] and str(db) in lines[0]
    assert str(newer) in lines[0] and str(older) not in lines[0]
    assert db.read_bytes() == before  # nothing was written to it
    assert not list(tmp_path.glob("*.part*"))


def test_cli_damaged_file_as_a_real_program_without_backups(good_file, tmp_path):
    db = _damaged("random", good_file, tmp_path)
    result = cli("--database", f"sqlite:///{db}", "db", "upgrade")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert DAMAGED in result.stderr and "No backup was found next to it." in result.stderr


def test_db_backup_refuses_a_damaged_source_and_leaves_no_file(capsys, good_file, tmp_path):
    db = _damaged("truncated", good_file, tmp_path)
    target = tmp_path / "out" / "copy.sqlite3"
    code = main(["--lang", "en", "--database", f"sqlite:///{db}", "db", "backup", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and DAMAGED in err and "Traceback" not in err
    assert not target.exists()
    assert not target.parent.exists() or not list(target.parent.iterdir())  # no .part either


def test_backup_copy_failing_its_integrity_check_is_removed(good_file, tmp_path):
    """A file whose header is fine but an index page is corrupt: the backup API copies it, the
    check on the copy fails, and no file is left (the target never appears)."""
    db = tmp_path / "asfdesk.sqlite3"
    shutil.copyfile(good_file, db)
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_enterprises_name'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db.open("r+b") as f:  # scribble over the index's root page, leaving the header intact
        f.seek((root - 1) * page_size + 100 if root == 1 else (root - 1) * page_size)
        f.write(b"\xff" * 64)
    target = tmp_path / "copy.sqlite3"
    with pytest.raises((BackupError, DamagedDatabaseError)):
        backup_sqlite(db, target)
    assert not target.exists()
    assert not list(tmp_path.glob("copy.sqlite3*"))


def test_db_backup_refuses_to_overwrite_without_force(capsys, good_file, tmp_path):
    source = tmp_path / "asfdesk.sqlite3"
    shutil.copyfile(good_file, source)
    other = tmp_path / "colleague.sqlite3"  # another database with more rows
    shutil.copyfile(good_file, other)
    conn = sqlite3.connect(other)
    with conn:
        conn.execute("INSERT INTO consultants (name, username, active, version) VALUES ('X Y', 'xy', 1, 1)")
    conn.close()
    before = other.read_bytes()

    code = main(["--lang", "en", "--database", f"sqlite:///{source}", "db", "backup", str(other)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "already exists" in err and "--force" in err and "Traceback" not in err
    assert other.read_bytes() == before

    code = main(["--database", f"sqlite:///{source}", "db", "backup", str(other), "--force"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip() == str(other)
    assert revision_of(other) == head_revision() and integrity(other) == "ok"
    conn = sqlite3.connect(other)
    assert conn.execute("SELECT count(*) FROM consultants WHERE username = 'xy'").fetchone() == (0,)
    conn.close()
    assert stat.S_IMODE(other.stat().st_mode) == 0o600


def test_backup_file_is_private_even_with_a_permissive_umask(good_file, tmp_path):
    old = os.umask(0)
    try:
        target = backup_sqlite(good_file, tmp_path / "b" / "copy.sqlite3")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert integrity(target) == "ok"


# --- the GUI: Retry / Open another database / Quit ---------------------------------------------


def _answer_dialog(qtbot, button: str, seen: list[str]) -> None:
    """When the start-up dialog shows, note its text and press `button` (retry/open/quit)."""

    def press() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, StartupProblemDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(20, press)
            return
        dialog = visible[0]
        seen.append(dialog.text() + "\n" + dialog.informativeText())
        {"retry": dialog.retry_button, "open": dialog.open_button, "quit": dialog.quit_button}[button].click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize("kind", KINDS)
def test_gui_start_on_a_damaged_file_offers_another_database(qtbot, good_file, tmp_path, kind):
    db = _damaged(kind, good_file, tmp_path)
    other = tmp_path / "other" / "asfdesk.sqlite3"
    other.parent.mkdir()
    shutil.copyfile(good_file, other)
    seen: list[str] = []
    _answer_dialog(qtbot, "open", seen)
    window = open_with_recovery(f"sqlite:///{db}", "en", choose_other=lambda: f"sqlite:///{other}")
    assert window is not None
    qtbot.addWidget(window)
    assert window.database_url == f"sqlite:///{other}"
    assert len(seen) == 1 and DAMAGED in seen[0]
    window.close()


def test_gui_start_with_the_server_down_retries_then_quits(qtbot):
    url = "postgresql+psycopg://nobody@127.0.0.1:9/none"  # nothing listens on port 9
    seen: list[str] = []
    _answer_dialog(qtbot, "retry", seen)
    QTimer.singleShot(1500, lambda: _answer_dialog(qtbot, "quit", seen))
    assert open_with_recovery(url, "en", choose_other=lambda: None) is None
    assert len(seen) == 2
    assert all("Cannot reach the database server" in text for text in seen), seen
    assert "Traceback" not in "".join(seen)


def test_gui_start_open_another_cancelled_keeps_asking(qtbot, good_file, tmp_path):
    db = _damaged("text", good_file, tmp_path)
    seen: list[str] = []
    _answer_dialog(qtbot, "open", seen)
    QTimer.singleShot(1500, lambda: _answer_dialog(qtbot, "quit", seen))
    assert open_with_recovery(f"sqlite:///{db}", "en", choose_other=lambda: None) is None
    assert len(seen) == 2


def test_forced_backup_over_a_live_database_drops_its_old_wal(good_file, tmp_path):
    """The replaced file's -wal would otherwise be replayed onto the copy."""
    target = tmp_path / "target.sqlite3"
    shutil.copyfile(good_file, target)
    live = sqlite3.connect(target)
    live.execute("PRAGMA journal_mode=WAL")
    live.execute("PRAGMA wal_autocheckpoint=0")
    with live:
        live.execute("DELETE FROM enterprises")
    assert target.with_name("target.sqlite3-wal").stat().st_size > 0
    backup_sqlite(good_file, target, overwrite=True)
    live.close()
    assert integrity(target) == "ok"
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM enterprises").fetchone() == (7,)
    conn.close()
