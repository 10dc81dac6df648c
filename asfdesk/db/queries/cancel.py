"""Abandon a query the user no longer wants (they typed on), so it stops holding a worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

# SQLite calls the handler every this many VM steps (~1 ms of work). It takes the GIL each time,
# so much smaller values slow the UI thread down while a long count runs.
PROGRESS_STEPS = 200_000


class Cancelled(Exception):
    """The statement was interrupted because its token was cancelled."""


class CancelToken:
    """Set from the UI thread; checked by SQLite's progress handler in the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@contextmanager
def cancellable(session: Session, token: CancelToken | None) -> Iterator[Session]:
    """While inside, a cancelled token interrupts the running SQLite statement.

    PostgreSQL queries are not interrupted (they run on the server); their results are dropped.
    An interrupted statement raises `Cancelled`.
    """
    if token is None or session.get_bind().dialect.name != "sqlite":
        yield session
        return
    raw = session.connection().connection.driver_connection
    raw.set_progress_handler(lambda: 1 if token.cancelled else 0, PROGRESS_STEPS)
    try:
        yield session
    except OperationalError as exc:
        if token.cancelled:
            raise Cancelled() from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)
