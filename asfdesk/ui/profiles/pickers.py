"""Search-as-you-type picker: a line edit whose completer is filled from a LIMITed DB query."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from asfdesk.ui.profiles.fields import Callback, Field
from asfdesk.ui.profiles.i18n import tr

Search = Callable[[str], list[tuple[Any, str]]]  # text -> [(key, label)]
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class PickerEdit(QLineEdit):
    """Typing runs `search` (debounced); choosing a suggestion sets `key` and emits `picked`."""

    picked = Signal(object)

    def __init__(self, search: Search, parent=None) -> None:
        super().__init__(parent)
        self.search = search
        self.key: Any = None
        self.setPlaceholderText(tr("Type to search…"))
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_suggestions)
        self.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        if self.key is not None:
            self.key = None
            self.picked.emit(None)
        self._timer.start()

    def refresh_suggestions(self) -> None:
        """Fill the suggestion list for the current text (also called directly by tests)."""
        text = self.text().strip()
        self.suggestions.clear()
        if not text:
            return
        for key, label in self.search(text):
            item = QStandardItem(label)
            item.setData(key, KEY_ROLE)
            self.suggestions.appendRow(item)
        if self.hasFocus() and self.suggestions.rowCount():
            self.completer().complete()

    def _chosen(self, index: QModelIndex) -> None:
        self.choose(index.data(KEY_ROLE), index.data(Qt.ItemDataRole.DisplayRole))

    def choose(self, key: Any, label: str) -> None:
        self.key = key
        self.setText(label)
        self.picked.emit(key)


class PickerField(Field):
    """A form field holding the id chosen in a PickerEdit; `labeller(id)` names a loaded value."""

    def __init__(self, search: Search, labeller: Callable[[Any], str]) -> None:
        self.widget = PickerEdit(search)
        self.labeller = labeller

    def value(self) -> Any:
        return self.widget.key

    def set_value(self, value: Any) -> None:
        self.widget.key = value
        self.widget.setText(self.labeller(value) if value is not None else "")

    def on_change(self, callback: Callback) -> None:
        self.widget.picked.connect(lambda _k: callback())

    def on_leave(self, callback: Callback) -> None:
        self.widget.editingFinished.connect(callback)

    def problem(self) -> str | None:
        text = self.widget.text().strip()
        if text and self.widget.key is None:
            return tr("“%1” is not chosen. Pick one of the suggestions.").replace("%1", text)
        return None
