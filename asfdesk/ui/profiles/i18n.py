"""Qt translation for the profile windows: one context, "Profiles", for every string here.

pyside6-lupdate sees a module-level `tr("…")` call as a context-less message;
`python -m asfdesk.tools.i18n update` files every such message found under asfdesk/ui/profiles/
under "Profiles" in resources/translations/asfdesk_sv.ts, the context this helper translates
with. Widgets re-label themselves on a LanguageChange event by calling `tr()` again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Profiles"


def tr(text: str) -> str:
    """`text` in the installed language (the profiles' context)."""
    return QCoreApplication.translate(CONTEXT, text)
