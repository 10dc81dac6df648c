"""File-level import errors: the whole file is refused and nothing is imported."""

from __future__ import annotations

import re
from dataclasses import dataclass

from asfdesk.i18n import translate

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *args: object) -> str:
    """Replace %1, %2 … in one pass, so an argument that itself holds "%2" stays as it is."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


class ImportFileError(ValueError):
    """The file cannot be imported or written at all (wrong type, empty, corrupt, a bomb, …).

    A ValueError, so the CLI prints the message instead of a traceback. The message is
    already in the user's language (built with translate()).
    """


@dataclass(frozen=True)
class RowError:
    """One problem in one cell: row number as in the file, the file's column header, a message."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return fill(translate("ImportRow", "row %1, %2: %3"), self.row, self.column, self.message)
