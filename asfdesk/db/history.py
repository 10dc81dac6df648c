"""The change history on SQLite: recorded by the app, in the same transaction as the change.

On PostgreSQL the server's triggers (migration 0005) record every change, whoever makes it, so
nothing is recorded here (it would be recorded twice). SQLite has no users and no server, so
the app records what its sessions flush: an `after_flush` hook, attached to every `Session`
when `asfdesk.db.models` is imported, writes one `change_history` row per inserted, updated or
deleted row of a followed table (asfdesk.db.history_fields).

Not caught on SQLite: raw SQL (`connection.execute(text("UPDATE …"))`), Core statements and
ORM bulk `update()`/`delete()` statements, and rows removed by the database's own ON DELETE
CASCADE. Everything the app does goes through the ORM and is recorded.

The values are stored as JSON the same way on both backends: dates and times as ISO text, enums
as their codes, numbers as numbers; withheld (personal) fields as null.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

import asfdesk.db.history_fields as fields  # by module: it imports the models, which import us
from asfdesk.db.flush_hooks import current_username
from asfdesk.db.models.history import ChangeRecord
from asfdesk.db.types import utcnow

_UNSET = object()


def json_value(value: Any) -> Any:
    """A column value as the JSON PostgreSQL's to_jsonb() would give."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def row_changes(model: type, operation: str, values: dict[str, tuple[Any, Any]]) -> dict[str, Any]:
    """{field: [old, new]} for the fields that differ; withheld fields map to None.

    `values`: field → (old, new) as Python values (None where a side has none). An insert
    lists the fields it sets, a delete the fields it had, an update the fields it changed.
    """
    changes: dict[str, Any] = {}
    for field, (old, new) in values.items():
        if field in fields.META_COLUMNS:
            continue
        old, new = json_value(old), json_value(new)
        if old == new or (operation == "insert" and new is None) or (operation == "delete" and old is None):
            continue
        changes[field] = None if fields.is_withheld(model, field) else [old, new]
    return changes


def _column_keys(obj: object) -> list[tuple[str, str]]:
    """(attribute key, column name) of the object's mapped columns."""
    mapper = inspect(obj).mapper
    return [(attr.key, attr.columns[0].name) for attr in mapper.column_attrs]


def _values(obj: object, operation: str) -> dict[str, tuple[Any, Any]]:
    state = inspect(obj)
    values: dict[str, tuple[Any, Any]] = {}
    for key, column in _column_keys(obj):
        if operation == "update":
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
        else:
            current = state.dict.get(key, _UNSET)
            if current is _UNSET:
                continue  # not loaded (a delete of an object read partially): nothing to say
            old, new = (None, current) if operation == "insert" else (current, None)
        values[column] = (old, new)
    return values


def _owner(obj: object) -> tuple[str | None, int | None]:
    model = type(obj)
    for column in fields.OWNER_COLUMNS.get(model, ()):
        value = getattr(obj, column, None)
        if value is None:
            related = getattr(obj, column.removesuffix("_id"), None)
            value = getattr(related, "id", None)
        if value is not None:
            return fields.owner_of(model, column), value
    return None, None


@event.listens_for(Session, "after_flush")
def record_changes(session: Session, flush_context) -> None:
    """Write the history of this flush's rows (SQLite only; PostgreSQL's triggers do it there)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    actor = session.info.get("user") or current_username()
    now = utcnow()
    rows = []
    batches = (("insert", session.new), ("update", session.dirty), ("delete", session.deleted))
    for operation, objects in batches:
        for obj in objects:
            model = type(obj)
            if model not in fields.TRACKED:
                continue
            if operation == "update" and not session.is_modified(obj, include_collections=False):
                continue
            changes = row_changes(model, operation, _values(obj, operation))
            if operation == "update" and not changes:
                continue
            owner_table, owner_id = _owner(obj)
            rows.append(
                {
                    "occurred_at": now,
                    "actor": actor,
                    "table_name": model.__table__.name,
                    "record_id": obj.id,
                    "operation": operation,
                    "changes": changes,
                    "owner_table": owner_table,
                    "owner_id": owner_id,
                }
            )
    if rows:
        connection.execute(insert(ChangeRecord), rows)
