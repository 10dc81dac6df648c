"""Show an error the way its kind deserves: retry for environment faults, details for bugs."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from asfdesk.db.faults import FaultKind, classify, user_message
from asfdesk.logging_setup import log_file_path

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, allow_retry: bool = False) -> bool:
    """Tell the user what went wrong. Returns True if they chose Retry.

    Never raises: the app keeps running and the caller keeps the user's input.
    """
    kind = classify(exc)
    box = QMessageBox(parent)
    box.setWindowTitle("asfdesk")
    box.setText(user_message(exc))
    if kind is FaultKind.BUG:
        log.error("unexpected error", exc_info=exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setInformativeText(box.tr("Details are in the log file: %1").replace("%1", str(log_file_path())))
        box.setDetailedText("".join(traceback.format_exception(exc)))
    elif kind is FaultKind.ENVIRONMENT:
        log.warning("environment fault: %s", exc)
        box.setIcon(QMessageBox.Icon.Warning)
    else:
        box.setIcon(QMessageBox.Icon.Information)
    buttons = QMessageBox.StandardButton.Ok
    if allow_retry and kind in (FaultKind.ENVIRONMENT,):
        buttons = QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
    box.setStandardButtons(buttons)
    return box.exec() == QMessageBox.StandardButton.Retry
