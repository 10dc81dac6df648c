"""Copy the benchmark's SQLite database into PostgreSQL, so both backends are measured on the same rows.

    python -m benchmarks.load_postgres SQLITE_FILE POSTGRES_URL [--rebuild]

Why from the SQLite file: the generator stays the one source of the dataset (same seed, same rows,
same ids, so the same hero enterprise). The schema comes from the app's own migrations
(`asfdesk.db.migrate.upgrade`), the rows go in with COPY (psycopg's `cursor.copy`) with the
secondary indexes dropped and rebuilt afterwards, the search documents from the app's
`rebuild_search_index`, then VACUUM ANALYZE (a database that has been in use has a visibility
map and statistics). The database named in the URL is created if missing and, when it does not
hold this dataset yet, emptied (its `public` schema only); nothing else on the server is touched.
A later run reuses it when the database comment names the same generated file and schema revision.
Prints one JSON line with the timings.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

SKIP_TABLES = {"alembic_version"}


def conninfo(url: str, database: str | None = None) -> str:
    """A libpq URL for psycopg from a SQLAlchemy one (`postgresql+psycopg://…`)."""
    parsed = make_url(url).set(drivername="postgresql")
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


def _source_key(sqlite_file: Path) -> dict:
    from asfdesk.db.migrate import head_revision

    meta = sqlite_file.with_suffix(".json")
    generated = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
    # Not the file's mtime: the app writes access-log rows into it during every run.
    return {
        "source": sqlite_file.name,
        "generated": {k: generated.get(k) for k in ("seed", "sizes", "generator_version", "timings_s")},
        "schema_revision": head_revision(),
    }


def ensure_database(url: str) -> None:
    """CREATE DATABASE if the URL's database does not exist (connects to `postgres` for that)."""
    name = make_url(url).database
    with psycopg.connect(conninfo(url, "postgres"), autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _current_key(conn: psycopg.Connection) -> dict | None:
    row = conn.execute(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    try:
        return json.loads(row[0]) if row and row[0] else None
    except ValueError:
        return None


def _secondary_indexes(conn: psycopg.Connection) -> list[tuple[str, str]]:
    """(name, CREATE INDEX …) of every index not behind a primary key or unique constraint."""
    return conn.execute(
        """
        SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
        ORDER BY i.indexname
        """
    ).fetchall()


def _copy_table(pg: psycopg.Connection, lite: sqlite3.Connection, table: str) -> int:
    pg_cols = [r[0] for r in pg.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = %s ORDER BY ordinal_position", (table,)).fetchall()]
    lite_cols = {r[1] for r in lite.execute(f'PRAGMA table_info("{table}")')}
    cols = [c for c in pg_cols if c in lite_cols]
    rows = 0
    copy_sql = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, cols)))
    select = "SELECT " + ", ".join(f'"{c}"' for c in cols) + f' FROM "{table}"'
    with pg.cursor() as cur, cur.copy(copy_sql) as copy:
        for row in lite.execute(select):
            copy.write_row(row)
            rows += 1
    return rows


def load(sqlite_file: Path, url: str, rebuild: bool = False) -> dict:
    """Make the PostgreSQL database at `url` hold the rows of `sqlite_file`. Returns timings."""
    from asfdesk.db.engine import make_engine
    from asfdesk.db.migrate import upgrade
    from asfdesk.db.search import SOURCES, rebuild_search_index

    t_all = time.perf_counter()
    key = _source_key(sqlite_file)
    ensure_database(url)
    with psycopg.connect(conninfo(url), autocommit=True) as pg:
        if not rebuild and _current_key(pg) == key:
            return {"reused": True, "key": key, "timings_s": {}}
        timings: dict[str, float] = {}
        pg.execute("DROP SCHEMA IF EXISTS public CASCADE")
        pg.execute("CREATE SCHEMA public")
    t0 = time.perf_counter()
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    timings["migrate"] = round(time.perf_counter() - t0, 3)

    search_tables = {s.table for s in SOURCES.values()}
    lite = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    row_counts: dict[str, int] = {}
    try:
        with psycopg.connect(conninfo(url)) as pg:
            pg.execute("SET TimeZone = 'UTC'")  # SQLite holds naive UTC timestamps
            pg.execute("SET session_replication_role = replica")  # no FK checks/triggers during the load
            tables = [r[0] for r in pg.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]
            lite_tables = {r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            tables = [t for t in tables if t in lite_tables and t not in SKIP_TABLES | search_tables]
            indexes = _secondary_indexes(pg)
            for name, _ in indexes:
                pg.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))
            pg.execute(sql.SQL("TRUNCATE {} CASCADE").format(sql.SQL(", ").join(map(sql.Identifier, tables))))
            for table in tables:
                t0 = time.perf_counter()
                row_counts[table] = _copy_table(pg, lite, table)
                timings[f"copy_{table}"] = round(time.perf_counter() - t0, 3)
            for table in tables:  # ids were copied: move each serial sequence past them
                if _has_id(pg, table):
                    pg.execute(
                        sql.SQL("SELECT setval(s, coalesce((SELECT max(id) FROM {}), 0) + 1, false) "
                                "FROM pg_get_serial_sequence(%s, 'id') s WHERE s IS NOT NULL").format(
                            sql.Identifier(table)),
                        (table,),
                    )
            pg.commit()
    finally:
        lite.close()

    t0 = time.perf_counter()
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            rebuild_search_index(conn)
    finally:
        engine.dispose()
    timings["search_index"] = round(time.perf_counter() - t0, 3)

    with psycopg.connect(conninfo(url), autocommit=True) as pg:
        t0 = time.perf_counter()
        pg.execute("SET maintenance_work_mem = '256MB'")
        for _name, ddl in indexes:
            pg.execute(ddl)
        timings["indexes"] = round(time.perf_counter() - t0, 3)
        t0 = time.perf_counter()
        pg.execute("VACUUM ANALYZE")
        timings["vacuum_analyze"] = round(time.perf_counter() - t0, 3)
        pg.execute(sql.SQL("COMMENT ON DATABASE {} IS {}").format(
            sql.Identifier(make_url(url).database), sql.Literal(json.dumps(key))))
    timings["total"] = round(time.perf_counter() - t_all, 3)
    return {"reused": False, "key": key, "timings_s": timings, "row_counts": row_counts,
            "indexes_rebuilt": len(indexes)}


def _has_id(pg: psycopg.Connection, table: str) -> bool:
    return pg.execute(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = %s "
        "AND column_name = 'id'", (table,)).fetchone() is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sqlite_file", type=Path)
    parser.add_argument("url")
    parser.add_argument("--rebuild", action="store_true", help="reload even if the database matches")
    args = parser.parse_args(argv)
    print(json.dumps(load(args.sqlite_file, args.url, args.rebuild)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
