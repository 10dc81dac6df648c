"""access log as evidence: append-only on both backends; on PostgreSQL the server names the actor.

- SQLite: BEFORE UPDATE / BEFORE DELETE triggers RAISE(ABORT). The actor is the OS user the app
  runs as (there is no server to ask).
- PostgreSQL: a BEFORE INSERT trigger sets `actor` to `session_user` (whatever the client sent),
  `actor` defaults to `session_user`, a trigger refuses UPDATE, DELETE and TRUNCATE, and those
  privileges are revoked from PUBLIC. Only the table's owner could disable the triggers.

Triggers and functions are invisible to autogenerate, so `alembic check` stays clean.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 09:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = "access_log is append-only"

PG_UP = [
    """
    CREATE FUNCTION access_log_stamp_actor() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.actor := session_user;
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER access_log_actor BEFORE INSERT ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_stamp_actor()
    """,
    f"""
    CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{APPEND_ONLY}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $$
    """,
    """
    CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change()
    """,
    """
    CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change()
    """,
    "ALTER TABLE access_log ALTER COLUMN actor SET DEFAULT session_user",
    "REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM PUBLIC",
]

PG_DOWN = [
    "ALTER TABLE access_log ALTER COLUMN actor DROP DEFAULT",
    "DROP TRIGGER IF EXISTS access_log_no_truncate ON access_log",
    "DROP TRIGGER IF EXISTS access_log_append_only ON access_log",
    "DROP TRIGGER IF EXISTS access_log_actor ON access_log",
    "DROP FUNCTION IF EXISTS access_log_refuse_change()",
    "DROP FUNCTION IF EXISTS access_log_stamp_actor()",
]

SQLITE_UP = [
    f"""
    CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: UPDATE refused'); END
    """,
    f"""
    CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: DELETE refused'); END
    """,
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS access_log_no_delete",
    "DROP TRIGGER IF EXISTS access_log_no_update",
]


def upgrade() -> None:
    for statement in PG_UP if op.get_bind().dialect.name == "postgresql" else SQLITE_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in PG_DOWN if op.get_bind().dialect.name == "postgresql" else SQLITE_DOWN:
        op.execute(statement)
