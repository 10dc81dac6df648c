"""Översikt at a million referrals: how long until its figures are shown (issue 12, target 300 ms).

Run by benchmarks/run.py for each backend, in a child process (offscreen Qt):
    python -m benchmarks.overview_bench URL LOGIN [--runs 7]
prints one JSON line. For the consultant LOGIN ("mine", the default view) and for the whole unit
it measures, `runs` times each (the first run is reported apart), after `first_shown_ms`, the
page's own first reading when it is shown (as when the app opens on it: a new connection):
* `widget_ms`: OverviewPage.reload() → `loaded` (the worker's read and the painting of the
  figures, charts and lists): what the user waits for;
* `query_ms`: asfdesk.services.overview.read_overview alone (every statement, one session);
* `statements`: each statement's time in the last run, and its plan (SQLite EXPLAIN QUERY PLAN,
  PostgreSQL EXPLAIN), so a plan that stops using its index shows up here.
The figures are for "today" = the generator's fixed day (2026-11-01), as the dataset is.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date

TODAY = date(2026, 11, 1)  # benchmarks.generate's fixed "today"
TARGET_MS = 300.0


def _summary(values: list[float]) -> dict:
    ordered = sorted(values)
    return {
        "n": len(values),
        "median": round(statistics.median(values), 1),
        "max": round(max(values), 1),
        "p95": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 1),
    }


def _plans(engine, captured: list[tuple[str, object, float]]) -> list[dict]:

    rows = []
    with engine.connect() as conn:
        for statement, params, ms in captured:
            entry = {"sql": " ".join(statement.split())[:240], "ms": round(ms, 2)}
            if "referrals" in statement:
                if engine.dialect.name == "sqlite":
                    raw = conn.connection.driver_connection
                    entry["plan"] = [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + statement, params)]
                else:
                    cursor = conn.connection.driver_connection.cursor()
                    cursor.execute("EXPLAIN " + statement, params)
                    entry["plan"] = [r[0] for r in cursor.fetchall()]
            rows.append(entry)
    return rows


def measure(url: str, login: str | None, runs: int = 7) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from asfdesk.db.engine import make_engine
    from asfdesk.db.session import make_session_factory
    from asfdesk.services.overview import read_overview
    from asfdesk.ui.overview import OverviewPage

    app = QApplication.instance() or QApplication([])
    engine = make_engine(url)
    sessions = make_session_factory(engine, user=login or "bench")
    captured: list[tuple[str, object, float]] = []
    started: dict[int, float] = {}

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, params, context, many):  # noqa: ARG001
        started[id(cursor)] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, params, context, many):  # noqa: ARG001
        captured.append((statement, params, (time.perf_counter() - started.pop(id(cursor), 0)) * 1000))

    def wait_loaded(start) -> float:
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        t0 = time.perf_counter()
        start()
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        page.loaded.disconnect(loop.quit)
        app.processEvents()  # the paint of what arrived
        return (time.perf_counter() - t0) * 1000

    page = OverviewPage(sessions)
    page.today = lambda: TODAY
    page.resize(1280, 680)
    result: dict = {"today": TODAY.isoformat(), "login": login, "runs": runs, "target_ms": TARGET_MS}
    # As at start: the page is shown and reads its figures (a new connection, cold caches).
    result["first_shown_ms"] = round(wait_loaded(page.show), 1)
    for scope, whole in (("mine", False), ("whole_unit", True)):
        page.whole_unit.blockSignals(True)
        page.whole_unit.setChecked(whole)
        page.whole_unit.blockSignals(False)
        widget, query = [], []
        for _ in range(runs):
            widget.append(wait_loaded(page.reload))
            captured.clear()
            with sessions() as session:
                t0 = time.perf_counter()
                overview = read_overview(session, login, whole, TODAY)
                query.append((time.perf_counter() - t0) * 1000)
                session.rollback()  # the access-log row of the follow-up list is not kept
        result[scope] = {
            "widget_first_ms": round(widget[0], 1),
            "widget_ms": _summary(widget[1:] or widget),
            "query_first_ms": round(query[0], 1),
            "query_ms": _summary(query[1:] or query),
            "whole_unit": overview.whole_unit,
            "active_referrals": overview.figures.active_total,
            "follow_ups_listed": len(overview.follow_ups),
            "statements": _plans(engine, list(captured)),
        }
    # The slowest of: the first showing (as at start), and the median of each view's readings.
    worst = max(result["first_shown_ms"], *(result[s]["widget_ms"]["median"] for s in ("mine", "whole_unit")))
    result["figures_shown_ms"] = worst
    result["pass"] = worst <= TARGET_MS
    page.close()
    engine.dispose()
    return result


def run_child(url: str, login: str | None, env: dict, cwd, runs: int = 7) -> dict:
    """Measure in a child process (as benchmarks/run.py does for the other UI measures)."""
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.overview_bench", url, login or "", "--runs", str(runs)],
        capture_output=True, text=True, env=env, cwd=cwd, timeout=900,
    )  # fmt: skip
    line = next((ln for ln in reversed(proc.stdout.splitlines()) if ln.startswith("{")), None)
    if proc.returncode or line is None:
        raise RuntimeError(f"overview_bench exited {proc.returncode}: {proc.stderr[-2000:]}")
    return json.loads(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("login", nargs="?", default="")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.url, args.login or None, args.runs), ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
