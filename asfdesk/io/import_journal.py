"""Undo an import that stopped half-way: the all-or-nothing half of batched imports on SQLite.

SQLite has one write lock per file. Storing 300,000 rows in one transaction held it for
minutes, and every colleague's save failed with "database is busy" (issue 8 §15). So on SQLite
an import commits in small batches, each holding the lock for a fraction of a second, and this
journal makes the whole import still all-or-nothing:

* every row the import creates carries one creation stamp (`created_at` = the import's start,
  to the microsecond, and `created_by` = the user), which nothing else produces;
* before a batch commits, the old values of the rows it updates are written to the journal
  (a 0600 file next to the database, synced to disk), and before the last batch commits, the
  journal learns how many stamped and updated rows a finished import leaves;
* when the import fails or is cancelled, the stamped rows are deleted and the updated rows get
  their old values back; after a kill -9, the next import (or `recover_interrupted_import`)
  finds the journal and does the same, unless the counts show the last batch did commit.

A row updated by someone else after the import touched it (its version moved on) keeps that
person's values. PostgreSQL needs none of this: it locks rows, not the file, so an import
there is a single transaction.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.models import Contact, Enterprise, PartnerOrganisation, enterprise_services
from asfdesk.db.session import session_scope
from asfdesk.i18n import translate
from asfdesk.io.private_files import write_private_bytes

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

log = logging.getLogger(__name__)

MODELS = {"enterprises": Enterprise, "partner_organisations": PartnerOrganisation, "contacts": Contact}
# Children first, so deleting stamped rows never trips a foreign key.
_DELETE_ORDER = ("contacts", "enterprises", "partner_organisations")


def journal_path(engine: Engine) -> Path | None:
    """Where the journal of the SQLite file behind `engine` lives; None for other databases."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(f"{database}.import-journal")


class ImportRunning(ValueError):
    """Another import into the same SQLite file is under way (another window or a CLI run).

    A ValueError, so the CLI prints the message; the wizard shows it like any refusal.
    """


@contextmanager
def import_lock(path: Path) -> Iterator[None]:
    """Held for a whole import: a second import waits for none and is refused, and recovery never
    undoes an import that is still running. The OS drops the lock when a process is killed."""
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            raise ImportRunning(
                translate(
                    "ImportSummary",
                    "Another import into this database is running; try again when it is done.",
                )
            ) from None
        yield
    finally:
        os.close(fd)


def _plain(value: object) -> object:
    """A JSON-safe form of a column value; enums go by their code and come back through validators."""
    if isinstance(value, Enum):
        return value.value
    return value


@dataclass
class ImportJournal:
    """One JSON line per fact, appended and synced: a header, then the old values of updated
    rows batch by batch, then the final count. A line cut short by a kill is ignored."""

    path: Path
    stamp: datetime
    user: str
    updated: list[dict] = field(default_factory=list)
    final_count: int | None = None
    _pending: list[tuple[dict, object]] = field(default_factory=list, repr=False)
    _unsaved: list[dict] = field(default_factory=list, repr=False)

    @classmethod
    def start(cls, path: Path, stamp: datetime, user: str) -> ImportJournal:
        journal = cls(path, stamp, user)
        header = {"stamp": stamp.isoformat(), "user": user}
        write_private_bytes(path, (json.dumps(header) + "\n").encode("utf-8"))
        return journal

    def remember_update(self, table: str, obj: object, keys: list[str], services: list[int] | None) -> None:
        """The old values of a row about to be updated; its new version is filled in by `settle`."""
        entry = {"table": table, "id": obj.id, "values": {key: _plain(getattr(obj, key)) for key in keys}}
        if services is not None:
            entry["services"] = services
        self.updated.append(entry)
        self._pending.append((entry, obj))

    def settle(self) -> None:
        """After the batch's flush: the version each updated row now has (unchanged if nothing changed)."""
        for entry, obj in self._pending:
            entry["version"] = obj.version
            self._unsaved.append({"updated": entry})
        self._pending.clear()

    def save(self) -> None:
        """Append what the current batch adds; on disk before the batch commits."""
        lines = list(self._unsaved)
        if self.final_count is not None:
            lines.append({"final_count": self.final_count})
        if not lines:
            return
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write("".join(json.dumps(line) + "\n" for line in lines))
            fh.flush()
            os.fsync(fh.fileno())
        self._unsaved.clear()

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path) -> ImportJournal:
        lines = path.read_text(encoding="utf-8").splitlines()
        header = json.loads(lines[0])
        journal = cls(path, datetime.fromisoformat(header["stamp"]), header["user"])
        for line in lines[1:]:
            try:
                fact = json.loads(line)
            except ValueError:
                break  # cut short by a kill: its batch never committed
            if "updated" in fact:
                journal.updated.append(fact["updated"])
            elif "final_count" in fact:
                journal.final_count = fact["final_count"]
        return journal


def _stamped(model, journal: ImportJournal):
    return (model.created_at == journal.stamp) & (model.created_by == journal.user)


def _committed_count(session: Session, journal: ImportJournal) -> int:
    count = 0
    for model in MODELS.values():
        count += session.scalar(select(func.count()).select_from(model).where(_stamped(model, journal))) or 0
    for entry in journal.updated:
        if "version" not in entry:
            continue
        model = MODELS[entry["table"]]
        version = session.scalar(select(model.version).where(model.id == entry["id"]))
        count += version == entry["version"]
    return count


def undo_import(sessions: sessionmaker[Session], journal: ImportJournal) -> None:
    """Delete the rows the import created and give updated rows back their old values."""
    with session_scope(sessions) as session:
        for entry in reversed(journal.updated):
            if "version" not in entry:
                continue  # its batch never got as far as writing
            model = MODELS[entry["table"]]
            obj = session.get(model, entry["id"])
            if obj is None or obj.version != entry["version"]:
                continue  # deleted or changed again by someone else since: theirs wins
            for key, value in entry["values"].items():
                setattr(obj, key, value)
            if "services" in entry:
                session.execute(
                    enterprise_services.delete().where(enterprise_services.c.enterprise_id == obj.id)
                )
                if entry["services"]:
                    session.execute(
                        enterprise_services.insert(),
                        [{"enterprise_id": obj.id, "service_category_id": sid} for sid in entry["services"]],
                    )
        for table in _DELETE_ORDER:
            model = MODELS[table]
            # Through the ORM, so the search documents go with the rows; in chunks, to keep memory flat.
            while True:
                chunk = session.scalars(select(model).where(_stamped(model, journal)).limit(500)).all()
                if not chunk:
                    break
                for obj in chunk:
                    session.delete(obj)
                session.flush()
    journal.finish()


def recover_interrupted_import(sessions: sessionmaker[Session]) -> bool:
    """Finish the work of an import that was killed: undo it, or keep it if it had committed.

    Returns True when a journal was found. Safe to call at every start; does nothing while
    another import is running.
    """
    path = journal_path(sessions.kw["bind"])
    if path is None or not path.exists():
        return False
    try:
        with import_lock(path):
            return recover_locked(sessions, path)
    except ImportRunning:
        return False


def recover_locked(sessions: sessionmaker[Session], path: Path) -> bool:
    """`recover_interrupted_import` for a caller that already holds `import_lock(path)`."""
    if not path.exists():
        return False
    try:
        journal = ImportJournal.load(path)
    except (OSError, ValueError, KeyError):
        log.error("unreadable import journal %s; left in place", path.name)
        return True
    with session_scope(sessions) as session:
        done = journal.final_count is not None and _committed_count(session, journal) == journal.final_count
    if done:
        journal.finish()
    else:
        log.warning("undoing an interrupted import")
        undo_import(sessions, journal)
    return True


def sync_directory(path: Path) -> None:
    """Make a journal's creation or removal durable (best effort: not every filesystem allows it)."""
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
