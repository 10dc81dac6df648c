"""Export a tab exactly as the user sees it (search, filter, sort, visible columns) to a file.

The rows come from asfdesk.db.queries.listing, the same query the tab shows, so there is one
copy of the list logic. Lists of personal data (asfdesk.entities: the owning entity is
`personal`, e.g. referrals) are recorded in the access log in the same transaction, and the
file is removed again if that record fails.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from asfdesk import entities
from asfdesk.db.queries import listing
from asfdesk.db.session import session_scope
from asfdesk.io.private_files import private_output
from asfdesk.io.writers import write_table
from asfdesk.services.access_log import record_access


def is_personal(list_key: str) -> bool:
    """Does list `list_key` show jobseeker data (export asks first and is logged)?"""
    return entities.owner(list_key).personal


def tab_table(
    session: Session,
    entity: str,
    request: listing.ListRequest,
    visible_keys: Sequence[str] | None = None,
    language: str | None = None,
) -> tuple[list[str], Iterator[list[object]]]:
    """Headers and a row stream for the visible columns, in the tab's order."""
    specs = listing.columns(entity)
    keys = [s.key for s in specs]
    wanted = [k for k in (visible_keys or keys) if k in keys]
    positions = [1 + keys.index(k) for k in wanted]
    by_key = {s.key: s for s in specs}
    headers = [by_key[k].header(language) for k in wanted]

    def rows() -> Iterator[list[object]]:
        for row in listing.iter_rows(session, entity, request):
            yield [row[p] for p in positions]

    return headers, rows()


def export_tab(
    sessions: sessionmaker[Session],
    entity: str,
    request: listing.ListRequest,
    path: Path | str,
    visible_keys: Sequence[str] | None = None,
) -> int:
    """Write the tab to `path` (.xlsx or .csv). Returns the number of rows written."""
    path = Path(path)
    # The file appears (0600) only after its access-log row has committed; any failure before
    # that, half-way through the rows or at commit, leaves no file (asfdesk.io.private_files).
    with private_output(path) as partial, session_scope(sessions) as session:
        headers, rows = tab_table(session, entity, request, visible_keys)
        count = write_table(partial, headers, rows)
        if is_personal(entity):
            record_access(session, "export", entity, row_count=count, detail=path.name)
    return count
