"""matching referrals to free places (only if a column is needed; delete this file otherwise).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

from alembic import op  # noqa: F401

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # TODO(overview)


def downgrade() -> None:
    pass  # TODO(overview)
