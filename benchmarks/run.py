"""`make bench`: build (or reuse) the seeded database, measure the real app, write JSON + README table.

    python -m benchmarks.run [--scale 1.0] [--seed N] [--rebuild] [--cold-runs 5] [--searches 60]
    ASFDESK_BENCH_POSTGRES_URL=postgresql+psycopg://user:pw@host/asfdesk_bench python -m benchmarks.run

With ASFDESK_BENCH_POSTGRES_URL (or --postgres-url) the same dataset is copied into that
PostgreSQL database (benchmarks/load_postgres.py) and every measure runs on both backends; the
JSON then holds `measures.<backend>` and `targets.<backend>` side by side.

Each measure runs in its own process (so peak RSS is the app's, not the generator's) and a
failing measure is recorded under "errors" in the JSON instead of stopping the run. Results go
to benchmarks/results/latest.json plus a timestamped copy; the figures table in
benchmarks/README.md is rewritten between its markers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import measure_sql
from benchmarks.generate import DEFAULT_SEED, Generated

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README = HERE / "README.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"

POSTGRES_ENV = "ASFDESK_BENCH_POSTGRES_URL"
BACKEND_LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}

TARGETS = {
    # key: (label, limit, unit). Issue 10, at 1,000,000 referrals on a 2-core machine, per backend.
    "cold_start_s": ("Cold start (median of runs)", 1.0, "s"),
    "search_p95_ms": ("Search → view p95, debounce excluded", 100.0, "ms"),
    "profile_open_ms": ("Profile open, 1,000 referrals (first paint)", 100.0, "ms"),
    "peak_rss_mb": ("Peak RSS (max of all app processes)", 250.0, "MB"),
    "count_p95_ms": ("Row count shown, search → count, p95", 300.0, "ms"),
    "app_raw_ratio": ("App / raw SQL (ratio of medians)", 3.0, "×"),
    # Issue 12: Översikt's figures shown (benchmarks/overview_bench.py), the slower of its two views.
    "overview_ms": ("Översikt figures shown (first, and median of mine / whole unit)", 300.0, "ms"),
}


def machine_info() -> dict:
    import PySide6
    import sqlalchemy

    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    ) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem_kb = next(
        (int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
         if line.startswith("MemTotal")), 0,
    ) if Path("/proc/meminfo").exists() else 0
    return {
        "cpu_count": os.cpu_count(), "cpu_model": cpu, "memory_mb": mem_kb // 1024,
        "platform": platform.platform(), "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__, "qt_platform": os.environ.get("QT_QPA_PLATFORM"),
    }


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.home = Path(tempfile.mkdtemp(prefix="asfdesk-bench-home-"))
        self.env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(self.home / "config"),  # QSettings: no user's geometry/tab state
            XDG_DATA_HOME=str(self.home / "data"),
            PYTHONPATH=os.pathsep.join([str(HERE.parent), os.environ.get("PYTHONPATH", "")]),
        )
        self.env.pop("ASFDESK_DATABASE_URL", None)
        postgres_url = args.postgres_url or os.environ.get(POSTGRES_ENV, "")
        self.env.pop(POSTGRES_ENV, None)
        self.backends: dict[str, str] = {"sqlite": ""}  # backend -> URL (SQLite's once generated)
        if postgres_url:
            self.backends["postgresql"] = postgres_url
        self.result: dict = {
            "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine_info(),
            # Layout 2: measures/targets keyed by backend ("sqlite", "postgresql").
            "layout": 2,
            "backends": list(self.backends),
            "dataset": {},
            "measures": {name: {} for name in self.backends},
            "targets": {},
            "errors": {},
            # 1/5/15-minute load averages when each step started: other processes on a 2-core
            # machine slow every figure down, so a result is only comparable at similar load.
            "load_average": {},
        }
        self.db_path: Path | None = None
        self.backend = "sqlite"  # the backend the current step measures

    @property
    def url(self) -> str:
        return self.backends[self.backend]

    @property
    def measures(self) -> dict:
        return self.result["measures"][self.backend]

    def step(self, name: str, fn) -> None:
        print(f"[bench] {name} …", flush=True)
        self.result["load_average"][name] = [round(x, 2) for x in os.getloadavg()]
        t0 = time.perf_counter()
        try:
            fn()
        except Exception as exc:
            self.result["errors"][name] = {"error": f"{type(exc).__name__}: {exc}",
                                           "traceback": traceback.format_exc(limit=8)}
            print(f"[bench] {name} FAILED: {exc}", flush=True)
        print(f"[bench] {name} done in {time.perf_counter() - t0:.1f} s", flush=True)

    # -- steps ------------------------------------------------------------------------------------

    def dataset(self) -> None:
        """In a child process, so this parent (whose children inherit its page tables) stays small."""
        args = ["--seed", str(self.args.seed), "--scale", repr(self.args.scale)]
        if self.args.rebuild:
            args.append("--rebuild")
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.generate", *args],
            stdout=subprocess.PIPE, text=True, env=self.env, timeout=1800, cwd=HERE.parent,
        )
        if proc.returncode:
            raise RuntimeError(f"benchmarks.generate exited {proc.returncode}")
        data = json.loads(proc.stdout)
        reused = data.pop("reused")
        info = Generated(**data)
        self.db_path = Path(info.path)
        self.backends["sqlite"] = f"sqlite:///{self.db_path}"
        self.result["dataset"] = {
            "reused": reused, **asdict(info),
            "file_mb": round(self.db_path.stat().st_size / 2**20, 1),
        }

    def remember_consultant(self) -> None:
        """Store an active consultant as the app's remembered user, as after a first start.

        Without it the window asks "Who are you?" at every start (the benchmark's home is new), and
        the dialog, closed by the measuring process, would be part of every figure.
        """
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT username FROM consultants WHERE active = 1 ORDER BY id LIMIT 1"
            ).fetchone()
        finally:
            conn.close()
        if row is None:
            return
        code = ("import sys; from asfdesk.ui.consultants_dialog import SETTING; "
                "from asfdesk.ui.settings import app_settings; s = app_settings(); "
                "s.setValue(SETTING, sys.argv[1]); s.sync()")
        subprocess.run([sys.executable, "-c", code, row[0]], env=self.env, check=True, timeout=120,
                       cwd=HERE.parent, capture_output=True)
        self.result["dataset"]["remembered_login"] = row[0]

    def postgres_load(self) -> None:
        """Copy the SQLite dataset into the PostgreSQL database (reused when it already holds it)."""
        args = [str(self.db_path), self.backends["postgresql"]]
        if self.args.rebuild:
            args.append("--rebuild")
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.load_postgres", *args],
            stdout=subprocess.PIPE, text=True, env=self.env, timeout=3600, cwd=HERE.parent,
        )
        if proc.returncode:
            raise RuntimeError(f"benchmarks.load_postgres exited {proc.returncode}")
        self.result["dataset"]["postgresql"] = json.loads(proc.stdout.strip().splitlines()[-1])
        url = self.backends["postgresql"]
        self.register_server_login(url)
        self.result["machine"]["postgresql"] = measure_sql.postgres_version(url)
        self.result["machine"]["postgresql_settings"] = measure_sql.postgres_settings(url)

    @staticmethod
    def register_server_login(url: str) -> None:
        """On a server the app's user is the login it connects as (session_user), never one
        remembered locally: make that login a consultant, or every start asks "Who are you?"."""
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text(
                    "INSERT INTO consultants (username, name, active, version, created_at, updated_at)"
                    " SELECT lower(session_user), 'Bench Marksson', true, 1, now(), now()"
                    " WHERE NOT EXISTS (SELECT 1 FROM consultants WHERE username = lower(session_user))"
                ))
        finally:
            engine.dispose()

    def cold_start(self) -> None:
        runs, errors = [], []
        for i in range(self.args.cold_runs):
            settle = ["--settle", "30"] if i == self.args.cold_runs - 1 else []
            spawn = time.time()
            proc = subprocess.run(
                [sys.executable, "-m", "benchmarks.cold_start", self.url, repr(spawn), *settle],
                capture_output=True, text=True, env=self.env, timeout=180, cwd=HERE.parent,
            )
            line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("{")), None)
            if line is None:
                errors.append(f"run {i + 1}: exit {proc.returncode}: {proc.stderr[-2000:]}")
                continue
            data = json.loads(line)
            data["stderr_tail"] = proc.stderr[-500:] if proc.returncode else ""
            runs.append(data)
        times = [r["first_paint_s"] for r in runs if "first_paint_s" in r]
        self.measures["cold_start"] = {
            "runs": runs,
            "first_paint_s": {"median": round(statistics.median(times), 4) if times else None,
                              "max": max(times) if times else None, "n": len(times)},
            "peak_rss_mb": max((r.get("peak_rss_mb", 0) for r in runs), default=None),
        }
        if errors:
            self.result["errors"][f"{self.backend}.cold_start_runs"] = errors

    def ui(self) -> None:
        terms = measure_sql.search_terms(self.args.seed, self.args.searches)
        terms_file = self.home / "terms.json"
        terms_file.write_text(json.dumps(terms, ensure_ascii=False), encoding="utf-8")
        out = self.home / f"ui-{self.backend}.json"
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.measure_ui", self.url,
             "--hero", str(self.result["dataset"]["hero_enterprise_id"]),
             "--terms", str(terms_file), "--out", str(out),
             "--screenshots", str(self.home / f"shots-{self.backend}")],
            stdout=subprocess.PIPE, text=True, env=self.env, timeout=3600, cwd=HERE.parent,
        )  # its stderr (progress, Qt messages) goes to the console
        if not out.exists():
            raise RuntimeError(f"measure_ui exited {proc.returncode} without results (see its output)")
        ui = json.loads(out.read_text(encoding="utf-8"))
        self.measures["ui"] = ui["measures"]
        self.measures["ui_peak_rss_mb"] = ui.get("peak_rss_mb")
        self.measures["ui_info"] = ui.get("info", {})
        if ui.get("errors"):
            self.result["errors"][f"{self.backend}.ui"] = ui["errors"]
        if proc.returncode:
            self.result["errors"][f"{self.backend}.ui_exit"] = f"exit {proc.returncode}"

    def raw_sql(self) -> None:
        """Replay each search's page-1 SQL through the bare driver and compare with the app's times."""
        search = self.measures.get("ui", {}).get("search", {})
        per_search = [e for e in search.get("per_search", [])
                      if "error" not in e and e.get("page_statements")]
        source = "widget_capture"
        if not per_search:  # the widgets could not run: still measure the query layer vs raw
            source = "query_layer_capture"
            terms = measure_sql.search_terms(self.args.seed, self.args.searches)
            layer = measure_sql.capture_query_layer(self.url, terms, page_size=100)
            per_search = [{"term": t, "page_statements": v["statements"],
                           "query_layer_ms": v["query_layer_first_ms"]} for t, v in layer.items()]
        rows, app_times, raw_times, ratios = [], [], [], []
        for entry in per_search:
            statements = [(sql, params if isinstance(params, dict) else tuple(params))
                          for sql, params in entry["page_statements"]]
            if self.backend == "sqlite":
                raw = measure_sql.replay(self.db_path, statements)
            else:
                raw = measure_sql.replay_postgres(self.url, statements)
            app_ms = entry.get("query_to_view_ms") or entry.get("query_layer_ms")
            row = {"term": entry["term"], "app_ms": app_ms, "raw_first_ms": raw["first_ms"],
                   "raw_median_ms": raw["median_ms"], "raw_rows": raw["rows_per_statement"]}
            if "first_row" in entry:  # the view showed what the SQL returns (column 1 = jobseeker)
                shown = entry["first_row"]
                row["same_first_row"] = (raw["first_row"] is None and shown is None) or (
                    raw["first_row"] is not None and raw["first_row"][1] == shown
                )
            if app_ms and raw["median_ms"] > 0:
                row["ratio"] = round(app_ms / raw["median_ms"], 3)
                ratios.append(row["ratio"])
                app_times.append(app_ms)
                raw_times.append(raw["median_ms"])
            rows.append(row)
        self.measures["raw_sql"] = {
            "source": source,
            "app_time": "query_to_view_ms (debounce excluded)" if source == "widget_capture"
            else "query layer fetch_page",
            "raw_ms": measure_sql.summary(raw_times),
            "app_ms": measure_sql.summary(app_times),
            "ratio": measure_sql.summary(ratios),
            "ratio_of_medians": round(statistics.median(app_times) / statistics.median(raw_times), 3)
            if app_times and statistics.median(raw_times) > 0 else None,
            "first_row_mismatches": [r["term"] for r in rows if r.get("same_first_row") is False],
            "per_search": rows,
        }

    def overview(self) -> None:
        """Översikt's figures, as the remembered consultant and for the whole unit (issue 12)."""
        from benchmarks import overview_bench

        login = self.result["dataset"].get("remembered_login")
        self.measures["overview"] = overview_bench.run_child(self.url, login, self.env, HERE.parent)

    def targets(self) -> None:
        for backend, m in self.result["measures"].items():
            self.result["targets"][backend] = backend_targets(m)

    # -- output -----------------------------------------------------------------------------------

    def write(self) -> Path:
        self.result["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        RESULTS.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.result, indent=1, ensure_ascii=False, default=str)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        tag = "" if self.args.scale == 1.0 else f"-scale{self.args.scale:g}"
        (RESULTS / f"{stamp}{tag}.json").write_text(text, encoding="utf-8")
        latest = RESULTS / ("latest.json" if not tag else f"latest{tag}.json")
        latest.write_text(text, encoding="utf-8")
        if self.args.scale == 1.0 and README.exists():
            update_readme(self.result)
        return latest

    def wait_quiet(self) -> None:
        """Wait (up to --wait-quiet seconds) until the 1-minute load average is below 1."""
        deadline = time.time() + self.args.wait_quiet
        while os.getloadavg()[0] >= 1.0 and time.time() < deadline:
            time.sleep(5)
        self.result["quiet_wait"] = {"load_average": [round(x, 2) for x in os.getloadavg()],
                                     "quiet": os.getloadavg()[0] < 1.0}

    def warm_up(self) -> None:
        """Read the data once, so every backend is measured with its files in the OS cache.

        This machine's kernel reclaims idle page cache (DAMON): after other work the 0.5 GB
        file is partly on disk again, and the first searches then measure the disk (seen: "ahl"
        0.86 s cold, 0.14 s warm). A consultant's database is warm after its first minute."""
        t0 = time.perf_counter()
        if self.backend == "sqlite":
            with open(self.db_path, "rb") as f:
                while f.read(1 << 22):
                    pass
        else:
            from sqlalchemy import create_engine, text

            engine = create_engine(self.backends["postgresql"])
            try:
                with engine.connect() as conn:
                    for table in ("referrals", "jobseekers", "enterprises", "consultants", "contacts",
                                  "search_jobseekers", "search_enterprises", "search_consultants"):
                        conn.execute(text(f"SELECT count(*) FROM (SELECT * FROM {table}) AS t"))
            finally:
                engine.dispose()
        self.result.setdefault("info", {})[f"{self.backend}.warm_up_s"] = round(time.perf_counter() - t0, 2)

    def run(self) -> int:
        self.step("dataset", self.dataset)
        if self.db_path is not None:
            self.step("remember_consultant", self.remember_consultant)
        if self.db_path is not None and "postgresql" in self.backends:
            self.step("postgres_load", self.postgres_load)
            if "postgres_load" in self.result["errors"]:
                del self.backends["postgresql"]
                self.result["backends"] = list(self.backends)
        if self.args.wait_quiet:
            self.wait_quiet()
        if self.db_path is not None:
            for backend in self.backends:
                self.backend = backend
                self.step(f"{backend}.warm_up", self.warm_up)
                if self.args.cold_runs:
                    self.step(f"{backend}.cold_start", self.cold_start)
                if not self.args.skip_ui:
                    self.step(f"{backend}.ui", self.ui)
                self.step(f"{backend}.raw_sql", self.raw_sql)
                self.step(f"{backend}.overview", self.overview)
        self.step("targets", self.targets)
        latest = self.write()
        print(figures_table(self.result))
        print(f"[bench] wrote {latest}")
        return 0


def backend_targets(m: dict) -> dict:
    """Each target's value and verdict from one backend's measures."""
    ui = m.get("ui", {})
    search = ui.get("search", {})
    values = {
        "cold_start_s": m.get("cold_start", {}).get("first_paint_s", {}).get("median"),
        "search_p95_ms": search.get("query_to_view_ms", {}).get("p95"),
        "profile_open_ms": ui.get("profile_open", {}).get("first", {}).get("first_paint_ms"),
        "peak_rss_mb": max(
            [v for v in (m.get("ui_peak_rss_mb"), m.get("cold_start", {}).get("peak_rss_mb")) if v],
            default=None,
        ),
        "count_p95_ms": search.get("query_to_count_ms", {}).get("p95"),
        "app_raw_ratio": m.get("raw_sql", {}).get("ratio_of_medians"),
        "overview_ms": m.get("overview", {}).get("figures_shown_ms"),
    }
    return {
        key: {"label": label, "target": limit, "unit": unit, "value": values[key],
              "pass": None if values[key] is None else values[key] <= limit}
        for key, (label, limit, unit) in TARGETS.items()
    }


def _fmt(value, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        value = f"{value:.3g}" if value < 10 else f"{value:.0f}"
    return f"{value} {unit}".strip()


def _pair(a, b, unit: str) -> str:
    return f"{_fmt(a, unit)} / {_fmt(b, unit)}"


def _extra_rows(m: dict, dataset: dict) -> list[tuple[str, str]]:
    """(label, value) of the figures without a target, for one backend's measures."""
    ui = m.get("ui", {})
    rows = []
    cold = m.get("cold_start", {}).get("first_paint_s", {})
    rows.append(("Cold start, max of runs", _fmt(cold.get("max"), "s")))
    runs = m.get("cold_start", {}).get("runs", [])

    def med(key: str):
        values = [r[key] for r in runs if key in r]
        return statistics.median(values) if values else None

    rows.append(("… median: imports done / window built / first paint",
                 f"{_fmt(med('imports_done_s'), 's')} / {_fmt(med('window_returned_s'), 's')} / "
                 f"{_fmt(med('first_paint_s'), 's')}"))
    profile = ui.get("profile_open", {})
    rows.append(("Profile open again (modules loaded) / its Referrals tab",
                 _pair(profile.get("second", {}).get("first_paint_ms"),
                       profile.get("first", {}).get("referrals_tab_ms"), "ms")))
    search = ui.get("search", {})
    rows.append((f"Keystroke → view p50 / p95, debounce ({m.get('ui_info', {}).get('debounce_ms')} ms) "
                 "included",
                 _pair(search.get("keystroke_to_view_ms", {}).get("p50"),
                       search.get("keystroke_to_view_ms", {}).get("p95"), "ms")))
    rows.append(("Search → view p50 / max, debounce excluded",
                 _pair(search.get("query_to_view_ms", {}).get("p50"),
                       search.get("query_to_view_ms", {}).get("max"), "ms")))
    for group, label in (("zero_match", "zero-match"), ("short", "1–2 letters"), ("multi_word", "two words")):
        data = search.get("groups", {}).get(group, {})
        rows.append((f"… {label} searches ({data.get('n', 0)}): p50 / max",
                     _pair(data.get("p50"), data.get("max"), "ms")))
    rows.append(("… of which SQL in the app, p50 / p95",
                 _pair(search.get("in_app_sql_ms", {}).get("p50"), search.get("in_app_sql_ms", {}).get("p95"),
                       "ms")))
    rows.append(("… of which page shown → view painted, p50 / p95",
                 _pair(search.get("loaded_to_paint_ms", {}).get("p50"),
                       search.get("loaded_to_paint_ms", {}).get("p95"), "ms")))
    typing = ui.get("search_typing_120ms", {})
    rows.append(("Typed at 120 ms per key: last key → view p50 / p95",
                 _pair(typing.get("keystroke_to_view_ms", {}).get("p50"),
                       typing.get("keystroke_to_view_ms", {}).get("p95"), "ms")))
    rows.append(("Row count shown, search → count p50",
                 _fmt(search.get("query_to_count_ms", {}).get("p50"), "ms")))
    rows.append(("Referrals tab first paint with rows",
                 _fmt(ui.get("referrals_tab", {}).get("first_paint_with_rows_ms"), "ms")))
    for column in ("Enterprise", "Status", "Referred"):
        data = ui.get("sort", {}).get(column, {})
        rows.append((f"Sort by {column} (click → repainted first page)",
                     "error" if "error" in data else _fmt(data.get("click_to_view_ms"), "ms")))
    rows.append(("Scroll to the last row (painted)",
                 _fmt(ui.get("scroll_to_end", {}).get("scroll_to_last_row_painted_ms"), "ms")))
    raw = m.get("raw_sql", {})
    rows.append(("Raw SQL page 1, p50 / p95",
                 _pair(raw.get("raw_ms", {}).get("p50"), raw.get("raw_ms", {}).get("p95"), "ms")))
    rows.append(("App / raw ratio per search, p50 / p95",
                 _pair(raw.get("ratio", {}).get("p50"), raw.get("ratio", {}).get("p95"), "")))
    rows.append(("Database generation / load (total)",
                 _fmt(dataset.get("timings_s", {}).get("total"), "s") + (" (reused)" if dataset.get("reused")
                                                                         else "")))
    return rows


def _as_layout2(result: dict) -> dict:
    """Results written before the PostgreSQL column (layout 1) as one SQLite backend."""
    if result.get("layout") == 2:
        return result
    return {**result, "backends": ["sqlite"], "measures": {"sqlite": result.get("measures", {})},
            "targets": {"sqlite": result.get("targets", {})}}


def figures_table(result: dict) -> str:
    """The Markdown table README.md shows: one column per backend, targets first."""
    result = _as_layout2(result)
    backends = result.get("backends", ["sqlite"])
    head = "| Measure | Target | " + " | ".join(BACKEND_LABELS.get(b, b) for b in backends) + " |"
    lines = [head, "|---|---|" + "---|" * len(backends)]
    verdicts = {True: "✅", False: "❌", None: "—"}
    for key, (label, limit, unit) in TARGETS.items():
        cells = []
        for b in backends:
            t = result["targets"].get(b, {}).get(key, {})
            cells.append(f"{_fmt(t.get('value'), unit)} {verdicts[t.get('pass')]}")
        lines.append(f"| {label} | ≤ {limit:g} {unit} | " + " | ".join(cells) + " |")
    dataset = result.get("dataset", {})
    datasets = {"sqlite": dataset, "postgresql": dataset.get("postgresql", {})}
    per_backend = [_extra_rows(result["measures"].get(b, {}), datasets.get(b, {})) for b in backends]
    for i, (label, _) in enumerate(per_backend[0]):
        lines.append(f"| {label} | | " + " | ".join(rows[i][1] for rows in per_backend) + " |")
    info = result.get("machine", {})
    loads = result.get("load_average", {})
    load_text = ", ".join(f"{k} {v[0]:g}" for k, v in loads.items()
                          if k.split(".")[-1] in ("cold_start", "ui"))
    lines.append("")
    lines.append(
        f"Run {result.get('started_at')} on {info.get('cpu_count')} × {info.get('cpu_model')}, "
        f"Python {info.get('python')}, SQLite {info.get('sqlite')}"
        + (f", PostgreSQL {info['postgresql']}" if info.get("postgresql") else "")
        + (" (shared_buffers {shared_buffers}, database {database_size})".format(
            **info["postgresql_settings"]) if info.get("postgresql_settings") else "")
        + f", PySide6 {info.get('pyside6')}. "
        f"1-minute load average at the start of each step: {load_text or 'not recorded'}. "
        f"Errors: {', '.join(result.get('errors', {})) or 'none'}."
    )
    return "\n".join(lines)


def update_readme(result: dict) -> None:
    text = README.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        return
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{BEGIN}\n{figures_table(result)}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full dataset")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the database")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--searches", type=int, default=60)
    parser.add_argument("--skip-ui", action="store_true", help="only dataset, cold start and raw SQL")
    parser.add_argument("--postgres-url", default="",
                        help=f"also measure on this PostgreSQL database (default: ${POSTGRES_ENV})")
    parser.add_argument("--wait-quiet", type=float, default=0.0, metavar="SECONDS",
                        help="before measuring, wait up to this long for a 1-minute load average below 1")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return Bench(args).run()


if __name__ == "__main__":
    sys.exit(main())
