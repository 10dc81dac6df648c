"""Search-as-you-type picker: a line edit whose suggestions come from a LIMITed query in a worker.

The search runs as an operation (asfdesk.ui.operations), never on the UI thread; an answer for
text the user has typed past is dropped. A picker over personal data gets an `audit` function:
the first search of each picker session (from focus-in to the choice or focus-out) writes its
access-log row in the same transaction as the read, so suggestions are never shown unlogged,
and the log gets one row per lookup rather than one per typing pause.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from asfdesk.db.faults import FaultKind, classify
from asfdesk.ui import error_dialogs
from asfdesk.ui.operations import AccessNotLogged, QueryOp, Sessions, failure_text, read_logged
from asfdesk.ui.profiles.fields import Callback, Field
from asfdesk.ui.profiles.i18n import tr

Search = Callable[..., list[tuple[Any, str]]]  # (text) or (session, text) -> [(key, label)]
Audit = Callable[[Any, int], Any]  # (session, rows shown): adds the access-log row
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the field shows for a suggestion (the completion role)


def no_match_text(text: str) -> str:
    return tr("No match for “%1”").replace("%1", text)


class PickerEdit(QLineEdit):
    """Typing runs `search` (debounced, in a worker); choosing a suggestion sets `key` and emits
    `picked`. With `sessions`, `search(session, text)` gets the operation's session; without,
    `search(text)` reaches the database itself (still in the worker)."""

    picked = Signal(object)
    suggestionsReady = Signal()  # the suggestions for the current text are in `suggestions`

    def __init__(
        self, search: Search, parent=None, *, sessions: Sessions | None = None, audit: Audit | None = None
    ) -> None:
        super().__init__(parent)
        self.search = search
        self.sessions = sessions
        self.audit = audit
        self.key: Any = None
        self.logged = False  # this picker session's access-log row is written
        self._asked = 0  # number of the latest search; older answers are dropped
        self.no_match = False  # the latest search found nothing
        self.setPlaceholderText(tr("Type to search…"))
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionRole(TEXT_ROLE)
        completer.activated[QModelIndex].connect(self._chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_suggestions)
        self.textEdited.connect(self._typed)
        # Optional hooks (the enterprise picker, asfdesk.ui.profiles.enterprise_match): suggest with
        # no text typed (Down arrow), let `confirm(key, label)` refuse a suggestion, and let
        # `chosen_text(key, label)` give the text a suggestion leaves in the field.
        self.suggest_empty = False
        self.confirm: Callable[[Any, str], bool] | None = None
        self.chosen_text: Callable[[Any, str], str] | None = None

    def _typed(self, _text: str) -> None:
        if self.key is not None:
            self.key = None
            self.picked.emit(None)
        self._timer.start()

    def refresh_suggestions(self) -> None:
        """Ask for the suggestions of the current text (also called directly by tests)."""
        text = self.text().strip()
        self._asked += 1
        asked = self._asked
        if not text and not self.suggest_empty:
            self.no_match = False
            self.suggestions.clear()
            self.suggestionsReady.emit()
            return
        search, audit = self.search, (None if self.logged else self.audit)

        def find(session) -> list[tuple[Any, str]]:
            if session is None:
                return search(text)
            if audit is None:
                return search(session, text)
            return read_logged(session, lambda s: search(s, text), lambda s, rows: audit(s, len(rows)))

        op = QueryOp(
            parent=self, sessions=self.sessions, op=find, success=lambda rows: self._found(asked, rows)
        )
        op.failure(lambda exc: self._search_failed(asked, exc)).without_retry().run_in_background()

    def _found(self, asked: int, rows: list[tuple[Any, str]]) -> None:
        if asked != self._asked:
            return  # the user typed on
        if self.audit is not None:
            self.logged = True
        self.suggestions.clear()
        for key, label in rows:
            item = QStandardItem(label)
            item.setData(key, KEY_ROLE)
            item.setData(self.chosen_text(key, label) if self.chosen_text else label, TEXT_ROLE)
            self.suggestions.appendRow(item)
        self.no_match = not rows
        if self.no_match:  # say so in the list itself (it cannot be chosen)
            item = QStandardItem(no_match_text(self.text().strip()))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions.appendRow(item)
        if self.hasFocus() and self.suggestions.rowCount():
            self.completer().complete()
        self.suggestionsReady.emit()

    def _search_failed(self, asked: int, exc: BaseException) -> None:
        """Say why there are no suggestions in the list itself: no dialog on every typing pause."""
        if asked != self._asked:
            return
        if classify(exc) is FaultKind.BUG and not isinstance(exc, AccessNotLogged):
            error_dialogs.show_error(self, exc)
        self.suggestions.clear()
        message = failure_text(exc)
        item = QStandardItem(message)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.suggestions.appendRow(item)
        self.setToolTip(message)
        if self.hasFocus():
            self.completer().complete()
        self.suggestionsReady.emit()

    def _chosen(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is None:
            return
        label = index.data(TEXT_ROLE) or index.data(Qt.ItemDataRole.DisplayRole)
        if self.confirm is not None and not self.confirm(key, label):
            QTimer.singleShot(0, self.clear)  # after the completer has filled in the text
            return
        self.choose(key, label)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Down in a field with nothing typed shows the suggestions (when `suggest_empty`)."""
        asked = self.suggest_empty and event.key() == Qt.Key.Key_Down and not self.text()
        if asked and not self.completer().popup().isVisible():
            self.refresh_suggestions()
            return
        super().keyPressEvent(event)

    def choose(self, key: Any, label: str) -> None:
        self.key = key
        self.setText(label)
        self.setToolTip("")
        self.logged = False  # the next lookup is a new one
        self.picked.emit(key)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        if not self.completer().popup().isVisible():
            self.logged = False  # the picker session ends when the user leaves it
        super().focusOutEvent(event)


class PickerField(Field):
    """A form field holding the id chosen in a PickerEdit; `labeller(id)` names a loaded value.

    The labeller reaches the database, so it runs in a worker; a profile that loads its record
    fetches the labels in the same worker and hands them over with `remember_label`.
    """

    def __init__(
        self,
        search: Search,
        labeller: Callable[[Any], str],
        *,
        sessions: Sessions | None = None,
        audit: Audit | None = None,
    ) -> None:
        self.widget = PickerEdit(search, sessions=sessions, audit=audit)
        self.labeller = labeller
        self.labels: dict[Any, str] = {}

    def value(self) -> Any:
        return self.widget.key

    def remember_label(self, value: Any, label: str) -> None:
        self.labels[value] = label

    def set_value(self, value: Any) -> None:
        self.widget.key = value
        if value is None:
            self.widget.setText("")
        elif value in self.labels:
            self.widget.setText(self.labels[value])
        else:
            self.widget.setText("")
            labeller = self.labeller
            QueryOp(
                parent=self.widget,
                sessions=None,
                op=lambda _session: labeller(value),
                success=lambda label: self._labelled(value, label),
            ).run_in_background()

    def _labelled(self, value: Any, label: str) -> None:
        self.labels[value] = label
        if self.widget.key == value:
            self.widget.setText(label)
            self.widget.picked.emit(value)  # the form re-reads its state (title, dirty flag)

    def on_change(self, callback: Callback) -> None:
        self.widget.picked.connect(lambda _k: callback())

    def on_leave(self, callback: Callback) -> None:
        self.widget.editingFinished.connect(callback)

    def problem(self) -> str | None:
        text = self.widget.text().strip()
        if text and self.widget.key is None:
            if self.widget.no_match:
                return no_match_text(text)
            return tr("“%1” is not chosen. Pick one of the suggestions.").replace("%1", text)
        return None
