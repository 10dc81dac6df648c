"""Small reference lists the editors offer (consultants, services, municipalities), read once."""

from __future__ import annotations

from functools import cached_property

from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.queries import profiles as q
from asfdesk.db.session import session_scope
from asfdesk.geodata import municipalities
from asfdesk.i18n import current_language


class Lookups:
    """Per ProfileManager: the first profile reads these, the next ones reuse them."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    @cached_property
    def consultants(self) -> list[tuple[str, int]]:
        with session_scope(self.sessions) as session:
            return [(name, cid) for cid, name in q.consultant_choices(session)]

    @cached_property
    def current_consultant_id(self) -> int | None:
        """The consultant using the app: the default for new referrals and enterprises."""
        with session_scope(self.sessions) as session:
            return q.consultant_id_for_user(session, (self.sessions.kw.get("info") or {}).get("user"))

    @cached_property
    def services(self) -> list[tuple[str, int]]:
        with session_scope(self.sessions) as session:
            rows = q.service_category_choices(session)
        swedish = current_language() == "sv"
        return sorted(((sv if swedish else en), sid) for sid, en, sv in rows)

    @cached_property
    def partners(self) -> list[tuple[str, int]]:
        with session_scope(self.sessions) as session:
            return [(name, pid) for pid, name in q.partner_choices(session)]

    @cached_property
    def municipalities(self) -> list[tuple[str, str]]:
        """From the shipped reference file: no query needed for the 290 names."""
        return [(name, code) for code, name, _county in municipalities()]

    def name_of(self, entity: str, record_id: int | None) -> str:
        with session_scope(self.sessions) as session:
            return q.name_of(session, entity, record_id)
