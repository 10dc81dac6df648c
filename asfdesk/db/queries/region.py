"""The region's figures: active ASF, employees, people in work training and free places per
municipality of one county ("ASF i länet"). Counts only, never a person.

* Enterprises: those with status active whose kommunkod lies in the county (its first two
  digits are the länskod; the reference table says which municipalities a county has).
* Employees and people in work training: the numbers each enterprise reports on its profile
  (`employees`, `participants_in_training`), summed; an enterprise with none entered adds 0.
* Free places: `asfdesk.db.queries.capacity.free_places`, the one derived rule.
Every municipality of the county is listed, those without an active ASF too, so a region sees
where there is none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from asfdesk.db.models import County, Enterprise, Municipality
from asfdesk.db.queries.capacity import free_places
from asfdesk.db.search import fold
from asfdesk.domain.enums import EnterpriseStatus
from asfdesk.entities.choices import swedish_key


@dataclass
class MunicipalityFigures:
    code: str
    name: str
    enterprises: int = 0
    employees: int = 0
    in_training: int = 0
    free_places: int = 0


@dataclass
class RegionFigures:
    county_code: str
    county_name: str
    rows: list[MunicipalityFigures] = field(default_factory=list)

    @property
    def total(self) -> MunicipalityFigures:
        total = MunicipalityFigures("", "")
        for row in self.rows:
            total.enterprises += row.enterprises
            total.employees += row.employees
            total.in_training += row.in_training
            total.free_places += row.free_places
        return total


class UnknownCounty(ValueError):
    """No county has this code (the message names the code, nothing else)."""


def counties(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every county, the ones with an active ASF first ("ASF i länet…" picker)."""
    used = set(
        session.scalars(
            select(Municipality.county_code)
            .join(Enterprise, Enterprise.municipality_code == Municipality.code)
            .where(Enterprise.status == EnterpriseStatus.ACTIVE)
            .distinct()
        )
    )
    rows = [(code, name) for code, name in session.execute(select(County.code, County.name))]
    return sorted(rows, key=lambda r: (r[0] not in used, swedish_key(r[1])))


def find_county(session: Session, wanted: str) -> County | None:
    """A county by its länskod ("20") or its name as people write it ("Dalarna", "dalarnas län")."""
    text = (wanted or "").strip()
    if not text:
        return None
    if text.isdigit():
        return session.get(County, text.zfill(2))
    folded = fold(text)
    for county in session.scalars(select(County)):
        if folded in (fold(county.name), fold(county.short_name)):
            return county
    return None


def region_figures(session: Session, county_code: str) -> RegionFigures:
    """The figures of one county (a two-digit länskod such as "20", or its name), per municipality."""
    county = find_county(session, county_code)
    if county is None:
        raise UnknownCounty(f"unknown county {(county_code or '').strip()!r}")
    code = county.code
    municipalities = session.execute(
        select(Municipality.code, Municipality.short_name).where(Municipality.county_code == code)
    ).all()
    by_code = {m_code: MunicipalityFigures(m_code, name) for m_code, name in municipalities}
    enterprises = session.execute(
        select(
            Enterprise.id,
            Enterprise.municipality_code,
            Enterprise.employees,
            Enterprise.participants_in_training,
        ).where(
            Enterprise.status == EnterpriseStatus.ACTIVE,
            Enterprise.municipality_code.in_(list(by_code)),
        )
    ).all()
    free = free_places(session, [row[0] for row in enterprises]) if enterprises else {}
    for enterprise_id, m_code, employees, in_training in enterprises:
        row = by_code[m_code]
        row.enterprises += 1
        row.employees += employees or 0
        row.in_training += in_training or 0
        row.free_places += free.get(enterprise_id, 0)
    rows = sorted(by_code.values(), key=lambda r: swedish_key(r.name))
    return RegionFigures(county.code, county.name, rows)
