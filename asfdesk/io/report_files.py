"""A report (asfdesk.domain.report_table) to .xlsx (table + native bar chart) or .csv.

The same conventions as the list exports (asfdesk.io.writers): .csv is UTF-8 with BOM and ';'
with decimal commas, what Excel in Sweden opens directly, every text cell neutralised against
formula injection; .xlsx types numbers as numbers and text as text (never a formula). Files
are written complete or not at all (asfdesk.io.private_files). A .pdf goes through the print
renderer: asfdesk.printing.reports.write_report_pdf.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from asfdesk.domain.report_table import ReportTable
from asfdesk.i18n import translate
from asfdesk.io.cells import text_value, typed_value
from asfdesk.io.errors import ImportFileError, fill
from asfdesk.io.neutralise import neutralise
from asfdesk.io.private_files import open_private

REPORT_SUFFIXES = (".xlsx", ".csv", ".pdf")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def check_report_suffix(path: Path | str) -> str:
    """The suffix of `path` if a report can be written there; ImportFileError (a ValueError) if not."""
    suffix = Path(path).suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return suffix
    if suffix:
        message = translate("Reports", "Cannot save a report as %1: choose .xlsx, .csv or .pdf")
    else:
        message = translate(
            "Reports", "Cannot save a report to a file without suffix: choose .xlsx, .csv or .pdf"
        )
    raise ImportFileError(fill(message, suffix))


def write_report_table(table: ReportTable, path: Path | str) -> None:
    """Write `table` (and its parts) to a .xlsx or .csv file."""
    suffix = check_report_suffix(path)
    if suffix == ".xlsx":
        write_report_xlsx(table, path)
    elif suffix == ".csv":
        write_report_csv(table, path)
    else:
        raise ImportFileError(fill(translate("Reports", "Cannot save a report as %1 here"), suffix))


# --- csv ------------------------------------------------------------------------------------


def report_csv_rows(table: ReportTable) -> list[list[str]]:
    """Each table as title, subtitle, header, rows, total and notes; a blank line between."""
    lines: list[list[str]] = []
    for part in table.all_tables():
        if lines:
            lines.append([])
        lines.append([part.title])
        if part.subtitle:
            lines.append([part.subtitle])
        lines.append(list(part.headers))
        lines.extend([text_value(c) for c in row] for row in part.rows)
        if part.total is not None:
            lines.append([text_value(c) for c in part.total])
        lines.extend([note] for note in part.notes)
    return lines


def write_report_csv(table: ReportTable, path: Path | str) -> None:
    with open_private(path) as raw:
        fh = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            for line in report_csv_rows(table):
                writer.writerow([neutralise(cell) for cell in line])
            fh.flush()
        finally:
            fh.detach()


# --- xlsx -----------------------------------------------------------------------------------


def _sheet_title(title: str, used: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub(" ", title).strip()[:31] or "Report"
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def _put(ws, row: int, col: int, value: object):
    cell = ws.cell(row=row, column=col)
    value = typed_value(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text is text: "=…" never becomes a formula
    elif isinstance(value, Decimal | float):
        cell.number_format = "0.0"
    elif hasattr(value, "isoformat"):
        cell.number_format = "yyyy-mm-dd"
    return cell


def _write_sheet(ws, table: ReportTable, subtitle: str) -> None:
    bold = Font(bold=True)
    _put(ws, 1, 1, table.title).font = Font(bold=True, size=14)
    row = 2
    if subtitle:
        _put(ws, row, 1, subtitle)
        row += 1
    row += 1
    header_row = row
    fill_ = PatternFill("solid", fgColor="E8EDF3")
    for col, header in enumerate(table.headers, start=1):
        cell = _put(ws, row, col, header)
        cell.font = bold
        cell.fill = fill_
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    first_data = row + 1
    for values in table.rows:
        row += 1
        for col, value in enumerate(values, start=1):
            cell = _put(ws, row, col, value)
            if col > table.numeric_from:
                cell.alignment = Alignment(horizontal="right")
    last_data = row
    if table.total is not None:
        row += 1
        for col, value in enumerate(table.total, start=1):
            cell = _put(ws, row, col, value)
            cell.font = bold
            if col > table.numeric_from:
                cell.alignment = Alignment(horizontal="right")
    row += 1
    for note in table.notes:
        row += 1
        _put(ws, row, 1, note)
    widths = [len(str(h)) for h in table.headers]
    for values in [*table.rows, table.total or []]:
        for i, value in enumerate(values[: len(widths)]):
            widths[i] = max(widths[i], len(text_value(value)))
    for i, width in enumerate(widths, start=1):
        limit = 45 if i == 1 else 16
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(limit, width + 2))
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
    if table.chart is not None and table.rows:
        _add_chart(ws, table, header_row, first_data, last_data)


def _add_chart(ws, table: ReportTable, header_row: int, first: int, last: int) -> None:
    """A native Excel bar chart over the charted columns ("<3" and ".." cells draw no bar)."""
    chart = BarChart()
    chart.type = "bar"  # horizontal: long names read well on the category axis
    chart.style = 10
    chart.title = table.chart.title
    chart.y_axis.title = table.chart.value_axis
    chart.x_axis.scaling.orientation = "maxMin"  # first row at the top, as in the table
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    for col in table.chart.columns:
        data = Reference(ws, min_col=col + 1, min_row=header_row, max_row=last)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.height = max(7.5, min(30.0, 2.5 + 0.9 * (last - first + 1)))
    chart.width = 18
    anchor_col = get_column_letter(len(table.headers) + 2)
    ws.add_chart(chart, f"{anchor_col}{header_row}")


def write_report_xlsx(table: ReportTable, path: Path | str) -> None:
    wb = Workbook()
    used: set[str] = set()
    for index, part in enumerate(table.all_tables()):
        ws = wb.active if index == 0 else wb.create_sheet()
        ws.title = _sheet_title(part.title, used)
        _write_sheet(ws, part, part.subtitle or table.subtitle)  # a part shares the report's period
    with open_private(path) as fh:
        wb.save(fh)
