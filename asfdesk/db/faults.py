"""Tell environment faults (locked, disk full, read-only, offline, wrong password) from bugs.

The UI keeps the form and offers Retry for environment faults and conflicts, and shows a
bug report dialog for everything else. Causes are read from the driver's codes where it
gives them (SQLite's extended result codes, PostgreSQL's SQLSTATE, errno) and from the
message only where it does not (libpq's connection failures carry no SQLSTATE).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.orm.exc import StaleDataError

from asfdesk.db.schema_errors import SchemaError
from asfdesk.domain.errors import StillReferencedError, ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate

_CONTEXT = "DatabaseFault"  # for texts marked with QT_TRANSLATE_NOOP below
log = logging.getLogger(__name__)


class FaultKind(Enum):
    VALIDATION = "validation"  # the user's input: show next to the field
    CONFLICT = "conflict"  # someone else saved first: reload and redo
    ENVIRONMENT = "environment"  # locked, disk full, offline, permission: retry later
    REFUSED = "refused"  # a rule says no (delete with referrals, schema too new)
    BUG = "bug"


class Cause(Enum):
    """Which part of the environment failed; each has its own sentence and advice."""

    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NO_PERMISSION = "no_permission"
    DAMAGED = "damaged"
    LOGIN_REFUSED = "login_refused"
    UNKNOWN_DATABASE = "unknown_database"
    UNREACHABLE = "unreachable"
    CONNECTION_LOST = "connection_lost"
    SERVER_BUSY = "server_busy"
    CANNOT_OPEN = "cannot_open"
    DISK_ERROR = "disk_error"
    NOT_FOUND = "not_found"


_REASONS = {
    Cause.LOCKED: QT_TRANSLATE_NOOP(
        "DatabaseFault", "The database is busy (another program or user is writing to it)."
    ),
    Cause.DISK_FULL: QT_TRANSLATE_NOOP("DatabaseFault", "The disk where the data is stored is full."),
    Cause.READ_ONLY: QT_TRANSLATE_NOOP(
        "DatabaseFault", "The database or the disk is read-only, so nothing can be saved."
    ),
    Cause.NO_PERMISSION: QT_TRANSLATE_NOOP(
        "DatabaseFault", "You do not have permission to do this (file permissions or database role)."
    ),
    Cause.DAMAGED: QT_TRANSLATE_NOOP("DatabaseFault", "The file is damaged or is not an asfdesk database."),
    Cause.LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "DatabaseFault", "The database server did not accept the user name or password."
    ),
    Cause.UNKNOWN_DATABASE: QT_TRANSLATE_NOOP(
        "DatabaseFault",
        "The database server is running, but the database named in the address does not exist.",
    ),
    Cause.UNREACHABLE: QT_TRANSLATE_NOOP(
        "DatabaseFault", "Cannot reach the database server (is it running, and is the address right?)."
    ),
    Cause.CONNECTION_LOST: QT_TRANSLATE_NOOP("DatabaseFault", "The connection to the database was lost."),
    Cause.SERVER_BUSY: QT_TRANSLATE_NOOP(
        "DatabaseFault",
        "The database server is not accepting connections right now "
        "(it is starting, shutting down or has too many users).",
    ),
    Cause.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "DatabaseFault",
        "The database file cannot be opened (does its folder exist, and may you write there?).",
    ),
    Cause.DISK_ERROR: QT_TRANSLATE_NOOP("DatabaseFault", "The disk reported a read or write error."),
    Cause.NOT_FOUND: QT_TRANSLATE_NOOP("DatabaseFault", "The file or folder does not exist."),
}

_TRY_AGAIN = QT_TRANSLATE_NOOP("DatabaseFault", "Try again in a moment.")
_ASK_IT = QT_TRANSLATE_NOOP("DatabaseFault", "Ask your IT support to check the permissions, then try again.")
_ADVICE = {
    Cause.LOCKED: _TRY_AGAIN,
    Cause.UNREACHABLE: _TRY_AGAIN,
    Cause.CONNECTION_LOST: _TRY_AGAIN,
    Cause.SERVER_BUSY: _TRY_AGAIN,
    Cause.DISK_FULL: QT_TRANSLATE_NOOP("DatabaseFault", "Free some disk space, then try again."),
    Cause.READ_ONLY: _ASK_IT,
    Cause.NO_PERMISSION: _ASK_IT,
    Cause.CANNOT_OPEN: _ASK_IT,
    Cause.NOT_FOUND: QT_TRANSLATE_NOOP("DatabaseFault", "Check the path, then try again."),
    Cause.DAMAGED: QT_TRANSLATE_NOOP("DatabaseFault", "Open another database or restore a backup."),
    Cause.LOGIN_REFUSED: QT_TRANSLATE_NOOP("DatabaseFault", "Check the server settings, then try again."),
    Cause.UNKNOWN_DATABASE: QT_TRANSLATE_NOOP("DatabaseFault", "Check the server settings, then try again."),
    Cause.DISK_ERROR: QT_TRANSLATE_NOOP(
        "DatabaseFault", "Try again; if it keeps happening, ask your IT support to check the disk."
    ),
}

# SQLite primary result codes (the low byte of the extended code).
_SQLITE_CAUSES = {
    sqlite3.SQLITE_PERM: Cause.NO_PERMISSION,
    sqlite3.SQLITE_BUSY: Cause.LOCKED,
    sqlite3.SQLITE_LOCKED: Cause.LOCKED,
    sqlite3.SQLITE_READONLY: Cause.READ_ONLY,
    sqlite3.SQLITE_IOERR: Cause.DISK_ERROR,
    sqlite3.SQLITE_CORRUPT: Cause.DAMAGED,
    sqlite3.SQLITE_NOTADB: Cause.DAMAGED,
    sqlite3.SQLITE_FULL: Cause.DISK_FULL,
    sqlite3.SQLITE_CANTOPEN: Cause.CANNOT_OPEN,
    sqlite3.SQLITE_AUTH: Cause.NO_PERMISSION,
}

# PostgreSQL SQLSTATE codes (exact) and classes (first two characters).
_SQLSTATE_CAUSES = {
    "28P01": Cause.LOGIN_REFUSED,  # invalid_password
    "28000": Cause.LOGIN_REFUSED,  # invalid_authorization_specification (pg_hba, unknown role)
    "3D000": Cause.UNKNOWN_DATABASE,  # invalid_catalog_name
    "42501": Cause.NO_PERMISSION,  # insufficient_privilege
    "25006": Cause.READ_ONLY,  # read_only_sql_transaction (standby, read-only default)
    "53100": Cause.DISK_FULL,  # disk_full
    "53200": Cause.SERVER_BUSY,  # out_of_memory
    "53300": Cause.SERVER_BUSY,  # too_many_connections
    "55P03": Cause.LOCKED,  # lock_not_available
    "40001": Cause.LOCKED,  # serialization_failure
    "40P01": Cause.LOCKED,  # deadlock_detected
    "57014": Cause.LOCKED,  # query_canceled (statement_timeout)
    "57P01": Cause.CONNECTION_LOST,  # admin_shutdown
    "57P02": Cause.CONNECTION_LOST,  # crash_shutdown
    "57P03": Cause.SERVER_BUSY,  # cannot_connect_now
    "XX001": Cause.DAMAGED,  # data_corrupted
    "XX002": Cause.DAMAGED,  # index_corrupted
}
_SQLSTATE_CLASS_CAUSES = {"08": Cause.CONNECTION_LOST, "53": Cause.SERVER_BUSY, "58": Cause.DISK_ERROR}

# libpq reports connection failures as text only: English and Swedish server messages, in order.
_CONNECT_MESSAGES = (
    (Cause.LOGIN_REFUSED, ("password authentication failed", "lösenordsautentisering misslyckades",
                           "no password supplied", "no pg_hba.conf entry", "ingen pg_hba.conf-post",
                           "authentication failed", "autentisering misslyckades", 'role "', 'rollen "')),
    (Cause.NO_PERMISSION, ("permission denied", "rättighet saknas", "åtkomst nekad")),
    (Cause.UNKNOWN_DATABASE, ("does not exist", "existerar inte", "finns inte")),
    (Cause.SERVER_BUSY, ("too many clients", "starting up", "shutting down", "in recovery mode",
                         "för många klienter", "startar upp", "håller på att stänga ner")),
    (Cause.CONNECTION_LOST, ("server closed the connection", "connection is closed", "terminating connection",
                             "ssl connection has been closed", "consuming input failed", "connection is lost",
                             "server conn crashed", "lost synchronization")),
    (Cause.UNREACHABLE, ("connection refused", "could not translate host name", "failed to resolve host",
                         "name or service not known", "timeout expired", "no route to host",
                         "network is unreachable", "no such file or directory", "connection timed out",
                         "could not connect", "connection failed")),
)  # fmt: skip

_ERRNO_NAMES = {
    "EROFS": Cause.READ_ONLY,
    "ENOSPC": Cause.DISK_FULL,
    "EDQUOT": Cause.DISK_FULL,
    "EFBIG": Cause.DISK_FULL,
    "EACCES": Cause.NO_PERMISSION,
    "EPERM": Cause.NO_PERMISSION,
    "EIO": Cause.DISK_ERROR,
    "ENOENT": Cause.NOT_FOUND,
    "ENOTDIR": Cause.NOT_FOUND,
    "ECONNREFUSED": Cause.UNREACHABLE,
    "EHOSTUNREACH": Cause.UNREACHABLE,
    "ENETUNREACH": Cause.UNREACHABLE,
    "ETIMEDOUT": Cause.UNREACHABLE,
    "ECONNRESET": Cause.CONNECTION_LOST,
    "EPIPE": Cause.CONNECTION_LOST,
}
# Not every platform defines every name (Windows lacks some).
_ERRNO_CAUSES = {getattr(errno, name): cause for name, cause in _ERRNO_NAMES.items() if hasattr(errno, name)}


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, the driver error it wraps, and what it was raised `from` (no loops).

    Implicit context is not followed: a bug in an `except` block is still a bug.
    """
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend([getattr(current, "orig", None), current.__cause__])


def _sqlstate(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None)
    return state if isinstance(state, str) else None


def _is_psycopg(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] == "psycopg"


def _driver_cause(exc: BaseException) -> Cause | None:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return _SQLITE_CAUSES.get(code & 0xFF)
        return None
    if _is_psycopg(exc):
        state = _sqlstate(exc)
        if state is not None:
            return _SQLSTATE_CAUSES.get(state) or _SQLSTATE_CLASS_CAUSES.get(state[:2])
        if type(exc).__name__ in ("OperationalError", "InterfaceError"):
            text = str(exc).lower()
            for cause, hints in _CONNECT_MESSAGES:
                if any(hint in text for hint in hints):
                    return cause
            return Cause.CONNECTION_LOST
        return None
    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNO_CAUSES.get(exc.errno, Cause.DISK_ERROR)
    return None


# SQLite says only "unable to open database file" or "readonly database"; the file's folder
# tells whether the disk is read-only, the folder is missing or not the user's.
_database_files: weakref.WeakKeyDictionary[BaseException, Path] = weakref.WeakKeyDictionary()


@event.listens_for(Engine, "handle_error")
def _remember_database_file(context: ExceptionContext) -> None:
    """Note which SQLite file an error came from (every engine, connect errors included)."""
    engine = context.engine
    if engine is None or context.sqlalchemy_exception is None or engine.url.get_backend_name() != "sqlite":
        return
    database = engine.url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        _database_files[context.sqlalchemy_exception] = Path(database)


def _file_cause(path: Path) -> Cause | None:
    """Why SQLite could not open or write `path`, as far as the file system shows."""
    folder = path.parent
    if not folder.is_dir():
        return Cause.NOT_FOUND
    if hasattr(os, "statvfs"):  # POSIX; on Windows the access check below has to do
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return Cause.READ_ONLY
        except OSError:
            return None
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.R_OK | os.W_OK)):
        return Cause.NO_PERMISSION
    return None


def environment_cause(exc: BaseException) -> Cause | None:
    """What in the environment failed, or None when `exc` is not an environment fault."""
    for current in _chain(exc):
        cause = _driver_cause(current)
        if cause in (Cause.CANNOT_OPEN, Cause.READ_ONLY) and current is not exc:
            path = next((_database_files[c] for c in _chain(exc) if c in _database_files), None)
            cause = (_file_cause(path) if path is not None else None) or cause
        if cause is not None:
            return cause
        if isinstance(current, DisconnectionError):
            return Cause.CONNECTION_LOST
        if isinstance(current, PoolTimeoutError):
            return Cause.SERVER_BUSY
        if isinstance(current, DBAPIError) and current.connection_invalidated:
            return Cause.CONNECTION_LOST
    return None


# -- unique constraints -------------------------------------------------------------------------

_DUPLICATE_MESSAGES = {
    ("jobseekers", "personnummer"): QT_TRANSLATE_NOOP(
        "DatabaseFault", "A jobseeker with that personal identity number already exists."
    ),
    ("enterprises", "org_number"): QT_TRANSLATE_NOOP(
        "DatabaseFault", "An enterprise with that organisation number already exists."
    ),
    ("consultants", "username"): QT_TRANSLATE_NOOP(
        "DatabaseFault", "A consultant with that user name already exists."
    ),
    ("service_categories", "code"): QT_TRANSLATE_NOOP(
        "DatabaseFault", "A service category with that code already exists."
    ),
    ("event_participants", "contact_id"): QT_TRANSLATE_NOOP(
        "DatabaseFault", "That contact is already a participant in this event."
    ),
    ("event_participants", "consultant_id"): QT_TRANSLATE_NOOP(
        "DatabaseFault", "That consultant is already a participant in this event."
    ),
}


@dataclass(frozen=True)
class UniqueViolation:
    """A save refused because a unique value is taken: which table and which field."""

    table: str
    field: str

    def message(self, language: str | None = None) -> str:
        known = _DUPLICATE_MESSAGES.get((self.table, self.field))
        if known is not None:
            return translate(_CONTEXT, known, language=language)
        from asfdesk.domain.errors import field_label

        return translate(
            "DatabaseFault", "Another record already has that value in the field %1.", language=language
        ).replace("%1", field_label(self.field, language))


class DuplicateValueError(ValidationError):
    """A unique-constraint violation as a validation error on its field, for forms to show there."""

    def __init__(self, violation: UniqueViolation) -> None:
        super().__init__(violation.field, "already exists")
        self.violation = violation

    def reason(self, language: str | None = None) -> str:
        return self.violation.message(language)

    def message(self, language: str | None = None) -> str:
        return self.reason(language)


def as_validation_error(exc: BaseException) -> ValidationError | None:
    """`exc` as a ValidationError naming its field (a duplicate unique value), or None."""
    if isinstance(exc, ValidationError):
        return exc
    found = unique_violation(exc)
    return DuplicateValueError(found) if found is not None else None


def _unique_columns(constraint_name: str) -> tuple[str, str] | None:
    """(table, first column that is not the owner key) of a named unique constraint."""
    from asfdesk.db import models  # noqa: F401 - registers every table on the metadata
    from asfdesk.db.base import Base

    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            if constraint.name == constraint_name and hasattr(constraint, "columns"):
                names = [column.name for column in constraint.columns]
                return table.name, (names[-1] if len(names) > 1 else names[0])
        for index in table.indexes:
            if index.unique and index.name == constraint_name:
                return table.name, [column.name for column in index.columns][-1]
    return None


def unique_violation(exc: BaseException) -> UniqueViolation | None:
    """The unique constraint a save broke, read from the driver error (never its values)."""
    for current in _chain(exc):
        if isinstance(current, sqlite3.IntegrityError) and (
            getattr(current, "sqlite_errorname", "")
            in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY")
        ):
            # "UNIQUE constraint failed: jobseekers.personnummer" (several columns: comma separated)
            columns = str(current).partition(":")[2].strip().split(", ")
            table, _, field = columns[-1].partition(".")
            if field:
                return UniqueViolation(table, field)
        if _is_psycopg(current) and _sqlstate(current) == "23505":
            diag = getattr(current, "diag", None)
            name = getattr(diag, "constraint_name", None)
            found = _unique_columns(name) if name else None
            if found is not None:
                return UniqueViolation(*found)
            table = getattr(diag, "table_name", None) or "?"
            return UniqueViolation(table, name or "?")
    return None


# -- classification -------------------------------------------------------------------------------


def role_refused(exc: BaseException) -> bool:
    """The server said no to this login's role (SQLSTATE 42501 on a statement, not at connect).

    Not the environment's fault and nothing to retry: the grants of migration 0004 (or the
    append-only access log) refuse it, and the same action will be refused again."""
    return any(_is_psycopg(c) and _sqlstate(c) == "42501" for c in _chain(exc))


def classify(exc: BaseException) -> FaultKind:
    if isinstance(exc, ValidationError) or unique_violation(exc) is not None:
        return FaultKind.VALIDATION
    if isinstance(exc, StaleDataError):
        return FaultKind.CONFLICT
    if isinstance(exc, StillReferencedError | SchemaError) or role_refused(exc):
        return FaultKind.REFUSED
    if environment_cause(exc) is not None:
        return FaultKind.ENVIRONMENT
    return FaultKind.BUG


def user_message(exc: BaseException, form: bool = True) -> str:
    """A sentence for the user about what went wrong and what to do.

    `form`: the user was editing (the message then says their input is kept).
    """
    kind = classify(exc)
    if kind is FaultKind.VALIDATION:
        found = unique_violation(exc)
        return found.message() if found is not None else str(exc)
    if kind is FaultKind.REFUSED:
        if role_refused(exc):
            return translate(
                "DatabaseFault",
                "Your role may not do this on the shared database. Ask your administrator if you need to.",
            )
        return str(exc)
    if kind is FaultKind.CONFLICT:
        return translate(
            "DatabaseFault",
            "Someone else saved this record while you were editing it. Your changes are kept "
            "in the form; reload to see their version, then apply your changes again.",
        )
    if kind is FaultKind.ENVIRONMENT:
        parts = [environment_reason(exc)]
        if form:
            parts.append(translate("DatabaseFault", "Nothing you typed is lost."))
        parts.append(environment_advice(exc))
        return " ".join(part for part in parts if part)
    if form:
        return translate("DatabaseFault", "An unexpected error occurred. Your input is kept.")
    return translate("DatabaseFault", "An unexpected error occurred.")


def environment_reason(exc: BaseException) -> str:
    """What is wrong with the environment, in one sentence (no advice about the form)."""
    cause = environment_cause(exc) or Cause.CONNECTION_LOST
    return translate(_CONTEXT, _REASONS[cause])


def environment_advice(exc: BaseException) -> str:
    """What the user can do about it, in one sentence."""
    cause = environment_cause(exc) or Cause.CONNECTION_LOST
    return translate(_CONTEXT, _ADVICE.get(cause, _TRY_AGAIN))


def technical_summary(exc: BaseException) -> str:
    """One line naming the driver's error, for a terminal or a log line (scrubbed, no SQL)."""
    from asfdesk.scrub import scrub

    inner = getattr(exc, "orig", None) or exc
    first_line = str(inner).strip().splitlines()[0] if str(inner).strip() else ""
    return scrub(f"{type(inner).__name__}: {first_line}" if first_line else type(inner).__name__)


def log_fault(exc: BaseException) -> None:
    """Write `exc` to the log at the level its kind deserves (the log's filter scrubs it)."""
    kind = classify(exc)
    if kind is FaultKind.BUG:
        log.error("unexpected error", exc_info=exc)
    elif kind is FaultKind.ENVIRONMENT:
        log.warning("environment fault (%s): %s", environment_cause(exc).value, technical_summary(exc))
    else:
        log.info("%s: %s", kind.value, technical_summary(exc))
