"""Postal address, phone and e-mail columns with their validators, for every model that has them."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, validates

from asfdesk.db.models._fields import bounded_text, optional
from asfdesk.domain.contact_info import normalize_email, normalize_phone, normalize_postal_code


class PostalContactFields:
    """street_address, postal_code ("821 43"), city, phone ("070-123 45 67") and email."""

    street_address: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(6))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))

    @validates("postal_code")
    def _v_postal_code(self, key: str, value: object) -> str | None:
        return optional(normalize_postal_code, value, key)

    @validates("phone")
    def _v_phone(self, key: str, value: object) -> str | None:
        return optional(normalize_phone, value, key)

    @validates("email")
    def _v_email(self, key: str, value: object) -> str | None:
        return optional(normalize_email, value, key)

    @validates("street_address", "city")
    def _v_address_text(self, key: str, value: object) -> str | None:
        return bounded_text(value, key)  # the length is the column's (city 100, street 200)
