"""Consultants in the app: the admin dialog (add, rename, deactivate) and "Who are you?".

Every read and write is an operation (asfdesk.ui.operations) over asfdesk.services.consultants,
the same functions as `asfdesk user add/list/disable/rename/enable`. A consultant is never
deleted, only deactivated: referrals keep pointing at who did the work.

Who is using the app: the session user (the OS login) unless the user chose a consultant under
"Who are you?", which is remembered in the settings (`consultant/login`). `use_login` makes that
login the app's user: it stamps changes, names new records' default consultant and is what
"Only mine" in the lists means.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asfdesk.db.engine import is_sqlite
from asfdesk.entities.filters import set_current_login
from asfdesk.services import consultants as svc
from asfdesk.ui.operations import ChangeRecorder, QueryOp, Sessions, WriteOp, login_of, show_fault
from asfdesk.ui.settings import app_settings

SETTING = "consultant/login"
LOGIN_ROLE = Qt.ItemDataRole.UserRole + 1

Row = tuple[str, str, bool]  # (login, name, active)


def _rows(session, include_inactive: bool = True) -> list[Row]:
    return [(c.username, c.name, c.active) for c in svc.list_consultants(session, include_inactive)]


def remembered_login() -> str | None:
    value = app_settings().value(SETTING)
    return value if isinstance(value, str) and value else None


def use_login(sessions: Sessions, login: str, remember: bool = True) -> None:
    """Make `login` the app's user (new sessions, "Only mine"), and remember it if asked."""
    sessions.configure(info={"user": login})
    set_current_login(login)
    if remember:
        app_settings().setValue(SETTING, login)


def _saving(work):
    """The body of a consultant write: `work(session)` in one transaction, its change noted."""

    def op(factory: Sessions, changes: ChangeRecorder) -> tuple[str, str]:
        with factory() as session, session.begin():
            result = work(session)
            changes.updated("consultant", result.id)
            return result.username, result.name

    return op


def _failure(parent: QWidget, say):
    """A ConsultantError (taken or malformed login) is said next to the form; others as usual."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, svc.ConsultantError):
            say(str(exc))
        else:
            show_fault(parent, exc, allow_retry=False)
            say("")

    return failed


class ConsultantsDialog(QDialog):
    """Settings → Consultants…: the list, and a form to add, rename, deactivate or activate."""

    changed = Signal()  # a consultant was added or changed (lists re-read their consultant filters)
    loaded = Signal()  # the list shows the database's consultants

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(3)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.login_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.form_box = QGroupBox(self)
        form = QFormLayout(self.form_box)
        self.login_label = QLabel(self)
        self.name_label = QLabel(self)
        self.login_label.setBuddy(self.login_edit)
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.name_label, self.name_edit)
        self.add_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.active_button = QPushButton(self)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 480)

        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.currentItemChanged.connect(self._selected)
        self.login_edit.returnPressed.connect(self.add)
        self.name_edit.returnPressed.connect(lambda: self.rename() if self.selected_login() else self.add())
        self.retranslate()
        self._selected()
        self.reload()

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consultants"))
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Status")])
        self.form_box.setTitle(self.tr("Consultant"))
        self.login_label.setText(self.tr("&Login:"))
        self.name_label.setText(self.tr("&Name:"))
        self.login_edit.setPlaceholderText(self.tr("as when signing in to the computer, e.g. anna.berg"))
        self.add_button.setText(self.tr("&Add"))
        self.rename_button.setText(self.tr("&Rename"))
        self._selected()
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setText(2, self._status_text(item.data(0, Qt.ItemDataRole.UserRole + 2)))

    def _status_text(self, active: bool) -> str:
        return self.tr("Active") if active else self.tr("Deactivated")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- list ---------------------------------------------------------------------------------

    def reload(self, select_login: str | None = None) -> None:
        QueryOp(
            parent=self, sessions=self.sessions, op=_rows, success=lambda rows: self._show(rows, select_login)
        ).run_in_background()

    def _show(self, rows: list[Row], select_login: str | None) -> None:
        selected = select_login or self.selected_login()
        self.table.clear()
        for login, name, active in rows:
            item = QTreeWidgetItem([name, login, self._status_text(active)])
            item.setData(0, LOGIN_ROLE, login)
            item.setData(0, Qt.ItemDataRole.UserRole + 2, active)
            if not active:
                item.setForeground(0, self.palette().placeholderText())
            self.table.addTopLevelItem(item)
            if login == selected:
                self.table.setCurrentItem(item)
        self._selected()
        self.loaded.emit()

    def selected_login(self) -> str | None:
        item = self.table.currentItem()
        return None if item is None else item.data(0, LOGIN_ROLE)

    def _selected(self, *_args) -> None:
        item = self.table.currentItem()
        chosen = item is not None
        self.rename_button.setEnabled(chosen)
        self.active_button.setEnabled(chosen)
        active = bool(item.data(0, Qt.ItemDataRole.UserRole + 2)) if chosen else True
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("Ac&tivate"))
        if chosen:
            self.login_edit.setText(item.data(0, LOGIN_ROLE))
            self.name_edit.setText(item.text(0))

    # --- writes -------------------------------------------------------------------------------

    def _name(self) -> str | None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.say(self.tr("Enter the consultant's name."))
            self.name_edit.setFocus()
            return None
        return name

    def add(self) -> None:
        name = self._name()
        login = self.login_edit.text()
        if name is None:
            return
        self._run(lambda s: svc.add_consultant(s, login, name))

    def rename(self) -> None:
        login, name = self.selected_login(), self._name()
        if login is None or name is None:
            return
        self._run(lambda s: svc.rename_consultant(s, login, name))

    def toggle_active(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        login, active = item.data(0, LOGIN_ROLE), bool(item.data(0, Qt.ItemDataRole.UserRole + 2))
        self._run(lambda s: svc.set_active(s, login, not active))

    def _run(self, work) -> None:
        WriteOp(parent=self, sessions=self.sessions, op=_saving(work), success=self._done).failure(
            _failure(self, self.say)
        ).run_in_background()

    def _done(self, result: tuple[str, str]) -> None:
        login, name = result
        self.say(self.tr("Saved: %1").replace("%1", name), error=False)
        self.changed.emit()
        self.reload(select_login=login)

    def say(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: palette(highlight);" if not error else "color: #b00020;")


class WhoAreYouDialog(QDialog):
    """First start with an unknown login: pick yourself among the consultants, or register."""

    chosen = Signal(str, str)  # login, name

    def __init__(
        self,
        sessions: Sessions,
        consultants: list[Row],
        login: str,
        parent: QWidget | None = None,
        server: bool = False,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.login = login
        # On a shared server you are the login you connected as (the server stamps it on every
        # change): no choosing someone else, only registering your own login's name.
        self.server = server
        consultants = [] if server else consultants
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.people = QListWidget(self)
        for person_login, name, _active in consultants:
            item = QListWidgetItem(f"{name} ({person_login})")
            item.setData(LOGIN_ROLE, (person_login, name))
            self.people.addItem(item)
        self.pick_button = QPushButton(self)
        self.pick_button.setDefault(bool(consultants))
        self.new_box = QGroupBox(self)
        form = QFormLayout(self.new_box)
        self.login_edit = QLineEdit(login, self)
        self.login_edit.setReadOnly(server)
        self.name_edit = QLineEdit(self)
        self.login_label, self.name_label = QLabel(self), QLabel(self)
        self.login_label.setBuddy(self.login_edit)
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.name_label, self.name_edit)
        self.register_button = QPushButton(self)
        form.addRow(self.register_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.pick_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.new_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.people.setVisible(bool(consultants))
        self.pick_button.setVisible(bool(consultants))
        if consultants:
            self.people.setCurrentRow(0)
        self.pick_button.clicked.connect(self.choose_selected)
        self.people.itemActivated.connect(lambda _item: self.choose_selected())
        self.register_button.clicked.connect(self.register)
        self.name_edit.returnPressed.connect(self.register)
        self.retranslate()
        (self.people if consultants else self.name_edit).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who are you?"))
        intro = self.tr("Your login “%1” is not a registered consultant.").replace("%1", self.login)
        if self.server:
            intro += " " + self.tr(
                "On a shared server you are the login you connected with. Register your name, or "
                "ask your administrator to add you (asfdesk user add)."
            )
        elif self.people.count():
            intro += " " + self.tr("Choose yourself in the list, or register as a new consultant.")
        else:
            intro += " " + self.tr("Register yourself as the first consultant.")
        self.intro.setText(intro)
        self.pick_button.setText(self.tr("&This is me"))
        self.new_box.setTitle(self.tr("New consultant"))
        self.login_label.setText(self.tr("&Login:"))
        self.name_label.setText(self.tr("&Name:"))
        self.register_button.setText(self.tr("&Register me"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_selected(self) -> None:
        item = self.people.currentItem()
        if item is not None:
            login, name = item.data(LOGIN_ROLE)
            self._chose((login, name))

    def register(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.message.setText(self.tr("Enter your name."))
            self.name_edit.setFocus()
            return
        login = self.login_edit.text()
        work = _saving(lambda session: svc.add_consultant(session, login, name))
        WriteOp(parent=self, sessions=self.sessions, op=work, success=self._chose).failure(
            _failure(self, self.message.setText)
        ).run_in_background()

    def _chose(self, result: tuple[str, str]) -> None:
        self.chosen.emit(*result)
        self.accept()


def ask_who_if_unknown(window, on_known=None) -> None:
    """At start: use the remembered consultant; if the login is no active consultant, ask.

    `window` has `sessions` and `user_label` (the main window); `on_known(login, name)` runs
    when the user is (or becomes) a known consultant.
    """
    sessions = window.sessions
    # On a shared server the login is the server's (session_user), never one remembered locally.
    remembered = remembered_login() if is_sqlite(getattr(window, "database_url", "sqlite://")) else None
    login = remembered or login_of(sessions)

    def read(session):
        me = svc.current_consultant(session, login) if login else None
        return (None if me is None else (me.username, me.name)), _rows(session, include_inactive=False)

    def answered(result) -> None:
        me, consultants = result
        if me is not None:
            _known(window, me[0], me[1], remembered is not None, on_known)
            return
        server = not is_sqlite(getattr(window, "database_url", "sqlite://"))
        dialog = WhoAreYouDialog(sessions, consultants, login_of(sessions), window, server=server)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda who, name: _known(window, who, name, True, on_known))
        window.who_dialog = dialog
        dialog.open()

    QueryOp(parent=window, sessions=sessions, op=read, success=answered).run_in_background()


def _known(window, login: str, name: str, remember: bool, on_known) -> None:
    use_login(window.sessions, login, remember=remember)
    window.user_label.setText(name)
    if on_known is not None:
        on_known(login, name)
