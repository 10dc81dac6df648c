"""Child process for the cold-start measure: start, open the main window, report its first paint.

    python -m benchmarks.cold_start DATABASE_URL SPAWN_TIME [--settle SECONDS]

SPAWN_TIME is the parent's time.time() just before it spawned this process, so the figure
includes interpreter start-up and every import. Prints one JSON line on stdout.
"""

from __future__ import annotations

import time

SPAWNED_AT_MAIN = time.time()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("spawn_time", type=float)
    parser.add_argument("--language", default="en")
    parser.add_argument("--settle", type=float, default=0.0, help="then wait until idle, for RSS")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from benchmarks.qt_probe import peak_rss_mb

    app = QApplication(["asfdesk"])
    app.setApplicationName("asfdesk")
    app.setOrganizationName("asfdesk")
    result: dict = {"main_started_s": round(SPAWNED_AT_MAIN - args.spawn_time, 4)}

    class FirstPaint(QObject):
        """Any widget of the main window painting means the window is on screen."""

        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 - Qt API
            if (
                not self.seen
                and ev.type() == QEvent.Type.Paint
                and obj.isWidgetType()
                and isinstance(obj.window(), QMainWindow)
            ):
                self.seen = True
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        result["first_paint_s"] = round(time.time() - args.spawn_time, 4)
        result["rss_at_first_paint_mb"] = peak_rss_mb()
        if args.settle > 0:
            QTimer.singleShot(0, settle)
        else:
            app.quit()

    def settle() -> None:
        from asfdesk.ui.workers import busy_tracker

        deadline = time.time() + args.settle

        def check() -> None:
            if busy_tracker().running == 0 or time.time() > deadline:
                result["settled_s"] = round(time.time() - args.spawn_time, 4)
                app.quit()
            else:
                QTimer.singleShot(20, check)

        QTimer.singleShot(200, check)

    probe = FirstPaint()
    app.installEventFilter(probe)
    QTimer.singleShot(int(args.timeout * 1000), app.quit)

    from asfdesk.app import open_main_window

    t_import = time.time()
    window = open_main_window(args.url, args.language)
    result["imports_done_s"] = round(t_import - args.spawn_time, 4)
    result["window_returned_s"] = round(time.time() - args.spawn_time, 4)
    app.exec()
    result["peak_rss_mb"] = peak_rss_mb()
    result["window_class"] = f"{type(window).__module__}.{type(window).__qualname__}"
    if "first_paint_s" not in result:
        result["error"] = f"no paint of the main window within {args.timeout} s"
    print(json.dumps(result), flush=True)
    sys.stderr.flush()
    os._exit(0 if "first_paint_s" in result else 1)  # no teardown: see measure_ui.main


if __name__ == "__main__":
    sys.exit(main())
