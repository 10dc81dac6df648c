"""Import: real-world CSV, header guessing, and every kind of bad file (clear error, nothing stored)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from asfdesk.cli import main
from asfdesk.db.models import Contact, Enterprise, PartnerOrganisation
from asfdesk.db.session import session_scope
from asfdesk.io.errors import ImportFileError
from asfdesk.io.importer import validate_table
from asfdesk.io.mapping import guess_mapping
from asfdesk.io.readers import read_table
from asfdesk.io.store import run_import
from tests.data.helpers import org_number


def _count(sessions, model) -> int:
    with session_scope(sessions) as s:
        return s.scalar(select(func.count(model.id)))


def _preview(sessions, kind, path):
    table = read_table(path)
    with session_scope(sessions) as s:
        return validate_table(s, kind, table, guess_mapping(kind, table.headers))


def _xlsx(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_header_guessing_swedish_and_english():
    headers = ["Företag", "Org.nr", "E-post", "Epost", "Tel", "Postnr", "Ort", "Kommun", "Hemsida", "Okänd"]
    assert guess_mapping("enterprises", headers) == [
        "name",
        "org_number",
        "email",
        None,  # a second e-mail column is not mapped twice
        "phone",
        "postal_code",
        "city",
        "municipality",
        "website",
        None,
    ]
    assert guess_mapping("enterprises", ["Company", "Organisation number", "Telephone", "Webb"]) == [
        "name",
        "org_number",
        "phone",
        "website",
    ]
    assert guess_mapping("enterprises", ["Organisationsnumer"])[0] == "org_number"  # misspelt
    assert guess_mapping("partners", ["Organisation", "Namn", "Titel", "Mobil"]) == [
        "name",
        "contact_name",
        "contact_title",
        "contact_mobile",
    ]
    assert guess_mapping("partners", ["Namn", "Typ"]) == ["name", "kind"]
    assert guess_mapping("contacts", ["Orgnr", "Kontaktperson", "Titel", "Mobil"]) == [
        "enterprise_org_number",
        "name",
        "title",
        "mobile",
    ]


def test_windows_1252_semicolon_csv_with_swedish_headers(sessions, tmp_path):
    text = (
        "Företag;Organisationsnummer;Kommun;Adress;Postnummer;Ort;Telefon;E-post;Webb;Lediga platser\r\n"
        f"Glädjeköket i Ånge;{org_number(1).replace('-', '')};Bollnäs kommun;Storgatan 1;82143;Bollnäs;"
        "0278-123 45;info@gladje.example;www.gladje.example;3\r\n"
        f"Återbruket Öst;{org_number(2)};2083;Åsgatan 2;776 30;Hedemora;070-1234567;;;\r\n"
    )
    path = tmp_path / "företag.csv"
    path.write_bytes(text.encode("cp1252"))
    preview = _preview(sessions, "enterprises", path)
    assert preview.errors == []
    run_import(sessions, preview)
    with session_scope(sessions) as s:
        first = s.scalar(select(Enterprise).where(Enterprise.org_number == org_number(1)))
        assert first.name == "Glädjeköket i Ånge"
        assert first.municipality_code == "2183"
        assert first.postal_code == "821 43"
        assert first.website == "https://www.gladje.example"
        assert first.training_places_available == 3
        second = s.scalar(select(Enterprise).where(Enterprise.org_number == org_number(2)))
        assert (second.name, second.municipality_code, second.phone) == (
            "Återbruket Öst",
            "2083",
            "070-123 45 67",
        )


def test_utf8_comma_csv_partners_with_contacts(sessions, tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text(
        "Organisation,Typ,Kommun,Kontaktperson,Titel,Mobil\n"
        "Coompanion Jämtland,Coompanion,Östersund,Åsa Berg,Rådgivare,070-174 06 90\n"
        "Coompanion Jämtland,Coompanion,Östersund,Per Ek,VD,\n"
        "Region Jämtland Härjedalen,Region,,,,\n",
        encoding="utf-8",
    )
    preview = _preview(sessions, "partners", path)
    assert preview.errors == []
    summary = run_import(sessions, preview)
    assert (summary.created, summary.contacts_created) == (2, 2)
    with session_scope(sessions) as s:
        org = s.scalar(select(PartnerOrganisation).where(PartnerOrganisation.name == "Coompanion Jämtland"))
        assert sorted(c.name for c in org.contacts) == ["Per Ek", "Åsa Berg"]
        assert org.municipality_code == "2380"


def test_xlsx_numbers_for_codes_and_org_numbers(sessions, tmp_path):
    """Excel drops leading zeros: kommunkod 0180 arrives as 180, org.nr as an integer."""
    digits = int(org_number(7).replace("-", ""))
    path = _xlsx(
        tmp_path / "tal.xlsx", [["Namn", "Orgnr", "Kommun", "Postnummer"], ["Tal AB", digits, 180, 82143]]
    )
    preview = _preview(sessions, "enterprises", path)
    assert preview.errors == []
    assert preview.rows[0].values["municipality_code"] == "0180"
    assert preview.rows[0].values["org_number"] == org_number(7)
    assert preview.rows[0].values["postal_code"] == "821 43"


def test_enterprise_contacts_by_org_number_or_name(demo_sessions, tmp_path):
    path = _xlsx(
        tmp_path / "kontakter.xlsx",
        [
            ["Företag", "Organisationsnummer", "Namn", "Titel", "Telefon"],
            [None, "7696120018", "Ny Person", "Handledare", "0980-319 250"],
            ["glädjeverket", None, "Annan Person", None, None],
            ["Finns inte AB", None, "Tredje", None, None],
        ],
    )
    preview = _preview(demo_sessions, "contacts", path)
    assert [(e.row, e.column) for e in preview.errors] == [(4, "Företag")]
    before = _count(demo_sessions, Contact)
    run_import(demo_sessions, preview, valid_only=True)
    assert _count(demo_sessions, Contact) == before + 2
    with session_scope(demo_sessions) as s:
        person = s.scalar(select(Contact).where(Contact.name == "Ny Person"))
        assert person.enterprise.name == "Kilafix"


def test_duplicates_update_or_skip_and_similar_names(demo_sessions, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text(
        "Namn;Org.nr;Anställda\nKilafix AB;769612-0018;42\nGlädjeverket ek. för.;;\nHelt Nytt;;\n",
        encoding="utf-8",
    )
    preview = _preview(demo_sessions, "enterprises", path)
    assert [r.existing_id is not None for r in preview.rows] == [True, False, False]
    assert preview.rows[1].similar_to == "Glädjeverket"
    assert preview.rows[2].similar_to is None
    preview.rows[1].include = False  # the user decides it is the same enterprise
    before = _count(demo_sessions, Enterprise)
    summary = run_import(demo_sessions, preview, on_duplicate="skip")
    assert (summary.created, summary.updated, summary.skipped) == (1, 0, 2)
    assert _count(demo_sessions, Enterprise) == before + 1
    preview = _preview(demo_sessions, "enterprises", path)
    summary = run_import(demo_sessions, preview, on_duplicate="update", valid_only=True)
    with session_scope(demo_sessions) as s:
        kilafix = s.scalar(select(Enterprise).where(Enterprise.org_number == "769612-0018"))
        assert (kilafix.name, kilafix.employees, kilafix.city) == ("Kilafix AB", 42, "Bollnäs")


def _bad_files(tmp_path):
    good_header = "Namn;Organisationsnummer;Telefon\n"
    cases = {}
    (tmp_path / "lista.txt").write_text(good_header + f"A;{org_number(1)};\n", encoding="utf-8")
    cases["wrong type"] = (tmp_path / "lista.txt", "only .xlsx and .csv")
    (tmp_path / "fake.xlsx").write_text(good_header, encoding="utf-8")
    cases["text named xlsx"] = (tmp_path / "fake.xlsx", "not a readable Excel file")
    (tmp_path / "empty.csv").write_bytes(b"")
    cases["empty"] = (tmp_path / "empty.csv", "is empty")
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf\r\n;;\r\n")
    cases["only a BOM"] = (tmp_path / "bom.csv", "is empty")
    (tmp_path / "noname.csv").write_text(f"Org.nr;Telefon\n{org_number(1)};\n", encoding="utf-8")
    cases["missing required column"] = (tmp_path / "noname.csv", "no column for the required field 'Name'")
    (tmp_path / "huge.csv").write_text(good_header + f"{'x' * 100_000};{org_number(1)};\n", encoding="utf-8")
    cases["100,000-character cell"] = (tmp_path / "huge.csv", "row 2, Namn: the cell has 100000 characters")
    (tmp_path / "orgnr.csv").write_text(good_header + "Fel AB;556016-0681;\nRätt AB;" + org_number(3) + ";\n")
    cases["invalid org.nr"] = (
        tmp_path / "orgnr.csv",
        "row 2, Organisationsnummer: 556016-0681 is not a valid",
    )
    (tmp_path / "formula.csv").write_text(good_header + f'"=HYPERLINK(""http://x"";""y"")";{org_number(1)};\n')
    cases["formula text in csv"] = (tmp_path / "formula.csv", "row 2, Namn: contains a formula")
    _xlsx(tmp_path / "formula.xlsx", [["Namn", "Org.nr"], ["=1+1", org_number(1)], ["Ok AB", org_number(2)]])
    cases["formula cell in xlsx"] = (tmp_path / "formula.xlsx", "row 2, Namn: contains a formula")
    (tmp_path / "dup.csv").write_text(good_header + f"A;{org_number(1)};\nB;{org_number(1)};\n")
    cases["duplicate rows"] = (tmp_path / "dup.csv", "row 3, Organisationsnummer: duplicate of row 2")
    _xlsx(
        tmp_path / "full.xlsx", [["Namn", "Org.nr"], *[[f"Företag {n}", org_number(n)] for n in range(200)]]
    )
    data = (tmp_path / "full.xlsx").read_bytes()
    (tmp_path / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    cases["truncated xlsx"] = (tmp_path / "truncated.xlsx", "not a readable Excel file")
    return cases


CASES = [
    "wrong type",
    "text named xlsx",
    "empty",
    "only a BOM",
    "missing required column",
    "100,000-character cell",
    "invalid org.nr",
    "formula text in csv",
    "formula cell in xlsx",
    "duplicate rows",
    "truncated xlsx",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_file_gives_clear_error_and_imports_nothing(case, sessions, db_url, tmp_path, capsys):
    path, message = _bad_files(tmp_path)[case]
    assert main(["--database", db_url, "import", "enterprises", str(path)]) == 1
    out = capsys.readouterr()
    assert message in out.out + out.err
    assert "Traceback" not in out.out + out.err
    assert _count(sessions, Enterprise) == 0


def test_file_errors_raise_import_file_error(tmp_path):
    for case in ("wrong type", "empty", "truncated xlsx", "text named xlsx"):
        path, _message = _bad_files(tmp_path)[case]
        with pytest.raises(ImportFileError):
            read_table(path)


def test_swedish_messages(sessions, tmp_path):
    from asfdesk.i18n import set_language

    set_language("sv")
    path = _bad_files(tmp_path)["invalid org.nr"][0]
    preview = _preview(sessions, "enterprises", path)
    assert str(preview.errors[0]).startswith("rad 2, Organisationsnummer: 556016-0681 är inte ett giltigt")
