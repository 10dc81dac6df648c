"""One generic tab, configured per list of asfdesk.entities: search, filters, a paged table, a row
count and the New / Open / Delete / Print / Export actions. Its wording comes from the list's
definition. It asks its owner to act through signals, so it never needs the main window."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asfdesk import entities
from asfdesk.db.faults import log_fault
from asfdesk.db.queries import ListRequest, columns, default_sort, filter_choices, row_label
from asfdesk.ui.icons import icon
from asfdesk.ui.operations import QueryOp, Sessions, failure_text
from asfdesk.ui.settings import restore_header, save_header
from asfdesk.ui.table.filters import FilterBar
from asfdesk.ui.table.model import PagedTableModel

_log = logging.getLogger(__name__)

DEBOUNCE_MS = 150


MIN_LEADING_SEARCH = 3  # shorter searches only run after the typing pause


class EntityTab(QWidget):
    """The list of one entity. Signals carry record ids; the owner opens, deletes, prints."""

    openRequested = Signal(int)
    newRequested = Signal()
    deleteRequested = Signal(list)  # [(id, label)]
    printRequested = Signal(str)  # "print" | "preview" | "pdf"
    exportRequested = Signal()
    searchStarted = Signal(str)  # the (debounced) search text now being queried
    refreshed = Signal()  # the first page of the current search/filter/sort is in the view

    def __init__(self, sessions: Sessions, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.entity = entity  # the list's key in asfdesk.entities ("enterprises", "referrals" …)
        self.definition = entities.list_def(entity)
        self.may_delete = True  # the user's role may delete these rows (set_allowed)
        self.debounce_ms = DEBOUNCE_MS
        self._searched_text = ""
        self.model = PagedTableModel(sessions, entity, self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(240)
        self.filters = FilterBar(entity, self)
        self.count_label = QLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.view = QTableView(self)
        self._setup_view()
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)  # greyed, like a placeholder
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # over the view
        self.empty_label.hide()
        self.view.viewport().installEventFilter(self)  # the hint covers the viewport as it resizes

        self.new_action = self._action("new", self.newRequested.emit)
        self.open_action = self._action("open", self.open_current)
        self.delete_action = self._action("delete", self.delete_selected)
        self.print_action = self._action("print", lambda: self.printRequested.emit("print"))
        self.export_action = self._action("export", self.exportRequested.emit)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.delete_action)

        self._layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self._debounce_over)
        self.search_edit.textChanged.connect(self._text_changed)
        self.search_edit.returnPressed.connect(self._search_now)
        self.filters.changed.connect(self._apply)
        self.model.refreshed.connect(self._after_refresh)
        self.model.countChanged.connect(self._update_count)
        self.model.totalChanged.connect(self._update_count)
        self.model.loadFailed.connect(self._update_empty)  # e.g. a list that can't be logged
        self.model.modelReset.connect(self._update_actions)
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.view.installEventFilter(self)
        self.search_edit.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.retranslate()
        self._update_actions()

        sort_key, descending = default_sort(entity)
        keys = [c.key for c in columns(entity)]
        self.view.horizontalHeader().setSortIndicator(
            keys.index(sort_key), Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        restore_header(entity, self.view.horizontalHeader())
        header = self.view.horizontalHeader()
        # A saved layout may predate these: widths stay the user's, the last column takes the rest
        # of the window (never ResizeToContents, which would measure every row).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        section = header.sortIndicatorSection()
        remembered = tuple(self.filters.values().items())  # e.g. the county chosen last time
        self.model.request = ListRequest(filters=remembered)
        if 0 <= section < len(keys):
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self.model.request = ListRequest(
                filters=remembered, sort_key=keys[section], descending=descending
            )
        self.view.setSortingEnabled(True)  # calls model.sort(); unchanged sort starts no query
        self.model.refresh()
        self.load_filter_choices()

    # --- layout -------------------------------------------------------------------------------

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # constant cost at 1M rows
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for i, spec in enumerate(columns(self.entity)):
            header.resizeSection(i, spec.width)

    def _header_menu(self, pos) -> None:
        """Right-click on the header: choose the visible columns (export follows them too)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for section, spec in enumerate(self.model.specs):
            action = menu.addAction(spec.header())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.toggled.connect(lambda on, i=section: header.setSectionHidden(i, not on))
        menu.exec(header.mapToGlobal(pos))

    def _action(self, name: str, slot) -> QAction:
        action = QAction(icon(name), "", self)
        action.triggered.connect(slot)
        return action

    def _layout(self) -> None:
        """Search and actions on top, filters and the row count below, then the table."""
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        actions = (
            self.new_action,
            self.open_action,
            self.delete_action,
            self.print_action,
            self.export_action,
        )
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard uses the menu shortcuts
            top.addWidget(button)
        second = QHBoxLayout()
        second.addWidget(self.filters, 1)  # wraps onto a second line in a narrow window
        second.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.filters)
        QWidget.setTabOrder(self.filters, self.view)

    # --- language -----------------------------------------------------------------------------

    def _entity_texts(self) -> dict[str, str]:
        """The list's wording from its definition: what "New" makes and what an empty list says."""
        d = self.definition
        return {
            "new": entities.text(d.new_text),
            "empty": entities.text(d.empty_text),
            "nomatch": entities.text(d.nomatch_text),
            "filtered": entities.text(d.filtered_text),
        }

    def retranslate(self) -> None:
        texts = self._entity_texts()
        self.search_edit.setPlaceholderText(self.tr("Search…"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.view.setAccessibleName(self.tr("Results"))
        self.count_label.setAccessibleName(self.tr("Row count"))
        self.new_action.setText(texts["new"])
        self.open_action.setText(self.tr("Open"))
        self.delete_action.setText(self.tr("Delete"))
        self.print_action.setText(self.tr("Print"))
        self.export_action.setText(self.tr("Export"))
        self._update_count()
        self._update_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.retranslate()
            self.load_filter_choices()
        super().changeEvent(event)

    # --- search and filters -------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        """Leading and trailing debounce: search at once after a pause, else when typing stops.

        One or two letters are a prefix of what the user is about to type and match most rows,
        so they wait for the pause too: searching them at once only loads the machine while the
        real search is coming.
        """
        leading = len(text.strip()) >= MIN_LEADING_SEARCH or not text.strip()
        if self._debounce.isActive() or self.debounce_ms <= 0 or not leading:
            self._debounce.start(max(0, self.debounce_ms))
            return
        self._apply()
        self._debounce.start(self.debounce_ms)

    def _debounce_over(self) -> None:
        if self.search_edit.text() != self._searched_text:
            self._apply()

    def _search_now(self) -> None:
        self._debounce.stop()
        self._apply()

    def current_request(self) -> ListRequest:
        return ListRequest(
            self.search_edit.text().strip(),
            tuple(self.filters.values().items()),
            self.model.request.sort_key,
            self.model.request.descending,
        )

    def _apply(self) -> None:
        request = self.current_request()
        self._searched_text = self.search_edit.text()
        if request == self.model.request:
            return
        self.searchStarted.emit(request.search)
        self.model.set_request(request)

    def load_filter_choices(self) -> None:
        """Fill the pickers in a worker (they list consultants, enterprises …). If they cannot be
        read the filters keep what they offer and the list itself says why (it fails too)."""
        entity = self.entity
        QueryOp(
            parent=self.filters,
            sessions=self.sessions,
            op=lambda session: filter_choices(session, entity),
            success=self.filters.set_choices,
        ).failure(log_fault).run_in_background()

    # --- results ------------------------------------------------------------------------------

    def _after_refresh(self) -> None:
        self._update_count()
        self._update_empty()
        self._update_actions()
        self.refreshed.emit()

    def _update_count(self, *_args) -> None:
        shown, estimate = self.model.matching, self.model.estimate
        total = self.model.total
        if shown is not None:
            shown_text = _thousands(shown)
        elif estimate is not None:  # until the exact count is known (the user paused typing)
            shown_text = "≈\u00a0" + _thousands(_two_figures(estimate))
        else:
            shown_text = "…"
        total_text = "…" if total is None else _thousands(total)
        self.count_label.setText(self.tr("%1 of %2").replace("%1", shown_text).replace("%2", total_text))

    def _update_empty(self, *_args) -> None:
        failed = self.model.failure is not None
        self.empty_label.setEnabled(failed)  # a reason reads as text; "no rows yet" as a placeholder
        if failed:  # say why nothing is shown (refused, unreachable)
            self.empty_label.setText(failure_text(self.model.failure))
            self._place_empty_label()
            self.empty_label.show()
            return
        if self.model.loading or self.model.rowCount() > 0:
            self.empty_label.hide()
            return
        texts = self._entity_texts()
        request = self.model.request
        if request.search:
            message = texts["nomatch"].replace("%1", request.search)
        elif request.filters:
            message = texts["filtered"]
        else:
            message = texts["empty"]
        self.empty_label.setText(message)
        self._place_empty_label()
        self.empty_label.show()

    def _place_empty_label(self) -> None:
        """The hint is centred over the whole viewport (word-wrapped, with a margin)."""
        self.empty_label.setGeometry(self.view.viewport().rect())
        self.empty_label.setContentsMargins(20, 20, 20, 20)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):  # from the search field down into the results
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            return True
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        if event.type() == QEvent.Type.Resize and watched in (self.view, self.view.viewport()):
            self._place_empty_label()
        return super().eventFilter(watched, event)

    # --- actions ------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        ids = (self.model.record_id(row) for row in self.selected_rows())
        return [i for i in ids if i is not None]

    def _open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id is not None:
            self.openRequested.emit(record_id)

    def open_current(self) -> None:
        """Open the record of the current row (Enter, the Open action)."""
        index = self.view.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def delete_selected(self) -> None:
        """Ask the owner to delete the selected rows, named for the confirmation."""
        chosen = []
        for row in self.selected_rows():
            values = self.model.row_values(row)
            if values is not None:
                chosen.append((values[0], row_label(self.entity, values)))
        if chosen:
            self.deleteRequested.emit(chosen)

    def _update_actions(self, *_args) -> None:
        has_selection = bool(self.view.selectionModel().selectedRows())
        self.open_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection and self.may_delete)

    def set_allowed(self, create: bool, delete: bool) -> None:
        """Grey out New/Delete that the user's role may not use (the server would refuse them)."""
        self.may_delete = delete
        self.new_action.setEnabled(create)
        self._update_actions()

    def show_filtered(self, values: dict) -> None:
        """Show the rows matching exactly these filters, no search (a figure on Översikt)."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.filters.set_values(values)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def save_settings(self) -> None:
        save_header(self.entity, self.view.horizontalHeader())


def _thousands(value: int) -> str:
    """21 000: Swedish digit grouping with a no-break space."""
    return f"{value:,}".replace(",", "\u00a0")


def _two_figures(value: int) -> int:
    """An estimate shown as no more precise than it is: 43 317 → 43 000, 572 900 → 570 000."""
    if value < 100:
        return value
    scale = 10 ** (len(str(value)) - 2)
    return round(value / scale) * scale
