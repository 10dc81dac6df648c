"""Abandon a query the user no longer wants (they typed on), so it stops holding a worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session


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
    """
    if token is None or session.get_bind().dialect.name != "sqlite":
        yield session
        return
    raw = session.connection().connection.driver_connection
    raw.set_progress_handler(lambda: 1 if token.cancelled else 0, 5000)
    try:
        yield session
    finally:
        raw.set_progress_handler(None, 0)
