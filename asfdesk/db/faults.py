"""Tell environment faults (locked, disk full, connection lost, permission) from bugs.

The UI keeps the form and offers Retry for environment faults and conflicts, and shows a
bug report dialog for everything else.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.orm.exc import StaleDataError

from asfdesk.db.schema_errors import SchemaError
from asfdesk.domain.errors import StillReferencedError, ValidationError
from asfdesk.i18n import pick


class FaultKind(Enum):
    VALIDATION = "validation"  # the user's input: show next to the field
    CONFLICT = "conflict"  # someone else saved first: reload and redo
    ENVIRONMENT = "environment"  # locked, disk full, offline, permission: retry later
    REFUSED = "refused"  # a rule says no (delete with referrals, schema too new)
    BUG = "bug"


_ENVIRONMENT_HINTS = (
    "database is locked",
    "disk i/o error",
    "database or disk is full",
    "no space left",
    "unable to open database",
    "readonly database",
    "read-only",
    "permission denied",
    "connection refused",
    "server closed the connection",
    "connection timed out",
    "could not connect",
    "terminating connection",
    "connection is closed",
    "ssl connection has been closed",
    "could not translate host name",
)


def classify(exc: BaseException) -> FaultKind:
    if isinstance(exc, ValidationError):
        return FaultKind.VALIDATION
    if isinstance(exc, StaleDataError):
        return FaultKind.CONFLICT
    if isinstance(exc, StillReferencedError | SchemaError):
        return FaultKind.REFUSED
    if isinstance(exc, DisconnectionError | PoolTimeoutError | PermissionError):
        return FaultKind.ENVIRONMENT
    if isinstance(exc, OSError) and exc.errno is not None:
        return FaultKind.ENVIRONMENT
    if isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        return FaultKind.ENVIRONMENT
    text = str(exc).lower()
    if isinstance(exc, DBAPIError) and any(h in text for h in _ENVIRONMENT_HINTS):
        return FaultKind.ENVIRONMENT
    return FaultKind.BUG


def user_message(exc: BaseException) -> str:
    """A sentence for the user about what went wrong and what to do."""
    kind = classify(exc)
    if kind in (FaultKind.VALIDATION, FaultKind.REFUSED):
        return str(exc)
    if kind is FaultKind.CONFLICT:
        return pick(
            "Someone else saved this record while you were editing it. Your changes are kept "
            "in the form; reload to see their version, then apply your changes again.",
            "Någon annan sparade posten medan du redigerade den. Dina ändringar finns kvar i "
            "formuläret; läs in den nya versionen och gör dina ändringar igen.",
        )
    if kind is FaultKind.ENVIRONMENT:
        return (
            environment_reason(exc)
            + " "
            + pick(
                "Nothing you typed is lost. Try again in a moment.",
                "Inget du skrivit har försvunnit. Försök igen om en stund.",
            )
        )
    return pick(
        "An unexpected error occurred. Your input is kept.",
        "Ett oväntat fel inträffade. Det du skrivit finns kvar.",
    )


def environment_reason(exc: BaseException) -> str:
    """What is wrong with the environment, in one sentence (no advice about the form)."""
    text = str(exc).lower()
    if "locked" in text:
        return pick(
            "The database is busy (locked by another program).",
            "Databasen är upptagen (låst av ett annat program).",
        )
    if "full" in text or "no space" in text:
        return pick("The disk is full.", "Disken är full.")
    if "permission" in text or "readonly" in text or "read-only" in text:
        return pick(
            "No permission to write to the database.", "Behörighet saknas för att skriva till databasen."
        )
    if any(h in text for h in ("refused", "could not connect", "connection failed", "host name")):
        return pick(
            "Cannot reach the database server (is it running, and is the address right?).",
            "Databasservern går inte att nå (är den igång och stämmer adressen?).",
        )
    return pick("The connection to the database was lost.", "Anslutningen till databasen bröts.")
