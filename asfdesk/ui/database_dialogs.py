"""Choosing a database: a local SQLite file or a shared PostgreSQL server; and what to do when
the database can't be opened at start.

The server URL is remembered without its password. A password lives only in the system keyring
(when the user agrees and a keyring backend works), in libpq's `.pgpass`/`PGPASSFILE`, or in a
`service=` entry; otherwise it is asked for each time.
"""

from __future__ import annotations

import contextlib
from enum import Enum
from types import ModuleType

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from asfdesk.db.engine import without_password
from asfdesk.i18n import translate
from asfdesk.ui.settings import app_settings

KEYRING_SERVICE = "asfdesk"


def usable_keyring() -> ModuleType | None:
    """The keyring module when it is installed and has a real backend, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:  # a broken backend configuration: behave as if there were none
        return None
    return keyring


def url_without_password(url: str) -> str:
    """The URL to remember in settings and to use as the keyring key: no password in it."""
    return without_password(url).render_as_string(hide_password=False)


SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")  # "" = libpq's default


def server_url(
    host: str = "",
    port: str = "",
    database: str = "",
    user: str = "",
    sslmode: str = "",
    service: str = "",
) -> str:
    """A PostgreSQL URL from the dialog's fields, never with a password.

    `service` names an entry of pg_service.conf (PGSERVICEFILE); the other fields, when given,
    override what the entry says, as libpq does. libpq fills in what is left out: the port
    5432, the user the OS login, the password from .pgpass (PGPASSFILE).
    """
    query = {key: value for key, value in (("service", service), ("sslmode", sslmode)) if value}
    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        host=host or None,
        port=int(port) if port.isdigit() else None,
        database=database or None,
        query=query,
    )
    return url.render_as_string(hide_password=False)


class ServerDialog(QDialog):
    """Asks where the server is (host, port, database, user, SSL mode, or a `service=` name from
    pg_service.conf) and a password; `database_url()` combines them.

    The address line shows the same as a URL (and accepts one pasted in); the two follow each
    other. The password is kept in memory only, or in the OS keyring when the box is ticked; an
    empty password lets libpq look in .pgpass.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to server"))
        self.service_edit = QLineEdit(self)
        self.service_edit.setPlaceholderText(self.tr("a name in pg_service.conf (optional)"))
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText("db.kommun.se")
        self.port_edit = QLineEdit(self)
        self.port_edit.setPlaceholderText("5432")
        self.port_edit.setValidator(QIntValidator(1, 65535, self.port_edit))
        self.database_edit = QLineEdit(self)
        self.database_edit.setPlaceholderText("asfdesk")
        self.user_edit = QLineEdit(self)
        self.ssl_combo = QComboBox(self)
        for mode in SSL_MODES:
            self.ssl_combo.addItem(mode or self.tr("default (prefer)"), mode)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("postgresql+psycopg://user@server/asfdesk")
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.url_edit.setMinimumWidth(380)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("empty: from .pgpass, or not needed"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        self.remember.setVisible(usable_keyring() is not None)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Service:"), self.service_edit)
        form.addRow(self.tr("Host:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_edit)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User:"), self.user_edit)
        form.addRow(self.tr("SSL mode:"), self.ssl_combo)
        form.addRow(self.tr("Server address:"), self.url_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.remember)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self._fields = (self.service_edit, self.host_edit, self.port_edit, self.database_edit, self.user_edit)
        for edit in self._fields:
            edit.textEdited.connect(self._fields_changed)
        self.ssl_combo.activated.connect(self._fields_changed)
        self.url_edit.textChanged.connect(self._url_changed)
        self.url_edit.setText(app_settings().value("server/url", "") or "")
        self._prefill_password()

    def _fields_changed(self, *_args) -> None:
        """The fields were edited: the address line follows."""
        url = server_url(
            self.host_edit.text().strip(),
            self.port_edit.text().strip(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
            self.ssl_combo.currentData() or "",
            self.service_edit.text().strip(),
        )
        self.url_edit.blockSignals(True)
        self.url_edit.setText(url)
        self.url_edit.setCursorPosition(0)  # the start of a long address: scheme, user, host
        self.url_edit.blockSignals(False)

    def _url_changed(self, text: str) -> None:
        """An address was typed or pasted: the fields follow (a password in it stays out of them)."""
        try:
            url = make_url(text.strip())
        except ArgumentError:
            return
        if url.get_backend_name() != "postgresql":
            return
        query = url.query
        values = {
            self.service_edit: query.get("service", ""),
            self.host_edit: url.host or query.get("host", ""),
            self.port_edit: str(url.port or query.get("port", "") or ""),
            self.database_edit: url.database or "",
            self.user_edit: url.username or "",
        }
        for edit, value in values.items():
            edit.setText(value if isinstance(value, str) else ",".join(value))
        index = self.ssl_combo.findData(query.get("sslmode", ""))
        self.ssl_combo.setCurrentIndex(max(index, 0))

    def _prefill_password(self) -> None:
        keyring = usable_keyring()
        if keyring is None or not self.url_edit.text():
            return
        try:
            saved = keyring.get_password(KEYRING_SERVICE, self.url_edit.text())
        except Exception:  # no usable keyring backend
            return
        if saved:
            self.password_edit.setText(saved)
            self.remember.setChecked(True)

    def _password(self) -> str:
        """The password field, or one typed into the address itself."""
        if self.password_edit.text():
            return self.password_edit.text()
        try:
            return make_url(self.url_edit.text().strip()).password or ""
        except ArgumentError:
            return ""

    def database_url(self) -> str:
        """The URL to connect with, password included: keep it in memory only."""
        url = make_url(self.url_edit.text().strip())
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if self._password():
            url = url.set(password=self._password())
        return url.render_as_string(hide_password=False)

    def _accept(self) -> None:
        try:
            url = make_url(self.url_edit.text().strip())
        except ArgumentError:
            url = None
        if url is None or url.get_backend_name() != "postgresql":
            self.error.setText(self.tr("Enter a PostgreSQL address, like postgresql://user@server/asfdesk"))
            return
        if not url.database and not url.query.get("service"):
            self.error.setText(self.tr("Enter the database's name, or a service from pg_service.conf."))
            return
        plain = url_without_password(self.url_edit.text().strip())
        password = self._password()
        app_settings().setValue("server/url", plain)
        # A password typed into the address moves to the password field, out of sight.
        self.url_edit.setText(plain)
        self.password_edit.setText(password)
        keyring = usable_keyring()
        if keyring is not None and self.remember.isChecked() and password:
            # Without a usable keyring backend the password is simply not remembered.
            with contextlib.suppress(Exception):
                keyring.set_password(KEYRING_SERVICE, plain, password)
        self.accept()


class StartupChoice(Enum):
    RETRY = "retry"
    OPEN_OTHER = "open_other"
    QUIT = "quit"


class StartupProblemDialog(QMessageBox):
    """The database can't be opened at start (server down, damaged file, schema behind).

    Says why in one sentence and offers Retry / Open another database / Quit: never a traceback.
    """

    def __init__(self, reason: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("asfdesk")
        self.setText(self.tr("asfdesk can't open the database %1.").replace("%1", where))
        self.setInformativeText(reason)
        self.retry_button = self.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        self.open_button = self.addButton(
            self.tr("Open another database…"), QMessageBox.ButtonRole.ActionRole
        )
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> StartupChoice:
        """What the user clicked (Quit when the dialog was closed some other way)."""
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            return StartupChoice.RETRY
        if clicked is self.open_button:
            return StartupChoice.OPEN_OTHER
        return StartupChoice.QUIT

    def ask(self) -> StartupChoice:
        self.exec()
        return self.choice()


def choose_local_database(parent: QWidget | None = None) -> str | None:
    """Ask for an existing SQLite file; its URL, or None when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("StartupProblemDialog", "Open local database"),
        "",
        translate("StartupProblemDialog", "asfdesk databases (*.sqlite3 *.db);;All files (*)"),
    )
    return f"sqlite:///{path}" if path else None
