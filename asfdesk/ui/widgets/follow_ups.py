""" "Mina uppföljningar": the referrals due or overdue for the consultant at the keyboard.

The list is read by a QueryOp (asfdesk.services.follow_ups.due_follow_ups, which logs the
access because it names jobseekers), oldest first; Enter or a double-click asks to open the
referral. Shown in its own window (Ctrl+U in the main window); `overdue_message` is the main
window's status-bar text at start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.services.follow_ups import FollowUp, my_due_follow_ups
from asfdesk.ui.operations import QueryOp, Sessions, login_of

_OVERDUE = QColor("#b3261e")
HEADERS = (
    QT_TRANSLATE_NOOP("FollowUps", "Follow-up due"),
    QT_TRANSLATE_NOOP("FollowUps", "Jobseeker"),
    QT_TRANSLATE_NOOP("FollowUps", "Enterprise"),
    QT_TRANSLATE_NOOP("FollowUps", "Consultant"),
)
_Index = QModelIndex | QPersistentModelIndex


class FollowUpsModel(QAbstractTableModel):
    """Due, jobseeker, enterprise, consultant; overdue dates in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUp] = []

    def set_rows(self, rows: list[FollowUp]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return translate("FollowUps", HEADERS[section]) if 0 <= section < len(HEADERS) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.due.isoformat(), row.jobseeker_name, row.enterprise_name, row.consultant_name or "")
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and row.overdue:
            return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return translate("FollowUps", "Overdue")
        if role == Qt.ItemDataRole.UserRole:
            return row.referral_id
        return None


class FollowUpsView(QTableView):
    """Enter opens the current row (a plain QTableView would start editing or do nothing)."""

    activatedRow = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedRow.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class MyFollowUps(QWidget):
    """The list with a heading; `openRequested(referral_id)` on Enter or double-click."""

    openRequested = Signal(int)
    loaded = Signal()

    def __init__(
        self, sessions: Sessions, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self._today = today
        self._known = True
        self.loading = False
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = FollowUpsModel(self)
        self.view = FollowUpsView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list in one press
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.activatedRow.connect(self._open_row)
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.retranslate()

    def reload(self) -> None:
        """Read the list again in a worker (also after a referral was saved)."""
        user, today = login_of(self.sessions) or None, self._today()
        self.loading = True
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: my_due_follow_ups(session, user, today),
            success=self._arrived,
        ).finished(self._finished).run_in_background()

    def _arrived(self, result: tuple[bool, list[FollowUp]]) -> None:
        self._known, rows = result
        self.model.set_rows(rows)
        self.view.resizeColumnToContents(0)  # the date column; a handful of rows at most
        for column, width in ((1, 200), (2, 220)):
            self.view.setColumnWidth(column, width)
        self.view.setColumnHidden(3, self._known)  # "my" list: the consultant is the user
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.retranslate()

    def _finished(self, _ok: bool) -> None:
        self.loading = False
        self.loaded.emit()

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.openRequested.emit(self.model.rows[row].referral_id)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My follow-ups"))
        self.view.setAccessibleName(self.tr("My follow-ups"))
        count = len(self.model.rows)
        if count == 0:
            note = self.tr("Nothing to follow up today.")
        else:
            note = self.tr("Referrals to follow up: %n, the oldest first. Enter opens one.", "", count)
        if not self._known:
            note += " " + self.tr(
                "Your login is not registered as a consultant, so everyone's follow-ups are shown."
            )
        self.note.setText(note)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MyFollowUpsWindow(QWidget):
    """The list in a window of its own (Ctrl+U); Esc closes it."""

    def __init__(
        self, sessions: Sessions, open_referral: Callable[[int], Any], parent: QWidget | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.list = MyFollowUps(sessions, self)
        self.list.openRequested.connect(open_referral)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        self.resize(720, 420)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.retranslate()
        self.list.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My follow-ups") + " – asfdesk")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def overdue_message(count: int) -> str:
    return translate("FollowUps", "Follow-ups overdue: %n (Ctrl+U shows them)", n=count)
