"""Record every access to jobseeker data (GDPR accountability: who, when, what, how many)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from asfdesk.db.models import AccessLogEntry
from asfdesk.db.session import current_username


def record_access(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None = None,
    row_count: int | None = None,
    detail: str | None = None,
) -> AccessLogEntry:
    """Add a log row to `session`; it commits with the access it records, or not at all.

    action: view, create, update, delete, export, print, extract.
    entity: jobseeker, referral, referrals (a list) …
    detail: what was accessed (never the personal data itself, e.g. "export referrals.xlsx").

    The actor is the app's user on SQLite (the OS login). On PostgreSQL the server replaces it
    with `session_user` (migration 0003), so a client can't log in another's name; rows can be
    added but never changed or deleted, on both backends.
    """
    entry = AccessLogEntry(
        actor=session.info.get("user") or current_username(),
        action=action,
        entity=entity,
        entity_id=entity_id,
        row_count=row_count,
        detail=detail,
    )
    session.add(entry)
    return entry
