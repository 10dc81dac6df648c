"""Typed dates and times (issue 9 §1, §3): the pure parser behind DateField and DateTimeField."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asfdesk.domain.date_input import (
    MAX_YEAR,
    MIN_YEAR,
    DateInputError,
    add_months,
    next_whole_hour,
    parse_date_input,
    parse_datetime_input,
    parse_time_input,
)

TODAY = date(2026, 11, 30)
NINE = time(9, 0)
dates = st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("  2026-12-01 ", date(2026, 12, 1)),
        ("2026-12-1", date(2026, 12, 1)),
        ("2026/12/01", date(2026, 12, 1)),
        ("2026.12.01", date(2026, 12, 1)),
        ("20261201", date(2026, 12, 1)),
        ("t", TODAY),
        ("T", TODAY),
        ("idag", TODAY),
        ("IDAG", TODAY),
        ("i dag", TODAY),
        ("today", TODAY),
        ("imorgon", date(2026, 12, 1)),
        ("igår", date(2026, 11, 29)),
        ("+14", date(2026, 12, 14)),
        ("+14d", date(2026, 12, 14)),
        ("-3", date(2026, 11, 27)),
        ("+2v", date(2026, 12, 14)),
        ("+2w", date(2026, 12, 14)),
        ("-1v", date(2026, 11, 23)),
        ("+1m", date(2026, 12, 30)),
        ("+3m", date(2027, 2, 28)),  # 30 February does not exist: the month's last day
        ("+1å", date(2027, 11, 30)),
        ("+1y", date(2027, 11, 30)),
        ("t+14", date(2026, 12, 14)),
        ("idag +2v", date(2026, 12, 14)),
        ("+ 7", date(2026, 12, 7)),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_accepted_dates(text, expected):
    assert parse_date_input(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("x", "format"),
        ("—0261201", "format"),  # what the old field produced
        ("2026-12", "format"),
        ("+", "format"),
        ("+2x", "format"),
        ("1 december", "format"),
        ("261201", "two_digit_year"),  # the century would be a guess
        ("26-12-01", "two_digit_year"),
        ("2026-02-30", "no_such_date"),
        ("2026-13-01", "no_such_date"),
        ("20260230", "no_such_date"),
        ("1899-12-31", "range"),
        ("2200-01-01", "range"),
        ("+99999", "range"),
        ("-99999m", "range"),
    ],
)
def test_refused_dates(text, code):
    with pytest.raises(DateInputError) as info:
        parse_date_input(text, TODAY)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)
    assert str(info.value)


def test_error_message_never_repeats_what_was_typed():
    """A date of birth is personal data: it must not end up in an error text or a log."""
    with pytest.raises(DateInputError) as info:
        parse_date_input("19701063", TODAY)
    assert "19701063" not in str(info.value)


def test_month_clamps_to_the_last_day():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


@given(dates)
def test_iso_round_trip(day):
    assert parse_date_input(day.isoformat(), TODAY) == day
    assert parse_date_input(day.strftime("%Y%m%d"), TODAY) == day


@given(st.integers(min_value=-3000, max_value=3000), dates)
def test_relative_days_and_weeks(days, today):
    expected = today + timedelta(days=days)
    sign = "+" if days >= 0 else "-"
    if MIN_YEAR <= expected.year <= MAX_YEAR:
        assert parse_date_input(f"{sign}{abs(days)}", today) == expected
        if days % 7 == 0:
            assert parse_date_input(f"{sign}{abs(days) // 7}v", today) == expected
    else:
        with pytest.raises(DateInputError):
            parse_date_input(f"{sign}{abs(days)}", today)


@given(st.text(max_size=20), dates)
def test_anything_typed_is_a_date_in_range_none_or_a_date_input_error(text, today):
    try:
        result = parse_date_input(text, today)
    except DateInputError:
        return
    assert result is None or MIN_YEAR <= result.year <= MAX_YEAR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-09-13 09:00", datetime(2027, 9, 13, 9, 0)),
        ("2027-09-13 9", datetime(2027, 9, 13, 9, 0)),
        ("2027-09-13 9:30", datetime(2027, 9, 13, 9, 30)),
        ("2027-09-13 9.30", datetime(2027, 9, 13, 9, 30)),
        ("2027-09-13 0930", datetime(2027, 9, 13, 9, 30)),
        ("2027-09-13T09:00", datetime(2027, 9, 13, 9, 0)),
        ("20270913 14:15", datetime(2027, 9, 13, 14, 15)),
        ("2027-09-13", datetime(2027, 9, 13, 9, 0)),  # the default time
        ("idag 14:30", datetime(2026, 11, 30, 14, 30)),
        ("i dag 14:30", datetime(2026, 11, 30, 14, 30)),
        ("t 8", datetime(2026, 11, 30, 8, 0)),
        ("+7 10:00", datetime(2026, 12, 7, 10, 0)),
        ("+2v 13", datetime(2026, 12, 14, 13, 0)),
        ("+7", datetime(2026, 12, 7, 9, 0)),
        ("14:30", datetime(2026, 11, 30, 14, 30)),
        ("", None),
    ],
)
def test_accepted_datetimes(text, expected):
    assert parse_datetime_input(text, TODAY, NINE) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2027-09-13 25:00", "time_format"),
        ("2027-09-13 10:60", "time_format"),
        ("2027-09-13 x", "time_format"),
        ("x 10:00", "format"),
        ("2027-02-30 10:00", "no_such_date"),
        ("nonsense", "format"),
    ],
)
def test_refused_datetimes(text, code):
    with pytest.raises(DateInputError) as info:
        parse_datetime_input(text, TODAY, NINE)
    assert info.value.code == code


@given(dates, st.integers(0, 23), st.integers(0, 59))
def test_datetime_round_trip(day, hour, minute):
    typed = f"{day.isoformat()} {hour:02d}:{minute:02d}"
    assert parse_datetime_input(typed, TODAY, NINE) == datetime(day.year, day.month, day.day, hour, minute)


@given(st.text(max_size=24), dates)
def test_anything_typed_is_a_date_time_none_or_a_date_input_error(text, today):
    try:
        result = parse_datetime_input(text, today, NINE)
    except DateInputError:
        return
    assert result is None or (MIN_YEAR <= result.year <= MAX_YEAR and result.second == 0)


@given(st.from_regex(r"[0-9+\-tidagv: .wmå]{0,16}", fullmatch=True), dates)
def test_date_like_text_never_fails_otherwise(text, today):
    """Text made of the characters dates are typed with reaches the parser's branches."""
    try:
        parse_datetime_input(text, today, NINE)
        parse_date_input(text, today)
    except DateInputError:
        pass


def test_time_alone():
    assert parse_time_input("7") == time(7, 0)
    assert parse_time_input("23:59") == time(23, 59)
    with pytest.raises(DateInputError):
        parse_time_input("24")


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 30, 10, 0), datetime(2026, 11, 30, 10, 0)),
        (datetime(2026, 11, 30, 10, 0, 1), datetime(2026, 11, 30, 11, 0)),
        (datetime(2026, 11, 30, 10, 59, 59, 999), datetime(2026, 11, 30, 11, 0)),
        (datetime(2026, 12, 31, 23, 30), datetime(2027, 1, 1, 0, 0)),
    ],
)
def test_next_whole_hour(now, expected):
    assert next_whole_hour(now) == expected


def test_next_whole_hour_keeps_the_time_zone():
    now = datetime(2026, 11, 30, 10, 15, tzinfo=UTC)
    assert next_whole_hour(now) == datetime(2026, 11, 30, 11, 0, tzinfo=UTC)
    assert next_whole_hour(now).tzinfo is UTC
