"""The referral (anvisning) workflow: which status may follow which, and what ending requires."""

from __future__ import annotations

from datetime import date

from asfdesk.domain.enums import Outcome, ReferralStatus
from asfdesk.domain.errors import InvalidTransitionError, ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP

S = ReferralStatus

ALLOWED_TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    S.DRAFT: frozenset({S.SENT, S.CANCELLED}),
    S.SENT: frozenset({S.ACCEPTED, S.DECLINED, S.CANCELLED}),
    S.ACCEPTED: frozenset({S.ONGOING, S.CANCELLED}),
    S.ONGOING: frozenset({S.ENDED}),
    S.DECLINED: frozenset(),
    S.ENDED: frozenset(),
    S.CANCELLED: frozenset(),
}

OPEN_STATUSES = frozenset({S.DRAFT, S.SENT, S.ACCEPTED, S.ONGOING})


def allowed_next(current: ReferralStatus) -> list[ReferralStatus]:
    """Statuses the user may pick next, in workflow order (for the editor's status picker)."""
    return [s for s in ReferralStatus if s in ALLOWED_TRANSITIONS[current]]


def check_transition(current: ReferralStatus | None, new: ReferralStatus) -> None:
    """Raise InvalidTransitionError unless `current -> new` is allowed (None: a new referral)."""
    if current is None or current == new:
        return
    if new not in ALLOWED_TRANSITIONS[current]:
        raise InvalidTransitionError(
            "status",
            QT_TRANSLATE_NOOP("Validation", "cannot change from {current} to {new}"),
            current=current,
            new=new,
        )


def check_outcome(status: ReferralStatus, outcome: Outcome | None) -> None:
    """An ended referral must say how it ended; an open one must not claim an outcome yet."""
    if status == S.ENDED and outcome is None:
        raise ValidationError("outcome", QT_TRANSLATE_NOOP("Validation", "is required when a referral ends"))
    if status != S.ENDED and outcome is not None:
        raise ValidationError(
            "outcome", QT_TRANSLATE_NOOP("Validation", "can only be set on an ended referral")
        )


def check_date_order(start: date | None, end: date | None, end_field: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            end_field,
            QT_TRANSLATE_NOOP("Validation", "{end} is before the start {start}"),
            end=end.isoformat(),
            start=start.isoformat(),
        )
