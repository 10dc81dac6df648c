"""The printable document as plain data, so it can be built in a worker thread without Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Section:
    """A heading and the blocks under it. A block is never split across pages; when a section
    continues on a new page, its heading is printed again, marked as continued."""

    heading: str
    blocks: list[str] = field(default_factory=list)
    new_page: bool = False


@dataclass
class PrintDocument:
    title: str
    sections: list[Section]
    printed_by: str
    printed_at: datetime
    language: str
    subtitle: str = ""
