"""Related lists on a profile (contacts, referrals, events, timeline): paged, read-only models.

`PagedRowsModel` asks for one page at a time (canFetchMore/fetchMore), so an enterprise with
1,000 referrals shows the first 100 rows from one LIMITed query. Given `sessions`, each page is
`fetch(session, offset, limit)` run as a QueryOp (asfdesk.ui.operations) in a worker; without,
`fetch(offset, limit)` is a plain function (tests, lists not yet moved to operations).
A RelatedList re-reads itself when `operations.changes()` reports a change to an entity it shows.
Column 0 of each row is the record id; the visible columns are the rest. Headers, the empty
text and button texts are English sources (QT_TRANSLATE_NOOP("Profiles", …)), translated when
shown and again on a live language switch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asfdesk.db.faults import log_fault
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import LabelledEnum
from asfdesk.ui import operations
from asfdesk.ui.operations import Changes, QueryOp, Sessions, failure_text
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.workers import run_in_thread

log = logging.getLogger(__name__)

Fetch = Callable[..., list[tuple[Any, ...]]]  # (session, offset, limit) or (offset, limit)
_Index = QModelIndex | QPersistentModelIndex


def display(value: Any) -> str:
    """Swedish formats: 2026-11-22, 2026-11-22 09:30, enum labels, ✓ for true."""
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return value.label()
    if isinstance(value, datetime):
        return value.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


class PagedRowsModel(QAbstractTableModel):
    """Read-only rows fetched page by page from the database."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    failed = Signal(object)  # the exception; the list stops fetching until reload()

    def __init__(
        self,
        headers: Sequence[str],
        fetch: Fetch,
        page_size: int = 100,
        parent=None,
        background: bool = False,
        sessions: Sessions | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.fetch = fetch
        self.sessions = sessions  # given: fetch(session, offset, limit) runs as a QueryOp
        self.page_size = page_size
        self.background = background  # fetch in a worker thread (asfdesk.ui.workers)
        self.rows: list[tuple[Any, ...]] = []
        self._exhausted = False
        self._active = False  # nothing is read until reload(): views would fetch on setModel
        self._pending = False
        self._generation = 0  # pages asked for before a reload() are dropped when they arrive

    @property
    def pending(self) -> bool:
        """A page is being fetched in the background."""
        return self._pending

    def reload(self) -> None:
        """Throw away what was fetched and read the first page again."""
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self._active = True
        self._pending = False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = display(row[index.column() + 1])
            return text.splitlines()[0] if text else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return display(row[index.column() + 1]) or None
        if role == self.ID_ROLE:
            return row[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return tr(self.headers[section])
        return None

    def retranslate(self) -> None:
        """Headers (and enum labels in the rows) follow the language."""
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return self._active and not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._pending:
            return
        offset, limit, generation = len(self.rows), self.page_size, self._generation
        if self.sessions is not None:
            self._pending = True
            fetch = self.fetch
            QueryOp(
                parent=self,
                sessions=self.sessions,
                op=lambda session: fetch(session, offset, limit),
                success=lambda page: self._arrived(generation, page),
            ).failure(lambda exc: self._fetch_failed(generation, exc)).run_in_background()
            return
        if self.background:
            self._pending = True
            run_in_thread(
                lambda: self.fetch(offset, limit),
                on_done=lambda page: self._arrived(generation, page),
                on_error=lambda exc: self._fetch_failed(generation, exc),
            )
            return
        try:
            page = self.fetch(offset, limit)
        except Exception as exc:  # shown by the list; never let it escape into Qt's layout code
            self._fetch_failed(generation, exc)
            return
        self._arrived(generation, page)

    def _fetch_failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the window closed, or the list was reloaded meanwhile
        self._pending = False
        self._exhausted = True
        self.failed.emit(exc)

    def _arrived(self, generation: int, page: list[tuple[Any, ...]]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._pending = False
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def record_id(self, row: int) -> Any:
        return self.rows[row][0]


class RelatedList(QWidget):
    """A table over a PagedRowsModel with action buttons; loads its first page on first show."""

    activated = Signal(object)  # record id (double-click or Enter)

    def __init__(
        self,
        model: PagedRowsModel,
        empty_text: str,
        parent: QWidget | None = None,
        background: bool = True,
        shows: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.shows = frozenset(shows)  # entity keys (asfdesk.entities) whose rows this list shows
        model.background = background  # a slow server never freezes the profile window
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(140)
        self.view.doubleClicked.connect(lambda index: self.activated.emit(model.record_id(index.row())))
        self.view.activated.connect(lambda index: self.activated.emit(model.record_id(index.row())))
        self.empty_text = empty_text  # English source
        self._buttons: list[tuple[QPushButton, str]] = []
        self.empty = QLabel(tr(empty_text))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.empty.hide()
        self._loaded = False
        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)
        model.failed.connect(self._failed)
        operations.changes().changed.connect(self._changes_arrived)

    def add_button(self, text: str, slot: Callable[[], None], needs_selection: bool = False) -> QPushButton:
        button = QPushButton(tr(text))
        self._buttons.append((button, text))
        button.clicked.connect(slot)
        if needs_selection:
            button.setEnabled(False)
            self.view.selectionModel().selectionChanged.connect(
                lambda *_: button.setEnabled(self.selected_id() is not None)
            )
            self.model.modelReset.connect(lambda: button.setEnabled(False))
        if self.buttons.count() == 0:
            self.buttons.addStretch(1)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def set_widths(self, widths: Sequence[int]) -> None:
        """Starting column widths; the last column takes the rest."""
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.model.reload()

    def reload(self) -> None:
        self._loaded = True
        self.model.reload()

    @property
    def loaded(self) -> bool:
        """The list has been read (it was shown); an unread one reads fresh rows when shown."""
        return self._loaded

    def entity_changed(self, entity: str, _record_id: int) -> None:
        """Kept for callers that still connect `ProfileManager.saved/deleted` here: the list
        follows `operations.changes()`, which reports those saves and deletes too."""

    def _changes_arrived(self, changeset: Changes) -> None:
        """A record was created, saved or deleted (here, elsewhere, by someone else): re-read
        the list if it shows that entity's rows. An unread list reads fresh rows when shown."""
        if self._loaded and any(changeset.touches(entity) for entity in self.shows):
            self.reload()

    def selected_id(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def _update_empty(self, *_args) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setText(tr(self.empty_text))
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)

    def _failed(self, exc: BaseException) -> None:
        """Say why the list is empty; showing the tab again tries again."""
        log_fault(exc)  # a bug is logged with its traceback, the environment in one line
        self._loaded = False
        self.empty.setText(tr("The list could not be read.") + " " + failure_text(exc))
        self.empty.setVisible(True)
        self.view.setVisible(self.model.rowCount() > 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            for button, source in self._buttons:
                button.setText(tr(source))
            if self._loaded:  # an unread or failed list keeps its message until read again
                self._update_empty()
            self.model.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        self.ensure_loaded()
        super().showEvent(event)
