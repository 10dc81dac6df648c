"""Environment faults on real SQLite files each get their own message (issue 8, §9 and §10).

A full disk and a read-only disk use a small tmpfs where the machine lets us mount one (root);
the same causes are also produced without root: SQLite's page limit (SQLITE_FULL), a
read-only URI (SQLITE_READONLY) and /dev/full (a real ENOSPC from the kernel).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from asfdesk.db.engine import make_engine
from asfdesk.db.faults import Cause, FaultKind, classify, environment_cause, environment_reason, user_message


def _fails(engine, sql: str, rows: int = 1) -> BaseException:
    with pytest.raises(Exception) as caught, engine.begin() as conn:
        for _ in range(rows):
            conn.execute(text(sql))
    return caught.value


def _assert_environment(exc: BaseException, cause: Cause) -> None:
    assert classify(exc) is FaultKind.ENVIRONMENT, exc
    assert environment_cause(exc) is cause, exc
    assert "connection to the database was lost" not in user_message(exc)


@pytest.fixture
def small_disk(tmp_path) -> Path:
    """A 1 MB tmpfs, unmounted afterwards; skipped where mounting is not allowed."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_on_tmpfs_says_disk_full(small_disk):
    engine = make_engine(f"sqlite:///{small_disk / 'asfdesk.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (body TEXT)"))
        exc = _fails(engine, f"INSERT INTO notes VALUES ('{'x' * 4000}')", rows=1000)
    finally:
        engine.dispose()
    _assert_environment(exc, Cause.DISK_FULL)
    assert environment_reason(exc) == "The disk where the data is stored is full."


def test_read_only_tmpfs_says_read_only(small_disk):
    path = small_disk / "asfdesk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body TEXT)"))
    engine.dispose()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    engine = make_engine(f"sqlite:///{path}")
    try:
        exc = _fails(engine, "INSERT INTO notes VALUES ('x')")
    finally:
        engine.dispose()
    _assert_environment(exc, Cause.READ_ONLY)
    assert "read-only" in user_message(exc)
    with pytest.raises(OSError) as caught:
        (small_disk / "export.csv").write_text("x")
    _assert_environment(caught.value, Cause.READ_ONLY)


def test_page_limit_gives_sqlite_full(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'small.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (body TEXT)"))
        with pytest.raises(Exception) as caught, engine.begin() as conn:
            conn.execute(text("PRAGMA max_page_count = 20"))
            for _ in range(100):
                conn.execute(text(f"INSERT INTO notes VALUES ('{'x' * 4000}')"))
    finally:
        engine.dispose()
    assert caught.value.orig.sqlite_errorname == "SQLITE_FULL"
    _assert_environment(caught.value, Cause.DISK_FULL)


def test_kernel_enospc_says_disk_full():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with pytest.raises(OSError) as caught, open("/dev/full", "w") as full:  # noqa: PTH123
        full.write("x" * 10_000)
        full.flush()
    _assert_environment(caught.value, Cause.DISK_FULL)


def test_read_only_database_says_read_only(tmp_path):
    path = tmp_path / "ro.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        exc = _fails(engine, "INSERT INTO notes VALUES ('x')")
    finally:
        engine.dispose()
    assert exc.orig.sqlite_errorname.startswith("SQLITE_READONLY")
    _assert_environment(exc, Cause.READ_ONLY)


def test_locked_database_says_busy(tmp_path):
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE notes (body TEXT)")
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.05})
    try:
        exc = _fails(engine, "INSERT INTO notes VALUES ('x')")
    finally:
        engine.dispose()
        holder.execute("ROLLBACK")
        holder.close()
    assert exc.orig.sqlite_errorname.startswith("SQLITE_BUSY")
    _assert_environment(exc, Cause.LOCKED)
    assert "busy" in environment_reason(exc)


def test_missing_folder_says_not_found(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'gone' / 'asfdesk.sqlite3'}")
    with pytest.raises(Exception) as caught, engine.connect():
        pass
    engine.dispose()
    assert caught.value.orig.sqlite_errorname == "SQLITE_CANTOPEN"
    _assert_environment(caught.value, Cause.NOT_FOUND)


def _damaged_files(folder: Path, template: Path) -> dict[str, Path]:
    files = {
        "random bytes": os.urandom(64 * 1024),
        "text": "namn;ort\nLisa;Umeå\n".encode() * 500,
        "truncated": template.read_bytes()[: template.stat().st_size // 3],
    }
    paths = {}
    for name, content in files.items():
        path = folder / f"{name.replace(' ', '_')}.sqlite3"
        path.write_bytes(content)
        paths[name] = path
    return paths


@pytest.mark.parametrize("kind", ["random bytes", "text", "truncated"])
def test_damaged_file_is_the_environments_fault(kind, tmp_path, sqlite_template):
    path = _damaged_files(tmp_path, sqlite_template)[kind]
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(Exception) as caught, engine.connect() as conn:
            conn.execute(text("PRAGMA integrity_check")).all()
            for table in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars():
                conn.execute(text(f'SELECT * FROM "{table}"')).all()
            raise AssertionError("no error")  # pragma: no cover - the file must not read cleanly
    finally:
        engine.dispose()
    exc = caught.value
    assert not isinstance(exc, AssertionError), kind
    assert exc.orig.sqlite_errorname in ("SQLITE_NOTADB", "SQLITE_CORRUPT"), exc.orig.sqlite_errorname
    _assert_environment(exc, Cause.DAMAGED)
    assert environment_reason(exc) == "The file is damaged or is not an asfdesk database."


def test_plain_sqlite3_damage_is_classified_too(tmp_path):
    """Code that uses sqlite3 directly (backups) gets the same answer as the ORM."""
    path = tmp_path / "text.sqlite3"
    path.write_text("not a database\n" * 200)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    _assert_environment(caught.value, Cause.DAMAGED)


def test_sql_error_stays_a_bug(sqlite_url):
    """A typo in our SQL is not the environment's fault: it must reach the bug dialog."""
    engine = make_engine(sqlite_url)
    try:
        with pytest.raises(Exception) as caught, engine.connect() as conn:
            conn.execute(text("SELECT * FROM no_such_table"))
    finally:
        engine.dispose()
    assert classify(caught.value) is FaultKind.BUG
