"""Reference data shipped with the package (CC0): counties, municipalities and postcodes."""

from __future__ import annotations

import csv

import pytest

from asfdesk.domain.errors import ValidationError
from asfdesk.geodata import PostcodeInfo, lookup_postcode, municipalities
from asfdesk.paths import resource_path


def _rows(name: str) -> list[dict[str, str]]:
    with open(resource_path("geodata", name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("code", ["821 43", "82143", "SE-821 43"])
def test_postcode_lookup_finds_bollnas(code):
    assert lookup_postcode(code) == PostcodeInfo(
        postal_code="821 43",
        city="Bollnäs",
        municipality_code="2183",
        municipality_name="Bollnäs kommun",
    )


def test_postcode_lookup_in_hedemora():
    info = lookup_postcode("776 30")
    assert info is not None
    assert (info.city, info.municipality_code) == ("Hedemora", "2083")


@pytest.mark.parametrize("code", ["8214", "abc", "", "021 43", "821 434"])
def test_malformed_postcode_raises(code):
    with pytest.raises(ValidationError) as info:
        lookup_postcode(code)
    assert info.value.field == "postal_code"


def test_unknown_but_well_formed_postcode_returns_none():
    known = {row["postal_code"] for row in _rows("postal_to_municipality.csv")}
    assert "99999" not in known
    assert lookup_postcode("999 99") is None


def test_counties_and_municipalities():
    counties = _rows("counties.csv")
    assert len(counties) == 21
    county_codes = {c["county_code"] for c in counties}
    assert len(county_codes) == 21

    rows = municipalities()
    assert len(rows) == 290
    assert len({code for code, _, _ in rows}) == 290
    for code, name, county in rows:
        assert len(code) == 4 and code.isdigit()
        assert code[:2] == county, (code, county)
        assert county in county_codes
        assert name
    assert rows == sorted(rows, key=lambda r: r[1])
    assert ("2183", "Bollnäs", "21") in rows
    assert ("2083", "Hedemora", "20") in rows


def test_every_postcode_points_at_a_known_municipality():
    known = {code for code, _, _ in municipalities()}
    rows = _rows("postal_to_municipality.csv")
    assert len(rows) > 10_000
    assert {row["municipality_code"] for row in rows} <= known
    assert all(len(row["postal_code"]) == 5 and row["postal_code"].isdigit() for row in rows)


def test_licence_ships_with_the_data():
    licence = resource_path("geodata", "LICENSE").read_text(encoding="utf-8")
    assert "CC0" in licence
