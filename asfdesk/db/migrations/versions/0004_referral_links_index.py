"""referrals: one covering index on referred_on with the link columns (search plans).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

from alembic import op  # noqa: F401

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # TODO(integrator)


def downgrade() -> None:
    pass  # TODO(integrator)
