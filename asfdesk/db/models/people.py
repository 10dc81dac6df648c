"""People: the consultants who use the app and the jobseekers they refer."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from asfdesk.db.base import Base, IdAudited
from asfdesk.db.models._contact_fields import PostalContactFields
from asfdesk.db.models._fields import optional, required_text
from asfdesk.domain.contact_info import normalize_email, normalize_phone
from asfdesk.domain.identifiers import birth_date_of, normalize_personnummer


class Consultant(IdAudited, Base):
    """A user of the app (AME consultant)."""

    __tablename__ = "consultants"

    name: Mapped[str] = mapped_column(String(200))
    username: Mapped[str] = mapped_column(String(100), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    @validates("name")
    def _v_name(self, key: str, value: object) -> str:
        return required_text(value, key)

    @validates("username")
    def _v_username(self, key: str, value: object) -> str:
        return required_text(value, key).lower()

    @validates("email")
    def _v_email(self, key: str, value: object) -> str | None:
        return optional(normalize_email, value, key)

    @validates("phone")
    def _v_phone(self, key: str, value: object) -> str | None:
        return optional(normalize_phone, value, key)

    def __repr__(self) -> str:
        return f"<Consultant {self.username}>"


class Jobseeker(PostalContactFields, IdAudited, Base):
    """A person referred to an enterprise. Sensitive: keep little, show the personnummer masked.

    `birth_date` is derived from the personnummer when there is one, and may be entered alone
    when there is not, so duplicates can still be spotted by name and birth date.
    """

    __tablename__ = "jobseekers"

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    personnummer: Mapped[str | None] = mapped_column(String(12), unique=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    protected_identity: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    responsible_consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)

    responsible_consultant: Mapped[Consultant | None] = relationship()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @validates("first_name", "last_name")
    def _v_names(self, key: str, value: object) -> str:
        return required_text(value, key)

    @validates("personnummer")
    def _v_personnummer(self, key: str, value: object) -> str | None:
        normalized = optional(normalize_personnummer, value, key)
        if normalized is not None:
            self.birth_date = birth_date_of(normalized)
        return normalized

    def __repr__(self) -> str:
        # Never put names or personnummer in logs.
        return f"<Jobseeker {self.id}>"
