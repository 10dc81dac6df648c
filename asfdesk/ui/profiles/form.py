"""The generic record form: fields laid out in titled sections, dirty tracking and errors by field.

Section titles, field labels, placeholders and check-box texts are English sources (mark them
with QT_TRANSLATE_NOOP("Profiles", …)); the form translates them when built and again on a
live language switch, so an open profile follows the language without losing what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from asfdesk.services.records import validate_field
from asfdesk.ui.profiles.fields import Field
from asfdesk.ui.profiles.i18n import tr

ERROR_STYLE = "color: #b00020;"


@dataclass
class FieldSpec:
    """One model attribute on the form. `live`: check with the domain when the user leaves it.

    `label` is the English source (Profiles context); the form shows its translation."""

    name: str
    label: str
    field: Field
    live: bool = False


@dataclass
class Section:
    title: str
    specs: list[FieldSpec]
    column: int = 0


class RecordForm(QWidget):
    """Binds FieldSpecs to widgets; knows what was loaded, what changed and where errors go."""

    changed = Signal()

    def __init__(self, entity: str, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._layouts: dict[str, QFormLayout] = {}
        self._loaded: dict[str, Any] = {}
        self._sources: dict[str, str] = {}  # field name -> label source
        self._boxes: list[tuple[QGroupBox, str]] = []  # section boxes and their title sources
        self._focused_once = False
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self._next_row = rows = {}
        for section in sections:
            box = QGroupBox(tr(section.title))
            self._boxes.append((box, section.title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in section.specs:
                self._add_row(form, spec)
            row = rows.get(section.column, 0)
            grid.addWidget(box, row, section.column)
            rows[section.column] = row + 1
        grid.setRowStretch(99, 1)  # an empty last row takes the spare height
        for column in rows:
            grid.setColumnStretch(column, 1)

    def _add_row(self, form: QFormLayout, spec: FieldSpec) -> None:
        field = spec.field
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field.widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        label = QLabel()
        label.setBuddy(field.focus_widget())
        form.addRow(label, holder)
        self._sources[spec.name] = spec.label
        self.fields[spec.name] = field
        self.labels[spec.name] = label
        self.errors[spec.name] = error
        self._layouts[spec.name] = form
        field.on_change(lambda name=spec.name: self._field_changed(name))
        if spec.live or field.check_on_leave:
            field.on_leave(lambda name=spec.name: self.check_field(name))
        self._label_row(spec.name)

    def _label_row(self, name: str) -> None:
        text = tr(self._sources[name])
        self.labels[name].setText(text + ":")
        self.fields[name].focus_widget().setAccessibleName(text)
        self.errors[name].setAccessibleName(text)

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Re-label sections, fields, placeholders and choices in the current language."""
        for box, source in self._boxes:
            box.setTitle(tr(source))
        for name, field in self.fields.items():
            self._label_row(name)
            field.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.EnabledChange and self.isEnabled() and not self._focused_once:
            # The profile enables its form when the record has loaded: start in the first field.
            self._focused_once = True
            QTimer.singleShot(0, self, self.focus_first_field)
        super().changeEvent(event)

    def add_widget(self, widget: QWidget, column: int = 0) -> None:
        """Put an extra widget (e.g. an inline panel) under the sections of `column`."""
        row = self._next_row.get(column, 0)
        self.grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
        self._next_row[column] = row + 1

    # -- values ------------------------------------------------------------------------------

    def set_values(self, values: dict[str, Any]) -> None:
        """Show loaded values; they become the baseline for dirty tracking."""
        for name, field in self.fields.items():
            if name in values:
                field.set_value(values[name])
        self.mark_saved()

    def set_value(self, name: str, value: Any) -> None:
        """Change a value as if the user had (used for prefill and auto-fill)."""
        self.fields[name].set_value(value)
        self.changed.emit()

    def value(self, name: str) -> Any:
        return self.fields[name].value()

    def values(self) -> dict[str, Any]:
        return {name: field.value() for name, field in self.fields.items()}

    def changed_values(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def mark_saved(self) -> None:
        self._loaded = self.values()

    # -- errors ------------------------------------------------------------------------------

    def _field_changed(self, name: str) -> None:
        if not self.errors[name].isHidden():
            self.check_field(name)
        self.changed.emit()

    def check_field(self, name: str) -> bool:
        """Ask the domain about the field's current value; show or clear its message."""
        field = self.fields[name]
        message = field.problem() or validate_field(self.entity, name, field.value())
        self.show_error(name, message)
        return message is None

    def show_problems(self) -> bool:
        """Before saving: show EVERY field that cannot be saved at once (input the form cannot
        read, such as a mistyped date, and changed values the domain refuses), focus the first
        one and return True if there was any. Rules between fields are left to the save."""
        changed = self.changed_values()
        first: str | None = None
        for name, field in self.fields.items():
            message = field.problem()
            if message is None and name in changed:
                message = self._domain_message(name, changed[name])
            if message:
                self.show_error(name, message)
                first = first or name
        if first is not None:
            self.fields[first].focus_widget().setFocus()
        return first is not None

    def _domain_message(self, name: str, value: Any) -> str | None:
        try:
            return validate_field(self.entity, name, value)
        except Exception:  # not a plain column (e.g. a picker's pair): the save decides
            return None

    def focus_first_field(self) -> None:
        """Put the cursor in the first field (editors open there, not on a tab bar), unless the
        user is in one of the fields already."""
        current = self.window().focusWidget()
        if current is not None and self.isAncestorOf(current):
            return
        for field in self.fields.values():
            widget = field.focus_widget()
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def show_error(self, name: str, message: str | None) -> bool:
        """Show `message` under field `name`; False if the form has no such field."""
        label = self.errors.get(name)
        if label is None:
            return False
        label.setText(message or "")
        label.setVisible(bool(message))
        return True

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return "" if label.isHidden() else label.text()

    def clear_errors(self) -> None:
        for name in self.errors:
            self.show_error(name, None)

    def set_row_visible(self, name: str, visible: bool) -> None:
        self._layouts[name].setRowVisible(self.labels[name], visible)
