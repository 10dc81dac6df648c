"""The benchmark's report: targets per backend and the side-by-side table (no timing asserted)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.measure_sql import term_groups
from benchmarks.run import TARGETS, backend_targets, figures_table

RESULTS = Path(__file__).resolve().parent.parent / "benchmarks" / "results"


def _measures(search_p95: float, cold: float) -> dict:
    return {
        "cold_start": {"first_paint_s": {"median": cold, "max": cold}, "peak_rss_mb": 150.0, "runs": []},
        "ui": {"search": {"query_to_view_ms": {"p50": 20.0, "p95": search_p95},
                          "query_to_count_ms": {"p50": 30.0, "p95": 200.0}},
               "profile_open": {"first": {"first_paint_ms": 80.0}}},
        "ui_peak_rss_mb": 180.0,
        "raw_sql": {"ratio_of_medians": 2.0},
    }


def test_targets_are_judged_per_backend():
    sqlite = backend_targets(_measures(search_p95=60.0, cold=0.9))
    postgres = backend_targets(_measures(search_p95=2000.0, cold=1.4))
    assert set(sqlite) == set(TARGETS)
    assert sqlite["search_p95_ms"]["pass"] and not postgres["search_p95_ms"]["pass"]
    assert sqlite["cold_start_s"]["pass"] and not postgres["cold_start_s"]["pass"]
    assert sqlite["peak_rss_mb"]["value"] == 180.0  # the max of all app processes
    assert backend_targets({})["search_p95_ms"]["pass"] is None  # not measured is not a pass


def test_table_has_one_column_per_backend():
    result = {
        "layout": 2, "backends": ["sqlite", "postgresql"], "dataset": {}, "machine": {}, "errors": {},
        "measures": {"sqlite": _measures(60.0, 0.9), "postgresql": _measures(2000.0, 1.4)},
        "targets": {"sqlite": backend_targets(_measures(60.0, 0.9)),
                    "postgresql": backend_targets(_measures(2000.0, 1.4))},
    }
    table = figures_table(result)
    assert table.splitlines()[0] == "| Measure | Target | SQLite | PostgreSQL |"
    search_row = next(line for line in table.splitlines() if line.startswith("| Search → view p95"))
    assert "60 ms ✅" in search_row and "2000 ms ❌" in search_row
    assert all(line.count("|") == 5 for line in table.splitlines() if line.startswith("|"))


def test_results_written_before_the_postgresql_column_still_render():
    old = json.loads((RESULTS / "20261122T090214Z.json").read_text(encoding="utf-8"))
    assert "layout" not in old
    table = figures_table(old)
    assert table.splitlines()[0] == "| Measure | Target | SQLite |"


def test_term_groups_pick_the_searches_issue_10_names():
    per_search = [
        {"term": "xqz", "rows_in_model": 0, "query_to_view_ms": 12.0},
        {"term": "a", "rows_in_model": 100, "query_to_view_ms": 30.0},
        {"term": "anna lin", "rows_in_model": 100, "query_to_view_ms": 80.0},
        {"term": "kovac", "rows_in_model": 100, "query_to_view_ms": 40.0},
        {"term": "zz", "error": "TimeoutError"},
    ]
    groups = term_groups(per_search)
    assert groups["zero_match"]["terms"] == ["xqz"]
    assert groups["short"]["terms"] == ["a"]
    assert groups["multi_word"]["terms"] == ["anna lin"] and groups["multi_word"]["max"] == 80.0
