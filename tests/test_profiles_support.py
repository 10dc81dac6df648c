"""Shared fixtures and helpers for the profile window tests (imported by test_profiles_*.py)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import event

from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.profiles.manager import ProfileManager
from asfdesk.ui.workers import busy_tracker

# The offscreen platform says it cannot raise windows or propagate size hints; that is expected.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture(name="manager")
def manager_fixture(demo_sessions, qtbot, monkeypatch):
    """A ProfileManager without a main window; every window still open is discarded at the end."""

    def unexpected(self, *args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {getattr(self, 'text', lambda: '')()}")

    # A modal dialog would block the test run forever: fail instead.
    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(QDialog, "exec", unexpected)
    mgr = ProfileManager(demo_sessions)
    real_open = mgr.open

    def open_and_wait(*args, **kwargs):
        """Profiles load in a worker: hand the test a window that shows its record."""
        window = real_open(*args, **kwargs)
        qtbot.waitUntil(lambda: busy_tracker().running == 0 and not window.loading, timeout=15_000)
        return window

    monkeypatch.setattr(mgr, "open", open_and_wait)
    yield mgr
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Discard)
    assert mgr.close_all()


def saved(window, timeout_ms: int = 15_000) -> bool:
    """Save a profile (in a worker) and wait for the outcome: True if it was stored."""
    result: list[bool] = []
    loop = QEventLoop()

    def finish(ok: bool) -> None:
        result.append(ok)
        loop.quit()

    window.saveFinished.connect(finish)
    window.save()
    if not result:
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    window.saveFinished.disconnect(finish)
    assert result, "the save did not finish"
    return result[0]


def settled(qtbot, timeout_ms: int = 15_000) -> None:
    """Wait until no operation is running (loads, searches, labels)."""
    qtbot.waitUntil(lambda: busy_tracker().running == 0, timeout=timeout_ms)


def answer(monkeypatch, button: Button) -> list[str]:
    """Make every question answer `button`; returns the list of question texts asked."""
    asked: list[str] = []

    def fake_ask(parent, title, text, buttons, default):
        asked.append(text)
        return button

    monkeypatch.setattr(dialogs, "ask", fake_ask)
    return asked


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    """Replace the text as a user would, then press Enter (which ends editing)."""
    widget.selectAll()
    widget.insert(text)  # like typing (emits textEdited); QTest cannot type non-ASCII letters
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def all_texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows (labels, inputs, buttons, combos, tables' cells, titles)."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        model = getattr(w, "model", None)
        if callable(model) and hasattr(w, "horizontalHeader"):
            m = w.model()
            for r in range(m.rowCount()):
                for c in range(m.columnCount()):
                    texts.append(str(m.index(r, c).data() or ""))
    return texts


@contextmanager
def count_statements(sessions):
    """Count SQL statements sent while the block runs."""
    engine = sessions.kw["bind"]
    statements: list[str] = []

    def listener(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", listener)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", listener)


def load_list(qtbot, related) -> None:
    """Load a profile's related list (fetched in a worker thread) and wait for its first page."""
    related.ensure_loaded()
    qtbot.waitUntil(lambda: not related.model.pending)


def wait_for_list(qtbot, related) -> None:
    qtbot.waitUntil(lambda: not related.model.pending)
