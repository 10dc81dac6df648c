"""The operation layer: every database read and write the UI asks for runs here, off the UI thread.

Widgets never open a session. They describe the work as an operation and get the answer on
the UI thread (the idea of Anki's `CollectionOp`/`QueryOp`, qt/aqt/operations/__init__.py):

    QueryOp(parent=self, sessions=self.sessions,
            op=lambda session: q.search_enterprises(session, text),
            success=self.show_rows).run_in_background()

    WriteOp(parent=self, sessions=self.sessions,
            op=lambda sessions, changes: save(sessions, changes),
            success=self.saved).on_validation(self.show_field_error).run_in_background()

QueryOp(op(session) -> T)
    A read. `op` runs in a worker thread inside ONE short transaction that is committed at the
    end, so an access-log row the op adds is stored together with the read; if it cannot be
    stored (read-only database, lost connection) the read fails and nothing is shown.
WriteOp(op(sessions, changes: ChangeRecorder) -> T)
    A write. `op` gets the session factory (the services in asfdesk.services open their own
    transaction) and notes what it created, updated or deleted on `changes`. When the op
    returns, the recorded changes are published; when it raises after some of its own
    transactions committed (a partial multi-record delete), what it recorded is published too.

Both are configured by chaining, then started with `run_in_background()`:
    success(result)      on the UI thread; skipped when `parent` was deleted meanwhile
    .on_validation(fn)   a ValidationError goes to `fn` (shown next to the field), no dialog
    .on_conflict(fn)     a CONFLICT (someone else saved first) goes to `fn` (the profile's
                         field-by-field comparison, asfdesk.ui.profiles.conflict), no dialog
    .failure(fn)         replaces the default fault handling below
    .finished(fn)        fn(ok: bool) once at the very end (clear a busy state, close on save)
    .without_retry()     environment faults get OK only
    .in_pool(pool)       a QThreadPool of the caller (the list model keeps its own)

Failures are classified once, here, by `asfdesk.db.faults.classify`:
    VALIDATION  → `on_validation` handler, else the dialog; a duplicate unique value (an
                  IntegrityError) arrives there as a ValidationError naming its field
                  (`asfdesk.db.faults.as_validation_error`), so it is shown next to that field
    ENVIRONMENT → `asfdesk.ui.error_dialogs.show_error(allow_retry=True)`; Retry runs the same op
                  again with the same inputs, so what the user typed is never lost
    CONFLICT, REFUSED → the dialog with the message (the caller keeps its input)
    BUG         → the bug dialog (details, log file)
`AccessNotLogged` (raised when personal data would be shown without its access-log row) is a
refusal with its own message. Helpers: `read_logged(session, read, log)` reads and writes the
access-log row in one transaction (AccessNotLogged if the row can't be stored, so the caller
shows nothing); `show_fault(parent, exc, allow_retry)` shows a fault an op returned in its
result; `failure_text(exc)` is the sentence for a list or picker that stays empty.
`QueryOp(sessions=None)` calls `op(None)` for a service that opens its own session.
`worker_only` marks a function that reaches the database itself and is only ever called by an
operation (e.g. a picker's labeller); called on the UI thread it raises, so a test catches it.
Operation bodies shared by several widgets live in `asfdesk.ui.operations_records`
(`delete_many`: several records, one transaction each, with a report of what was deleted,
refused or left when the database failed part-way).

The one change signal: `changes().changed` emits a `Changes` value after every successful write.
`Changes` is self-contained (plain strings, ints and an enum; no Qt objects, no sessions), so the
live updates from other users publish on the same signal with `publish(Changes(..., source=…))`:

    Changes(items=(Change(entity="enterprise", kind=ChangeKind.UPDATED, ids=frozenset({5})), …),
            source="profile:1f3e…")   # who published it; None for other users/unknown

`entity` is the entity's key in the registry, asfdesk.entities ("enterprise", "referral",
"jobseeker", "partner_organisation", "contact", "event"); the list model asks the registry which
lists show that entity's rows or names. Tabs (asfdesk.ui.table.model.PagedTableModel.apply_changes)
and open profiles (asfdesk.ui.profiles.base.ProfileWindow) subscribe and refresh themselves; a
widget compares `source` with its own to skip changes it made itself.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.faults import FaultKind, as_validation_error, classify, user_message
from asfdesk.db.session import session_scope
from asfdesk.domain.errors import ValidationError
from asfdesk.scrub import scrub
from asfdesk.ui import error_dialogs
from asfdesk.ui.workers import run_in_thread

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
Sessions = sessionmaker[Session]  # what widgets hold and hand to operations, never call


def login_of(sessions: Sessions) -> str:
    """The login a session factory stamps on its work (the consultant at the keyboard); no I/O."""
    return (sessions.kw.get("info") or {}).get("user") or ""


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True)
class Change:
    """Records of one entity that were created, updated or deleted."""

    entity: str
    kind: ChangeKind
    ids: frozenset[int]


@dataclass(frozen=True)
class Changes:
    """What one operation (or another user) changed; published on `changes().changed`."""

    items: tuple[Change, ...] = ()
    source: str | None = None

    def __bool__(self) -> bool:
        return any(item.ids for item in self.items)

    def touches(self, entity: str) -> bool:
        return any(item.entity == entity and item.ids for item in self.items)

    def ids(self, entity: str, *kinds: ChangeKind) -> frozenset[int]:
        """Ids of `entity` changed in any of `kinds` (all kinds when none are given)."""
        wanted = kinds or tuple(ChangeKind)
        found: set[int] = set()
        for item in self.items:
            if item.entity == entity and item.kind in wanted:
                found |= item.ids
        return frozenset(found)

    @classmethod
    def of(cls, entity: str, kind: ChangeKind, *ids: int, source: str | None = None) -> Changes:
        return cls((Change(entity, kind, frozenset(ids)),), source)


@dataclass
class ChangeRecorder:
    """Filled by a WriteOp's `op` in the worker; read on the UI thread when the op is done."""

    source: str | None = None
    _items: dict[tuple[str, ChangeKind], set[int]] = field(default_factory=dict)

    def add(self, entity: str, kind: ChangeKind, *ids: int) -> None:
        self._items.setdefault((entity, kind), set()).update(i for i in ids if i is not None)

    def created(self, entity: str, *ids: int) -> None:
        self.add(entity, ChangeKind.CREATED, *ids)

    def updated(self, entity: str, *ids: int) -> None:
        self.add(entity, ChangeKind.UPDATED, *ids)

    def deleted(self, entity: str, *ids: int) -> None:
        self.add(entity, ChangeKind.DELETED, *ids)

    def build(self) -> Changes:
        items = tuple(Change(e, k, frozenset(ids)) for (e, k), ids in self._items.items() if ids)
        return Changes(items, self.source)


class ChangeBus(QObject):
    """The one application-wide "something changed" signal."""

    changed = Signal(object)  # Changes


_bus: ChangeBus | None = None


def changes() -> ChangeBus:
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


def publish(changeset: Changes) -> None:
    """Tell every tab and profile; call on the UI thread (operations do it for you)."""
    if changeset:
        changes().changed.emit(changeset)


def new_source(kind: str) -> str:
    """A unique `source` token for a widget, so it can recognise its own changes."""
    return f"{kind}:{uuid.uuid4().hex}"


def on_ui_thread() -> bool:
    """True on the thread of the application object (the UI thread)."""
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def worker_only(fn: F) -> F:
    """Mark `fn` as reaching the database itself: only an operation's worker may call it.

    The architecture test lets a widget module hand its session factory to such a function; at
    run time a call on the UI thread raises RuntimeError (a bug), so the mistake shows in tests."""

    @functools.wraps(fn)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if on_ui_thread():
            raise RuntimeError(f"{fn.__qualname__} reaches the database: run it in a QueryOp/WriteOp")
        return fn(*args, **kwargs)

    return guarded  # type: ignore[return-value]


class AccessNotLogged(Exception):
    """Personal data was read but its access-log row could not be stored: nothing is shown."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Operations",
                "This list holds personal data, and reading it cannot be written to the access log "
                "(the database may be read-only or unreachable), so it is not shown.",
            )
        )


def failure_text(exc: BaseException) -> str:
    """One sentence for a list or picker that shows nothing because of `exc` (no form involved)."""
    if isinstance(exc, AccessNotLogged):
        return str(exc)
    return user_message(exc, form=False)


def read_logged(session: Session, read: Callable[[Session], T], log: Callable[[Session, T], Any]) -> T:
    """Run `read`, add its access-log row with `log`, and commit both; AccessNotLogged if the
    log cannot be written (the caller then shows nothing)."""
    result = read(session)
    try:
        log(session, result)
        session.commit()
    except Exception as exc:
        session.rollback()
        if classify(exc) in (FaultKind.ENVIRONMENT, FaultKind.BUG):
            raise AccessNotLogged() from exc
        raise
    return result


class _Op(Generic[T]):
    """What QueryOp and WriteOp share: callbacks, fault handling, running in a worker."""

    def __init__(
        self,
        *,
        parent: QObject | None,
        sessions: Sessions | None,
        success: Callable[[T], Any] | None = None,
        source: str | None = None,
    ) -> None:
        self._parent = parent
        self._sessions = sessions
        self._success = success
        self._source = source
        self._failure: Callable[[BaseException], Any] | None = None
        self._validation: Callable[[ValidationError], Any] | None = None
        self._conflict: Callable[[BaseException], Any] | None = None
        self._finished: Callable[[bool], Any] | None = None
        self._retry = True
        self._pool: QThreadPool | None = None

    def failure(self, fn: Callable[[BaseException], Any]) -> _Op[T]:
        self._failure = fn
        return self

    def on_validation(self, fn: Callable[[ValidationError], Any]) -> _Op[T]:
        self._validation = fn
        return self

    def on_conflict(self, fn: Callable[[BaseException], Any]) -> _Op[T]:
        self._conflict = fn
        return self

    def finished(self, fn: Callable[[bool], Any]) -> _Op[T]:
        self._finished = fn
        return self

    def without_retry(self) -> _Op[T]:
        self._retry = False
        return self

    def in_pool(self, pool: QThreadPool | None) -> _Op[T]:
        self._pool = pool
        return self

    def run_in_background(self) -> None:
        recorder = ChangeRecorder(self._source)
        run_in_thread(
            lambda: self._work(recorder),
            on_done=lambda result: self._succeeded(result, recorder),
            on_error=lambda exc: self._failed(exc, recorder),
            pool=self._pool,
        )

    # -- in the worker ---------------------------------------------------------------------

    def _work(self, recorder: ChangeRecorder) -> T:
        raise NotImplementedError

    # -- on the UI thread ------------------------------------------------------------------

    def _alive(self) -> bool:
        return self._parent is None or isValid(self._parent)

    def _succeeded(self, result: T, recorder: ChangeRecorder) -> None:
        publish(recorder.build())
        if not self._alive():
            return
        if self._success is not None:
            self._success(result)
        if self._finished is not None:
            self._finished(True)

    def _failed(self, exc: BaseException, recorder: ChangeRecorder) -> None:
        publish(recorder.build())  # a partial result that did commit
        if not self._alive():
            return
        invalid = as_validation_error(exc)  # a ValidationError, or a duplicate unique value
        if self._failure is not None:
            self._failure(exc)
        elif invalid is not None and self._validation is not None:
            self._validation(invalid)
        elif self._conflict is not None and classify(exc) is FaultKind.CONFLICT:
            self._conflict(exc)
        elif self._show(exc):
            self.run_in_background()  # Retry: same op, same inputs
            return
        if self._finished is not None:
            self._finished(False)

    def _show(self, exc: BaseException) -> bool:
        """Show the fault the way its kind deserves; True if the user chose Retry."""
        return show_fault(self._parent if isinstance(self._parent, QWidget) else None, exc, self._retry)


def show_fault(parent: QWidget | None, exc: BaseException, allow_retry: bool = False) -> bool:
    """Show a fault an operation reported inside its result (e.g. a partial delete); True on Retry."""
    if isinstance(exc, AccessNotLogged):
        tell_refused(parent, str(exc))
        return False
    if allow_retry and classify(exc) is FaultKind.ENVIRONMENT:
        return error_dialogs.show_error(parent, exc, allow_retry=True)
    error_dialogs.show_error(parent, exc)
    return False


def refusal_box(parent: QWidget | None, message: str) -> QMessageBox:
    """The box `tell_refused` runs (separate so that tests can read it without a modal loop).

    The text is scrubbed like every error dialog's: a rule's message may quote what was typed."""
    return QMessageBox(
        QMessageBox.Icon.Information, "asfdesk", scrub(message), QMessageBox.StandardButton.Ok, parent
    )


def tell_refused(parent: QWidget | None, message: str) -> None:
    """A rule said no: say why, with an OK button (not a bug, nothing to retry)."""
    refusal_box(parent, message).exec()


class QueryOp(_Op[T]):
    """A read in one short transaction: `op(session) -> result`.

    `sessions=None`: `op(None)` calls a service that opens its own session (e.g. load_record).
    """

    def __init__(
        self,
        *,
        parent: QObject | None,
        sessions: Sessions | None,
        op: Callable[[Session | None], T],
        success: Callable[[T], Any] | None = None,
    ) -> None:
        super().__init__(parent=parent, sessions=sessions, success=success)
        self._op = op

    def _work(self, recorder: ChangeRecorder) -> T:
        if self._sessions is None:  # the op reaches the database through a service
            return self._op(None)
        with session_scope(self._sessions) as session:
            return self._op(session)


class WriteOp(_Op[T]):
    """A write: `op(sessions, changes) -> result`; the recorded changes are published."""

    def __init__(
        self,
        *,
        parent: QObject | None,
        sessions: Sessions,
        op: Callable[[Sessions, ChangeRecorder], T],
        success: Callable[[T], Any] | None = None,
        source: str | None = None,
    ) -> None:
        super().__init__(parent=parent, sessions=sessions, success=success, source=source)
        self._op = op

    def _work(self, recorder: ChangeRecorder) -> T:
        return self._op(self._sessions, recorder)
