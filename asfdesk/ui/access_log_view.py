"""Admin → Access log…: the municipality's log review (loggkontroll) in the app.

Filters by person (personnummer in any usual form), user (login) and date range, newest first,
at most `DEFAULT_LIMIT` rows on screen (export writes every match). Reading and exporting run
as operations over asfdesk.services.access_log_review, the same functions as `asfdesk
access-log`; each review and each export is itself written to the access log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asfdesk.services import access_log_review as log
from asfdesk.ui.operations import QueryOp, Sessions, WriteOp, show_fault
from asfdesk.ui.widgets.date_field import DateField

ERROR_STYLE = "color: #b00020;"
WIDTHS = (150, 110, 110, 100, 60, 60)  # the detail column stretches


class LogModel(QAbstractTableModel):
    """The loaded rows (at most DEFAULT_LIMIT): nothing is fetched here, the view hands rows in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[log.LogRow] = []
        self._cells: list[list[Any]] = []
        self._headers = log.headers()

    def set_rows(self, rows: list[log.LogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [r.cells() for r in self._rows]
        self.endResetModel()

    def retranslate(self) -> None:
        self._headers = log.headers()
        self._cells = [r.cells() for r in self._rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._cells[index.row()][index.column()]
        if value is None:
            return ""
        if hasattr(value, "isoformat"):
            return value.isoformat(sep=" ")
        return str(value)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers)
        if role == Qt.ItemDataRole.DisplayRole and horizontal:
            return self._headers[section]
        return None

    def row(self, number: int) -> log.LogRow:
        return self._rows[number]


class AccessLogWindow(QDialog):
    """Non-modal. `loaded(total)` when a review's rows are shown, `exported(count)` after export."""

    loaded = Signal(int)
    exported = Signal(int)
    failed = Signal(str)

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.current = log.LogFilter()
        self.person_edit = QLineEdit()
        self.person_edit.setClearButtonEnabled(True)
        self.actor_edit = QLineEdit()
        self.actor_edit.setClearButtonEnabled(True)
        self.from_field = DateField()
        self.to_field = DateField()
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        for edit in (self.person_edit, self.actor_edit):
            edit.returnPressed.connect(self.refresh)
        for field in (self.from_field, self.to_field):
            field.lineEdit().returnPressed.connect(self.refresh)

        self.person_label, self.actor_label = QLabel(), QLabel()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.person_label.setBuddy(self.person_edit)
        self.actor_label.setBuddy(self.actor_edit)
        form = QFormLayout()
        form.addRow(self.person_label, self.person_edit)
        form.addRow(self.actor_label, self.actor_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.from_field)
        dates.addWidget(self.to_label)
        dates.addWidget(self.to_field)
        dates.addStretch(1)
        dates.addWidget(self.show_button)
        form.addRow(self.from_label, dates)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.model = LogModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export_file)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.refresh)
        self.total = 0
        self.retranslate()
        self.resize(980, 560)

    # -- filters -----------------------------------------------------------------------------

    def log_filter(self) -> log.LogFilter | None:
        """The typed filters, or None (said next to the form) when a date does not parse."""
        for field in (self.from_field, self.to_field):
            field.commit()
            if not field.isValid():
                self._say(field.errorText())
                field.setFocus()
                return None
        return log.LogFilter(
            self.person_edit.text().strip(),
            self.actor_edit.text().strip(),
            self.from_field.value(),
            self.to_field.value(),
        )

    def _say(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        if message:
            self.failed.emit(message)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, log.LogFilterError):
            self._say(str(exc))
            self.person_edit.setFocus()
        else:
            show_fault(self, exc)

    # -- review ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the entries the filters name (and log the review) in a worker."""
        flt = self.log_filter()
        if flt is None:
            return
        self._say("")
        self.current = flt
        self.show_button.setEnabled(False)
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: log.review(session, flt),
            success=self._show,
        ).failure(self._failed).finished(lambda _ok: self.show_button.setEnabled(True)).run_in_background()

    def _show(self, result: log.Review) -> None:
        self.model.set_rows(result.rows)
        self.total = result.total
        self._update_count()
        self.loaded.emit(result.total)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.total > shown:
            text = self.tr("The newest %1 of %2 entries. Narrow the filters, or export them all.")
            self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(self.total)))
        else:
            self.count_label.setText(self.tr("Entries: %1").replace("%1", str(self.total)))

    # -- export ------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export access log"), "access_log.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write every entry the current filters name to `path` (.xlsx or .csv), in a worker."""
        flt = self.log_filter()
        if flt is None:
            return
        self._say("")
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        WriteOp(
            parent=self,
            sessions=self.sessions,
            op=lambda sessions, _changes: log.export(sessions, flt, target),
            success=self._exported,
        ).failure(self._failed).run_in_background()

    def _exported(self, count: int) -> None:
        self.count_label.setText(self.tr("Entries exported: %1").replace("%1", str(count)))
        self.exported.emit(count)

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Access log"))
        self.person_label.setText(self.tr("&Person (personnummer):"))
        self.person_edit.setPlaceholderText(self.tr("e.g. 19701063-2391"))
        self.actor_label.setText(self.tr("&User (login):"))
        self.actor_edit.setPlaceholderText(self.tr("all users"))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("&Show"))
        self.export_button.setText(self.tr("&Export…"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        if self.model.rowCount() or self.total:
            self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_window(window) -> AccessLogWindow:
    dialog = AccessLogWindow(window.sessions, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.refresh()
    return dialog
