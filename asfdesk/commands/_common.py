"""What every subcommand needs: the database it was pointed at, ready to use."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.engine import make_engine, resolve_database_url
from asfdesk.db.migrate import prepare_database
from asfdesk.db.session import make_session_factory
from asfdesk.i18n import translate
from asfdesk.io.import_journal import recover_interrupted_import


class DatabaseUrlError(ValueError):
    """The --database / ASFDESK_DATABASE_URL value is not a usable URL (the user's to fix)."""


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    def __repr__(self) -> str:  # the URL may hold a password
        return f"Database({self.engine.url!r})"


def open_database(args: argparse.Namespace, migrate: bool = True) -> Database:
    """Open the database named by --database / ASFDESK_DATABASE_URL / the default file.

    A local file is brought up to date (with a backup); a shared server that is behind raises
    SchemaBehindError, whose message tells the user to run `asfdesk db upgrade`. A damaged file
    raises DamagedDatabaseError, naming the newest backup next to it.
    """
    url = resolve_database_url(getattr(args, "database", None))
    try:
        engine = make_engine(url)
    except ArgumentError:  # unparsable URL or unknown driver: the user's to fix, not a traceback
        raise DatabaseUrlError(
            translate(
                "Database",
                "Not a database URL (use sqlite:///path or postgresql+psycopg://user@host/db).",
            )
        ) from None
    if migrate:
        backup = prepare_database(engine)
        if backup is not None:
            print(f"backup: {backup}", file=sys.stderr)
    sessions = make_session_factory(engine)
    if migrate:
        recover_interrupted_import(sessions)  # undo an import that was killed half-way
    return Database(url=url, engine=engine, sessions=sessions)
