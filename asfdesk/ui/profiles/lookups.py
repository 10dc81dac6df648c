"""Small reference lists the editors offer (consultants, services, municipalities), read once.

They are read in the worker of the first profile's load (`read(session)`, called by
asfdesk.ui.profiles.base), never on the UI thread; until they have arrived the lists are empty
and the form is read-only under "Loading…". The profile then offers them to the fields named in
FIELD_LISTS, and every later profile of the same manager is built with them at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from asfdesk.db.queries import profiles as q
from asfdesk.geodata import municipalities
from asfdesk.i18n import current_language
from asfdesk.ui.operations import Sessions, login_of, worker_only
from asfdesk.ui.operations_records import read_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# form field -> the reference list it offers (a field built before the lists arrived gets them then)
FIELD_LISTS = {
    "consultant_id": "consultants",
    "responsible_consultant_id": "consultants",
    "service_ids": "services",
    "wanted_service_ids": "services",  # the referral's "wants to try"
}


@dataclass(frozen=True)
class ReferenceLists:
    """What `Lookups.read` fetched in one transaction."""

    consultants: list[tuple[str, int]]
    services: list[tuple[int, str, str]]  # (id, English name, Swedish name)
    partners: list[tuple[str, int]]
    current_consultant_id: int | None


class Lookups:
    """Per ProfileManager: the first profile reads these, the next ones reuse them."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions
        self._lists: ReferenceLists | None = None

    @property
    def loaded(self) -> bool:
        return self._lists is not None

    def read(self, session: Session) -> ReferenceLists:
        """Fetch every list (in an operation's worker, with its session)."""
        user = login_of(self.sessions)
        return ReferenceLists(
            consultants=[(name, cid) for cid, name in q.consultant_choices(session)],
            services=list(q.service_category_choices(session)),
            partners=[(name, pid) for pid, name in q.partner_choices(session)],
            current_consultant_id=q.consultant_id_for_user(session, user),
        )

    def remember(self, lists: ReferenceLists) -> None:
        """Keep what `read` fetched (on the UI thread, when the operation is done)."""
        self._lists = lists

    @property
    def consultants(self) -> list[tuple[str, int]]:
        return list(self._lists.consultants) if self._lists else []

    @property
    def current_consultant_id(self) -> int | None:
        """The consultant using the app: the default for new referrals and enterprises."""
        return self._lists.current_consultant_id if self._lists else None

    @property
    def services(self) -> list[tuple[str, int]]:
        """In the current language (asked again after a language switch)."""
        if self._lists is None:
            return []
        swedish = current_language() == "sv"
        return sorted(((sv if swedish else en), sid) for sid, en, sv in self._lists.services)

    @property
    def partners(self) -> list[tuple[str, int]]:
        return list(self._lists.partners) if self._lists else []

    @property
    def municipalities(self) -> list[tuple[str, str]]:
        """From the shipped reference file: no query needed for the 290 names."""
        return [(name, code) for code, name, _county in municipalities()]

    def choices(self, list_name: str) -> list[tuple[str, object]]:
        """The list FIELD_LISTS names ("consultants", "services")."""
        return getattr(self, list_name)

    @worker_only
    def name_of(self, entity: str, record_id: int | None) -> str:
        """A picker's label for a stored value; labellers run in operations (never the UI thread)."""
        return read_name(self.sessions, entity, record_id)
