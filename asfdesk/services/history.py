"""A record's change history as lines a person can read: when, who, which field, old → new.

Used by the profile windows' History tab and by `asfdesk history ENTITY ID`. The history rows
themselves are written by PostgreSQL's triggers or, on SQLite, by asfdesk.db.history.

Reading the history of personal data (a jobseeker, a referral) is an access to it, logged in
the same transaction like a profile view. The lines never carry a withheld field's value —
there is none stored — and a jobseeker named by a referral shows as a number, not a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Enum as SqlEnum
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from asfdesk import entities
from asfdesk.db import history_fields as fields
from asfdesk.db.models import ChangeRecord, Consultant, Municipality
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.errors import FIELD_LABELS, field_label
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.services.access_log import record_access

CONTEXT = "History"
NONE = "–"

# Labels of the fields asfdesk.domain.errors.FIELD_LABELS does not name ("History" context).
LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("History", "Active"),
    "actual_start": QT_TRANSLATE_NOOP("History", "Actual start"),
    "author_id": QT_TRANSLATE_NOOP("History", "Written by"),
    "birth_date": QT_TRANSLATE_NOOP("History", "Birth date"),
    "city": QT_TRANSLATE_NOOP("History", "City"),
    "consultant_id": QT_TRANSLATE_NOOP("History", "Consultant"),
    "contact_id": QT_TRANSLATE_NOOP("History", "Contact person"),
    "description": QT_TRANSLATE_NOOP("History", "Description"),
    "enterprise_id": QT_TRANSLATE_NOOP("History", "Enterprise"),
    "event_id": QT_TRANSLATE_NOOP("History", "Event"),
    "funding": QT_TRANSLATE_NOOP("History", "Funding"),
    "independent_of_public_sector": QT_TRANSLATE_NOOP("History", "Independent of the public sector"),
    "integration_purpose": QT_TRANSLATE_NOOP("History", "Work integration is the purpose"),
    "is_primary": QT_TRANSLATE_NOOP("History", "Primary contact"),
    "jobseeker_id": QT_TRANSLATE_NOOP("History", "Jobseeker"),
    "location": QT_TRANSLATE_NOOP("History", "Location"),
    "municipality_code": QT_TRANSLATE_NOOP("History", "Municipality"),
    "next_follow_up": QT_TRANSLATE_NOOP("History", "Next follow-up"),
    "notes": QT_TRANSLATE_NOOP("History", "Notes"),
    "occurred_on": QT_TRANSLATE_NOOP("History", "Date"),
    "organiser_enterprise_id": QT_TRANSLATE_NOOP("History", "Organiser (enterprise)"),
    "organiser_partner_id": QT_TRANSLATE_NOOP("History", "Organiser (partner)"),
    "participation": QT_TRANSLATE_NOOP("History", "Participants take part in decisions"),
    "partner_organisation_id": QT_TRANSLATE_NOOP("History", "Partner organisation"),
    "planned_start": QT_TRANSLATE_NOOP("History", "Planned start"),
    "protected_identity": QT_TRANSLATE_NOOP("History", "Protected identity"),
    "referral_id": QT_TRANSLATE_NOOP("History", "Referral"),
    "reinvested_profits": QT_TRANSLATE_NOOP("History", "Profits are reinvested"),
    "reserved_contracts": QT_TRANSLATE_NOOP("History", "Reserved contracts"),
    "responsible_consultant_id": QT_TRANSLATE_NOOP("History", "Responsible consultant"),
    "starts_at": QT_TRANSLATE_NOOP("History", "Starts"),
    "street_address": QT_TRANSLATE_NOOP("History", "Address"),
}

# What a record that belongs to another one is called in its owner's history.
PART_NAMES: dict[str, str] = {
    "activities": QT_TRANSLATE_NOOP("History", "Note"),
    "event_participants": QT_TRANSLATE_NOOP("History", "Participant"),
}

OPERATIONS = {
    "insert": QT_TRANSLATE_NOOP("History", "created"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "delete": QT_TRANSLATE_NOOP("History", "deleted"),
}
CHANGED = QT_TRANSLATE_NOOP("History", "changed")  # a withheld (personal) field's only value
YES = QT_TRANSLATE_NOOP("History", "yes")
NO = QT_TRANSLATE_NOOP("History", "no")


class UnknownRecordError(LookupError):
    """Neither the record nor any history of it exists."""


@dataclass(frozen=True)
class HistoryLine:
    """One changed field of one change. `withheld`: personal data, recorded without values."""

    at: datetime  # Europe/Stockholm
    actor: str  # the consultant's name if the login is known, else the login
    operation: str  # insert | update | delete
    field: str  # translated label, e.g. "Status" or "Note: Text"
    old: str
    new: str
    withheld: bool = False

    @property
    def when(self) -> str:
        return self.at.strftime("%Y-%m-%d %H:%M")

    def change_text(self, language: str | None = None) -> str:
        """Old → new, or "changed" for a withheld field."""
        if self.withheld:
            return translate(CONTEXT, CHANGED, language=language)
        return f"{self.old} → {self.new}"


def label_of(field: str, language: str | None = None) -> str:
    if field in LABELS:
        return translate(CONTEXT, LABELS[field], language=language)
    if field in FIELD_LABELS:
        return field_label(field, language)
    return field


def operation_text(operation: str, language: str | None = None) -> str:
    return translate(CONTEXT, OPERATIONS.get(operation, operation), language=language)


def _entity_tables() -> set[str]:
    return {fields.table_of(e.model) for e in entities.all_entities()}


def _part_tables() -> list[str]:
    """Tables shown inside their owner's history (notes, participants): those without a profile."""
    own = _entity_tables()
    return [fields.table_of(m) for m in fields.OWNER_COLUMNS if fields.table_of(m) not in own]


def history_rows(session: Session, table: str, record_id: int) -> list[ChangeRecord]:
    """The history rows of a record and of the notes/participants that belong to it, newest first."""
    condition = and_(ChangeRecord.table_name == table, ChangeRecord.record_id == record_id)
    parts = _part_tables()
    if parts:
        condition = or_(
            condition,
            and_(
                ChangeRecord.owner_table == table,
                ChangeRecord.owner_id == record_id,
                ChangeRecord.table_name.in_(parts),
            ),
        )
    newest_first = (ChangeRecord.occurred_at.desc(), ChangeRecord.id.desc())
    query = select(ChangeRecord).where(condition).order_by(*newest_first)
    return list(session.scalars(query))


class _Names:
    """Names for the foreign keys and logins the rows mention, read in one query per table."""

    def __init__(self, session: Session, rows: Iterable[ChangeRecord]) -> None:
        self.session = session
        self.rows = list(rows)
        self.names: dict[tuple[str, Any], str] = {}
        self.actors: dict[str, str] = {}
        wanted: dict[str, set[Any]] = {}
        for row in self.rows:
            model = fields.model_of_table(row.table_name)
            for field, change in (row.changes or {}).items():
                target = _target(model, field)
                if target is not None and change is not None:
                    wanted.setdefault(target, set()).update(v for v in change if v is not None)
        for target, keys in wanted.items():
            self._read(target, keys)
        logins = {row.actor for row in self.rows}
        if logins:
            query = select(Consultant.username, Consultant.name).where(Consultant.username.in_(logins))
            self.actors = {login: name for login, name in session.execute(query)}

    def _read(self, target: str, keys: set[Any]) -> None:
        if target == fields.table_of(Municipality):
            query = select(Municipality.code, Municipality.name).where(Municipality.code.in_(keys))
        else:
            model = fields.model_of_table(target)
            column = getattr(model, "name", None) or getattr(model, "title", None)
            if model is None or column is None:  # e.g. a jobseeker: shown by number only
                return
            query = select(model.id, column).where(model.id.in_(keys))
        for key, name in self.session.execute(query):
            self.names[(target, key)] = name

    def actor(self, login: str) -> str:
        return self.actors.get(login) or login

    def name(self, target: str, key: Any) -> str:
        return self.names.get((target, key)) or f"#{key}"


def _target(model: type | None, field: str) -> str | None:
    """The table a foreign-key field points at (None if it is not a foreign key)."""
    if model is None or field not in model.__table__.c:  # type: ignore[attr-defined]
        return None
    keys = list(model.__table__.c[field].foreign_keys)  # type: ignore[attr-defined]
    return keys[0].column.table.name if keys else None


def _enum_class(model: type | None, field: str) -> type | None:
    if model is None or field not in model.__table__.c:  # type: ignore[attr-defined]
        return None
    column_type = model.__table__.c[field].type  # type: ignore[attr-defined]
    return getattr(column_type, "enum_class", None) if isinstance(column_type, SqlEnum) else None


def format_value(
    model: type | None, field: str, value: Any, names: _Names | None = None, language: str | None = None
) -> str:
    """A stored JSON value as the user reads it: labels for enums, names for links, local times."""
    if value is None or value == "":
        return NONE
    if isinstance(value, bool):
        return translate(CONTEXT, YES if value else NO, language=language)
    enum_class = _enum_class(model, field)
    if enum_class is not None:
        try:
            return enum_class(value).label(language)
        except ValueError:
            return str(value)
    target = _target(model, field)
    if target is not None:
        return names.name(target, value) if names is not None else f"#{value}"
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value).astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return value
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _field_order(model: type | None) -> dict[str, int]:
    if model is None:
        return {}
    return {c.name: i for i, c in enumerate(model.__table__.columns)}  # type: ignore[attr-defined]


def lines_of(session: Session, rows: list[ChangeRecord], language: str | None = None) -> list[HistoryLine]:
    """One line per changed field of each row (a row without fields gives one line)."""
    names = _Names(session, rows)
    lines: list[HistoryLine] = []
    for row in rows:
        model = fields.model_of_table(row.table_name)
        part = PART_NAMES.get(row.table_name)
        prefix = f"{translate(CONTEXT, part, language=language)}: " if part else ""
        order = _field_order(model)
        owner_columns = fields.OWNER_COLUMNS.get(model, ()) if model is not None else ()
        changes = row.changes or {}
        actor = names.actor(row.actor)
        if not changes:
            lines.append(
                HistoryLine(row.occurred_at, actor, row.operation, prefix.rstrip(": ") or NONE, NONE, NONE)
            )
            continue
        for field in sorted(changes, key=lambda f: order.get(f, len(order))):
            if part and field in owner_columns:
                continue  # "Note: Enterprise → Kilafix" in Kilafix's own history says nothing
            change = changes[field]
            label = prefix + label_of(field, language)
            if change is None:
                lines.append(HistoryLine(row.occurred_at, actor, row.operation, label, "", "", withheld=True))
                continue
            old, new = (format_value(model, field, v, names, language) for v in change)
            lines.append(HistoryLine(row.occurred_at, actor, row.operation, label, old, new))
    return lines


def history_of(
    session: Session, entity_key: str, record_id: int, language: str | None = None, log: bool = True
) -> list[HistoryLine]:
    """The history of record `record_id` of entity `entity_key`, newest first.

    ValueError for an unknown entity; UnknownRecordError if neither the record nor any history
    of it exists. Personal data (`EntityDef.personal`): the reading is written to the access log,
    unless `log=False` (a caller that logs the whole reading itself, e.g. the register extract).
    """
    entity = entities.get(entity_key)
    table = fields.table_of(entity.model)
    rows = history_rows(session, table, record_id)
    if not rows and session.get(entity.model, record_id) is None:
        raise UnknownRecordError(record_id)
    if entity.personal and log:
        record_access(session, "view", entity_key, record_id, row_count=len(rows), detail="history")
    return lines_of(session, rows, language)
