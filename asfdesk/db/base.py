"""Declarative base, naming convention and the audit/version columns every table carries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from asfdesk.db.types import AwareDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    def validate_record(self) -> None:
        """Cross-field rules, checked before every flush. Override in models that have them."""


class Audited:
    """Who changed a row and when, plus the optimistic-lock counter.

    `version` is SQLAlchemy's version_id_col: an UPDATE whose version no longer matches
    (someone else saved first) raises StaleDataError instead of silently overwriting.
    created_by/updated_by are filled from the session's user by asfdesk.db.flush_hooks.
    """

    created_at: Mapped[datetime] = mapped_column(
        AwareDateTime(), default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        AwareDateTime(), default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )
    created_by: Mapped[str | None] = mapped_column(String(100))
    updated_by: Mapped[str | None] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


class IdAudited(Audited):
    """Surrogate integer key plus audit columns: the shape of every entity table."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
