"""Qt translation for the profile windows: one context, "Profiles", for every string here.

`tr("…")` calls are found by pyside6-lupdate (as context-less messages);
`asfdesk.ui.profiles.translations_sv` files them under "Profiles" and fills in the Swedish.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Profiles"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
