"""A finished report as plain data: what the preview, the CLI table and every file format show.

Built by `asfdesk.services.reports` in a worker (no Qt), already translated and suppressed;
the writers only lay it out. Cells are ints, Decimals, dates, text or None (shown as "–").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal


def percent(part: int, whole: int) -> Decimal | None:
    """`part` of `whole` in per cent with one decimal, rounded half up as official statistics
    publish it (6.25 → 6.3); None when `whole` is 0. Reports and Översikt both use it."""
    if not whole:
        return None
    return (Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

@dataclass
class ChartSpec:
    """A bar chart over some columns of the table's rows: one category per row, one series per
    column (a cell that is not a number, e.g. "<3", is drawn as no bar)."""

    title: str
    columns: list[int]  # indexes into the table's headers/rows
    value_axis: str = ""


@dataclass
class ReportTable:
    title: str
    headers: list[str]
    rows: list[list[object]]
    total: list[object] | None = None
    subtitle: str = ""
    notes: list[str] = field(default_factory=list)
    chart: ChartSpec | None = None
    numeric_from: int = 1  # columns from here on are right-aligned figures
    parts: list[ReportTable] = field(default_factory=list)  # further tables (per municipality …)

    def all_tables(self) -> list[ReportTable]:
        return [self, *self.parts]

    def chart_series(self) -> list[tuple[str, list[float | None]]]:
        """(name, value per row) for each charted column; None where nothing may be drawn."""
        if self.chart is None:
            return []
        return [(self.headers[c], [number(row[c]) for row in self.rows]) for c in self.chart.columns]

    def categories(self) -> list[str]:
        return ["" if row[0] is None else str(row[0]) for row in self.rows]


def number(cell: object) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float | Decimal):
        return float(cell)
    return None


def cell_text(cell: object, decimal_comma: bool = False) -> str:
    """How a cell reads in a table on screen, in the CLI and in the PDF."""
    if cell is None:
        return "–"
    if isinstance(cell, Decimal | float):
        text = f"{cell:.1f}" if isinstance(cell, float) else str(cell)
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(cell, int) and not isinstance(cell, bool):
        return f"{cell:,}".replace(",", "\u00a0") if decimal_comma else str(cell)
    return str(cell)
