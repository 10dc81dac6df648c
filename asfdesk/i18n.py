"""The user's language for messages produced outside Qt (domain errors, CLI, printouts).

The UI sets it at start; the CLI takes it from the locale. Qt widgets use Qt translations,
but the domain layer must not import Qt, so it reads the language from here.
"""

from __future__ import annotations

import locale
import os

SUPPORTED = ("sv", "en")
_language: str | None = None


def system_language() -> str:
    """'sv' when the environment asks for Swedish, else 'en'."""
    for var in ("ASFDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    loc = locale.getlocale()[0] or ""
    return "sv" if loc.lower().startswith("sv") else "en"


def current_language() -> str:
    return _language or system_language()


def set_language(language: str | None) -> None:
    """Force 'sv' or 'en'; None goes back to the system language."""
    global _language
    if language is not None and language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}; choose one of {SUPPORTED}")
    _language = language


def pick(en: str, sv: str, language: str | None = None) -> str:
    """Return the text for the current (or given) language."""
    return sv if (language or current_language()) == "sv" else en
