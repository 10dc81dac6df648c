"""Values a list's filter pickers offer: (value, label) pairs, labels in the current language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asfdesk.db.models import Consultant, Enterprise, Municipality, ServiceCategory
from asfdesk.domain.enums import LabelledEnum
from asfdesk.entities.base import Choices


def enum(enum_cls: type[LabelledEnum]) -> Callable[[Session], Choices]:
    """Every member of an enum (no query)."""
    return lambda _session: [(m.value, m.label()) for m in enum_cls]


def municipalities_used(model: Any) -> Callable[[Session], Choices]:
    """The municipalities some row of `model` lies in, by name."""

    def choices(session: Session) -> Choices:
        stmt = (
            select(Municipality.code, Municipality.short_name)
            .where(Municipality.code.in_(select(model.municipality_code).distinct()))
            .order_by(Municipality.short_name)
        )
        return [(code, name) for code, name in session.execute(stmt)]

    return choices


def consultants(session: Session) -> Choices:
    stmt = select(Consultant.id, Consultant.name).order_by(Consultant.name)
    return [(cid, name) for cid, name in session.execute(stmt)]


def services(session: Session) -> Choices:
    rows = session.scalars(select(ServiceCategory).order_by(ServiceCategory.code)).all()
    return sorted(((s.id, s.label()) for s in rows), key=lambda c: c[1].casefold())


def enterprises(session: Session) -> Choices:
    stmt = select(Enterprise.id, Enterprise.name).order_by(Enterprise.name)
    return [(eid, name) for eid, name in session.execute(stmt)]
