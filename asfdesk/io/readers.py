"""Read .xlsx and .csv files into a header row plus numbered data rows.

CSV is decoded per file with one rule (asfdesk.io.csv_text): valid UTF-8 is UTF-8, anything
else is Windows-1252, and a file that mixes the two is refused. XLSX is checked for zip bombs
(asfdesk.io.xlsx_guard) before openpyxl parses a byte; formulas are read as their text and
never evaluated. Anything unreadable raises ImportFileError, and nothing is imported.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from asfdesk.i18n import translate
from asfdesk.io.csv_text import decode_csv
from asfdesk.io.errors import ImportFileError, fill
from asfdesk.io.xlsx_guard import check_xlsx_archive

READABLE_SUFFIXES = (".xlsx", ".csv")
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000  # data rows; Excel itself stops at 1,048,576
MAX_COLUMNS = 200  # far more than any import kind has fields
csv.field_size_limit(MAX_FILE_BYTES)  # a huge cell becomes a row error, not a csv.Error
# (openpyxl cuts xlsx cells at 32,767 characters, Excel's own limit.)

_CONTEXT = "ImportFile"


@dataclass
class Table:
    """The file's header texts and its data rows, each with its row number as shown in Excel."""

    headers: list[str]
    rows: list[tuple[int, list[object]]] = field(default_factory=list)


def _error(text: str, name: str, *args: object) -> ImportFileError:
    """A translated file error: %1 is the file name, %2… the further arguments."""
    return ImportFileError(fill(translate(_CONTEXT, text), name, *args))


def read_table(path: Path | str) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        if suffix in (".xls", ".ods", ".numbers"):
            raise _error(
                "%1: only .xlsx and .csv files can be imported. Save it from Excel as .xlsx or .csv.",
                path.name,
            )
        raise _error("%1: only .xlsx and .csv files can be imported.", path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _error("Cannot open %1: %2", path.name, exc.strerror) from None
    if size == 0:
        raise _empty(path)
    if size > MAX_FILE_BYTES:
        raise _error("%1 is larger than %2 MB", path.name, MAX_FILE_BYTES // 2**20)
    table = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    if not any(h for h in table.headers):
        raise _empty(path)
    return table


def _empty(path: Path) -> ImportFileError:
    return _error("%1 is empty", path.name)


def _clean_rows(raw_rows: Iterable[tuple[int, Iterable[object]]], path: Path) -> Table:
    """First non-empty row is the header; empty rows are dropped but keep their numbering."""
    header: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    for number, row in raw_rows:
        values = [_cell_value(v, path, number) for v in row]
        if not any(str(v).strip() for v in values):
            continue
        if len(values) > MAX_COLUMNS and any(str(v).strip() for v in values[MAX_COLUMNS:]):
            raise _error("%1, row %2: more than %3 columns", path.name, number, MAX_COLUMNS)
        values = values[:MAX_COLUMNS]
        if header is None:
            header = [str(v).strip() for v in values]
            while header and not header[-1]:
                header.pop()
            _check_unique_headers(header, path)
            continue
        if len(rows) >= MAX_ROWS:
            raise _error("%1 has more than %2 data rows; split it into smaller files", path.name, MAX_ROWS)
        rows.append((number, values))
    if header is None:
        raise _empty(path)
    return Table(header, rows)


def _cell_value(value: object, path: Path, number: int) -> object:
    """None -> ""; a date typed in Excel stays a date (never '2024-01-02T00:00:00')."""
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() == time(0, 0) and value.tzinfo is None:
        return value.date()
    return value


def _check_unique_headers(header: list[str], path: Path) -> None:
    """Two columns with one header would leave one of them silently unused."""
    seen: dict[str, int] = {}
    for index, text in enumerate(header, start=1):
        key = text.casefold()
        if not key:
            continue
        if key in seen:
            raise _error(
                "%1: the header %2 appears in column %3 and again in column %4; rename one of them",
                path.name,
                repr(text),
                seen[key],
                index,
            )
        seen[key] = index


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04" or b"\x00" in data[:4096]:
        raise _error("%1 is not a text (CSV) file", path.name)
    if b"\x00" in data:  # PostgreSQL cannot store NUL in text: name the line rather than fail later
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise _error("%1, line %2: contains a NUL character; the file is damaged", path.name, line)
    text = decode_csv(data, path.name)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    if first_line.count(delimiter) == 0:
        delimiter = ";"
    return _clean_rows(_csv_records(text, delimiter, path), path)


def _csv_records(text: str, delimiter: str, path: Path) -> Iterable[tuple[int, list[str]]]:
    """Records numbered by the line they start on; an unclosed quote is an error naming that line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    width: int | None = None
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise _error(
                '%1, line %2: a quote (") is not closed, or text follows a closing quote', path.name, start
            ) from None
        if width is None and any(cell.strip() for cell in record):
            width = len(record)
        elif width is not None and reader.line_num > start and len(record) != width:
            # A quoted cell ran on over several lines and swallowed the rows below it.
            raise _error(
                '%1, line %2: a quote (") is not closed; the row runs on to line %3',
                path.name,
                start,
                reader.line_num,
            )
        yield start, record


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    check_xlsx_archive(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise _corrupt(path, exc) from None
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise _empty(path)
        if (ws.max_column or 0) > MAX_COLUMNS:
            raise _error(
                "%1: the sheet has %2 columns; at most %3 can be imported",
                path.name,
                ws.max_column,
                MAX_COLUMNS,
            )
        # max_col/max_row bound what a sheet claiming 16,384 columns or a million rows can cost.
        rows = ws.iter_rows(max_col=MAX_COLUMNS + 1, max_row=MAX_ROWS + 2, values_only=True)
        table = _clean_rows(((n, _trim(row)) for n, row in enumerate(rows, start=1)), path)
        if table.rows and table.rows[-1][0] > MAX_ROWS + 1:
            raise _error("%1 has more than %2 data rows; split it into smaller files", path.name, MAX_ROWS)
        return table
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, Exception) as exc:
        raise _corrupt(path, exc) from None
    finally:
        wb.close()


def _trim(row: tuple[object, ...]) -> tuple[object, ...]:
    """Drop the empty cells openpyxl pads a row with up to max_col."""
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row[:end]


def _corrupt(path: Path, exc: BaseException) -> ImportFileError:
    return _error("%1 is not a readable Excel file (damaged or not .xlsx: %2)", path.name, type(exc).__name__)
