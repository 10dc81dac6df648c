"""Enterprises ranked by fit for a referral: the enterprise picker's suggestions.

The order, most important first (a plain lexicographic order, so a consultant can predict it):
1. not closed (active, then paused, then closed);
2. free work-training places, if the referral's kind takes one (`capacity.PLACE_KINDS`);
3. offers a service the jobseeker wants to try (the referral's wanted services);
4. in the jobseeker's municipality, then in the same county (the kommunkod's first two digits),
   then elsewhere; the jobseeker's municipality comes from their postcode, never for a
   protected identity (the ranking would hint at where they live);
5. more free places, then the name.

Free places are `asfdesk.db.queries.capacity.free_places` (derived from the referrals). Typed
text narrows the enterprises with the folded search (Å/Ä/Ö as the main search).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from asfdesk.db import search
from asfdesk.db.models import Enterprise, Jobseeker
from asfdesk.db.models.organisations import enterprise_services
from asfdesk.db.queries.capacity import PLACE_KINDS, free_places
from asfdesk.domain.enums import EnterpriseStatus, ReferralKind
from asfdesk.geodata import lookup_postcode
from asfdesk.i18n import translate

SUGGESTIONS = 20
_STATUS_RANK = {EnterpriseStatus.ACTIVE: 0, EnterpriseStatus.PAUSED: 1, EnterpriseStatus.CLOSED: 2}


@dataclass(frozen=True)
class MatchContext:
    """What the referral editor knows when the picker searches (plain values, read in a worker)."""

    kind: ReferralKind | None = None
    service_ids: frozenset[int] = field(default_factory=frozenset)
    jobseeker_id: int | None = None

    @property
    def takes_place(self) -> bool:
        return self.kind is None or ReferralKind(self.kind) in PLACE_KINDS


@dataclass(frozen=True)
class EnterpriseMatch:
    enterprise_id: int
    name: str
    city: str | None
    status: EnterpriseStatus
    free: int
    offers_wanted: bool
    place: int  # 0 the jobseeker's municipality, 1 the same county, 2 elsewhere or unknown

    @property
    def display_name(self) -> str:
        """ "Kilafix, Bollnäs": what the field shows once the enterprise is chosen."""
        return f"{self.name}, {self.city}" if self.city else self.name

    def label(self, language: str | None = None) -> str:
        """ "Kilafix, Bollnäs (3 lediga)": the name, the town and the free places."""
        name = self.display_name
        free = translate("Matching", "%n free", n=self.free, language=language)
        if self.status == EnterpriseStatus.CLOSED:
            free = translate("Matching", "closed", language=language)
        return f"{name} ({free})"


def jobseeker_municipality(session: Session, jobseeker_id: int | None) -> str | None:
    """The kommunkod of the jobseeker's postcode; None if unknown or a protected identity."""
    if jobseeker_id is None:
        return None
    row = session.execute(
        select(Jobseeker.postal_code, Jobseeker.protected_identity).where(Jobseeker.id == jobseeker_id)
    ).first()
    if row is None or row.protected_identity or not row.postal_code:
        return None
    try:
        info = lookup_postcode(row.postal_code)
    except ValueError:
        return None
    return info.municipality_code if info else None


def rank(matches: Iterable[EnterpriseMatch], takes_place: bool = True) -> list[EnterpriseMatch]:
    """The module docstring's order."""

    def key(m: EnterpriseMatch):
        has_room = 0 if (m.free > 0 or not takes_place) else 1
        return (
            _STATUS_RANK[m.status],
            has_room,
            not m.offers_wanted,
            m.place,
            -m.free,
            m.name.casefold(),
            m.enterprise_id,
        )

    return sorted(matches, key=key)


def ranked_enterprises(
    session: Session, text: str, context: MatchContext, limit: int = SUGGESTIONS
) -> list[EnterpriseMatch]:
    """The enterprises whose search document has every typed word, best fit first: three
    statements (the enterprises, the wanted services they offer, the free places)."""
    condition = search.search_condition(
        session.get_bind().dialect.name, text, [(Enterprise.id, "enterprises")]
    )
    rows = session.execute(
        select(
            Enterprise.id, Enterprise.name, Enterprise.city, Enterprise.status, Enterprise.municipality_code
        ).where(true() if condition is None else condition)
    ).all()
    if not rows:
        return []
    offering: set[int] = set()
    if context.service_ids:
        offering = set(
            session.scalars(
                select(enterprise_services.c.enterprise_id)
                .where(enterprise_services.c.service_category_id.in_(sorted(context.service_ids)))
                .distinct()
            )
        )
    ids = [r[0] for r in rows] if condition is not None else None  # None: every enterprise
    free = free_places(session, ids)
    home = jobseeker_municipality(session, context.jobseeker_id)
    matches = []
    for eid, name, city, status, code in rows:
        place = 2
        if home and code:
            place = 0 if code == home else 1 if code[:2] == home[:2] else 2
        matches.append(
            EnterpriseMatch(
                eid, name, city, EnterpriseStatus(status), free.get(eid, 0), eid in offering, place
            )
        )
    return rank(matches, context.takes_place)[:limit]


def suggestions(session: Session, text: str, context: MatchContext) -> list[tuple[int, str, int, str]]:
    """(id, label with the free places, free places, name and town) for the picker."""
    return [
        (m.enterprise_id, m.label(), m.free, m.display_name)
        for m in ranked_enterprises(session, text, context)
    ]
