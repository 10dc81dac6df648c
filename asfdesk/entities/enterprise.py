"""Enterprises: the work-integrating social enterprises consultants place jobseekers with."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, select, true
from sqlalchemy.orm import Session, aliased

from asfdesk.db.models import (
    Consultant,
    Enterprise,
    Municipality,
    Referral,
    ServiceCategory,
    enterprise_services,
)
from asfdesk.db.places import free_places_expression
from asfdesk.domain.enums import EnterpriseStatus
from asfdesk.entities import choices, filters
from asfdesk.entities.base import (
    Column,
    Document,
    EntityDef,
    Extra,
    Filter,
    Join,
    ListDef,
    ListSpec,
    Reference,
)
from asfdesk.entities.columns import enum_col
from asfdesk.entities.columns import spec as _c
from asfdesk.i18n import QT_TRANSLATE_NOOP

_muni = aliased(Municipality, name="ent_muni")
_cons = aliased(Consultant, name="ent_cons")

SPEC = ListSpec(
    base=Enterprise,
    cols=[
        Column(_c("name", QT_TRANSLATE_NOOP("ListColumns", "Name"), width=220), Enterprise.name),
        Column(
            _c("org_number", QT_TRANSLATE_NOOP("ListColumns", "Org. no."), width=110), Enterprise.org_number
        ),
        Column(
            _c("municipality", QT_TRANSLATE_NOOP("ListColumns", "Municipality"), width=120),
            _muni.short_name,
            joins=("muni",),
        ),
        Column(_c("city", QT_TRANSLATE_NOOP("ListColumns", "City"), width=110), Enterprise.city),
        enum_col(
            _c("status", QT_TRANSLATE_NOOP("ListColumns", "Status"), width=90),
            Enterprise.status,
            lambda: [Enterprise.name],
        ),
        Column(
            _c("consultant", QT_TRANSLATE_NOOP("ListColumns", "Consultant"), width=140),
            _cons.name,
            joins=("cons",),
        ),
        Column(
            _c("places_free", QT_TRANSLATE_NOOP("ListColumns", "Free places"), "int", 100),
            free_places_expression(),  # derived from the referrals holding a place (asfdesk.db.places)
        ),
        Column(_c("phone", QT_TRANSLATE_NOOP("ListColumns", "Phone"), width=130), Enterprise.phone),
        Column(_c("email", QT_TRANSLATE_NOOP("ListColumns", "E-mail"), width=200), Enterprise.email),
    ],
    joins={
        "muni": Join(_muni, lambda: _muni.code == Enterprise.municipality_code),
        "cons": Join(_cons, lambda: _cons.id == Enterprise.responsible_consultant_id),
    },
    where=lambda: true(),
    search_targets=lambda: [
        (Enterprise.id, "enterprises"),
        (Enterprise.responsible_consultant_id, "consultants"),
    ],
    filters={
        "status": filters.status(lambda v: Enterprise.status == EnterpriseStatus(v), EnterpriseStatus),
        **filters.region(lambda test: test(Enterprise.municipality_code)),
        "consultant": filters.consultant(lambda v: Enterprise.responsible_consultant_id == int(v)),
        "mine": filters.mine(lambda: Enterprise.responsible_consultant_id),
        "service": Filter(
            lambda v: exists().where(
                enterprise_services.c.enterprise_id == Enterprise.id,
                enterprise_services.c.service_category_id == int(v),
            ),
            QT_TRANSLATE_NOOP("Entities", "Service:"),
            QT_TRANSLATE_NOOP("Entities", "All services"),
            choices=choices.services,
        ),
    },
    default_sort="name",
)


def _contact_sheets(sessions, list_key: str, request, ids) -> Any:
    """Contact sheets (never jobseeker data) for the chosen rows, else every row the list shows."""
    from asfdesk.db.queries import listing
    from asfdesk.db.session import session_scope
    from asfdesk.printing import jobs

    wanted = list(ids)
    if not wanted and list_key:
        with session_scope(sessions) as session:
            wanted = [row[0] for row in listing.iter_rows(session, list_key, request)]
    return jobs.contact_sheet_document(sessions, enterprise_ids=wanted)


CONTACT_SHEETS = Document(
    "contact_sheets", QT_TRANSLATE_NOOP("Entities", "contact-sheets"), "rows", _contact_sheets
)


def _load_services(session: Session, record_id: int) -> set[int]:
    return set(
        session.scalars(
            select(ServiceCategory.id).join(Enterprise.services).where(Enterprise.id == record_id)
        )
    )


def _save_services(session: Session, obj: Enterprise, ids: Any) -> None:
    wanted = sorted(ids)
    obj.services = list(session.scalars(select(ServiceCategory).where(ServiceCategory.id.in_(wanted))))


SERVICES = Extra("service_ids", _load_services, _save_services)  # the ids of its service categories


def _load_free_places(session: Session, record_id: int) -> int:
    return session.scalar(select(free_places_expression()).where(Enterprise.id == record_id)) or 0


def _derived_not_saved(_session: Session, _obj: Enterprise, _value: Any) -> None:
    """Free places follow from the referrals that hold a place: nothing to store."""


FREE_PLACES = Extra("free_places", _load_free_places, _derived_not_saved)  # shown, never typed


def _referenced(obj: Enterprise, count: int) -> tuple[str, dict[str, object]]:
    text = QT_TRANSLATE_NOOP(
        "Validation",
        "{name} has {count} referrals and cannot be deleted. Close it instead (set its status to Closed).",
    )
    return text, {"name": obj.name, "count": count}


ENTITY = EntityDef(
    key="enterprise",
    model=Enterprise,
    title=QT_TRANSLATE_NOOP("Entities", "Enterprise"),
    plural=QT_TRANSLATE_NOOP("Entities", "Enterprises"),
    icon="enterprise",
    lists=(
        ListDef(
            key="enterprises",
            spec=SPEC,
            title=QT_TRANSLATE_NOOP("Entities", "Enterprises"),
            new_text=QT_TRANSLATE_NOOP("Entities", "New enterprise"),
            empty_text=QT_TRANSLATE_NOOP("Entities", "No enterprises yet. Press Ctrl+N to add one."),
            nomatch_text=QT_TRANSLATE_NOOP("Entities", "No enterprises match “%1”."),
            filtered_text=QT_TRANSLATE_NOOP("Entities", "No enterprises match the filters."),
            icon="enterprise",
            order=10,
            documents=(CONTACT_SHEETS,),
        ),
    ),
    extras=(SERVICES, FREE_PLACES),
    blocked_by=(Reference(Referral.enterprise_id, _referenced),),
    retire_values={"status": EnterpriseStatus.CLOSED.value},
    retire_text=QT_TRANSLATE_NOOP("Entities", "Close enterprise"),
    documents=(CONTACT_SHEETS,),
    import_kind="enterprises",
)
