"""Child process: the real main window, offscreen, measured against the benchmark database.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.measure_ui URL --hero ID --terms T.json --out R.json

Every measure is independent: one that fails (or times out) is written to the JSON as an error
with its traceback, and the run goes on. The SQL each search ran is captured, so the parent
can replay it through plain sqlite3.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QTableView, QTabWidget, QWidget

from benchmarks.measure_sql import is_page_statement, summary, term_groups
from benchmarks.qt_probe import PaintProbe, StatementLog, now, peak_rss_mb, spin, wait_until

LOADED_SIGNALS = ("refreshed", "loaded", "pageLoaded", "pageFetched", "rowsLoaded", "dataLoaded")
MODEL_SIGNALS = ("modelReset", "layoutChanged", "dataChanged", "rowsInserted")
PLACEHOLDERS = (None, "", "…", "...")
SORT_HEADERS = ("Enterprise", "Status", "Referred")


def rss_mb() -> float:
    return peak_rss_mb()


def ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 3)


def sql_span_ms(statements: list[dict], painted: float) -> float | None:
    """Wall-clock time the page's statements ran (first start to last end; they may overlap)."""
    if not statements:
        return None
    return ms(max(e["end"] or painted for e in statements) - min(e["start"] for e in statements))


def _params(params: object) -> dict | list:
    """Statement parameters as JSON: psycopg's are a dict (pyformat), sqlite3's a sequence."""
    return dict(params) if isinstance(params, dict) else list(params or ())


def _plain(text: str) -> str:
    return text.replace("&", "").strip().lower()


class ReferralsTab:
    """The Referrals tab's parts: via MainWindow.tab("referrals") (an EntityTab with search_edit,
    view, model and the searchStarted/refreshed signals), else found by widget type."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        tabs = getattr(window, "tabs", None)
        if not isinstance(tabs, QTabWidget):
            candidates = [t for t in window.findChildren(QTabWidget) if t.count() >= 4]
            if not candidates:
                raise LookupError("no QTabWidget with the four main tabs in the main window")
            tabs = candidates[0]
        self.tabs = tabs
        page = window.tab("referrals") if callable(getattr(window, "tab", None)) else None
        if page is None:
            names = [_plain(tabs.tabText(i)) for i in range(tabs.count())]
            index = next((i for i, n in enumerate(names) if n in ("referrals", "anvisningar")), 1)
            page = tabs.widget(index)
        self.page: QWidget = page
        self.index = tabs.indexOf(page)
        if self.index < 0:  # the tab may sit inside a wrapper widget
            self.index = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(page))
        self.view: QTableView = getattr(page, "view", None) or page.findChildren(QTableView)[0]
        self.model = self.view.model()
        search = getattr(page, "search_edit", None)
        if not isinstance(search, QLineEdit):
            fields = [f for f in page.findChildren(QLineEdit)
                      if _plain(f.placeholderText()).startswith(("search", "sök"))]
            if not fields:
                raise LookupError("no search field (placeholder 'Search…') on the Referrals tab")
            search = fields[0]
        self.search: QLineEdit = search
        self.probe = PaintProbe(self.view.viewport())
        self.loaded_at: list[float] = []
        self.loaded_source = self._connect_loaded()
        self.started: list[tuple[float, str]] = []
        started = getattr(page, "searchStarted", None)
        if started is not None and hasattr(started, "connect"):
            started.connect(lambda text: self.started.append((now(), text)))
        self.debounce_ms = getattr(page, "debounce_ms", None) or self._find_debounce()
        self.counted_at: list[float] = []  # the row count ("7 of 120") arrived
        counted = getattr(self.model, "countChanged", None)
        if counted is not None and hasattr(counted, "connect"):
            counted.connect(lambda *_: self.counted_at.append(now()))

    def count_known(self) -> bool:
        """Does the tab know how many rows match? (Models without `matching` count as known.)"""
        return getattr(self.model, "matching", 0) is not None

    def _connect_loaded(self) -> str:
        """Prefer 'the first page of the current request is shown'; else generic model signals."""
        for owner, owner_name in ((self.page, "tab"), (self.model, "model")):
            for name in LOADED_SIGNALS:
                signal = getattr(owner, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(lambda *_: self.loaded_at.append(now()))
                    return f"{owner_name}.{name}"
        for name in MODEL_SIGNALS:
            getattr(self.model, name).connect(lambda *_: self.loaded_at.append(now()))
        return "model:" + "/".join(MODEL_SIGNALS)

    def _find_debounce(self) -> int | None:
        timers = [t for t in self.page.findChildren(QTimer)
                  if t.isSingleShot() and 20 <= t.interval() <= 2000]
        return timers[0].interval() if timers else None

    def first_display(self, row: int = 0) -> object:
        return self.model.index(row, 0).data() if self.model.rowCount() > row else None

    def search_started(self, term: str, since: float) -> float | None:
        """When the tab started querying exactly `term` (after its debounce), if it said so."""
        hits = [t for t, text in self.started if t >= since and text == term.strip()]
        return hits[-1] if hits else None

    def wait_loaded(self, since: float, timeout_s: float = 60.0) -> tuple[float, float]:
        """Wait for a load signal after `since`, then for a paint after it. Returns both times."""
        if not wait_until(lambda: any(t >= since for t in self.loaded_at), timeout_s, self.probe):
            raise TimeoutError(f"no {self.loaded_source} within {timeout_s} s")
        loaded = next(t for t in self.loaded_at if t >= since)
        if not wait_until(lambda: self.probe.last_after(loaded) is not None, 10, self.probe):
            self.view.viewport().update()
            if not wait_until(lambda: self.probe.last_after(loaded) is not None, 10, self.probe):
                raise TimeoutError("the view did not repaint after loading")
        return loaded, self.probe.last_after(loaded)


def type_text(widget: QWidget, text: str, interval_s: float = 0.0) -> None:
    """Key press + release per character, like QTest.keyClicks but for å/ä/ö too (QTest's
    ASCII key table asserts on them). With an interval the event loop runs between keys."""
    for i, ch in enumerate(text):
        if interval_s and i:
            spin(interval_s)
        key = ord(ch.upper()) if ord(ch.upper()) < 0x2000 else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def wait_idle(timeout_s: float = 30.0) -> float:
    """Wait until no worker job is running (e.g. the row count of the last search)."""
    from asfdesk.ui.workers import busy_tracker

    t0 = now()
    wait_until(lambda: busy_tracker().running == 0, timeout_s, poll_ms=5)
    return now() - t0


class Runner:
    def __init__(self, url: str, hero_id: int, terms: list[str]) -> None:
        self.url = url
        self.hero_id = hero_id
        self.terms = terms
        self.log = StatementLog()
        self.result: dict = {"measures": {}, "errors": {}, "info": {}}
        self.window: QMainWindow | None = None
        self.shots: Path | None = None
        self.tab: ReferralsTab | None = None

    def step(self, name: str, fn: Callable[[], object]) -> None:
        print(f"[bench ui] {name} …", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        try:
            value = fn()
            if value is not None:
                self.result["measures"][name] = value
        except Exception as exc:
            self.result["errors"][name] = {
                "error": f"{type(exc).__name__}: {exc}",
                "traceback": traceback.format_exc(limit=8),
            }
        self.result["info"].setdefault("step_seconds", {})[name] = round(time.perf_counter() - t0, 2)

    # -- measures ---------------------------------------------------------------------------------

    def open_window(self) -> dict:
        from asfdesk.app import open_main_window

        t0 = now()
        self.window = open_main_window(self.url, "en")
        returned = now()
        probe = PaintProbe(accept=lambda obj: obj.isWidgetType() and obj.window() is self.window)
        QApplication.instance().installEventFilter(probe)
        wait_until(lambda: bool(probe.painted_at), 30, probe)
        QApplication.instance().removeEventFilter(probe)
        idle = wait_idle()
        return {"open_call_ms": ms(returned - t0),
                "first_paint_ms": ms(probe.painted_at[0] - t0) if probe.painted_at else None,
                "idle_after_ms": ms(idle), "window_class": type(self.window).__qualname__}

    def referrals_tab(self) -> dict:
        self.tab = tab = ReferralsTab(self.window)
        self.result["info"]["loaded_signal"] = tab.loaded_source
        self.result["info"]["debounce_ms"] = tab.debounce_ms
        n0 = len(self.log.entries)
        t0 = now()
        tab.tabs.setCurrentIndex(tab.index)
        shown = wait_until(
            lambda: tab.model.rowCount() > 0 and tab.first_display() not in PLACEHOLDERS
            and tab.probe.last_after(t0) is not None,
            60, tab.probe,
        )
        if not shown:
            raise TimeoutError("the Referrals tab painted no rows within 60 s")
        # A paint after the data arrived (the condition may have held before the last paint).
        t_data = now()
        wait_until(lambda: tab.probe.last_after(t_data - 0.0005) is not None, 5, tab.probe)
        painted = tab.probe.last_after(t_data - 0.0005) or t_data
        idle = wait_idle(60)
        return {"first_paint_with_rows_ms": ms(painted - t0), "rows_in_model": tab.model.rowCount(),
                "statements": len(self.log.entries) - n0, "idle_after_ms": ms(idle)}

    def searches(self, terms: list[str], key_interval_s: float = 0.0) -> dict:
        tab = self.tab
        if tab is None:
            raise RuntimeError("Referrals tab not found (see referrals_tab error)")
        per_search = []
        for term in terms:
            wait_idle(60)
            entry: dict = {"term": term}
            try:
                tab.search.setFocus()
                tab.search.selectAll()
                t_before = now()
                type_text(tab.search, term, key_interval_s)
                t_key = now()
                if tab.started:  # wait for the debounced query of the whole term, not a prefix
                    if not wait_until(lambda t=term, b=t_before: tab.search_started(t, b) is not None, 10):
                        raise TimeoutError(f"the tab never started searching {term!r}")
                    query_start = tab.search_started(term, t_before)
                    source = "tab.searchStarted"
                else:
                    query_start, source = None, None
                loaded, painted = tab.wait_loaded(query_start or t_key)
                statements = [e for e in self.log.since(query_start or t_key) if e["start"] <= painted]
                page = [e for e in statements if is_page_statement(e["sql"])]
                if query_start is None and statements:
                    query_start, source = statements[0]["start"], "first_statement"
                entry.update({
                    "keystroke_to_view_ms": ms(painted - t_key),
                    "query_to_view_ms": ms(painted - query_start) if query_start else None,
                    "query_start_source": source,
                    "loaded_to_paint_ms": ms(painted - loaded),
                    "in_app_sql_ms": sql_span_ms(page, painted),
                    "rows_in_model": tab.model.rowCount(),
                    "first_row": tab.first_display(),
                    "page_statements": [(e["sql"], _params(e["params"])) for e in page],
                    "statements_before_paint": len(statements),
                    # Every statement of any thread from the query's start to the paint (ms after
                    # the start): shows what ran next to the page (a count, an access-log write).
                    "timeline": [(" ".join(e["sql"].split())[:60], ms(e["start"] - (query_start or t_key)),
                                  ms((e["end"] or painted) - (query_start or t_key)))
                                 for e in self.log.entries if e["start"] <= painted
                                 and (e["end"] or painted) >= (query_start or t_key)],
                })
                # The count starts after a pause (the model's COUNT_DELAY_MS): wait for it, not idle.
                wait_until(tab.count_known, 60, poll_ms=5)
                counted = [t for t in tab.counted_at if t >= (query_start or t_key)]
                count_at = counted[0] if counted else painted  # a short page is its own count
                entry["settled_ms"] = ms(now() - t_key + wait_idle(60))
                if query_start is not None:
                    entry["query_to_count_ms"] = ms(count_at - query_start)
            except Exception as exc:
                entry["error"] = f"{type(exc).__name__}: {exc}"
            per_search.append(entry)
            print(f"[bench ui]   {term!r}: {entry.get('query_to_view_ms')} ms "
                  f"(settled {entry.get('settled_ms')} ms){' ' + entry['error'] if 'error' in entry else ''}",
                  file=sys.stderr, flush=True)
        ok = [e for e in per_search if "error" not in e]
        return {
            "key_interval_ms": key_interval_s * 1000,
            "count": len(per_search),
            "failed": len(per_search) - len(ok),
            "keystroke_to_view_ms": summary([e["keystroke_to_view_ms"] for e in ok]),
            "query_to_view_ms": summary([e["query_to_view_ms"] for e in ok if e["query_to_view_ms"]]),
            "settled_ms": summary([e["settled_ms"] for e in ok]),
            "query_to_count_ms": summary([e["query_to_count_ms"] for e in ok
                                            if "query_to_count_ms" in e]),
            "groups": term_groups(per_search),
            "in_app_sql_ms": summary([e["in_app_sql_ms"] for e in ok]),
            "loaded_to_paint_ms": summary([e["loaded_to_paint_ms"] for e in ok]),
            "per_search": per_search,
        }

    def _clear_search(self) -> None:
        tab = self.tab
        if tab.search.text():
            t0 = now()
            tab.search.clear()
            tab.wait_loaded(t0)
        wait_until(tab.count_known, 60, poll_ms=5)  # the model grows to every row once counted
        wait_idle(60)

    def sorting(self) -> dict:
        tab = self.tab
        if tab is None:
            raise RuntimeError("Referrals tab not found")
        self._clear_search()
        header = tab.view.horizontalHeader()
        names = [_plain(str(tab.model.headerData(c, Qt.Orientation.Horizontal) or ""))
                 for c in range(tab.model.columnCount())]
        out = {}
        for wanted in SORT_HEADERS:
            if _plain(wanted) not in names:
                out[wanted] = {"error": f"no column {wanted!r} in {names}"}
                continue
            col = names.index(_plain(wanted))
            try:
                x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
                if x < 0 or x > header.viewport().width():
                    tab.view.scrollTo(tab.model.index(0, col))
                    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
                n0 = len(self.log.entries)
                t0 = now()
                QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
                loaded, painted = tab.wait_loaded(t0, 120)
                page = [e for e in self.log.entries[n0:]
                        if is_page_statement(e["sql"]) and e["start"] <= painted]
                out[wanted] = {
                    "click_to_view_ms": ms(painted - t0),
                    "in_app_sql_ms": sql_span_ms(page, painted),
                    "sort_indicator": [header.sortIndicatorSection(), header.sortIndicatorOrder().name],
                    "first_row": tab.first_display(),
                    "page_statements": [(e["sql"], _params(e["params"])) for e in page],
                    "settled_ms": ms(now() - t0 + wait_idle(120)),
                }
            except Exception as exc:
                out[wanted] = {"error": f"{type(exc).__name__}: {exc}"}
        return out

    def scroll_to_end(self) -> dict:
        tab = self.tab
        if tab is None:
            raise RuntimeError("Referrals tab not found")
        self._clear_search()
        view, model = tab.view, tab.model
        n0 = len(self.log.entries)
        t0 = now()
        state = {"data_at": None}

        def at_end() -> bool:
            last = model.rowCount() - 1
            if last < 0:
                return False
            if model.canFetchMore(QModelIndex()):
                view.scrollToBottom()
                return False
            if view.rowAt(view.viewport().height() - 2) not in (last, -1):
                view.scrollToBottom()
                return False
            if all(model.index(last, c).data() in PLACEHOLDERS for c in range(model.columnCount())):
                return False  # its page is still being fetched
            if state["data_at"] is None:
                state["data_at"] = now()
                view.viewport().update()
            return tab.probe.last_after(state["data_at"]) is not None

        view.scrollToBottom()
        if not wait_until(at_end, 180, tab.probe):
            raise TimeoutError(f"last row not painted after 180 s (rows in model: {model.rowCount()})")
        done = now()
        return {"scroll_to_last_row_painted_ms": ms(done - t0), "rows_in_model": model.rowCount(),
                "statements": len(self.log.entries) - n0, "rss_after_mb": rss_mb()}

    def _profile_manager(self):
        from asfdesk.ui.profiles.manager import ProfileManager

        for value in vars(self.window).values():
            if isinstance(value, ProfileManager):
                return value, "main_window"
        found = self.window.findChild(ProfileManager)
        if found is not None:
            return found, "main_window_child"
        return ProfileManager(self.window.sessions, self.window), "created_by_benchmark"

    def profile_open(self) -> dict:
        manager, source = self._profile_manager()
        out: dict = {"manager": source, "enterprise_id": self.hero_id}
        for attempt in ("first", "second"):
            wait_idle(60)
            n0 = len(self.log.entries)
            t0 = now()
            window = manager.open("enterprise", self.hero_id)
            returned = now()
            probe = PaintProbe(accept=lambda obj, w=window: obj.isWidgetType() and obj.window() is w)
            app = QApplication.instance()
            app.installEventFilter(probe)  # any widget of the profile window painting counts
            painted = wait_until(lambda p=probe: bool(p.painted_at), 30, probe)
            app.removeEventFilter(probe)
            first_paint = probe.painted_at[0] if painted else None
            idle = wait_idle(60)
            out[attempt] = {
                "open_call_ms": ms(returned - t0),
                "first_paint_ms": ms(first_paint - t0) if first_paint else None,
                "settled_ms": ms(now() - t0),
                "idle_wait_ms": ms(idle),
                "statements": len(self.log.entries) - n0,
            }
            out[attempt].update(self._profile_referrals_tab(window))
            window.close()
            spin(0.2)
        return out

    def _profile_referrals_tab(self, window: QWidget) -> dict:
        """Switch the profile to its inner Referrals tab; time until its first rows are painted."""
        inner = getattr(window, "tabs", None)
        if not isinstance(inner, QTabWidget):
            return {"referrals_tab": "no inner tabs"}
        names = [_plain(inner.tabText(i)) for i in range(inner.count())]
        if "referrals" not in names:
            return {"referrals_tab": f"no Referrals tab in {names}"}
        page = inner.widget(names.index("referrals"))
        view = getattr(page, "view", None) or page.findChildren(QTableView)[0]
        probe = PaintProbe(view.viewport())
        n0 = len(self.log.entries)
        t0 = now()
        inner.setCurrentIndex(names.index("referrals"))
        ok = wait_until(lambda: view.model().rowCount() > 0 and probe.last_after(t0) is not None, 30, probe)
        painted = probe.last_after(t0)
        probe.remove()
        return {
            "referrals_tab_ms": ms(painted - t0) if ok and painted else None,
            "referrals_tab_rows": view.model().rowCount(),
            "referrals_tab_statements": len(self.log.entries) - n0,
        }

    def snapshot(self, name: str) -> None:
        """Save what the window shows (to look at after a run; not part of the figures)."""
        if self.shots is None or self.window is None:
            return
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{name}.png"
        self.window.grab().save(str(path))
        self.result["info"].setdefault("screenshots", []).append(str(path))

    def _close_modal_dialogs(self) -> None:
        """A dialog (an error box, a question) would wait forever for a click: record it and close it."""
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        texts = [dialog.windowTitle()] + [w.text() for w in dialog.findChildren(QLabel) if w.text()]
        self.result["errors"].setdefault("modal_dialogs", []).append(" | ".join(texts)[:500])
        dialog.close()

    def run(self) -> dict:
        watchdog = QTimer()
        watchdog.timeout.connect(self._close_modal_dialogs)
        watchdog.start(500)
        self.step("window_open", self.open_window)
        if self.window is not None:
            self.step("referrals_tab", self.referrals_tab)
            self.snapshot("referrals_tab")
            self.step("search", lambda: self.searches(self.terms))
            self.snapshot("after_searches")
            # A person typing: ~120 ms between keys, so the first key's own search runs too.
            typed = [t for t in self.terms if len(t) >= 3][:12]
            self.step("search_typing_120ms", lambda: self.searches(typed, 0.12))
            self.step("sort", self.sorting)
            self.step("scroll_to_end", self.scroll_to_end)
            self.snapshot("scrolled_to_end")
            self.step("profile_open", self.profile_open)
        self.result["peak_rss_mb"] = rss_mb()
        self.log.close()
        return self.result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--hero", type=int, required=True)
    parser.add_argument("--terms", type=Path, required=True, help="JSON list of search terms")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--screenshots", type=Path, help="save window grabs here")
    args = parser.parse_args(argv)
    app = QApplication(["asfdesk"])
    app.setApplicationName("asfdesk")
    app.setOrganizationName("asfdesk")
    terms = json.loads(args.terms.read_text(encoding="utf-8"))
    runner = Runner(args.url, args.hero, terms)
    runner.shots = args.screenshots
    result = runner.run()
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: PySide6 objects freed during finalisation can abort the process
    # after the results are safely written, which would only add noise to the run.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
