"""The main window: four tabs of paged lists, menus, status bar and the first-run welcome panel.

It wires the generic tabs (asfdesk.ui.table) to the profile windows (asfdesk.ui.profiles), the
record services and the print/export/import dialogs, which it imports only when used.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
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
from sqlalchemy.orm import Session, sessionmaker

from asfdesk import __version__
from asfdesk.db.engine import describe, is_sqlite, sqlite_path
from asfdesk.db.queries import ENTITIES
from asfdesk.db.queries.overview import consultant_name, is_empty
from asfdesk.domain.errors import StillReferencedError
from asfdesk.i18n import current_language
from asfdesk.ui import output_actions
from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.icons import icon
from asfdesk.ui.settings import app_settings, set_language_setting
from asfdesk.ui.table import EntityTab
from asfdesk.ui.table.guard import if_alive
from asfdesk.ui.welcome import WelcomePanel
from asfdesk.ui.workers import busy_tracker, run_in_thread

# Which profile opens from a row of each tab, and what a row's Delete removes.
PROFILE_ENTITY = {
    "enterprises": "enterprise",
    "referrals": "referral",
    "partner_contacts": "partner_organisation",
    "events": "event",
}
DELETE_ENTITY = {
    "enterprises": "enterprise",
    "referrals": "referral",
    "partner_contacts": "contact",
    "events": "event",
}
# After a profile saves (entity, id): tabs showing that record's own row, and tabs that only
# show its name (their loaded pages are re-read).
OWN_ROW = {
    "enterprise": "enterprises",
    "referral": "referrals",
    "contact": "partner_contacts",
    "event": "events",
}
SHOWS_NAME = {
    "enterprise": ("referrals", "events"),
    "jobseeker": ("referrals",),
    "partner_organisation": ("partner_contacts", "events"),
    "contact": ("events",),
}


def _module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


class MainWindow(QMainWindow):
    """The app's window. `tab(entity)` gives the EntityTab of "enterprises", "referrals" …"""

    def __init__(
        self, database_url: str, sessions: sessionmaker[Session], language: str | None = None
    ) -> None:
        super().__init__()
        if language:
            install_translators(language)
        self.database_url = database_url
        self.sessions = sessions
        self.setWindowIcon(icon("app"))
        self.setWindowTitle("asfdesk")
        self._tabs: dict[str, EntityTab] = {}
        self._pages: dict[str, QWidget] = {}
        self.profiles = None

        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setDocumentMode(True)
        self.welcome = WelcomePanel(_module_available("asfdesk.ui.import_wizard"), self.stack)
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

    def _attach_database(self, database_url: str, sessions: sessionmaker[Session]) -> None:
        """Build the tabs for a database (at start and after switching databases)."""
        self.database_url = database_url
        self.sessions = sessions
        self.profiles = self._make_profile_manager()
        last = self.tabs.currentIndex()
        if last < 0:  # first build: open on the tab the user left last time
            saved = app_settings().value("window/tab")
            last = ENTITIES.index(saved) if saved in ENTITIES else 0
        for page in self._pages.values():
            page.deleteLater()
        self.tabs.blockSignals(True)
        self.tabs.clear()
        self._tabs, self._pages = {}, {}
        for entity in ENTITIES:
            # Tabs are built when first shown (or asked for), so start-up builds and loads one.
            page = QWidget(self.tabs)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[entity] = page
            self.tabs.addTab(page, icon(_TAB_ICONS[entity]), "")
        self.tabs.setCurrentIndex(last)
        self.tabs.blockSignals(False)
        self.tab(ENTITIES[last])
        self.backup_action.setEnabled(is_sqlite(database_url))
        self.db_label.setText(describe(database_url))
        self.db_label.setToolTip(describe(database_url))
        self._retranslate_tabs()
        with sessions() as session:
            empty = is_empty(session)
        self.stack.setCurrentWidget(self.welcome if empty else self.tabs)
        self._show_consultant()

    def _make_profile_manager(self):
        if self.profiles is not None:
            self.profiles.close_all()
        try:
            from asfdesk.ui.profiles.manager import ProfileManager
        except ImportError:
            return None
        manager = ProfileManager(self.sessions, self)
        manager.saved.connect(self.record_saved)
        manager.deleted.connect(self.record_deleted)
        return manager

    def _show_consultant(self) -> None:
        sessions = self.sessions
        user = (sessions.kw.get("info") or {}).get("user")

        def fetch():
            with sessions() as session:
                return consultant_name(session, user)

        run_in_thread(
            fetch, on_done=if_alive(self.user_label, lambda name: self.user_label.setText(name or user or ""))
        )

    def switch_database(self, database_url: str) -> bool:
        """Open another database (a file or a server); False if it could not be opened."""
        from asfdesk.db.engine import make_engine
        from asfdesk.db.migrate import prepare_database
        from asfdesk.db.session import make_session_factory

        if self.profiles is not None and not self.profiles.close_all():
            return False
        try:
            engine = make_engine(database_url)
            prepare_database(engine)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._save_tab_settings()
        self._attach_database(database_url, make_session_factory(engine))
        return True

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
        from asfdesk.db.migrate import backup_sqlite

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
        while True:
            try:
                backup_sqlite(source, Path(target))
            except Exception as exc:
                if show_error(self, exc, allow_retry=True):
                    continue
                return
            self.statusBar().showMessage(self.tr("Backup saved to %1").replace("%1", target), 8000)
            return

    # --- welcome ------------------------------------------------------------------------------

    def load_demo(self) -> None:
        from asfdesk.demo import load_demo

        sessions = self.sessions
        self.welcome.set_busy(True)

        def done(_summary) -> None:
            self.welcome.set_busy(False)
            self.show_tabs()

        def failed(exc: BaseException) -> None:
            self.welcome.set_busy(False)
            show_error(self, exc)

        run_in_thread(
            lambda: load_demo(sessions), on_done=if_alive(self, done), on_error=if_alive(self, failed)
        )

    def show_tabs(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.refresh_all()
        self._show_consultant()

    def refresh_all(self) -> None:
        for tab in self.built_tabs():
            tab.model.refresh()
            tab.load_filter_choices()

    # --- tabs and records ---------------------------------------------------------------------

    def tab(self, entity: str) -> EntityTab:
        """The tab of "enterprises", "referrals", "partner_contacts" or "events" (built if needed)."""
        tab = self._tabs.get(entity)
        if tab is None:
            tab = EntityTab(self.sessions, entity, self._pages[entity])
            tab.openRequested.connect(lambda record_id, e=entity: self.open_record(e, record_id))
            tab.newRequested.connect(lambda e=entity: self.new_record(e))
            tab.deleteRequested.connect(lambda chosen, e=entity: self.delete_records(e, chosen))
            tab.printRequested.connect(self.print_current)
            tab.exportRequested.connect(self.export_current)
            self._pages[entity].layout().addWidget(tab)
            self._tabs[entity] = tab
        return tab

    def built_tabs(self) -> list[EntityTab]:
        return list(self._tabs.values())

    def current_tab(self) -> EntityTab:
        return self.tab(ENTITIES[max(0, self.tabs.currentIndex())])

    def open_record(self, entity: str, record_id: int) -> QWidget | None:
        if self.profiles is None:
            return None
        try:
            if entity == "partner_contacts":
                from asfdesk.db.queries import partner_of_contact

                with self.sessions() as session:
                    organisation = partner_of_contact(session, record_id)
                if organisation is None:
                    return None
                return self.profiles.open("partner_organisation", organisation)
            return self.profiles.open(PROFILE_ENTITY[entity], record_id)
        except Exception as exc:
            show_error(self, exc)
            return None

    def new_record(self, entity: str | None = None) -> QWidget | None:
        if self.profiles is None:
            return None
        entity = entity or self.current_tab().entity
        try:
            return self.profiles.open(PROFILE_ENTITY[entity], None)
        except Exception as exc:
            show_error(self, exc)
            return None

    def delete_records(self, entity: str, chosen: list[tuple[int, str]]) -> None:
        """Ask, naming the records, then delete through the record service."""
        from asfdesk.services.records import delete_record, save_record

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
        changed = False
        for record_id, _label in chosen:
            try:
                delete_record(self.sessions, DELETE_ENTITY[entity], record_id)
                changed = True
            except StillReferencedError as exc:
                if entity == "enterprises" and self._offer_close(str(exc)):
                    try:
                        save_record(self.sessions, "enterprise", record_id, None, {"status": "closed"})
                        changed = True
                    except Exception as save_exc:
                        show_error(self, save_exc)
                elif entity != "enterprises":
                    QMessageBox.information(self, self.tr("Cannot delete"), str(exc))
            except Exception as exc:
                show_error(self, exc)
        if changed:
            self._tabs[entity].model.refresh()

    def _offer_close(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Cannot delete"), message, parent=self)
        close_button = box.addButton(self.tr("Close enterprise"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is close_button

    def record_saved(self, entity: str, record_id: int) -> None:
        """A profile saved: update that record's row where shown, without reloading tables."""
        own = self._tabs.get(OWN_ROW.get(entity, ""))  # tabs not built yet load fresh anyway
        if own is not None and not own.model.update_record(record_id):
            own.model.refresh()  # a new record, or one not on a loaded page
        for name in SHOWS_NAME.get(entity, ()):
            if name in self._tabs:
                self._tabs[name].model.reload_loaded_pages()

    def record_deleted(self, entity: str, record_id: int) -> None:
        for name in (OWN_ROW.get(entity), *SHOWS_NAME.get(entity, ())):
            if name in self._tabs:
                self._tabs[name].model.refresh()

    # --- print, export, import (asfdesk.ui.output_actions) ----------------------------------

    def print_current(self, mode: str = "print") -> None:
        output_actions.print_tab(self, self.sessions, self.current_tab(), mode)

    def export_current(self) -> None:
        output_actions.export_tab(self, self.sessions, self.current_tab())

    def export_vcards(self) -> None:
        output_actions.export_vcards(self, self.sessions, self.tab("partner_contacts"))

    def export_calendar(self) -> None:
        output_actions.export_calendar(self, self.sessions, self.tab("events"))

    def import_data(self) -> None:
        if output_actions.run_import(self, self.sessions):
            with self.sessions() as session:
                empty = is_empty(session)
            if not empty:
                self.show_tabs()

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
        self.open_action = self._make_action(lambda: self.current_tab()._open_current(), None, "open")
        self.delete_action = self._make_action(lambda: self.current_tab()._delete_selected(), None, "delete")
        self.find_action = self._make_action(lambda: self.current_tab().focus_search(), key.Find, "search")
        self.refresh_action = self._make_action(self.refresh_all, key.Refresh, "refresh")
        self.about_action = self._make_action(self.show_about)
        self.tab_actions = []
        for i in range(len(ENTITIES)):
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
        for action in (self.open_db_action, self.connect_action, self.backup_action, None,
                       self.print_action, self.preview_action, self.pdf_action, None,
                       self.export_action, self.vcard_action, self.ics_action, self.import_action, None,
                       self.quit_action):  # fmt: skip
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        for action in (self.new_action, self.open_action, self.delete_action, None, self.find_action):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addAction(self.swedish_action)
        self.language_menu.addAction(self.english_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

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
        titles = {
            "enterprises": self.tr("Enterprises"),
            "referrals": self.tr("Referrals"),
            "partner_contacts": self.tr("Partner contacts"),
            "events": self.tr("Events"),
        }
        for i, entity in enumerate(ENTITIES):
            self.tabs.setTabText(i, titles[entity])
            self.tab_actions[i].setText(titles[entity])

    def retranslate(self) -> None:
        self._retranslate_tabs()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
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
            self.swedish_action: "Svenska",
            self.english_action: "English",
        }
        for action, text in texts.items():
            action.setText(text)
        self._tab_changed()

    def _tab_changed(self, *_args) -> None:
        entity = self.current_tab().entity if self._pages else None
        self.vcard_action.setEnabled(entity == "partner_contacts")
        self.ics_action.setEnabled(entity == "events")

    # --- about, settings ----------------------------------------------------------------------

    def show_about(self) -> None:
        from asfdesk.db.migrate import current_revision

        try:
            revision = current_revision(self.sessions.kw["bind"]) or "—"
        except Exception:
            revision = "?"
        purpose = self.tr("For consultants working with work-integrating social enterprises.")
        database = self.tr("Database:")
        schema = self.tr("Schema revision:")
        text = (
            f"<h3>asfdesk {__version__}</h3><p>{purpose}</p>"
            f"<p>{database} {describe(self.database_url)}<br>{schema} {revision}</p>"
        )
        QMessageBox.about(self, self.tr("About asfdesk"), text)

    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        last = settings.value("window/tab")
        if last in ENTITIES:
            self.tabs.setCurrentIndex(ENTITIES.index(last))

    def _save_tab_settings(self) -> None:
        for tab in self.built_tabs():
            tab.save_settings()

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.current_tab().entity)
        self._save_tab_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.profiles is not None and not self.profiles.close_all():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)


_TAB_ICONS = {
    "enterprises": "enterprise",
    "referrals": "referral",
    "partner_contacts": "contacts",
    "events": "event",
}
