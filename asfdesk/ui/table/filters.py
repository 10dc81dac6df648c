"""The filter pickers of a tab, built from its list's filters in asfdesk.entities (one generic bar)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from asfdesk import entities
from asfdesk.ui.settings import app_settings
from asfdesk.ui.widgets import DateField
from asfdesk.ui.widgets.flow_layout import FlowLayout


class FilterBar(QWidget):
    """Combo boxes, date fields and check boxes for a tab; `changed` when any value changes."""

    changed = Signal()

    def __init__(self, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.filters = entities.list_def(entity).spec.filters
        self.keys = list(self.filters)
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._offered: dict[str, list[tuple[Any, str]]] = {}  # every choice, before narrowing
        # Remembered values (filter.remember) until the choices are in: read from the settings.
        self._pending: dict[str, Any] = {
            key: value
            for key, f in self.filters.items()
            if f.remember and (value := app_settings().value(self._setting(key))) not in (None, "")
        }
        layout = FlowLayout(self)  # one line in a wide window, wrapped onto more in a narrow one
        for key in self.keys:
            widget = self._make(key)
            if isinstance(widget, DateField):  # combo boxes say "All statuses" etc. themselves
                label = QLabel(self)
                label.setBuddy(widget)
                self.labels[key] = label
                pair = QWidget(self)  # "Från:" and its field wrap together
                row = QHBoxLayout(pair)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(label)
                row.addWidget(widget)
                layout.addWidget(pair)
            else:
                layout.addWidget(widget)
            self.widgets[key] = widget
        self.retranslate()

    def _make(self, key: str) -> QWidget:
        kind = self.filters[key].kind
        if kind == "date":
            # Typed like every date (2026-12-01, t, -14); empty means no limit. A mistyped date
            # is framed red with the reason as tooltip (no room for a line under it in a bar)
            # and filters nothing until it is fixed.
            field = DateField(self)
            field.setErrorLabelVisible(False)
            field.valueChanged.connect(self.changed)
            field.validityChanged.connect(self.changed)
            return field
        if kind == "flag":
            box = QCheckBox(self)
            box.toggled.connect(self.changed)
            return box
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(13)
        combo.setMaximumWidth(240)  # a long enterprise name is elided here, shown whole in the list
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        combo.setMaxVisibleItems(20)
        combo.addItem("", None)
        # Narrow the dependent pickers and remember the choice before the list is asked again.
        combo.currentIndexChanged.connect(lambda _index, k=key: self._chosen(k))
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _setting(self, key: str) -> str:
        return f"tables/{self.entity}/filters/{key}"

    def _chosen(self, key: str) -> None:
        """A picker changed: keep it (if it is remembered) and narrow the pickers it narrows."""
        self._pending.pop(key, None)
        if self.filters[key].remember:
            value = self.widgets[key].currentData()
            settings = app_settings()
            if value is None:
                settings.remove(self._setting(key))
            else:
                settings.setValue(self._setting(key), value)
        for child, spec in self.filters.items():
            if spec.narrowed_by == key and child in self._offered:
                self._fill(child)

    def _fill(self, key: str) -> None:
        """Offer a picker's choices (narrowed by its parent's value), keeping what is chosen if it
        is still offered; a choice that is no longer offered falls back to "All …", remembered."""
        combo = self.widgets[key]
        spec = self.filters[key]
        options = self._offered[key]
        parent = self.widgets.get(spec.narrowed_by)
        chosen = parent.currentData() if isinstance(parent, QComboBox) else None
        if chosen is not None and spec.belongs is not None:
            options = [(value, label) for value, label in options if spec.belongs(value, chosen)]
        current = self._pending.get(key, combo.currentData())
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in options:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        view = combo.view()  # the open list shows whole names, however narrow the box
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
        self._pending.pop(key, None)
        if current is not None and index < 0 and spec.remember:
            app_settings().remove(self._setting(key))

    def retranslate(self) -> None:
        for key, widget in self.widgets.items():
            spec = self.filters[key]
            label = entities.text(spec.label)
            other = entities.text(spec.all_text) if spec.all_text else label
            if isinstance(widget, QCheckBox):
                widget.setText(label)
                widget.setAccessibleName(label)
                continue
            widget.setAccessibleName(label.rstrip(":"))
            widget.setToolTip(label.rstrip(":"))
            if isinstance(widget, QComboBox):
                widget.setItemText(0, other)
            else:
                self.labels[key].setText(label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_choices(self, choices: dict[str, list[tuple[Any, str]]]) -> None:
        """Fill the combo boxes, keeping what is selected. `changed` only if a chosen (or
        remembered) value is no longer offered, so the list drops that filter too."""
        before = self.values()
        ordered = sorted(choices, key=lambda k: bool(self.filters[k].narrowed_by))  # parents first
        for key in ordered:
            if isinstance(self.widgets.get(key), QComboBox):
                self._offered[key] = list(choices[key])
                self._fill(key)
        if self.values() != before:  # a remembered choice is gone: the list shows everything
            self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The chosen filters; unset ones are left out."""
        result: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                value = widget.currentData()
                if value is None:  # remembered, the choices not read yet
                    value = self._pending.get(key)
            elif isinstance(widget, DateField):
                value = widget.value() if widget.isValid() else None
            elif isinstance(widget, QCheckBox):
                value = True if widget.isChecked() else None
            else:  # pragma: no cover
                value = None
            if value is not None:
                result[key] = value
        return result

    def set_values(self, values: dict[str, Any]) -> None:
        """Show exactly these filters, the others cleared, with one `changed` (a figure on
        Översikt opens its list). A choice not offered yet is chosen when the choices arrive."""
        for key, widget in self.widgets.items():
            value = values.get(key)
            widget.blockSignals(True)
            try:
                if isinstance(widget, QComboBox) and value is not None and widget.findData(value) < 0:
                    widget.setCurrentIndex(0)
                    self._pending[key] = value
                else:
                    self._pending.pop(key, None)
                    self.set_value(key, value)
            finally:
                widget.blockSignals(False)
            if isinstance(widget, QComboBox) and key not in self._pending:
                self._chosen(key)
        self.changed.emit()

    def set_value(self, key: str, value: Any) -> None:
        """Choose a filter value (for tests and for "show this enterprise's referrals")."""
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            parent = self.filters[key].narrowed_by
            offered = [v for v, _label in self._offered.get(key, [])]
            if widget.findData(value) < 0 and parent and value in offered:
                self.set_value(parent, None)  # a municipality of another county: every county
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, DateField):
            widget.setValue(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
