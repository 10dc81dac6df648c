"""Read .xlsx and .csv files into a header row plus numbered data rows.

CSV: UTF-8 (with or without BOM) or Windows-1252, which Excel in Sweden writes; ';' or ','
detected from the header line. XLSX: openpyxl read-only, formulas read as their text and never
evaluated. Anything unreadable raises ImportFileError, and nothing is imported.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from asfdesk.io.errors import ImportFileError

READABLE_SUFFIXES = (".xlsx", ".csv")
MAX_FILE_BYTES = 50 * 1024 * 1024
csv.field_size_limit(MAX_FILE_BYTES)  # a huge cell becomes a row error, not a csv.Error


@dataclass
class Table:
    """The file's header texts and its data rows, each with its row number as shown in Excel."""

    headers: list[str]
    rows: list[tuple[int, list[object]]] = field(default_factory=list)


def read_table(path: Path | str) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        hint_en = " Save it from Excel as .xlsx or .csv." if suffix in (".xls", ".ods", ".numbers") else ""
        hint_sv = " Spara den från Excel som .xlsx eller .csv." if hint_en else ""
        raise ImportFileError(
            f"{path.name}: only .xlsx and .csv files can be imported.{hint_en}",
            f"{path.name}: bara .xlsx- och .csv-filer kan importeras.{hint_sv}",
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(
            f"Cannot open {path.name}: {exc.strerror}", f"Kan inte öppna {path.name}: {exc.strerror}"
        ) from exc
    if size == 0:
        raise _empty(path)
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB",
            f"{path.name} är större än {MAX_FILE_BYTES // 2**20} MB",
        )
    table = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    if not any(h for h in table.headers):
        raise _empty(path)
    return table


def _empty(path: Path) -> ImportFileError:
    return ImportFileError(f"{path.name} is empty", f"{path.name} är tom")


def _clean_rows(raw_rows, path: Path) -> Table:
    """First row is the header; fully empty rows are dropped but keep their numbering."""
    header: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    for number, row in enumerate(raw_rows, start=1):
        values = ["" if v is None else v for v in row]
        if not any(str(v).strip() for v in values):
            continue
        if header is None:
            header = [str(v).strip() for v in values]
            while header and not header[-1]:
                header.pop()
            continue
        rows.append((number, values))
    if header is None:
        raise _empty(path)
    return Table(header, rows)


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if b"\x00" in data[:4096] or data[:4] == b"PK\x03\x04":
        raise ImportFileError(
            f"{path.name} is not a text (CSV) file",
            f"{path.name} är inte en textfil (CSV)",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    if first_line.count(delimiter) == 0:
        delimiter = ";"
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return _clean_rows(list(reader), path)
    except csv.Error as exc:
        raise ImportFileError(
            f"{path.name} is not a readable CSV file ({exc})",
            f"{path.name} är inte en läsbar CSV-fil ({exc})",
        ) from None


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise _corrupt(path, exc) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise _corrupt(path, exc) from None
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise _empty(path)
        return _clean_rows(ws.iter_rows(values_only=True), path)
    except ImportFileError:
        raise
    except Exception as exc:
        raise _corrupt(path, exc) from None
    finally:
        wb.close()


def _corrupt(path: Path, exc: BaseException) -> ImportFileError:
    return ImportFileError(
        f"{path.name} is not a readable Excel file (damaged or not .xlsx: {type(exc).__name__})",
        f"{path.name} är inte en läsbar Excel-fil (skadad eller inte .xlsx: {type(exc).__name__})",
    )
