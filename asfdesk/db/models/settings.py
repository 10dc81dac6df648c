"""Settings stored in the database, so every user of a shared server follows the same rule.

One row per key (retention years, the register extract's purpose text). Read and written only
through `asfdesk.services.gdpr`; on PostgreSQL only `asfdesk_admin` may change them (0006).
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asfdesk.db.base import Audited, Base


class Setting(Audited, Base):
    """A key/value pair; the value is text, each setting parses its own."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"<Setting {self.key}>"
