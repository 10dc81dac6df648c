"""Choosing a database: a local SQLite file or a shared PostgreSQL server.

The server URL is remembered without its password; the password is asked for each time, or kept
in the system keyring when the optional `keyring` package is installed and the user agrees.
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from asfdesk.ui.settings import app_settings

KEYRING_SERVICE = "asfdesk"


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def url_without_password(url: str) -> str:
    return make_url(url).set(password=None).render_as_string(hide_password=False)


class ServerDialog(QDialog):
    """Asks for a PostgreSQL URL and a password; `database_url()` combines them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to server"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("postgresql+psycopg://user@server/asfdesk")
        self.url_edit.setText(app_settings().value("server/url", "") or "")
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.url_edit.setMinimumWidth(380)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        self.remember.setVisible(_keyring() is not None)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Server address:"), self.url_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.remember)
        form.addRow(self.error)
        form.addRow(buttons)
        self._prefill_password()

    def _prefill_password(self) -> None:
        keyring = _keyring()
        if keyring is None or not self.url_edit.text():
            return
        try:
            saved = keyring.get_password(KEYRING_SERVICE, self.url_edit.text())
        except Exception:  # no usable keyring backend
            return
        if saved:
            self.password_edit.setText(saved)
            self.remember.setChecked(True)

    def database_url(self) -> str:
        url = make_url(self.url_edit.text().strip())
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if self.password_edit.text():
            url = url.set(password=self.password_edit.text())
        return url.render_as_string(hide_password=False)

    def _accept(self) -> None:
        try:
            url = make_url(self.url_edit.text().strip())
        except ArgumentError:
            url = None
        if url is None or url.get_backend_name() != "postgresql":
            self.error.setText(self.tr("Enter a PostgreSQL address, like postgresql://user@server/asfdesk"))
            return
        plain = url_without_password(self.url_edit.text().strip())
        app_settings().setValue("server/url", plain)
        keyring = _keyring()
        if keyring is not None and self.remember.isChecked() and self.password_edit.text():
            # Without a usable keyring backend the password is simply not remembered.
            with contextlib.suppress(Exception):
                keyring.set_password(KEYRING_SERVICE, plain, self.password_edit.text())
        self.accept()
