"""Where the app keeps its preferences (QSettings): window geometry, last tab, table layouts,
language and the server URL (never a password)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView

# Tests set ASFDESK_SETTINGS_ORGANISATION to get a store of their own (their subprocesses inherit
# it): Qt ignores XDG_CONFIG_HOME on Windows (registry) and macOS (plists).
ORGANISATION = os.environ.get("ASFDESK_SETTINGS_ORGANISATION") or "asfdesk"
APPLICATION = "asfdesk"


def app_settings() -> QSettings:
    """The settings store, named explicitly so tests and scripts need no QApplication names."""
    settings = QSettings(ORGANISATION, APPLICATION)
    make_private(settings)
    return settings


def make_private(settings: QSettings) -> None:
    """Create the settings file 0600 (its folder 0700) before Qt writes it; Qt keeps the mode.

    It names the server and the user's layout, never a password, but it is nobody else's.
    """
    path = Path(settings.fileName())
    if not path.is_absolute() or path.suffix not in (".conf", ".ini"):
        return  # the Windows registry and macOS plists are per-user already
    with contextlib.suppress(OSError):  # a read-only home must not stop the app
        if not path.parent.exists() or path.parent.name == settings.organizationName():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.parent.chmod(0o700)  # the app's own folder (~/.config/asfdesk)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.fchmod(fd, 0o600)
        os.close(fd)


def language_setting() -> str | None:
    value = app_settings().value("ui/language")
    return value if value in ("sv", "en") else None


def set_language_setting(language: str | None) -> None:
    settings = app_settings()
    if language is None:
        settings.remove("ui/language")
    else:
        settings.setValue("ui/language", language)


def save_header(entity: str, header: QHeaderView) -> None:
    """Column widths, order and sort indicator of one tab's table."""
    app_settings().setValue(f"tables/{entity}/header", header.saveState())


def restore_header(entity: str, header: QHeaderView) -> bool:
    state = app_settings().value(f"tables/{entity}/header")
    if isinstance(state, QByteArray) and not state.isEmpty():
        return header.restoreState(state)
    return False
