"""roles the server enforces: asfdesk_admin, asfdesk_consultant, asfdesk_reader; identity from session_user.

PostgreSQL only (a SQLite file has no roles; the app stamps who changed a row there).

- Three NOLOGIN group roles, created if missing. Roles are cluster-wide, so this is idempotent
  and safe when two databases on one server are upgraded at the same time. The user running
  `asfdesk db upgrade` needs CREATEROLE (or superuser) the first time; without it, and with the
  groups missing, the upgrade stops before this revision with a message saying what to do
  (failing loudly beats grants to roles that don't exist; this revision is one transaction, so
  a rerun with CREATEROLE starts it afresh). A DBA may also create the three groups beforehand.
- Grants (see docs/readme_parts/roles.md for the table):
  reader      SELECT on enterprises, partner organisations, contacts, events and participants,
              reference tables, consultants, their search tables, and the activities that
              belong to an enterprise or partner (row-level security hides referral notes);
              of referrals only the columns that don't lead to a person (no jobseeker_id, no
              notes), so counts and free places work. No jobseekers, no access log, no writes.
  consultant  the daily work: SELECT/INSERT/UPDATE on the working tables, DELETE only of what
              is routinely undone (contacts, participants, service ticks, notes, events). No
              DELETE of enterprises, partner organisations, jobseekers or referrals; INSERT on
              the access log (and SELECT of the two columns the ORM reads back).
  admin       everything a consultant may, plus every DELETE, the access log, consultants and
              the reference tables (user management and the personal-data duties).
  Nobody gets UPDATE, DELETE or TRUNCATE on access_log (0003 refuses them with a trigger too).
- `created_by`/`updated_by` on every audited table are set by a BEFORE INSERT/UPDATE trigger
  from `session_user`; whatever the client sends is overwritten, and `created_by` never changes
  after the insert. Later tables may use the function `asfdesk_stamp_identity()`.

The downgrade removes the grants, triggers and policies but keeps the roles: other databases on
the same server may use them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 11:30:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ADMIN, CONSULTANT, READER = "asfdesk_admin", "asfdesk_consultant", "asfdesk_reader"
GROUPS = (ADMIN, CONSULTANT, READER)

AUDITED = (
    "access_log", "consultants", "counties", "service_categories", "jobseekers", "municipalities",
    "enterprises", "partner_organisations", "contacts", "enterprise_services", "events", "referrals",
    "activities", "event_participants",
)  # fmt: skip
REFERENCE = ("counties", "municipalities", "service_categories")
ORGANISATION_DATA = (
    "enterprises", "partner_organisations", "contacts", "enterprise_services", "events",
    "event_participants", "search_enterprises", "search_partner_organisations", "search_contacts",
    "search_events", "search_consultants",
)  # fmt: skip
REFERRAL_FACTS = (
    "id",
    "enterprise_id",
    "consultant_id",
    "referred_on",
    "kind",
    "funding",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_end",
    "hours_per_week",
    "next_follow_up",
    "status",
    "outcome",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "version",
)  # fmt: skip  -- every column of referrals but jobseeker_id and notes
PERSONAL_DATA = ("jobseekers", "referrals", "search_jobseekers")
CONSULTANT_DELETES = (
    "contacts", "event_participants", "enterprise_services", "activities", "events",
    "search_enterprises", "search_partner_organisations", "search_contacts", "search_events",
    "search_consultants", "search_jobseekers",
)  # fmt: skip
EVERY_TABLE = (*AUDITED, "alembic_version", "search_enterprises", "search_partner_organisations",
               "search_contacts", "search_events", "search_consultants", "search_jobseekers")  # fmt: skip

CREATE_GROUPS = """
DO $$
DECLARE
    wanted text;
    may_create boolean := (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user);
BEGIN
    FOREACH wanted IN ARRAY ARRAY['asfdesk_admin', 'asfdesk_consultant', 'asfdesk_reader'] LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted);
        IF NOT may_create THEN
            RAISE EXCEPTION 'asfdesk roles missing' USING ERRCODE = 'insufficient_privilege';
        END IF;
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', wanted);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;  -- created by a concurrent upgrade of another database on this server
        END;
    END LOOP;
END
$$
"""

STAMP_FUNCTION = """
CREATE FUNCTION asfdesk_stamp_identity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
    ELSE
        NEW.created_by := OLD.created_by;
    END IF;
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$
"""

ACTIVITY_POLICIES = [
    "ALTER TABLE activities ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY asfdesk_staff ON activities TO {ADMIN}, {CONSULTANT} USING (true) WITH CHECK (true)",
    # A reader sees the notes on enterprises and partners, never those on a referral (a person).
    f"CREATE POLICY asfdesk_reader_organisations ON activities FOR SELECT TO {READER}"
    " USING (referral_id IS NULL)",
]


def _grants() -> list[str]:
    every = ", ".join(EVERY_TABLE)
    statements = [f"REVOKE ALL ON {every} FROM {', '.join(GROUPS)}"]
    statements += [f"GRANT USAGE ON SCHEMA public TO {group}" for group in GROUPS]
    statements.append(f"GRANT SELECT ON alembic_version TO {', '.join(GROUPS)}")
    # reader: organisations, events, reference data, who the consultants are. Nothing personal.
    readable = (*ORGANISATION_DATA, *REFERENCE, "consultants", "activities")
    statements.append(f"GRANT SELECT ON {', '.join(readable)} TO {READER}")
    # Referrals without the person and the notes: enough for counts (free places, the overview).
    statements.append(f"GRANT SELECT ({', '.join(REFERRAL_FACTS)}) ON referrals TO {READER}")
    # consultant: the daily work.
    working = (*ORGANISATION_DATA, *PERSONAL_DATA, "activities")
    statements.append(f"GRANT SELECT, INSERT, UPDATE ON {', '.join(working)} TO {CONSULTANT}, {ADMIN}")
    statements.append(f"GRANT DELETE ON {', '.join(CONSULTANT_DELETES)} TO {CONSULTANT}, {ADMIN}")
    statements.append(f"GRANT SELECT ON {', '.join((*REFERENCE, 'consultants'))} TO {CONSULTANT}")
    statements.append(f"GRANT INSERT ON access_log TO {CONSULTANT}, {ADMIN}")
    statements.append(f"GRANT SELECT (id, version) ON access_log TO {CONSULTANT}")
    # admin: also deletes, manages consultants and reference data, reads the access log.
    statements.append(f"GRANT DELETE ON {', '.join(working)} TO {ADMIN}")
    statements.append(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join((*REFERENCE, 'consultants'))} TO {ADMIN}"
    )
    statements.append(f"GRANT SELECT ON access_log TO {ADMIN}")
    statements.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {CONSULTANT}, {ADMIN}")
    # Tables of later revisions grant their own privileges; their id sequences need nothing to
    # decide (a sequence only hands out numbers), so those come with them.
    statements.append(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO {CONSULTANT}, {ADMIN}"
    )
    return statements


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.execute(text(CREATE_GROUPS))
    except Exception as exc:
        if getattr(getattr(exc, "orig", None), "sqlstate", None) != "42501":
            raise
        from asfdesk.db.schema_errors import SchemaError
        from asfdesk.i18n import translate

        raise SchemaError(
            translate(
                "Roles",
                "The roles asfdesk_admin, asfdesk_consultant and asfdesk_reader do not exist, and "
                "this login may not create them. Run “asfdesk db upgrade” as a login with CREATEROLE, "
                "or ask the server's administrator to create the three roles (NOLOGIN) first.",
            )
        ) from None
    for statement in (STAMP_FUNCTION, *_grants(), *ACTIVITY_POLICIES):
        op.execute(statement)
    for table in AUDITED:
        op.execute(
            f"CREATE TRIGGER {table}_stamp_identity BEFORE INSERT OR UPDATE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION asfdesk_stamp_identity()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in AUDITED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_stamp_identity ON {table}")
    op.execute("DROP FUNCTION IF EXISTS asfdesk_stamp_identity()")
    op.execute("DROP POLICY IF EXISTS asfdesk_reader_organisations ON activities")
    op.execute("DROP POLICY IF EXISTS asfdesk_staff ON activities")
    op.execute("ALTER TABLE activities DISABLE ROW LEVEL SECURITY")
    op.execute(f"REVOKE ALL ON {', '.join(EVERY_TABLE)} FROM {', '.join(GROUPS)}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {', '.join(GROUPS)}")
    op.execute(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE ON SEQUENCES FROM {CONSULTANT}, {ADMIN}"
    )
    op.execute(f"REVOKE USAGE ON SCHEMA public FROM {', '.join(GROUPS)}")
