"""Typed date and date-time fields: a line edit that understands `2026-12-01`, `t`, `+14`, `+2v`.

QDateEdit cannot be empty, traps Tab in its sections and drops what it cannot read; these
fields are a plain QLineEdit (one Tab stop) plus a calendar button that takes no focus. The
text is parsed by asfdesk.domain.date_input and normalised to ISO when the user leaves the
field. A text that is not a date stays as typed and is shown as an error: `value()` raises
DateInputError and `isValid()` is False until it is fixed, so a form can refuse to save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asfdesk.domain.date_input import DateInputError, parse_date_input, parse_datetime_input
from asfdesk.ui.icons import icon

CONTEXT = "DateField"
_ERROR_COLOUR = "#b3261e"
_INVALID_STYLE = (
    f"QLineEdit {{ border: 2px solid {_ERROR_COLOUR}; border-radius: 3px; background: #fdecea; }}"
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class CalendarPopup(QFrame):
    """The drop-down calendar: a click or Enter picks a day, Esc or a click outside closes."""

    picked = Signal(object)  # datetime.date
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setGridVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)  # Enter, Return, double-click

    def _pick(self, qdate: QDate) -> None:
        self.hide()
        self.picked.emit(_pydate(qdate))

    def fit_header(self) -> None:
        """Wide enough for every weekday name (Swedish "mån", "tis" … must not become "m…")."""
        metrics = self.calendar.fontMetrics()
        names = [
            self.calendar.locale().dayName(day, self.calendar.locale().FormatType.ShortFormat)
            for day in range(1, 8)
        ]
        cell = max(metrics.horizontalAdvance(name) for name in names) + 14
        width = max(self.calendar.sizeHint().width(), cell * 8 + 8)
        self.calendar.setMinimumWidth(width)
        self.adjustSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.closed.emit()


class TemporalField(QWidget):
    """What DateField and DateTimeField share: typing, the error display and the calendar."""

    valueChanged = Signal(object)  # the new value (date/datetime or None) after a valid change
    editingFinished = Signal()  # the user left the field, pressed Enter or picked in the calendar
    textEdited = Signal(str)  # every keystroke, for a form's "unsaved changes" flag
    validityChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today
        self._value: Any = None
        self._error = ""
        self._minimum: date | None = None
        self._maximum: date | None = None
        self._show_error_label = True
        self._popup: CalendarPopup | None = None

        self._edit = QLineEdit(self)
        self._edit.setClearButtonEnabled(False)
        self._edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._button = QToolButton(self)
        self._button.setIcon(icon("event"))
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab must leave in one press
        self._button.setAutoRaise(True)
        self._error_label = QLabel(self)
        self._error_label.setStyleSheet(f"color: {_ERROR_COLOUR};")
        self._error_label.setWordWrap(True)
        self._error_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self._edit)
        row.addWidget(self._button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self._error_label)

        self.setFocusProxy(self._edit)
        self._edit.installEventFilter(self)
        self._edit.editingFinished.connect(self.commit)
        self._edit.textEdited.connect(self.textEdited)
        self._button.clicked.connect(self.openCalendar)
        self._retranslate()

    # --- what subclasses define -------------------------------------------------------------

    def _parse(self, text: str) -> Any:
        raise NotImplementedError

    def _format(self, value: Any) -> str:
        raise NotImplementedError

    def _date_of(self, value: Any) -> date:
        raise NotImplementedError

    def _with_date(self, value: Any, day: date) -> Any:
        """`value` moved to `day` (a date-time keeps its time); `value` may be None."""
        raise NotImplementedError

    def _placeholder(self) -> str:
        raise NotImplementedError

    def _sample_text(self) -> str:
        raise NotImplementedError

    # --- public API --------------------------------------------------------------------------

    def value(self) -> Any:
        """The value the text means now (None when empty). Raises DateInputError if it means none.

        Reads the text as it is, so a form saving with Ctrl+S before the field was left still
        gets what was typed.
        """
        value = self._parse(self._edit.text())
        if value is not None:
            self._check_limits(self._date_of(value))
        return value

    def setValue(self, value: Any) -> None:  # noqa: N802 - Qt naming
        """Show `value` (None: empty) and forget any error."""
        self._edit.setText("" if value is None else self._format(value))
        self._set_error("")
        self._store(value)

    def clear(self) -> None:
        self.setValue(None)

    def isValid(self) -> bool:  # noqa: N802 - Qt naming
        try:
            self.value()
        except DateInputError:
            return False
        return True

    def errorText(self) -> str:  # noqa: N802 - Qt naming
        """Why the text is not a valid value, in the user's language; empty when it is valid."""
        try:
            self.value()
        except DateInputError as exc:
            return str(exc)
        return ""

    def text(self) -> str:
        return self._edit.text()

    def lineEdit(self) -> QLineEdit:  # noqa: N802 - Qt naming
        return self._edit

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        """Name the line edit too: a screen reader announces the widget that has the focus."""
        super().setAccessibleName(name)
        self._edit.setAccessibleName(name)

    def setMinimumDate(self, day: date | None) -> None:  # noqa: N802 - Qt naming
        self._minimum = day

    def setMaximumDate(self, day: date | None) -> None:  # noqa: N802 - Qt naming
        self._maximum = day

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self._edit.setReadOnly(read_only)
        self._button.setEnabled(not read_only)

    def setErrorLabelVisible(self, visible: bool) -> None:  # noqa: N802 - Qt naming
        """Turn off the red line under the field where the form lists errors itself (the red
        frame and the tooltip stay)."""
        self._show_error_label = visible
        self._error_label.setVisible(visible and bool(self._error))

    def commit(self) -> None:
        """Parse what was typed: normalise a valid entry to ISO, show an invalid one as an error."""
        try:
            value = self.value()
        except DateInputError as exc:
            self._set_error(str(exc))
        else:
            self._set_error("")
            text = "" if value is None else self._format(value)
            if self._edit.text() != text:
                self._edit.setText(text)
            self._store(value)
        self.editingFinished.emit()

    # --- the calendar ------------------------------------------------------------------------

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 - Qt naming
        return self._calendar_popup().calendar

    def isCalendarOpen(self) -> bool:  # noqa: N802 - Qt naming
        return self._popup is not None and self._popup.isVisible()

    def openCalendar(self) -> None:  # noqa: N802 - Qt naming
        """Drop the calendar down under the field, on the field's date or else on today."""
        if self._edit.isReadOnly():
            return
        popup = self._calendar_popup()
        calendar = popup.calendar
        calendar.setLocale(QLocale())  # the language now, also after a live switch
        calendar.setMinimumDate(_qdate(self._minimum or date(1900, 1, 1)))
        calendar.setMaximumDate(_qdate(self._maximum or date(2199, 12, 31)))
        try:
            current = self.value()
        except DateInputError:
            current = None
        shown = self._date_of(current) if current is not None else self._today()
        calendar.setSelectedDate(_qdate(shown))
        calendar.setCurrentPage(shown.year, shown.month)
        popup.fit_header()
        popup.move(self._popup_position(popup))
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def closeCalendar(self) -> None:  # noqa: N802 - Qt naming
        if self._popup is not None:
            self._popup.hide()

    def _calendar_popup(self) -> CalendarPopup:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
            self._popup.closed.connect(self._calendar_closed)
        return self._popup

    def _popup_position(self, popup: QWidget) -> QPoint:
        below = self._edit.mapToGlobal(QPoint(0, self._edit.height()))
        screen = QGuiApplication.screenAt(below) or QGuiApplication.primaryScreen()
        if screen is None:
            return below
        area = screen.availableGeometry()
        size = popup.sizeHint()
        x = min(max(below.x(), area.left()), area.right() - size.width())
        y = below.y()
        if y + size.height() > area.bottom():  # no room below: open above the field
            y = self._edit.mapToGlobal(QPoint(0, 0)).y() - size.height()
        return QPoint(x, max(y, area.top()))

    def _picked(self, day: date) -> None:
        try:
            current = self.value()
        except DateInputError:
            current = None
        self.setValue(self._with_date(current, day))
        self.editingFinished.emit()

    def _calendar_closed(self) -> None:
        self._edit.setFocus(Qt.FocusReason.PopupFocusReason)

    # --- internals ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            key, modifiers = event.key(), event.modifiers()
            alt = modifiers & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.openCalendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt and not self._edit.isReadOnly():
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, days: int) -> None:
        """Up/Down: a day later/earlier; on an empty field, today."""
        try:
            current = self.value()
        except DateInputError:
            return  # leave a mistyped text for the user to fix
        day = self._today() if current is None else self._date_of(current) + timedelta(days=days)
        if self._minimum and day < self._minimum or self._maximum and day > self._maximum:
            return
        self.setValue(self._with_date(current, day))
        self._edit.selectAll()

    def _check_limits(self, day: date) -> None:
        if self._minimum is not None and day < self._minimum:
            raise DateInputError(
                "before_minimum",
                QCoreApplication.translate("DateField", "The date must be %1 or later.").replace(
                    "%1", self._minimum.isoformat()
                ),
            )
        if self._maximum is not None and day > self._maximum:
            raise DateInputError(
                "after_maximum",
                QCoreApplication.translate("DateField", "The date must be %1 or earlier.").replace(
                    "%1", self._maximum.isoformat()
                ),
            )

    def _store(self, value: Any) -> None:
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _set_error(self, message: str) -> None:
        was_valid = not self._error
        self._error = message
        self._edit.setStyleSheet(_INVALID_STYLE if message else "")
        self._edit.setToolTip(message)
        self._edit.setAccessibleDescription(message)
        self._error_label.setText(message)
        self._error_label.setVisible(self._show_error_label and bool(message))
        if was_valid != (not message):
            self.validityChanged.emit(not message)

    def _retranslate(self) -> None:
        self._edit.setPlaceholderText(self._placeholder())
        self._button.setToolTip(QCoreApplication.translate("DateField", "Choose in the calendar (Alt+Down)"))
        self._button.setAccessibleName(QCoreApplication.translate("DateField", "Calendar"))
        metrics = self._edit.fontMetrics()
        sample = max(self._sample_text(), self._placeholder(), key=metrics.horizontalAdvance)
        self._edit.setFixedWidth(metrics.horizontalAdvance(sample) + 24)
        if self._error:  # say it again in the new language
            self._set_error(self.errorText())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class DateField(TemporalField):
    """An optional date typed as `2026-12-01`, `20261201`, `t`/`idag`, `+14`, `+2v` or `+1m`."""

    def _parse(self, text: str) -> date | None:
        return parse_date_input(text, self._today())

    def _format(self, value: date) -> str:
        return value.isoformat()

    def _date_of(self, value: date) -> date:
        return value

    def _with_date(self, value: date | None, day: date) -> date:
        return day

    def _placeholder(self) -> str:
        return QCoreApplication.translate("DateField", "YYYY-MM-DD")

    def _sample_text(self) -> str:
        return "0000-00-00"

    def value(self) -> date | None:
        return super().value()

    def setValue(self, value: date | None) -> None:  # noqa: N802 - Qt naming
        if isinstance(value, datetime):  # a datetime is a date: keep only the day
            value = value.date()
        super().setValue(value)


class DateTimeField(TemporalField):
    """An optional date and time: `2027-09-13 09:00`, `2027-09-13 9`, `idag 14:30`, `+7 10:00`.

    A date typed without a time keeps the time already shown, or else gets `default_time`.
    With `tz` (events use Europe/Stockholm) values are aware datetimes in that zone and
    `setValue` converts an aware value into it; without, they are naive.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        today: Callable[[], date] | None = None,
        tz: tzinfo | None = None,
        default_time: time = time(9, 0),
    ) -> None:
        self._tz = tz
        self._default_time = default_time
        super().__init__(parent, today)

    def _parse(self, text: str) -> datetime | None:
        kept = self._value.time() if isinstance(self._value, datetime) else self._default_time
        parsed = parse_datetime_input(text, self._today(), kept)
        if parsed is None or self._tz is None:
            return parsed
        return parsed.replace(tzinfo=self._tz)

    def _local(self, value: datetime) -> datetime:
        if self._tz is not None and value.tzinfo is not None:
            return value.astimezone(self._tz)
        return value

    def _format(self, value: datetime) -> str:
        return self._local(value).strftime("%Y-%m-%d %H:%M")

    def _date_of(self, value: datetime) -> date:
        return self._local(value).date()

    def _with_date(self, value: datetime | None, day: date) -> datetime:
        clock = self._local(value).time() if value is not None else self._default_time
        return datetime.combine(day, clock.replace(tzinfo=None), tzinfo=self._tz)

    def _placeholder(self) -> str:
        return QCoreApplication.translate("DateField", "YYYY-MM-DD HH:MM")

    def _sample_text(self) -> str:
        return "0000-00-00 00:00"

    def value(self) -> datetime | None:
        return super().value()

    def setValue(self, value: datetime | None) -> None:  # noqa: N802 - Qt naming
        if value is not None and self._tz is not None and value.tzinfo is None:
            value = value.replace(tzinfo=self._tz)  # a naive time is read as local time
        super().setValue(None if value is None else self._local(value))

    def setDefaultTime(self, clock: time) -> None:  # noqa: N802 - Qt naming
        self._default_time = clock
