"""roles the server enforces: asfdesk_admin, asfdesk_consultant, asfdesk_reader; identity from session_user.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

from alembic import op  # noqa: F401

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # TODO(integrator-roles)


def downgrade() -> None:
    pass  # TODO(integrator-roles)
