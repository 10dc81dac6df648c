"""The CSV/XLSX readers as parsers: whatever Excel writes comes back cell for cell."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from asfdesk.io.readers import read_table

# Text Excel in Sweden can save as Windows-1252 (no control characters, no lone CR/LF games).
cp1252_text = st.text(
    alphabet=st.characters(codec="cp1252", exclude_categories=("Cc", "Cs")), min_size=1, max_size=12
).filter(lambda t: t.strip() == t)


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
    path = tmp_path_factory.mktemp("csv") / "file.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    table = read_table(path)
    assert table.headers == headers
    assert [cells for _n, cells in table.rows] == rows
    assert [n for n, _cells in table.rows] == list(range(2, len(rows) + 2))


def test_xlsx_keeps_types_and_row_numbers(tmp_path):
    from datetime import datetime

    wb = Workbook()
    ws = wb.active
    ws.append(["Namn", "Anställda", "Start"])
    ws.append([])  # an empty row keeps its number but is skipped
    ws.append(["Glädjeverket", 5, datetime(2026, 11, 22)])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.rows == [(3, ["Glädjeverket", 5, datetime(2026, 11, 22)])]
