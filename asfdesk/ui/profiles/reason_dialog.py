"""Ask why a protected identity's profile is opened; the answer goes to the access log.

Non-modal to the rest of the app (`open()`, not `exec()`), so the event loop and the tests keep
running: `reasonGiven(text)` when the user presses Open, `rejected` on Cancel or Esc.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from asfdesk.ui.profiles.i18n import tr


class ReasonDialog(QDialog):
    """One line of text, required: Open stays disabled until something is typed."""

    reasonGiven = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Protected identity"))
        self.text = QLabel(
            tr(
                "This person has a protected identity (skyddade personuppgifter). Say why you "
                "open their profile. The reason is written to the access log."
            )
        )
        self.text.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(tr("e.g. follow-up meeting on 2026-12-01"))
        self.reason_edit.setMaxLength(500)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(tr("Open profile"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(False)
        for button in self.buttons.buttons():  # Enter in the field opens, never Cancel
            button.setAutoDefault(False)
        self.reason_edit.returnPressed.connect(self._accept)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda t: self.open_button.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _accept(self) -> None:
        if not self.reason() or not self.isVisible():
            return  # Enter in an empty field: stay; already answered: once only
        self.accept()
        self.reasonGiven.emit(self.reason())
