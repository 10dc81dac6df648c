"""Turn Python values from queries into spreadsheet cell values (typed) or CSV text."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from asfdesk.db.types import STOCKHOLM
from asfdesk.i18n import translate


def typed_value(value: object) -> object:
    """A value openpyxl stores with its type: numbers stay numbers, dates stay dates.

    Aware datetimes become Stockholm wall-clock time (Excel has no time zones).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return translate("Export", "Yes") if value else translate("Export", "No")
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return label() if callable(label) else str(value.value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(STOCKHOLM).replace(tzinfo=None)
        return value
    if isinstance(value, date | int | float | Decimal):
        return value
    return str(value)


def text_value(value: object) -> str:
    """The CSV form: ISO dates, Swedish decimal comma (what Excel in Sweden reads as a number)."""
    value = typed_value(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",")
    return str(value)
