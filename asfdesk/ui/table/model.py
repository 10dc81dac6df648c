"""The one table model behind every tab: pages of rows fetched from SQL in workers.

It never holds the whole table. `set_request` loads the first page (the view updates as soon as
it arrives), then counts the matching rows in a separate one-thread pool and grows the model to
that size; rows further down are fetched a page at a time when the view asks for them, and only
the most recently used pages are kept. A generation number drops results of superseded
requests, and a cancel token interrupts their SQLite statements.

Every read is a QueryOp (asfdesk.ui.operations), so nothing here runs on the UI thread. The
first page of a list of personal data is written to the access log in the same transaction;
if the log cannot be written the rows are not shown and `failure` says why. The model follows
`operations.changes()`: its own records' rows are re-read in place, a changed name re-reads
the loaded pages, a created or deleted record reloads the list.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from asfdesk import entities
from asfdesk.db.faults import log_fault
from asfdesk.db.queries import (
    ColumnSpec,
    ListRequest,
    columns,
    count_rows,
    estimate_rows,
    fetch_page,
    fetch_row,
)
from asfdesk.db.queries.cancel import Cancelled, CancelToken, cancellable
from asfdesk.services.access_log import record_access
from asfdesk.ui.operations import ChangeKind, Changes, QueryOp, Sessions, changes, read_logged

_log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 40  # at most 8,000 rows in memory per tab
Page = tuple[list[tuple], list[tuple[str, ...]]]  # rows (id, *values) and their display texts

COUNT_DELAY_MS = 250  # wait this long after a page is shown before counting its rows

_page_pool: QThreadPool | None = None
_count_pool: QThreadPool | None = None


def _pools() -> tuple[QThreadPool, QThreadPool]:
    """Pages and counts get their own threads, so a slow count never delays the next page."""
    global _page_pool, _count_pool
    if _page_pool is None:
        _page_pool = QThreadPool()
        _page_pool.setMaxThreadCount(2)
        _count_pool = QThreadPool()
        _count_pool.setMaxThreadCount(1)
    return _page_pool, _count_pool


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_USER = Qt.ItemDataRole.UserRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def display_text(value: Any, kind: str) -> str:
    """Swedish formats whatever the language: 2026-11-22, 2026-11-08 14:30."""
    if value is None:
        return ""
    if kind == "datetime" and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if kind == "date" and isinstance(value, date):
        return value.isoformat()
    if kind == "bool":
        return "✓" if value else ""
    return str(value)


class PagedTableModel(QAbstractTableModel):
    """A QAbstractTableModel over `asfdesk.db.queries` for one entity (tab)."""

    refreshed = Signal()  # the first page of the current request is shown
    pageLoaded = Signal(int)  # page number
    countChanged = Signal(int)  # rows matching the current request
    totalChanged = Signal(int)  # rows in the tab without search or filters
    loadFailed = Signal(object)  # exception from a worker

    def __init__(
        self,
        sessions: Sessions,
        entity: str,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.entity = entity
        self.page_size = page_size
        self.specs: list[ColumnSpec] = columns(entity)
        self.request = ListRequest()
        self._generation = 0
        self._token = CancelToken()
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._texts: dict[int, list[tuple[str, ...]]] = {}  # display strings of the same pages
        self._pending: set[int] = set()
        self._rows = 0
        self.matching: int | None = None  # None while counting
        self.estimate: int | None = None  # "≈ 43 000" until `matching` is known
        self.total: int | None = None
        self.loading = False
        self.failure: BaseException | None = None  # why the current request shows no rows
        changes().changed.connect(self.apply_changes)

    # --- requests ------------------------------------------------------------------------------

    def set_request(self, request: ListRequest) -> None:
        """Show the rows for `request`; the old rows stay until the new first page arrives.

        The tab's total ("of 120") is unchanged by a new search, so it is not counted again.
        """
        self.request = request
        self._reload()

    def refresh(self) -> None:
        """Fetch the current request again from the first page (the data may have changed)."""
        self.total = None
        self._reload()

    def _reload(self) -> None:
        self._token.cancel()
        self._token = CancelToken()
        self._generation += 1
        self.loading = True
        self.estimate = None
        generation, token, request = self._generation, self._token, self.request
        self._query(
            lambda session: self._load(session, request, 0, token),
            lambda rows: self._first_page_arrived(generation, rows),
            generation,
            _pools()[0],
        )

    def _query(self, op, success, generation: int, pool: QThreadPool) -> None:
        """Run `op(session)` as an operation; a failure goes to `loadFailed`, not a dialog."""
        QueryOp(parent=self, sessions=self.sessions, op=op, success=success).failure(
            lambda exc: self._failed(generation, exc)
        ).in_pool(pool).run_in_background()

    def _load(self, session, request: ListRequest, page: int, token: CancelToken) -> Page | None:
        """A page with its display texts (formatted here, off the UI thread), or None when the
        user moved on and the query was interrupted.

        The first page of a list of personal data is logged in the same transaction: if the
        access log cannot be written (a read-only database), the rows are not shown
        (`AccessNotLogged`)."""
        if token.cancelled:
            return None

        def read(session) -> list[tuple]:
            with cancellable(session, token):
                return fetch_page(session, self.entity, request, page * self.page_size, self.page_size)

        try:
            if page == 0 and self.personal:
                rows = read_logged(session, read, lambda s, rows: self._log_access(s, request, len(rows)))
            else:
                rows = read(session)
        except Cancelled:
            return None
        return rows, [self._texts_of(row) for row in rows]

    @property
    def personal(self) -> bool:
        """Rows of this list are personal data: showing them is written to the access log."""
        return entities.owner(self.entity).personal

    def _texts_of(self, row: tuple) -> tuple[str, ...]:
        return tuple(display_text(v, spec.kind) for v, spec in zip(row[1:], self.specs, strict=True))

    def _count(
        self, session, request: ListRequest, token: CancelToken, need_total: bool
    ) -> tuple[int, int | None] | None:
        """(rows matching, rows in the tab or None if unchanged) for "7 of 120"; None if interrupted."""
        if token.cancelled:
            return None
        try:
            with cancellable(session, token):
                matching = count_rows(session, self.entity, request)
                if not (request.search or request.filters):
                    return matching, matching
                total = count_rows(session, self.entity, ListRequest()) if need_total else None
                return matching, total
        except Cancelled:
            return None

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self._token.cancelled:
            return  # a superseded request: interrupted on purpose
        self.loading = False
        self.failure = exc
        if self._rows:  # rows of an earlier request must not stay on screen as if they matched
            self.beginResetModel()
            self._pages, self._texts, self._pending, self._rows = OrderedDict(), {}, set(), 0
            self.endResetModel()
        self.loadFailed.emit(exc)

    def _first_page_arrived(self, generation: int, page: Page | None) -> None:
        if generation != self._generation or page is None:
            return
        rows, texts = page
        self.failure = None
        self.beginResetModel()
        self._pages = OrderedDict({0: rows})
        self._texts = {0: texts}
        self._pending = set()
        self._rows = len(rows)
        complete = len(rows) < self.page_size
        self.matching = len(rows) if complete else None
        self.endResetModel()
        self.loading = False
        self.pageLoaded.emit(0)
        self.refreshed.emit()
        unfiltered = not (self.request.search or self.request.filters)
        if complete:
            self.countChanged.emit(self._rows)
            if unfiltered:
                self._counted(generation, (self._rows, self._rows))
                return
        # An estimate at once (tens of ms, whatever the table size), the exact count once the user
        # has paused: a count can take much longer than the page, and while someone is still
        # typing it would only compete with the search they are about to see.
        if not complete:  # a short first page is its own count
            self._start_estimate(generation)
        QTimer.singleShot(COUNT_DELAY_MS, self, lambda: self._start_count(generation))

    def _start_estimate(self, generation: int) -> None:
        token, request = self._token, self.request

        def estimate(session) -> tuple[int, bool] | None:
            if token.cancelled:
                return None
            try:
                with cancellable(session, token):
                    return estimate_rows(session, self.entity, request)
            except Cancelled:
                return None

        # A failed estimate only means the exact count is waited for: no message, rows stay.
        QueryOp(
            parent=self, sessions=self.sessions, op=estimate, success=lambda r: self._estimated(generation, r)
        ).failure(log_fault).in_pool(_pools()[1]).run_in_background()

    def _estimated(self, generation: int, result: tuple[int, bool] | None) -> None:
        if generation != self._generation or result is None or self.matching is not None:
            return  # superseded, interrupted, or the exact count came first
        value, exact = result
        if exact:
            self._counted(generation, (value, None))
            return
        # The first page was full: there are more rows than it holds, whatever the sample says.
        self.estimate = max(value, self._rows + 1)
        self.countChanged.emit(value)

    def _start_count(self, generation: int) -> None:
        if generation != self._generation:
            return  # the user typed on; that request's count is never needed
        token, request, need_total = self._token, self.request, self.total is None
        self._query(
            lambda session: self._count(session, request, token, need_total),
            lambda result: self._counted(generation, result),
            generation,
            _pools()[1],
        )

    def _log_access(self, session, request: ListRequest, row_count: int) -> None:
        """Record that a list of personal data was shown: who, when, how many, never what was typed."""
        filters = ",".join(key for key, _ in request.filters) or "-"
        detail = f"list; search: {'yes' if request.search else 'no'}; filters: {filters}"
        record_access(session, "view", self.entity, None, row_count, detail)

    def _counted(self, generation: int, result: tuple[int, int] | None) -> None:
        if generation != self._generation or result is None:
            return
        matching, total = result
        if total is not None and total != self.total:
            self.total = total
            self.totalChanged.emit(total)
        self.matching = matching
        if matching > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, matching - 1)
            self._rows = matching
            self.endInsertRows()
        elif matching < self._rows:
            self.beginRemoveRows(QModelIndex(), matching, self._rows - 1)
            self._rows = matching
            self.endRemoveRows()
        self.countChanged.emit(matching)

    def _request_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation, token, request = self._generation, self._token, self.request
        self._query(
            lambda session: self._load(session, request, page, token),
            lambda rows: self._page_arrived(generation, page, rows),
            generation,
            _pools()[0],
        )

    def _page_arrived(self, generation: int, page: int, loaded: Page | None) -> None:
        if generation != self._generation or loaded is None:
            return
        self._pending.discard(page)
        self._pages[page], self._texts[page] = loaded
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            evicted, _ = self._pages.popitem(last=False)
            self._texts.pop(evicted, None)
        first = page * self.page_size
        last = min(self._rows, first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.pageLoaded.emit(page)

    # --- rows after a save ---------------------------------------------------------------------

    def row_of(self, record_id: int) -> int | None:
        """The row showing a record, if its page is loaded."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row[0] == record_id:
                    return page * self.page_size + offset
        return None

    def update_record(self, record_id: int) -> bool:
        """Re-read one record's row in a worker and update it in place (dataChanged, no reset).

        False if it is not shown (the caller refreshes instead)."""
        if self.row_of(record_id) is None:
            return False
        generation, entity = self._generation, self.entity
        self._query(
            lambda session: fetch_row(session, entity, record_id),
            lambda fresh: self._row_arrived(generation, record_id, fresh),
            generation,
            _pools()[0],
        )
        return True

    def _row_arrived(self, generation: int, record_id: int, fresh: tuple | None) -> None:
        row = self.row_of(record_id)
        if generation != self._generation or row is None:
            return  # the rows were reloaded meanwhile: they are fresh already
        if fresh is None:
            self.refresh()  # it no longer belongs to the list
            return
        page, offset = divmod(row, self.page_size)
        self._pages[page][offset] = fresh
        self._texts[page][offset] = self._texts_of(fresh)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def apply_changes(self, changeset: Changes) -> None:
        """Follow a change published by an operation (or another user): rows of this list's own
        entity are re-read in place where possible; a changed name re-reads the loaded pages."""
        own = entities.owner(self.entity).key
        if changeset.ids(own, ChangeKind.CREATED, ChangeKind.DELETED):
            self.refresh()
            return
        updated = changeset.ids(own, ChangeKind.UPDATED)
        if updated and not all(self.update_record(record_id) for record_id in updated):
            self.refresh()  # one is not on a loaded page: it may now match, or sort elsewhere
            return
        shown = {d.key for e in {item.entity for item in changeset.items} for d in entities.lists_showing(e)}
        if self.entity in shown:
            self.reload_loaded_pages()

    def reload_loaded_pages(self) -> None:
        """Re-read the pages in memory (a name they show changed elsewhere), without a reset."""
        for page in list(self._pages):
            self._request_page(page)

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.specs)

    def row_values(self, row: int) -> tuple | None:
        """(id, *values) of a loaded row; None if its page is not in memory (it is then asked for)."""
        if not 0 <= row < self._rows:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def record_id(self, row: int) -> int | None:
        values = self.row_values(row)
        return None if values is None else values[0]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        """Called for every visible cell and role on each paint: a lookup in pre-formatted text."""
        if role in (_DISPLAY, _TOOLTIP):
            row = index.row()
            if not index.isValid() or row >= self._rows:
                return None
            page, offset = divmod(row, self.page_size)
            texts = self._texts.get(page)
            if texts is None:
                self._request_page(page)
                return None
            return texts[offset][index.column()] if offset < len(texts) else None
        if role == _ALIGN:
            return _RIGHT if index.isValid() and self.specs[index.column()].kind == "int" else None
        if role == _USER:
            values = self.row_values(index.row()) if index.isValid() else None
            return None if values is None else values[index.column() + 1]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.specs):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.specs[section].header()
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting runs in SQL: a new request, not a reshuffle of loaded rows."""
        if not 0 <= column < len(self.specs):
            return
        key = self.specs[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.request.sort_key, self.request.descending) == (key, descending):
            return
        request = ListRequest(self.request.search, self.request.filters, key, descending)
        self.set_request(request)

    def retranslate(self) -> None:
        """Headers and enum labels follow the language: re-read them."""
        if self.specs:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.specs) - 1)
        self.refresh()


def wait_for_workers(timeout_ms: int = 30_000) -> None:
    """Let every running page/count query finish (tests, closing the app, switching databases)."""
    for pool in (_page_pool, _count_pool, QThreadPool.globalInstance()):
        if pool is not None:
            pool.waitForDone(timeout_ms)
