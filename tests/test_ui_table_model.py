"""The generic paged table model: pages, counts, stale results, row updates, model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from asfdesk import entities
from asfdesk.db.models import Enterprise
from asfdesk.db.queries import ListRequest
from asfdesk.db.session import session_scope
from asfdesk.ui.table.model import PagedTableModel, display_text, wait_for_workers


@pytest.fixture
def models(qtbot, demo_sessions):
    created: list[PagedTableModel] = []

    def make(entity: str, page_size: int = 200) -> PagedTableModel:
        model = PagedTableModel(demo_sessions, entity, page_size=page_size)
        created.append(model)
        with qtbot.waitSignal(model.refreshed):
            model.refresh()
        qtbot.waitUntil(lambda: model.matching is not None and model.total is not None)
        return model

    yield make
    wait_for_workers()
    qtbot.wait(10)


@pytest.mark.parametrize("entity", entities.list_keys())
def test_model_tester(qtmodeltester, models, entity):
    model = models(entity)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_model_tester_while_pages_arrive(qtbot, qtmodeltester, models):
    model = models("referrals", page_size=5)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: all(model.row_values(r) is not None for r in range(model.rowCount())))
    qtmodeltester.check(model)


def test_small_pages_grow_to_the_count_and_load_on_demand(qtbot, models):
    model = models("referrals", page_size=5)
    assert model.rowCount() == 12  # first page of 5, then the count arrived
    assert model.index(11, 0).data() is None  # page 2 not loaded yet: asked for, not blocking
    with qtbot.waitSignal(model.pageLoaded) as blocker:
        pass
    assert blocker.args == [2]
    assert model.index(11, 0).data()  # now there
    names = {model.index(r, 0).data() for r in range(12) if model.row_values(r)}
    qtbot.waitUntil(lambda: all(model.row_values(r) is not None for r in range(12)))
    names = [model.index(r, 0).data() for r in range(12)]
    assert len(set(names)) == 12


def test_stale_results_are_dropped(qtbot, models):
    model = models("enterprises")
    model.set_request(ListRequest(search="kilafix"))
    with qtbot.waitSignal(model.refreshed):
        model.set_request(ListRequest(search="koopus"))
    wait_for_workers()
    qtbot.wait(20)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Koopus"]
    assert model.request.search == "koopus"


def test_sort_is_a_new_sql_request(qtbot, models):
    model = models("enterprises")
    with qtbot.waitSignal(model.refreshed):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.request.sort_key == "name" and model.request.descending
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[0] == "Stenbackens arbets- och boendekooperativ"


def test_update_record_changes_one_row_without_reset(qtbot, models, demo_sessions):
    model = models("enterprises")
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index("Kilafix")
    record_id = model.record_id(row)
    with session_scope(demo_sessions) as s:
        s.get(Enterprise, record_id).name = "Kilafix Ekonomisk"
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.update_record(record_id)
    assert blocker.args[0].row() == row == blocker.args[1].row()
    assert model.index(row, 0).data() == "Kilafix Ekonomisk"
    assert resets == []
    assert model.update_record(999_999) is False


def test_header_and_alignment(models):
    model = models("events")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    capacity = [s.key for s in model.specs].index("capacity")
    align = model.index(0, capacity).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_display_text_uses_swedish_formats():
    from datetime import date, datetime

    from asfdesk.db.types import STOCKHOLM

    assert display_text(date(2026, 11, 22), "date") == "2026-11-22"
    assert display_text(datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM), "datetime") == "2026-11-08 14:30"
    assert display_text(None, "text") == ""
    assert display_text(True, "bool") == "✓"


def test_showing_referrals_is_written_to_the_access_log(qtbot, models, demo_sessions):
    from sqlalchemy import select

    from asfdesk.db.models import AccessLogEntry

    model = models("referrals")
    with qtbot.waitSignal(model.refreshed):
        model.set_request(ListRequest(search="ahlström"))
    wait_for_workers()

    def entries():
        with demo_sessions() as s:
            return s.execute(
                select(AccessLogEntry.entity, AccessLogEntry.row_count, AccessLogEntry.detail).where(
                    AccessLogEntry.entity == "referrals"
                )
            ).all()

    qtbot.waitUntil(lambda: len(entries()) == 2)
    logged = entries()
    assert logged[-1][1] == 1
    assert "search: yes" in logged[-1][2]
    assert all("ahlstr" not in (detail or "").lower() for _, _, detail in logged)  # never what was typed
    models("enterprises")
    wait_for_workers()
    assert len(entries()) == 2  # enterprises are not personal data


def _count_statements(engine, sink: list[str]):
    from sqlalchemy import event

    def listener(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().lower().startswith("select count("):
            sink.append(statement)

    event.listen(engine, "before_cursor_execute", listener)
    return lambda: event.remove(engine, "before_cursor_execute", listener)


def test_a_new_search_does_not_recount_the_tab_total(qtbot, models, engine):
    model = models("referrals", page_size=5)
    counts: list[str] = []
    stop = _count_statements(engine, counts)
    try:
        with qtbot.waitSignal(model.refreshed):
            model.set_request(ListRequest(search="an"))  # more rows than one page of 5: counted
        assert model.matching is None  # not counted yet
        qtbot.waitUntil(lambda: model.matching is not None)
        wait_for_workers()
    finally:
        stop()
    assert model.matching > 5
    assert model.total == 12
    assert len(counts) == 1  # the matching rows only; the cached total of 12 was kept


def test_refresh_recounts_the_total_after_a_change(qtbot, models, demo_sessions):
    model = models("enterprises")
    assert model.total == 7
    with session_scope(demo_sessions) as s:
        s.add(Enterprise(name="Nytt Kooperativ"))
    model.refresh()
    qtbot.waitUntil(lambda: model.total == 8)


def test_no_count_runs_for_a_search_the_user_typed_past(qtbot, models, engine):
    model = models("referrals", page_size=5)
    counts: list[str] = []
    stop = _count_statements(engine, counts)
    try:
        with qtbot.waitSignal(model.refreshed):
            model.set_request(ListRequest(search="a"))  # a first page of 5 arrives
        model.set_request(ListRequest(search="ahlstrom"))  # typed on before the count's delay
        qtbot.waitUntil(lambda: model.matching == 1)
        wait_for_workers()
    finally:
        stop()
    # "ahlstrom" fits on its first page, so needs no count; "a" was superseded before its count.
    # At most the estimate of "a" ran (it starts with the page and reads 20,000 rows at most, so
    # on this small table it is an exact count), never the delayed full count after it.
    assert len(counts) <= 1
