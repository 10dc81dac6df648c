"""A tab with more than one view of its rows: a toggle ("Contacts | Organisations") over a stack.

The entity registry says which lists are views of another list's tab (`ListDef.view_of`); the
main window builds an EntityTab for each and puts them here. Each view keeps its own search,
filters and sort; the toggle (or Alt+the underlined letter) switches between them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from asfdesk import entities
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table import EntityTab


class ListViews(QWidget):
    """The views of one tab; `current()` is the EntityTab the user sees."""

    currentChanged = Signal(str)  # the list key now shown

    def __init__(self, tabs: list[EntityTab], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.stack = QStackedWidget(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.setSpacing(0)
        for index, tab in enumerate(tabs):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.group.addButton(button, index)
            bar.addWidget(button)
            self.stack.addWidget(tab)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.group.idClicked.connect(self.show_view)
        saved = app_settings().value(f"views/{tabs[0].entity}")
        keys = [t.entity for t in tabs]
        self.show_view(keys.index(saved) if saved in keys else 0)
        self.retranslate()

    def current(self) -> EntityTab:
        return self.tabs[self.stack.currentIndex()]

    def show_view(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.group.button(index).setChecked(True)
        app_settings().setValue(f"views/{self.tabs[0].entity}", self.tabs[index].entity)
        self.currentChanged.emit(self.tabs[index].entity)

    def show_list(self, list_key: str) -> EntityTab:
        """Show the view of list `list_key` and return its tab."""
        self.show_view([t.entity for t in self.tabs].index(list_key))
        return self.current()

    def retranslate(self) -> None:
        for index, tab in enumerate(self.tabs):
            self.group.button(index).setText(entities.text(entities.list_def(tab.entity).title))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
