"""Postcode lookup from the shipped CC0 reference files (resources/geodata)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from asfdesk.domain.contact_info import normalize_postal_code
from asfdesk.paths import resource_path


@dataclass(frozen=True)
class PostcodeInfo:
    postal_code: str  # "821 43"
    city: str  # the post town, e.g. "Bollnäs"
    municipality_code: str  # "2183"
    municipality_name: str  # "Bollnäs kommun"


@cache
def _postcodes() -> dict[str, PostcodeInfo]:
    """Loaded once, on first use (about 15,000 rows, a few milliseconds)."""
    with open(resource_path("geodata", "postal_to_municipality.csv"), encoding="utf-8") as fh:
        return {
            row["postal_code"]: PostcodeInfo(
                postal_code=f"{row['postal_code'][:3]} {row['postal_code'][3:]}",
                city=row["locality"],
                municipality_code=row["municipality_code"],
                municipality_name=row["municipality_name"],
            )
            for row in csv.DictReader(fh)
        }


def lookup_postcode(postal_code: str) -> PostcodeInfo | None:
    """City and municipality for a postcode, or None if unknown. Raises on a malformed code."""
    normalized = normalize_postal_code(postal_code)
    return _postcodes().get(normalized.replace(" ", ""))


@cache
def municipalities() -> list[tuple[str, str, str]]:
    """(code, short name, county code) for all 290 municipalities, sorted by name."""
    with open(resource_path("geodata", "municipalities.csv"), encoding="utf-8") as fh:
        rows = [
            (r["municipality_code"], r["municipality_name_short"], r["county_code"])
            for r in csv.DictReader(fh)
        ]
    return sorted(rows, key=lambda r: r[1])
