"""Tabular export to .xlsx and .csv, safe against formula injection and private from the first byte.

Every file is written through asfdesk.io.private_files: created 0600 and moved into place only
when complete, so a failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from asfdesk.i18n import translate
from asfdesk.io.cells import text_value, typed_value
from asfdesk.io.errors import ImportFileError, fill
from asfdesk.io.neutralise import neutralise
from asfdesk.io.private_files import open_private

TABULAR_SUFFIXES = (".xlsx", ".csv")


def write_table(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write headers and rows to `path` (.xlsx or .csv by suffix). Returns the number of rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, headers, rows)
    if suffix == ".csv":
        return write_csv(path, headers, rows)
    if suffix:
        message = translate("Export", "Cannot export to %1: choose .xlsx or .csv")
    else:
        message = translate("Export", "Cannot export to a file without suffix: choose .xlsx or .csv")
    raise ImportFileError(fill(message, suffix))


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """UTF-8 with BOM and ';': what Excel in Sweden opens directly, with å, ä and ö intact."""
    with open_private(path) as raw:
        return _write_csv(raw, headers, rows)


def _write_csv(raw: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    fh = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(str(h)) for h in headers])
        for row in rows:
            writer.writerow([neutralise(text_value(v)) for v in row])
            count += 1
        fh.flush()
    finally:
        fh.detach()  # the caller closes (and syncs) the underlying file
    return count


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Typed cells (dates as dates, numbers as numbers), bold frozen header row with autofilter.

    Write-only mode streams rows, so a long list never sits in memory twice.
    """
    with open_private(path) as fh:
        return _write_xlsx(fh, headers, rows)


def _write_xlsx(fh: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("Export", "Export"))
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(12, min(50, len(str(header)) + 6))
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = _text_cell(ws, str(header))
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    count = 0
    try:
        for row in rows:
            ws.append([_xlsx_cell(ws, v) for v in row])
            count += 1
        last = get_column_letter(max(1, len(headers)))
        ws.auto_filter.ref = f"A1:{last}{count + 1}"
        wb.save(fh)
    except BaseException:
        _discard(ws)
        raise
    return count


def _discard(ws) -> None:
    """Remove the rows openpyxl spooled to its own temporary file (they hold personal data).

    openpyxl offers no public call for this; without it the file stays in /tmp until exit.
    """
    with contextlib.suppress(Exception):
        ws.close()
    writer = getattr(ws, "_writer", None)
    if writer is not None and isinstance(getattr(writer, "out", None), str):
        with contextlib.suppress(Exception):
            writer.cleanup()


def _text_cell(ws, text: str) -> WriteOnlyCell:
    """A cell typed as text: never a formula, and shown as typed (a phone "+46 …" without a ')."""
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    return cell


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
        return _text_cell(ws, value)
    return value
