"""Choices for the tabs' filter pickers: (value, label) pairs, labels in the current language."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asfdesk.db.models import (
    Consultant,
    Enterprise,
    Municipality,
    PartnerOrganisation,
    ServiceCategory,
)
from asfdesk.domain.enums import (
    EnterpriseStatus,
    EventKind,
    Funding,
    LabelledEnum,
    PartnerKind,
    ReferralKind,
    ReferralStatus,
)

Choices = list[tuple[Any, str]]


def _enum(enum_cls: type[LabelledEnum]) -> Choices:
    return [(m.value, m.label()) for m in enum_cls]


def _municipalities_used(session: Session, model) -> Choices:
    stmt = (
        select(Municipality.code, Municipality.short_name)
        .where(Municipality.code.in_(select(model.municipality_code).distinct()))
        .order_by(Municipality.short_name)
    )
    return [(code, name) for code, name in session.execute(stmt)]


def _consultants(session: Session) -> Choices:
    stmt = select(Consultant.id, Consultant.name).order_by(Consultant.name)
    return [(cid, name) for cid, name in session.execute(stmt)]


def _services(session: Session) -> Choices:
    rows = session.scalars(select(ServiceCategory).order_by(ServiceCategory.code)).all()
    return sorted(((s.id, s.label()) for s in rows), key=lambda c: c[1].casefold())


def _enterprises(session: Session) -> Choices:
    stmt = select(Enterprise.id, Enterprise.name).order_by(Enterprise.name)
    return [(eid, name) for eid, name in session.execute(stmt)]


def filter_choices(session: Session, entity: str) -> dict[str, Choices]:
    """Values each filter picker of a tab offers. Enum choices need no query."""
    if entity == "enterprises":
        return {
            "status": _enum(EnterpriseStatus),
            "municipality": _municipalities_used(session, Enterprise),
            "consultant": _consultants(session),
            "service": _services(session),
        }
    if entity == "referrals":
        return {
            "status": _enum(ReferralStatus),
            "kind": _enum(ReferralKind),
            "funding": _enum(Funding),
            "consultant": _consultants(session),
            "enterprise": _enterprises(session),
        }
    if entity == "partner_contacts":
        return {
            "kind": _enum(PartnerKind),
            "municipality": _municipalities_used(session, PartnerOrganisation),
        }
    if entity == "events":
        return {"kind": _enum(EventKind)}
    raise ValueError(f"unknown entity {entity!r}")
