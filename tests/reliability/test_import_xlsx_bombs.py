"""Issue 8 §14: hostile .xlsx files are refused from the zip directory, before openpyxl inflates them.

The bombs are built here, small on disk: a 0.1 MB file that would unpack to 70 MB of shared
strings, a sheet compressed a thousand times, a sheet claiming 16,384 columns, too many rows.
"""

from __future__ import annotations

import resource
import time
import zipfile

import pytest
from openpyxl import Workbook

from asfdesk.io import readers, xlsx_guard
from asfdesk.io.errors import ImportFileError
from asfdesk.io.readers import read_table


def _workbook(path, rows=(("Namn", "Ort"), ("Glädjeverket", "Umeå"))):
    wb = Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def _replace_member(path, name: str, chunks) -> None:
    """Rewrite `path` with member `name` streamed from `chunks` (so the test never holds it in memory)."""
    original = path.with_suffix(".orig")
    path.rename(original)
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info.filename))
        member = zipfile.ZipInfo(name)
        member.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(member, "w", force_zip64=True) as out:
            for chunk in chunks:
                out.write(chunk)
    original.unlink()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_huge_shared_string_is_refused_before_parsing(tmp_path):
    path = _workbook(tmp_path / "bomb.xlsx")
    head = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        b"<si><t>"
    )
    body = (b"A" * 2**20 for _ in range(70))
    _replace_member(path, "xl/sharedStrings.xml", [head, *body, b"</t></si></sst>"])
    assert path.stat().st_size < 2**20  # small on disk
    before = _peak_rss_mb()
    started = time.monotonic()
    with pytest.raises(ImportFileError, match="sharedStrings.xml"):
        read_table(path)
    assert time.monotonic() - started < 5
    assert _peak_rss_mb() - before < 50  # nothing was inflated


def test_sheet_compressed_a_thousand_times_is_refused(tmp_path):
    path = _workbook(tmp_path / "ratio.xlsx")
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n) for n in (1, 2)
    )
    filler = b"<!--" + b" " * (8 * 2**20) + b"-->"
    _replace_member(
        path,
        "xl/worksheets/sheet1.xml",
        [
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
            rows,
            filler,
            b"</sheetData></worksheet>",
        ],
    )
    with pytest.raises(ImportFileError, match="compressed"):
        read_table(path)


def test_total_unpacked_size_is_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_TOTAL_BYTES", 2**16)  # a small cap, so a small file shows it
    path = _workbook(
        tmp_path / "big.xlsx", [("Namn",), *[(f"Företag {n} " + "x" * 40,) for n in range(2000)]]
    )
    with pytest.raises(ImportFileError, match="would unpack to"):
        read_table(path)


def test_sheet_claiming_every_column_is_refused_quickly(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Namn"])
    ws.cell(row=2, column=16384, value="x")  # XFD2: the widest Excel sheet
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    started = time.monotonic()
    with pytest.raises(ImportFileError, match="16384 columns"):
        read_table(path)
    assert time.monotonic() - started < 5


def test_too_many_rows_is_refused_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ROWS", 100)
    path = _workbook(tmp_path / "rows.xlsx", [("Namn",), *[(f"Företag {n}",) for n in range(150)]])
    with pytest.raises(ImportFileError, match="more than 100 data rows"):
        read_table(path)


def test_too_many_rows_in_csv_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ROWS", 100)
    path = tmp_path / "rows.csv"
    path.write_text("Namn\n" + "".join(f"Företag {n}\n" for n in range(150)), encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 100 data rows"):
        read_table(path)


def test_an_ordinary_workbook_still_reads(tmp_path):
    path = _workbook(tmp_path / "ok.xlsx", [("Namn", "Ort"), *[(f"Företag {n}", "Umeå") for n in range(500)]])
    assert len(read_table(path).rows) == 500
