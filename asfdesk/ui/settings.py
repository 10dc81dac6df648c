"""Where the app keeps its preferences (QSettings): window geometry, last tab, table layouts,
language and the server URL (never a password)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView

ORGANISATION = "asfdesk"
APPLICATION = "asfdesk"


def app_settings() -> QSettings:
    """The settings store, named explicitly so tests and scripts need no QApplication names."""
    return QSettings(ORGANISATION, APPLICATION)


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
