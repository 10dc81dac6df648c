"""Operation bodies for records chosen in a list: run in a worker by a WriteOp, never on the UI thread.

    WriteOp(parent=window, sessions=sessions,
            op=lambda sessions, changes: delete_many(sessions, changes, "enterprise", ids),
            success=window.deleted).run_in_background()

Each record is deleted in its own short transaction (a refusal of one must not undo the others);
the report says exactly which were deleted, which were refused and why, and — if the database
failed part-way — the fault and the ids not yet tried, so the user can retry just those.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from asfdesk.db.queries import profiles as profile_queries
from asfdesk.db.session import session_scope
from asfdesk.domain.errors import StillReferencedError
from asfdesk.services import records
from asfdesk.ui.operations import ChangeRecorder, Sessions


@dataclass
class DeleteReport:
    """What a multi-record delete did."""

    deleted: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (id, the rule's message)
    error: BaseException | None = None  # the fault that stopped it part-way
    not_tried: list[int] = field(default_factory=list)


def delete_many(sessions: Sessions, changes: ChangeRecorder, entity: str, ids: list[int]) -> DeleteReport:
    """Delete `ids` of `entity`, one transaction each; stop at the first fault that is not a refusal."""
    report = DeleteReport()
    for position, record_id in enumerate(ids):
        try:
            records.delete_record(sessions, entity, record_id)
        except StillReferencedError as exc:
            report.refused.append((record_id, str(exc)))
        except Exception as exc:  # the environment or a bug: reported with what is left to do
            report.error = exc
            report.not_tried = list(ids[position:])
            break
        else:
            report.deleted.append(record_id)
            changes.deleted(entity, record_id)
    return report


def save_each(
    sessions: Sessions, changes: ChangeRecorder, entity: str, ids: list[int], values: dict[str, Any]
) -> list[int]:
    """Write the same `values` to several records (e.g. close enterprises that can't be deleted)."""
    saved = []
    for record_id in ids:
        records.save_record(sessions, entity, record_id, None, dict(values))
        changes.updated(entity, record_id)
        saved.append(record_id)
    return saved


def read_name(sessions: Sessions, entity: str, record_id: int | None) -> str:
    """A record's display name in its own short transaction (a picker's label, in a worker)."""
    if record_id is None:
        return ""
    with session_scope(sessions) as session:
        return profile_queries.name_of(session, entity, record_id)
