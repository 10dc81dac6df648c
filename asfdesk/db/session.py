"""Session factory and the one-transaction-per-user-action helper.

The flush hook that validates records and stamps who changed them lives in
`asfdesk.db.flush_hooks` and is attached when the models are imported.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

import asfdesk.db.models  # noqa: F401 - attaches the validation, stamping and search hooks
from asfdesk.db.flush_hooks import current_username

__all__ = ["current_username", "make_session_factory", "session_scope"]


def server_login(engine: Engine) -> str | None:
    """The login a PostgreSQL server knows us by (`session_user`); None for SQLite. One round trip."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        return conn.scalar(text("SELECT session_user"))


def make_session_factory(engine: Engine, user: str | None = None) -> sessionmaker[Session]:
    """One factory per database; open one short session per user action.

    Without `user`, the user is the server's login on PostgreSQL (it stamps created_by and
    updated_by there, migration 0004), else the OS login. Call it off the UI thread for a server.
    """
    return sessionmaker(
        bind=engine,
        expire_on_commit=False,
        info={"user": user or server_login(engine) or current_username()},
    )


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction for one user action: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
