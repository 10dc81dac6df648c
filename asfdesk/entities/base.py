"""The shapes an entity is described with: its definition, its lists, their columns and filters.

Qt-free and session-free: a definition names the model, the SQL expressions a list shows and
filters by, and texts marked with QT_TRANSLATE_NOOP. The engines that run them live elsewhere
(asfdesk.db.queries.listing runs lists, asfdesk.services.records loads and saves records, the
UI attaches a profile window per entity key in asfdesk.ui.profiles.registry).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement

from asfdesk.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CONTEXT = "Entities"  # the translation context of every text in a definition
COLUMNS_CONTEXT = "ListColumns"

Choices = list[tuple[Any, str]]


def text(source: str, language: str | None = None) -> str:
    """A definition's text (marked with QT_TRANSLATE_NOOP("Entities", …)) in the current language."""
    return translate(CONTEXT, source, language=language)


# --- lists ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnSpec:
    """One visible column of a list. `kind` is text | int | date | datetime | bool."""

    key: str
    title: str  # English source, marked QT_TRANSLATE_NOOP("ListColumns", …)
    kind: str = "text"
    width: int = 140  # default width in pixels, before the user resizes

    def header(self, language: str | None = None) -> str:
        return translate(COLUMNS_CONTEXT, self.title, language=language)


@dataclass(frozen=True)
class Join:
    """A lookup table a column needs. `required` joins (NOT NULL keys) may be INNER joins,
    which lets the database walk the joined table's index when sorting by it."""

    target: Any
    on: Callable[[], ColumnElement[bool]]
    required: bool = False
    after: tuple[str, ...] = ()  # joins this one's ON clause refers to


@dataclass(frozen=True)
class Column:
    """A column's spec with the expression that reads it, how it sorts and how its value shows."""

    spec: ColumnSpec
    expr: ColumnElement
    sort: Callable[[], list[ColumnElement]] | None = None  # sort keys; default [expr]
    convert: Callable[[Any], Any] | None = None
    joins: tuple[str, ...] = ()  # joins `expr`/`sort` use


@dataclass(frozen=True)
class Filter:
    """One filter of a list: the condition for a chosen value and how the UI offers it.

    `kind`: "choice" (a combo box filled by `choices`), "date" (a date field) or "flag" (a
    check box). `label` and `all_text` are English sources marked for the "Entities" context.
    """

    condition: Callable[[Any], ColumnElement[bool]]
    label: str
    all_text: str = ""
    kind: str = "choice"
    choices: Callable[[Session], Choices] | None = None
    # A picker narrowed by another filter of the list (the municipalities of the chosen county):
    # `narrowed_by` names that filter, `belongs(value, chosen)` says whether a choice stays.
    narrowed_by: str = ""
    belongs: Callable[[Any, Any], bool] | None = None
    remember: bool = False  # the tab keeps the chosen value across restarts (QSettings)
    # May match few rows of a big table (a municipality's referrals): the page query first counts
    # its matches, capped, and when they are few fetches them by its index instead of walking
    # the sort index through every row (asfdesk.db.queries.listing.fetch_page).
    probe: bool = False


@dataclass
class ListSpec:
    """What SQL a list runs: the base table, columns, joins, search documents, filters, sort."""

    base: Any  # mapped class whose id is the row id
    cols: list[Column]
    joins: dict[str, Join]
    where: Callable[[], ColumnElement[bool]]
    search_targets: Callable[[], Sequence[tuple[ColumnElement, str]]]
    filters: dict[str, Filter]
    default_sort: str
    default_descending: bool = False
    label_keys: tuple[str, ...] = ()  # columns naming a row ("Delete X?"); default the first
    # The column holding a row's jobseeker id: a search typed as a personnummer (any usual form,
    # asfdesk.db.queries.person_lookup) finds that person's rows. None: no such search.
    person_key: Callable[[], ColumnElement] | None = None
    by_key: dict[str, Column] = field(default_factory=dict)

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


@dataclass(frozen=True)
class Document:
    """A printable document a list offers (File → Print / Preview / Export PDF).

    `scope`: "rows" (the selected rows, else every row the list shows), "list" (the list's
    search and filters) or "one" (exactly one selected row; `needs_selection` says which).
    `build(sessions, list_key, request, ids)` returns an asfdesk.printing PrintDocument.
    """

    key: str
    file_stem: str  # English source (Entities context): the suggested file name
    scope: str
    build: Callable[..., Any]
    needs_selection: str = ""  # message title/text source when "one" finds no selection


@dataclass(frozen=True)
class ListDef:
    """A main-window tab: one list of an entity's rows, with its wording and icon.

    `opens`/`open_key`: the profile a row opens (another entity's, e.g. a partner contact
    opens its organisation) and the base-table column holding that record's id (None: the row
    id). `new_opens`: what "New" makes. `shows_names_of`: entities whose names appear in the
    rows, so a save of one of them re-reads the loaded pages.
    """

    key: str  # also the settings key, the access-log entity of list views and exports
    spec: ListSpec
    title: str
    new_text: str
    empty_text: str
    nomatch_text: str  # "%1" is the search text
    filtered_text: str
    icon: str
    order: int
    opens: str = ""
    open_key: Any = None
    new_opens: str = ""
    shows_names_of: tuple[str, ...] = ()
    documents: tuple[Document, ...] = ()
    file_exports: tuple[str, ...] = ()  # "vcard", "ics": File menu exports of this list
    entity: str = ""  # set by the registry: the entity whose rows these are
    # The list whose tab shows this one as a second view (a toggle above the list, e.g. the
    # partner organisations in the Partner contacts tab). "": a tab of its own.
    view_of: str = ""

    @property
    def profile_entity(self) -> str:
        return self.opens or self.entity

    @property
    def new_entity(self) -> str:
        return self.new_opens or self.profile_entity


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extra:
    """Values a profile edits that are not columns of the model (e.g. an enterprise's services).

    `load(session, record_id)` reads them; `save(session, obj, value)` writes them before flush.
    """

    name: str
    load: Callable[[Session, int], Any]
    save: Callable[[Session, Any, Any], None]


@dataclass(frozen=True)
class Reference:
    """Rows of another table that keep a record from being deleted (e.g. referrals).

    `message(obj, count)` gives (English source marked QT_TRANSLATE_NOOP("Validation", ...), its
    `{name}` values) for StillReferencedError.
    """

    column: Any  # the referencing column, e.g. Referral.enterprise_id
    message: Callable[[Any, int], tuple[str, dict[str, object]]]


@dataclass(frozen=True)
class EntityDef:
    """Everything that belongs to one entity. Everything else asks the registry for it.

    key: the singular name ("enterprise"), used by profiles, records, the access log.
    personal: its rows are jobseeker data — every read, write, list view, export is logged and
        lists are never printed.
    required_links: foreign keys a record cannot be saved without → their label (Entities).
    retire_values / retire_text: what Delete offers instead when references block it.
    name_columns / name_format: how a picker names a record.
    import_kind: the asfdesk.io.mapping kind that imports this entity ("" if none).
    """

    key: str
    model: type
    title: str  # singular, English source (Entities context)
    plural: str
    icon: str
    personal: bool = False
    lists: tuple[ListDef, ...] = ()
    extras: tuple[Extra, ...] = ()
    required_links: Mapping[str, str] = field(default_factory=dict)
    blocked_by: tuple[Reference, ...] = ()
    retire_values: Mapping[str, Any] = field(default_factory=dict)
    retire_text: str = ""
    name_columns: tuple[str, ...] = ("name",)
    name_format: Callable[[Sequence[Any]], str] | None = None
    documents: tuple[Document, ...] = ()
    import_kind: str = ""

    def label(self, language: str | None = None) -> str:
        return text(self.title, language)

    def plural_label(self, language: str | None = None) -> str:
        return text(self.plural, language)

    @property
    def extra_names(self) -> frozenset[str]:
        return frozenset(e.name for e in self.extras)
