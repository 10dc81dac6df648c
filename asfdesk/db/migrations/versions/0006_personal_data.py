"""personal-data duties: settings stored in the database (retention years, extract wording).

- `settings` (key/value): the retention period and the register extract's purpose text, so
  every user of a shared server follows the same rule. On PostgreSQL every asfdesk role may
  read it and only `asfdesk_admin` may change it (the group roles come from 0004; the grants
  are skipped for a role that does not exist, e.g. on a server set up without them).
- The access log stays append-only, with one exception that erasure needs (GDPR art. 17): an
  UPDATE may replace `detail` by the literal '(redacted)' and change nothing else. Who did
  what, when, to which record id is kept; only a free-text detail that could name the person
  (an export's file name) goes. On PostgreSQL only `asfdesk_admin` gets UPDATE on that column.
- On PostgreSQL the server stamps an access-log row's time too (`now()`), as it stamps the actor.
- A protected identity is found only by the full personnummer from now on: the search documents
  of protected jobseekers, written before with their names, are recomputed.

Triggers, functions and grants are invisible to autogenerate, so `alembic check` stays clean.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from asfdesk.db.search import refresh_documents

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REDACTED = "(redacted)"
APPEND_ONLY = "access_log is append-only"
READERS = ("asfdesk_admin", "asfdesk_consultant", "asfdesk_reader")
ADMIN = "asfdesk_admin"

# Every column but `detail`: a redaction may change none of them.
_KEPT = (
    "id", "occurred_at", "actor", "action", "entity", "entity_id", "row_count",
    "created_at", "updated_at", "created_by", "updated_by", "version",
)  # fmt: skip
_PG_SAME = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in _KEPT)
_SQLITE_SAME = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in _KEPT)

PG_REFUSE_UNLESS_REDACTION = f"""
CREATE OR REPLACE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.detail = '{REDACTED}'
       AND {_PG_SAME} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{APPEND_ONLY}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$
"""

PG_REFUSE_ALWAYS = f"""
CREATE OR REPLACE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{APPEND_ONLY}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$
"""

SQLITE_NO_UPDATE_UNLESS_REDACTION = f"""
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
WHEN NOT (NEW.detail IS '{REDACTED}' AND {_SQLITE_SAME})
BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: UPDATE refused'); END
"""

SQLITE_NO_UPDATE = f"""
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: UPDATE refused'); END
"""


def _grant_if_role(statement: str, role: str) -> None:
    """GRANT only when the group role exists (0004 creates them; a bare server may not have them)."""
    op.execute(
        f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
        f"EXECUTE '{statement} {role}'; END IF; END $$"
    )


# The server also names the time of an access-log row, not only who: a client may not back-date
# one (0003 stamped the actor only).
PG_STAMP_ACTOR_AND_TIME = """
CREATE OR REPLACE FUNCTION access_log_stamp_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.actor := session_user;
    NEW.occurred_at := now();
    RETURN NEW;
END
$$
"""
PG_STAMP_ACTOR_ONLY = """
CREATE OR REPLACE FUNCTION access_log_stamp_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.actor := session_user;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("REVOKE ALL ON settings FROM PUBLIC")
        for role in READERS:
            _grant_if_role("GRANT SELECT ON settings TO", role)
        _grant_if_role("GRANT INSERT, UPDATE ON settings TO", ADMIN)
        op.execute(PG_REFUSE_UNLESS_REDACTION)
        _grant_if_role("GRANT UPDATE (detail) ON access_log TO", ADMIN)
        op.execute(PG_STAMP_ACTOR_AND_TIME)
    else:
        op.execute("DROP TRIGGER IF EXISTS access_log_no_update")
        op.execute(SQLITE_NO_UPDATE_UNLESS_REDACTION)
    _forget_protected_names()


def _forget_protected_names() -> None:
    """A protected identity is found only by the full personnummer from this revision on: the
    search documents written earlier with such a person's name are recomputed without it."""
    bind = op.get_bind()
    protected = bind.execute(sa.text("SELECT id FROM jobseekers WHERE protected_identity")).scalars().all()
    if protected:
        refresh_documents(bind, "jobseekers", protected)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'asfdesk_admin') THEN "
            "EXECUTE 'REVOKE UPDATE (detail) ON access_log FROM asfdesk_admin'; END IF; END $$"
        )
        op.execute(PG_REFUSE_ALWAYS)
        op.execute(PG_STAMP_ACTOR_ONLY)
    else:
        op.execute("DROP TRIGGER IF EXISTS access_log_no_update")
        op.execute(SQLITE_NO_UPDATE)
    op.drop_table("settings")
