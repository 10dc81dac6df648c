"""Free work-training places, derived from the referrals, and the capacity report's rows.

How "free places" is derived (the one rule; Översikt, the enterprise picker, "ASF i länet" and
`asfdesk report capacity` all call `free_places`):

    free = max(training_places_total − occupied, 0)

* `training_places_total` is the enterprise's own number of work-training places (entered on
  its profile). An enterprise with no number entered has 0 free places: we don't know that it
  has any.
* `occupied` counts the enterprise's referrals that hold a place *now*: status `accepted` (the
  place is promised) or `ongoing` (the person is there), of a place-taking kind
  (`PLACE_KINDS`: work training, work trial, internship — the others are jobs, paid from
  another budget, and take no training place), and not already past their `actual_end`.
  So a referral that is accepted or starts fills a place, and one that ends (status `ended`,
  or `cancelled`) frees it, with no manual edit.
* A closed enterprise has 0 free places.
* Never negative: an over-booked enterprise has 0 free places (`capacity_rows` shows the
  over-booking as occupied > places).

The column `enterprises.training_places_available` (a number typed by hand before this rule
existed) is kept in the schema and the import formats for compatibility, but the UI and every
report show the derived number instead. Nothing here writes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asfdesk.db.models import Enterprise, Municipality, Referral
from asfdesk.db.places import PLACE_KINDS, PLACE_STATUSES, free_places_expression, occupying_condition
from asfdesk.domain.enums import EnterpriseStatus

__all__ = ["PLACE_KINDS", "PLACE_STATUSES", "free_places_expression", "occupying_condition"]  # the rule

def occupied_places(
    session: Session, enterprise_ids: Iterable[int] | None = None, today: date | None = None
) -> dict[int, int]:
    """Enterprise id → referrals holding a place now (only enterprises with at least one)."""
    stmt = (
        select(Referral.enterprise_id, func.count())
        .where(occupying_condition(today))
        .group_by(Referral.enterprise_id)
    )
    ids = None if enterprise_ids is None else list(enterprise_ids)
    if ids is not None:
        if not ids:
            return {}
        stmt = stmt.where(Referral.enterprise_id.in_(ids))
    return {int(eid): int(n) for eid, n in session.execute(stmt)}


def derive_free(total: int | None, occupied: int, status: EnterpriseStatus | str | None) -> int:
    """The rule above for one enterprise (also used by tests and by callers with rows at hand)."""
    if status == EnterpriseStatus.CLOSED or not total:
        return 0
    return max(total - occupied, 0)


def free_places(session: Session, enterprise_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Enterprise id → free work-training places now (every enterprise asked for, 0 included).

    `enterprise_ids=None` means every enterprise. Two statements whatever the number of ids.
    """
    ids = None if enterprise_ids is None else list(dict.fromkeys(enterprise_ids))
    if ids is not None and not ids:
        return {}
    stmt = select(Enterprise.id, Enterprise.training_places_total, Enterprise.status)
    if ids is not None:
        stmt = stmt.where(Enterprise.id.in_(ids))
    enterprises = session.execute(stmt).all()
    occupied = occupied_places(session, ids)
    return {
        int(eid): derive_free(total, occupied.get(int(eid), 0), status) for eid, total, status in enterprises
    }


@dataclass(frozen=True)
class CapacityRow:
    """One enterprise's capacity figures (no personal data: counts only)."""

    enterprise_id: int
    name: str
    municipality_code: str | None
    municipality: str | None
    status: EnterpriseStatus
    places: int | None  # training_places_total as entered
    occupied: int  # referrals holding a place now (derived)
    free: int  # derived, see the module docstring
    employees: int | None
    in_training: int | None  # participants_in_training as reported by the enterprise


def capacity_rows(
    session: Session,
    county: str | None = None,
    municipality: str | None = None,
    include_closed: bool = False,
) -> list[CapacityRow]:
    """Every (not closed) enterprise with its places, derived free places, staff and trainees.

    `municipality` is a kommunkod, `county` a two-digit länskod (the kommunkod's first two
    digits). Sorted by municipality, then name.
    """
    stmt = select(
        Enterprise.id,
        Enterprise.name,
        Enterprise.municipality_code,
        Municipality.short_name,
        Enterprise.status,
        Enterprise.training_places_total,
        Enterprise.employees,
        Enterprise.participants_in_training,
    ).outerjoin(Municipality, Municipality.code == Enterprise.municipality_code)
    if not include_closed:
        stmt = stmt.where(Enterprise.status != EnterpriseStatus.CLOSED)
    stmt = stmt.where(*municipality_filter(Enterprise.municipality_code, county, municipality))
    rows = session.execute(stmt).all()
    occupied = occupied_places(session, [r[0] for r in rows]) if rows else {}
    result = [
        CapacityRow(
            enterprise_id=int(eid),
            name=name,
            municipality_code=code,
            municipality=mname,
            status=EnterpriseStatus(status),
            places=places,
            occupied=occupied.get(int(eid), 0),
            free=derive_free(places, occupied.get(int(eid), 0), status),
            employees=staff,
            in_training=trainees,
        )
        for eid, name, code, mname, status, places, staff, trainees in rows
    ]
    result.sort(key=lambda r: (r.municipality or "\uffff", r.name.casefold(), r.enterprise_id))
    return result


def municipality_filter(column, county: str | None, municipality: str | None) -> list:
    """WHERE conditions restricting a kommunkod column to a county and/or a municipality."""
    conditions = []
    if municipality:
        conditions.append(column == municipality.strip())
    if county:
        conditions.append(column.like(f"{county.strip()[:2]}%"))
    return conditions
