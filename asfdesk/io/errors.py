"""File-level import errors: the whole file is refused and nothing is imported."""

from __future__ import annotations

from dataclasses import dataclass

from asfdesk.i18n import pick


class ImportFileError(ValueError):
    """The file cannot be imported at all (wrong type, empty, corrupt, required column missing).

    A ValueError, so the CLI prints the message instead of a traceback.
    """

    def __init__(self, en: str, sv: str) -> None:
        self.en = en
        self.sv = sv
        super().__init__(pick(en, sv))

    def __str__(self) -> str:
        return pick(self.en, self.sv)


@dataclass(frozen=True)
class RowError:
    """One problem in one cell: row number as in the file, the file's column header, a message."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = pick("row", "rad")
        return f"{where} {self.row}, {self.column}: {self.message}"
