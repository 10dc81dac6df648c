"""'Use this person': the duplicate warning's way out, choosing the person who already exists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from asfdesk.services.duplicates import Candidate

MAX_OFFERED = 3  # the closest look-alikes; more would push the form off the window


class UsePersonButtons(QWidget):
    """One "Use this person: name (birth date)" button per look-alike; `chosen(id, label)`."""

    chosen = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_candidates(self, candidates: Sequence[Candidate]) -> None:
        self.clear()
        for candidate in candidates[:MAX_OFFERED]:
            born = f" ({candidate.birth_date.isoformat()})" if candidate.birth_date else ""
            label = candidate.name + born
            button = QPushButton(self.tr("Use this person: %1").replace("%1", label), self)
            button.clicked.connect(lambda _=False, c=candidate.id, t=label: self.chosen.emit(c, t))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(self.buttons))

    def clear(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self.hide()
