"""The change history: who inserted, changed or deleted which record, when, and old → new."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.db.base import Base
from asfdesk.db.types import AwareDateTime, utcnow

CHANGES_TYPE = JSON().with_variant(JSONB(), "postgresql")


class ChangeRecord(Base):
    """One insert, update or delete of one row of a followed table (asfdesk.db.history_fields).

    `changes` is {field: [old, new]} with values as JSON (dates and times as ISO text, enums as
    their codes); a field whose value is withheld (personal data) maps to null: "changed".
    `owner_table`/`owner_id` name the record a note or participant belongs to.

    Append-only on both backends; on PostgreSQL it is written by triggers (migration 0005) with
    `session_user` as the actor, on SQLite by the app (asfdesk.db.history). No optimistic lock
    and no audit columns: a row is never updated.
    """

    __tablename__ = "change_history"
    __table_args__ = (
        Index("ix_change_history_record", "table_name", "record_id"),
        Index("ix_change_history_owner", "owner_table", "owner_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(
        AwareDateTime(), default=utcnow, server_default=func.current_timestamp()
    )
    actor: Mapped[str] = mapped_column(String(100))
    table_name: Mapped[str] = mapped_column(String(63))
    record_id: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    changes: Mapped[dict[str, Any]] = mapped_column(CHANGES_TYPE)
    owner_table: Mapped[str | None] = mapped_column(String(63))
    owner_id: Mapped[int | None] = mapped_column(Integer)

    def __repr__(self) -> str:
        return f"<ChangeRecord {self.id} {self.operation} {self.table_name} {self.record_id}>"
