"""Helpers the models use in their @validates hooks, so every write path normalises alike.

Length and range limits come from the columns, here and nowhere else: `column_limits(model)`
reads String(n), Integer and Numeric(p, s) off the mapped table, and a "set" listener installed
on every mapped attribute (after the model's own @validates normaliser) refuses a value the
column cannot store: too long, outside the integer range of PostgreSQL (and of SQLite's
driver), or holding a NUL character, which PostgreSQL refuses in text. So the validator, the
import's dry run and the schema cannot drift apart (issue 8 §12).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from sqlalchemy import BigInteger, Integer, Numeric, SmallInteger, String, event, inspect

from asfdesk.db.base import Base
from asfdesk.domain.errors import ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP

_INTEGER_RANGES = (
    (BigInteger, (-(2**63), 2**63 - 1)),
    (SmallInteger, (-(2**15), 2**15 - 1)),
    (Integer, (-(2**31), 2**31 - 1)),  # PostgreSQL's integer; SQLite takes 64 bits, so this is the bound
)
# NUL is refused by PostgreSQL in text; lone surrogates cannot be encoded as UTF-8 by either driver.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True)
class ColumnLimit:
    """What one column can hold: text up to max_length characters, or numbers within [low, high]."""

    max_length: int | None = None
    low: int | Decimal | None = None
    high: int | Decimal | None = None


@cache
def column_limits(model: type) -> dict[str, ColumnLimit]:
    """Attribute name -> its column's limits, for every column attribute of a mapped class."""
    limits: dict[str, ColumnLimit] = {}
    for attr in inspect(model).column_attrs:
        column_type = attr.columns[0].type
        if isinstance(column_type, String):
            limits[attr.key] = ColumnLimit(max_length=column_type.length)
        elif isinstance(column_type, Integer):
            low, high = next(r for t, r in _INTEGER_RANGES if isinstance(column_type, t))
            limits[attr.key] = ColumnLimit(low=low, high=high)
        elif isinstance(column_type, Numeric) and column_type.precision is not None:
            bound = Decimal(10) ** (column_type.precision - (column_type.scale or 0))
            step = Decimal(10) ** -(column_type.scale or 0)
            limits[attr.key] = ColumnLimit(low=-bound + step, high=bound - step)
    return limits


def max_length(model: type, key: str) -> int | None:
    """The column's length, for validators and forms that want to show it."""
    limit = column_limits(model).get(key)
    return limit.max_length if limit else None


def check_storable(model: type, key: str, value: object) -> None:
    """Raise ValidationError when `value` does not fit the column behind `model.key`."""
    limit = column_limits(model).get(key)
    if limit is None or value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        if _UNSTORABLE.search(value):
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("Validation", "contains a character that cannot be stored (NUL)")
            )
        if limit.max_length is not None and len(value) > limit.max_length:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP("Validation", "is longer than {max_length} characters"),
                max_length=limit.max_length,
            )
    elif isinstance(value, int | float | Decimal) and limit.high is not None:
        if value != value:  # NaN
            raise ValidationError(key, QT_TRANSLATE_NOOP("Validation", "must be a number"))
        if value > limit.high:
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("Validation", "must be at most {maximum}"), maximum=limit.high
            )
        if value < limit.low:
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("Validation", "must be at least {minimum}"), minimum=limit.low
            )


def _limit_listener(model: type, key: str):
    def check(target, value, oldvalue, initiator):
        check_storable(model, key, value)
        return value

    return check


@event.listens_for(Base, "mapper_configured", propagate=True)
def _install_limit_checks(mapper, cls) -> None:
    """After the model's own @validates (registered earlier), check what the column can store."""
    for key in column_limits(cls):
        event.listen(getattr(cls, key), "set", _limit_listener(cls, key), retval=True)


def clean_text(value: object) -> str | None:
    """Strip; empty becomes None so "no value" is stored one way."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def optional(normalizer: Callable[[str, str], str], value: object, field: str) -> str | None:
    """Run a normaliser on a non-empty value; empty means 'not given'."""
    text = clean_text(value)
    return None if text is None else normalizer(text, field)


def required_text(value: object, field: str, max_length: int | None = None) -> str:
    """Non-empty text. The column's length is checked by the column hook; pass `max_length` only
    for a rule stricter than the column."""
    text = clean_text(value)
    if text is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "is required"))
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "is longer than {max_length} characters"),
            max_length=max_length,
        )
    return text


def bounded_text(value: object, field: str, max_length: int | None = None) -> str | None:
    """Optional text; as `required_text`, the column's own length needs no `max_length`."""
    text = clean_text(value)
    if text is not None and max_length is not None and len(text) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "is longer than {max_length} characters"),
            max_length=max_length,
        )
    return text


def non_negative(value: object, field: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and math.isfinite(value) and not value.is_integer():  # 2.5 is not 2
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "must be a whole number"))
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(float('inf'))
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "must be a whole number")) from None
    if number < 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "cannot be negative"))
    return number


def coerce_enum(enum_cls, value: object, field: str):
    """Accept an enum member, its code or its label; anything else is a ValidationError."""
    if isinstance(value, enum_cls):
        return value
    text = clean_text(value)
    if text is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "is required"))
    try:
        return enum_cls.from_text(text)
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{text!r} is not a known value"), text=text
        ) from None
