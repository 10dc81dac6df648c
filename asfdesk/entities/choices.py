"""Values a list's filter pickers offer: (value, label) pairs, labels in the current language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from asfdesk.db.models import (
    Consultant,
    County,
    Enterprise,
    Municipality,
    PartnerOrganisation,
    ServiceCategory,
)
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


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}"})  # after z, in the Swedish order


def swedish_key(name: str) -> str:
    """Sort key that puts Å, Ä, Ö after Z as a Swedish reader expects, on either backend."""
    return name.casefold().translate(_SWEDISH_ORDER)


def _places_in_use():
    """The kommunkoder some enterprise or partner organisation lies in: the region's places."""
    return union(
        select(Enterprise.municipality_code).where(Enterprise.municipality_code.is_not(None)),
        select(PartnerOrganisation.municipality_code).where(
            PartnerOrganisation.municipality_code.is_not(None)
        ),
    ).subquery()


def counties_in_use(session: Session) -> Choices:
    """The counties the database's enterprises and partners lie in ("Dalarnas län"), by name.

    Every list offers the same places, so a region's user picks the county once in each tab
    and never a county with nothing in it."""
    places = _places_in_use()
    stmt = (
        select(County.code, County.name)
        .where(County.code.in_(select(Municipality.county_code).where(Municipality.code.in_(select(places)))))
    )
    return sorted(((code, name) for code, name in session.execute(stmt)), key=lambda c: swedish_key(c[1]))


def municipalities_in_use(session: Session) -> Choices:
    """The municipalities the database's enterprises and partners lie in, by name."""
    places = _places_in_use()
    stmt = (
        select(Municipality.code, Municipality.short_name)
        .where(Municipality.code.in_(select(places)))
    )
    return sorted(((code, name) for code, name in session.execute(stmt)), key=lambda c: swedish_key(c[1]))


def consultants(session: Session) -> Choices:
    stmt = select(Consultant.id, Consultant.name).order_by(Consultant.name)
    return [(cid, name) for cid, name in session.execute(stmt)]


def services(session: Session) -> Choices:
    rows = session.scalars(select(ServiceCategory).order_by(ServiceCategory.code)).all()
    return sorted(((s.id, s.label()) for s in rows), key=lambda c: c[1].casefold())


def enterprises(session: Session) -> Choices:
    stmt = select(Enterprise.id, Enterprise.name).order_by(Enterprise.name)
    return [(eid, name) for eid, name in session.execute(stmt)]
