"""The CSV/XLSX readers as parsers: whatever Excel writes comes back cell for cell."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from asfdesk.io.errors import ImportFileError
from asfdesk.io.readers import read_table

# Text Excel in Sweden can save as Windows-1252 (no control characters, no lone CR/LF games).
cp1252_text = st.text(
    alphabet=st.characters(codec="cp1252", exclude_categories=("Cc", "Cs")), min_size=1, max_size=12
).filter(lambda t: t.strip() == t)


def _has_utf8_line(data: bytes) -> bool:
    """A non-ASCII line that is also valid UTF-8 (cp1252 "Â¡" is the UTF-8 bytes of "¡")."""
    for line in data.split(b"\n"):
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return True
    return False


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(st.lists(cp1252_text, min_size=3, max_size=3), min_size=1, max_size=6),
    delimiter=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["cp1252", "utf-8", "utf-8-sig"]),
)
def test_csv_round_trips_any_text(tmp_path_factory, rows, delimiter, encoding):
    headers = ["Namn", "Orgnr", "Ort"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    # The decoding rule reads valid UTF-8 as UTF-8, so a cp1252 file is only unambiguous when
    # none of its lines happens to be valid UTF-8 too; that case has its own test below.
    assume(encoding != "cp1252" or not _has_utf8_line(data))
    path = tmp_path_factory.mktemp("csv") / "file.csv"
    path.write_bytes(data)
    table = read_table(path)
    assert table.headers == headers
    assert [cells for _n, cells in table.rows] == rows
    assert [n for n, _cells in table.rows] == list(range(2, len(rows) + 2))


def test_cp1252_text_that_is_also_utf8_is_read_as_utf8(tmp_path):
    """The rule is fixed, not a guess: bytes C2 A1 are "Â¡" in cp1252 and "¡" in UTF-8."""
    path = tmp_path / "f.csv"
    path.write_bytes("Namn;Ort\nÂ¡Hola;Umeå\n".encode("cp1252").replace(b"Ume\xe5", b"Umea"))
    assert read_table(path).rows == [(2, ["¡Hola", "Umea"])]


def test_cp1252_file_is_read_as_cp1252(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes("Namn;Ort\nFöretaget AB;Växjö\nÅkeri;Östersund\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows == [(2, ["Företaget AB", "Växjö"]), (3, ["Åkeri", "Östersund"])]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_file_with_a_cp1252_line_is_refused(tmp_path, bom):
    """Issue 8 §13: one cp1252 line made the whole file cp1252, so "Företag" became "FÃ¶retag"."""
    lines = [b"Namn;Ort", "Företag A;Umeå".encode(), "Företag B;Luleå".encode("cp1252")]
    path = tmp_path / "mixed.csv"
    path.write_bytes(bom + b"\n".join(lines) + b"\n")
    with pytest.raises(ImportFileError, match="line 3"):
        read_table(path)


def test_bytes_that_are_neither_encoding_are_refused(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(b"Namn;Ort\nA\x81;B\n")  # 0x81 is undefined in cp1252
    with pytest.raises(ImportFileError, match="line 2"):
        read_table(path)


def test_unterminated_quote_is_an_error_naming_the_line(tmp_path):
    """Issue 8 §13: the quote on line 3 merged two rows into one record, with exit 0."""
    path = tmp_path / "f.csv"
    path.write_text('Namn;Ort\nA;Umeå\n"B;Luleå\nC;Kiruna\nD;Boden\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match="line 3"):
        read_table(path)


def test_unterminated_quote_closed_later_is_an_error(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text('Namn;Ort\n"B;Luleå\nC;Kiruna\n"D";Boden\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match="line 2"):
        read_table(path)


def test_quoted_cell_over_two_lines_is_one_cell(tmp_path):
    """Excel writes Alt+Enter line breaks as a quoted cell over lines; that is not an error."""
    path = tmp_path / "f.csv"
    path.write_text('Namn;Adress\n"A";"Storgatan 1\nBox 5"\nB;Torget\n', encoding="utf-8")
    table = read_table(path)
    assert table.rows == [(2, ["A", "Storgatan 1\nBox 5"]), (4, ["B", "Torget"])]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_duplicate_header_is_an_error(tmp_path, suffix):
    """Issue 8 §13: a second "Ort" column was silently dropped."""
    path = tmp_path / f"f{suffix}"
    rows = [["Namn", "Ort", "ort"], ["A", "Umeå", "Luleå"]]
    if suffix == ".csv":
        path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    else:
        wb = Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(path)
    with pytest.raises(ImportFileError, match="column 2 and again in column 3"):
        read_table(path)


def test_xlsx_keeps_types_and_row_numbers(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Namn", "Anställda", "Start", "Möte"])
    ws.append([])  # an empty row keeps its number but is skipped
    ws.append(["Glädjeverket", 5, datetime(2026, 11, 22), datetime(2026, 11, 22, 9, 30)])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    table = read_table(path)
    # A date typed in Excel is a date, never "2026-11-22T00:00:00"; a time of day is kept.
    assert table.rows == [(3, ["Glädjeverket", 5, date(2026, 11, 22), datetime(2026, 11, 22, 9, 30)])]


def test_xlsx_with_too_many_columns_is_refused(tmp_path):
    wb = Workbook()
    wb.active.append(["Namn"])
    wb.active.cell(row=2, column=300, value="x")
    wb.active.cell(row=2, column=1, value="A")
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    with pytest.raises(ImportFileError, match="at most 200"):
        read_table(path)
