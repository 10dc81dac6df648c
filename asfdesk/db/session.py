"""Session factory and the flush hook that validates records and stamps who changed them."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.base import Audited, Base
from asfdesk.db.types import utcnow


def current_username() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers/services
        return "unknown"


def make_session_factory(engine: Engine, user: str | None = None) -> sessionmaker[Session]:
    """One factory per database; open one short session per user action."""
    return sessionmaker(
        bind=engine,
        expire_on_commit=False,
        info={"user": user or current_username()},
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


@event.listens_for(Session, "before_flush")
def _validate_and_stamp(session: Session, flush_context, instances) -> None:
    """Every write path (UI, import, CLI, scripts) passes here, so rules hold everywhere."""
    user = session.info.get("user") or current_username()
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Base):
            obj.validate_record()
        if isinstance(obj, Audited):
            obj.created_by = obj.created_by or user
            obj.updated_by = user
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, Base):
            obj.validate_record()
        if isinstance(obj, Audited):
            obj.updated_by = user
            obj.updated_at = now
