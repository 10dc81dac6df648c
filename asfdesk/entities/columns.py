"""Column helpers shared by the entities' lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement

from asfdesk.domain.enums import LabelledEnum
from asfdesk.entities.base import Column, ColumnSpec


def label(value: Any) -> Any:
    """An enum value as its label in the current language; anything else unchanged."""
    return value.label() if isinstance(value, LabelledEnum) else value


def spec(key: str, title: str, kind: str = "text", width: int = 140) -> ColumnSpec:
    return ColumnSpec(key, title, kind, width)


def enum_col(
    column_spec: ColumnSpec, column: Any, then: Callable[[], list[ColumnElement]], joins: tuple[str, ...] = ()
) -> Column:
    """An enum column: shown as its label, sorted by its stored code (so an index serves the sort)
    and then by `then`, the list's natural order inside each group."""
    return Column(column_spec, column, lambda: [column, *then()], label, joins)
