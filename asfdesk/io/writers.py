"""Tabular export to .xlsx and .csv, with formula injection neutralised in both."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from asfdesk.i18n import pick
from asfdesk.io.cells import text_value, typed_value
from asfdesk.io.errors import ImportFileError
from asfdesk.io.neutralise import neutralise

TABULAR_SUFFIXES = (".xlsx", ".csv")


def write_table(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write headers and rows to `path` (.xlsx or .csv by suffix). Returns the number of rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, headers, rows)
    if suffix == ".csv":
        return write_csv(path, headers, rows)
    raise ImportFileError(
        f"Cannot export to {suffix or 'a file without suffix'}: choose .xlsx or .csv",
        f"Kan inte exportera till {suffix or 'en fil utan filändelse'}: välj .xlsx eller .csv",
    )


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """UTF-8 with BOM and ';': what Excel in Sweden opens directly, with å, ä and ö intact."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(str(h)) for h in headers])
        for row in rows:
            writer.writerow([neutralise(text_value(v)) for v in row])
            count += 1
    return count


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Typed cells (dates as dates, numbers as numbers), bold frozen header row with autofilter.

    Write-only mode streams rows, so a long list never sits in memory twice.
    """
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(pick("Export", "Export"))
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(12, min(50, len(str(header)) + 6))
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=neutralise(str(header)))
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    count = 0
    for row in rows:
        ws.append([_xlsx_cell(ws, v) for v in row])
        count += 1
    last = get_column_letter(max(1, len(headers)))
    ws.auto_filter.ref = f"A1:{last}{count + 1}"
    wb.save(path)
    return count


def _xlsx_cell(ws, value: object) -> object:
    value = typed_value(value)
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "yyyy-mm-dd hh:mm"
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, str):
        # Also stops openpyxl from storing text that starts with "=" as a formula.
        cell = WriteOnlyCell(ws, value=neutralise(value))
        cell.data_type = "s"
        return cell
    return value
