"""Run work off the UI thread and hand the result back by signal.

Widgets do not call this for database work: they use asfdesk.ui.operations (QueryOp/WriteOp),
which runs on top of it and adds the session, fault handling and the change signal.

    run_in_thread(fetch, on_done=self._show, on_error=self._failed)

`fn` runs in a QThreadPool thread with its own short session; the callbacks run on the UI
thread. `busy_tracker()` counts running jobs so the status bar can show a busy indicator.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class BusyTracker(QObject):
    busyChanged = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.running = 0

    def _started(self) -> None:
        self.running += 1
        if self.running == 1:
            self.busyChanged.emit(True)

    def _finished(self) -> None:
        self.running = max(0, self.running - 1)
        if self.running == 0:
            self.busyChanged.emit(False)


_tracker: BusyTracker | None = None


def busy_tracker() -> BusyTracker:
    global _tracker
    if _tracker is None:
        _tracker = BusyTracker()
    return _tracker


class _Relay(QObject):
    """Lives on the UI thread; its queued signals carry results back there."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done, on_error) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        _pending.discard(self)
        busy_tracker()._finished()
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        _pending.discard(self)
        busy_tracker()._finished()
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("background job failed", exc_info=exc)


_pending: set[_Relay] = set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            log.warning("background job raised %s", type(exc).__name__)
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def run_in_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run `fn()` in a worker thread; call `on_done(result)` or `on_error(exc)` on the UI thread."""
    relay = _Relay(on_done, on_error)
    _pending.add(relay)
    busy_tracker()._started()
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))
