"""The History tab of a profile window: who changed the record, when, which field, old → new.

Read in a worker (QueryOp → asfdesk.services.history.history_of) the first time the tab is shown,
and again after a save or a reload while it is on screen (or the next time it is shown).
Personal fields say only "changed": their values are never recorded. Reading the history of a
jobseeker or referral writes an access-log row, like opening the profile.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asfdesk.services.history import HistoryLine, UnknownRecordError, history_of, operation_text
from asfdesk.ui.operations import QueryOp
from asfdesk.ui.profiles.i18n import tr

COLUMNS = 5  # when, who, what, field, change
WIDTHS = (130, 150, 80, 230)


class HistoryTab(QWidget):
    """A read-only table of a record's changes, newest first."""

    loaded = Signal(int)  # the number of lines shown

    def __init__(self, profile) -> None:
        super().__init__()
        self.profile = profile
        self.stale = True  # read again when shown
        self.reading = False
        self.lines: list[HistoryLine] = []
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._label_headers()

    def _label_headers(self) -> None:
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Change")])

    # -- when to read ----------------------------------------------------------------------------

    def record_changed(self) -> None:
        """The record was saved or read again: refresh now if visible, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._label_headers()
            self.stale = True
            if self.isVisible():
                self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        entity, record_id = self.profile.entity, self.profile.record_id
        if record_id is None:
            self._show([], tr("The history starts when the record is saved."))
            return
        if self.reading:
            return  # the running read is superseded by the next show/save
        self.reading = True
        self.stale = False

        def read(session) -> list[HistoryLine] | None:
            try:
                return history_of(session, entity, record_id)
            except UnknownRecordError:
                return None

        op = QueryOp(parent=self, sessions=self.profile.sessions, op=read, success=self._arrived)
        op.finished(self._done).run_in_background()

    def _done(self, ok: bool) -> None:
        """A failed read was explained in a dialog once; it is tried again after a save or reload."""
        self.reading = False
        if not ok:
            self._show([], tr("The history could not be read."))

    def _arrived(self, lines: list[HistoryLine] | None) -> None:
        if lines is None:
            self._show([], tr("This record no longer exists."))
        elif not lines:
            self._show([], tr("No changes have been recorded for this record."))
        else:
            self._show(lines, "")

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, lines: list[HistoryLine], message: str) -> None:
        self.lines = lines
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            change = line.change_text()
            cells = (line.when, line.actor, operation_text(line.operation), line.field, change)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == len(cells) - 1:
                    item.setToolTip(change)
                self.table.setItem(row, column, item)
        self.loaded.emit(len(lines))
