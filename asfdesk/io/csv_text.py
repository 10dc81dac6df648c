"""Decode a CSV file's bytes with one rule, so a mixed file is refused rather than stored as mojibake.

The rule: a file that is valid UTF-8 (with or without BOM) is UTF-8. Otherwise it is
Windows-1252 (what Excel in Sweden writes as "CSV (semicolon separated)"), but only if no line
in it is non-ASCII UTF-8: a file where some lines are UTF-8 and others are not was pasted
together from two sources, and either reading would turn "Företag" into "FÃ¶retag" somewhere.
"""

from __future__ import annotations

import codecs

from asfdesk.i18n import translate
from asfdesk.io.errors import ImportFileError, fill

_CONTEXT = "ImportFile"
_SHOWN_LINES = 5


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:_SHOWN_LINES])
    return shown + (" …" if len(numbers) > _SHOWN_LINES else "")


def decode_csv(data: bytes, name: str) -> str:
    """The file's text by the rule above; ImportFileError names the offending lines."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = [_line_of(data, exc.start + len(codecs.BOM_UTF8))]
            raise _mixed(name, bad) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf8_lines: list[int] = []
    other_lines: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other_lines.append(number)
        else:
            utf8_lines.append(number)
    if utf8_lines:
        raise _mixed(name, other_lines)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            fill(
                translate(
                    _CONTEXT,
                    "%1, line %2: the file is neither UTF-8 nor Windows-1252 text. "
                    "Save it from Excel as “CSV UTF-8”.",
                ),
                name,
                _line_of(data, exc.start),
            )
        ) from None


def _mixed(name: str, lines: list[int]) -> ImportFileError:
    return ImportFileError(
        fill(
            translate(
                _CONTEXT,
                "%1 is UTF-8 text, but line %2 is in another encoding, so some letters would be "
                "garbled. Save the whole file from Excel as “CSV UTF-8” and import it again.",
            ),
            name,
            _lines(lines),
        )
    )
