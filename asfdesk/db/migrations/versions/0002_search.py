"""search: trigram search tables (SQLite FTS5, PostgreSQL pg_trgm) filled from the base tables.

The objects are named search_* so that env.py's include_object leaves them out of autogenerate
and `alembic check`. See asfdesk.db.search for the design.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 07:50:00
"""

from collections.abc import Sequence

from alembic import op

from asfdesk.db.search import create_search_tables, drop_search_tables, rebuild_search_index

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    create_search_tables(bind)
    rebuild_search_index(bind)


def downgrade() -> None:
    drop_search_tables(op.get_bind())
