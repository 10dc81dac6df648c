"""The main window: one tab per list of the entity registry, menus, status bar, welcome panel.

It wires the generic tabs (asfdesk.ui.table) to the profile windows (asfdesk.ui.profiles), the
record services and the print/export/import dialogs, which it imports only when used. What a
tab shows, opens, deletes and prints comes from asfdesk.entities; nothing here names an entity.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asfdesk import __version__, entities
from asfdesk.db.engine import describe, is_sqlite, sqlite_path  # URL helpers only, no connection
from asfdesk.db.queries.overview import consultant_name, is_empty
from asfdesk.i18n import current_language
from asfdesk.scrub import scrub
from asfdesk.services.follow_ups import my_overdue_count
from asfdesk.services.roles import Permissions, Role, permissions, role_label
from asfdesk.ui import output_actions
from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.icons import icon
from asfdesk.ui.live import follow_database
from asfdesk.ui.operations import (
    ChangeKind,
    Changes,
    QueryOp,
    Sessions,
    WriteOp,
    login_of,
    publish,
    show_fault,
    tell_refused,
)
from asfdesk.ui.operations_database import back_up, open_database, schema_revision
from asfdesk.ui.operations_records import DeleteReport, delete_many, save_each
from asfdesk.ui.overview import OverviewPage
from asfdesk.ui.profiles.manager import ProfileManager
from asfdesk.ui.settings import app_settings, set_language_setting
from asfdesk.ui.table import EntityTab
from asfdesk.ui.welcome import WelcomePanel
from asfdesk.ui.widgets.follow_ups import MyFollowUpsWindow, overdue_message
from asfdesk.ui.workers import busy_tracker


class MainWindow(QMainWindow):
    """The app's window. `tab(list_key)` gives the EntityTab of "enterprises", "referrals" …"""

    databaseSwitched = Signal(bool)  # switch_database ended: the new database is shown (True) or not
    backupFinished = Signal(bool)  # back_up_database ended: the copy is stored (True) or not

    def __init__(self, database_url: str, sessions: Sessions, language: str | None = None) -> None:
        super().__init__()
        if language:
            install_translators(language)
        self.database_url = database_url
        self.sessions = sessions
        self.setWindowIcon(icon("app"))
        self.setWindowTitle("asfdesk")
        self._tabs: dict[str, EntityTab] = {}
        self._pages: dict[str, QWidget] = {}
        self._views: dict = {}  # tab list key -> ListViews, for tabs with more than one view
        self.profiles = None
        self.overview: OverviewPage | None = None  # the start view: the tab after the lists
        self._last_list = 0  # the list tab last shown (what Print, New … act on from Översikt)
        self.role = Role.ADMIN  # read from the server at start (_read_role); the server enforces it
        self.permissions = Permissions(Role.ADMIN)

        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setDocumentMode(True)
        self.welcome = WelcomePanel(self.stack)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.welcome.loadDemoRequested.connect(self.load_demo)
        self.welcome.importRequested.connect(self.import_data)
        self.welcome.startEmptyRequested.connect(self.show_tabs)

        self._create_actions()
        self._create_menus()
        self._create_status_bar()
        self._attach_database(database_url, sessions)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()
        self._restore_settings()

    # --- database -----------------------------------------------------------------------------

    def _attach_database(self, database_url: str, sessions: Sessions) -> None:
        """Build the tabs for a database (at start and after switching databases)."""
        self.database_url = database_url
        self.sessions = sessions
        self.profiles = self._make_profile_manager()
        keys = entities.list_keys()
        last = self.tabs.currentIndex()
        if last < 0:  # first build: open on Översikt, the start view (the tab after the lists)
            last = len(keys)
        for page in [*self._pages.values(), *([self.overview] if self.overview else [])]:
            page.deleteLater()
        self.tabs.blockSignals(True)
        self.tabs.clear()
        self._tabs, self._pages, self._views = {}, {}, {}
        for list_def in entities.lists():
            # Tabs are built when first shown (or asked for), so start-up builds and loads one.
            page = QWidget(self.tabs)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[list_def.key] = page
            self.tabs.addTab(page, icon(list_def.icon), "")
        self.overview = self._make_overview()
        self.tabs.setCurrentIndex(last)
        self.tabs.blockSignals(False)
        if last < len(keys):
            self.tab(keys[last])
        self.backup_action.setEnabled(is_sqlite(database_url))
        self.db_label.setText(describe(database_url))
        self.db_label.setToolTip(describe(database_url))
        self._retranslate_tabs()
        self._check_empty(lambda empty: self.stack.setCurrentWidget(self.welcome if empty else self.tabs))
        self._show_consultant()
        self.live = follow_database(self)  # other users' changes reach tabs and profiles (asfdesk.ui.live)
        self._read_role()

    def _check_empty(self, then) -> None:
        """Ask in a worker whether the database is empty (a first run offers the welcome panel)."""
        QueryOp(parent=self, sessions=self.sessions, op=is_empty, success=then).failure(
            lambda _exc: then(False)  # e.g. a reader's role may not look at every table: show the lists
        ).run_in_background()

    def _make_profile_manager(self) -> ProfileManager:
        if self.profiles is not None:
            self.profiles.close_all()
        manager = ProfileManager(self.sessions, self)  # its saves reach the tabs by operations.changes()
        manager.saved.connect(self._say_saved)
        return manager

    def _say_saved(self, _entity: str, _record_id: int) -> None:
        """A brief "Sparat" in the status bar after a profile is saved."""
        self.statusBar().showMessage(self.tr("Saved"), 3000)

    def _show_consultant(self) -> None:
        sessions = self.sessions
        user = login_of(sessions)

        QueryOp(
            parent=self.user_label,
            sessions=sessions,
            op=lambda session: consultant_name(session, user),
            success=lambda name: self.user_label.setText(name or user or ""),
        ).failure(lambda _exc: self.user_label.setText(user or "")).run_in_background()
        today = date.today()
        QueryOp(  # "Follow-ups overdue: 3" at start; nothing when none
            parent=self,
            sessions=sessions,
            op=lambda session: my_overdue_count(session, user, today),
            success=lambda found: found and self.statusBar().showMessage(overdue_message(found)),
        ).failure(lambda _exc: None).run_in_background()

    # --- role (issue 10): the server refuses what a role may not do; the window greys it out ------

    def _read_role(self) -> None:
        QueryOp(parent=self, sessions=self.sessions, op=permissions, success=self.apply_role).failure(
            lambda _exc: None  # the server still refuses; nothing to grey out without an answer
        ).run_in_background()

    def apply_role(self, allowed: Permissions) -> None:
        """Grey out what the role may not do and show it next to the consultant (on a server)."""
        self.role, self.permissions = allowed.role, allowed
        if self.profiles is not None:
            self.profiles.permissions = allowed  # Save and Delete in the profile windows
        writer, admin = allowed.may_write(), allowed.may_administer()
        self.import_action.setEnabled(writer)
        self.welcome.setEnabled(writer)
        self.consultants_action.setEnabled(admin)
        self.admin_menu.menuAction().setEnabled(admin)
        personal = [e.key for e in entities.all_entities() if e.personal]
        self.find_person_action.setEnabled(all(allowed.may_read(key) for key in personal))
        self.follow_ups_action.setEnabled(all(allowed.may_read(key) for key in personal))
        for index, list_def in enumerate(entities.lists()):
            self.tabs.setTabEnabled(index, allowed.may_read(list_def.entity))
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(next(i for i in range(self.tabs.count()) if self.tabs.isTabEnabled(i)))
        for tab in self.built_tabs():
            self._allow(tab)
        if self.overview is not None:
            self.overview.set_people_allowed(all(allowed.may_read(key) for key in personal))
        self._allow_actions()
        self._show_role()

    def _allow(self, tab: EntityTab) -> None:
        allowed = self.permissions
        tab.set_allowed(allowed.may_write(), allowed.may_delete(tab.definition.entity))

    def _allow_actions(self) -> None:
        """New and Delete of the window act on the list shown: allowed as that list allows."""
        self.new_action.setEnabled(self.permissions.may_write())
        if self._pages:
            self.delete_action.setEnabled(self.permissions.may_delete(self._current_entity()))

    def _current_entity(self) -> str:
        """The entity of the list the window's actions act on, without building a tab for it
        (at start the window shows Översikt and builds no list)."""
        index = self.tabs.currentIndex()
        lists = entities.lists()
        list_def = lists[index if 0 <= index < len(lists) else self._last_list]
        if list_def.key in self._tabs:
            return self.current_tab().definition.entity
        return list_def.entity

    def _show_role(self) -> None:
        self.role_label.setVisible(not is_sqlite(self.database_url))
        self.role_label.setText(self.tr("Role: %1").replace("%1", role_label(self.role)))
        self.role_label.setToolTip(self.tr("What the shared database lets you do"))

    def show_my_follow_ups(self) -> QWidget:
        """Ctrl+U: the due and overdue follow-ups of the user; Enter opens a referral."""
        window = MyFollowUpsWindow(self.sessions, lambda rid: self.profiles.open("referral", rid), self)
        window.show()
        window.list.setFocus()
        return window

    # --- reports and admin duties (their modules are imported when first used) ------------------

    def open_report(self, kind: str) -> QWidget:
        """Rapporter → Utfall…, Kapacitet…, Evenemang… (asfdesk.ui.reports_dialog)."""
        from asfdesk.ui.reports_dialog import open_report

        return open_report(self, kind)

    def open_region_summary(self) -> QWidget:
        """Rapporter → ASF i länet… (asfdesk.ui.region_dialog)."""
        from asfdesk.ui.region_dialog import open_dialog

        return open_dialog(self)

    def open_access_log(self) -> QWidget:
        """Admin → Åtkomstlogg… (asfdesk.ui.access_log_view)."""
        from asfdesk.ui.access_log_view import open_window

        return open_window(self)

    def show_purge(self) -> QWidget:
        """Admin → Gallring… (asfdesk.ui.gdpr_dialogs)."""
        from asfdesk.ui.gdpr_dialogs import show_purge

        return show_purge(self)

    def show_personal_data_settings(self) -> QWidget:
        """Admin → Personuppgiftsinställningar… (asfdesk.ui.gdpr_dialogs)."""
        from asfdesk.ui.gdpr_dialogs import show_settings

        return show_settings(self)

    def find_person(self) -> QWidget:
        """Ctrl+K: find any jobseeker by name or personnummer and open the profile."""
        from asfdesk.ui.find_person import FindPersonDialog

        dialog = FindPersonDialog(self.sessions, lambda pid: self.profiles.open("jobseeker", pid), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_consultants(self) -> QWidget:
        """File → Consultants…: add, rename and deactivate the app's users."""
        from asfdesk.ui.consultants_dialog import ConsultantsDialog

        dialog = ConsultantsDialog(self.sessions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh_all)  # the consultant filters and "Only mine"
        dialog.changed.connect(self._show_consultant)
        dialog.show()
        return dialog

    def switch_database(self, database_url: str) -> bool:
        """Open another database (a file or a server) in a worker; False if the user kept the
        current one (unsaved profiles). `databaseSwitched(ok)` says how it ended: a server that
        is slow to answer never freezes the window, and a fault is shown with Retry."""
        if self.profiles is not None and not self.profiles.close_all():
            return False
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", describe(database_url)))
        QueryOp(
            parent=self,
            sessions=None,
            op=lambda _none: open_database(database_url),
            success=lambda opened: self._opened(opened.url, opened.sessions),
        ).finished(self._open_finished).run_in_background()
        return True

    def _opened(self, database_url: str, sessions: Sessions) -> None:
        self._save_tab_settings()
        self._attach_database(database_url, sessions)

    def _open_finished(self, ok: bool) -> None:
        self.statusBar().clearMessage()
        self.databaseSwitched.emit(ok)

    def open_local_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open local database"),
            str(sqlite_path(self.database_url) or Path.home()),
            self.tr("asfdesk databases (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.switch_database(f"sqlite:///{path}")

    def connect_to_server(self) -> None:
        from asfdesk.ui.database_dialogs import ServerDialog

        dialog = ServerDialog(self)
        if dialog.exec():
            self.switch_database(dialog.database_url())

    def back_up_database(self) -> None:
        """Copy the local database to a file the user picks, in a worker (`backupFinished`)."""
        source = sqlite_path(self.database_url)
        if source is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            str(source.with_suffix(".backup.sqlite3")),
            "SQLite (*.sqlite3)",
        )
        if not target:
            return
        QueryOp(
            parent=self,
            sessions=None,
            op=lambda _none: back_up(source, Path(target)),  # the file dialog asked about overwriting
            success=lambda _path: self.statusBar().showMessage(
                self.tr("Backup saved to %1").replace("%1", target), 8000
            ),
        ).finished(self.backupFinished.emit).run_in_background()

    # --- welcome ------------------------------------------------------------------------------

    def load_demo(self) -> None:
        from asfdesk.demo import load_demo

        self.welcome.set_busy(True)
        WriteOp(
            parent=self,
            sessions=self.sessions,
            op=lambda sessions, _changes: load_demo(sessions),  # show_tabs re-reads every list
            success=lambda _summary: self.show_tabs(),
        ).finished(lambda _ok: self.welcome.set_busy(False)).run_in_background()

    def show_tabs(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.refresh_all()
        self._show_consultant()

    def refresh_all(self) -> None:
        if self.overview is not None:
            self.overview.reload()
        for tab in self.built_tabs():
            tab.model.refresh()
            tab.load_filter_choices()

    # --- tabs and records ---------------------------------------------------------------------

    def tab(self, list_key: str) -> EntityTab:
        """The tab of a list of asfdesk.entities ("enterprises", "referrals" …), built if needed."""
        tab = self._tabs.get(list_key)
        host = entities.tab_of(list_key)
        if tab is None and host not in self._tabs and host != list_key:  # a view inside another tab
            self.tab(host)
            return self._tabs[list_key]
        if tab is None:
            tab = EntityTab(self.sessions, list_key, self._pages.get(list_key))
            tab.openRequested.connect(lambda record_id, key=list_key: self.open_record(key, record_id))
            tab.newRequested.connect(lambda key=list_key: self.new_record(key))
            tab.deleteRequested.connect(lambda chosen, key=list_key: self.delete_records(key, chosen))
            tab.printRequested.connect(self.print_current)
            tab.exportRequested.connect(self.export_current)
            self._tabs[list_key] = tab
            self._allow(tab)
            if list_key in self._pages:  # a tab: with its other views (asfdesk.ui.list_views), if any
                self._pages[list_key].layout().addWidget(self._with_views(tab))
        return tab

    def _with_views(self, tab: EntityTab) -> QWidget:
        from asfdesk.ui.list_views import ListViews

        others = [self.tab(d.key) for d in entities.views(tab.entity)]
        if not others:
            return tab
        self._views[tab.entity] = views = ListViews([tab, *others], self._pages[tab.entity])
        views.currentChanged.connect(self._tab_changed)
        return views

    def built_tabs(self) -> list[EntityTab]:
        return list(self._tabs.values())

    def _make_overview(self) -> OverviewPage:
        """Översikt (asfdesk.ui.overview): its figures open lists (show_list) and records."""
        page = OverviewPage(self.sessions, self.tabs)
        page.listRequested.connect(self.show_list)
        page.openRequested.connect(lambda entity, record_id: self.profiles.open(entity, record_id))
        self.tabs.addTab(page, icon("overview"), "")
        return page

    def show_overview(self) -> None:
        """Ctrl+0: the start view."""
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.overview)

    def showing_overview(self) -> bool:
        return self.overview is not None and self.tabs.currentWidget() is self.overview

    def show_list(self, list_key: str, filters: dict) -> EntityTab:
        """Switch to a list showing exactly `filters` (no search): a figure on Översikt opens it."""
        host = entities.tab_of(list_key)
        self.tabs.setCurrentIndex(entities.list_keys().index(host))
        tab = self.tab(list_key)
        views = self._views.get(host)
        if views is not None:
            views.show_list(list_key)
        tab.show_filtered(filters)
        tab.view.setFocus()
        return tab

    def current_tab(self) -> EntityTab:
        """The list the user sees: the current tab's, or the view chosen inside it (on Översikt:
        the list tab shown last)."""
        index = self.tabs.currentIndex()
        keys = entities.list_keys()
        tab = self.tab(keys[index if 0 <= index < len(keys) else self._last_list])
        views = self._views.get(tab.entity)
        return views.current() if views is not None else tab

    def open_record(self, list_key: str, record_id: int) -> QWidget | None:
        """Open the profile a row of `list_key` opens (e.g. a partner contact's organisation)."""
        list_def = entities.list_def(list_key)
        if list_def.open_key is not None:  # the row's profile is another record's (looked up first)
            from asfdesk.db.queries import profile_id

            QueryOp(
                parent=self,
                sessions=self.sessions,
                op=lambda session: profile_id(session, list_key, record_id),
                success=lambda found: found is None or self.profiles.open(list_def.profile_entity, found),
            ).run_in_background()
            return None
        try:
            return self.profiles.open(list_def.profile_entity, record_id)
        except Exception as exc:
            show_error(self, exc)
            return None

    def new_record(self, list_key: str | None = None) -> QWidget | None:
        list_key = list_key or self.current_tab().entity
        try:
            return self.profiles.open(entities.list_def(list_key).new_entity, None)
        except Exception as exc:
            show_error(self, exc)
            return None

    def delete_records(self, list_key: str, chosen: list[tuple[int, str]]) -> None:
        """Ask, naming the records, then delete through the record service.

        A record others still refer to is not deleted; if its entity can be retired instead
        (an enterprise is closed), that is offered."""
        names = "\n".join(f"• {label}" for _, label in chosen[:10])
        if len(chosen) > 10:
            names += "\n…"
        question = self.tr("Delete these records? This cannot be undone.\n\n%1").replace("%1", names)
        if len(chosen) == 1:
            question = self.tr("Delete “%1”? This cannot be undone.").replace("%1", chosen[0][1])
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._delete_ids(list_key, [record_id for record_id, _label in chosen])

    def _delete_ids(self, list_key: str, ids: list[int]) -> None:
        """One operation deletes them all; the report says what was deleted, refused or left."""
        entity = entities.owner(list_key).key
        WriteOp(
            parent=self,
            sessions=self.sessions,
            op=lambda sessions, changes: delete_many(sessions, changes, entity, ids),
            success=lambda report: self._deleted(list_key, len(ids), report),
        ).run_in_background()

    def _deleted(self, list_key: str, asked: int, report: DeleteReport) -> None:
        owner = entities.owner(list_key)
        if report.error is not None:
            self.statusBar().showMessage(
                self.tr("%1 of %2 records were deleted before the error.")
                .replace("%1", str(len(report.deleted)))
                .replace("%2", str(asked)),
                15000,
            )
            if show_fault(self, report.error, allow_retry=True):
                self._delete_ids(list_key, report.not_tried)
        retire = []
        for record_id, message in report.refused:
            if not owner.retire_values:
                tell_refused(self, message)
            elif self._offer_retire(message, entities.text(owner.retire_text)):
                retire.append(record_id)
        if retire:
            values = dict(owner.retire_values)
            WriteOp(
                parent=self,
                sessions=self.sessions,
                op=lambda sessions, changes: save_each(sessions, changes, owner.key, retire, values),
            ).run_in_background()

    def _offer_retire(self, message: str, retire_text: str) -> bool:
        """Say why the record stays and offer to retire it instead (e.g. "Close enterprise")."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Cannot delete"), scrub(message), parent=self)
        retire_button = box.addButton(retire_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is retire_button

    def record_saved(self, entity: str, record_id: int) -> None:
        """A record was saved outside an operation: tell the tabs (see operations.changes())."""
        publish(Changes.of(entity, ChangeKind.UPDATED, record_id))

    def record_deleted(self, entity: str, record_id: int) -> None:
        """A record was deleted outside an operation: tell the tabs."""
        publish(Changes.of(entity, ChangeKind.DELETED, record_id))

    # --- print, export, import (asfdesk.ui.output_actions) ----------------------------------

    def output(self):
        """Print and export for this window's database (asfdesk.ui.print_export.Output)."""
        from asfdesk.ui.print_export import Output  # imported on first use: start-up stays fast

        return Output(self, self.sessions)

    def print_current(self, mode: str = "print") -> None:
        output_actions.print_tab(self.output(), self.current_tab(), mode)

    def export_current(self) -> None:
        output_actions.export_tab(self.output(), self.current_tab())

    def _offering(self, file_format: str) -> EntityTab:
        """The current tab if it offers `file_format`, else the first tab that does."""
        current = self.current_tab()
        if file_format in entities.list_def(current.entity).file_exports:
            return current
        return self.tab(next(d.key for d in entities.lists() if file_format in d.file_exports))

    def export_vcards(self) -> None:
        output_actions.export_vcards(self.output(), self._offering("vcard"))

    def export_calendar(self) -> None:
        output_actions.export_calendar(self.output(), self._offering("ics"))

    def import_data(self) -> None:
        from asfdesk.ui.import_wizard import ImportWizard  # imported on first use

        try:
            ImportWizard(self.sessions, self).exec()
        except Exception as exc:
            show_error(self, exc)
        self._check_empty(lambda empty: empty or self.show_tabs())

    # --- actions and menus --------------------------------------------------------------------

    def _make_action(self, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_db_action = self._make_action(self.open_local_database, icon_name="database")
        self.connect_action = self._make_action(self.connect_to_server)
        self.backup_action = self._make_action(self.back_up_database)
        self.print_action = self._make_action(lambda: self.print_current("print"), key.Print, "print")
        self.preview_action = self._make_action(lambda: self.print_current("preview"))
        self.pdf_action = self._make_action(lambda: self.print_current("pdf"))
        self.export_action = self._make_action(self.export_current, icon_name="export")
        self.vcard_action = self._make_action(self.export_vcards)
        self.ics_action = self._make_action(self.export_calendar)
        self.import_action = self._make_action(self.import_data, icon_name="import")
        self.quit_action = self._make_action(self.close, key.Quit)
        self.new_action = self._make_action(lambda: self.new_record(), key.New, "new")
        self.open_action = self._make_action(lambda: self.current_tab().open_current(), None, "open")
        self.delete_action = self._make_action(lambda: self.current_tab().delete_selected(), None, "delete")
        self.find_action = self._make_action(lambda: self.current_tab().focus_search(), key.Find, "search")
        self.refresh_action = self._make_action(self.refresh_all, key.Refresh, "refresh")
        self.about_action = self._make_action(self.show_about)
        self.find_person_action = self._make_action(self.find_person, "Ctrl+K", "search")
        self.consultants_action = self._make_action(self.show_consultants)
        self.follow_ups_action = self._make_action(self.show_my_follow_ups, "Ctrl+U", "event")
        # Reports and the Admin duties: their dialogs (openpyxl, Qt Charts …) load when chosen.
        self.report_actions = {
            kind: self._make_action(lambda _=False, kind=kind: self.open_report(kind))
            for kind in ("outcomes", "capacity", "events")
        }
        self.region_action = self._make_action(self.open_region_summary)
        self.access_log_action = self._make_action(self.open_access_log)
        self.purge_action = self._make_action(self.show_purge)
        self.personal_data_action = self._make_action(self.show_personal_data_settings)
        self.overview_action = self._make_action(self.show_overview, "Ctrl+0", "overview")
        self.addAction(self.overview_action)
        self.tab_actions = []
        for i in range(len(entities.list_keys())):
            action = self._make_action(lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
            self.addAction(action)
            self.tab_actions.append(action)
        self.language_group = QActionGroup(self)
        self.swedish_action = QAction(self, checkable=True)
        self.english_action = QAction(self, checkable=True)
        for action, language in ((self.swedish_action, "sv"), (self.english_action, "en")):
            self.language_group.addAction(action)
            action.triggered.connect(lambda _=False, lang=language: self.set_language(lang))
        (self.swedish_action if current_language() == "sv" else self.english_action).setChecked(True)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.open_db_action, self.connect_action, self.backup_action,
                       self.consultants_action, None,
                       self.print_action, self.preview_action, self.pdf_action, None,
                       self.export_action, self.vcard_action, self.ics_action, self.import_action, None,
                       self.quit_action):  # fmt: skip
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        for action in (self.new_action, self.open_action, self.delete_action, None, self.find_action,
                       self.find_person_action):  # fmt: skip
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.overview_action)
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.follow_ups_action)
        self.view_menu.addAction(self.refresh_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addAction(self.swedish_action)
        self.language_menu.addAction(self.english_action)
        # Reports (outcomes, capacity, events) and Admin (personal-data duties, access log) are
        # filled by their own modules; the role read at start greys out what may not be used.
        self.reports_menu = bar.addMenu("")
        self.admin_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        for action in (*self.report_actions.values(), self.region_action):
            self.reports_menu.addAction(action)
        for action in (self.access_log_action, self.purge_action, self.personal_data_action):
            self.admin_menu.addAction(action)

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.db_label = QLabel(self)
        self.user_label = QLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.user_label)
        self.role_label = QLabel(self)  # the server role (issue 10); hidden for a local file
        self.role_label.hide()
        status.addPermanentWidget(self.role_label)
        status.addPermanentWidget(self.busy)
        busy_tracker().busyChanged.connect(self.busy.setVisible)

    # --- language -----------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch Swedish/English live; everything re-labels through LanguageChange events."""
        set_language_setting(language)
        install_translators(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # re-label now
        (self.swedish_action if language == "sv" else self.english_action).setChecked(True)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_tabs(self) -> None:
        for i, list_def in enumerate(entities.lists()):
            title = entities.text(list_def.title)
            self.tabs.setTabText(i, title)
            self.tab_actions[i].setText(title)
        if self.overview is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.overview), self.tr("Overview"))
        self.overview_action.setText(self.tr("Overview"))

    def retranslate(self) -> None:
        self._retranslate_tabs()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.reports_menu.setTitle(self.tr("&Reports"))
        self.admin_menu.setTitle(self.tr("&Admin"))
        self._show_role()
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("Language"))
        texts = {
            self.open_db_action: self.tr("Open local database…"),
            self.connect_action: self.tr("Connect to server…"),
            self.backup_action: self.tr("Back up database…"),
            self.print_action: self.tr("Print…"),
            self.preview_action: self.tr("Print preview…"),
            self.pdf_action: self.tr("Export PDF…"),
            self.export_action: self.tr("Export…"),
            self.vcard_action: self.tr("Export contacts as vCard…"),
            self.ics_action: self.tr("Export events to calendar…"),
            self.import_action: self.tr("Import…"),
            self.quit_action: self.tr("Quit"),
            self.new_action: self.tr("New"),
            self.open_action: self.tr("Open"),
            self.delete_action: self.tr("Delete"),
            self.find_action: self.tr("Search"),
            self.refresh_action: self.tr("Refresh"),
            self.about_action: self.tr("About asfdesk"),
            self.find_person_action: self.tr("Find person…"),
            self.consultants_action: self.tr("Consultants…"),
            self.follow_ups_action: self.tr("My follow-ups"),
            self.report_actions["outcomes"]: self.tr("Outcomes…"),
            self.report_actions["capacity"]: self.tr("Capacity…"),
            self.report_actions["events"]: self.tr("Events…"),
            self.region_action: self.tr("ASFs in the county…"),
            self.access_log_action: self.tr("Access log…"),
            self.purge_action: self.tr("Retention (gallring)…"),
            self.personal_data_action: self.tr("Personal data settings…"),
            self.swedish_action: "Svenska",
            self.english_action: "English",
        }
        for action, text in texts.items():
            action.setText(text)
        self._tab_changed()

    def _tab_changed(self, *_args) -> None:
        self._allow_actions()
        if 0 <= self.tabs.currentIndex() < len(self._pages):
            self._last_list = self.tabs.currentIndex()
        if self.showing_overview() or not self._pages:  # Översikt: no list to export from
            self.vcard_action.setEnabled(False)
            self.ics_action.setEnabled(False)
            return
        offered = entities.list_def(self.current_tab().entity).file_exports if self._pages else ()
        self.vcard_action.setEnabled("vcard" in offered)
        self.ics_action.setEnabled("ics" in offered)

    # --- about, settings ----------------------------------------------------------------------

    def show_about(self) -> None:
        """The version, the database and its schema revision (read in a worker first)."""
        sessions = self.sessions
        QueryOp(
            parent=self,
            sessions=None,
            op=lambda _none: schema_revision(sessions),
            success=lambda revision: self._about(revision or "—"),
        ).failure(lambda _exc: self._about("?")).run_in_background()

    def about_text(self, revision: str) -> str:
        purpose = self.tr("For consultants working with work-integrating social enterprises.")
        database = self.tr("Database:")
        schema = self.tr("Schema revision:")
        text = (
            f"<h3>asfdesk {__version__}</h3><p>{purpose}</p>"
            f"<p>{database} {describe(self.database_url)}<br>{schema} {revision}</p>"
        )
        return text

    def _about(self, revision: str) -> None:
        QMessageBox.about(self, self.tr("About asfdesk"), self.about_text(revision))

    def default_size(self) -> QSize:
        """1180×640, or less on a smaller work area (1280×720 is a 1080p screen at 150 %)."""
        size = QSize(1180, 640)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            size = size.boundedTo(QSize(area.width() - 40, area.height() - 80))
        return size.expandedTo(self.minimumSizeHint())

    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.default_size())
        # The window opens on Översikt, the start view; "window/tab" is still saved (the list
        # tab shown last), for whoever wants to offer "open where I left off".

    def _save_tab_settings(self) -> None:
        for tab in self.built_tabs():
            tab.save_settings()

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        if not self.showing_overview():  # (on Översikt: no list tab built just to name it)
            settings.setValue("window/tab", entities.tab_of(self.current_tab().entity))
        self._save_tab_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.profiles is not None and not self.profiles.close_all():
            event.ignore()
            return
        self.save_settings()
        self.live.stop()
        super().closeEvent(event)
