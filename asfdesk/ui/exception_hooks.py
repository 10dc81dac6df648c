"""Catch what escapes: uncaught exceptions (any thread) and Qt's own messages.

PySide prints an exception raised in a slot through `sys.excepthook` and carries on; without
a hook it would only reach a GUI script's invisible stderr. Here it goes to the log (with
its traceback, scrubbed) and then to the error dialog, on the UI thread, after the failing
slot has returned.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, Slot, qInstallMessageHandler

log = logging.getLogger("asfdesk.uncaught")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _default_report(exc: BaseException) -> None:
    from PySide6.QtWidgets import QApplication

    from asfdesk.ui.error_dialogs import show_error

    show_error(QApplication.activeWindow(), exc, logged=True)


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    """Qt's warnings into the log file instead of stderr."""
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


class ExceptionHooks(QObject):
    """Installs and removes the hooks; `report` shows one exception to the user."""

    uncaught = Signal(object)

    def __init__(self, report: Callable[[BaseException], None] | None = None) -> None:
        super().__init__()
        self.report = report or _default_report
        self.reporting = False
        self.previous: tuple | None = None
        # Queued: the dialog opens after the failing slot has unwound, and on the UI thread
        # even when a worker thread raised.
        self.uncaught.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ExceptionHooks:
        if self.previous is None:
            self.previous = (sys.excepthook, threading.excepthook, qInstallMessageHandler(qt_message_handler))
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self.previous is None:
            return
        sys_hook, thread_hook, qt_handler = self.previous
        sys.excepthook = sys_hook
        threading.excepthook = thread_hook
        qInstallMessageHandler(qt_handler)
        self.previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        self.uncaught.emit(exc)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical(
            "uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self.uncaught.emit(args.exc_value)

    @Slot(object)
    def deliver(self, exc: BaseException) -> None:
        """Show one dialog at a time; a fault while one is open is only logged."""
        if self.reporting:
            return
        self.reporting = True
        try:
            self.report(exc)
        except Exception:
            log.exception("the error dialog itself failed")
        finally:
            self.reporting = False


_hooks: ExceptionHooks | None = None


def install_exception_hooks() -> ExceptionHooks:
    """Install the app-wide hooks once (call after the QApplication exists)."""
    global _hooks
    if _hooks is None:
        _hooks = ExceptionHooks().install()
    return _hooks
