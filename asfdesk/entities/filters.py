"""Filters several lists share (same wording, same picker)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement

from asfdesk.entities import choices
from asfdesk.entities.base import Choices, Filter
from asfdesk.i18n import QT_TRANSLATE_NOOP


def status(condition: Callable[[Any], ColumnElement[bool]], enum_cls) -> Filter:
    return Filter(
        condition,
        QT_TRANSLATE_NOOP("Entities", "Status:"),
        QT_TRANSLATE_NOOP("Entities", "All statuses"),
        choices=choices.enum(enum_cls),
    )


def kind(condition: Callable[[Any], ColumnElement[bool]], enum_cls) -> Filter:
    return Filter(
        condition,
        QT_TRANSLATE_NOOP("Entities", "Kind:"),
        QT_TRANSLATE_NOOP("Entities", "All kinds"),
        choices=choices.enum(enum_cls),
    )


def municipality(condition: Callable[[Any], ColumnElement[bool]], offered) -> Filter:
    return Filter(
        condition,
        QT_TRANSLATE_NOOP("Entities", "Municipality:"),
        QT_TRANSLATE_NOOP("Entities", "All municipalities"),
        choices=offered,
    )


def consultant(condition: Callable[[Any], ColumnElement[bool]]) -> Filter:
    return Filter(
        condition,
        QT_TRANSLATE_NOOP("Entities", "Consultant:"),
        QT_TRANSLATE_NOOP("Entities", "All consultants"),
        choices=choices.consultants,
    )


def date_from(condition: Callable[[date], ColumnElement[bool]]) -> Filter:
    return Filter(
        condition, QT_TRANSLATE_NOOP("Entities", "From:"), QT_TRANSLATE_NOOP("Entities", "From date"), "date"
    )


def date_to(condition: Callable[[date], ColumnElement[bool]]) -> Filter:
    return Filter(
        condition, QT_TRANSLATE_NOOP("Entities", "To:"), QT_TRANSLATE_NOOP("Entities", "To date"), "date"
    )


__all__ = ["Choices", "consultant", "date_from", "date_to", "kind", "municipality", "status"]
