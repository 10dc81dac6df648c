"""Accent- and case-insensitive substring search over a million rows.

Design (see docs/ARCHITECTURE.md, "Search"): every searchable base table has one search table
`search_<table>` holding one pre-folded document per row (`fold()` of its text columns). SQLite
stores it in an FTS5 table with the trigram tokenizer (rowid = base id); PostgreSQL in a plain
table `(id, doc)` with a pg_trgm GIN index. A tab's search matches a row when each typed word
is found in the document of the row itself or of a row it points to (a referral matches through
its jobseeker, enterprise and consultant), so renaming an enterprise updates one document, not
its thousand referrals. Documents are refreshed after every ORM flush; `rebuild_search_index`
recomputes everything after bulk loads with raw SQL.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    any_,
    bindparam,
    column,
    event,
    exists,
    false,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

# Frequent letters folded by a table (fast path); anything else non-ASCII goes through NFKD.
_FAST = str.maketrans(
    {
        "å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "ø": "o", "æ": "ae",
        "á": "a", "à": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ß": "ss",
    }
)  # fmt: skip


def fold(text_value: str | None) -> str:
    """Lower-case and strip diacritics the way a Swede searches: 'Ahlström' -> 'ahlstrom'."""
    if not text_value:
        return ""
    folded = text_value.casefold().translate(_FAST)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    # NFKD can turn a compatibility letter into a capital one ('𝕊' -> 'S'): fold case again.
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True)
class SearchSource:
    """Where one search table's documents come from: a SELECT of (id, text columns…)."""

    table: str  # search table name, always "search_" + base table
    base: str  # base table
    select_sql: str  # SELECT id, text, text, … FROM … (aliased base table is `b`)


SOURCES: dict[str, SearchSource] = {
    s.base: s
    for s in (
        SearchSource(
            "search_enterprises",
            "enterprises",
            "SELECT b.id, b.name, b.org_number, b.city, b.phone, b.email, m.short_name "
            "FROM enterprises b LEFT JOIN municipalities m ON m.code = b.municipality_code",
        ),
        SearchSource(
            "search_jobseekers",
            "jobseekers",
            # A protected identity (asfdesk.entities.protected) gets an empty document: found by
            # the full personnummer only (asfdesk.db.queries.person_lookup), never by name.
            "SELECT b.id, CASE WHEN b.protected_identity THEN NULL ELSE b.first_name END, "
            "CASE WHEN b.protected_identity THEN NULL ELSE b.last_name END FROM jobseekers b",
        ),
        SearchSource(
            "search_consultants",
            "consultants",
            "SELECT b.id, b.name, b.username FROM consultants b",
        ),
        SearchSource(
            "search_partner_organisations",
            "partner_organisations",
            "SELECT b.id, b.name, b.city, b.phone, b.email, m.short_name "
            "FROM partner_organisations b LEFT JOIN municipalities m ON m.code = b.municipality_code",
        ),
        SearchSource(
            "search_contacts",
            "contacts",
            "SELECT b.id, b.name, b.title, b.phone, b.mobile, b.email FROM contacts b",
        ),
        SearchSource(
            "search_events",
            "events",
            "SELECT b.id, b.title, b.location FROM events b",
        ),
    )
}


def _key(dialect_name: str) -> str:
    """The id column of a search table: FTS5 tables only have their rowid."""
    return "rowid" if dialect_name == "sqlite" else "id"


def create_search_tables(connection: Connection) -> None:
    """DDL for the search tables (used by migration 0002)."""
    sqlite = connection.dialect.name == "sqlite"
    if not sqlite:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    for source in SOURCES.values():
        if sqlite:
            connection.execute(
                text(f"CREATE VIRTUAL TABLE {source.table} USING fts5(doc, tokenize='trigram')")
            )
        else:
            connection.execute(
                text(f"CREATE TABLE {source.table} (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
            )
            connection.execute(
                text(f"CREATE INDEX {source.table}_doc_trgm ON {source.table} USING gin (doc gin_trgm_ops)")
            )


def drop_search_tables(connection: Connection) -> None:
    for source in SOURCES.values():
        connection.execute(text(f"DROP TABLE IF EXISTS {source.table}"))


def _document(values: Sequence[object]) -> str:
    return "\n".join(fold(str(v)) for v in values if v)


def _insert(connection: Connection, table: str, rows: list[dict]) -> None:
    if rows:
        key = _key(connection.dialect.name)
        connection.execute(text(f"INSERT INTO {table} ({key}, doc) VALUES (:id, :doc)"), rows)


def rebuild_search_index(connection: Connection, batch_size: int = 20_000) -> None:
    """Recompute every search document from the base tables (after bulk loads and in 0002).

    Streams the base rows and inserts in batches; ~5 s for 200,000 jobseekers on SQLite.
    """
    for source in SOURCES.values():
        connection.execute(text(f"DELETE FROM {source.table}"))
        result = connection.execute(text(source.select_sql), execution_options={"yield_per": batch_size})
        for partition in result.partitions(batch_size):
            _insert(connection, source.table, [{"id": r[0], "doc": _document(r[1:])} for r in partition])
        result.close()
    if connection.dialect.name == "postgresql":
        for source in SOURCES.values():
            connection.execute(text(f"ANALYZE {source.table}"))


def refresh_documents(connection: Connection, base: str, ids: Iterable[int]) -> None:
    """Recompute the documents of some rows of one base table (deleted rows lose theirs)."""
    source = SOURCES[base]
    id_list = sorted(set(ids))
    key = _key(connection.dialect.name)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        delete = text(f"DELETE FROM {source.table} WHERE {key} IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        connection.execute(delete, {"ids": chunk})
        select_sql = text(f"{source.select_sql} WHERE b.id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        rows = connection.execute(select_sql, {"ids": chunk}).all()
        _insert(connection, source.table, [{"id": r[0], "doc": _document(r[1:])} for r in rows])


@event.listens_for(Session, "after_flush")
def _keep_documents_current(session: Session, flush_context) -> None:
    """Every ORM write refreshes the documents of the rows it touched, in the same transaction."""
    touched: dict[str, set[int]] = {}
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(getattr(obj, "__table__", None), "name", None)
        if table in SOURCES and getattr(obj, "id", None) is not None:
            touched.setdefault(table, set()).add(obj.id)
    if touched:
        connection = session.connection()
        for base, ids in touched.items():
            refresh_documents(connection, base, ids)


# --- query side ------------------------------------------------------------------------------

MIN_TRIGRAM = 3


def search_words(query: str) -> list[str]:
    """The folded words of what the user typed; each must match somewhere."""
    return [w for w in fold(query).split() if w]


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _matching_ids(dialect_name: str, table: str, word: str, param: str) -> tuple[str, dict]:
    """SQL selecting the ids of one search table whose document contains `word` literally."""
    if dialect_name == "sqlite":
        if len(word) >= MIN_TRIGRAM:
            phrase = '"' + word.replace('"', '""') + '"'
            return f"SELECT rowid FROM {table} WHERE {table} MATCH :{param}", {param: phrase}
        # Under three characters trigrams cannot help: scan the documents. FTS5 keeps them in its
        # `<table>_content` shadow table (columns id, c0), which scans ~3x faster than the vtable.
        return (
            f"SELECT id FROM {table}_content WHERE c0 LIKE :{param} ESCAPE '\\'",
            {param: _like_pattern(word)},
        )
    return f"SELECT id FROM {table} WHERE doc LIKE :{param} ESCAPE '\\'", {param: _like_pattern(word)}


def search_condition(
    dialect_name: str,
    query: str,
    targets: Sequence[tuple[ColumnElement, str]],
    correlated_short: bool = False,
    driving_key: ColumnElement | None = None,
) -> ColumnElement[bool] | None:
    """A WHERE clause: every word is found in one of `targets` = (id column, base table).

    Returns None for an empty query. Typed %, _ and quotes are matched literally.
    `correlated_short`: test words under three characters row by row (EXISTS on the
    document's rowid) instead of listing every matching document first. That is the fast form
    when the query walks a sort index and stops after one page of (many) matches.
    `driving_key` (SQLite, few matches): the base table's primary key. Each word then becomes
    `key IN (SELECT id … WHERE fk IN (matches) UNION …)`, so every alternative is looked up
    through its foreign-key index. SQLite's planner does not use those indexes for an OR of
    IN-subqueries and scans the whole table instead (1,000,000 referrals: ~0.6 s from cold).
    """
    words = search_words(query)
    if not words:
        return None
    if driving_key is not None:
        return _index_driven_condition(dialect_name, words, targets, driving_key)
    clauses = []
    counter = 0
    for word in words:
        alternatives = []
        for id_column, base in targets:
            counter += 1
            param = f"sw{counter}"
            if correlated_short and len(word) < MIN_TRIGRAM:
                alternatives.append(_row_document_like(dialect_name, base, id_column, word))
                continue
            sql, params = _matching_ids(dialect_name, SOURCES[base].table, word, param)
            alternatives.append(id_column.in_(text(sql).bindparams(**params).columns(column("id"))))
        clauses.append(or_(*alternatives) if alternatives else false())
    return and_(*clauses)



def _row_document_like(
    dialect_name: str, base: str, id_column: ColumnElement, word: str
) -> ColumnElement[bool]:
    """Does the document of this row's `id_column` contain `word`? Probed row by row via its key.

    PostgreSQL gets a scalar subquery: it would turn an EXISTS (or IN) inside an OR into a
    hashed subplan that first reads and tests every document (~200,000 for "a").
    """
    pattern = _like_pattern(word)
    if dialect_name == "sqlite":
        docs = table(f"{SOURCES[base].table}_content", column("id"), column("c0"))
        return exists().where(docs.c.id == id_column, docs.c.c0.like(pattern, escape="\\"))
    docs = table(SOURCES[base].table, column("id"), column("doc"))
    document = select(docs.c.doc).where(docs.c.id == id_column).scalar_subquery()
    return document.like(pattern, escape="\\")


def _index_driven_condition(
    dialect_name: str, words: list[str], targets: Sequence[tuple[ColumnElement, str]], key: ColumnElement
) -> ColumnElement[bool]:
    """Per word, the rows whose own or linked documents match, looked up through the FK indexes.

    SQLite: `key IN (SELECT id … WHERE fk IN (matches) UNION …)`; its planner will not use the
    FK indexes for an OR of IN-subqueries. PostgreSQL: `fk = ANY(ARRAY(matches)) OR …`: each
    ARRAY is computed once (an InitPlan) and becomes an index condition, so the ORs turn into a
    BitmapOr of FK index scans and several words into a BitmapAnd; `key IN (UNION …)` made it
    hash-join a sequential scan of all referrals instead.
    """
    if dialect_name == "postgresql":
        return _array_driven_condition(words, targets)
    base_table = key.table.name
    clauses = []
    for w, word in enumerate(words):
        parts, params = [], {}
        for t, (id_column, base) in enumerate(targets):
            sql, bind = _matching_ids(dialect_name, SOURCES[base].table, word, f"dw{w}_{t}")
            params.update(bind)
            if id_column.name == key.name and id_column.table.name == base_table:
                parts.append(sql)  # the row's own document: its rowid is the key
            else:
                parts.append(f"SELECT id FROM {base_table} WHERE {id_column.name} IN ({sql})")
        union = text(" UNION ".join(parts)).bindparams(**params).columns(column("id"))
        clauses.append(key.in_(union))
    return and_(*clauses)


def _array_driven_condition(
    words: list[str], targets: Sequence[tuple[ColumnElement, str]]
) -> ColumnElement[bool]:
    clauses = []
    for w, word in enumerate(words):
        alternatives = []
        for t, (id_column, base) in enumerate(targets):
            sql, bind = _matching_ids("postgresql", SOURCES[base].table, word, f"dw{w}_{t}")
            matches = text(f"ARRAY({sql})").bindparams(**bind).columns(column("id")).scalar_subquery()
            alternatives.append(id_column == any_(matches))
        clauses.append(or_(*alternatives))
    return and_(*clauses)


FEW_MATCHES = 12_000  # SQLite: measured crossover at 1M referrals, ~12-15k matching rows
# PostgreSQL, a 200-row page at 1M referrals (EXPLAIN ANALYZE, best of 3, machine loaded): walking the
# date index costs ~700,000 / estimate ms (kovac, 10,700: 67 ms), fetching through the FK indexes
# ~8 ms per 1,000 (kovac: 84 ms; "glädjeverket", 1,400: walk 300 ms, driven 26 ms). Equal near 9,000.
FEW_MATCHES_POSTGRES = 8_000


class SearchPlan(Enum):
    """How to fetch a page of search results (see `search_plan`)."""

    NOTHING = "nothing"  # a word is in no document: no row can match, no query needed
    DRIVEN = "driven"  # few matches: fetch them through the FK indexes and sort them
    WALK = "walk"  # many matches: walk the sort index and stop after one page


def search_plan(
    session: Session, query: str, base_model, targets: Sequence[tuple[ColumnElement, str]]
) -> SearchPlan:
    """Pick the plan for a page of `query` from one cheap estimate (one statement, both backends).

    Estimated from capped counts of matching documents times each target's rows per parent
    (max ids stand in for row counts: O(1) reads). With few matches the rows are best fetched
    through their foreign-key indexes and sorted; with many, walking the sort index and stopping
    after a page is faster. PostgreSQL cannot make that choice itself: pg_trgm's estimates are
    far off (20 rows estimated for "kovac", 2,149 found), so a search matching nothing walked all
    million referrals down the date index (2-3 s). A word found in no document is exact (its
    count is not capped), so such a search needs no page query at all.
    """
    # On PostgreSQL the estimate also turns parallel workers off for the rest of this page's
    # transaction (SET LOCAL, in the same statement): the planner cannot know an ARRAY's length,
    # assumes ~10 ids, i.e. ~250,000 referrals for the consultants' one, and starts two workers to
    # sort them. For the few rows really found that start-up is the whole cost ("xqz": 17 ms in a
    # Gather Merge, 0.13 ms without); a walk stops after one page and gains nothing from them.
    estimate = estimated_matches(session, query, base_model, targets, serial=True)
    if estimate is None:
        return SearchPlan.WALK
    if estimate == 0:
        return SearchPlan.NOTHING
    postgres = session.get_bind().dialect.name == "postgresql"
    if estimate >= (FEW_MATCHES_POSTGRES if postgres else FEW_MATCHES):
        return SearchPlan.WALK
    return SearchPlan.DRIVEN


def few_matches(
    session: Session, query: str, base_model, targets: Sequence[tuple[ColumnElement, str]]
) -> bool:
    """Will `query` match few (or no) rows of `base_model`? (`search_plan` is not WALK.)

    For callers that run the driven page query even when nothing can match.
    """
    return search_plan(session, query, base_model, targets) is not SearchPlan.WALK


def estimated_matches(
    session: Session,
    query: str,
    base_model,
    targets: Sequence[tuple[ColumnElement, str]],
    serial: bool = False,
) -> float | None:
    """Rows of `base_model` the rarest word of `query` matches, estimated (None: no words).

    `serial` (PostgreSQL): also SET LOCAL max_parallel_workers_per_gather = 0, in the same statement.

    Document counts are capped at FEW_MATCHES + 1, so the figure is only exact below that.
    (The count reads up to that many documents: the cost of an estimate is bounded.)
    """
    dialect_name = session.get_bind().dialect.name
    words = search_words(query)
    if not words:
        return None
    base_table = base_model.__table__.name
    parents = sorted({base for _, base in targets} | {base_table})
    selects = [f"(SELECT max(id) FROM {name})" for name in parents]
    params: dict[str, object] = {}
    layout: list[tuple[int, str]] = []
    for w, word in enumerate(words):
        for t, (_, base) in enumerate(targets):
            param = f"fw{w}_{t}"
            sql, bind = _matching_ids(dialect_name, SOURCES[base].table, word, param)
            params.update(bind)
            selects.append(f"(SELECT count(*) FROM ({sql} LIMIT {FEW_MATCHES + 1}) AS m)")
            layout.append((w, base))
    if serial and dialect_name == "postgresql":
        selects.append("set_config('max_parallel_workers_per_gather', '0', true)")
    row = session.execute(text("SELECT " + ", ".join(selects)), params).one()
    max_ids = {name: (row[i] or 0) for i, name in enumerate(parents)}
    base_rows = max_ids[base_table]
    estimates = [0.0] * len(words)
    for (w, base), count in zip(layout, row[len(parents) : len(parents) + len(layout)], strict=True):
        fan_out = base_rows / max(1, max_ids[base]) if base != base_table else 1.0
        estimates[w] += count * fan_out
    return min(estimates)


FEW_MATCHES_COUNT_POSTGRES = 50_000  # below the estimate's floor when 12,001 documents are capped (x5)


def count_plan(
    session: Session, query: str, base_model, targets: Sequence[tuple[ColumnElement, str]]
) -> SearchPlan:
    """Pick the plan for counting the rows of `query` (WALK here means the plain condition).

    A count reads every match, so there is no early stop to lose: on PostgreSQL the FK bitmaps
    beat its parallel scan of all million referrals up to ~50,000 matches (EXPLAIN ANALYZE:
    "xqz" 107 -> 14 ms, "kovac" 156 -> 33 ms, "ahl" 199 -> 112 ms). SQLite counts faster with
    its plain plan ("kovac" 5 ms vs 27 ms), so it keeps it. A word in no document counts 0.
    """
    estimate = estimated_matches(session, query, base_model, targets)
    if estimate is None:
        return SearchPlan.WALK
    if estimate == 0:
        return SearchPlan.NOTHING
    if session.get_bind().dialect.name == "postgresql" and estimate < FEW_MATCHES_COUNT_POSTGRES:
        return SearchPlan.DRIVEN
    return SearchPlan.WALK
