"""Helpers that let a measurement wait for "the view has painted" without busy-waiting.

A paint is recorded as *finished* by a zero-delay timer queued from the paint event: it fires
once the event loop regains control, i.e. after the widget (and its siblings in the same
backing-store flush) have drawn. Waiting happens in a local QEventLoop that sleeps until an
event arrives, so the worker threads that run the app's queries keep both CPU cores.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy import event
from sqlalchemy.engine import Engine

now = time.perf_counter


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    VmHWM from /proc, not getrusage's ru_maxrss: Linux carries ru_maxrss over from the parent
    across fork + exec, so a child of a big parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class PaintProbe(QObject):
    """Records when paints of `widgets` finished; can wake a waiting loop on each one."""

    def __init__(self, *widgets: QWidget, accept: Callable[[QObject], bool] | None = None) -> None:
        """Watch `widgets`; or install it on the QApplication with `accept` choosing widgets."""
        super().__init__()
        self.accept = accept
        self.painted_at: list[float] = []
        self.on_paint: Callable[[], None] | None = None
        self._queued = False
        self.widgets = [w for w in widgets if w is not None]
        for widget in self.widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            ev.type() == QEvent.Type.Paint
            and not self._queued
            and (self.accept is None or self.accept(obj))
        ):
            self._queued = True
            QTimer.singleShot(0, self._finished)
        return False

    def _finished(self) -> None:
        self._queued = False
        self.painted_at.append(now())
        if self.on_paint is not None:
            self.on_paint()

    def last_after(self, t: float) -> float | None:
        later = [p for p in self.painted_at if p >= t]
        return later[0] if later else None

    def remove(self) -> None:
        for widget in self.widgets:
            with contextlib.suppress(RuntimeError):  # widget already deleted
                widget.removeEventFilter(self)


def wait_until(condition: Callable[[], bool], timeout_s: float, probe: PaintProbe | None = None,
               poll_ms: int = 2) -> bool:
    """Run the event loop until `condition()` holds (checked after each paint and every poll_ms)."""
    if condition():
        return True
    loop = QEventLoop()
    result = {"ok": False}

    def check() -> None:
        if not result["ok"] and condition():
            result["ok"] = True
            loop.quit()

    poll = QTimer()
    poll.setInterval(poll_ms)
    poll.timeout.connect(check)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    previous = None
    if probe is not None:
        previous = probe.on_paint
        probe.on_paint = check
    poll.start()
    deadline.start(int(timeout_s * 1000))
    try:
        loop.exec()
    finally:
        poll.stop()
        deadline.stop()
        if probe is not None:
            probe.on_paint = previous
    return result["ok"] or condition()


def spin(seconds: float) -> None:
    """Let the event loop run for a while (for settling), without burning a core."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


class StatementLog:
    """Every SQL statement any engine runs, with start/end times (perf_counter) and thread."""

    def __init__(self) -> None:
        self.entries: list[dict] = []
        self._open: dict[int, dict] = {}
        event.listen(Engine, "before_cursor_execute", self._before)
        event.listen(Engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany) -> None:
        entry = {"start": now(), "end": None, "sql": statement, "params": parameters,
                 "dialect": conn.dialect.name}
        self._open[id(cursor)] = entry
        self.entries.append(entry)

    def _after(self, conn, cursor, statement, parameters, context, executemany) -> None:
        entry = self._open.pop(id(cursor), None)
        if entry is not None:
            entry["end"] = now()

    def since(self, t: float) -> list[dict]:
        return [e for e in self.entries if e["start"] >= t]

    def close(self) -> None:
        event.remove(Engine, "before_cursor_execute", self._before)
        event.remove(Engine, "after_cursor_execute", self._after)
