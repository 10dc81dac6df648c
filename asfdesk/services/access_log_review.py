"""Reviewing the access log (loggkontroll): who viewed, exported or changed whose data, and when.

One query for the GUI (Admin → Access log…) and the CLI (`asfdesk access-log`): filtered by
person (a personnummer in any usual form: their jobseeker row and their referrals' rows), by
user (login) and by date (calendar days in Europe/Stockholm, both inclusive), newest first. The rows hold
no personal data beyond record ids: the log itself never stores names or numbers. Every review
and every export of the log is itself written to the log, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk import entities
from asfdesk.db.models import AccessLogEntry, Jobseeker
from asfdesk.db.queries.person_lookup import normalise_personnummer_query
from asfdesk.db.session import session_scope
from asfdesk.db.types import STOCKHOLM
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.io.private_files import private_output
from asfdesk.io.writers import write_table
from asfdesk.services.access_log import record_access
from asfdesk.services.gdpr import require_admin

CONTEXT = "AccessLog"
DEFAULT_LIMIT = 1000  # rows the view shows; export writes every matching row

HEADERS = (
    QT_TRANSLATE_NOOP("AccessLog", "Time"),
    QT_TRANSLATE_NOOP("AccessLog", "User"),
    QT_TRANSLATE_NOOP("AccessLog", "Action"),
    QT_TRANSLATE_NOOP("AccessLog", "Record"),
    QT_TRANSLATE_NOOP("AccessLog", "Id"),
    QT_TRANSLATE_NOOP("AccessLog", "Rows"),
    QT_TRANSLATE_NOOP("AccessLog", "Detail"),
)

ACTIONS = {
    "view": QT_TRANSLATE_NOOP("AccessLog", "viewed"),
    "search": QT_TRANSLATE_NOOP("AccessLog", "searched"),
    "create": QT_TRANSLATE_NOOP("AccessLog", "created"),
    "update": QT_TRANSLATE_NOOP("AccessLog", "changed"),
    "delete": QT_TRANSLATE_NOOP("AccessLog", "deleted"),
    "export": QT_TRANSLATE_NOOP("AccessLog", "exported"),
    "print": QT_TRANSLATE_NOOP("AccessLog", "printed"),
    "extract": QT_TRANSLATE_NOOP("AccessLog", "register extract"),
    "erase": QT_TRANSLATE_NOOP("AccessLog", "erased"),
}


# Access-log "entity" values that are neither an entity nor a list of the registry.
OTHER_RECORDS = {"access_log": QT_TRANSLATE_NOOP("AccessLog", "Access log")}


def record_label(key: str, language: str | None = None) -> str:
    """What an entry's `entity` names, in the user's language: an entity ("Jobseeker"), a list
    ("Referrals", a list view or export) or the log itself; unknown keys as stored."""
    try:
        return entities.get(key).label(language)
    except ValueError:
        pass
    try:
        return entities.text(entities.list_def(key).title, language)
    except ValueError:
        pass
    source = OTHER_RECORDS.get(key)
    return translate(CONTEXT, source, language=language) if source else key


class LogFilterError(ValueError):
    """A filter the user typed is not usable (named in their language; nothing was read)."""


@dataclass(frozen=True)
class LogFilter:
    """What the reviewer asked for; every part optional."""

    personnummer: str = ""  # any usual form, the whole number
    actor: str = ""  # a login
    date_from: date | None = None
    date_to: date | None = None

    def describe(self) -> str:
        """For the review's own log row: which filters were used, never the personnummer."""
        parts = []
        if self.personnummer.strip():
            parts.append("person")
        if self.actor.strip():
            parts.append(f"user {self.actor.strip()}")
        if self.date_from:
            parts.append(f"from {self.date_from.isoformat()}")
        if self.date_to:
            parts.append(f"to {self.date_to.isoformat()}")
        return "access-log review" + (": " + ", ".join(parts) if parts else "")


@dataclass(frozen=True)
class LogRow:
    id: int
    occurred_at: datetime  # aware, Europe/Stockholm (asfdesk.db.types.AwareDateTime)
    actor: str
    action: str  # the stored code (view, export, …)
    entity: str
    entity_id: int | None
    row_count: int | None
    detail: str | None

    def action_label(self, language: str | None = None) -> str:
        source = ACTIONS.get(self.action)
        return translate(CONTEXT, source, language=language) if source else self.action

    def cells(self, language: str | None = None) -> list[object]:
        """The row as the view and the exported file show it (time without its zone)."""
        return [
            self.occurred_at.replace(tzinfo=None, microsecond=0),
            self.actor,
            self.action_label(language),
            record_label(self.entity, language),
            self.entity_id,
            self.row_count,
            self.detail or "",
        ]


def headers(language: str | None = None) -> list[str]:
    return [translate(CONTEXT, h, language=language) for h in HEADERS]


def whole_personnummer(text: str) -> str:
    """The stored 12 digits of a personnummer typed in any usual form; LogFilterError if `text`
    is not a whole number (a birth date alone could name several people)."""
    number = normalise_personnummer_query(text)
    if number is None or len(number) != 12:
        raise LogFilterError(
            translate(CONTEXT, "Type the whole personnummer, e.g. 19701063-2391 or 701063-2391.")
        )
    return number


def _local_start(day: date) -> datetime:
    """Midnight starting `day` in the users' zone (the one the log's times are shown in)."""
    return datetime.combine(day, time.min, tzinfo=STOCKHOLM)


def _about(person: int) -> list[ColumnElement[bool]]:
    """Entries about one jobseeker: rows of every personal entity of the registry that belong to
    them (the jobseeker row itself, their referrals), found through each list's `person_key`."""
    found: dict[str, ColumnElement[bool]] = {}
    for definition in entities.all_entities():
        if not definition.personal:
            continue
        for list_def in definition.lists:
            spec = list_def.spec
            if spec.person_key is None or spec.base is not definition.model or definition.key in found:
                continue
            ids = select(spec.base.id).where(spec.person_key() == person)
            found[definition.key] = and_(
                AccessLogEntry.entity == definition.key, AccessLogEntry.entity_id.in_(ids)
            )
    return list(found.values()) or [false()]


def _conditions(session: Session, flt: LogFilter) -> list[ColumnElement[bool]]:
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise LogFilterError(translate(CONTEXT, "The from date is after the to date."))
    conditions: list[ColumnElement[bool]] = []
    if flt.personnummer.strip():
        number = whole_personnummer(flt.personnummer)
        person = session.scalar(select(Jobseeker.id).where(Jobseeker.personnummer == number))
        if person is None:
            conditions.append(false())  # nobody with that number: no entries
        else:
            conditions.append(or_(*_about(person)))
    actor = flt.actor.strip()
    if actor:
        conditions.append(AccessLogEntry.actor.in_(sorted({actor, actor.lower()})))
    if flt.date_from:
        conditions.append(AccessLogEntry.occurred_at >= _local_start(flt.date_from))
    if flt.date_to:
        conditions.append(AccessLogEntry.occurred_at < _local_start(flt.date_to + timedelta(days=1)))
    return conditions


def _row(entry: Sequence) -> LogRow:
    return LogRow(*entry)


def _select(conditions: list[ColumnElement[bool]]):
    return (
        select(
            AccessLogEntry.id,
            AccessLogEntry.occurred_at,
            AccessLogEntry.actor,
            AccessLogEntry.action,
            AccessLogEntry.entity,
            AccessLogEntry.entity_id,
            AccessLogEntry.row_count,
            AccessLogEntry.detail,
        )
        .where(*conditions)
        .order_by(AccessLogEntry.occurred_at.desc(), AccessLogEntry.id.desc())
    )


def count_entries(session: Session, flt: LogFilter) -> int:
    stmt = select(func.count()).select_from(AccessLogEntry).where(*_conditions(session, flt))
    return int(session.scalar(stmt) or 0)


def entries(session: Session, flt: LogFilter, limit: int | None = DEFAULT_LIMIT) -> list[LogRow]:
    """The newest matching entries (at most `limit`; None: all). Reading them is not logged
    here: `review` does that, after the read."""
    stmt = _select(_conditions(session, flt))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_row(r) for r in session.execute(stmt)]


def iter_entries(session: Session, flt: LogFilter, batch_size: int = 2000) -> Iterator[LogRow]:
    """Every matching entry, newest first, streamed (for export)."""
    result = session.execute(_select(_conditions(session, flt)), execution_options={"yield_per": batch_size})
    for partition in result.partitions():
        for r in partition:
            yield _row(r)


@dataclass(frozen=True)
class Review:
    rows: list[LogRow]
    total: int  # how many entries match (rows holds the newest `limit`)


def review(session: Session, flt: LogFilter, limit: int | None = DEFAULT_LIMIT) -> Review:
    """The entries the reviewer asked for, and the review's own log row (same transaction).

    An administrator's duty on PostgreSQL (asfdesk.services.gdpr.require_admin; the server's
    grants decide too); on SQLite the single user may."""
    require_admin(session)
    rows = entries(session, flt, limit)
    total = len(rows) if limit is None or len(rows) < limit else count_entries(session, flt)
    _log_about_person(session, flt, len(rows))
    record_access(session, "view", "access_log", row_count=len(rows), detail=flt.describe())
    return Review(rows, total)


def _log_about_person(session: Session, flt: LogFilter, row_count: int) -> None:
    """A review by personnummer is also an access to that person's data: logged on them, so
    their register extract shows who looked up who had read it."""
    if not flt.personnummer.strip():
        return
    number = whole_personnummer(flt.personnummer)
    person = session.scalar(select(Jobseeker.id).where(Jobseeker.personnummer == number))
    if person is not None:
        record_access(session, "view", "jobseeker", person, row_count=row_count, detail="access-log review")


def export(
    sessions: sessionmaker[Session], flt: LogFilter, path: Path | str, language: str | None = None
) -> int:
    """Write every matching entry to `path` (.csv or .xlsx) and log the export. The file
    appears (0600) only after its log row has committed, like a tab's export
    (asfdesk.io.tab_export). Returns the number of rows written."""
    path = Path(path)
    with private_output(path) as partial, session_scope(sessions) as session:
        require_admin(session)
        rows = (r.cells(language) for r in iter_entries(session, flt))
        count = write_table(partial, headers(language), rows)
        detail = f"{flt.describe()}: {path.name}"
        _log_about_person(session, flt, count)
        record_access(session, "export", "access_log", row_count=count, detail=detail)
    return count
