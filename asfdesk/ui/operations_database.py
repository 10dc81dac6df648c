"""Operation bodies that open, check or copy a whole database: run in a worker by a QueryOp.

    QueryOp(parent=window, sessions=None, op=lambda _none: open_database(url),
            success=window.attach).run_in_background()

Building an engine is cheap, but preparing it (connecting, reading the schema revision,
migrating) can wait for a slow server's timeouts or SQLite's busy timeout, so the main window
never does it on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asfdesk.db.engine import make_engine
from asfdesk.db.migrate import backup_sqlite, current_revision, prepare_database
from asfdesk.db.session import make_session_factory
from asfdesk.ui.operations import Sessions


@dataclass(frozen=True)
class OpenedDatabase:
    """A database that answered and has a current schema."""

    url: str
    sessions: Sessions


def open_database(url: str) -> OpenedDatabase:
    """Connect to `url` and make its schema current; the engine is disposed if that fails."""
    engine = make_engine(url)
    try:
        prepare_database(engine)
    except BaseException:
        engine.dispose()
        raise
    return OpenedDatabase(url, make_session_factory(engine))


def back_up(source: Path, target: Path) -> Path:
    """Copy the SQLite file `source` to `target` (the caller's file dialog asked about overwriting)."""
    return backup_sqlite(source, target, overwrite=True)


def schema_revision(sessions: Sessions) -> str | None:
    """The Alembic revision the database is at (for the About box)."""
    return current_revision(sessions.kw["bind"])
