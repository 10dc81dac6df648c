"""An exception in a slot reaches the log file and the bug dialog, never only stderr (issue 8, §3).

pytest-qt captures exceptions in slots itself; the end-to-end tests switch that off so that
PySide hands the exception to our `sys.excepthook`, exactly as in the running app.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Signal, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

from asfdesk import logging_setup
from asfdesk.logging_setup import configure_logging
from asfdesk.ui.error_dialogs import build_error_box
from asfdesk.ui.exception_hooks import ExceptionHooks

PNR = "198112189876"


class Button(QObject):
    clicked = Signal()


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setenv(logging_setup.LOG_DIR_ENV, str(tmp_path / "logs"))
    logging_setup.shutdown_logging()
    level = logging.getLogger().level
    path = configure_logging()
    yield path
    logging_setup.shutdown_logging()
    logging.getLogger().setLevel(level)


@pytest.fixture
def hooks(qapp):
    reports: list[BaseException] = []
    installed = ExceptionHooks(report=reports.append).install()
    installed.reports = reports
    yield installed
    installed.uninstall()


def _flush(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text("utf-8")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_reported(qtbot, log_file, hooks):
    def broken_slot() -> None:
        raise RuntimeError(f"lookup of {PNR} failed")

    button = Button()
    button.clicked.connect(broken_slot)
    button.clicked.emit()
    qtbot.waitUntil(lambda: len(hooks.reports) == 1)
    assert isinstance(hooks.reports[0], RuntimeError)
    text = _flush(log_file)
    assert "uncaught exception" in text
    assert "Traceback (most recent call last)" in text
    assert "in broken_slot" in text
    assert "RuntimeError: lookup of [redacted] failed" in text
    assert PNR not in text


@pytest.mark.qt_no_exception_capture
def test_the_app_hooks_open_the_bug_dialog_with_the_log_path(qtbot, log_file):
    shown: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_and_close)
            return
        shown.append((box.text(), box.informativeText()))
        box.done(0)

    hooks = ExceptionHooks().install()  # the default report: the real dialog
    try:
        button = Button()
        button.clicked.connect(lambda: {}["missing"])
        QTimer.singleShot(0, read_and_close)
        button.clicked.emit()
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        hooks.uninstall()
    text, informative = shown[0]
    assert text.startswith("An unexpected error occurred.")
    assert str(log_file) in informative
    assert "KeyError: 'missing'" in _flush(log_file)


def test_exception_in_a_thread_is_reported_on_the_ui_thread(qtbot, log_file, hooks):
    seen_on: list[threading.Thread] = []
    hooks.report = lambda exc: seen_on.append(threading.current_thread())

    def work() -> None:
        raise OSError(28, "No space left on device")

    worker = threading.Thread(target=work, name="export-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen_on))
    assert seen_on == [threading.main_thread()]
    assert "uncaught exception in thread export-worker" in _flush(log_file)


def test_one_dialog_at_a_time(qapp, hooks):
    nested: list[BaseException] = []

    def report(exc: BaseException) -> None:
        nested.append(exc)
        hooks.deliver(RuntimeError("second"))  # a fault while the first dialog is open

    hooks.report = report
    hooks.deliver(RuntimeError("first"))
    assert [str(e) for e in nested] == ["first"]


def test_qt_warnings_go_to_the_log(log_file, hooks):
    qWarning(f"QWidget: something odd about {PNR}")
    text = _flush(log_file)
    assert "WARNING qt" in text
    assert "something odd about [redacted]" in text


def test_bug_dialog_is_scrubbed_and_names_the_real_log(qapp, log_file):
    try:
        raise KeyError(f"jobseeker {PNR}")
    except KeyError as exc:
        box = build_error_box(None, exc)
    assert box.icon() is QMessageBox.Icon.Critical
    assert str(log_file) in box.informativeText()
    assert "KeyError" in box.detailedText()
    for shown in (box.text(), box.informativeText(), box.detailedText()):
        assert PNR not in shown
    box.deleteLater()


def test_environment_dialog_offers_retry_without_details(qapp, tmp_path):
    path = tmp_path / "text.sqlite3"
    path.write_text("not a database\n" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    box = build_error_box(None, caught.value, allow_retry=True)
    assert box.text().startswith("The file is damaged or is not an asfdesk database.")
    assert box.detailedText() == ""
    assert box.standardButtons() & QMessageBox.StandardButton.Retry
    box.deleteLater()
