"""Which backups the app has made of a SQLite file, so retention (gallring) can age them out.

Pre-upgrade backups lie next to the database and carry their time in the name
(`asfdesk.backup-20261130T091500-rev0002.sqlite3`, see `asfdesk.db.migrate.backup_path_for`).
`asfdesk db backup PATH` and File → Back up database… write wherever the user chose, so each
backup is noted in a small file beside the database, `<database>.backups.json` (mode 0600; it
holds paths and times only, no personal data). A backup that was moved or deleted by hand is
simply no longer listed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_STAMP = re.compile(r"\.backup-(\d{8}T\d{6})-rev")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime  # local time, naive (as the file names are)


def registry_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".backups.json")


def _read(db_file: Path) -> list[dict]:
    try:
        entries = json.loads(registry_path(db_file).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in entries if isinstance(e, dict) and "path" in e] if isinstance(entries, list) else []


def _write(db_file: Path, entries: list[dict]) -> None:
    path = registry_path(db_file)
    partial = path.with_name(path.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(entries, fh, indent=1)
    os.replace(partial, path)


def remember(db_file: Path, backup: Path, when: datetime | None = None) -> None:
    """Note a backup of `db_file`. Never fails the backup itself: a note that cannot be written
    only means retention will not list that copy."""
    try:
        target = str(backup.resolve())
        entries = [e for e in _read(db_file) if e.get("path") != target]
        entries.append({"path": target, "created": (when or datetime.now()).isoformat(timespec="seconds")})
        _write(db_file, entries)
    except OSError:
        pass


def _stamped(path: Path) -> datetime | None:
    found = _STAMP.search(path.name)
    if found is None:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%dT%H%M%S")
    except ValueError:
        return None


def app_backups(db_file: Path) -> list[BackupFile]:
    """Every backup of `db_file` the app knows about that still exists, oldest first."""
    found: dict[Path, BackupFile] = {}
    for path in db_file.parent.glob(f"{db_file.stem}.backup-*{db_file.suffix}"):
        created = _stamped(path)
        if created is not None and path.is_file():
            found[path.resolve()] = BackupFile(path.resolve(), created)
    for entry in _read(db_file):
        path = Path(entry["path"])
        if path.resolve() in found or not path.is_file() or not _is_sqlite(path):
            continue  # only SQLite files are ever removed as backups, whatever the note lists
        try:
            created = datetime.fromisoformat(str(entry.get("created")))
        except ValueError:
            created = datetime.fromtimestamp(path.stat().st_mtime)
        found[path.resolve()] = BackupFile(path.resolve(), created)
    return sorted(found.values(), key=lambda b: b.created)


def _is_sqlite(path: Path) -> bool:
    """Does the file start as a SQLite database? (The note beside a shared file could be edited
    by anyone who may write that folder: purge must not delete what it names blindly.)"""
    try:
        with path.open("rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def forget(db_file: Path, removed: list[Path]) -> None:
    """Drop removed backups from the note."""
    gone = {str(p.resolve()) for p in removed}
    entries = _read(db_file)
    kept = [e for e in entries if e.get("path") not in gone]
    if len(kept) != len(entries):
        with contextlib.suppress(OSError):
            _write(db_file, kept)
