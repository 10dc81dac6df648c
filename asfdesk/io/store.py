"""Store the rows of a validated import in one transaction: all chosen rows, or none.

The preview's validated objects are added as they are (the normalisers already ran); rows
already in the database are updated or skipped as the user chose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.models import Contact, Enterprise, PartnerOrganisation, enterprise_services
from asfdesk.db.session import session_scope
from asfdesk.i18n import pick
from asfdesk.io.errors import ImportFileError
from asfdesk.io.importer import ImportPreview, RowResult

Duplicate = Literal["skip", "update"]
Progress = Callable[[int, int], None]


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    contacts_created: int = 0

    def __str__(self) -> str:
        return pick(
            f"{self.created} created, {self.updated} updated, {self.skipped} skipped",
            f"{self.created} nya, {self.updated} uppdaterade, {self.skipped} överhoppade",
        ) + (
            pick(f", {self.contacts_created} contacts", f", {self.contacts_created} kontakter")
            if self.contacts_created
            else ""
        )


def rows_to_import(preview: ImportPreview, valid_only: bool) -> list[RowResult]:
    """The rows that will be stored; refuses when some are invalid and valid_only is not set."""
    if preview.invalid_rows and not valid_only:
        raise ImportFileError(
            f"{len(preview.invalid_rows)} rows have errors; nothing was imported",
            f"{len(preview.invalid_rows)} rader har fel; inget importerades",
        )
    return [r for r in preview.rows if r.valid and r.include]


def run_import(
    sessions: sessionmaker[Session],
    preview: ImportPreview,
    on_duplicate: Duplicate = "skip",
    valid_only: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Store the chosen rows in one transaction: all of them or, on any failure, none."""
    chosen = rows_to_import(preview, valid_only)
    summary = ImportSummary()
    summary.skipped = len([r for r in preview.rows if r.valid and not r.include])
    store = {"enterprises": _store_enterprise, "partners": _store_partner, "contacts": _store_contact}[
        preview.kind
    ]
    total = len(chosen)
    with session_scope(sessions) as session:
        partner_cache: dict[str, PartnerOrganisation] = {}
        for done, row in enumerate(chosen, start=1):
            store(session, row, on_duplicate, summary, partner_cache)
            if progress is not None and (done % 200 == 0 or done == total):
                progress(done, total)
        session.flush()
        if preview.kind == "enterprises":
            _store_services(session, chosen)
    return summary


def _store_enterprise(session: Session, row: RowResult, on_duplicate: Duplicate, summary, _cache) -> None:
    if row.existing_id is not None:
        if on_duplicate == "skip":
            summary.skipped += 1
            return
        obj = session.get(Enterprise, row.existing_id)
        for key, value in row.values.items():
            setattr(obj, key, value)
        summary.updated += 1
    else:
        # The validated object from the preview, once; a retry after a failure builds a new one.
        obj = row.extra.pop("validated", None) or Enterprise(**row.values)
        session.add(obj)
        summary.created += 1
    row.extra["object"] = obj


def _store_services(session: Session, rows: list[RowResult]) -> None:
    """Service links in one bulk insert (the association table has no ORM class to validate)."""
    links = []
    replace_for = []
    for row in rows:
        obj = row.extra.pop("object", None)
        if obj is None or "service_ids" not in row.extra:
            continue
        if row.existing_id is not None:
            replace_for.append(obj.id)
        links.extend(
            {"enterprise_id": obj.id, "service_category_id": sid} for sid in row.extra["service_ids"]
        )
    if replace_for:
        session.execute(
            enterprise_services.delete().where(enterprise_services.c.enterprise_id.in_(replace_for))
        )
    if links:
        session.execute(enterprise_services.insert(), links)


def _store_partner(session: Session, row: RowResult, on_duplicate: Duplicate, summary, cache) -> None:
    key = str(row.values["name"]).casefold()
    if key not in cache:
        org = None
        if row.existing_id is not None:
            if on_duplicate == "update":
                org = session.get(PartnerOrganisation, row.existing_id)
                for name, value in row.values.items():
                    setattr(org, name, value)
                summary.updated += 1
            else:
                summary.skipped += 1  # skip: the stored organisation and its contacts stay as they are
        else:
            org = PartnerOrganisation(**row.values)
            session.add(org)
            summary.created += 1
        cache[key] = org
    org = cache[key]
    contact_values = row.extra.get("contact")
    if org is None or not contact_values:
        return
    existing_contact = row.extra.get("existing_contact_id")
    if existing_contact:
        if on_duplicate == "update":
            contact = session.get(Contact, existing_contact)
            for name, value in contact_values.items():
                setattr(contact, name, value)
        return
    org.contacts.append(Contact(**contact_values))
    summary.contacts_created += 1


def _store_contact(session: Session, row: RowResult, on_duplicate: Duplicate, summary, _cache) -> None:
    if row.existing_id is not None:
        if on_duplicate == "skip":
            summary.skipped += 1
            return
        contact = session.get(Contact, row.existing_id)
        for key, value in row.values.items():
            setattr(contact, key, value)
        summary.updated += 1
        return
    contact = row.extra.pop("validated", None) or Contact(
        enterprise_id=row.extra["enterprise_id"], **row.values
    )
    session.add(contact)
    summary.created += 1
