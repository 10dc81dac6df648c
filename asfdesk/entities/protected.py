"""Protected identity (skyddade personuppgifter): the one rule for how such a person is shown.

A jobseeker whose `protected_identity` flag is set appears in every list, export, printout,
picker, Find person and CLI output as "Protected identity" ("Skyddad identitet"): no name, no
personnummer, no birth date, no address or phone. They can be found by their full personnummer
only (asfdesk.db.queries.person_lookup; the search documents of asfdesk.db.search hold no name
for them). Their own profile shows everything, after the consultant has given a reason that is
written to the access log; the register extract (asfdesk.services.gdpr) holds everything too,
because it goes to the person.

Everything that names jobseekers asks here: in SQL through `name()` / `hidden()`, in Python
through `display_name()`. Qt-free, like the rest of the registry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, literal, null, true

from asfdesk.entities.base import text
from asfdesk.i18n import QT_TRANSLATE_NOOP

LABEL = QT_TRANSLATE_NOOP("Entities", "Protected identity")


def label(language: str | None = None) -> str:
    """"Protected identity" in the current language: what is shown instead of the name."""
    return text(LABEL, language)


def flag(jobseeker: Any) -> ColumnElement[bool]:
    """SQL: is this jobseeker (the model or an alias of it) protected?"""
    return jobseeker.protected_identity == true()


def name(jobseeker: Any) -> ColumnElement[str]:
    """SQL: "first last", or '' for a protected person (`show_name` turns '' into the label).

    Names are required, so '' never stands for a real name."""
    return case((flag(jobseeker), literal("")), else_=jobseeker.first_name + " " + jobseeker.last_name)


def hidden(jobseeker: Any, expr: Any) -> ColumnElement:
    """SQL: `expr` (a personnummer, birth date, address, phone …), or NULL for a protected person."""
    return case((flag(jobseeker), null()), else_=expr)


def name_sort(jobseeker: Any) -> list[ColumnElement]:
    """SQL sort keys for `name()`: last and first name, NULL for a protected person, so that
    sorting a list by name does not place them among the others by their real name (the
    price: no index walk for this sort)."""
    return [hidden(jobseeker, jobseeker.last_name), hidden(jobseeker, jobseeker.first_name)]


def show_name(value: Any) -> Any:
    """A list column's convert for `name()`: the label instead of the empty name."""
    return value if value else label()


def display_name(first: str | None, last: str | None, protected: bool | None) -> str:
    """The name a list, picker or printout shows for one person."""
    if protected:
        return label()
    return " ".join(part for part in (first, last) if part)


def is_protected(record: Any) -> bool:
    """Is this loaded record a protected person (False for records without the flag)?"""
    return bool(getattr(record, "protected_identity", False))
