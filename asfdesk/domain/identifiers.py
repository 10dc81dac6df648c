"""Swedish organisation numbers and personnummer: parse any common written form, store one form."""

from __future__ import annotations

import re
from datetime import date

from organisationsnummer import organisationsnummer as _orgnr
from personnummer import personnummer as _pnr

from asfdesk.domain.errors import ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP

_SPACES = re.compile(r"\s+")


def normalize_org_number(value: str, field: str = "org_number") -> str:
    """Validate an organisationsnummer (Luhn) and return it as NNNNNN-NNNN.

    Accepts "556016-0680", "5560160680", "16556016-0680" and, for sole traders,
    a personnummer (whose 10-digit form is the firm's number).
    """
    text = _SPACES.sub("", str(value))
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "is empty"))
    if not re.fullmatch(r"[0-9+-]{10,13}", text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "must be ten digits, like 556016-0680"))
    try:
        parsed = _orgnr.Organisationsnummer(text)
    except Exception:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "{value} is not a valid organisation number (check digit or format)"
            ),
            value=value,
        ) from None
    digits = re.sub(r"\D", "", parsed.format(False))[-10:]
    return f"{digits[:6]}-{digits[6:]}"


def normalize_personnummer(value: str, field: str = "personnummer", today: date | None = None) -> str:
    """Validate a personnummer or samordningsnummer and return its 12 digits (YYYYMMDDNNNN).

    Accepts YYMMDD-NNNN, YYMMDD+NNNN (over 100), YYYYMMDD-NNNN, 10 or 12 bare digits and the same
    with a space instead of the dash.
    """
    text = str(value).strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "is empty"))
    text = re.sub(r"(?<=\d)\s+(?=\d{4}$)", "-", text)
    if not re.fullmatch(r"[0-9]{6}([0-9]{2})?[-+]?[0-9]{4}", text):  # ASCII digits only
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "must be written like YYYYMMDD-NNNN or YYMMDD-NNNN")
        )
    try:
        parsed = _pnr.Personnummer(text)
    except Exception:
        raise ValidationError(
            field,
            # The number itself stays out of the message: exception texts reach logs.
            QT_TRANSLATE_NOOP("Validation", "is not a valid personnummer or samordningsnummer"),
        ) from None
    normalized = parsed.format(True)
    if birth_date_of(normalized) > (today or date.today()):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "lies in the future"))
    return normalized


def birth_date_of(normalized: str) -> date:
    """Birth date from a normalised 12-digit number (samordningsnummer: day minus 60)."""
    day = int(normalized[6:8])
    if day > 60:
        day -= 60
    return date(int(normalized[:4]), int(normalized[4:6]), day)


def is_coordination_number(normalized: str) -> bool:
    return int(normalized[6:8]) > 60


def mask_personnummer(normalized: str | None) -> str:
    """The form shown in lists: YYYYMMDD-XXXX. The last four digits never leave the profile."""
    if not normalized:
        return ""
    return f"{normalized[:8]}-XXXX"


def format_personnummer(normalized: str | None) -> str:
    """Full display form YYYYMMDD-NNNN, for the jobseeker's own profile only."""
    if not normalized:
        return ""
    return f"{normalized[:8]}-{normalized[8:]}"
