"""Read-only queries the UI, export and printing share. The UI never builds SQL itself."""

from asfdesk.db.queries.listing import (
    ColumnSpec,
    ListRequest,
    columns,
    count_rows,
    default_sort,
    estimate_rows,
    fetch_page,
    fetch_row,
    filter_choices,
    filter_keys,
    iter_rows,
    profile_id,
    row_label,
)

__all__ = [
    "ColumnSpec",
    "ListRequest",
    "columns",
    "count_rows",
    "default_sort",
    "estimate_rows",
    "fetch_page",
    "fetch_row",
    "filter_choices",
    "filter_keys",
    "iter_rows",
    "profile_id",
    "row_label",
]
