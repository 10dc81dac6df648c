"""Small-number suppression for tables that count people, as official statistics do.

The rule (applied per column of counts, over the group rows and their total):

1. **Primary suppression.** A cell that counts 1 or 2 people is shown as ``<3``. A 0 is shown:
   "nobody" tells nothing about a person.
2. **The total is protected by secondary suppression.** The total stays exact. When the total
   minus the shown cells would give the ``<3`` cells away (one ``<3`` cell, or several that are
   all 1s or all 2s; a mix of 1s and 2s only tells how many of each, never which), other counts
   of that column are hidden as well, shown as ``..``: the smallest that suffice, until their
   surplus over 3 each is at least the number of ``<3`` cells. Then every ``<3`` cell may be a 1
   or a 2 whatever one assumes about the others (a hidden cell is known to be at least 3, so a
   hidden 3 alone would give a suppressed 1 away). If the column runs out of cells to hide,
   the total is hidden too. A total of 1 or 2 is itself ``<3``.
3. **Derived figures follow their counts.** A share is shown only when its numerator and
   denominator counts are all shown (a share of a hidden count would give it back); a median
   only when it is taken over at least 3 people.

`suppress=False` (the CLI's --no-suppress, for internal use) shows every number as it is; the
caller writes that choice to the access log.
"""

from __future__ import annotations

from collections.abc import Sequence

SUPPRESSED = "<3"  # a count of 1 or 2 people
HIDDEN = ".."  # hidden so that a suppressed cell cannot be derived (secondary suppression)
NOT_AVAILABLE = "–"  # no figure (e.g. a share of 0 ended referrals)
MIN_COUNT = 3

Cell = int | str


def is_small(value: int) -> bool:
    return 0 < value < MIN_COUNT


def suppress_counts(
    rows: Sequence[Sequence[int]], total: Sequence[int]
) -> tuple[list[list[Cell]], list[Cell]]:
    """Apply rules 1 and 2 to a table of counts (each row one group; `total` their column sums).

    Returns the rows and the total as cells: ints that may be shown, or SUPPRESSED / HIDDEN.
    """
    shown_rows: list[list[Cell]] = [list(r) for r in rows]
    shown_total: list[Cell] = list(total)
    for col, column_total in enumerate(total):
        if is_small(column_total):
            shown_total[col] = SUPPRESSED
        primary = [r for r, row in enumerate(rows) if is_small(row[col])]
        for r in primary:
            shown_rows[r][col] = SUPPRESSED
        if not primary or is_small(column_total):
            # Nothing to protect, or the total itself is hidden: then the group cells can only be
            # 0 or "<3", and no subtraction gives them away.
            continue
        hidden_sum = sum(rows[r][col] for r in primary)
        if len(primary) < hidden_sum < 2 * len(primary):
            # Both 1s and 2s among the "<3" cells: their sum tells how many of each, never which.
            continue
        candidates = sorted((row[col], r) for r, row in enumerate(rows) if row[col] >= MIN_COUNT)
        need = len(primary)
        while need > 0 and candidates:
            # The smallest cell that covers what is still needed; else the largest, and go on.
            pick = next((c for c in candidates if c[0] - MIN_COUNT >= need), candidates[-1])
            candidates.remove(pick)
            value, r = pick
            shown_rows[r][col] = HIDDEN
            need -= value - MIN_COUNT
        if need > 0:
            shown_total[col] = HIDDEN
    return shown_rows, shown_total


def shown(cell: object) -> bool:
    """Is this cell a number that may be used (not suppressed or hidden)?"""
    return isinstance(cell, int | float) and not isinstance(cell, bool)
