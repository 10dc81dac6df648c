"""How long a big import holds SQLite's write lock, and whether a colleague's save gets through.

    python benchmarks/import_lock.py 300000

Writes a CSV of N enterprises, imports it into a fresh SQLite file while another connection
saves a row every 0.2 s with the app's normal busy timeout, and prints the longest time one
write transaction held the lock (first write statement to commit) and the colleague's longest
wait. Issue 8 §15: before batching, one transaction held the lock for the whole import.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import event

from asfdesk.db.engine import make_engine
from asfdesk.db.migrate import upgrade
from asfdesk.db.models import Enterprise
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.io.importer import validate_table
from asfdesk.io.mapping import guess_mapping
from asfdesk.io.readers import read_table
from asfdesk.io.store import run_import


def main(rows: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="asfdesk-import-lock-"))
    url = f"sqlite:///{folder / 'db.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    csv = folder / "big.csv"
    with csv.open("w", encoding="utf-8") as fh:
        fh.write("Namn;Ort;Telefon;E-post;Anställda\n")
        for i in range(rows):
            fh.write(f"Företag {i} AB;Umeå;090-12 34 {i % 100:02d};info{i}@example.se;{i % 50}\n")
    sessions = make_session_factory(engine, user="importer")
    started = time.monotonic()
    table = read_table(csv)
    with session_scope(sessions) as s:
        preview = validate_table(s, "enterprises", table, guess_mapping("enterprises", table.headers))
    validated = time.monotonic()

    holds: list[float] = []
    first_write: dict[int, float] = {}

    @event.listens_for(engine, "before_cursor_execute")
    def _write(conn, cursor, statement, *args):
        if statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            first_write.setdefault(id(conn), time.monotonic())

    @event.listens_for(engine, "commit")
    def _commit(conn):
        began = first_write.pop(id(conn), None)
        if began is not None:
            holds.append(time.monotonic() - began)

    colleague = make_session_factory(make_engine(url), user="colleague")
    waits: list[float] = []
    failures: list[str] = []
    done = threading.Event()

    def save_now_and_then() -> None:
        n = 0
        while not done.is_set():
            t = time.monotonic()
            try:
                with session_scope(colleague) as s:
                    s.add(Enterprise(name=f"Kollega {n}"))
                waits.append(time.monotonic() - t)
            except Exception as exc:
                failures.append(type(exc).__name__)
            n += 1
            time.sleep(0.2)

    thread = threading.Thread(target=save_now_and_then)
    thread.start()
    summary = run_import(sessions, preview)
    done.set()
    thread.join()
    finished = time.monotonic()
    print(
        f"rows: {rows}; read+validate {validated - started:.1f} s; "
        f"import {finished - validated:.1f} s ({summary})"
    )
    print(
        f"write transactions: {len(holds)}; longest lock hold {max(holds):.3f} s; "
        f"median {sorted(holds)[len(holds) // 2]:.3f} s"
    )
    print(f"colleague saves: {len(waits)} ok, {len(failures)} failed; longest save {max(waits):.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300_000)
