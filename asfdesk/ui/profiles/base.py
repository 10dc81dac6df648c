"""The one profile window every entity uses: load, edit, save, conflicts, unsaved changes.

A subclass says which entity it edits, builds its form (and optional inner tabs) and may add
extra values to save. Everything else — Ctrl+S / Ctrl+W, the Save / Discard / Cancel
question, errors next to fields, keeping the input on any failure, remembering the window
size — lives here once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asfdesk.db.faults import FaultKind, classify
from asfdesk.domain.errors import ValidationError
from asfdesk.services import records
from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.profiles.form import ERROR_STYLE, RecordForm
from asfdesk.ui.profiles.i18n import tr

BANNER_STYLE = "background: #fff4ce; color: #5c4400; padding: 6px; border: 1px solid #e0c060;"
# Field names the domain reports that the form shows under another name.
FIELD_ALIASES = {"municipality_id": "municipality_code"}


class ProfileWindow(QWidget):
    """Top-level, non-modal editor for one record (or a new one when record_id is None)."""

    entity = ""
    default_size = QSize(720, 560)

    def __init__(self, manager, record_id: int | None, prefill: dict[str, Any] | None = None) -> None:
        super().__init__(manager.parent_widget, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.manager = manager
        self.sessions = manager.sessions
        self.record_id = record_id
        self.version: int | None = None
        self.prefill = dict(prefill or {})
        self.tabs: QTabWidget | None = None

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
        layout.addWidget(self.general_error)
        related = self.build_tabs()
        if related is None:
            layout.addWidget(scroll, 1)
        else:
            self.tabs = related
            related.insertTab(0, scroll, tr("Details"))
            related.setCurrentIndex(0)
            layout.addWidget(related, 1)
        layout.addLayout(self.buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close)

        self.load()
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
        data = None
        if self.record_id is not None:
            data = records.load_record(self.sessions, self.entity, self.record_id)
            self.version = data.version
            values = dict(data.values)
            values.update({k: v for k, v in data.extras.items() if k in self.form.fields})
            self.form.set_values(values)
        else:
            for name in ("consultant_id", "responsible_consultant_id"):
                if name in self.form.fields and name not in self.prefill:
                    self.form.fields[name].set_value(self.manager.lookups.current_consultant_id)
            for name, value in self.prefill.items():
                if name in self.form.fields:
                    self.form.fields[name].set_value(value)
            self.form.mark_saved()
        self.loaded(data)
        self.delete_button.setEnabled(self.record_id is not None)
        self.reload_button.setEnabled(self.record_id is not None)

    def reload(self) -> bool:
        """Show the stored version again (after a conflict); asks before dropping typed changes."""
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
        try:
            self.load()
        except Exception as exc:
            show_error(self, exc)
            return False
        self._update_title()
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

    def _update_title(self) -> None:
        name = self.display_name() or tr("New")
        self.setWindowTitle(f"{'*' if self.is_dirty() else ''}{name} – {self.entity_title()}")

    # -- save --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the changes; on any failure keep everything typed and say what went wrong."""
        self.form.clear_errors()
        self.general_error.hide()
        if self.form.show_problems():
            return False
        values = self.changes()
        if self.record_id is not None and not values:
            return True
        while True:
            try:
                new_id, version = records.save_record(
                    self.sessions, self.entity, self.record_id, self.version, values
                )
            except ValidationError as exc:
                self.show_validation_error(exc)
                return False
            except Exception as exc:  # environment faults, conflicts and bugs: shown, input kept
                retry = show_error(self, exc, allow_retry=True)
                if retry and classify(exc) is FaultKind.ENVIRONMENT:
                    continue
                return False
            break
        was_new = self.record_id is None
        self.record_id, self.version = new_id, version
        self.form.mark_saved()
        self.delete_button.setEnabled(True)
        self.reload_button.setEnabled(True)
        self.after_save()
        self._update_title()
        if was_new:
            self.manager._record_saved(self, self.entity, new_id)
        else:
            self.manager.saved.emit(self.entity, new_id)
        return True

    def show_validation_error(self, exc: ValidationError) -> None:
        name = FIELD_ALIASES.get(exc.field, exc.field)
        if self.form.show_error(name, str(exc)):
            self.form.fields[name].focus_widget().setFocus()
        else:
            self.general_error.setText(str(exc))
            self.general_error.show()

    # -- delete ------------------------------------------------------------------------------

    def delete(self) -> None:
        if self.record_id is None:
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
        try:
            records.delete_record(self.sessions, self.entity, self.record_id, self.version)
        except Exception as exc:
            show_error(self, exc)
            return
        deleted_id = self.record_id
        self.form.mark_saved()
        self.record_id = None
        self.manager._record_deleted(self.entity, deleted_id)
        self.close()

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
            if answer == Button.Cancel or (answer == Button.Save and not self.save()):
                event.ignore()
                return
        self._remember_size()
        self.manager._window_closed(self)
        event.accept()

    # -- size --------------------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"profiles/{self.entity}/size"

    def _restore_size(self) -> None:
        size = QSettings("asfdesk", "asfdesk").value(self._settings_key())
        self.resize(size if isinstance(size, QSize) and size.isValid() else self.default_size)

    def _remember_size(self) -> None:
        QSettings("asfdesk", "asfdesk").setValue(self._settings_key(), self.size())
