"""The filter pickers of a tab, built from its list's filters in asfdesk.entities (one generic bar)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from asfdesk import entities
from asfdesk.ui.widgets import DateField


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key in self.keys:
            widget = self._make(key)
            if isinstance(widget, DateField):  # combo boxes say "All statuses" etc. themselves
                label = QLabel(self)
                label.setBuddy(widget)
                self.labels[key] = label
                layout.addWidget(label)
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
        combo.setMaxVisibleItems(20)
        combo.addItem("", None)
        combo.currentIndexChanged.connect(self.changed)
        return combo

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
        """Fill the combo boxes, keeping what is selected; no `changed` signal for this."""
        for key, options in choices.items():
            combo = self.widgets.get(key)
            if not isinstance(combo, QComboBox):
                continue
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in options:
                combo.addItem(label, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def values(self) -> dict[str, Any]:
        """The chosen filters; unset ones are left out."""
        result: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, DateField):
                value = widget.value() if widget.isValid() else None
            elif isinstance(widget, QCheckBox):
                value = True if widget.isChecked() else None
            else:  # pragma: no cover
                value = None
            if value is not None:
                result[key] = value
        return result

    def set_value(self, key: str, value: Any) -> None:
        """Choose a filter value (for tests and for "show this enterprise's referrals")."""
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, DateField):
            widget.setValue(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
