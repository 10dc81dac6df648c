"""Phone numbers, e-mail addresses, postcodes and web addresses, validated and stored in one form."""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from asfdesk.domain.errors import ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP


def normalize_phone(value: str, field: str = "phone") -> str:
    """Return a Swedish number as "070-123 45 67", a foreign one as "+47 22 12 34 56"."""
    text = str(value).strip()
    try:
        number = phonenumbers.parse(text, "SE")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{text!r} is not a valid phone number"), text=text
        )
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 46
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def normalize_email(value: str, field: str = "email") -> str:
    """Syntax check only: no DNS lookups, so it works offline and never leaks addresses."""
    text = str(value).strip()
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "{text!r} is not a valid e-mail address"),
            text=text,
        ) from None
    return result.normalized


_POSTCODE = re.compile(r"(?:SE-?)?\s*([1-9][0-9]{2})\s?([0-9]{2})", re.IGNORECASE)  # ASCII digits


def normalize_postal_code(value: str, field: str = "postal_code") -> str:
    """Return a Swedish postcode as "821 43"."""
    text = str(value).strip()
    match = _POSTCODE.fullmatch(text)
    if not match:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "{text!r} is not a Swedish postcode (five digits, like 821 43)"),
            text=text,
        )
    return f"{match.group(1)} {match.group(2)}"


_URL = re.compile(r"(https?://)?([\w-]+\.)+[a-z]{2,}(:\d+)?(/\S*)?", re.IGNORECASE)


def normalize_url(value: str, field: str = "website") -> str:
    """Return a web address with a scheme, so it can be opened with a click."""
    text = str(value).strip()
    if not _URL.fullmatch(text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "{text!r} is not a web address"), text=text
        )
    return text if re.match(r"https?://", text, re.IGNORECASE) else f"https://{text}"
