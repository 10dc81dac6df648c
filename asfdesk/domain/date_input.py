"""Dates and times as a consultant types them: ISO, compact, "today" and relative entries.

Accepted dates (case and surrounding spaces do not matter):

- ``2026-12-01``, also ``2026-12-1``, ``2026/12/01`` and ``2026.12.01``
- ``20261201`` (eight digits, year first)
- ``t``, ``idag``, ``i dag``, ``today``; ``imorgon``/``tomorrow``; ``igår``/``yesterday``
- ``+14`` / ``-3`` (days), ``+2v`` / ``+2w`` (weeks), ``+1m`` (months; the 31st becomes the
  month's last day), ``+1å`` / ``+1y`` (years); ``d`` as a unit is allowed (``+14d``), and a
  "today" word may come first (``t+14``, ``idag +2v``)
- empty text: no date (None)

Six digits (``261201``) are refused on purpose: the century is a guess, and for a date of
birth a wrong guess is silently a hundred years off. The error asks for the four-digit year.
Years outside 1900–2199 are refused as typing errors.

Date-times take a date as above, optionally followed by a time (``09:00``, ``9``, ``9.30``,
``0930``), or an ISO ``2027-09-13T09:00``; a time alone (``14:30``) means today.

Errors are DateInputError (a ValueError) with a translated message that never repeats what
was typed (a date of birth is personal data).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta

from asfdesk.i18n import translate

MIN_YEAR = 1900
MAX_YEAR = 2199

_CONTEXT = "DateInput"
_TODAY_WORDS = {
    "t": 0,
    "idag": 0,
    "i dag": 0,
    "today": 0,
    "imorgon": 1,
    "i morgon": 1,
    "tomorrow": 1,
    "igår": -1,
    "i går": -1,
    "yesterday": -1,
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_COMPACT = re.compile(r"(\d{8})")
_SHORT = re.compile(r"\d{6}|\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_RELATIVE = re.compile(r"(?:(t|idag|i dag|today)\s*)?([+-])\s*(\d{1,5})\s*([dvwmåy]?)")
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")
_TIME_COMPACT = re.compile(r"(\d{2})(\d{2})")
_TIME_WITH_SEPARATOR = re.compile(r"\d{1,2}[:.]\d{2}")


class DateInputError(ValueError):
    """Text that is not a date (or date-time). `code` says which kind of mistake, for tests/UI."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


def _not_a_date() -> DateInputError:
    return DateInputError(
        "format",
        translate(_CONTEXT, "Not a date. Type YYYY-MM-DD, t for today or +14 for 14 days ahead."),
    )


def _year_range_error() -> DateInputError:
    return DateInputError(
        "range",
        translate(_CONTEXT, "The year must be between %1 and %2.")
        .replace("%1", str(MIN_YEAR))
        .replace("%2", str(MAX_YEAR)),
    )


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _year_range_error()


def _make_date(year: int, month: int, day: int) -> date:
    _check_year(year)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(
            "no_such_date", translate(_CONTEXT, "There is no such date. Check the month and the day.")
        ) from None


def add_months(start: date, months: int) -> date:
    """`start` moved by whole months; a day the target month lacks becomes its last day."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    _check_year(year)
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _relative(sign: str, amount: int, unit: str, today: date) -> date:
    count = amount if sign == "+" else -amount
    if unit in ("m", "å", "y"):
        return add_months(today, count * (12 if unit in ("å", "y") else 1))
    days = count * (7 if unit in ("v", "w") else 1)
    try:
        result = today + timedelta(days=days)
    except OverflowError:
        raise _year_range_error() from None
    _check_year(result.year)
    return result


def parse_date_input(text: str | None, today: date) -> date | None:
    """The date `text` means on `today`, None for empty text; DateInputError otherwise."""
    cleaned = " ".join((text or "").split()).casefold()
    if not cleaned:
        return None
    if cleaned in _TODAY_WORDS:
        return today + timedelta(days=_TODAY_WORDS[cleaned])
    if match := _ISO.fullmatch(cleaned):
        return _make_date(int(match[1]), int(match[2]), int(match[3]))
    if _COMPACT.fullmatch(cleaned):
        return _make_date(int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:]))
    if match := _RELATIVE.fullmatch(cleaned):
        return _relative(match[2], int(match[3]), match[4], today)
    if _SHORT.fullmatch(cleaned):
        raise DateInputError(
            "two_digit_year", translate(_CONTEXT, "Write the year with four digits: YYYY-MM-DD.")
        )
    raise _not_a_date()


def _not_a_time() -> DateInputError:
    return DateInputError(
        "time_format",
        translate(_CONTEXT, "Not a time. Type the hour and minutes, for example 09:00 or 14:30."),
    )


def parse_time_input(text: str) -> time:
    """`9`, `09`, `9:30`, `09.30` or `0930` as a time of day; DateInputError otherwise."""
    cleaned = text.strip()
    match = _TIME.fullmatch(cleaned) or _TIME_COMPACT.fullmatch(cleaned)
    if not match:
        raise _not_a_time()
    hour, minute = int(match[1]), int(match[2] or 0)
    if hour > 23 or minute > 59:
        raise _not_a_time()
    return time(hour, minute)


def parse_datetime_input(text: str | None, today: date, default_time: time) -> datetime | None:
    """A naive local date-time; a date without a time gets `default_time`. None when empty."""
    cleaned = " ".join((text or "").split()).casefold()
    if not cleaned:
        return None
    if match := re.fullmatch(r"(\d{4}-\d{1,2}-\d{1,2})t(\S+)", cleaned):  # ISO 2027-09-13T09:00
        day, clock = parse_date_input(match[1], today), parse_time_input(match[2])
    elif _TIME_WITH_SEPARATOR.fullmatch(cleaned):  # a time alone: today
        day, clock = today, parse_time_input(cleaned)
    else:
        try:  # a date alone ("+ 7", "i dag") gets the default time
            day, clock = parse_date_input(cleaned, today), default_time
        except DateInputError:
            date_part, _, time_part = cleaned.rpartition(" ")
            if not date_part:
                raise
            day, clock = parse_date_input(date_part, today), parse_time_input(time_part)
    assert day is not None  # the text is not empty
    return datetime.combine(day, clock.replace(second=0, microsecond=0))


def next_whole_hour(now: datetime) -> datetime:
    """The first whole hour at or after `now` (10:00 stays 10:00, 10:01 becomes 11:00).

    A new event starts here. Keeps `now`'s tzinfo; late in the evening that is tomorrow.
    """
    floor = now.replace(minute=0, second=0, microsecond=0)
    return floor if floor == now else floor + timedelta(hours=1)
