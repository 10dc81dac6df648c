"""Column types shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum as PyEnum
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, Enum
from sqlalchemy.types import TypeDecorator

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def utcnow() -> datetime:
    return datetime.now(UTC)


class AwareDateTime(TypeDecorator):
    """A timezone-aware timestamp on every backend.

    PostgreSQL stores timestamptz; SQLite has no time zones, so we store UTC there and attach
    the zone on the way out. Values come back in Europe/Stockholm, the users' zone.
    Naive datetimes are refused: they are the classic source of one-hour DST bugs.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; attach a time zone (Europe/Stockholm)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(STOCKHOLM)


def enum_type(enum_cls: type[PyEnum]) -> Enum:
    """Store an enum by its value as VARCHAR, so adding a member needs no ALTER TYPE."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
