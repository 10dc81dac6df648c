"""Schema state, upgrades and backups.

A local SQLite file is upgraded automatically at start, after a consistent backup taken with
SQLite's online backup API. A shared PostgreSQL database is never upgraded silently: the app
says the schema is behind and an administrator runs `asfdesk db upgrade`.

Each revision runs in one real transaction (see `asfdesk.db.engine.migration_connection`), so a
killed upgrade leaves the database at the last whole revision, and the rerun carries on.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from asfdesk.db import backup_registry
from asfdesk.db.damage import damage_explained, damaged_error, is_damage
from asfdesk.db.engine import migration_connection, sqlite_path
from asfdesk.db.migrations import HEAD
from asfdesk.db.schema_errors import BackupError, SchemaBehindError, SchemaTooNewError
from asfdesk.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (0.1 s of imports) is loaded only when the schema is not at HEAD or a command needs
# it: at every ordinary start the stored revision is read with one SELECT and compared.


def alembic_config(engine: Engine | None = None) -> Config:
    """The app's Alembic configuration (no alembic.ini).

    The database goes in as an object (`attributes["connection"]`), never as a URL string:
    Alembic's config is a ConfigParser, which fails on any '%' (an encoded password, a socket
    path, a file name) and then prints the URL, password included.
    """
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "asfdesk.db:migrations")
    if engine is not None:
        cfg.attributes["connection"] = engine
    return cfg


def head_revision() -> str:
    """The newest revision this app knows, as Alembic computes it from the revision files
    (`asfdesk.db.migrations.HEAD` states it for a fast start; a test keeps the two equal)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None: no schema yet), read as Alembic stores it."""
    with damage_explained(engine.url), engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(stored) > 1:
        raise SchemaTooNewError(f"the database has several schema heads: {', '.join(stored)}")
    return stored[0] if stored else None


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    known: bool  # is `current` a revision this app knows?

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def too_new(self) -> bool:
        return self.current is not None and not self.known


def schema_state(engine: Engine) -> SchemaState:
    current = current_revision(engine)
    if current == HEAD:  # every ordinary start: no Alembic needed
        return SchemaState(current=current, head=HEAD, known=True)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = current is None or _revision_exists(script, current)
    return SchemaState(current=current, head=script.get_current_head(), known=known)


def _revision_exists(script, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with damage_explained(engine.url), migration_connection(engine) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


# --- backups ------------------------------------------------------------------------------------


def _create_private(path: Path) -> None:
    """An empty file, 0600 from its first byte (SQLite fills an empty file as a new database)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _partial_name(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def backup_sqlite(
    source: Path, target: Path, overwrite: bool = False, check: str = "integrity_check"
) -> Path:
    """Copy a live SQLite database consistently (the backup API, not a file copy).

    The copy is written to `<target>.part` (mode 0600 from the start), checked with
    `PRAGMA integrity_check` (or `quick_check`), and only then renamed onto `target`; a failed
    backup leaves no file behind and never touches an existing target. An existing target is
    refused unless `overwrite` (it may be another database: `db backup PATH` once replaced one).
    """
    if target.exists() and not overwrite:
        raise BackupError(
            translate("Database", "%1 already exists; choose another file (or use --force to replace it).")
            .replace("%1", str(target))
        )
    if target.resolve() == source.resolve():
        raise BackupError(translate("Database", "A database can't be backed up onto itself."))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial_name(target)
    journal = partial.with_name(partial.name + "-journal")
    _remove_quietly(partial, journal)  # left by a killed earlier attempt
    _create_private(partial)
    try:
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
                result = dst.execute(f"PRAGMA {check}").fetchall()
            finally:
                dst.close()
        finally:
            src.close()
        if result != [("ok",)]:
            raise BackupError(
                translate("Database", "The backup copy of %1 failed its integrity check; it was not kept.")
                .replace("%1", str(source))
            )
        # A replaced database's -wal/-shm would be replayed onto the new file: remove them first.
        _remove_quietly(*(target.with_name(target.name + s) for s in ("-wal", "-shm", "-journal")))
        os.replace(partial, target)
    except BaseException as exc:
        _remove_quietly(partial, journal)
        if is_damage(exc):
            raise damaged_error(source) from None
        raise
    backup_registry.remember(source, target)  # so retention (asfdesk gdpr purge) can age it out
    return target


def backup_path_for(db_file: Path, revision: str | None) -> Path:
    """`asfdesk.backup-20261130T091500-rev0002.sqlite3`.

    Not `20261130-091500-0002`: messages and logs scrub personnummer-shaped digit runs, and
    `091500-0002` is one, which would hide the very path the user needs.
    """
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    return db_file.with_name(f"{db_file.stem}.backup-{stamp}-rev{revision or 'empty'}{db_file.suffix}")


def _marker(db_file: Path) -> Path:
    """Names the backup of an upgrade in progress; left behind only if that upgrade was killed."""
    return db_file.with_name(db_file.name + ".upgrading")


def _reusable_backup(db_file: Path, revision: str) -> Path | None:
    """The backup of a killed upgrade from the same revision (the database is unchanged since:
    each revision commits whole, and nothing else writes to a schema that is behind)."""
    try:
        note = json.loads(_marker(db_file).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    backup = db_file.with_name(str(note.get("backup", "")))
    if note.get("revision") == revision and backup.is_file() and backup.parent == db_file.parent:
        return backup
    return None


def _write_marker(db_file: Path, backup: Path, revision: str) -> None:
    marker = _marker(db_file)
    _remove_quietly(marker)
    fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"backup": backup.name, "revision": revision}, f)


def prepare_database(engine: Engine) -> Path | None:
    """Make the schema current or refuse. Returns the backup path when a backup was taken."""
    state = schema_state(engine)
    if state.too_new:
        raise SchemaTooNewError(
            translate(
                "Database",
                "The database has schema revision %1, which is newer than this version of asfdesk "
                "understands. Update asfdesk.",
            ).replace("%1", str(state.current))
        )
    if state.up_to_date:
        return None
    if engine.dialect.name != "sqlite":
        raise SchemaBehindError(
            translate(
                "Database",
                "The shared database's schema (%1) is behind this app (%2). "
                "Ask an administrator to run: asfdesk db upgrade",
            )
            .replace("%1", state.current or translate("Database", "empty"))
            .replace("%2", state.head)
        )
    return backup_and_upgrade(engine, state)


def backup_and_upgrade(engine: Engine, state: SchemaState | None = None) -> Path | None:
    """Upgrade to head; a SQLite file that already has a schema is backed up first.

    Returns the backup path, or None when no backup was needed (server, new file, up to date).
    A rerun after a killed upgrade reuses that attempt's backup instead of writing another.
    """
    state = state or schema_state(engine)
    if state.up_to_date:
        return None
    backup = None
    db_file = sqlite_path(engine.url)
    if state.current is not None and db_file is not None:
        for stale in db_file.parent.glob(f"{db_file.stem}.backup-*.part*"):  # a killed backup's
            _remove_quietly(stale)
        backup = _reusable_backup(db_file, state.current)
        if backup is None:
            backup = backup_sqlite(db_file, backup_path_for(db_file, state.current), check="quick_check")
            _write_marker(db_file, backup, state.current)
    upgrade(engine)
    if db_file is not None:
        _remove_quietly(_marker(db_file))
    return backup
