"""Small questions about the whole database: is it empty, who is the current consultant."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from asfdesk.db.models import Consultant, Enterprise, Event, PartnerOrganisation, Referral


def is_empty(session: Session) -> bool:
    """No enterprises, referrals, partners or events yet (a first run): offer the welcome panel."""
    for model in (Enterprise, Referral, PartnerOrganisation, Event):
        if session.scalar(select(exists().where(model.id.is_not(None)))):
            return False
    return True


def consultant_name(session: Session, username: str | None) -> str | None:
    """The consultant whose username is the session user, if there is one."""
    if not username:
        return None
    return session.scalar(select(Consultant.name).where(Consultant.username == username.lower()))
