"""Jobseekers: personal data. Every read and write is logged; lists mask the personnummer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from asfdesk.db.models import Jobseeker, Referral
from asfdesk.entities.base import EntityDef, Reference
from asfdesk.i18n import QT_TRANSLATE_NOOP


def _name(row: Sequence[Any]) -> str:
    """Name and birth date only: a picker never shows the personnummer."""
    first, last, born = row
    return f"{first} {last}" + (f" ({born.isoformat()})" if born else "")


def _referenced(obj: Jobseeker, count: int) -> tuple[str, dict[str, object]]:
    # No name in the text: exception texts reach logs, and a jobseeker's name is personal data.
    text = QT_TRANSLATE_NOOP(
        "Validation",
        "This jobseeker has {count} referrals and cannot be deleted while they exist. "
        "Delete or keep the referrals; the jobseeker stays in the register.",
    )
    return text, {"count": count}


ENTITY = EntityDef(
    key="jobseeker",
    model=Jobseeker,
    title=QT_TRANSLATE_NOOP("Entities", "Jobseeker"),
    plural=QT_TRANSLATE_NOOP("Entities", "Jobseekers"),
    icon="referral",
    personal=True,
    blocked_by=(Reference(Referral.jobseeker_id, _referenced),),
    name_columns=("first_name", "last_name", "birth_date"),
    name_format=_name,
)
