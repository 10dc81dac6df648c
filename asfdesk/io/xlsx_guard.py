"""Refuse an .xlsx zip bomb from its zip directory, before openpyxl inflates anything.

A 1 MB .xlsx can hold a 1 GB shared string: openpyxl would build it in memory (issue 8 §14).
The zip directory states every member's uncompressed size, and zipfile never inflates more
than that size, so checking the directory bounds what parsing can cost.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from asfdesk.i18n import translate
from asfdesk.io.errors import ImportFileError, fill

MAX_MEMBER_BYTES = 256 * 2**20  # one worksheet's XML: ~ 300,000 rows of 20 short cells
MAX_SHARED_STRINGS_BYTES = 64 * 2**20  # openpyxl holds all shared strings in memory at once
MAX_TOTAL_BYTES = 320 * 2**20
MAX_RATIO = 100  # real spreadsheet XML deflates 5-30 times; a bomb 1000 times
RATIO_FLOOR_BYTES = 2**20  # small members may compress very well; their size is harmless
MAX_MEMBERS = 10_000

_CONTEXT = "ImportFile"


def _refuse(text: str, *args: object) -> ImportFileError:
    return ImportFileError(fill(translate(_CONTEXT, text), *args))


def check_xlsx_archive(path: Path) -> None:
    """Raise ImportFileError when the archive would inflate to more than the caps allow."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(
            "%1 is not a readable Excel file (damaged or not .xlsx: %2)", path.name, type(exc).__name__
        ) from None
    if len(members) > MAX_MEMBERS:
        raise _refuse("%1 holds %2 parts; an Excel file has far fewer", path.name, len(members))
    total = 0
    mb = 2**20
    for info in members:
        size = info.file_size
        total += size
        limit = MAX_SHARED_STRINGS_BYTES if info.filename.endswith("sharedStrings.xml") else MAX_MEMBER_BYTES
        if size > limit:
            raise _refuse(
                "%1 would unpack to %2 MB in %3 (at most %4 MB is read). Is it a damaged or hostile file?",
                path.name,
                size // mb,
                info.filename,
                limit // mb,
            )
        if size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(1, info.compress_size):
            raise _refuse(
                "%1: %2 is compressed %3 times, far more than a real spreadsheet. "
                "Is it a damaged or hostile file?",
                path.name,
                info.filename,
                size // max(1, info.compress_size),
            )
    if total > MAX_TOTAL_BYTES:
        raise _refuse(
            "%1 would unpack to %2 MB (at most %3 MB is read). Split it into smaller files.",
            path.name,
            total // mb,
            MAX_TOTAL_BYTES // mb,
        )
