"""change history of the main records (triggers on PostgreSQL, NOTIFY for live updates).

One `change_history` row per inserted, updated or deleted row of the followed tables: when, who,
which table and record, the operation, and `changes` = {field: [old, new]} (JSON; a withheld
personal field maps to null, "changed").

- PostgreSQL: an AFTER INSERT/UPDATE/DELETE row trigger on each followed table records the
  change, whoever makes it (the app, a script, psql), with `session_user` as the actor. The
  function is SECURITY DEFINER (owned by the administrator who migrates), so app roles need no
  privilege on the history table; they may only read it (asfdesk_admin, asfdesk_consultant),
  and a trigger refuses UPDATE, DELETE and TRUNCATE. The same trigger sends
  `pg_notify('asfdesk_changes', '{"table": …, "id": …, "op": …, "actor": …, "at": …}')` for live
  updates (delivered at commit; no field values in it).
- SQLite: the app records the history (asfdesk.db.history); triggers make it append-only.

The fields recorded without values are a FROZEN copy of asfdesk.db.history_fields (a test
compares them): for jobseekers every field but `responsible_consultant_id` is withheld, so a
column added later never leaks a person's data into the history.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from asfdesk.db.types import AwareDateTime

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = "change_history is append-only"
CHANNEL = "asfdesk_changes"
READERS = ("asfdesk_admin", "asfdesk_consultant")
APP_ROLES = ("asfdesk_admin", "asfdesk_consultant", "asfdesk_reader")

# (table, fields recorded without values, the only fields that keep values ("" = all but the
# withheld), owner columns "column:table" naming the record a row belongs to). Frozen.
FOLLOWED = (
    ("enterprises", "", "", ""),
    ("partner_organisations", "", "", ""),
    ("contacts", "", "", "enterprise_id:enterprises,partner_organisation_id:partner_organisations"),
    ("referrals", "notes", "", ""),
    (
        "jobseekers",
        "first_name,last_name,personnummer,birth_date,protected_identity,"
        "street_address,postal_code,city,phone,email,notes",
        "responsible_consultant_id",
        "",
    ),
    ("events", "", "", ""),
    ("event_participants", "", "", "event_id:events"),
    ("consultants", "", "", ""),
    (
        "activities",
        "text",
        "",
        "referral_id:referrals,enterprise_id:enterprises,partner_organisation_id:partner_organisations",
    ),
)

PG_FUNCTIONS = [
    f"""
    CREATE FUNCTION change_history_record() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
    DECLARE
        old_row jsonb;
        new_row jsonb;
        withheld text[] := string_to_array(TG_ARGV[0], ',');
        kept text[] := string_to_array(NULLIF(TG_ARGV[1], ''), ',');
        owners text[] := COALESCE(string_to_array(NULLIF(TG_ARGV[2], ''), ','), ARRAY[]::text[]);
        meta text[] := ARRAY['id', 'created_at', 'updated_at', 'created_by', 'updated_by', 'version'];
        diff jsonb := '{{}}'::jsonb;
        field text;
        pair text;
        owner_table text;
        owner_id integer;
        row_id integer;
        operation text := lower(TG_OP);
    BEGIN
        IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
        IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
        row_id := (COALESCE(new_row, old_row) ->> 'id')::integer;
        FOR field IN SELECT jsonb_object_keys(COALESCE(new_row, old_row)) LOOP
            CONTINUE WHEN field = ANY(meta);
            CONTINUE WHEN (old_row -> field) IS NOT DISTINCT FROM (new_row -> field);
            CONTINUE WHEN TG_OP = 'INSERT' AND new_row -> field = 'null'::jsonb;
            CONTINUE WHEN TG_OP = 'DELETE' AND old_row -> field = 'null'::jsonb;
            IF field = ANY(withheld) OR (kept IS NOT NULL AND NOT field = ANY(kept)) THEN
                diff := diff || jsonb_build_object(field, NULL);
            ELSE
                diff := diff || jsonb_build_object(field, jsonb_build_array(old_row -> field, new_row -> field));
            END IF;
        END LOOP;
        FOREACH pair IN ARRAY owners LOOP
            owner_id := (COALESCE(new_row, old_row) ->> split_part(pair, ':', 1))::integer;
            IF owner_id IS NOT NULL THEN
                owner_table := split_part(pair, ':', 2);
                EXIT;
            END IF;
        END LOOP;
        IF TG_OP <> 'UPDATE' OR diff <> '{{}}'::jsonb THEN
            INSERT INTO change_history
                (occurred_at, actor, table_name, record_id, operation, changes, owner_table, owner_id)
            VALUES (now(), session_user, TG_TABLE_NAME, row_id, operation, diff, owner_table, owner_id);
        END IF;
        PERFORM pg_notify(
            '{CHANNEL}',
            format(
                '{{"table": %s, "id": %s, "op": %s, "actor": %s, "at": %s}}',
                to_json(TG_TABLE_NAME::text),
                row_id,
                to_json(operation),
                to_json(session_user::text),
                to_json(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
            )
        );
        RETURN NULL;
    END
    $$
    """,
    f"""
    CREATE FUNCTION change_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{APPEND_ONLY}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $$
    """,
    """
    CREATE TRIGGER change_history_append_only BEFORE UPDATE OR DELETE ON change_history
    FOR EACH ROW EXECUTE FUNCTION change_history_refuse_change()
    """,
    """
    CREATE TRIGGER change_history_no_truncate BEFORE TRUNCATE ON change_history
    FOR EACH STATEMENT EXECUTE FUNCTION change_history_refuse_change()
    """,
    "REVOKE ALL ON change_history FROM PUBLIC",
    "REVOKE ALL ON SEQUENCE change_history_id_seq FROM PUBLIC",
    "REVOKE ALL ON FUNCTION change_history_record() FROM PUBLIC",
    # The group roles come from migration 0004; whatever default privileges gave them, they
    # may only read the history.
    f"""
    DO $$
    DECLARE
        role_name text;
    BEGIN
        FOREACH role_name IN ARRAY ARRAY{list(APP_ROLES)!r}::text[] LOOP
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
                EXECUTE format('REVOKE ALL ON change_history FROM %I', role_name);
                EXECUTE format('REVOKE ALL ON SEQUENCE change_history_id_seq FROM %I', role_name);
                IF role_name = ANY(ARRAY{list(READERS)!r}::text[]) THEN
                    EXECUTE format('GRANT SELECT ON change_history TO %I', role_name);
                END IF;
            END IF;
        END LOOP;
    END
    $$
    """,
]


def _pg_trigger(table: str, withheld: str, kept: str, owners: str) -> str:
    return (
        f"CREATE TRIGGER {table}_history AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION change_history_record('{withheld}', '{kept}', '{owners}')"
    )


SQLITE_UP = [
    f"""
    CREATE TRIGGER change_history_no_update BEFORE UPDATE ON change_history
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: UPDATE refused'); END
    """,
    f"""
    CREATE TRIGGER change_history_no_delete BEFORE DELETE ON change_history
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: DELETE refused'); END
    """,
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "change_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "occurred_at", AwareDateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.Column("owner_table", sa.String(length=63), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_history")),
    )
    op.create_index("ix_change_history_record", "change_history", ["table_name", "record_id"])
    op.create_index("ix_change_history_owner", "change_history", ["owner_table", "owner_id"])
    if postgres:
        # A SECURITY DEFINER function runs with the owner's rights: its search path is fixed to
        # this schema with pg_temp LAST, so a caller's temporary table named change_history
        # cannot catch the rows (pg_temp would otherwise be searched first).
        schema = op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar()
        for statement in PG_FUNCTIONS:
            op.execute(statement.replace("{schema}", schema))
        for followed in FOLLOWED:
            op.execute(_pg_trigger(*followed))
    else:
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, *_ in FOLLOWED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_history ON {table}")
        op.execute("DROP TABLE change_history")  # its own triggers go with it
        op.execute("DROP FUNCTION IF EXISTS change_history_refuse_change()")
        op.execute("DROP FUNCTION IF EXISTS change_history_record()")
    else:
        op.execute("DROP TRIGGER IF EXISTS change_history_no_delete")
        op.execute("DROP TRIGGER IF EXISTS change_history_no_update")
        op.drop_index("ix_change_history_owner", table_name="change_history")
        op.drop_index("ix_change_history_record", table_name="change_history")
        op.drop_table("change_history")
