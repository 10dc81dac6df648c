"""Store the rows of a validated import: all chosen rows, or none.

The preview's validated objects are added as they are (the normalisers already ran); rows
already in the database are updated or skipped as the user chose.

PostgreSQL stores everything in one transaction (it locks rows, so colleagues keep working).
SQLite locks the whole file for writing, so there the rows go in batches of BATCH_ROWS, each
its own short transaction, and asfdesk.io.import_journal undoes the committed batches when the
import fails, is cancelled or is killed: still all or nothing, without holding the lock for long.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.models import Contact, Enterprise, PartnerOrganisation, enterprise_services
from asfdesk.db.session import current_username, session_scope
from asfdesk.db.types import utcnow
from asfdesk.i18n import translate
from asfdesk.io.errors import ImportFileError, fill
from asfdesk.io.import_journal import (
    ImportJournal,
    import_lock,
    journal_path,
    recover_locked,
    sync_directory,
    undo_import,
)
from asfdesk.io.importer import ImportPreview, RowResult

log = logging.getLogger(__name__)
Duplicate = Literal["skip", "update"]
Progress = Callable[[int, int], None]
BATCH_ROWS = 500  # ~0.1-0.3 s of write lock per batch on SQLite


class ImportCancelled(Exception):
    """Raised by a progress callback to stop the import; everything stored so far is undone."""


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    contacts_created: int = 0

    def __str__(self) -> str:
        text = fill(
            translate("ImportSummary", "%1 created, %2 updated, %3 skipped"),
            self.created,
            self.updated,
            self.skipped,
        )
        if self.contacts_created:
            text += fill(translate("ImportSummary", ", %1 contacts"), self.contacts_created)
        return text


def rows_to_import(preview: ImportPreview, valid_only: bool) -> list[RowResult]:
    """The rows that will be stored; refuses when some are invalid and valid_only is not set."""
    if preview.invalid_rows and not valid_only:
        raise ImportFileError(
            fill(
                translate("ImportSummary", "%1 rows have errors; nothing was imported"),
                len(preview.invalid_rows),
            )
        )
    return [r for r in preview.rows if r.valid and r.include]


class _Writer:
    """Stores rows into whichever session the current batch uses, stamping what it creates."""

    def __init__(self, kind: str, on_duplicate: Duplicate, journal: ImportJournal | None) -> None:
        self.kind = kind
        self.on_duplicate = on_duplicate
        self.journal = journal
        self.summary = ImportSummary()
        self.partners: dict[str, PartnerOrganisation | int | None] = {}  # org name -> org (or its id)

    def _stamp(self, obj: object) -> None:
        if self.journal is not None:
            obj.created_at = self.journal.stamp
            obj.created_by = self.journal.user

    def _update(self, session: Session, model, table: str, obj_id: int, values: dict, services=None):
        obj = session.get(model, obj_id)
        if self.journal is not None:
            self.journal.remember_update(table, obj, list(values), services)
        for key, value in values.items():
            setattr(obj, key, value)
        return obj

    def store_batch(self, session: Session, rows: Sequence[RowResult]) -> None:
        store = {"enterprises": self._enterprise, "partners": self._partner, "contacts": self._contact}[
            self.kind
        ]
        for row in rows:
            store(session, row)
        session.flush()
        if self.journal is not None:
            self.journal.settle()
        if self.kind == "enterprises":
            _store_services(session, rows)
        # Objects of this batch are done with; later batches refer to partner organisations by id.
        for key, org in self.partners.items():
            if isinstance(org, PartnerOrganisation):
                self.partners[key] = org.id

    def _enterprise(self, session: Session, row: RowResult) -> None:
        if row.existing_id is not None:
            if self.on_duplicate == "skip":
                self.summary.skipped += 1
                return
            services = None
            if self.journal is not None and "service_ids" in row.extra:
                services = list(
                    session.scalars(
                        enterprise_services.select()
                        .with_only_columns(enterprise_services.c.service_category_id)
                        .where(enterprise_services.c.enterprise_id == row.existing_id)
                    )
                )
            obj = self._update(session, Enterprise, "enterprises", row.existing_id, row.values, services)
            self.summary.updated += 1
        else:
            # The validated object from the preview, once; a retry after a failure builds a new one.
            obj = row.extra.pop("validated", None) or Enterprise(**row.values)
            self._stamp(obj)
            session.add(obj)
            self.summary.created += 1
        row.extra["object"] = obj

    def _partner(self, session: Session, row: RowResult) -> None:
        key = str(row.values["name"]).casefold()
        if key not in self.partners:
            org = None
            if row.existing_id is not None:
                if self.on_duplicate == "update":
                    org = self._update(
                        session, PartnerOrganisation, "partner_organisations", row.existing_id, row.values
                    )
                    self.summary.updated += 1
                else:
                    self.summary.skipped += (
                        1  # skip: the stored organisation and its contacts stay as they are
                    )
            else:
                org = PartnerOrganisation(**row.values)
                self._stamp(org)
                session.add(org)
                self.summary.created += 1
            self.partners[key] = org
        org = self.partners[key]
        contact_values = row.extra.get("contact")
        if org is None or not contact_values:
            return
        existing_contact = row.extra.get("existing_contact_id")
        if existing_contact:
            if self.on_duplicate == "update":
                self._update(session, Contact, "contacts", existing_contact, contact_values)
            return
        if isinstance(org, int):
            contact = Contact(partner_organisation_id=org, **contact_values)
            session.add(contact)
        else:
            contact = Contact(**contact_values)
            org.contacts.append(contact)
        self._stamp(contact)
        self.summary.contacts_created += 1

    def _contact(self, session: Session, row: RowResult) -> None:
        if row.existing_id is not None:
            if self.on_duplicate == "skip":
                self.summary.skipped += 1
                return
            self._update(session, Contact, "contacts", row.existing_id, row.values)
            self.summary.updated += 1
            return
        contact = row.extra.pop("validated", None) or Contact(
            enterprise_id=row.extra["enterprise_id"], **row.values
        )
        self._stamp(contact)
        session.add(contact)
        self.summary.created += 1

    @property
    def stored_count(self) -> int:
        """Rows a finished import leaves stamped or updated (what recovery counts)."""
        return self.summary.created + self.summary.contacts_created + len(self.journal.updated)


def run_import(
    sessions: sessionmaker[Session],
    preview: ImportPreview,
    on_duplicate: Duplicate = "skip",
    valid_only: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Store the chosen rows: all of them or, on any failure or ImportCancelled, none.

    `progress(done, total)` is called after each batch; it may raise ImportCancelled.
    """
    chosen = rows_to_import(preview, valid_only)
    skipped = len([r for r in preview.rows if r.valid and not r.include])
    path = journal_path(sessions.kw["bind"])
    if path is None:
        summary = _in_one_transaction(sessions, preview.kind, chosen, on_duplicate, progress)
    else:
        with import_lock(path):
            recover_locked(sessions, path)  # a killed earlier import is undone first
            summary = _in_batches(sessions, preview.kind, chosen, on_duplicate, progress, path)
    summary.skipped += skipped
    return summary


def _in_one_transaction(sessions, kind, chosen, on_duplicate, progress) -> ImportSummary:
    writer = _Writer(kind, on_duplicate, None)
    total = len(chosen)
    with session_scope(sessions) as session:
        for start in range(0, total, BATCH_ROWS):
            writer.store_batch(session, chosen[start : start + BATCH_ROWS])
            if progress is not None:
                progress(min(total, start + BATCH_ROWS), total)
    return writer.summary


def _in_batches(sessions, kind, chosen, on_duplicate, progress, path) -> ImportSummary:
    user = sessions.kw.get("info", {}).get("user") or current_username()
    journal = ImportJournal.start(path, utcnow(), user)
    sync_directory(path)
    writer = _Writer(kind, on_duplicate, journal)
    total = len(chosen)
    try:
        for start in range(0, total, BATCH_ROWS):
            last = start + BATCH_ROWS >= total
            with session_scope(sessions) as session:
                writer.store_batch(session, chosen[start : start + BATCH_ROWS])
                if last:
                    journal.final_count = writer.stored_count
                journal.save()  # old values of this batch's updates are on disk before it commits
            if progress is not None and not last:
                progress(start + BATCH_ROWS, total)
    except BaseException:
        try:
            undo_import(sessions, journal)
        except Exception:  # the database went away too: the journal stays, the next import undoes it
            log.exception("could not undo the import now; it will be undone before the next one")
        raise
    journal.finish()
    sync_directory(path)
    if progress is not None:
        with contextlib.suppress(ImportCancelled):  # too late to cancel: everything is stored
            progress(total, total)
    return writer.summary


def _store_services(session: Session, rows: Sequence[RowResult]) -> None:
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
