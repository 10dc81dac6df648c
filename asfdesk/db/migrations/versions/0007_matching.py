"""Översikt and matching: the services a referral's jobseeker wants to try, and the indexes the
start view counts on.

* Table `referral_services` (referral, service category), like `enterprise_services`: the
  services (branscher) the jobseeker wants to try with a referral; the enterprise picker ranks
  enterprises offering one of them first (asfdesk.services.matching). A new table rather than
  a column, so SQLite needs no rebuild of `referrals`. On PostgreSQL it gets the grants and the
  identity-stamping trigger of 0004: consultants may tick and untick services (SELECT, INSERT,
  UPDATE, DELETE), the reader role sees nothing (it belongs to a person's referral).
* Six indexes on `referrals`, so that Översikt's figures at 1,000,000 referrals are range
  counts over an index and never read the table (asfdesk/db/queries/overview_figures.py,
  benchmarks/overview_bench.py): started (`actual_start`), ended and their outcomes (`status,
  actual_end, outcome`), one consultant's figures (`consultant_id, status, outcome, referred_on,
  actual_start, actual_end`, covering) and the places held now (`status, kind, actual_end,
  enterprise_id`, covering the derived free places of asfdesk.db.queries.capacity); and two
  for the follow-ups due: everyone's (`status, next_follow_up`) and one consultant's
  (`consultant_id, next_follow_up, status`, walked in date order).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_referrals_actual_start": ["actual_start"],
    "ix_referrals_status_actual_end": ["status", "actual_end", "outcome"],
    "ix_referrals_consultant_overview": [
        "consultant_id", "status", "outcome", "referred_on", "actual_start", "actual_end",
    ],
    "ix_referrals_places": ["status", "kind", "actual_end", "enterprise_id"],
    "ix_referrals_status_follow_up": ["status", "next_follow_up"],
    "ix_referrals_consultant_follow_up": ["consultant_id", "next_follow_up", "status"],
}  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "referral_services",
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("service_category_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=True,
        ),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_services_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_category_id"],
            ["service_categories.id"],
            name=op.f("fk_referral_services_service_category_id_service_categories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("referral_id", "service_category_id", name=op.f("pk_referral_services")),
    )
    op.create_index(
        op.f("ix_referral_services_service_category_id"), "referral_services", ["service_category_id"]
    )
    for name, columns in INDEXES.items():
        op.create_index(name, "referrals", columns, unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON referral_services TO asfdesk_consultant")
        op.execute("GRANT ALL ON referral_services TO asfdesk_admin")
        op.execute(
            "CREATE TRIGGER referral_services_stamp_identity BEFORE INSERT OR UPDATE ON referral_services"
            " FOR EACH ROW EXECUTE FUNCTION asfdesk_stamp_identity()"
        )


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="referrals")
    op.drop_index(op.f("ix_referral_services_service_category_id"), table_name="referral_services")
    op.drop_table("referral_services")  # its grants and trigger go with it
