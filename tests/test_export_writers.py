"""Tabular writers: typed xlsx cells, Excel-friendly CSV, and formula injection neutralised."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from asfdesk.domain.enums import EnterpriseStatus
from asfdesk.io.errors import ImportFileError
from asfdesk.io.neutralise import neutralise, unneutralise
from asfdesk.io.writers import write_csv, write_table, write_xlsx

DANGEROUS = [
    "=1+2",
    "+46 70",
    "-5+3",
    "@SUM(A1)",
    "\tcmd",
    "\rcmd",
    '=HYPERLINK("http://x","y")',
    " =1+1",  # issue 8 §16: spreadsheets skip leading blanks and line breaks
    "\n=1+1",
    "  \r\n@cmd",
    "\xa0-2+3",
    "\uff1d1+1",  # full-width equals sign
]


def test_neutralise_prefixes_every_dangerous_start():
    for text in DANGEROUS:
        assert neutralise(text) == "'" + text
        assert unneutralise(neutralise(text)) == text
    assert neutralise("Kilafix") == "Kilafix"
    assert neutralise(-5) == -5  # numbers are typed cells, not formulas


@given(st.text(max_size=30))
def test_neutralised_text_never_starts_a_formula(text):
    safe = neutralise(text)
    assert not str(safe).startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
    assert not str(safe).lstrip(" \t\r\n\xa0").startswith(("=", "+", "-", "@"))
    assert unneutralise(safe) == text or text.startswith("'")


def test_xlsx_neutralises_and_keeps_types(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = [[t, 1, date(2026, 11, 22)] for t in DANGEROUS]
    rows.append(["Glädjeverket", Decimal("2.5"), datetime(2026, 11, 8, 13, 30, tzinfo=UTC)])
    rows.append([EnterpriseStatus.ACTIVE, None, True])
    assert write_xlsx(path, ["Namn", "Antal", "Datum"], rows) == len(rows)
    wb = load_workbook(path)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:C{len(rows) + 1}"
    assert ws["A1"].font.bold
    for index, text in enumerate(DANGEROUS, start=2):
        cell = ws.cell(index, 1)
        # Typed as text: never a formula, and no ' shown in front of a phone number (§16).
        assert cell.data_type == "s"
        assert cell.value == text.replace("\r\n", "\n").replace("\r", "\n")  # XML reads CR as LF
        assert ws.cell(index, 2).value == 1
        assert ws.cell(index, 3).is_date and ws.cell(index, 3).number_format == "yyyy-mm-dd"
    last = len(DANGEROUS) + 2
    assert ws.cell(last, 1).value == "Glädjeverket"
    assert ws.cell(last, 2).value == 2.5
    assert ws.cell(last, 3).value == datetime(2026, 11, 8, 14, 30)  # Stockholm wall-clock time
    assert ws.cell(last + 1, 1).value == "Active"
    assert ws.cell(last + 1, 3).value == "Yes"


def test_csv_is_utf8_bom_semicolon_and_neutralised(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(
        path, ["Namn", "Datum", "Timmar"], [[t, date(2026, 11, 22), Decimal("20.5")] for t in DANGEROUS]
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Namn", "Datum", "Timmar"]
    for row, text in zip(rows[1:], DANGEROUS, strict=True):
        assert row == ["'" + text, "2026-11-22", "20,5"]


def test_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(ImportFileError):
        write_table(tmp_path / "out.txt", ["a"], [])


def test_xlsx_never_holds_a_formula(tmp_path):
    """A text starting with "=" is stored as a text cell: the sheet XML has no <f> element."""
    import zipfile

    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["=Rubrik"], [[t] for t in DANGEROUS])
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<f " not in sheet


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_is_private_from_the_first_byte(tmp_path, suffix):
    """Issue 8 §5: exports with names were 0644; a replaced file gets 0600 too."""
    import os

    path = tmp_path / f"out{suffix}"
    path.write_text("old")
    path.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        seen_modes = []

        def rows():
            # While the rows are written, every file in the folder is already private.
            for entry in tmp_path.iterdir():
                if entry != path:
                    seen_modes.append(entry.stat().st_mode & 0o777)
            yield ["Anna Andersson", 1]

        write_table(path, ["Namn", "Antal"], rows())
    finally:
        os.umask(old_umask)
    assert seen_modes == [0o600]
    assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_failing_half_way_leaves_no_file(tmp_path, suffix):
    """Issue 8 §7: an export that fails half-way left names on disk."""
    path = tmp_path / f"out{suffix}"

    def rows():
        yield ["Anna Andersson", 1]
        raise OSError(28, "No space left on device")

    import glob
    import tempfile

    spooled = set(glob.glob(f"{tempfile.gettempdir()}/openpyxl.*"))
    with pytest.raises(OSError):
        write_table(path, ["Namn", "Antal"], rows())
    assert list(tmp_path.iterdir()) == []
    assert set(glob.glob(f"{tempfile.gettempdir()}/openpyxl.*")) <= spooled  # openpyxl's spool too


def test_failed_export_keeps_the_file_that_was_there(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("previous export")

    def rows():
        raise RuntimeError("query failed")
        yield []

    with pytest.raises(RuntimeError):
        write_table(path, ["Namn"], rows())
    assert path.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
