"""Översikt in one read: the figures, and the follow-ups due (oldest first) for the same people.

The UI runs `read_overview` in one QueryOp. Whose figures: the login's consultant's, unless
`whole_unit`; a login that is no consultant sees the whole unit (and is told so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from asfdesk.db.queries.overview_figures import OverviewFigures, overview_figures, upcoming_window
from asfdesk.services.consultants import current_consultant
from asfdesk.services.follow_ups import FollowUp, due_follow_ups, overdue_count

FOLLOW_UP_ROWS = 50


@dataclass
class Overview:
    figures: OverviewFigures
    known: bool  # the login is a registered consultant
    consultant_name: str | None  # whose figures, unless whole_unit
    whole_unit: bool  # the figures are everyone's
    follow_ups: list[FollowUp]  # due by two weeks from today, oldest first (at most FOLLOW_UP_ROWS)
    overdue: int  # all overdue follow-ups of the same people (the list may be cut)


def read_overview(
    session: Session,
    login: str | None,
    whole_unit: bool,
    today: date | None = None,
    language: str | None = None,
    places: bool = True,
    people: bool = True,
) -> Overview:
    """Everything Översikt shows (the free places unless `places=False`: the page reads them in a
    second worker, in parallel); the follow-up list is logged as an access (it names people).
    `people=False` (a role that may not read jobseekers): no follow-up list and no overdue count."""
    today = today or date.today()
    consultant = current_consultant(session, login) if login else None
    known = consultant is not None
    consultant_id = None if whole_unit or consultant is None else consultant.id
    figures = overview_figures(session, consultant_id, today, language=language, places=places)
    rows = (
        due_follow_ups(
            session, today, due_by=upcoming_window(today), consultant_id=consultant_id, limit=FOLLOW_UP_ROWS
        )
        if people
        else []
    )
    return Overview(
        figures=figures,
        known=known,
        consultant_name=consultant.name if consultant is not None else None,
        whole_unit=consultant_id is None,
        follow_ups=rows,
        overdue=overdue_count(session, consultant_id, today) if people else 0,
    )
