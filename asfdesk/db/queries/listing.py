"""The main window's lists as SQL: columns, filters, search, sorting and paging.

What each list shows is defined once, with its entity, in asfdesk.entities (a `ListSpec`); this
module runs any of them. Every row is `(id, *values)` in `columns(list_key)` order, with typed
Python values and enum values as their label in the current language. A page is ONE statement
whatever its size: the page's ids are picked by an inner query (ORDER BY + LIMIT/OFFSET over the
base table, where the unused LEFT JOINs are eliminated by the database) and the outer query
joins the display columns for just those ids.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from asfdesk import entities
from asfdesk.db import search as search_limits  # FEW_MATCHES read when used (tests lower it)
from asfdesk.db.queries.person_lookup import person_condition, person_search_plan
from asfdesk.db.search import SearchPlan, count_plan, search_condition, search_plan
from asfdesk.entities import Column, ColumnSpec, ListSpec
from asfdesk.entities.base import Choices

__all__ = [
    "ColumnSpec",
    "ListRequest",
    "columns",
    "count_rows",
    "default_sort",
    "fetch_page",
    "fetch_row",
    "filter_choices",
    "filter_keys",
    "iter_rows",
    "profile_id",
    "row_label",
]


@dataclass(frozen=True)
class ListRequest:
    """What the user asked a list for. Hashable, so results can be cached and compared."""

    search: str = ""
    filters: tuple[tuple[str, Any], ...] = ()
    sort_key: str | None = None
    descending: bool = False

    def __post_init__(self) -> None:
        filters = self.filters
        if isinstance(filters, Mapping):
            filters = tuple(filters.items())
        cleaned = tuple(sorted((k, v) for k, v in filters if v is not None and v != ""))
        object.__setattr__(self, "filters", cleaned)

    @property
    def filter_map(self) -> dict[str, Any]:
        return dict(self.filters)

    def with_filter(self, key: str, value: Any) -> ListRequest:
        current = {k: v for k, v in self.filters if k != key}
        current[key] = value
        return ListRequest(self.search, tuple(current.items()), self.sort_key, self.descending)


def _definition(list_key: str) -> ListSpec:
    return entities.list_def(list_key).spec


def columns(list_key: str) -> list[ColumnSpec]:
    """The visible columns of a list, in display order."""
    return [c.spec for c in _definition(list_key).cols]


def default_sort(list_key: str) -> tuple[str, bool]:
    """(column key, descending) a list is sorted by until the user clicks a header."""
    d = _definition(list_key)
    return d.default_sort, d.default_descending


def filter_keys(list_key: str) -> list[str]:
    return list(_definition(list_key).filters)


def filter_choices(session: Session, list_key: str) -> dict[str, Choices]:
    """Values each filter picker of a list offers. Enum choices need no query."""
    return {
        key: f.choices(session) for key, f in _definition(list_key).filters.items() if f.choices is not None
    }


def _conditions(
    session: Session, d: ListSpec, request: ListRequest, correlated_short: bool = False,
    driven: bool = False,
) -> list[ColumnElement[bool]]:
    conditions = [d.where()]
    for key, value in request.filters:
        if key not in d.filters:
            raise ValueError(f"unknown filter {key!r}")
        conditions.append(d.filters[key].condition(value))
    searched = person_condition(request.search, d.person_key() if d.person_key is not None else None)
    searched = searched if searched is not None else search_condition(
        session.get_bind().dialect.name,
        request.search,
        d.search_targets(),
        correlated_short,
        driving_key=d.base.__table__.c.id if driven else None,
    )
    if searched is not None:
        conditions.append(searched)
    return conditions


def _sort_column(d: ListSpec, request: ListRequest) -> tuple[Column, bool]:
    key = request.sort_key or d.default_sort
    descending = request.descending if request.sort_key else d.default_descending
    col = d.by_key.get(key)
    if col is None:
        raise ValueError(f"unknown sort column {key!r}")
    return col, descending


def _order(d: ListSpec, request: ListRequest, driven: bool = False) -> list[ColumnElement]:
    """ORDER BY keys ending in the record id, so pages never overlap or skip rows.

    `driven`: the search matches few rows, so let the database fetch them by their foreign-key
    indexes and sort them, rather than walk the sort index and test every row.
    """
    col, descending = _sort_column(d, request)
    keys = [*(col.sort() if col.sort is not None else [col.expr]), d.base.id]
    if driven:
        keys[0] = func.coalesce(keys[0], keys[0])  # an expression: no index walk for the order
    return [k.desc() for k in keys] if descending else [k.asc() for k in keys]


def _row_select(d: ListSpec) -> Select:
    return select(d.base.id, *(c.expr for c in d.cols)).select_from(d.from_clause())


def _convert(d: ListSpec, row: Sequence[Any]) -> tuple:
    values = [row[0]]
    for col, value in zip(d.cols, row[1:], strict=True):
        values.append(col.convert(value) if col.convert is not None and value is not None else value)
    return tuple(values)


def count_rows(session: Session, entity: str, request: ListRequest) -> int:
    """How many rows match. Can take a while on big tables: call it from a worker."""
    d = _definition(entity)
    plan = person_search_plan(d.person_key, request.search) or count_plan(
        session, request.search, d.base, d.search_targets()
    )  # no statement unsearched
    if plan is SearchPlan.NOTHING:
        return 0
    conditions = _conditions(session, d, request, driven=plan is SearchPlan.DRIVEN)
    stmt = select(func.count()).select_from(d.base).where(and_(*conditions))
    return int(session.scalar(stmt) or 0)


ESTIMATE_SLICES = 8  # id ranges spread over the table …
ESTIMATE_SLICE_ROWS = 2_500  # … of this many ids each: 20,000 rows looked at, whatever the table size


def estimate_rows(session: Session, entity: str, request: ListRequest) -> tuple[int, bool]:
    """(rows matching, exact?) within tens of milliseconds at a million rows, for "≈ 43 000".

    A table of up to 20,000 ids is simply counted (exact). A bigger one is sampled: the rows in
    eight id ranges spread over the table are tested with the list's full condition, and the
    share found is scaled to the table. The ranges are read by the primary key, so the cost is
    the same for a rare word and a common one; the exact count follows when the user pauses.
    """
    d = _definition(entity)
    plan = person_search_plan(d.person_key, request.search) or count_plan(
        session, request.search, d.base, d.search_targets()
    )
    if plan is SearchPlan.NOTHING:
        return 0, True
    counted = select(func.count()).select_from(d.base).where(and_(*_conditions(session, d, request)))
    ids = d.base.__table__.c.id
    max_id = session.scalar(select(func.max(ids))) or 0
    sampled = ESTIMATE_SLICES * ESTIMATE_SLICE_ROWS
    if max_id <= sampled:
        return int(session.scalar(counted) or 0), True
    step = max_id // ESTIMATE_SLICES
    ranges = [ids.between(i * step + 1, i * step + ESTIMATE_SLICE_ROWS) for i in range(ESTIMATE_SLICES)]
    found = session.scalar(counted.where(or_(*ranges))) or 0
    return round(found * max_id / sampled), False


def _few_by_filter(session: Session, d: ListSpec, request: ListRequest) -> bool:
    """Whether a probing filter (the region's, Filter.probe) leaves few rows: then the page is
    fetched through that filter's index and sorted, rather than found by walking the sort index
    past every row of the other municipalities. One capped count (at most a few thousand index
    entries), only when such a filter is set."""
    probing = [
        d.filters[key].condition(value)
        for key, value in request.filters
        if key in d.filters and d.filters[key].probe
    ]
    if not probing:
        return False
    postgres = session.get_bind().dialect.name == "postgresql"
    cap = search_limits.FEW_MATCHES_POSTGRES if postgres else search_limits.FEW_MATCHES
    matches = select(d.base.id).where(d.where(), *probing).limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(matches)) or 0) < cap


def fetch_page(session: Session, entity: str, request: ListRequest, offset: int, limit: int) -> list[tuple]:
    """One page of rows, `(id, *values)`, in a fixed number of statements whatever `limit` is:
    one, plus one cheap estimate of the matches when searching (only the estimate when a word
    is in no document: no row can match)."""
    d = _definition(entity)
    col, _ = _sort_column(d, request)
    plan = person_search_plan(d.person_key, request.search) or search_plan(
        session, request.search, d.base, d.search_targets()
    )  # no statement unsearched
    if plan is SearchPlan.NOTHING:
        return []
    driven = plan is SearchPlan.DRIVEN
    few = driven or _few_by_filter(session, d, request)
    ids = (
        select(d.base.id)
        .select_from(d.from_clause(col.joins, inner=True))
        .where(and_(*_conditions(session, d, request, correlated_short=not driven, driven=driven)))
        .order_by(*_order(d, request, few))
        .offset(max(0, offset))
        .limit(max(0, limit))
    )
    stmt = _row_select(d).where(d.base.id.in_(ids)).order_by(*_order(d, request))
    return [_convert(d, row) for row in session.execute(stmt)]


def fetch_row(session: Session, entity: str, record_id: int) -> tuple | None:
    """One row in the same shape as fetch_page (to refresh a row after a save)."""
    d = _definition(entity)
    row = session.execute(_row_select(d).where(d.base.id == record_id, d.where())).first()
    return _convert(d, row) if row is not None else None


def iter_rows(session: Session, entity: str, request: ListRequest, batch_size: int = 2000) -> Iterator[tuple]:
    """Stream every matching row in the request's order (for export), `batch_size` at a time."""
    d = _definition(entity)
    stmt = _row_select(d).where(and_(*_conditions(session, d, request))).order_by(*_order(d, request))
    result = session.execute(stmt, execution_options={"yield_per": batch_size})
    for partition in result.partitions():
        for row in partition:
            yield _convert(d, row)


def profile_id(session: Session, list_key: str, row_id: int) -> int | None:
    """The id of the record a row opens: the row's own id, or e.g. a partner contact's organisation."""
    key = entities.list_def(list_key).open_key
    if key is None:
        return row_id
    d = _definition(list_key)
    return session.scalar(select(key).where(d.base.id == row_id))


def row_label(list_key: str, row: Sequence[Any]) -> str:
    """How to name a row in a confirmation ("Delete Kilafix?", "Anna Berg → Kilafix")."""
    d = _definition(list_key)
    keys = [c.spec.key for c in d.cols]
    names = d.label_keys or (keys[0],)
    return " → ".join(str(row[1 + keys.index(name)] or "") for name in names)
