"""Possible duplicates of a jobseeker about to be created: same personnummer, or a similar
name with the same birth date, or the same name (rapidfuzz for spelling variants)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.models import Jobseeker
from asfdesk.db.session import session_scope
from asfdesk.domain.errors import ValidationError
from asfdesk.domain.identifiers import birth_date_of, normalize_personnummer
from asfdesk.entities import protected
from asfdesk.i18n import translate
from asfdesk.services.access_log import record_access

SIMILAR = 85  # rapidfuzz token_sort_ratio: "Ana Svenson" vs "Anna Svensson" scores about 90


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    birth_date: date | None
    reason: str

    def describe(self) -> str:
        born = (
            self.birth_date.isoformat() if self.birth_date else translate("Duplicates", "birth date unknown")
        )
        return f"{self.name} ({born}): {self.reason}"


def find_duplicates(
    sessions: sessionmaker[Session],
    first_name: str | None,
    last_name: str | None,
    birth_date: date | None = None,
    personnummer: str | None = None,
    limit: int = 10,
) -> list[Candidate]:
    """Jobseekers who may be the same person. The search itself is logged (it reads personal data)."""
    pnr = None
    if personnummer:
        try:
            pnr = normalize_personnummer(personnummer)
        except ValidationError:
            pnr = None
        else:
            birth_date = birth_date or birth_date_of(pnr)
    name = f"{first_name or ''} {last_name or ''}".strip()
    conditions, by_name = [], []
    if pnr:
        conditions.append(Jobseeker.personnummer == pnr)
    if birth_date:
        by_name.append(Jobseeker.birth_date == birth_date)
    if last_name:
        by_name.append(func.lower(Jobseeker.last_name) == last_name.strip().lower())
    if by_name:  # a protected identity is found by the whole personnummer only
        conditions.append(and_(or_(*by_name), ~protected.flag(Jobseeker)))
    if not conditions:
        return []
    with session_scope(sessions) as session:
        rows = session.execute(
            select(
                Jobseeker.id,
                Jobseeker.first_name,
                Jobseeker.last_name,
                Jobseeker.birth_date,
                Jobseeker.personnummer,
                Jobseeker.protected_identity,
            )
            .where(or_(*conditions))
            .order_by(Jobseeker.id)
            .limit(200)
        ).all()
        found = []
        for jid, first, last, born, their_pnr, is_protected in rows:
            reason = _reason(name, f"{first} {last}", birth_date, born, pnr, their_pnr)
            if reason and is_protected:
                found.append(Candidate(jid, protected.display_name(first, last, True), None, reason))
            elif reason:
                found.append(Candidate(jid, f"{first} {last}", born, reason))
        record_access(session, "search", "jobseeker", row_count=len(found), detail="duplicate check")
    return found[:limit]


def _reason(name: str, theirs: str, born: date | None, their_born: date | None, pnr, their_pnr) -> str | None:
    if pnr and pnr == their_pnr:
        return translate("Duplicates", "same personnummer")
    similarity = fuzz.token_sort_ratio(name.casefold(), theirs.casefold()) if name else 0
    if born and born == their_born:
        if similarity == 100:
            return translate("Duplicates", "same name and birth date")
        if similarity >= SIMILAR:
            return translate("Duplicates", "similar name, same birth date")
        return None
    if similarity == 100 and (born is None or their_born is None):
        return translate("Duplicates", "same name")
    return None  # known, different birth dates: another person with the same name
