"""The free-places rule in SQL: which referrals hold one of an enterprise's work-training places.

Here, away from asfdesk.db.queries, so that the entity registry (the enterprise list's "Free
places" column) can use it without an import cycle. The rule itself is explained in
asfdesk.db.queries.capacity, which re-exports these names and adds the queries.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, and_, bindparam, case, func, or_, select

from asfdesk.db.models import Enterprise, Referral
from asfdesk.domain.enums import EnterpriseStatus, ReferralKind, ReferralStatus

#: Referral kinds that take one of the enterprise's work-training places.
PLACE_KINDS: frozenset[ReferralKind] = frozenset(
    {ReferralKind.WORK_TRAINING, ReferralKind.WORK_TRIAL, ReferralKind.INTERNSHIP}
)
#: Statuses in which a referral holds its place.
PLACE_STATUSES: frozenset[ReferralStatus] = frozenset({ReferralStatus.ACCEPTED, ReferralStatus.ONGOING})


def occupying_condition(today: date | None = None):
    """SQL condition: this referral holds one of its enterprise's places on `today`."""
    today = today or date.today()
    return and_(
        Referral.status.in_(sorted(PLACE_STATUSES)),
        Referral.kind.in_(sorted(PLACE_KINDS)),
        or_(Referral.actual_end.is_(None), Referral.actual_end >= today),
    )


def free_places_expression():
    """The same rule as one SQL expression over `Enterprise` (a correlated count), for a list
    column that sorts and filters on free places. "Today" is the app's date, bound when the
    statement runs (the database's CURRENT_DATE is UTC on SQLite: a day behind after midnight)."""
    today = bindparam("places_today", type_=Date(), callable_=date.today)
    occupied = (
        select(func.count())
        .select_from(Referral)
        .where(
            Referral.enterprise_id == Enterprise.id,
            Referral.status.in_(sorted(PLACE_STATUSES)),
            Referral.kind.in_(sorted(PLACE_KINDS)),
            or_(Referral.actual_end.is_(None), Referral.actual_end >= today),
        )
        .correlate(Enterprise)
        .scalar_subquery()
    )
    room = func.coalesce(Enterprise.training_places_total, 0) - occupied
    return case((Enterprise.status == EnterpriseStatus.CLOSED, 0), (room > 0, room), else_=0)
