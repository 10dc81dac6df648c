"""Events (information meetings, network meetings, courses) and their participants."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from asfdesk.db.models import Consultant, Contact, Enterprise, Event, EventParticipant, PartnerOrganisation
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import EventKind, ParticipantStatus
from asfdesk.entities import filters
from asfdesk.entities.base import Column, Document, EntityDef, Extra, Filter, Join, ListDef, ListSpec
from asfdesk.entities.columns import enum_col
from asfdesk.entities.columns import spec as _c
from asfdesk.i18n import QT_TRANSLATE_NOOP

_partner = aliased(PartnerOrganisation, name="ev_partner")
_ent = aliased(Enterprise, name="ev_ent")


def _registered_count() -> ColumnElement[int]:
    return (
        select(func.count(EventParticipant.id))
        .where(
            EventParticipant.event_id == Event.id,
            EventParticipant.status.in_([ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED]),
        )
        .scalar_subquery()
    )


def _start_of_day(value: date) -> datetime:
    return datetime.combine(value, time.min, tzinfo=STOCKHOLM)


def _now() -> datetime:
    return datetime.now(STOCKHOLM)


SPEC = ListSpec(
    base=Event,
    cols=[
        Column(_c("title", QT_TRANSLATE_NOOP("ListColumns", "Title"), width=300), Event.title),
        enum_col(
            _c("kind", QT_TRANSLATE_NOOP("ListColumns", "Kind"), width=130),
            Event.kind,
            lambda: [Event.starts_at],
        ),
        Column(_c("starts_at", QT_TRANSLATE_NOOP("ListColumns", "Starts"), "datetime", 130), Event.starts_at),
        Column(
            _c("location", QT_TRANSLATE_NOOP("ListColumns", "Location"), width=180),
            func.coalesce(Event.location, Event.online_url),
        ),
        Column(
            _c("organiser", QT_TRANSLATE_NOOP("ListColumns", "Organiser"), width=180),
            func.coalesce(_partner.name, _ent.name),
            joins=("partner", "enterprise"),
        ),
        Column(
            _c("registration_deadline", QT_TRANSLATE_NOOP("ListColumns", "Registration by"), "date", 110),
            Event.registration_deadline,
        ),
        Column(_c("capacity", QT_TRANSLATE_NOOP("ListColumns", "Capacity"), "int", 80), Event.capacity),
        Column(
            _c("registered", QT_TRANSLATE_NOOP("ListColumns", "Registered"), "int", 80), _registered_count()
        ),
    ],
    joins={
        "partner": Join(_partner, lambda: _partner.id == Event.organiser_partner_id),
        "enterprise": Join(_ent, lambda: _ent.id == Event.organiser_enterprise_id),
    },
    where=lambda: true(),
    search_targets=lambda: [
        (Event.id, "events"),
        (Event.organiser_partner_id, "partner_organisations"),
        (Event.organiser_enterprise_id, "enterprises"),
    ],
    filters={
        "kind": filters.kind(lambda v: Event.kind == EventKind(v), EventKind),
        "date_from": filters.date_from(lambda v: Event.starts_at >= _start_of_day(v)),
        "date_to": filters.date_to(lambda v: Event.starts_at < _start_of_day(v) + timedelta(days=1)),
        # An event lies where its organiser (enterprise or partner) does; one without none.
        **filters.region(
            lambda test: or_(
                Event.organiser_enterprise_id.in_(select(Enterprise.id).where(test(Enterprise.municipality_code))),
                Event.organiser_partner_id.in_(
                    select(PartnerOrganisation.id).where(test(PartnerOrganisation.municipality_code))
                ),
            )
        ),
        "upcoming": Filter(
            lambda v: Event.starts_at >= _now() if v else true(),
            QT_TRANSLATE_NOOP("Entities", "Upcoming only"),
            kind="flag",
        ),
    },
    default_sort="starts_at",
)


def participants_of(session: Session, event_id: int) -> list[dict[str, Any]]:
    """The participants of an event as the editor shows them (one query)."""
    rows = session.execute(
        select(
            EventParticipant.id,
            EventParticipant.contact_id,
            EventParticipant.consultant_id,
            EventParticipant.status,
            func.coalesce(Contact.name, Consultant.name),
            func.coalesce(Enterprise.name, PartnerOrganisation.name),
        )
        .outerjoin(Contact, Contact.id == EventParticipant.contact_id)
        .outerjoin(Enterprise, Enterprise.id == Contact.enterprise_id)
        .outerjoin(PartnerOrganisation, PartnerOrganisation.id == Contact.partner_organisation_id)
        .outerjoin(Consultant, Consultant.id == EventParticipant.consultant_id)
        .where(EventParticipant.event_id == event_id)
        .order_by(EventParticipant.id)
    )
    return [
        {
            "id": pid,
            "contact_id": contact_id,
            "consultant_id": consultant_id,
            "status": status,
            "name": name or "",
            "organisation": org or "",
        }
        for pid, contact_id, consultant_id, status, name, org in rows
    ]


def _sync_participants(_session: Session, event: Event, wanted: list[dict[str, Any]]) -> None:
    """Make the event's participants those in `wanted` (dicts with id/contact_id/consultant_id/status)."""
    by_id = {p.id: p for p in event.participants}
    keep = {w["id"] for w in wanted if w.get("id")}
    for p in list(event.participants):
        if p.id not in keep:
            event.participants.remove(p)
    for w in wanted:
        status = w.get("status") or ParticipantStatus.INVITED
        if w.get("id") in by_id:
            by_id[w["id"]].status = status
        else:
            event.participants.append(
                EventParticipant(
                    contact_id=w.get("contact_id"), consultant_id=w.get("consultant_id"), status=status
                )
            )


def _attendees(sessions, _list_key: str, _request, ids) -> Any:
    from asfdesk.printing import jobs

    return jobs.attendees_document(sessions, ids[0])


PARTICIPANTS = Extra("participants", participants_of, _sync_participants)

ENTITY = EntityDef(
    key="event",
    model=Event,
    title=QT_TRANSLATE_NOOP("Entities", "Event"),
    plural=QT_TRANSLATE_NOOP("Entities", "Events"),
    icon="event",
    name_columns=("title",),
    lists=(
        ListDef(
            key="events",
            spec=SPEC,
            title=QT_TRANSLATE_NOOP("Entities", "Events"),
            new_text=QT_TRANSLATE_NOOP("Entities", "New event"),
            empty_text=QT_TRANSLATE_NOOP("Entities", "No events yet. Press Ctrl+N to add one."),
            nomatch_text=QT_TRANSLATE_NOOP("Entities", "No events match “%1”."),
            filtered_text=QT_TRANSLATE_NOOP("Entities", "No events match the filters."),
            icon="event",
            order=40,
            shows_names_of=("enterprise", "partner_organisation", "contact"),
            documents=(
                Document(
                    "attendees",
                    QT_TRANSLATE_NOOP("Entities", "attendees"),
                    "one",
                    _attendees,
                    needs_selection=QT_TRANSLATE_NOOP(
                        "Entities", "Select the event whose attendee list you want to print."
                    ),
                ),
            ),
            file_exports=("ics",),
        ),
    ),
    extras=(PARTICIPANTS,),
)
