"""The search terms, and the same searches as plain SQL through the bare driver (sqlite3, psycopg).

The SQL is not re-written by hand: it is the statement the app itself ran for page 1 of each
search (captured with a SQLAlchemy before_cursor_execute listener, either inside the widget
run or, as a fallback, by calling the app's query layer `asfdesk.db.queries.fetch_page`), and
it is replayed verbatim with its parameters. So "app / raw" isolates what the app adds on top
of the database: SQLAlchemy, row conversion, the worker hop, the model and the repaint.
"""

from __future__ import annotations

import math
import random
import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.generate import FIRST_NAMES, LAST_NAMES, NAME_HEADS, NAME_TAILS

# Typed by hand: frequent fragments, accented ones, unaccented spellings of accented names,
# multi-word, SQL wildcards/quotes (must be literal), and ones that match nothing.
FIXED_TERMS = [
    "a", "ö", "an", "ber", "son", "ahl", "anna", "erik", "ström", "strom", "glädje", "gladje",
    "åsa", "öberg", "oberg", "sjö", "bäck", "kovac", "lind", "verket", "%", "o'b", "zz", "qxw",
    "ek för", "hörnf", "ärla", "gösta", "mäk", "ås",
    # issue 10: more that match nothing (a typo too), a first name plus the start of a surname
    "xqz", "100%", "annna berg", "anna lin",
]


def search_terms(seed: int, count: int = 60) -> list[str]:
    """A fixed list (same seed, same list) of 1–6 character searches, common and rare."""
    rng = random.Random(seed)
    terms = list(FIXED_TERMS)
    words = FIRST_NAMES + LAST_NAMES + NAME_HEADS + NAME_TAILS
    while len(terms) < count:
        word = rng.choice(words).lower()
        length = rng.randint(1, min(6, len(word)))
        start = rng.randint(0, len(word) - length)
        term = word[start : start + length].strip()
        if term and term not in terms:
            terms.append(term)
    return terms[:count]


def is_page_statement(sql: str) -> bool:
    """A statement of the page-1 fetch: any SELECT but the row count ("7 of 120") and its
    estimate ("≈ 43 000": `SELECT max(id)`, then a count over id ranges), which the model runs
    in its own worker after the page (the query layer may first run a cheap estimate to pick
    the page query's plan; that is part of the page's cost)."""
    head = " ".join(sql.split()).upper()
    return head.startswith("SELECT") and not head.startswith(("SELECT COUNT(", "SELECT MAX("))


def replay(path: Path, statements: list[tuple[str, tuple]], repeats: int = 3) -> dict:
    """Run `statements` (the app's SQL for one search) through sqlite3, fetching every row.

    Returns the first run and the median of `repeats` runs in milliseconds, and the rows each
    statement returned.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        runs = []
        results: list[list] = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            results = [conn.execute(sql, params).fetchall() for sql, params in statements]
            runs.append((time.perf_counter() - t0) * 1000)
        last = results[-1] if results else []
        return {"first_ms": round(runs[0], 3), "median_ms": round(statistics.median(runs), 3),
                "rows_per_statement": [len(r) for r in results],
                "first_row": list(last[0]) if last else None}
    finally:
        conn.close()


def replay_postgres(url: str, statements: list[tuple[str, dict | tuple]], repeats: int = 3) -> dict:
    """`replay` for PostgreSQL: the app's psycopg statements (pyformat, dict parameters)."""
    import psycopg

    from benchmarks.load_postgres import conninfo

    with psycopg.connect(conninfo(url)) as conn:
        runs = []
        results: list[list] = []
        for _ in range(repeats):  # one transaction each, like the app's session (SET LOCAL holds)
            t0 = time.perf_counter()
            results = [conn.execute(sql, params or None).fetchall() for sql, params in statements]
            runs.append((time.perf_counter() - t0) * 1000)
            conn.rollback()
    last = results[-1] if results else []
    return {"first_ms": round(runs[0], 3), "median_ms": round(statistics.median(runs), 3),
            "rows_per_statement": [len(r) for r in results],
            "first_row": list(last[0]) if last else None}


POSTGRES_SETTINGS = ("shared_buffers", "effective_cache_size", "work_mem", "max_parallel_workers_per_gather")


def postgres_version(url: str) -> str:
    import psycopg

    from benchmarks.load_postgres import conninfo

    with psycopg.connect(conninfo(url)) as conn:
        return str(conn.execute("SHOW server_version").fetchone()[0])


def postgres_settings(url: str) -> dict[str, str]:
    """The server settings the figures depend on (a database larger than shared_buffers reads
    its pages from the OS cache on every new search), plus the database's size."""
    import psycopg

    from benchmarks.load_postgres import conninfo

    with psycopg.connect(conninfo(url)) as conn:
        out = {name: str(conn.execute(f"SHOW {name}").fetchone()[0]) for name in POSTGRES_SETTINGS}
        out["database_size"] = str(
            conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]
        )
    return out


def term_groups(per_search: list[dict], key: str = "query_to_view_ms") -> dict[str, dict]:
    """Summaries of the kinds of search issue 10 names: no match, one or two letters, two words."""
    ok = [e for e in per_search if "error" not in e and e.get(key) is not None]
    groups = {
        "zero_match": [e for e in ok if e.get("rows_in_model") == 0],
        "short": [e for e in ok if len(e["term"].strip()) <= 2],
        "multi_word": [e for e in ok if len(e["term"].split()) >= 2],
    }
    return {name: {**summary([e[key] for e in entries]), "terms": [e["term"] for e in entries]}
            for name, entries in groups.items()}


def capture_query_layer(url: str, terms: list[str], page_size: int, repeats: int = 3) -> dict[str, dict]:
    """Page 1 of each search through the app's query layer (no widgets): its SQL and its time.

    Used when the widget run could not capture the statements, and to split the app's overhead
    into "query layer" (SQLAlchemy + row conversion) and "UI" (worker hop, model, paint).
    """
    from asfdesk.db.engine import make_engine
    from asfdesk.db.queries import ListRequest, fetch_page
    from asfdesk.db.session import make_session_factory
    from benchmarks.qt_probe import StatementLog

    engine = make_engine(url)
    sessions = make_session_factory(engine, user="bench")
    log = StatementLog()
    out: dict[str, dict] = {}
    try:
        for term in terms:
            times = []
            statements: list[tuple[str, tuple]] = []
            for i in range(repeats):
                t0 = time.perf_counter()
                with sessions() as session:
                    fetch_page(session, "referrals", ListRequest(search=term), 0, page_size)
                times.append((time.perf_counter() - t0) * 1000)
                if i == 0:
                    statements = [(e["sql"], tuple(e["params"])) for e in log.since(t0)
                                  if is_page_statement(e["sql"])]
            out[term] = {
                "query_layer_first_ms": round(times[0], 3),
                "query_layer_median_ms": round(statistics.median(times), 3),
                "statements": statements,
            }
    finally:
        log.close()
        engine.dispose()
    return out


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100) — no interpolation between two searches."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return round(ordered[rank - 1], 3)


def summary(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "max": round(max(values), 3),
        "median": round(statistics.median(values), 3),
    }
