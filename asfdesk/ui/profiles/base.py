"""The one profile window every entity uses: load, edit, save, conflicts, unsaved changes.

A subclass says which entity it edits, builds its form (and optional inner tabs) and may add
extra values to save. Everything else — Ctrl+S / Ctrl+W, the Save / Discard / Cancel
question, errors next to fields, keeping the input on any failure, remembering the window
size — lives here once.

Load, save and delete are operations (asfdesk.ui.operations) run in a worker: while a record
loads the form is read-only under a "Loading…" banner; `save()` returns at once and reports
with `saveFinished(ok)` (validation errors appear next to their fields, other faults in a
dialog with Retry where it helps, and the input is always kept). An open profile follows
`operations.changes()`: a change made elsewhere reloads it, or, if the user has unsaved edits,
shows a banner instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asfdesk.domain.errors import ValidationError
from asfdesk.services import records
from asfdesk.ui import operations
from asfdesk.ui.operations import ChangeKind, Changes, QueryOp, WriteOp, new_source
from asfdesk.ui.profiles import conflict, dialogs
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.profiles.form import ERROR_STYLE, RecordForm
from asfdesk.ui.profiles.history import HistoryTab
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.lookups import FIELD_LISTS, ReferenceLists
from asfdesk.ui.profiles.pickers import PickerField
from asfdesk.ui.settings import app_settings

BANNER_STYLE = "background: #fff4ce; color: #5c4400; padding: 6px; border: 1px solid #e0c060;"
# Field names the domain reports that the form shows under another name.
FIELD_ALIASES = {"municipality_id": "municipality_code"}
MAX_DEFAULT_SIZE = QSize(1200, 680)  # fits a 1280×720 work area with its frame
MINIMUM_SIZE = QSize(560, 400)


@dataclass(frozen=True)
class Loaded:
    """What a profile's load read in its worker."""

    data: records.RecordData | None  # None for a new record
    values: dict[str, Any]
    labels: dict[str, str]  # picker labels of the values
    lists: ReferenceLists | None  # the manager's reference lists, if this load read them


class ProfileWindow(QWidget):
    """Top-level, non-modal editor for one record (or a new one when record_id is None)."""

    entity = ""
    default_size = QSize(720, 560)
    view_reason: str | None = None  # why a protected identity is opened (asfdesk.services.records)
    loadFinished = Signal(bool)  # the stored record is shown (True) or could not be read
    saveFinished = Signal(bool)  # a save ended: stored (True) or refused/failed, input kept
    deleteFinished = Signal(bool)

    def __init__(self, manager, record_id: int | None, prefill: dict[str, Any] | None = None) -> None:
        super().__init__(manager.parent_widget, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.manager = manager
        self.sessions = manager.sessions
        self.record_id = record_id
        self.version: int | None = None
        self.prefill = dict(prefill or {})
        self.tabs: QTabWidget | None = None
        self.source = new_source("profile")  # tells this window's own changes from others'
        self.loading = False
        self.saving = False

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()

        self.form = self.build_form()
        self.form.changed.connect(self._update_title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)

        self.save_button = QPushButton(tr("&Save"))
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setToolTip(tr("Close (Ctrl+W)"))
        self.close_button.clicked.connect(self.close)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        self.reload_button = QPushButton(tr("Reload"))
        self.reload_button.setToolTip(tr("Read the record again, e.g. after someone else saved it"))
        self.reload_button.clicked.connect(self.reload)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.reload_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        # "Changed by … 10:42 — Reload / Keep mine" when others save over unsaved edits
        self.changed_bar = conflict.ChangedElsewhereBar(self.sessions, self)
        self.changed_bar.reloadRequested.connect(self._reload_theirs)
        layout.addWidget(self.changed_bar)
        layout.addWidget(self.general_error)
        related = self.build_tabs()
        if related is None:  # every profile has at least Details and History
            related = QTabWidget()
        self.tabs = related
        related.insertTab(0, scroll, tr("Details"))
        self.history_tab = HistoryTab(self)  # read when first shown (asfdesk.ui.profiles.history)
        related.addTab(self.history_tab, tr("History"))
        related.setCurrentIndex(0)
        layout.addWidget(related, 1)
        layout.addLayout(self.buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close)
        # Esc closes like Ctrl+W (asking about unsaved changes); a QShortcut, not keyPressEvent,
        # because a line edit accepts the Esc key. Open popups (calendar, completer) take it first.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

        operations.changes().changed.connect(self._changes_arrived)  # saves elsewhere, other users
        self.load()
        self.setMinimumSize(MINIMUM_SIZE)
        self._restore_size()
        self._update_title()

    # -- hooks for subclasses ----------------------------------------------------------------

    def build_form(self) -> RecordForm:
        raise NotImplementedError

    def build_tabs(self) -> QTabWidget | None:
        """Inner tabs after "Details" (related lists); None for a plain editor."""
        return None

    def display_name(self) -> str:
        """The record's name for the title bar."""
        return ""

    def entity_title(self) -> str:
        raise NotImplementedError

    def loaded(self, data: records.RecordData | None) -> None:
        """After the form got its values: fill extras (None for a new record)."""

    def extra_changes(self) -> dict[str, Any]:
        """Values to save besides the form's changed fields (e.g. checked services)."""
        return {}

    def to_model_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """Turn form values into model attributes where they differ (e.g. one organiser field)."""
        return values

    def after_save(self) -> None:
        """The record now exists: enable what needs an id, refresh lists."""

    # -- load --------------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the form in a worker: a stored record, or a new one's defaults and prefill."""
        sessions, entity, record_id = self.sessions, self.entity, self.record_id
        reason = self.view_reason
        pickers = {name: f for name, f in self.form.fields.items() if isinstance(f, PickerField)}
        lookups = self.manager.lookups
        prefill = dict(self.prefill)
        wants_consultant = [
            n
            for n in ("consultant_id", "responsible_consultant_id")
            if n in self.form.fields and n not in prefill
        ]

        def read(session) -> Loaded:
            lists = None if lookups.loaded else lookups.read(session)  # the first profile only
            if record_id is None:  # defaults: the consultant using the app, then the prefill
                data = None
                current = (lists or lookups).current_consultant_id if wants_consultant else None
                values = dict.fromkeys(wants_consultant, current)
                values.update(prefill)
            else:
                data = records.load_record(sessions, entity, record_id, reason)
                values = dict(data.values)
            labels = {n: f.labeller(values[n]) for n, f in pickers.items() if values.get(n) is not None}
            return Loaded(data, values, labels, lists)

        self._set_loading(True)
        op = QueryOp(parent=self, sessions=sessions, op=read, success=self._arrived)
        op.finished(self._load_finished).run_in_background()

    def _offer_lookups(self, lists: ReferenceLists) -> None:
        """The reference lists arrived with this load: offer them to fields built without them."""
        self.manager.lookups.remember(lists)
        for name, list_name in FIELD_LISTS.items():
            field = self.form.fields.get(name)
            if field is not None and hasattr(field, "set_choices"):
                field.set_choices(self.manager.lookups.choices(list_name))

    def _arrived(self, loaded: Loaded) -> None:
        data, values, labels = loaded.data, loaded.values, loaded.labels
        if loaded.lists is not None:
            self._offer_lookups(loaded.lists)  # before the values, so the stored ones are offered
        for name, label in labels.items():
            self.form.fields[name].remember_label(values[name], label)
        if data is None:
            for name, value in values.items():
                if name in self.form.fields:
                    self.form.fields[name].set_value(value)
            self.form.mark_saved()
        else:
            self.version = data.version
            self.changed_bar.hide()
            values.update({k: v for k, v in data.extras.items() if k in self.form.fields})
            self.form.set_values(values)
        self._show_loaded(data)
        self._set_loading(False)
        self._update_title()
        self.loadFinished.emit(True)

    def _show_loaded(self, data: records.RecordData | None) -> None:
        self.loaded(data)
        self.history_tab.record_changed()
        self.delete_button.setEnabled(self.record_id is not None)
        self.reload_button.setEnabled(self.record_id is not None)
        self._enforce_role()

    def _load_finished(self, ok: bool) -> None:
        """The fault was shown already; a window that never showed its record closes."""
        if ok:
            return
        self._set_loading(False)
        self.loadFinished.emit(False)
        if self.record_id is None:  # a new record still gets what it was opened with
            for name, value in self.prefill.items():
                if name in self.form.fields:
                    self.form.fields[name].set_value(value)
            self.form.mark_saved()
        elif self.version is None:
            self.form.mark_saved()
            self.close()

    def _set_loading(self, loading: bool) -> None:
        """While a load runs the form is read-only and says so, so nothing typed gets lost."""
        self.loading = loading
        self.form.setEnabled(not loading)
        for button in (self.save_button, self.delete_button, self.reload_button):
            button.setEnabled(not loading and (button is self.save_button or self.record_id is not None))
        self._enforce_role()
        if loading:
            self.banner.setText(tr("Loading…"))
            self.banner.show()
        elif self.banner.text() == tr("Loading…"):
            self.banner.hide()
            self.banner.setText("")
        if loading:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def reload(self) -> bool:
        """Show the stored version again (after a conflict); asks before dropping typed changes.

        False if there is nothing to reload or the user kept their changes; the stored version
        arrives later (`loadFinished`)."""
        if self.record_id is None:
            return False
        if self.is_dirty():
            answer = dialogs.ask(
                self,
                tr("Reload"),
                tr("Reloading discards your unsaved changes to %1.").replace("%1", self.display_name()),
                [Button.Discard, Button.Cancel],
                Button.Cancel,
            )
            if answer != Button.Discard:
                return False
        self.form.clear_errors()
        self.general_error.hide()
        self.banner.hide()
        self.load()
        return True

    def record_key(self) -> tuple[str, int] | None:
        return None if self.record_id is None else (self.entity, self.record_id)

    # -- state -------------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        # A new record gets every value, defaults included; an existing one only what changed.
        values = self.form.values() if self.record_id is None else self.form.changed_values()
        values = self.to_model_values(values)
        values.update(self.extra_changes())
        if self.record_id is None:
            # Hidden owner keys (e.g. a contact's enterprise) come from the prefill.
            for key, value in self.prefill.items():
                if key not in self.form.fields and key in records.column_names(self.entity):
                    values.setdefault(key, value)
        return values

    def is_dirty(self) -> bool:
        return self.form.is_dirty() or bool(self.extra_changes())

    # -- language (live switch; the form and related lists re-label themselves) -------------

    def retranslate(self) -> None:
        """Re-label the window's own texts; subclasses add theirs (e.g. inner tab titles)."""
        self.save_button.setText(tr("&Save"))
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        self.close_button.setText(tr("Close"))
        self.close_button.setToolTip(tr("Close (Ctrl+W)"))
        self.delete_button.setText(tr("Delete…"))
        self.reload_button.setText(tr("Reload"))
        self.reload_button.setToolTip(tr("Read the record again, e.g. after someone else saved it"))
        if self.tabs is not None:
            self.tabs.setTabText(0, tr("Details"))
            self.tabs.setTabText(self.tabs.indexOf(self.history_tab), tr("History"))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _enforce_role(self) -> None:
        """Grey out Save and Delete when the server role may not do them (the manager holds the
        permissions the main window read at start; the server refuses anyway)."""
        allowed = getattr(self.manager, "permissions", None)
        if allowed is None:
            return
        if not allowed.may_write():  # a reader: the record is shown, nothing can be typed
            self.save_button.setEnabled(False)
            self.form.setEnabled(False)
        if not allowed.may_delete(self.entity):
            self.delete_button.setEnabled(False)

    def _update_title(self) -> None:
        name = self.display_name() or tr("New")
        self.setWindowTitle(f"{'*' if self.is_dirty() else ''}{name} – {self.entity_title()}")

    # -- save --------------------------------------------------------------------------------

    def save(self, then: Callable[[], Any] | None = None) -> None:
        """Save the changes in a worker; on any failure keep everything typed and say what went
        wrong. `saveFinished(ok)` tells when it is done; `then()` runs after a successful save."""
        self.form.clear_errors()
        self.general_error.hide()
        if self.saving:
            return  # the running save reports for both
        allowed = getattr(self.manager, "permissions", None)
        if allowed is not None and not allowed.may_write():  # Ctrl+S of a reader: nothing to save
            self.saveFinished.emit(False)
            return
        if self.loading:  # nothing to save on top of yet
            self.saveFinished.emit(False)
            return
        if self.form.show_problems():
            self.saveFinished.emit(False)
            return
        values = self.changes()
        if self.record_id is not None and not values:
            self.saveFinished.emit(True)
            if then is not None:
                then()
            return
        entity, record_id, version = self.entity, self.record_id, self.version

        def write(sessions, changes) -> tuple[int, int]:
            new_id, new_version = records.save_record(sessions, entity, record_id, version, values)
            changes.add(entity, ChangeKind.CREATED if record_id is None else ChangeKind.UPDATED, new_id)
            return new_id, new_version

        def done(ok: bool) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            self._enforce_role()
            self.saveFinished.emit(ok)
            if ok and then is not None:
                then()

        self.saving = True
        self.save_button.setEnabled(False)
        WriteOp(
            parent=self, sessions=self.sessions, op=write, success=self._saved, source=self.source
        ).on_validation(self.show_validation_error).on_conflict(
            lambda exc: conflict.resolve_conflict(self, exc)  # field-by-field: theirs or mine
        ).finished(done).run_in_background()

    def _saved(self, result: tuple[int, int]) -> None:
        new_id, version = result
        was_new = self.record_id is None
        self.record_id, self.version = new_id, version
        self.form.mark_saved()
        self.delete_button.setEnabled(True)
        self.reload_button.setEnabled(True)
        self._enforce_role()
        self.banner.hide()
        self.changed_bar.hide()
        self.after_save()
        self.history_tab.record_changed()
        self._update_title()
        if was_new:
            self.manager.record_saved(self, self.entity, new_id)
        else:
            self.manager.saved.emit(self.entity, new_id)

    def show_validation_error(self, exc: ValidationError) -> None:
        """Show every refused field next to itself at once (a ValidationErrors holds several);
        what belongs to no field goes to the line above the form. The first field gets focus."""
        unplaced: list[str] = []
        first: str | None = None
        for error in getattr(exc, "errors", [exc]):
            name = FIELD_ALIASES.get(error.field, error.field)
            if self.form.show_error(name, str(error)):
                first = first or name
            else:
                unplaced.append(str(error))
        if first is not None:
            self.form.fields[first].focus_widget().setFocus()
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()

    # -- delete ------------------------------------------------------------------------------

    def delete(self) -> None:
        """Ask, then delete in a worker; the window closes when the record is gone."""
        if self.record_id is None or self.loading:
            return
        answer = dialogs.ask(
            self,
            tr("Delete"),
            tr("Delete %1? This cannot be undone.").replace("%1", self.display_name()),
            [Button.Yes, Button.No],
            Button.No,
        )
        if answer != Button.Yes:
            return
        entity, record_id, version = self.entity, self.record_id, self.version

        def remove(sessions, changes) -> int:
            records.delete_record(sessions, entity, record_id, version)
            changes.deleted(entity, record_id)
            return record_id

        WriteOp(
            parent=self, sessions=self.sessions, op=remove, success=self._deleted, source=self.source
        ).finished(self.deleteFinished.emit).run_in_background()

    def _deleted(self, deleted_id: int) -> None:
        self.form.mark_saved()
        self.record_id = None
        self.manager.record_deleted(self.entity, deleted_id)
        self.close()

    # -- changes made elsewhere ----------------------------------------------------------------

    def _changes_arrived(self, changeset: Changes) -> None:
        """Someone else (another window, another user) changed this record: follow or warn."""
        if self.record_id is None or changeset.source == self.source or self.loading:
            return
        kinds = [k for k in ChangeKind if self.record_id in changeset.ids(self.entity, k)]
        if not kinds:
            return
        if ChangeKind.DELETED in kinds:
            self.banner.setText(tr("This record was deleted elsewhere. Saving it is no longer possible."))
            self.banner.show()
            self.save_button.setEnabled(False)
        elif self.is_dirty():
            self.changed_bar.show_for(self.entity, self.record_id)
        else:
            self.load()

    def _reload_theirs(self) -> None:
        """The bar's "Reload": the user chose their version, so the edits go without asking again."""
        self.form.mark_saved()
        self.changed_bar.hide()
        self.reload()

    # -- close -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.is_dirty():
            answer = dialogs.ask(
                self,
                tr("Unsaved changes"),
                tr("%1 has unsaved changes. Save them before closing?").replace(
                    "%1", self.display_name() or tr("The new record")
                ),
                [Button.Save, Button.Discard, Button.Cancel],
                Button.Save,
            )
            if answer == Button.Cancel:
                event.ignore()
                return
            if answer == Button.Save:
                event.ignore()  # closes again once the save has stored everything
                self.save(then=self.close)
                return
        self._remember_size()
        self.manager.window_closed(self)
        event.accept()

    # -- size --------------------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"profiles/{self.entity}/size"

    def _restore_size(self) -> None:
        size = app_settings().value(self._settings_key())
        self.resize(size if isinstance(size, QSize) and size.isValid() else self.fitting_default_size())

    def fitting_default_size(self) -> QSize:
        """The entity's default, within 1200×680 and the screen's work area (1280×720 at 150 %)."""
        size = self.default_size.boundedTo(MAX_DEFAULT_SIZE)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            size = size.boundedTo(QSize(area.width() - 40, area.height() - 80))
        return size.expandedTo(self.minimumSize())

    def _remember_size(self) -> None:
        app_settings().setValue(self._settings_key(), self.size())
