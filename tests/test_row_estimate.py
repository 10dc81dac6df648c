"""The row count is shown within a fraction of a second: as "≈ 43 000" until the exact count is
known (issue 10 §1). The estimate tests the list's own condition on a fixed number of rows,
read by id ranges, so its cost does not grow with the table or the search."""

from __future__ import annotations

import pytest

from asfdesk.db.queries import ListRequest, estimate_rows, listing
from asfdesk.db.session import session_scope
from asfdesk.ui.table import model as table_model
from asfdesk.ui.table.model import PagedTableModel, wait_for_workers
from asfdesk.ui.table.tab import _two_figures


def test_a_small_table_is_simply_counted(demo_sessions):
    with session_scope(demo_sessions) as s:
        assert estimate_rows(s, "referrals", ListRequest()) == (12, True)
        assert estimate_rows(s, "referrals", ListRequest(search="xqz")) == (0, True)  # no statement


def test_a_big_table_is_sampled_by_id_ranges(demo_sessions, monkeypatch):
    # 2 ranges of 3 ids over 12 referrals: ids 1-3 and 7-9 are tested, and scaled by 12 / 6.
    monkeypatch.setattr(listing, "ESTIMATE_SLICES", 2)
    monkeypatch.setattr(listing, "ESTIMATE_SLICE_ROWS", 3)
    with session_scope(demo_sessions) as s:
        assert estimate_rows(s, "referrals", ListRequest()) == (12, False)
        exact = listing.count_rows(s, "referrals", ListRequest(search="a"))
        estimate, is_exact = estimate_rows(s, "referrals", ListRequest(search="a"))
    assert not is_exact
    assert estimate % 2 == 0 and 0 <= estimate <= 12  # a sample of 6 rows, scaled by 2
    assert abs(estimate - exact) <= 6


def test_the_model_shows_the_estimate_until_the_count_arrives(qtbot, demo_sessions, monkeypatch):
    monkeypatch.setattr(listing, "ESTIMATE_SLICES", 2)
    monkeypatch.setattr(listing, "ESTIMATE_SLICE_ROWS", 3)
    monkeypatch.setattr(table_model, "COUNT_DELAY_MS", 60_000)  # the exact count: not yet
    model = PagedTableModel(demo_sessions, "referrals", page_size=5)
    try:
        with qtbot.waitSignal(model.countChanged, timeout=10_000) as counted:
            model.refresh()
        assert counted.args == [12]
        assert (model.estimate, model.matching) == (12, None)
        model._start_count(model._generation)  # the user paused: the exact count replaces it
        qtbot.waitUntil(lambda: model.matching == 12)
        assert model.rowCount() == 12
    finally:
        wait_for_workers()


@pytest.mark.parametrize(
    ("value", "shown"), [(7, 7), (43_317, 43_000), (21_480, 21_000), (572_900, 570_000), (995, 1_000)]
)
def test_an_estimate_is_shown_with_two_figures(value, shown):
    assert _two_figures(value) == shown
