"""A Qt application for command-line printing: fonts and QPrinter need one, a display does not."""

from __future__ import annotations

import os
import sys


def ensure_qt_app():
    """Return the running QApplication, or start one (offscreen when there is no display)."""
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "asfdesk"])
