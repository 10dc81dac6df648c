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

from asfdesk import entities
from asfdesk.db.models import Activity, Consultant
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ActivityType
from asfdesk.domain.errors import ErrorCollector, StillReferencedError, ValidationError
from asfdesk.entities import protected
from asfdesk.entities.event import PARTICIPANTS
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.services.access_log import record_access

_AUDIT = frozenset({"id", "version", "created_at", "updated_at", "created_by", "updated_by"})


@dataclass
class RecordData:
    """What a profile shows: the column values, the version it was read at and extras."""

    values: dict[str, Any]
    version: int | None = None
    extras: dict[str, Any] = field(default_factory=dict)


class RequiredLinkError(ValidationError):
    """A record without a link it needs, e.g. a referral's jobseeker (named in the user's language)."""

    def __init__(self, field: str, label: str) -> None:
        self.label = label  # English source in the "Entities" context
        super().__init__(field, QT_TRANSLATE_NOOP("Validation", "must be chosen"))

    def message(self, language: str | None = None) -> str:
        chosen = translate("Validation", "must be chosen", language=language)
        return f"{entities.text(self.label, language)}: {chosen}"


def _check_required_links(entity: str, obj: Any) -> None:
    for name, label in entities.get(entity).required_links.items():
        if getattr(obj, name) is None:
            raise RequiredLinkError(name, label)


def model_for(entity: str) -> type:
    return entities.get(entity).model


def column_names(entity: str) -> list[str]:
    """Editable column attributes of an entity (audit columns excluded)."""
    return [a.key for a in inspect(model_for(entity)).column_attrs if a.key not in _AUDIT]


class ReasonRequiredError(StillReferencedError):
    """A protected identity's record was asked for without a reason: nothing is read or shown.

    A rule says no, so it is classified like StillReferencedError (REFUSED)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Validation", "This person has a protected identity: give a reason to open their profile."
            )
        )


MAX_REASON = 500  # characters of a reason kept in the access log


def load_record(
    sessions: sessionmaker[Session], entity: str, record_id: int, reason: str | None = None
) -> RecordData:
    """Read one record (and log the view when it is personal data). Fixed number of queries.

    A protected identity (asfdesk.entities.protected) is read only with a `reason`, which the
    access log keeps as the view's detail; without one ReasonRequiredError is raised and
    nothing is read."""
    with session_scope(sessions) as session:
        obj = session.get(model_for(entity), record_id)
        if obj is None:
            raise LookupError(f"{entity} {record_id} does not exist")
        if protected.is_protected(obj) and not (reason or "").strip():
            raise ReasonRequiredError()
        data = RecordData({k: getattr(obj, k) for k in column_names(entity)}, obj.version)
        definition = entities.get(entity)
        for extra in definition.extras:
            data.extras[extra.name] = extra.load(session, record_id)
        if definition.personal:
            detail = (reason or "").strip()[:MAX_REASON] or None
            record_access(session, "view", entity, record_id, detail=detail)
        return data


def load_extra(sessions: sessionmaker[Session], entity: str, name: str, record_id: int) -> Any:
    """One of a record's extras (asfdesk.entities), e.g. after a save changed it."""
    extra = next(e for e in entities.get(entity).extras if e.name == name)
    with session_scope(sessions) as session:
        return extra.load(session, record_id)


def event_participants(sessions: sessionmaker[Session], event_id: int) -> list[dict[str, Any]]:
    """The participants of an event as the editor shows them (one query)."""
    return load_extra(sessions, "event", PARTICIPANTS.name, event_id)


def save_record(
    sessions: sessionmaker[Session],
    entity: str,
    record_id: int | None,
    version: int | None,
    values: dict[str, Any],
) -> tuple[int, int]:
    """Create (record_id None) or update a record with `values`; returns (id, new version).

    Only the given keys are written. Keys naming one of the entity's extras (asfdesk.entities,
    e.g. an enterprise's "service_ids") are saved by that extra.
    """
    definition = entities.get(entity)
    model = definition.model
    with session_scope(sessions) as session:
        if record_id is None:
            obj = model()
            session.add(obj)
        else:
            obj = session.get(model, record_id)
            if obj is None:
                raise StaleDataError(translate("Records", "The record was deleted by someone else."))
            if version is not None and obj.version != version:
                raise StaleDataError(f"{entity} {record_id}: expected version {version}, found {obj.version}")
        plain = {k: v for k, v in values.items() if k not in definition.extra_names}
        found = ErrorCollector()  # every refused field is reported at once, not only the first
        # Status last: its transition check reads the other values already set.
        for key in sorted(plain, key=lambda k: k == "status"):
            found.check(setattr, obj, key, plain[key])
        found.raise_any()
        for extra in definition.extras:
            if extra.name in values:
                extra.save(session, obj, values[extra.name])
        _check_required_links(entity, obj)
        session.flush()
        if definition.personal:
            record_access(session, "create" if record_id is None else "update", entity, obj.id)
        return obj.id, obj.version


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
    definition = entities.get(entity)
    with session_scope(sessions) as session:
        obj = session.get(definition.model, record_id)
        if obj is None:
            return  # already gone: the wanted state
        if version is not None and obj.version != version:
            raise StaleDataError(f"{entity} {record_id}: expected version {version}, found {obj.version}")
        for reference in definition.blocked_by:
            count = session.scalar(select(func.count()).where(reference.column == record_id))
            if count:
                text, values = reference.message(obj, count)
                raise StillReferencedError(text, **values)
        session.delete(obj)
        if definition.personal:
            record_access(session, "delete", entity, record_id)


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
        if referral_id is not None and entities.get("referral").personal:
            record_access(session, "update", "referral", referral_id, detail="follow-up added")
        return activity.id
