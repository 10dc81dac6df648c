"""Schema state, upgrades and backups.

A local SQLite file is upgraded automatically at start, after a consistent backup taken with
SQLite's online backup API. A shared PostgreSQL database is never upgraded silently: the app
says the schema is behind and an administrator runs `asfdesk db upgrade`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from asfdesk.db.engine import sqlite_path
from asfdesk.db.schema_errors import SchemaBehindError, SchemaTooNewError
from asfdesk.i18n import pick


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "asfdesk.db:migrations")
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    known = current is None or _revision_exists(script, current)
    return SchemaState(current=current, head=script.get_current_head(), known=known)


def _revision_exists(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (the backup API, not a file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    target.chmod(0o600)
    return target


def backup_path_for(db_file: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return db_file.with_name(f"{db_file.stem}.backup-{stamp}-{revision or 'empty'}{db_file.suffix}")


def prepare_database(engine: Engine) -> Path | None:
    """Make the schema current or refuse. Returns the backup path when a backup was taken."""
    state = schema_state(engine)
    if state.too_new:
        raise SchemaTooNewError(
            pick(
                f"The database has schema revision {state.current}, which is newer than this "
                f"version of asfdesk understands. Update asfdesk.",
                f"Databasen har schemaversion {state.current}, som är nyare än den här versionen "
                f"av asfdesk förstår. Uppdatera asfdesk.",
            )
        )
    if state.up_to_date:
        return None
    if engine.dialect.name != "sqlite":
        raise SchemaBehindError(
            pick(
                f"The shared database's schema ({state.current or 'empty'}) is behind this app "
                f"({state.head}). Ask an administrator to run: asfdesk db upgrade",
                f"Den delade databasens schema ({state.current or 'tomt'}) ligger efter appen "
                f"({state.head}). Be en administratör köra: asfdesk db upgrade",
            )
        )
    return backup_and_upgrade(engine, state)


def backup_and_upgrade(engine: Engine, state: SchemaState | None = None) -> Path | None:
    """Upgrade to head; a SQLite file that already has a schema is backed up first.

    Returns the backup path, or None when no backup was needed (server, new file, up to date).
    """
    state = state or schema_state(engine)
    if state.up_to_date:
        return None
    backup = None
    db_file = sqlite_path(engine.url)
    if state.current is not None and db_file is not None:
        backup = backup_sqlite(db_file, backup_path_for(db_file, state.current))
    upgrade(engine)
    return backup
