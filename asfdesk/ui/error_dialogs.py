"""Show an error the way its kind deserves: retry for environment faults, details for bugs.

Every text in these dialogs goes through `scrub`: the details of a bug report are copied into
e-mails and tickets, so no personnummer or password may be in them.
"""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from asfdesk.db.faults import FaultKind, classify, log_fault, user_message
from asfdesk.i18n import translate
from asfdesk.logging_setup import active_log_file
from asfdesk.scrub import scrub


def error_details(exc: BaseException) -> str:
    """The traceback for a bug report's details, scrubbed."""
    return scrub("".join(traceback.format_exception(exc)))


def build_error_box(parent: QWidget | None, exc: BaseException, allow_retry: bool = False) -> QMessageBox:
    """The dialog `show_error` runs (separate so that tests can read it without a modal loop)."""
    kind = classify(exc)
    box = QMessageBox(parent)
    box.setWindowTitle("asfdesk")
    box.setText(scrub(user_message(exc)))
    if kind is FaultKind.BUG:
        box.setIcon(QMessageBox.Icon.Critical)
        path = active_log_file()
        if path is not None:
            box.setInformativeText(
                translate("ErrorDialog", "Details are in the log file: %1").replace("%1", str(path))
            )
        else:
            box.setInformativeText(
                translate("ErrorDialog", "No log file could be written; the details are below.")
            )
        box.setDetailedText(error_details(exc))
    elif kind is FaultKind.ENVIRONMENT:
        box.setIcon(QMessageBox.Icon.Warning)
    else:
        box.setIcon(QMessageBox.Icon.Information)
    buttons = QMessageBox.StandardButton.Ok
    if allow_retry and kind is FaultKind.ENVIRONMENT:
        buttons = QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
    box.setStandardButtons(buttons)
    return box


def show_error(
    parent: QWidget | None, exc: BaseException, allow_retry: bool = False, logged: bool = False
) -> bool:
    """Tell the user what went wrong. Returns True if they chose Retry.

    Never raises: the app keeps running and the caller keeps the user's input. `logged`: the
    caller has written `exc` to the log already (the exception hooks do).
    """
    if not logged:
        log_fault(exc)
    box = build_error_box(parent, exc, allow_retry)
    return box.exec() == QMessageBox.StandardButton.Retry
