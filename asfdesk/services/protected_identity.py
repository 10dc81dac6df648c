"""Protected identity (skyddade personuppgifter) in the consultant's tools: may a profile open?

What lists, exports and pickers show is one rule in asfdesk.entities.protected; opening such a
person's own profile needs a reason, given before anything of theirs is read, and written to
the access log as the view's detail (asfdesk.services.records.load_record).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from asfdesk import entities
from asfdesk.entities import protected


def needs_reason(session: Session, entity: str, record_id: int | None) -> bool:
    """Does opening this record's profile need a reason (a protected identity)?

    Reads the flag only; nothing of the person's is shown, so nothing is logged."""
    if record_id is None:
        return False
    record = session.get(entities.get(entity).model, record_id)
    return record is not None and protected.is_protected(record)
