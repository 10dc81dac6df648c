"""Field editors with one interface (widget, value, set_value, on_change, on_leave).

The generic form binds model attributes to these, so each entity only lists its fields.
Values are what the service layer accepts: text or None, int, date, enum members, ids.
Placeholders and check-box texts are English sources (QT_TRANSLATE_NOOP("Profiles", …)),
translated when set and again by `retranslate()` on a live language switch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import LabelledEnum
from asfdesk.domain.identifiers import format_personnummer, mask_personnummer
from asfdesk.i18n import current_language
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.widgets import DateField as DateInput
from asfdesk.ui.widgets import DateTimeField as DateTimeInput

Callback = Callable[[], None]


def _text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


class Field:
    """Base: a widget plus value access. Subclasses wire their widget's signals."""

    widget: QWidget
    check_on_leave = False  # True: the form checks the field whenever the user leaves it

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def on_change(self, callback: Callback) -> None:
        raise NotImplementedError

    def on_leave(self, callback: Callback) -> None:
        """Called when the user leaves the field (for as-you-leave validation)."""

    def problem(self) -> str | None:
        """What is wrong with the input before the domain sees it (e.g. text matching no choice)."""
        return None

    def focus_widget(self) -> QWidget:
        return self.widget

    def retranslate(self) -> None:
        """Show the field's own texts (placeholder, choices) in the current language."""


class TextField(Field):
    def __init__(self, placeholder: str = "") -> None:
        self.widget = QLineEdit()
        self.placeholder = placeholder  # an English source, or a sample such as "0980-123 45"
        self.retranslate()

    def retranslate(self) -> None:
        self.widget.setPlaceholderText(tr(self.placeholder) if self.placeholder else "")

    def value(self) -> str | None:
        return _text_or_none(self.widget.text())

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))
        self.widget.setCursorPosition(0)  # show the start of a long text, not its end

    def on_change(self, callback: Callback) -> None:
        self.widget.textEdited.connect(lambda _t: callback())

    def on_leave(self, callback: Callback) -> None:
        self.widget.editingFinished.connect(callback)


class NumberField(TextField):
    """Whole or decimal numbers typed as text; the domain explains what is wrong with bad input."""

    def __init__(self, decimal: bool = False) -> None:
        super().__init__()
        self.decimal = decimal
        self.widget.setMaximumWidth(120)

    def value(self) -> Any:
        text = _text_or_none(self.widget.text())
        if text is None:
            return None
        try:
            return Decimal(text.replace(",", ".")) if self.decimal else int(text)
        except (ValueError, InvalidOperation):
            return text

    def set_value(self, value: Any) -> None:
        if isinstance(value, Decimal):
            value = format(value.normalize(), "f")
            if current_language() == "sv":
                value = value.replace(".", ",")  # 20,5 timmar
        super().set_value(value)


class MultilineField(Field):
    def __init__(self) -> None:
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)
        self.widget.setMinimumHeight(60)

    def value(self) -> str | None:
        return _text_or_none(self.widget.toPlainText())

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def on_change(self, callback: Callback) -> None:
        self.widget.textChanged.connect(callback)


class BoolField(Field):
    def __init__(self, text: str = "") -> None:
        self.widget = QCheckBox()
        self.text = text  # English source
        self.retranslate()

    def retranslate(self) -> None:
        self.widget.setText(tr(self.text) if self.text else "")

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def on_change(self, callback: Callback) -> None:
        self.widget.toggled.connect(lambda _c: callback())


class ChoiceField(Field):
    """A combo of (label, value) pairs; `optional` adds an empty choice meaning None.

    Values stay Python objects on our side (Qt would turn enum members into plain strings).
    """

    def __init__(self, choices: Iterable[tuple[str, Any]] = (), optional: bool = False) -> None:
        self.widget = QComboBox()
        self.optional = optional
        self._values: list[Any] = []
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        current = self.value() if self._values else None
        self.widget.blockSignals(True)
        self.widget.clear()
        self._values = []
        if self.optional:
            self._append("—", None)
        for label, value in choices:
            self._append(label, value)
        self.widget.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def _append(self, label: str, value: Any) -> None:
        self.widget.addItem(label)
        self._values.append(value)

    def values(self) -> list[Any]:
        return list(self._values)

    def value(self) -> Any:
        index = self.widget.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        index = self._values.index(value) if value in self._values else -1
        if index < 0 and value is not None:
            # A value outside the offered choices (e.g. the current status): show it anyway.
            label = value.label() if isinstance(value, LabelledEnum) else str(value)
            self._append(label, value)
            index = len(self._values) - 1
        self.widget.setCurrentIndex(max(index, 0))

    def on_change(self, callback: Callback) -> None:
        self.widget.currentIndexChanged.connect(lambda _i: callback())

    def retranslate(self) -> None:
        """Enum choices are labelled in the current language."""
        for index, value in enumerate(self._values):
            if isinstance(value, LabelledEnum):
                self.widget.setItemText(index, value.label())


def enum_choices(enum_cls: type[LabelledEnum]) -> list[tuple[str, LabelledEnum]]:
    return [(member.label(), member) for member in enum_cls]


class SearchableChoiceField(ChoiceField):
    """An editable combo that completes on any part of the name (290 municipalities)."""

    def __init__(self, choices: Iterable[tuple[str, Any]] = (), optional: bool = True) -> None:
        super().__init__(choices, optional)
        self.widget.setEditable(True)
        self.widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.widget.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def value(self) -> Any:
        index = self.widget.findText(self.widget.currentText(), Qt.MatchFlag.MatchFixedString)
        return self._values[index] if 0 <= index < len(self._values) else None

    def problem(self) -> str | None:
        text = self.widget.currentText().strip()
        if text and text != "—" and self.value() is None:
            return tr("“%1” is not in the list. Choose one of the suggestions.").replace("%1", text)
        return None

    def on_leave(self, callback: Callback) -> None:
        self.widget.lineEdit().editingFinished.connect(callback)


class _TemporalField(Field):
    """A typed date or date-time (asfdesk.ui.widgets): `2026-12-01`, `t`, `+14`, `2027-09-13 09:00`.

    Text that is no date stays as typed: `value()` then returns that text (so the form sees a
    change) and `problem()` says what is wrong, so a save is refused with the field marked.
    An optional field may be empty (None); a required one says so when it is.
    """

    check_on_leave = True  # the form shows a mistyped date as soon as the user leaves the field

    def __init__(self, widget: DateInput | DateTimeInput, optional: bool) -> None:
        self.widget = widget
        self.optional = optional
        widget.setErrorLabelVisible(False)  # the form shows the message under the field

    def value(self) -> Any:
        if not self.widget.isValid():
            return self.widget.text()
        return self.widget.value()

    def problem(self) -> str | None:
        if not self.widget.isValid():
            return self.widget.errorText()
        if not self.optional and self.widget.value() is None:
            return tr("Enter a date.")
        return None

    def on_change(self, callback: Callback) -> None:
        self.widget.textEdited.connect(lambda _t: callback())
        self.widget.valueChanged.connect(lambda _v: callback())

    def on_leave(self, callback: Callback) -> None:
        self.widget.editingFinished.connect(callback)

    def focus_widget(self) -> QWidget:
        return self.widget.lineEdit()


class DateField(_TemporalField):
    """A date that may be empty; a required one (`optional=False`) starts on today."""

    def __init__(self, optional: bool = True) -> None:
        super().__init__(DateInput(), optional)
        if not optional:
            self.widget.setValue(date.today())

    def set_value(self, value: Any) -> None:
        if value is None and not self.optional:
            value = date.today()
        self.widget.setValue(value)


class DateTimeField(_TemporalField):
    """Date and time in Europe/Stockholm, returned as an aware datetime (None when empty)."""

    def __init__(self, optional: bool = False) -> None:
        super().__init__(DateTimeInput(tz=STOCKHOLM), optional)

    def set_value(self, value: Any) -> None:
        self.widget.setValue(value)


class ChecklistField(Field):
    """A checkable list; the value is the set of checked ids."""

    def __init__(self) -> None:
        self.widget = QListWidget()
        self.widget.setMinimumHeight(120)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        checked = self.value()
        self.widget.clear()
        for label, key in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            self.widget.addItem(item)

    def value(self) -> set:
        return {
            self.widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.widget.count())
            if self.widget.item(i).checkState() == Qt.CheckState.Checked
        }

    def set_value(self, value: Any) -> None:
        wanted = set(value or ())
        for i in range(self.widget.count()):
            item = self.widget.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)

    def on_change(self, callback: Callback) -> None:
        self.widget.itemChanged.connect(lambda _i: callback())


class PersonnummerField(Field):
    """Masked (YYYYMMDD-XXXX) until the user presses Show; editable only when shown."""

    def __init__(self) -> None:
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setText(tr("Show"))
        self.toggle.setAccessibleName(tr("Show the full personnummer"))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self._stored: str | None = None
        self.toggle.toggled.connect(self._render)
        self._render(False)

    def _render(self, shown: bool) -> None:
        if shown:
            self.edit.setText(format_personnummer(self._stored))
        else:
            self.edit.setText(mask_personnummer(self._stored))
        # A new record has nothing to hide: the number can be typed straight away.
        self.edit.setReadOnly(not shown and self._stored is not None)
        self.toggle.setText(tr("Hide") if shown else tr("Show"))
        self.toggle.setEnabled(self._stored is not None)

    def value(self) -> str | None:
        text = _text_or_none(self.edit.text())
        if self.edit.isReadOnly() or (text and text == format_personnummer(self._stored)):
            return self._stored  # shown or masked but untouched: still the stored number
        return text

    def set_value(self, value: Any) -> None:
        self._stored = value or None
        self.toggle.setChecked(False)
        self._render(False)

    def on_change(self, callback: Callback) -> None:
        self.edit.textEdited.connect(lambda _t: callback())

    def on_leave(self, callback: Callback) -> None:
        self.edit.editingFinished.connect(callback)

    def focus_widget(self) -> QWidget:
        return self.edit

    def retranslate(self) -> None:
        self.toggle.setText(tr("Hide") if self.toggle.isChecked() else tr("Show"))
        self.toggle.setAccessibleName(tr("Show the full personnummer"))
