"""The rules every write obeys, attached to every `Session` when the models are imported.

`asfdesk.db.models` imports this module (and `asfdesk.db.search`, which keeps the search
documents current), so no path can skip validation or stamping: not the UI, the importer,
the CLI, nor a script with a plain `Session(engine)`.
"""

from __future__ import annotations

import getpass

from sqlalchemy import event
from sqlalchemy.orm import Session

from asfdesk.db.base import Audited, Base
from asfdesk.db.types import utcnow


def current_username() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers/services
        return "unknown"


@event.listens_for(Session, "before_flush")
def validate_and_stamp(session: Session, flush_context, instances) -> None:
    """Every write path passes here, so rules hold everywhere.

    On PostgreSQL the server has the last word on created_by/updated_by: a trigger of migration
    0004 sets them from `session_user`. The app's session user is that same login there
    (`make_session_factory`), so the values in memory agree with the stored ones.
    """
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
