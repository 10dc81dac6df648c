"""Questions to the user with button texts from our own translations (Save / Discard / Cancel …).

Called as `dialogs.ask(...)` so tests can answer for the user by patching this one function.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from asfdesk.ui.profiles.i18n import tr

Button = QMessageBox.StandardButton


def _button_texts() -> dict[Button, str]:
    return {
        Button.Save: tr("Save"),
        Button.Discard: tr("Discard"),
        Button.Cancel: tr("Cancel"),
        Button.Yes: tr("Yes"),
        Button.No: tr("No"),
        Button.Ok: tr("OK"),
    }


def ask(parent: QWidget | None, title: str, text: str, buttons: list[Button], default: Button) -> Button:
    """Show a question and return the chosen button (Escape gives Cancel or No)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    texts = _button_texts()
    for button in buttons:
        box.addButton(button).setText(texts[button])
    box.setDefaultButton(default)
    return Button(box.exec())
