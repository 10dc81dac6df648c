"""The access log: who read, exported or changed personal data, and when (GDPR accountability)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.db.base import Base, IdAudited
from asfdesk.db.types import AwareDateTime, utcnow


class AccessLogEntry(IdAudited, Base):
    """One access to jobseeker data. Written in the same transaction as the access it records."""

    __tablename__ = "access_log"

    occurred_at: Mapped[datetime] = mapped_column(AwareDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100), index=True)
    action: Mapped[str] = mapped_column(String(40))  # view, create, update, delete, export, print
    entity: Mapped[str] = mapped_column(String(40))  # jobseeker, referral, …
    entity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    row_count: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)
