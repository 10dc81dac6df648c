"""Referral filters that Översikt's figures open: the period something happened, and the outcome.

"Started this month" on Översikt opens the Referrals list with `period=started_month`; the
figure and the list share `period_bounds`, so they always count the same rows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_

from asfdesk.db.models import Referral
from asfdesk.db.queries.overview_figures import PERIODS, period_bounds
from asfdesk.domain.enums import Outcome, ReferralStatus
from asfdesk.entities import choices
from asfdesk.entities.base import Choices, Filter
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate

PERIOD_LABELS = {
    "referred_month": QT_TRANSLATE_NOOP("Entities", "Referred this month"),
    "referred_year": QT_TRANSLATE_NOOP("Entities", "Referred this year"),
    "started_month": QT_TRANSLATE_NOOP("Entities", "Started this month"),
    "started_year": QT_TRANSLATE_NOOP("Entities", "Started this year"),
    "ended_month": QT_TRANSLATE_NOOP("Entities", "Ended this month"),
    "ended_year": QT_TRANSLATE_NOOP("Entities", "Ended this year"),
}
assert tuple(PERIOD_LABELS) == PERIODS


def period_condition(value: str, today: date | None = None) -> ColumnElement[bool]:
    """Referrals referred / started / ended in this month or year (up to today)."""
    what, span = str(value).rsplit("_", 1)
    first, last = period_bounds(today or date.today())[span]
    column = {
        "referred": Referral.referred_on,
        "started": Referral.actual_start,
        "ended": Referral.actual_end,
    }
    condition = and_(column[what] >= first, column[what] <= last)
    if what == "ended":
        condition = and_(Referral.status == ReferralStatus.ENDED, condition)
    return condition


def _periods(_session) -> Choices:
    return [(key, translate("Entities", label)) for key, label in PERIOD_LABELS.items()]


def period() -> Filter:
    return Filter(
        period_condition,
        QT_TRANSLATE_NOOP("Entities", "Period:"),
        QT_TRANSLATE_NOOP("Entities", "Any time"),
        choices=_periods,
    )


def outcome() -> Filter:
    return Filter(
        lambda v: Referral.outcome == Outcome(v),
        QT_TRANSLATE_NOOP("Entities", "Outcome:"),
        QT_TRANSLATE_NOOP("Entities", "All outcomes"),
        choices=choices.enum(Outcome),
    )
