"""The jobseekers' rights as use cases: register extract (art. 15/20), erasure (art. 17), retention.

Shared by the CLI (`asfdesk gdpr …`) and the GUI (profile → Registerutdrag… / Radera /
avidentifiera…, Admin → Gallring…). Functions taking a `session` add to the caller's
transaction and never commit; each duty writes its access-log row in that same transaction,
with no personal data in `detail`.

Erasure keeps a referral countable: the jobseeker row stays, anonymised (first name
"Avidentifierad", last name "#<id>", birth date 1 January of the birth year, no personnummer,
no contact data, no notes, the post town replaced by the municipality), referrals keep kind,
funding, dates, status and outcome, and their notes and follow-up texts are emptied. After the
commit `scrub_storage` removes the old bytes from a SQLite file (freed pages, the FTS index,
the WAL).

Retention (gallring): a jobseeker is due when nothing has happened for more than N years:
their last referral ended (or its last date or follow-up lies) before the cut-off and no
referral is still open (draft, sent, accepted, ongoing). A jobseeker who was never referred is
due when their record was last changed before the cut-off. N is the `retention_years` setting
(one rule for every user of a shared server); `--years` overrides it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, func, inspect, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from asfdesk import entities
from asfdesk.db import backup_registry
from asfdesk.db.models import AccessLogEntry, Activity, Base, Jobseeker, Referral, Setting
from asfdesk.db.search import SOURCES, fold
from asfdesk.db.session import current_username, session_scope
from asfdesk.domain.enums import ReferralStatus
from asfdesk.domain.errors import StillReferencedError, ValidationError
from asfdesk.domain.identifiers import normalize_personnummer
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.services.access_log import record_access

ANONYMOUS_FIRST_NAME = "Avidentifierad"
ANONYMOUS_TEXT = "(avidentifierad)"  # what an emptied follow-up note says (the text is required)
REDACTED_DETAIL = "(redacted)"  # the only UPDATE the access log allows (migration 0006)
RETENTION_KEY = "retention_years"
WORDING_KEY = "extract_purpose_text"
MAX_RETENTION_YEARS = 100
OPEN_STATUSES = (ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.ONGOING)
EXTRACT_FORMAT = "asfdesk-register-extract"
EXTRACT_VERSION = 1

DEFAULT_PURPOSE = QT_TRANSLATE_NOOP(
    "GdprExtract",
    "This is a register extract under Article 15 of the General Data Protection Regulation "
    "(GDPR). It shows everything the municipality's labour-market unit has recorded about you "
    "in its case system. The data is used to plan, carry out and follow up labour-market "
    "measures: referrals to work training, work trials, internships and jobs. Legal basis: a "
    "task carried out in the public interest and in the exercise of official authority "
    "(Article 6(1)(e) GDPR), the municipality's labour-market mission. You may ask for "
    "incorrect data to be corrected, for data to be erased or its use restricted, and you may "
    "complain to the Swedish Authority for Privacy Protection (IMY).",
)


class DutyRefusedError(StillReferencedError):
    """A personal-data duty that may not be carried out (not an administrator, nobody found,
    no retention rule). Shown like a refused delete: a sentence, no traceback."""


SETTING_LABELS = {
    RETENTION_KEY: QT_TRANSLATE_NOOP("Gdpr", "Retention period"),
    WORDING_KEY: QT_TRANSLATE_NOOP("Gdpr", "Register extract wording"),
}


class SettingError(ValidationError):
    """An invalid setting value, named by the setting's own label."""

    def message(self, language: str | None = None) -> str:
        label = translate("Gdpr", SETTING_LABELS[self.field], language=language)
        return f"{label}: {self.reason(language)}"


# --- who may --------------------------------------------------------------------------------


def require_admin(session: Session) -> None:
    """The duties are administrator actions on PostgreSQL; on SQLite the single user may run them.

    Uses `asfdesk.services.roles` (the shared-server roles); without it the server's grants decide.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    try:
        from asfdesk.services import roles
    except ImportError:  # pragma: no cover - until the roles module is there
        return
    role = roles.current_role(session)
    admin = getattr(roles.Role, "ADMIN", None)
    if role is not None and admin is not None and role != admin:
        raise DutyRefusedError(
            QT_TRANSLATE_NOOP("Validation", "Only an administrator (asfdesk_admin) may carry out this duty.")
        )


def may_carry_out(session: Session) -> bool:
    """Whether the user may run the duties here (for greying out buttons; the services check)."""
    try:
        require_admin(session)
    except DutyRefusedError:
        return False
    return True


# --- settings -------------------------------------------------------------------------------


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else None


def _set_setting(session: Session, key: str, value: str | None) -> None:
    require_admin(session)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    record_access(session, "update", "settings", detail=key)


def retention_years(session: Session) -> int | None:
    """The retention period in whole years, or None when no rule has been set."""
    value = get_setting(session, RETENTION_KEY)
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def check_years(years: object) -> int:
    """1 to 100 whole years, or a ValidationError naming the field."""
    try:
        number = int(str(years).strip())
    except ValueError:
        raise SettingError(RETENTION_KEY, QT_TRANSLATE_NOOP("Validation", "must be a whole number")) from None
    if not 1 <= number <= MAX_RETENTION_YEARS:
        raise SettingError(
            RETENTION_KEY,
            QT_TRANSLATE_NOOP("Validation", "must be between 1 and {maximum} years"),
            maximum=MAX_RETENTION_YEARS,
        )
    return number


def set_retention_years(session: Session, years: object) -> int:
    number = check_years(years)
    _set_setting(session, RETENTION_KEY, str(number))
    return number


def default_wording(language: str | None = None) -> str:
    return translate("GdprExtract", DEFAULT_PURPOSE, language=language)


def extract_wording(session: Session, language: str | None = None) -> str:
    """The purpose/legal-basis text of the extract: the stored wording, else the default."""
    stored = get_setting(session, WORDING_KEY)
    return stored if stored and stored.strip() else default_wording(language)


def set_extract_wording(session: Session, wording: str | None) -> None:
    """Store the wording; empty text goes back to the default."""
    cleaned = (wording or "").strip()
    if len(cleaned) > 5000:
        raise SettingError(
            WORDING_KEY,
            QT_TRANSLATE_NOOP("Validation", "is longer than {max_length} characters"),
            max_length=5000,
        )
    _set_setting(session, WORDING_KEY, cleaned or None)


# --- finding the person ---------------------------------------------------------------------


def is_anonymised(person: Jobseeker) -> bool:
    return (
        person.personnummer is None
        and person.first_name == ANONYMOUS_FIRST_NAME
        and person.last_name == f"#{person.id}"
    )


def find_jobseeker(session: Session, personnummer: str) -> Jobseeker:
    """The jobseeker with this personnummer (any written form); the number never enters a message."""
    normalized = normalize_personnummer(personnummer)
    person = session.scalar(select(Jobseeker).where(Jobseeker.personnummer == normalized))
    if person is None:
        raise DutyRefusedError(QT_TRANSLATE_NOOP("Validation", "No jobseeker has that personnummer."))
    return person


def _jobseeker(session: Session, jobseeker_id: int) -> Jobseeker:
    person = session.get(Jobseeker, jobseeker_id)
    if person is None:
        raise DutyRefusedError(QT_TRANSLATE_NOOP("Validation", "The jobseeker no longer exists."))
    return person


def initials(person: Jobseeker) -> str:
    return _initials(person.first_name, person.last_name, person.protected_identity)


def _initials(first: str | None, last: str | None, protected: bool) -> str:
    """ "A.S.", or a dash for a protected identity (not even initials are shown)."""
    if protected:
        return "–"
    return "".join(f"{n.strip()[0].upper()}." for n in (first, last) if n and n.strip())


# --- 1. register extract --------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO text, enums as their stable codes, Decimals as numbers."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, Base):
        return {a.key: _plain(getattr(value, a.key)) for a in inspect(type(value)).column_attrs}
    return value


def _change_history(
    session: Session, jobseeker_id: int, referral_ids: list[int], language: str | None
) -> list[dict]:
    """The person's change history and their referrals' (asfdesk.services.history), oldest first.

    Personal fields are recorded there without values ("withheld"), so only when and which.
    """
    from asfdesk.services.history import history_of

    lines: list[tuple[str, int, Any]] = [
        ("jobseeker", jobseeker_id, line)
        for line in history_of(session, "jobseeker", jobseeker_id, language, log=False)
    ]
    for referral_id in referral_ids:  # the extract's own access-log row covers these readings
        lines.extend(
            ("referral", referral_id, line)
            for line in history_of(session, "referral", referral_id, language, log=False)
        )
    lines.sort(key=lambda item: item[2].at)
    return [
        {
            "entity": entity,
            "record_id": record_id,
            "at": _plain(line.at),
            "actor": line.actor,
            "operation": line.operation,
            "field": line.field,
            "old": None if line.withheld else line.old,
            "new": None if line.withheld else line.new,
            "withheld": bool(line.withheld),
        }
        for entity, record_id, line in lines
    ]


def _entity_key(model: type) -> str:
    """The registry key the access log names `model`'s rows by (asfdesk.entities)."""
    return next(e.key for e in entities.all_entities() if e.model is model)


def _access_entries(session: Session, jobseeker_id: int, referral_ids: list[int]) -> list[AccessLogEntry]:
    """Every access-log row about the person's own record or one of their referrals."""
    records = {_entity_key(Jobseeker): [jobseeker_id], _entity_key(Referral): referral_ids}
    about = or_(
        *(
            (AccessLogEntry.entity == key) & AccessLogEntry.entity_id.in_(ids)
            for key, ids in records.items()
            if ids
        )
    )
    return list(
        session.scalars(
            select(AccessLogEntry).where(about).order_by(AccessLogEntry.occurred_at, AccessLogEntry.id)
        )
    )


def _consultant_name(consultant) -> str | None:
    return consultant.name if consultant is not None else None


def extract_record(
    session: Session,
    jobseeker_id: int,
    actor: str | None = None,
    file_format: str = "json",
    language: str | None = None,
) -> dict:
    """Everything stored about one jobseeker, as plain data with stable English keys.

    Writes the access-log row first (action "extract"), so the extract lists itself too. This
    is the one output that shows a protected person's full data: it goes to the person.
    """
    require_admin(session)
    person = _jobseeker(session, jobseeker_id)
    entry = record_access(
        session, "extract", "jobseeker", person.id, detail=f"register extract {file_format}"
    )
    if actor:
        entry.actor = actor  # PostgreSQL stamps session_user whatever is sent
    session.flush()
    referrals = list(
        session.scalars(
            select(Referral)
            .where(Referral.jobseeker_id == person.id)
            .options(
                selectinload(Referral.enterprise),
                selectinload(Referral.consultant),
                selectinload(Referral.wanted_services),
                selectinload(Referral.activities).selectinload(Activity.author),
            )
            .order_by(Referral.referred_on, Referral.id)
        )
    )
    referral_ids = [r.id for r in referrals]
    return {
        "format": EXTRACT_FORMAT,
        "format_version": EXTRACT_VERSION,
        "generated_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "generated_by": actor or session.info.get("user") or current_username(),
        "purpose": extract_wording(session, language),
        "person": {
            "id": person.id,
            "first_name": person.first_name,
            "last_name": person.last_name,
            "personnummer": person.personnummer,
            "birth_date": _plain(person.birth_date),
            "protected_identity": bool(person.protected_identity),
            "phone": person.phone,
            "email": person.email,
            "street_address": person.street_address,
            "postal_code": person.postal_code,
            "city": person.city,
            "notes": person.notes,
            "responsible_consultant": _consultant_name(person.responsible_consultant),
            "created_at": _plain(person.created_at),
            "created_by": person.created_by,
            "updated_at": _plain(person.updated_at),
            "updated_by": person.updated_by,
        },
        "referrals": [
            {
                "id": r.id,
                "enterprise": r.enterprise.name if r.enterprise is not None else None,
                "enterprise_org_number": r.enterprise.org_number if r.enterprise is not None else None,
                "kind": _plain(r.kind),
                "funding": _plain(r.funding),
                "status": _plain(r.status),
                "outcome": _plain(r.outcome),
                "referred_on": _plain(r.referred_on),
                "planned_start": _plain(r.planned_start),
                "planned_end": _plain(r.planned_end),
                "actual_start": _plain(r.actual_start),
                "actual_end": _plain(r.actual_end),
                "hours_per_week": _plain(r.hours_per_week),
                "next_follow_up": _plain(r.next_follow_up),
                "consultant": _consultant_name(r.consultant),
                "wanted_services": sorted(
                    service.label(language) for service in r.wanted_services
                ),  # what the person wanted to try
                "notes": r.notes,
                "activities": [
                    {
                        "id": a.id,
                        "occurred_on": _plain(a.occurred_on),
                        "kind": _plain(a.kind),
                        "text": a.text,
                        "author": _consultant_name(a.author),
                    }
                    for a in sorted(r.activities, key=lambda a: (a.occurred_on, a.id))
                ],
            }
            for r in referrals
        ],
        # Events hold contact persons and consultants only; a jobseeker cannot be registered
        # for one, so this list is always empty (kept so the format need not change if they can).
        "event_participations": [],
        "change_history": _change_history(session, person.id, referral_ids, language),
        "access_log": [
            {
                "occurred_at": _plain(e.occurred_at),
                "actor": e.actor,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "detail": e.detail,
            }
            for e in _access_entries(session, person.id, referral_ids)
        ],
    }


def extract(
    session: Session,
    personnummer: str,
    actor: str | None = None,
    file_format: str = "json",
    language: str | None = None,
) -> dict:
    """The register extract of the jobseeker with this personnummer (see `extract_record`)."""
    require_admin(session)  # before the person is even looked up
    return extract_record(session, find_jobseeker(session, personnummer).id, actor, file_format, language)


# --- 2. erasure -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing one jobseeker will do, for the confirmation."""

    jobseeker_id: int
    initials: str
    referrals: int
    open_referrals: int
    notes: int  # follow-up notes whose text goes
    already_anonymised: bool


def erasure_preview(session: Session, jobseeker_id: int) -> ErasurePreview:
    require_admin(session)
    person = _jobseeker(session, jobseeker_id)
    referrals = session.execute(
        select(func.count(), func.count().filter(Referral.status.in_(OPEN_STATUSES))).where(
            Referral.jobseeker_id == person.id
        )
    ).one()
    notes = session.scalar(
        select(func.count()).select_from(Activity).join(Referral).where(Referral.jobseeker_id == person.id)
    )
    return ErasurePreview(
        person.id, initials(person), referrals[0], referrals[1], notes or 0, is_anonymised(person)
    )


def erasure_preview_by_personnummer(session: Session, personnummer: str) -> ErasurePreview:
    require_admin(session)
    return erasure_preview(session, find_jobseeker(session, personnummer).id)


def _municipality_of(person: Jobseeker) -> str | None:
    """The municipality for statistics: from the postcode when known, else the post town."""
    from asfdesk.geodata import lookup_postcode, municipalities

    if person.postal_code:
        try:
            found = lookup_postcode(person.postal_code)
        except ValueError:
            found = None
        if found is not None:
            names = {code: short for code, short, _county in municipalities()}
            return names.get(found.municipality_code, found.municipality_name)
    return person.city


def _id_forms(personnummer: str | None) -> list[str]:
    """The written forms of a 12-digit personnummer that free text may hold."""
    if not personnummer:
        return []
    long, short, last = personnummer[:8], personnummer[2:8], personnummer[8:]
    return [personnummer, long + last, short + last] + [
        f"{d}{sep}{last}" for d in (long, short) for sep in "-+ "
    ]


def _needles(person: Jobseeker) -> set[str]:
    """What makes an access-log detail go, folded: the surname, the full name and every written
    form of the personnummer. A detail is folded the same way before it is compared, so
    "Qwartzsson_anvisningar.xlsx" is found for "Qwärtzsson"."""
    found = {
        person.last_name,
        f"{person.first_name} {person.last_name}",
        f"{person.last_name} {person.first_name}",
    }
    found |= set(_id_forms(person.personnummer))
    return {fold(n).strip() for n in found if n and len(n.strip()) >= 2}


def _redact_access_log(session: Session, needles: Iterable[str]) -> int:
    """Access-log details that could name the person (an export's file name) become '(redacted)'.

    Details are few distinct texts (fixed words, file names), so they are read once and matched
    here: each needle as a whole word of the folded detail ("Ek" matches "ek_anvisningar.csv",
    not "check"). Returns the number of distinct details redacted.
    """
    words = sorted({n for n in needles if n}, key=len, reverse=True)
    if not words:
        return 0
    pattern = re.compile("(?<![0-9a-z])(?:" + "|".join(re.escape(w) for w in words) + ")(?![0-9a-z])")
    details = session.scalars(
        select(AccessLogEntry.detail).where(AccessLogEntry.detail.is_not(None)).distinct()
    ).all()
    naming = [d for d in details if d != REDACTED_DETAIL and pattern.search(fold(d))]
    for start in range(0, len(naming), 200):
        # Plain SQL: an ORM or Core update would also change updated_at, which the log refuses.
        session.execute(
            text("UPDATE access_log SET detail = :redacted WHERE detail IN :details").bindparams(
                bindparam("details", expanding=True)
            ),
            {"redacted": REDACTED_DETAIL, "details": naming[start : start + 200]},
        )
    return len(naming)


def _prepare_secure_delete(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


@dataclass
class _Traces:
    """What identified the people anonymised in one transaction, to find it in access-log details."""

    needles: set[str] = field(default_factory=set)

    def add(self, person: Jobseeker) -> None:
        self.needles |= _needles(person)

    def remove_from_access_log(self, session: Session) -> None:
        _redact_access_log(session, self.needles)


def _anonymise_row(session: Session, person: Jobseeker, traces: _Traces) -> None:
    """Remove the person's identity, contact data and free text; keep what statistics count."""
    traces.add(person)
    referrals = list(session.scalars(select(Referral).where(Referral.jobseeker_id == person.id)))
    birth_year = person.birth_date.year if person.birth_date is not None else None
    municipality = _municipality_of(person)
    person.personnummer = None
    person.first_name = ANONYMOUS_FIRST_NAME
    person.last_name = f"#{person.id}"
    person.birth_date = date(birth_year, 1, 1) if birth_year else None
    person.protected_identity = False
    for column in ("phone", "email", "street_address", "postal_code", "notes"):
        setattr(person, column, None)
    person.city = municipality
    for referral in referrals:
        referral.notes = None
        for activity in referral.activities:
            activity.text = ANONYMOUS_TEXT
    # The search document of the jobseeker is rewritten by this flush (after_flush). The change
    # history records these fields without values (asfdesk.db.history_fields): nothing to drop.
    session.flush()


def anonymise_many(session: Session, people: Iterable[Jobseeker], reason: str) -> list[int]:
    """Anonymise each person in the caller's transaction, one access-log row each (action
    "erase", the record id, `reason` as detail: never a name). Access-log details that could
    name them (an export's file name) are redacted. Free text in other records (an enterprise's
    note that mentions the person) is not searched: the change history keeps those values."""
    _prepare_secure_delete(session)
    traces = _Traces()
    done = []
    for person in people:
        if is_anonymised(person):
            record_access(session, "erase", "jobseeker", person.id, detail=f"{reason} (already anonymised)")
            continue
        _anonymise_row(session, person, traces)
        done.append(person.id)
    traces.remove_from_access_log(session)
    for jobseeker_id in done:
        record_access(session, "erase", "jobseeker", jobseeker_id, detail=reason)
    session.flush()
    return done


def erase_record(session: Session, jobseeker_id: int) -> ErasurePreview:
    """Erase (anonymise) one jobseeker in the caller's transaction; returns what was there."""
    require_admin(session)
    preview = erasure_preview(session, jobseeker_id)
    anonymise_many(session, [_jobseeker(session, jobseeker_id)], "erasure request (art. 17)")
    return preview


def erase(session: Session, personnummer: str) -> ErasurePreview:
    require_admin(session)
    return erase_record(session, find_jobseeker(session, personnummer).id)


@dataclass(frozen=True)
class StorageReport:
    vacuumed: bool
    wal_truncated: bool  # False when another connection kept the WAL open (it is reused, not grown)


def scrub_storage(engine: Engine) -> StorageReport:
    """After an erasure's commit: leave no old bytes in a SQLite file.

    Merges the full-text indexes (their old segments still hold deleted documents), rebuilds
    the file with VACUUM (freed pages and in-page free space), then truncates the WAL, whose
    frames are older copies of the pages. PostgreSQL: dead row versions are the server's
    (autovacuum); nothing to do from here.
    """
    if engine.dialect.name != "sqlite":
        return StorageReport(False, False)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        for source in SOURCES.values():
            conn.exec_driver_sql(f"INSERT INTO {source.table}({source.table}) VALUES('optimize')")
        conn.commit()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        try:
            conn.exec_driver_sql("VACUUM")  # needs free space for a second copy of the file
            vacuumed = True
        except DBAPIError:
            # The erasure is committed, and secure_delete zeroed what it deleted; only the
            # rebuild failed (disk full, locked). Reported, so the user can run it again.
            vacuumed = False
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return StorageReport(vacuumed, busy == 0)


# --- 3. retention ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeCandidate:
    jobseeker_id: int
    initials: str
    last_activity: date
    referred: bool


@dataclass
class PurgePreview:
    years: int
    cutoff: date
    candidates: list[PurgeCandidate] = field(default_factory=list)
    backups: list[backup_registry.BackupFile] = field(default_factory=list)

    @property
    def by_year(self) -> dict[int, int]:
        """How many are due, by year of their last activity (oldest first)."""
        return dict(sorted(Counter(c.last_activity.year for c in self.candidates).items()))


def cutoff_for(years: int, today: date | None = None) -> date:
    today = today or date.today()
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def resolve_years(session: Session, years: int | None) -> int:
    """`--years` if given, else the stored rule; without either, refuse and say how to set one."""
    if years is not None:
        return check_years(years)
    stored = retention_years(session)
    if stored is None:
        raise DutyRefusedError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "No retention period is set. Set it once for everyone with "
                "'asfdesk gdpr set-retention YEARS' (or Admin → Personal data settings…), "
                "or give --years N for this run.",
            )
        )
    return stored


def _latest(*values: date | datetime | None) -> date | None:
    days = [v.date() if isinstance(v, datetime) else v for v in values if v is not None]
    return max(days) if days else None


def purge_candidates(session: Session, years: int, today: date | None = None) -> list[PurgeCandidate]:
    cutoff = cutoff_for(years, today)
    r = Referral
    referral_rows = session.execute(
        select(
            r.jobseeker_id,
            func.max(r.referred_on),
            func.max(r.planned_start),
            func.max(r.planned_end),
            func.max(r.actual_start),
            func.max(r.actual_end),
            func.count().filter(r.status.in_(OPEN_STATUSES)),
        ).group_by(r.jobseeker_id)
    ).all()
    notes = dict(
        session.execute(
            select(r.jobseeker_id, func.max(Activity.occurred_on))
            .join(Activity, Activity.referral_id == r.id)
            .group_by(r.jobseeker_id)
        ).all()
    )
    referred = {row[0]: row for row in referral_rows}
    people = session.execute(
        select(
            Jobseeker.id,
            Jobseeker.first_name,
            Jobseeker.last_name,
            Jobseeker.personnummer,
            Jobseeker.protected_identity,
            Jobseeker.updated_at,
        )
    ).all()
    due = []
    for pid, first, last, pnr, protected, updated_at in people:
        if pnr is None and first == ANONYMOUS_FIRST_NAME and last == f"#{pid}":
            continue  # already anonymised
        row = referred.get(pid)
        if row is not None:
            if row[6]:
                continue  # an open referral: still in progress
            last_activity = _latest(*row[1:6], notes.get(pid))
        else:
            last_activity = _latest(updated_at)
        if last_activity is None or last_activity >= cutoff:
            continue
        due.append(PurgeCandidate(pid, _initials(first, last, protected), last_activity, row is not None))
    return sorted(due, key=lambda c: (c.last_activity, c.jobseeker_id))


def old_backups(
    db_file: Path | None, years: int, now: datetime | None = None
) -> list[backup_registry.BackupFile]:
    """The app's backups of `db_file` older than the retention period (none for a server)."""
    if db_file is None:
        return []
    limit = datetime.combine(cutoff_for(years, (now or datetime.now()).date()), datetime.min.time())
    return [b for b in backup_registry.app_backups(db_file) if b.created < limit]


def purge_preview(
    session: Session, years: int | None = None, today: date | None = None, db_file: Path | None = None
) -> PurgePreview:
    """The dry run: who is due and which backups are too old. Changes no data; it shows ids and
    initials, so it is logged (action "view", the number of people, no names)."""
    require_admin(session)
    n = resolve_years(session, years)
    now = datetime.combine(today, datetime.min.time()) if today else None
    candidates = purge_candidates(session, n, today)
    record_access(
        session, "view", "jobseekers", row_count=len(candidates), detail=f"retention preview {n} years"
    )
    return PurgePreview(n, cutoff_for(n, today), candidates, old_backups(db_file, n, now))


def purge_apply(session: Session, years: int | None = None, today: date | None = None) -> list[int]:
    """Anonymise everyone due, as erasure does, in the caller's one transaction; one log row each."""
    require_admin(session)
    n = resolve_years(session, years)
    ids = [c.jobseeker_id for c in purge_candidates(session, n, today)]
    people = [_jobseeker(session, jobseeker_id) for jobseeker_id in ids]
    return anonymise_many(session, people, f"retention {n} years")


def remove_backups(db_file: Path | None, backups: Iterable[backup_registry.BackupFile]) -> list[Path]:
    """Delete backup files (with any -wal/-shm/-journal beside them); returns those removed."""
    removed = []
    for backup in backups:
        for extra in ("-wal", "-shm", "-journal"):
            backup.path.with_name(backup.path.name + extra).unlink(missing_ok=True)
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
        removed.append(backup.path)
    if db_file is not None:
        backup_registry.forget(db_file, removed)
    return removed


# --- one user action each (GUI and CLI) -----------------------------------------------------


@dataclass(frozen=True)
class PurgeResult:
    anonymised: list[int]
    removed_backups: list[Path]
    storage: StorageReport


def erase_and_scrub(
    sessions: sessionmaker[Session], jobseeker_id: int
) -> tuple[ErasurePreview, StorageReport]:
    """Erase one jobseeker in one transaction, then clear the old bytes from a SQLite file."""
    with session_scope(sessions) as session:
        preview = erase_record(session, jobseeker_id)
    return preview, scrub_storage(sessions.kw["bind"])


def purge_and_scrub(sessions: sessionmaker[Session], years: int | None, db_file: Path | None) -> PurgeResult:
    """Retention with --apply: everyone due in one transaction, then the old backups and bytes."""
    with session_scope(sessions) as session:
        n = resolve_years(session, years)
        backups = old_backups(db_file, n)
        done = purge_apply(session, n)
    storage = scrub_storage(sessions.kw["bind"])
    return PurgeResult(done, remove_backups(db_file, backups), storage)


@dataclass(frozen=True)
class PersonalDataSettings:
    retention_years: int | None
    wording: str  # what the extract prints (the stored text, else the default)
    wording_is_default: bool


def load_settings(session: Session, language: str | None = None) -> PersonalDataSettings:
    stored = get_setting(session, WORDING_KEY)
    custom = bool(stored and stored.strip())
    return PersonalDataSettings(retention_years(session), extract_wording(session, language), not custom)


def save_settings(
    sessions: sessionmaker[Session], years: int | None, wording: str | None, language: str | None = None
) -> PersonalDataSettings:
    """Store both settings in one transaction. `years` None leaves the rule as it is; a wording
    equal to the default (in either language) or empty stores no wording, so the default follows
    a later improvement of the default text."""
    with session_scope(sessions) as session:
        if years is not None:
            set_retention_years(session, years)
        cleaned = (wording or "").strip()
        defaults = {default_wording("sv").strip(), default_wording("en").strip(), DEFAULT_PURPOSE.strip()}
        wanted = None if cleaned in defaults else cleaned or None
        if wanted != (get_setting(session, WORDING_KEY) or None):
            set_extract_wording(session, wanted)
        return load_settings(session, language)
