"""personal-data duties: settings stored in the database (retention years, extract wording).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

from alembic import op  # noqa: F401

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # TODO(gdpr)


def downgrade() -> None:
    pass  # TODO(gdpr)
