"""change history of the main records (triggers on PostgreSQL, NOTIFY for live updates).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

from alembic import op  # noqa: F401

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # TODO(history)


def downgrade() -> None:
    pass  # TODO(history)
