"""Follow-ups due: open referrals whose next follow-up date has come, oldest first.

Used by "Mina uppföljningar" on the start view, the status bar's overdue count and
`asfdesk follow-ups`. Due means on or before the day asked for (today by default); overdue
means before today. Only open referrals count (draft, sent, accepted, ongoing): an ended,
declined or cancelled one has nothing left to follow up.

The list names jobseekers, so reading it is an access to personal data: `due_follow_ups`
writes one access-log row in the caller's transaction. The count names no one and is not logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asfdesk.db.models import Consultant, Enterprise, Jobseeker, Referral
from asfdesk.domain.referral_rules import OPEN_STATUSES
from asfdesk.entities import protected
from asfdesk.services.access_log import record_access
from asfdesk.services.consultants import current_consultant

_OPEN = sorted(OPEN_STATUSES, key=lambda status: status.value)


@dataclass(frozen=True)
class FollowUp:
    """One referral to follow up. Holds the jobseeker's name only, never the personnummer."""

    referral_id: int
    due: date
    jobseeker_name: str
    enterprise_name: str
    consultant_login: str | None
    consultant_name: str | None
    overdue: bool


def _open_for(consultant_id: int | None) -> list:
    """Open referrals, of one consultant or of all (the date condition is the caller's)."""
    conditions = [Referral.status.in_(_OPEN)]
    if consultant_id is not None:
        conditions.append(Referral.consultant_id == consultant_id)
    return conditions


def due_follow_ups(
    session: Session,
    today: date,
    due_by: date | None = None,
    consultant_id: int | None = None,
    limit: int | None = None,
) -> list[FollowUp]:
    """Follow-ups due on or before `due_by` (default `today`), oldest first, for one consultant
    (by id) or for everyone; logs the access when anyone is listed."""
    last_day = due_by or today
    query = (
        select(
            Referral.id,
            Referral.next_follow_up,
            Jobseeker.first_name,
            Jobseeker.last_name,
            Enterprise.name,
            Consultant.username,
            Consultant.name,
            Jobseeker.protected_identity,
        )
        .join(Jobseeker, Referral.jobseeker_id == Jobseeker.id)
        .join(Enterprise, Referral.enterprise_id == Enterprise.id)
        .outerjoin(Consultant, Referral.consultant_id == Consultant.id)
        .where(Referral.next_follow_up <= last_day, *_open_for(consultant_id))
        .order_by(Referral.next_follow_up, Referral.id)
        .limit(limit)
    )
    rows = [
        FollowUp(
            referral_id=row[0],
            due=row[1],
            jobseeker_name=protected.display_name(row[2], row[3], row[7]),
            enterprise_name=row[4],
            consultant_login=row[5],
            consultant_name=row[6],
            overdue=row[1] < today,
        )
        for row in session.execute(query)
    ]
    if rows:
        scope = "all consultants" if consultant_id is None else f"consultant {consultant_id}"
        record_access(
            session,
            "view",
            "referrals",
            row_count=len(rows),
            detail=f"follow-ups due by {last_day.isoformat()}, {scope}",
        )
    return rows


def overdue_count(session: Session, consultant_id: int | None, today: date) -> int:
    """How many open referrals' follow-ups are before `today` (for the status bar)."""
    query = select(func.count()).select_from(Referral)
    return session.scalar(query.where(Referral.next_follow_up < today, *_open_for(consultant_id))) or 0


def _consultant_id_of(session: Session, login: str | None) -> int | None:
    consultant = current_consultant(session, login) if login else None
    return consultant.id if consultant is not None else None


def my_due_follow_ups(session: Session, login: str | None, today: date) -> tuple[bool, list[FollowUp]]:
    """(known, rows): the login's own due follow-ups, or everyone's when the login is no consultant."""
    consultant_id = _consultant_id_of(session, login)
    return consultant_id is not None, due_follow_ups(session, today, consultant_id=consultant_id)


def my_overdue_count(session: Session, login: str | None, today: date) -> int:
    """Overdue follow-ups of the login's consultant, or of everyone when the login is no consultant."""
    return overdue_count(session, _consultant_id_of(session, login), today)
