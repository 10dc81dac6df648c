"""Which tables the change history follows, and which of their fields it records without values.

Defined once here. The app's SQLite recorder (asfdesk.db.history) reads it directly; the
PostgreSQL triggers get a frozen copy in migration 0005 (a test compares the two), because a
released migration must not change when this module does.

A field whose value is withheld is recorded as "changed" with no old or new value: the GDPR
erasure must be able to remove a person without finding their name, personnummer or notes in
the history. For jobseekers it is the other way round — every field is withheld except the few
listed in `VALUES_KEPT`, so a column added later is private until someone decides otherwise.
"""

from __future__ import annotations

from asfdesk.db.models.events import Event, EventParticipant
from asfdesk.db.models.organisations import Contact, Enterprise, PartnerOrganisation
from asfdesk.db.models.people import Consultant, Jobseeker
from asfdesk.db.models.referrals import Activity, Referral

# Every table whose inserts, updates and deletes are recorded.
TRACKED: tuple[type, ...] = (
    Enterprise,
    PartnerOrganisation,
    Contact,
    Referral,
    Jobseeker,
    Event,
    EventParticipant,
    Consultant,
    Activity,
)

# Bookkeeping columns: never listed as changed fields.
META_COLUMNS = frozenset({"id", "created_at", "updated_at", "created_by", "updated_by", "version"})

# Fields recorded as "changed" without their values. Jobseekers: all of these, and any other
# field not in VALUES_KEPT.
WITHHELD_FIELDS: dict[type, frozenset[str]] = {
    Jobseeker: frozenset(
        {
            "first_name",
            "last_name",
            "personnummer",
            "birth_date",
            "protected_identity",
            "street_address",
            "postal_code",
            "city",
            "phone",
            "email",
            "notes",
        }
    ),
    Referral: frozenset({"notes"}),
    Activity: frozenset({"text"}),
}

# Tables where ONLY these fields keep their values (everything else is withheld).
VALUES_KEPT: dict[type, frozenset[str]] = {
    Jobseeker: frozenset({"responsible_consultant_id"}),
}

# Records that belong to another record (a note to its referral, a participant to its event):
# the history row names that owner, so the owner's history can show it even after a delete.
# The first of the columns that is set names the owner.
OWNER_COLUMNS: dict[type, tuple[str, ...]] = {
    Activity: ("referral_id", "enterprise_id", "partner_organisation_id"),
    EventParticipant: ("event_id",),
    Contact: ("enterprise_id", "partner_organisation_id"),
}


def table_of(model: type) -> str:
    return model.__table__.name  # type: ignore[attr-defined]


def model_of_table(table: str) -> type | None:
    return next((m for m in TRACKED if table_of(m) == table), None)


def is_withheld(model: type, field: str) -> bool:
    """True if the history records only that `field` of `model` changed, never its values."""
    if field in WITHHELD_FIELDS.get(model, ()):
        return True
    kept = VALUES_KEPT.get(model)
    return kept is not None and field not in kept and field not in META_COLUMNS


def withheld_columns(model: type) -> list[str]:
    """The model's withheld columns, in table order (what migration 0005 froze)."""
    return [c.name for c in model.__table__.columns if is_withheld(model, c.name)]  # type: ignore[attr-defined]


def owner_of(model: type, column: str) -> str:
    """The table an owner column points at ("referral_id" of activities → "referrals")."""
    (fk,) = model.__table__.c[column].foreign_keys  # type: ignore[attr-defined]
    return fk.column.table.name
