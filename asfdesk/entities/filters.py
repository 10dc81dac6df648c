"""Filters several lists share (same wording, same picker)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, select, true

from asfdesk.db.models import Consultant, Municipality
from asfdesk.entities import choices
from asfdesk.entities.base import Choices, Filter
from asfdesk.i18n import QT_TRANSLATE_NOOP


def status(condition: Callable[[Any], ColumnElement[bool]], enum_cls) -> Filter:
    return Filter(
        condition,
        QT_TRANSLATE_NOOP("Entities", "Status:"),
        QT_TRANSLATE_NOOP("Entities", "All statuses"),
        choices=choices.enum(enum_cls),
    )


def kind(condition: Callable[[Any], ColumnElement[bool]], enum_cls) -> Filter:
    return Filter(
        condition,
        QT_TRANSLATE_NOOP("Entities", "Kind:"),
        QT_TRANSLATE_NOOP("Entities", "All kinds"),
        choices=choices.enum(enum_cls),
    )


def municipality(condition: Callable[[Any], ColumnElement[bool]], offered) -> Filter:
    return Filter(
        condition,
        QT_TRANSLATE_NOOP("Entities", "Municipality:"),
        QT_TRANSLATE_NOOP("Entities", "All municipalities"),
        choices=offered,
    )


# --- County and municipality (the region's view) ---------------------------------------------
# A row lies where `place(test)` says: `test` is a condition on a kommunkod column, and `place`
# applies it to the column the row's place is read from (its own, its enterprise's, its
# organisation's …), e.g. `lambda test: test(Enterprise.municipality_code)`.

Place = Callable[[Callable[[ColumnElement], ColumnElement[bool]]], ColumnElement[bool]]


def in_county(county_code: str) -> Callable[[ColumnElement], ColumnElement[bool]]:
    """A kommunkod column's test: the municipality lies in the county (by the reference table)."""
    return lambda code: code.in_(select(Municipality.code).where(Municipality.county_code == county_code))


def _in_chosen_county(municipality_code: Any, county_code: Any) -> bool:
    return str(municipality_code)[:2] == str(county_code)  # kommunkod = länskod + two digits


def region(place: Place, probe: bool = True) -> dict[str, Filter]:
    """Two pickers, County → Municipality (narrowed to the chosen county), kept per tab.

    Defined once here; each list says only where its rows lie (`place`). `probe`: a few rows
    are fetched by the place's index (see Filter.probe); off where `place` has no such index."""
    return {
        "county": Filter(
            lambda v: place(in_county(str(v))),
            QT_TRANSLATE_NOOP("Entities", "County:"),
            QT_TRANSLATE_NOOP("Entities", "All counties"),
            choices=choices.counties_in_use,
            remember=True,
            probe=probe,
        ),
        "municipality": Filter(
            lambda v: place(lambda code: code == str(v)),
            QT_TRANSLATE_NOOP("Entities", "Municipality:"),
            QT_TRANSLATE_NOOP("Entities", "All municipalities"),
            choices=choices.municipalities_in_use,
            narrowed_by="county",
            belongs=_in_chosen_county,
            remember=True,
            probe=probe,
        ),
    }


def consultant(condition: Callable[[Any], ColumnElement[bool]]) -> Filter:
    return Filter(
        condition,
        QT_TRANSLATE_NOOP("Entities", "Consultant:"),
        QT_TRANSLATE_NOOP("Entities", "All consultants"),
        choices=choices.consultants,
    )


def date_from(condition: Callable[[date], ColumnElement[bool]]) -> Filter:
    return Filter(
        condition, QT_TRANSLATE_NOOP("Entities", "From:"), QT_TRANSLATE_NOOP("Entities", "From date"), "date"
    )


def date_to(condition: Callable[[date], ColumnElement[bool]]) -> Filter:
    return Filter(
        condition, QT_TRANSLATE_NOOP("Entities", "To:"), QT_TRANSLATE_NOOP("Entities", "To date"), "date"
    )


# --- "Only mine" -----------------------------------------------------------------------------
# The login of the consultant at the keyboard: the app sets it when it knows who that is (the
# OS login, or the consultant chosen under "Who are you?"); the filter reads it when its query
# runs, so a list's request stays a plain hashable value (True).

_current_login: str | None = None


def set_current_login(login: str | None) -> None:
    """Who "mine" means from now on (None: the OS login)."""
    global _current_login
    _current_login = login.strip().lower() if login else None


def current_login() -> str:
    from asfdesk.db.flush_hooks import current_username

    return _current_login or current_username().lower()


def my_consultant_id() -> ColumnElement:
    """The id of the consultant using the app, evaluated when the query runs (NULL if unknown)."""
    login = bindparam("current_login", callable_=current_login)
    return select(Consultant.id).where(Consultant.username == login).scalar_subquery()


def mine(column: Callable[[], ColumnElement]) -> Filter:
    """A check box "Only mine": rows whose consultant `column()` is the user's."""
    return Filter(
        lambda v: column() == my_consultant_id() if v else true(),
        QT_TRANSLATE_NOOP("Entities", "Only mine"),
        kind="flag",
    )


__all__ = [
    "Choices",
    "consultant",
    "current_login",
    "date_from",
    "date_to",
    "kind",
    "mine",
    "municipality",
    "my_consultant_id",
    "region",
    "set_current_login",
    "status",
]
