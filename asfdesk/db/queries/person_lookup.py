"""Finding a jobseeker by personnummer, in any form a consultant types it.

The number is stored as 12 digits (YYYYMMDDNNNN, samordningsnummer with day + 60). A search
text that looks like a personnummer — `19701063-2391`, `701063-2391`, `197010632391`,
`7010632391` — or its birth-date part alone — `19701063`, `701063` — becomes the stored
form's leading digits, matched as an exact value or a range on the unique index of
`jobseekers.personnummer`. Free-text search (asfdesk.db.search) never sees the number: its
documents hold names only, so a number can't be found by a partial digit run elsewhere.

A protected identity (asfdesk.entities.protected) is found by the whole number only: a birth
date alone, or a name, finds nobody protected.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import Session

from asfdesk.db.models import Jobseeker
from asfdesk.db.search import SearchPlan, search_condition
from asfdesk.domain.identifiers import mask_personnummer
from asfdesk.entities import protected

__all__ = [
    "find_people",
    "jobseeker_ids_matching",
    "normalise_personnummer_query",
    "person_condition",
    "person_search_plan",
]

_FORM = re.compile(r"(\d{6}|\d{8})(?:([-+])?(\d{4}))?")


def _plausible(year: int, month: int, day: int) -> bool:
    """A real calendar date (samordningsnummer: day + 60)."""
    if day > 60:
        day -= 60
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def normalise_personnummer_query(text: str, today: date | None = None) -> str | None:
    """The stored form's leading digits (8 or 12) for a personnummer typed in any usual form,
    or None when `text` is not one (a name, an org.nr, a phone number).

    Six-digit years get the century that puts the birth date in the past ('+' adds 100 years,
    as on a personnummer of someone over 100).
    """
    compact = re.sub(r"\s+", "", text or "")
    match = _FORM.fullmatch(compact)
    if match is None:
        return None
    birth, sign, tail = match.groups()
    today = today or date.today()
    if len(birth) == 6:
        yy, month, day = int(birth[:2]), int(birth[2:4]), int(birth[4:6])
        century = today.year // 100 * 100
        year = century + yy
        real_day = day - 60 if day > 60 else day
        if not _plausible(year, month, day) or date(year, month, real_day) > today:
            year -= 100
        if sign == "+":
            year -= 100
        birth = f"{year:04d}{birth[2:]}"
    elif sign == "+":
        return None  # '+' only belongs to the ten-digit form
    if not _plausible(int(birth[:4]), int(birth[4:6]), int(birth[6:8])):
        return None
    return birth + (tail or "")


def _next_prefix(prefix: str) -> str | None:
    """The smallest digit string of the same length above every string starting with `prefix`."""
    if set(prefix) == {"9"}:
        return None
    return str(int(prefix) + 1).zfill(len(prefix))


def _number_condition(prefix: str) -> ColumnElement[bool]:
    """Exact match for a whole number, else a range that the unique index answers (and that
    leaves out protected identities: they are found by their whole number only)."""
    if len(prefix) == 12:
        return Jobseeker.personnummer == prefix
    upper = _next_prefix(prefix)
    low = and_(Jobseeker.personnummer >= prefix, ~protected.flag(Jobseeker))
    return low if upper is None else and_(low, Jobseeker.personnummer < upper)


def jobseeker_ids_matching(text: str) -> Select | None:
    """SELECT of jobseeker ids whose personnummer `text` names, or None if `text` is no number."""
    prefix = normalise_personnummer_query(text)
    if prefix is None:
        return None
    return select(Jobseeker.id).where(_number_condition(prefix))


def person_condition(text: str, jobseeker_key: ColumnElement | None) -> ColumnElement[bool] | None:
    """The list hook: `jobseeker_key IN (ids with that number)` when `text` is a personnummer."""
    if jobseeker_key is None:
        return None
    ids = jobseeker_ids_matching(text)
    return None if ids is None else jobseeker_key.in_(ids)


def person_search_plan(person_key, text: str) -> SearchPlan | None:
    """The plan for a list searched by personnummer: one person's few rows, fetched through the
    person's foreign-key index (None: not a personnummer search, ask asfdesk.db.search).
    `person_key` is the list's ListSpec.person_key (None if the list has no person)."""
    if person_key is None or normalise_personnummer_query(text) is None:
        return None
    return SearchPlan.DRIVEN


def find_people(session: Session, text: str, limit: int = 50) -> list[tuple[int, str, str, int | None]]:
    """(id, masked personnummer, full name, birth year) of jobseekers `text` names — by
    personnummer in any form, else by (folded) name — referred or not.

    Never the full number: callers show these rows in a list. A protected identity (found by
    the whole number only) comes as (id, "", "Protected identity", None).
    """
    condition = person_condition(text, Jobseeker.id)
    if condition is None:
        condition = search_condition(session.get_bind().dialect.name, text, [(Jobseeker.id, "jobseekers")])
    if condition is None:
        return []
    stmt = (
        select(
            Jobseeker.id,
            Jobseeker.personnummer,
            Jobseeker.first_name,
            Jobseeker.last_name,
            Jobseeker.birth_date,
            Jobseeker.protected_identity,
        )
        .where(condition)
        .order_by(Jobseeker.last_name, Jobseeker.first_name, Jobseeker.id)
        .limit(limit)
    )
    rows = []
    for jid, number, first, last, born, is_protected in session.execute(stmt):
        if is_protected:
            rows.append((jid, "", protected.display_name(first, last, True), None))
            continue
        year = born.year if born is not None else (int(number[:4]) if number else None)
        rows.append((jid, mask_personnummer(number), f"{first} {last}", year))
    return rows
