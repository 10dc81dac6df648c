"""Load, save and delete one record per user action, in one short transaction each.

The profile windows talk to the database only through these functions. Validation happens in
the models (@validates + validate_record in before_flush), so a ValidationError here means
nothing was stored. A save names the version the user started from; if the row has moved on
since, StaleDataError is raised and the caller keeps the user's input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from asfdesk.db.models import (
    Activity,
    Consultant,
    Contact,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    PartnerOrganisation,
    Referral,
    ServiceCategory,
)
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ActivityType, ParticipantStatus
from asfdesk.domain.errors import StillReferencedError, ValidationError
from asfdesk.i18n import pick
from asfdesk.services.access_log import record_access

MODELS: dict[str, type] = {
    "enterprise": Enterprise,
    "referral": Referral,
    "jobseeker": Jobseeker,
    "partner_organisation": PartnerOrganisation,
    "contact": Contact,
    "event": Event,
}
# Entities whose reads and writes are personal data and go to the access log.
PERSONAL = frozenset({"jobseeker", "referral"})
_AUDIT = frozenset({"id", "version", "created_at", "updated_at", "created_by", "updated_by"})


@dataclass
class RecordData:
    """What a profile shows: the column values, the version it was read at and extras."""

    values: dict[str, Any]
    version: int | None = None
    extras: dict[str, Any] = field(default_factory=dict)


# Links a record cannot be saved without, with their names for the message.
REQUIRED_LINKS: dict[str, tuple[str, str]] = {
    "jobseeker_id": ("Jobseeker", "Arbetssökande"),
    "enterprise_id": ("Enterprise", "Företag"),
}


class RequiredLinkError(ValidationError):
    """A referral without its jobseeker or enterprise (named in the user's language)."""

    def message(self, language: str | None = None) -> str:
        en, sv = REQUIRED_LINKS[self.field]
        return f"{pick(en, sv, language)}: {pick(self.en, self.sv, language)}"


def _check_required_links(entity: str, obj: Any) -> None:
    if entity != "referral":
        return
    for name in REQUIRED_LINKS:
        if getattr(obj, name) is None:
            raise RequiredLinkError(name, "must be chosen", "måste väljas")


def model_for(entity: str) -> type:
    try:
        return MODELS[entity]
    except KeyError:
        raise ValueError(f"unknown entity {entity!r}") from None


def column_names(entity: str) -> list[str]:
    """Editable column attributes of an entity (audit columns excluded)."""
    return [a.key for a in inspect(model_for(entity)).column_attrs if a.key not in _AUDIT]


def load_record(sessions: sessionmaker[Session], entity: str, record_id: int) -> RecordData:
    """Read one record (and log the view when it is personal data). Fixed number of queries."""
    with session_scope(sessions) as session:
        obj = session.get(model_for(entity), record_id)
        if obj is None:
            raise LookupError(f"{entity} {record_id} does not exist")
        data = RecordData({k: getattr(obj, k) for k in column_names(entity)}, obj.version)
        if entity == "enterprise":
            data.extras["service_ids"] = set(
                session.scalars(
                    select(ServiceCategory.id).join(Enterprise.services).where(Enterprise.id == record_id)
                )
            )
        elif entity == "event":
            data.extras["participants"] = _participants_of(session, record_id)
        if entity in PERSONAL:
            record_access(session, "view", entity, record_id)
        return data


def event_participants(sessions: sessionmaker[Session], event_id: int) -> list[dict[str, Any]]:
    """The participants of an event as the editor shows them (one query)."""
    with session_scope(sessions) as session:
        return _participants_of(session, event_id)


def _participants_of(session: Session, event_id: int) -> list[dict[str, Any]]:
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


def save_record(
    sessions: sessionmaker[Session],
    entity: str,
    record_id: int | None,
    version: int | None,
    values: dict[str, Any],
) -> tuple[int, int]:
    """Create (record_id None) or update a record with `values`; returns (id, new version).

    Only the given keys are written. Special keys: "service_ids" (enterprise) and
    "participants" (event, a list of dicts with id/contact_id/consultant_id/status).
    """
    model = model_for(entity)
    with session_scope(sessions) as session:
        if record_id is None:
            obj = model()
            session.add(obj)
        else:
            obj = session.get(model, record_id)
            if obj is None:
                raise StaleDataError(
                    pick("The record was deleted by someone else.", "Posten har tagits bort av någon annan.")
                )
            if version is not None and obj.version != version:
                raise StaleDataError(f"{entity} {record_id}: expected version {version}, found {obj.version}")
        plain = {k: v for k, v in values.items() if k not in ("service_ids", "participants")}
        # Status last: its transition check reads the other values already set.
        for key in sorted(plain, key=lambda k: k == "status"):
            setattr(obj, key, plain[key])
        if "service_ids" in values:
            ids = sorted(values["service_ids"])
            obj.services = list(session.scalars(select(ServiceCategory).where(ServiceCategory.id.in_(ids))))
        if "participants" in values:
            _sync_participants(obj, values["participants"])
        _check_required_links(entity, obj)
        session.flush()
        if entity in PERSONAL:
            record_access(session, "create" if record_id is None else "update", entity, obj.id)
        return obj.id, obj.version


def _sync_participants(event: Event, wanted: list[dict[str, Any]]) -> None:
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


def validate_field(entity: str, field_name: str, value: Any) -> str | None:
    """The domain's message for one field value, or None if it is fine (for as-you-type checks)."""
    obj = model_for(entity)()
    try:
        setattr(obj, field_name, value)
    except ValidationError as exc:
        return str(exc)
    return None


def delete_record(
    sessions: sessionmaker[Session], entity: str, record_id: int, version: int | None = None
) -> None:
    """Delete one record in one transaction; refuses enterprises and jobseekers with referrals."""
    model = model_for(entity)
    with session_scope(sessions) as session:
        obj = session.get(model, record_id)
        if obj is None:
            return  # already gone: the wanted state
        if version is not None and obj.version != version:
            raise StaleDataError(f"{entity} {record_id}: expected version {version}, found {obj.version}")
        if entity in ("enterprise", "jobseeker"):
            column = Referral.enterprise_id if entity == "enterprise" else Referral.jobseeker_id
            count = session.scalar(select(func.count()).select_from(Referral).where(column == record_id))
            if count:
                raise _still_referenced(entity, obj, count)
        session.delete(obj)
        if entity in PERSONAL:
            record_access(session, "delete", entity, record_id)


def _still_referenced(entity: str, obj: Any, count: int) -> StillReferencedError:
    if entity == "enterprise":
        return StillReferencedError(
            f"{obj.name} has {count} referrals and cannot be deleted. Close it instead "
            "(set its status to Closed).",
            f"{obj.name} har {count} anvisningar och kan inte tas bort. Avsluta företaget i stället "
            "(sätt status till Avslutad).",
        )
    return StillReferencedError(
        f"{obj.full_name} has {count} referrals and cannot be deleted while they exist. "
        "Delete or keep the referrals; the jobseeker stays in the register.",
        f"{obj.full_name} har {count} anvisningar och kan inte tas bort så länge de finns. "
        "Ta bort eller behåll anvisningarna; den arbetssökande ligger kvar i registret.",
    )


def add_activity(
    sessions: sessionmaker[Session],
    kind: ActivityType | str,
    occurred_on: date,
    text: str,
    *,
    enterprise_id: int | None = None,
    referral_id: int | None = None,
    partner_organisation_id: int | None = None,
) -> int:
    """Add a note to a timeline; the author is the consultant whose username is the session user."""
    with session_scope(sessions) as session:
        user = (session.info.get("user") or "").lower()
        author_id = session.scalar(select(Consultant.id).where(Consultant.username == user))
        activity = Activity(
            kind=kind,
            occurred_on=occurred_on,
            text=text,
            author_id=author_id,
            enterprise_id=enterprise_id,
            referral_id=referral_id,
            partner_organisation_id=partner_organisation_id,
        )
        session.add(activity)
        session.flush()
        if referral_id is not None:
            record_access(session, "update", "referral", referral_id, detail="follow-up added")
        return activity.id
