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
from asfdesk.domain.errors import ValidationError


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]


def open_database(args: argparse.Namespace, migrate: bool = True) -> Database:
    """Open the database named by --database / ASFDESK_DATABASE_URL / the default file.

    A local file is brought up to date (with a backup); a shared server that is behind raises
    SchemaBehindError, whose message tells the user to run `asfdesk db upgrade`.
    """
    url = resolve_database_url(getattr(args, "database", None))
    try:
        engine = make_engine(url)
    except ArgumentError:  # unparsable URL or unknown driver: the user's to fix, not a traceback
        raise ValidationError(
            "database",
            "not a database URL (use sqlite:///path or postgresql+psycopg://user@host/db)",
            "inte en databas-URL (använd sqlite:///sökväg eller postgresql+psycopg://användare@värd/db)",
        ) from None
    if migrate:
        backup = prepare_database(engine)
        if backup is not None:
            print(f"backup: {backup}", file=sys.stderr)
    return Database(url=url, engine=engine, sessions=make_session_factory(engine))
