"""The four main tabs as SQL: columns, filters, search, sorting and paging.

Every row is `(id, *values)` in `columns(entity)` order, with typed Python values and enum
values as their label in the current language. A page is ONE statement whatever its size:
the page's ids are picked by an inner query (ORDER BY + LIMIT/OFFSET over the base table,
where the unused LEFT JOINs are eliminated by the database) and the outer query joins the
display columns for just those ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from asfdesk.db.models import (
    Consultant,
    Contact,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    Municipality,
    PartnerOrganisation,
    Referral,
    enterprise_services,
)
from asfdesk.db.search import few_matches, search_condition
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import (
    EnterpriseStatus,
    EventKind,
    Funding,
    LabelledEnum,
    ParticipantStatus,
    PartnerKind,
    ReferralKind,
    ReferralStatus,
)
from asfdesk.domain.identifiers import mask_personnummer
from asfdesk.i18n import pick

ENTITIES = ("enterprises", "referrals", "partner_contacts", "events")


@dataclass(frozen=True)
class ColumnSpec:
    """One visible column of a tab. `kind` is text | int | date | datetime | bool."""

    key: str
    header_en: str
    header_sv: str
    kind: str = "text"
    width: int = 140  # default width in pixels, before the user resizes

    def header(self, language: str | None = None) -> str:
        return pick(self.header_en, self.header_sv, language)


@dataclass(frozen=True)
class ListRequest:
    """What the user asked a tab for. Hashable, so results can be cached and compared."""

    search: str = ""
    filters: tuple[tuple[str, Any], ...] = ()
    sort_key: str | None = None
    descending: bool = False

    def __post_init__(self) -> None:
        filters = self.filters
        if isinstance(filters, Mapping):
            filters = tuple(filters.items())
        cleaned = tuple(sorted((k, v) for k, v in filters if v is not None and v != ""))
        object.__setattr__(self, "filters", cleaned)

    @property
    def filter_map(self) -> dict[str, Any]:
        return dict(self.filters)

    def with_filter(self, key: str, value: Any) -> ListRequest:
        current = {k: v for k, v in self.filters if k != key}
        current[key] = value
        return ListRequest(self.search, tuple(current.items()), self.sort_key, self.descending)


@dataclass(frozen=True)
class _Join:
    """A lookup table a column needs. `required` joins (NOT NULL keys) may be INNER joins,
    which lets the database walk the joined table's index when sorting by it."""

    target: Any
    on: Callable[[], ColumnElement[bool]]
    required: bool = False
    after: tuple[str, ...] = ()  # joins this one's ON clause refers to


@dataclass(frozen=True)
class _Col:
    spec: ColumnSpec
    expr: ColumnElement
    sort: Callable[[], list[ColumnElement]] | None = None  # sort keys; default [expr]
    convert: Callable[[Any], Any] | None = None
    joins: tuple[str, ...] = ()  # joins `expr`/`sort` use


@dataclass
class _Entity:
    base: Any  # mapped class whose id is the record id
    cols: list[_Col]
    joins: dict[str, _Join]
    where: Callable[[], ColumnElement[bool]]
    search_targets: Callable[[], Sequence[tuple[ColumnElement, str]]]
    filters: dict[str, Callable[[Any], ColumnElement[bool]]]
    default_sort: str
    default_descending: bool = False
    by_key: dict[str, _Col] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_key = {c.spec.key: c for c in self.cols}

    def from_clause(self, needed: Sequence[str] | None = None, inner: bool = False) -> Any:
        """The base table with the joins `needed` (all by default), in declaration order."""
        wanted = set(self.joins if needed is None else needed)
        for name in list(wanted):
            wanted.update(self.joins[name].after)
        clause = self.base.__table__
        for name, join in self.joins.items():
            if name in wanted:
                if inner and join.required:
                    clause = clause.join(join.target, join.on())
                else:
                    clause = clause.outerjoin(join.target, join.on())
        return clause


def _label(value: Any) -> Any:
    return value.label() if isinstance(value, LabelledEnum) else value


def _spec(key: str, en: str, sv: str, kind: str = "text", width: int = 140) -> ColumnSpec:
    return ColumnSpec(key, en, sv, kind, width)


def _enum_col(spec: ColumnSpec, column: Any, then: Callable[[], list[ColumnElement]], joins=()) -> _Col:
    """An enum column: shown as its label, sorted by its stored code (so an index serves the sort)
    and then by `then`, the tab's natural order inside each group."""
    return _Col(spec, column, lambda: [column, *then()], _label, joins)


# --- enterprises ------------------------------------------------------------------------------

_ent_muni = aliased(Municipality, name="ent_muni")
_ent_cons = aliased(Consultant, name="ent_cons")

_ENTERPRISES = _Entity(
    base=Enterprise,
    cols=[
        _Col(_spec("name", "Name", "Namn", width=220), Enterprise.name),
        _Col(_spec("org_number", "Org. no.", "Org.nr", width=110), Enterprise.org_number),
        _Col(
            _spec("municipality", "Municipality", "Kommun", width=120),
            _ent_muni.short_name,
            joins=("muni",),
        ),
        _Col(_spec("city", "City", "Ort", width=110), Enterprise.city),
        _enum_col(
            _spec("status", "Status", "Status", width=90), Enterprise.status, lambda: [Enterprise.name]
        ),
        _Col(
            _spec("consultant", "Consultant", "Konsulent", width=140),
            _ent_cons.name,
            joins=("cons",),
        ),
        _Col(
            _spec("places_free", "Free places", "Lediga platser", "int", 100),
            Enterprise.training_places_available,
        ),
        _Col(_spec("phone", "Phone", "Telefon", width=130), Enterprise.phone),
        _Col(_spec("email", "E-mail", "E-post", width=200), Enterprise.email),
    ],
    joins={
        "muni": _Join(_ent_muni, lambda: _ent_muni.code == Enterprise.municipality_code),
        "cons": _Join(_ent_cons, lambda: _ent_cons.id == Enterprise.responsible_consultant_id),
    },
    where=lambda: true(),
    search_targets=lambda: [
        (Enterprise.id, "enterprises"),
        (Enterprise.responsible_consultant_id, "consultants"),
    ],
    filters={
        "status": lambda v: Enterprise.status == EnterpriseStatus(v),
        "municipality": lambda v: Enterprise.municipality_code == v,
        "consultant": lambda v: Enterprise.responsible_consultant_id == int(v),
        "service": lambda v: exists().where(
            enterprise_services.c.enterprise_id == Enterprise.id,
            enterprise_services.c.service_category_id == int(v),
        ),
    },
    default_sort="name",
)

# --- referrals --------------------------------------------------------------------------------

_ref_js = aliased(Jobseeker, name="ref_js")
_ref_ent = aliased(Enterprise, name="ref_ent")
_ref_cons = aliased(Consultant, name="ref_cons")

_REFERRALS = _Entity(
    base=Referral,
    cols=[
        _Col(
            _spec("jobseeker", "Jobseeker", "Arbetssökande", width=180),
            _ref_js.first_name + " " + _ref_js.last_name,
            lambda: [_ref_js.last_name, _ref_js.id],
            joins=("js",),
        ),
        _Col(
            _spec("personnummer", "Personal ID no.", "Personnummer", width=130),
            _ref_js.personnummer,
            lambda: [_ref_js.personnummer, _ref_js.id],
            convert=mask_personnummer,
            joins=("js",),
        ),
        _Col(
            _spec("enterprise", "Enterprise", "Företag", width=180),
            _ref_ent.name,
            lambda: [_ref_ent.name, _ref_ent.id],
            joins=("ent",),
        ),
        _enum_col(_spec("kind", "Kind", "Typ", width=150), Referral.kind, lambda: []),
        _enum_col(
            _spec("status", "Status", "Status", width=100), Referral.status, lambda: [Referral.referred_on]
        ),
        _Col(_spec("referred_on", "Referred", "Anvisad", "date", 100), Referral.referred_on),
        _Col(_spec("planned_start", "Start", "Start", "date", 100), Referral.planned_start),
        _Col(_spec("planned_end", "End", "Slut", "date", 100), Referral.planned_end),
        _Col(
            _spec("next_follow_up", "Next follow-up", "Nästa uppföljning", "date", 130),
            Referral.next_follow_up,
        ),
        _Col(
            _spec("consultant", "Consultant", "Konsulent", width=140),
            _ref_cons.name,
            lambda: [_ref_cons.name, _ref_cons.id],
            joins=("cons",),
        ),
        _enum_col(_spec("funding", "Funding", "Finansiering", width=160), Referral.funding, lambda: []),
    ],
    joins={
        "js": _Join(_ref_js, lambda: _ref_js.id == Referral.jobseeker_id, required=True),
        "ent": _Join(_ref_ent, lambda: _ref_ent.id == Referral.enterprise_id, required=True),
        "cons": _Join(_ref_cons, lambda: _ref_cons.id == Referral.consultant_id),
    },
    where=lambda: true(),
    search_targets=lambda: [
        (Referral.jobseeker_id, "jobseekers"),
        (Referral.enterprise_id, "enterprises"),
        (Referral.consultant_id, "consultants"),
    ],
    filters={
        "status": lambda v: Referral.status == ReferralStatus(v),
        "kind": lambda v: Referral.kind == ReferralKind(v),
        "consultant": lambda v: Referral.consultant_id == int(v),
        "enterprise": lambda v: Referral.enterprise_id == int(v),
        "funding": lambda v: Referral.funding == Funding(v),
        "date_from": lambda v: Referral.referred_on >= v,
        "date_to": lambda v: Referral.referred_on <= v,
    },
    default_sort="referred_on",
    default_descending=True,
)

# --- partner contacts -------------------------------------------------------------------------

_pc_org = aliased(PartnerOrganisation, name="pc_org")
_pc_muni = aliased(Municipality, name="pc_muni")

_PARTNER_CONTACTS = _Entity(
    base=Contact,
    cols=[
        _Col(
            _spec("organisation", "Organisation", "Organisation", width=220),
            _pc_org.name,
            lambda: [_pc_org.name, _pc_org.id, Contact.name],
            joins=("org",),
        ),
        _enum_col(
            _spec("kind", "Kind", "Typ", width=150), _pc_org.kind, lambda: [_pc_org.name], joins=("org",)
        ),
        _Col(_spec("name", "Name", "Namn", width=160), Contact.name),
        _Col(_spec("title", "Title", "Befattning", width=150), Contact.title),
        _Col(_spec("phone", "Phone", "Telefon", width=130), Contact.phone),
        _Col(_spec("mobile", "Mobile", "Mobil", width=130), Contact.mobile),
        _Col(_spec("email", "E-mail", "E-post", width=200), Contact.email),
        _Col(
            _spec("municipality", "Municipality", "Kommun", width=120),
            _pc_muni.short_name,
            joins=("muni",),
        ),
    ],
    joins={
        "org": _Join(_pc_org, lambda: _pc_org.id == Contact.partner_organisation_id, required=True),
        "muni": _Join(_pc_muni, lambda: _pc_muni.code == _pc_org.municipality_code, after=("org",)),
    },
    where=lambda: Contact.partner_organisation_id.is_not(None),
    search_targets=lambda: [
        (Contact.id, "contacts"),
        (Contact.partner_organisation_id, "partner_organisations"),
    ],
    filters={
        "kind": lambda v: Contact.partner_organisation_id.in_(
            select(PartnerOrganisation.id).where(PartnerOrganisation.kind == PartnerKind(v))
        ),
        "municipality": lambda v: Contact.partner_organisation_id.in_(
            select(PartnerOrganisation.id).where(PartnerOrganisation.municipality_code == v)
        ),
    },
    default_sort="organisation",
)

# --- events -----------------------------------------------------------------------------------

_ev_partner = aliased(PartnerOrganisation, name="ev_partner")
_ev_ent = aliased(Enterprise, name="ev_ent")


def _registered_count() -> ColumnElement[int]:
    return (
        select(func.count(EventParticipant.id))
        .where(
            EventParticipant.event_id == Event.id,
            EventParticipant.status.in_([ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED]),
        )
        .scalar_subquery()
    )


def _start_of_day(value: date) -> datetime:
    return datetime.combine(value, time.min, tzinfo=STOCKHOLM)


def _now() -> datetime:
    return datetime.now(STOCKHOLM)


_EVENTS = _Entity(
    base=Event,
    cols=[
        _Col(_spec("title", "Title", "Titel", width=300), Event.title),
        _enum_col(_spec("kind", "Kind", "Typ", width=130), Event.kind, lambda: [Event.starts_at]),
        _Col(_spec("starts_at", "Starts", "Börjar", "datetime", 130), Event.starts_at),
        _Col(
            _spec("location", "Location", "Plats", width=180),
            func.coalesce(Event.location, Event.online_url),
        ),
        _Col(
            _spec("organiser", "Organiser", "Arrangör", width=180),
            func.coalesce(_ev_partner.name, _ev_ent.name),
            joins=("partner", "enterprise"),
        ),
        _Col(
            _spec("registration_deadline", "Registration by", "Sista anmälan", "date", 110),
            Event.registration_deadline,
        ),
        _Col(_spec("capacity", "Capacity", "Platser", "int", 80), Event.capacity),
        _Col(_spec("registered", "Registered", "Anmälda", "int", 80), _registered_count()),
    ],
    joins={
        "partner": _Join(_ev_partner, lambda: _ev_partner.id == Event.organiser_partner_id),
        "enterprise": _Join(_ev_ent, lambda: _ev_ent.id == Event.organiser_enterprise_id),
    },
    where=lambda: true(),
    search_targets=lambda: [
        (Event.id, "events"),
        (Event.organiser_partner_id, "partner_organisations"),
        (Event.organiser_enterprise_id, "enterprises"),
    ],
    filters={
        "kind": lambda v: Event.kind == EventKind(v),
        "date_from": lambda v: Event.starts_at >= _start_of_day(v),
        "date_to": lambda v: Event.starts_at < _start_of_day(v) + timedelta(days=1),
        "upcoming": lambda v: Event.starts_at >= _now() if v else true(),
    },
    default_sort="starts_at",
)

_DEFS: dict[str, _Entity] = {
    "enterprises": _ENTERPRISES,
    "referrals": _REFERRALS,
    "partner_contacts": _PARTNER_CONTACTS,
    "events": _EVENTS,
}


def _definition(entity: str) -> _Entity:
    try:
        return _DEFS[entity]
    except KeyError:
        raise ValueError(f"unknown entity {entity!r}; choose one of {ENTITIES}") from None


def columns(entity: str) -> list[ColumnSpec]:
    """The visible columns of a tab, in display order."""
    return [c.spec for c in _definition(entity).cols]


def default_sort(entity: str) -> tuple[str, bool]:
    """(column key, descending) a tab is sorted by until the user clicks a header."""
    d = _definition(entity)
    return d.default_sort, d.default_descending


def filter_keys(entity: str) -> list[str]:
    return list(_definition(entity).filters)


def _conditions(
    session: Session, d: _Entity, request: ListRequest, correlated_short: bool = False,
    driven: bool = False,
) -> list[ColumnElement[bool]]:
    conditions = [d.where()]
    for key, value in request.filters:
        if key not in d.filters:
            raise ValueError(f"unknown filter {key!r}")
        conditions.append(d.filters[key](value))
    searched = search_condition(
        session.get_bind().dialect.name,
        request.search,
        d.search_targets(),
        correlated_short,
        driving_key=d.base.__table__.c.id if driven else None,
    )
    if searched is not None:
        conditions.append(searched)
    return conditions


def _sort_column(d: _Entity, request: ListRequest) -> tuple[_Col, bool]:
    key = request.sort_key or d.default_sort
    descending = request.descending if request.sort_key else d.default_descending
    col = d.by_key.get(key)
    if col is None:
        raise ValueError(f"unknown sort column {key!r}")
    return col, descending


def _order(d: _Entity, request: ListRequest, driven: bool = False) -> list[ColumnElement]:
    """ORDER BY keys ending in the record id, so pages never overlap or skip rows.

    `driven`: the search matches few rows, so let the database fetch them by their foreign-key
    indexes and sort them, rather than walk the sort index and test every row.
    """
    col, descending = _sort_column(d, request)
    keys = [*(col.sort() if col.sort is not None else [col.expr]), d.base.id]
    if driven:
        keys[0] = func.coalesce(keys[0], keys[0])  # an expression: no index walk for the order
    return [k.desc() for k in keys] if descending else [k.asc() for k in keys]


def _row_select(d: _Entity) -> Select:
    return select(d.base.id, *(c.expr for c in d.cols)).select_from(d.from_clause())


def _convert(d: _Entity, row: Sequence[Any]) -> tuple:
    values = [row[0]]
    for col, value in zip(d.cols, row[1:], strict=True):
        values.append(col.convert(value) if col.convert is not None and value is not None else value)
    return tuple(values)


def count_rows(session: Session, entity: str, request: ListRequest) -> int:
    """How many rows match. Can take a while on big tables: call it from a worker."""
    d = _definition(entity)
    stmt = select(func.count()).select_from(d.base).where(and_(*_conditions(session, d, request)))
    return int(session.scalar(stmt) or 0)


def fetch_page(session: Session, entity: str, request: ListRequest, offset: int, limit: int) -> list[tuple]:
    """One page of rows, `(id, *values)`, in a fixed number of statements whatever `limit` is:
    one, plus one cheap estimate of the matches when searching on SQLite."""
    d = _definition(entity)
    col, _ = _sort_column(d, request)
    driven = bool(request.search) and few_matches(session, request.search, d.base, d.search_targets())
    ids = (
        select(d.base.id)
        .select_from(d.from_clause(col.joins, inner=True))
        .where(and_(*_conditions(session, d, request, correlated_short=not driven, driven=driven)))
        .order_by(*_order(d, request, driven))
        .offset(max(0, offset))
        .limit(max(0, limit))
    )
    stmt = _row_select(d).where(d.base.id.in_(ids)).order_by(*_order(d, request))
    return [_convert(d, row) for row in session.execute(stmt)]


def fetch_row(session: Session, entity: str, record_id: int) -> tuple | None:
    """One row in the same shape as fetch_page (to refresh a row after a save)."""
    d = _definition(entity)
    row = session.execute(_row_select(d).where(d.base.id == record_id, d.where())).first()
    return _convert(d, row) if row is not None else None


def iter_rows(session: Session, entity: str, request: ListRequest, batch_size: int = 2000) -> Iterator[tuple]:
    """Stream every matching row in the request's order (for export), `batch_size` at a time."""
    d = _definition(entity)
    stmt = _row_select(d).where(and_(*_conditions(session, d, request))).order_by(*_order(d, request))
    result = session.execute(stmt, execution_options={"yield_per": batch_size})
    for partition in result.partitions():
        for row in partition:
            yield _convert(d, row)


def partner_of_contact(session: Session, contact_id: int) -> int | None:
    """The partner organisation a row of the Partner contacts tab belongs to."""
    return session.scalar(select(Contact.partner_organisation_id).where(Contact.id == contact_id))


def row_label(entity: str, row: Sequence[Any]) -> str:
    """How to name a row in a confirmation ("Delete Kilafix?")."""
    d = _definition(entity)
    first = {"referrals": "jobseeker", "partner_contacts": "name"}.get(entity, d.cols[0].spec.key)
    value = row[1 + [c.spec.key for c in d.cols].index(first)]
    if entity == "referrals":
        enterprise = row[1 + [c.spec.key for c in d.cols].index("enterprise")]
        return f"{value} → {enterprise}"
    return str(value or "")
