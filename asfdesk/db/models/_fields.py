"""Helpers the models use in their @validates hooks, so every write path normalises alike."""

from __future__ import annotations

from collections.abc import Callable

from asfdesk.domain.errors import ValidationError


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


def required_text(value: object, field: str, max_length: int) -> str:
    text = clean_text(value)
    if text is None:
        raise ValidationError(field, "is required", "måste anges")
    if len(text) > max_length:
        raise ValidationError(
            field, f"is longer than {max_length} characters", f"är längre än {max_length} tecken"
        )
    return text


def bounded_text(value: object, field: str, max_length: int) -> str | None:
    text = clean_text(value)
    if text is not None and len(text) > max_length:
        raise ValidationError(
            field, f"is longer than {max_length} characters", f"är längre än {max_length} tecken"
        )
    return text


def non_negative(value: object, field: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(float('inf'))
        raise ValidationError(field, "must be a whole number", "måste vara ett heltal") from None
    if number < 0:
        raise ValidationError(field, "cannot be negative", "kan inte vara negativt")
    return number


def coerce_enum(enum_cls, value: object, field: str):
    """Accept an enum member, its code or its label; anything else is a ValidationError."""
    if isinstance(value, enum_cls):
        return value
    text = clean_text(value)
    if text is None:
        raise ValidationError(field, "is required", "måste anges")
    try:
        return enum_cls.from_text(text)
    except ValueError:
        raise ValidationError(
            field, f"{text!r} is not a known value", f"{text!r} är inte ett giltigt värde"
        ) from None
