"""Read-only queries the UI, export and printing share. The UI never builds SQL itself."""

from asfdesk.db.queries.listing import (
    ENTITIES,
    ColumnSpec,
    ListRequest,
    columns,
    count_rows,
    default_sort,
    fetch_page,
    fetch_row,
    filter_keys,
    iter_rows,
    partner_of_contact,
    row_label,
)
from asfdesk.db.queries.options import filter_choices

__all__ = [
    "ENTITIES",
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
    "partner_of_contact",
    "row_label",
]
