"""Find person (Ctrl+K): any jobseeker, referred or not, by name or personnummer in any form.

Results show the masked number (YYYYMMDD-XXXX), the name and the birth year; Enter opens the
person's own profile, the only place the full number is shown (and that view is logged by
asfdesk.services.records). The lookup is an operation: it runs in a worker, and the first
lookup of each dialog session writes its access-log row in the same transaction as the read,
like the jobseeker picker, so results are never shown unlogged. What was typed is never logged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asfdesk.db.queries.person_lookup import find_people
from asfdesk.services.access_log import record_access
from asfdesk.ui.operations import QueryOp, Sessions, failure_text, read_logged

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 200


def _lookup(session, text: str, log: bool) -> list[tuple[int, str, str, int | None]]:
    """The read (and, for the session's first lookup, its access-log row), in one transaction."""
    if not log:
        return find_people(session, text)
    return read_logged(
        session,
        lambda s: find_people(s, text),
        lambda s, rows: record_access(s, "search", "jobseeker", row_count=len(rows), detail="find person"),
    )


class FindPersonDialog(QDialog):
    """A search field over a list of people. `personChosen(id)` when the user opens one."""

    personChosen = Signal(int)
    resultsShown = Signal()  # the results of the current text are in `results`

    def __init__(
        self,
        sessions: Sessions,
        open_person: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.logged = False  # this dialog session's access-log row is written
        self._asked = 0
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.results = QTreeWidget(self)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")  # room for Å and Ö
        self.results.setColumnCount(3)
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_current)
        self.open_button.setEnabled(False)

        layout = QVBoxLayout(self)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(560, 420)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item, _col: self.open_current())
        self.results.currentItemChanged.connect(self._update_open_button)
        if open_person is not None:
            self.personChosen.connect(open_person)
        self.retranslate()
        self.search_edit.setFocus()

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find person"))
        self.hint_label.setText(
            self.tr("Name or personal identity number (e.g. 19701063-2391, 701063, 7010632391).")
        )
        self.search_edit.setPlaceholderText(self.tr("Name or personal identity number…"))
        self.results.setHeaderLabels([self.tr("Personal ID no."), self.tr("Name"), self.tr("Born")])
        self.open_button.setText(self.tr("Open"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- searching ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Look up the current text (debounced; tests call it directly)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        self._asked += 1
        asked = self._asked
        if not text:
            self._show(asked, [])
            return
        log = not self.logged
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: _lookup(session, text, log),
            success=lambda rows: self._found(asked, rows, log),
        ).failure(lambda exc: self._failed(asked, exc)).without_retry().run_in_background()

    def _found(self, asked: int, rows: list, log: bool) -> None:
        if log:
            self.logged = True
        self._show(asked, rows)

    def _show(self, asked: int, rows: list) -> None:
        if asked != self._asked:
            return  # the user typed on
        self.results.clear()
        for person_id, masked, name, year in rows:
            item = QTreeWidgetItem([masked or "—", name, "" if year is None else str(year)])
            item.setData(0, ID_ROLE, person_id)
            self.results.addTopLevelItem(item)
        if rows:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        text = self.search_edit.text().strip()
        if text and not rows:
            self.status_label.setText(self.tr("No person matches “%1”.").replace("%1", text))
        elif rows:
            found = self.tr("%n person(s) found. Enter opens the selected one.", "", len(rows))
            self.status_label.setText(found)
        else:
            self.status_label.setText("")
        self.open_button.setEnabled(self._current_id() is not None)
        self.resultsShown.emit()

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self.results.clear()
        self.status_label.setText(failure_text(exc))
        self.open_button.setEnabled(False)
        self.resultsShown.emit()

    # --- choosing -----------------------------------------------------------------------------

    def _update_open_button(self, *_args) -> None:
        self.open_button.setEnabled(self._current_id() is not None)

    def _current_id(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def open_current(self) -> None:
        person_id = self._current_id()
        if person_id is None:
            return
        self.logged = False  # the next lookup is a new one
        self.personChosen.emit(person_id)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """In the search field: Enter opens the selected person, Up/Down move in the results."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._current_id() is None:
                    self.refresh()  # typed faster than the pause: look up now, open when it's in
                    self.resultsShown.connect(self._open_when_found, Qt.ConnectionType.SingleShotConnection)
                else:
                    self.open_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.topLevelItemCount():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = self.results.indexOfTopLevelItem(self.results.currentItem()) + step
                row = max(0, min(self.results.topLevelItemCount() - 1, row))
                self.results.setCurrentItem(self.results.topLevelItem(row))
                return True
        return super().eventFilter(watched, event)

    def _open_when_found(self) -> None:
        if self.results.topLevelItemCount() == 1:
            self.open_current()
