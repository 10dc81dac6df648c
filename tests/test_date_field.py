"""DateField and DateTimeField (issue 9 §1–§3), driven by real key events as a consultant types."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)

from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.date_input import DateInputError
from asfdesk.ui.widgets import DateField, DateTimeField

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen: no raise/grab

TODAY = date(2026, 11, 30)


def today() -> date:
    return TODAY


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard: QTest for ASCII, a QKeyEvent with text for å/ä/ö."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def visible_labels(field: QWidget) -> list[str]:
    return [label.text() for label in field.findChildren(QLabel) if label.isVisible()]


@pytest.fixture
def form(qtbot):
    """A form row: a text field, the date field and another text field, shown and active."""
    window = QWidget()
    layout = QFormLayout(window)
    before, after = QLineEdit(), QLineEdit()
    field = DateField(today=today)
    layout.addRow("Before", before)
    layout.addRow("Date", field)
    layout.addRow("After", after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    return window, before, field, after


def enter(qtbot, field, text: str) -> None:
    edit = field.lineEdit()
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("20261201", date(2026, 12, 1)),
        ("t", TODAY),
        ("idag", TODAY),
        ("+14", date(2026, 12, 14)),
        ("+2v", date(2026, 12, 14)),
        ("-3", date(2026, 11, 27)),
        ("+1m", date(2026, 12, 30)),
    ],
)
def test_typed_dates_become_iso(qtbot, form, typed, expected):
    _window, _before, field, _after = form
    enter(qtbot, field, typed)
    assert field.value() == expected
    assert field.text() == expected.isoformat()
    assert field.isValid() and field.errorText() == ""


def test_non_ascii_words_are_typed_with_real_key_events(qtbot, form):
    _window, _before, field, _after = form
    enter(qtbot, field, "igår")
    assert field.value() == date(2026, 11, 29)
    enter(qtbot, field, "I GÅR")
    assert field.value() == date(2026, 11, 29)


def test_tab_commits_what_was_typed(qtbot, form):
    _window, _before, field, after = form
    type_text(field.lineEdit(), "20261201")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert field.text() == "2026-12-01"


def test_value_reads_the_text_before_the_field_is_left(qtbot, form):
    """Ctrl+S while still in the field must save what was typed, not the last committed value."""
    _window, _before, field, _after = form
    type_text(field.lineEdit(), "+14")
    assert field.value() == date(2026, 12, 14)


def test_garbage_stays_and_is_shown_as_an_error(qtbot, form):
    _window, _before, field, _after = form
    field.setValue(date(2026, 12, 1))
    validity = []
    field.validityChanged.connect(validity.append)
    enter(qtbot, field, "32 dec")
    assert field.text() == "32 dec"  # never silently dropped
    assert not field.isValid()
    with pytest.raises(DateInputError):
        field.value()
    message = field.errorText()
    assert message.startswith("Not a date")
    assert field.lineEdit().toolTip() == message
    assert message in visible_labels(field)
    assert validity == [False]
    enter(qtbot, field, "2026-12-24")
    assert field.isValid() and field.value() == date(2026, 12, 24)
    assert field.lineEdit().toolTip() == ""
    assert not visible_labels(field)
    assert validity == [False, True]


def test_no_such_date_and_two_digit_year_say_what_is_wrong(qtbot, form):
    _window, _before, field, _after = form
    enter(qtbot, field, "2026-02-30")
    assert "no such date" in field.errorText()
    enter(qtbot, field, "261201")
    assert "four digits" in field.errorText()


def test_error_label_can_be_left_to_the_form(qtbot, form):
    _window, _before, field, _after = form
    field.setErrorLabelVisible(False)
    enter(qtbot, field, "x")
    assert not visible_labels(field)
    assert field.lineEdit().toolTip()  # the red frame and tooltip stay
    assert not field.isValid()


@pytest.mark.parametrize("keys", [["ctrl+a", Qt.Key.Key_Delete], ["end"] + [Qt.Key.Key_Backspace] * 10])
def test_delete_and_backspace_clear_the_date(qtbot, form, keys):
    _window, _before, field, _after = form
    field.setValue(date(2026, 12, 1))
    changes = []
    field.valueChanged.connect(changes.append)
    edit = field.lineEdit()
    edit.setFocus()
    for key in keys:
        if key == "ctrl+a":
            qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        elif key == "end":
            qtbot.keyClick(edit, Qt.Key.Key_End)
        else:
            qtbot.keyClick(edit, key)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert field.text() == ""
    assert field.value() is None and field.isValid()
    assert changes == [None]


def test_value_changed_only_for_valid_changes(qtbot, form):
    _window, _before, field, _after = form
    changes = []
    field.valueChanged.connect(changes.append)
    enter(qtbot, field, "2026-12-01")
    enter(qtbot, field, "20261201")  # the same date: no change
    enter(qtbot, field, "x")
    enter(qtbot, field, "t")
    assert changes == [date(2026, 12, 1), TODAY]


@pytest.mark.parametrize("filled", [False, True])
def test_one_tab_leaves_the_field_and_one_shift_tab_goes_back(qtbot, form, filled):
    _window, before, field, after = form
    if filled:
        field.setValue(date(2026, 12, 1))
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.lineEdit()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is field.lineEdit()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before


def test_focus_on_the_field_goes_to_its_line_edit(qtbot, form):
    _window, before, field, _after = form
    before.setFocus()
    field.setFocus()
    assert QApplication.focusWidget() is field.lineEdit()


def test_up_and_down_step_a_day_and_start_from_today(qtbot, form):
    _window, _before, field, _after = form
    edit = field.lineEdit()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert field.value() == TODAY
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert field.value() == date(2026, 12, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert field.value() == date(2026, 11, 29)


def test_minimum_and_maximum_dates(qtbot, form):
    _window, _before, field, _after = form
    field.setMinimumDate(date(2026, 1, 1))
    field.setMaximumDate(date(2026, 12, 31))
    enter(qtbot, field, "2025-12-31")
    assert not field.isValid() and "2026-01-01 or later" in field.errorText()
    enter(qtbot, field, "2027-01-01")
    assert not field.isValid() and "2026-12-31 or earlier" in field.errorText()
    enter(qtbot, field, "2026-06-01")
    assert field.isValid()


def test_set_value_and_clear(qtbot):
    field = DateField(today=today)
    qtbot.addWidget(field)
    field.setValue(date(2030, 1, 2))
    assert field.text() == "2030-01-02" and field.value() == date(2030, 1, 2)
    field.setValue(None)
    assert field.text() == "" and field.value() is None
    assert field.lineEdit().placeholderText() == "YYYY-MM-DD"


# --- the calendar -----------------------------------------------------------------------------


def calendar_of(field: DateField) -> QCalendarWidget:
    assert field.isCalendarOpen()
    return field.calendarWidget()


def test_calendar_opens_on_today_when_empty(qtbot, form):
    _window, _before, field, _after = form
    qtbot.mouseClick(field.findChild(QToolButton), Qt.MouseButton.LeftButton)
    calendar = calendar_of(field)
    assert calendar.selectedDate().toPython() == TODAY
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)


@pytest.mark.parametrize(
    "keys",
    [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)],
)
def test_calendar_opens_on_the_fields_date_from_the_keyboard(qtbot, form, keys):
    _window, _before, field, _after = form
    field.setValue(date(2027, 3, 15))
    qtbot.keyClick(field.lineEdit(), *keys)
    calendar = calendar_of(field)
    assert calendar.selectedDate().toPython() == date(2027, 3, 15)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 3)


def test_calendar_opens_on_what_was_just_typed(qtbot, form):
    _window, _before, field, _after = form
    type_text(field.lineEdit(), "+2v")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_F4)
    assert calendar_of(field).selectedDate().toPython() == date(2026, 12, 14)


def test_enter_in_the_calendar_picks_the_day(qtbot, form):
    _window, _before, field, _after = form
    field.setValue(date(2026, 12, 1))
    finished = []
    field.editingFinished.connect(lambda: finished.append(True))
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_F4)
    view = QApplication.focusWidget()
    assert view is not None and calendar_of(field).isAncestorOf(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not field.isCalendarOpen()
    assert field.value() == date(2026, 12, 2) and field.text() == "2026-12-02"
    assert finished
    assert QApplication.focusWidget() is field.lineEdit()


def test_escape_closes_the_calendar_and_keeps_the_date(qtbot, form):
    _window, _before, field, _after = form
    field.setValue(date(2026, 12, 1))
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_F4)
    view = QApplication.focusWidget()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not field.isCalendarOpen()
    assert field.value() == date(2026, 12, 1)
    assert QApplication.focusWidget() is field.lineEdit()


def test_calendar_click_picks_the_day(qtbot, form):
    _window, _before, field, _after = form
    field.openCalendar()
    view = calendar_of(field).findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the cell after today, then a real mouse click on it
    centre = view.visualRect(view.currentIndex()).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not field.isCalendarOpen()
    assert field.value() == date(2026, 12, 1)


def test_calendar_header_shows_whole_weekday_names(qtbot, form):
    _window, _before, field, _after = form
    field.openCalendar()
    calendar = calendar_of(field)
    assert calendar.horizontalHeaderFormat() == QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    metrics = calendar.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(calendar.locale().dayName(d, calendar.locale().FormatType.ShortFormat))
        for d in range(1, 8)
    )
    assert calendar.width() >= 8 * widest  # seven days and the week number


def test_read_only_field_has_no_calendar(qtbot, form):
    _window, _before, field, _after = form
    field.setReadOnly(True)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_F4)
    assert not field.isCalendarOpen()


def test_the_calendar_button_takes_no_tab_focus(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    button = field.findChild(QToolButton)
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert field.focusProxy() is field.lineEdit()


# --- date and time ----------------------------------------------------------------------------


@pytest.fixture
def datetime_field(qtbot):
    field = DateTimeField(today=today, tz=STOCKHOLM)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setValue(datetime(2000, 1, 1, 0, 0, tzinfo=STOCKHOLM))
    field.lineEdit().setFocus()
    return field


def test_ctrl_a_and_typing_a_date_time_gives_that_value(qtbot, datetime_field):
    edit = datetime_field.lineEdit()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, "2027-09-13 09:00")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert datetime_field.value() == datetime(2027, 9, 13, 9, 0, tzinfo=STOCKHOLM)
    assert datetime_field.text() == "2027-09-13 09:00"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2027-09-13 9", datetime(2027, 9, 13, 9, 0)),
        ("idag 14:30", datetime(2026, 11, 30, 14, 30)),
        ("i dag 14:30", datetime(2026, 11, 30, 14, 30)),
        ("+7 10:00", datetime(2026, 12, 7, 10, 0)),
        ("2027-09-13", datetime(2027, 9, 13, 0, 0)),  # a date alone keeps the time shown
    ],
)
def test_typed_date_times(qtbot, datetime_field, typed, expected):
    enter(qtbot, datetime_field, typed)
    assert datetime_field.value() == expected.replace(tzinfo=STOCKHOLM)


def test_empty_date_time_gets_the_default_time(qtbot):
    field = DateTimeField(today=today, default_time=time(13, 0))
    qtbot.addWidget(field)
    field.lineEdit().setText("+1")
    field.commit()
    assert field.value() == datetime(2026, 12, 1, 13, 0)  # naive without a tz
    assert field.lineEdit().placeholderText() == "YYYY-MM-DD HH:MM"


def test_date_time_shows_aware_values_in_its_zone(qtbot):
    from datetime import UTC

    field = DateTimeField(tz=STOCKHOLM)
    qtbot.addWidget(field)
    field.setValue(datetime(2027, 1, 13, 8, 0, tzinfo=UTC))  # 09:00 in Stockholm in winter
    assert field.text() == "2027-01-13 09:00"
    assert field.value() == datetime(2027, 1, 13, 9, 0, tzinfo=STOCKHOLM)


def test_date_time_calendar_keeps_the_time(qtbot, datetime_field):
    datetime_field.setValue(datetime(2027, 9, 13, 9, 30, tzinfo=STOCKHOLM))
    qtbot.keyClick(datetime_field.lineEdit(), Qt.Key.Key_F4)
    calendar = calendar_of(datetime_field)
    assert calendar.selectedDate().toPython() == date(2027, 9, 13)
    view = QApplication.focusWidget()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # a week later
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert datetime_field.value() == datetime(2027, 9, 20, 9, 30, tzinfo=STOCKHOLM)


def test_bad_time_is_an_error(qtbot, datetime_field):
    enter(qtbot, datetime_field, "2027-09-13 25:00")
    assert not datetime_field.isValid()
    assert datetime_field.text() == "2027-09-13 25:00"
    assert "Not a time" in datetime_field.errorText()


# --- language ---------------------------------------------------------------------------------


def test_live_language_switch_retranslates(qtbot, form):
    from asfdesk.ui.i18n_qt import install_translators

    _window, _before, field, _after = form
    enter(qtbot, field, "x")
    try:
        install_translators("sv")
        qtbot.waitUntil(lambda: field.lineEdit().placeholderText() == "ÅÅÅÅ-MM-DD")
        assert field.errorText().startswith("Inte ett datum")
        assert field.lineEdit().toolTip().startswith("Inte ett datum")
        field.openCalendar()
        assert field.calendarWidget().locale().language() == QLocale.Language.Swedish
        field.closeCalendar()
    finally:
        install_translators("en")
    qtbot.waitUntil(lambda: field.lineEdit().placeholderText() == "YYYY-MM-DD")
    assert field.lineEdit().toolTip().startswith("Not a date")


# --- screenshots ------------------------------------------------------------------------------


def _with_popup(field: DateField) -> QPixmap:
    """The field and its calendar popup (a separate window) painted as the user sees them."""
    popup = field.calendarWidget().window()
    field_shot, popup_shot = field.window().grab(), popup.grab()
    origin = field.window().mapToGlobal(QPoint(0, 0))
    offset = popup.mapToGlobal(QPoint(0, 0)) - origin
    width = max(field_shot.width(), offset.x() + popup_shot.width())
    height = max(field_shot.height(), offset.y() + popup_shot.height())
    canvas = QPixmap(width, height)
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, field_shot)
    painter.drawPixmap(offset, popup_shot)
    painter.end()
    return canvas


@pytest.mark.parametrize("language", ["en", "sv"])
def test_screenshots(qtbot, language):
    """A filled date, a mistyped one, an empty one and a date-time; then the calendar open."""
    from asfdesk.ui.i18n_qt import install_translators

    try:
        install_translators(language)
        window = QWidget()
        layout = QFormLayout(window)
        filled, wrong, empty = (DateField(today=today) for _ in range(3))
        starts = DateTimeField(today=today, tz=STOCKHOLM)
        labels = {
            "en": ("Planned start", "Planned end", "Next follow-up", "Starts"),
            "sv": ("Planerad start", "Planerat slut", "Nästa uppföljning", "Börjar"),
        }[language]
        for label, field in zip(labels, (filled, wrong, empty, starts), strict=True):
            layout.addRow(label, field)
        qtbot.addWidget(window)
        window.resize(480, 220)
        window.show()
        qtbot.waitExposed(window)
        filled.setValue(date(2026, 12, 1))
        enter(qtbot, wrong, "2026-02-30")
        starts.setValue(datetime(2027, 9, 13, 9, 0, tzinfo=STOCKHOLM))
        fields_png = Path(f"/tmp/dailywork_date_field_{language}.png")
        assert window.grab().save(str(fields_png))
        empty.openCalendar()
        qtbot.waitUntil(empty.isCalendarOpen)
        calendar_png = Path(f"/tmp/dailywork_date_calendar_{language}.png")
        assert _with_popup(empty).save(str(calendar_png))
        empty.closeCalendar()
        assert fields_png.stat().st_size > 1000 and calendar_png.stat().st_size > 1000
    finally:
        install_translators("en")
