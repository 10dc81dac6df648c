"""Recognising a damaged SQLite file, and pointing the user at the newest backup next to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError

from asfdesk.db.engine import sqlite_path
from asfdesk.db.schema_errors import DamagedDatabaseError
from asfdesk.i18n import translate

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
_DAMAGE_TEXTS = ("file is not a database", "database disk image is malformed", "file is encrypted")


def is_damage(exc: BaseException) -> bool:
    """True when SQLite says the file is corrupt or not a database at all."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DamagedDatabaseError):
            return True
        if isinstance(current, sqlite3.DatabaseError):
            code = getattr(current, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
                return True
            if any(t in str(current).lower() for t in _DAMAGE_TEXTS):
                return True
        current = current.orig if isinstance(current, DBAPIError) else current.__cause__
    return False


def backups_of(db_file: Path) -> list[Path]:
    """Complete backups taken next to `db_file` by asfdesk, newest first."""
    found = [
        p
        for p in db_file.parent.glob(f"{db_file.stem}.backup-*{db_file.suffix}")
        if p.is_file() and not p.name.endswith(".part")
    ]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def damaged_error(db_file: Path) -> DamagedDatabaseError:
    """One sentence for the user: what is wrong and where the newest backup is."""
    message = translate(
        "Database", "The file %1 is damaged or is not an asfdesk database."
    ).replace("%1", str(db_file))
    backups = backups_of(db_file)
    if backups:
        hint = translate("Database", "The newest backup next to it is %1.").replace("%1", str(backups[0]))
    else:
        hint = translate("Database", "No backup was found next to it.")
    return DamagedDatabaseError(f"{message} {hint}")


@contextmanager
def damage_explained(url: str | URL) -> Iterator[None]:
    """Turn SQLite's 'not a database' / 'malformed' errors into a DamagedDatabaseError."""
    try:
        yield
    except DamagedDatabaseError:
        raise
    except Exception as exc:
        db_file = sqlite_path(url)
        if db_file is None or not is_damage(exc):
            raise
        raise damaged_error(db_file) from None
