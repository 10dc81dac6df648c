""""ASF i länet": the figures on a dataset known by construction, the one-page PDF (read back
with pypdf: municipalities, totals, no personal data), the largest county on one page, and the
CLI `asfdesk print region-summary`, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from asfdesk.cli import main
from asfdesk.db.queries.region import UnknownCounty, counties, region_figures
from asfdesk.db.session import session_scope
from asfdesk.i18n import set_language
from asfdesk.printing.qt_app import ensure_qt_app
from asfdesk.printing.region_summary import region_summary, region_summary_document
from asfdesk.printing.render import write_pdf
from tests.data.helpers import pdf_text
from tests.test_region_filters import build_region

PERSONAL = ["Örjan", "Öst", "Lena", "Lind", "Kim Berg", "Sara", "Ström", "Anna Åberg", "Bo Ek"]
DALARNA_MUNICIPALITIES = [
    "Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika", "Malung-Sälen",
    "Mora", "Orsa", "Rättvik", "Smedjebacken", "Säter", "Vansbro", "Älvdalen",
]


@pytest.fixture
def region(sessions):
    build_region(sessions)
    return sessions


@pytest.fixture(autouse=True)
def _qt():
    ensure_qt_app()


def figures_of(figures) -> dict[str, tuple[int, int, int, int]]:
    return {r.name: (r.enterprises, r.employees, r.in_training, r.free_places) for r in figures.rows}


def test_the_figures_per_municipality_are_known_by_construction(region):
    with session_scope(region) as s:
        dalarna = region_figures(s, "20")
        gavleborg = region_figures(s, " 21 ")
    assert dalarna.county_name == "Dalarnas län"
    assert [r.name for r in dalarna.rows] == DALARNA_MUNICIPALITIES  # every one, Swedish order
    rows = figures_of(dalarna)
    # (active ASF, employees, in work training, free places); the paused Falu Tvätt is left out.
    assert rows["Älvdalen"] == (1, 4, 6, 5 - 1)  # one ongoing work training holds a place
    assert rows["Falun"] == (1, 10, 3, 8 - 1)  # one accepted referral holds a place; "sent" does not
    assert rows["Borlänge"] == (1, 7, 5, 4)  # a draft work trial holds none
    assert all(v == (0, 0, 0, 0) for k, v in rows.items() if k not in ("Älvdalen", "Falun", "Borlänge"))
    total = dalarna.total
    assert (total.enterprises, total.employees, total.in_training, total.free_places) == (3, 21, 14, 15)
    assert figures_of(gavleborg)["Gävle"] == (1, 20, 9, 6 - 1)
    assert gavleborg.total.enterprises == 1


def test_a_county_is_found_by_its_code_or_name(region):
    with session_scope(region) as s:
        for wanted in ("20", "Dalarna", "dalarnas län", " DALARNAS LÄN "):
            assert region_figures(s, wanted).county_code == "20", wanted
        assert region_figures(s, "Gävleborg").county_name == "Gävleborgs län"


def test_an_unknown_county_is_refused(region):
    with session_scope(region) as s:
        for code in ("99", "", "2", "Atlantis", "20%"):
            with pytest.raises(UnknownCounty):
                region_figures(s, code)


def test_counties_with_an_active_asf_come_first(region):
    with session_scope(region) as s:
        rows = counties(s)
    assert len(rows) == 21
    assert rows[:2] == [("20", "Dalarnas län"), ("21", "Gävleborgs län")]


def test_the_pdf_is_one_page_with_the_municipalities_and_totals_and_no_personal_data(region, tmp_path):
    set_language("sv")
    document = region_summary_document(region, "20")
    path = tmp_path / "asf-i-lanet.pdf"
    assert write_pdf(document, path) == 1
    pages, texts = pdf_text(path)
    assert pages == 1
    text = texts[0]
    for heading in ("ASF i länet", "Dalarnas län", "Kommun", "Aktiva ASF", "Anställda", "Lediga platser"):
        assert heading in text, heading
    for name in DALARNA_MUNICIPALITIES:
        assert name in text, name
    assert "Totalt 3 21 14 15" in text
    assert f"Uppgifter per {date.today().isoformat()}" in text  # dated
    for personal in PERSONAL + ["Falu Café", "Gävle"]:  # no people, and no other county
        assert personal not in text, personal


def test_the_largest_county_still_fits_one_page(sessions, tmp_path):
    """Västra Götaland has 49 municipalities: table and chart stay on one A4 page."""
    with session_scope(sessions) as s:
        figures = region_figures(s, "14")
    assert len(figures.rows) == 49
    path = tmp_path / "vg.pdf"
    assert write_pdf(region_summary(figures, "tester", "sv"), path) == 1
    assert "Vänersborg" in pdf_text(path)[1][0]


def test_an_empty_database_gives_a_page_of_zeros(sessions, tmp_path):
    set_language("sv")
    path = tmp_path / "empty.pdf"
    assert write_pdf(region_summary_document(sessions, "20"), path) == 1
    assert "Totalt 0 0 0 0" in pdf_text(path)[1][0]


def test_the_cli_writes_the_page(region, db_url, tmp_path, capsys):
    path = tmp_path / "dalarna.pdf"
    assert main(["--database", db_url, "print", "region-summary", "--county", "20", "-o", str(path)]) == 0
    pages, texts = pdf_text(path)
    assert pages == 1
    assert "Älvdalen" in texts[0] and "Borlänge" in texts[0]
    assert "Traceback" not in capsys.readouterr().err


def test_the_cli_names_the_file_itself_and_refuses_a_wrong_county(
    region, db_url, tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    set_language("sv")
    assert main(["--database", db_url, "print", "region-summary", "--county", "Gävleborgs län"]) == 0
    written = list(tmp_path.glob("*.pdf"))
    assert len(written) == 1  # named after the county, in the CLI's language
    assert written[0].name in ("asf-i-lanet-gavleborgs-lan.pdf", "asfs-in-the-county-gavleborgs-lan.pdf")
    assert "Gävle" in pdf_text(written[0])[1][0]
    capsys.readouterr()
    assert main(["--database", db_url, "print", "region-summary", "--county", "99", "-o", "x.pdf"]) == 2
    out = capsys.readouterr()
    assert "99" in out.out and "Traceback" not in out.err
    assert not (tmp_path / "x.pdf").exists()
