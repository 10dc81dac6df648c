"""The one translation system: Qt's .ts/.qm catalogues, for widgets and non-Qt code alike.

Widgets use `self.tr()` / `QCoreApplication.translate()`. Code outside Qt (domain errors,
enum labels, printouts, CLI) calls `translate(context, text)`, which looks the text up in the
same compiled catalogues through QTranslator objects (no QApplication needed, so the CLI
translates too). Tables built at import time mark their texts with `QT_TRANSLATE_NOOP` and
translate them when shown. pyside6-lupdate finds both forms.
"""

from __future__ import annotations

import locale
import os
import threading
from pathlib import Path
from typing import Any

SUPPORTED = ("sv", "en")
_language: str | None = None
_catalogues: dict[str, list[Any]] = {}  # language -> loaded QTranslator objects
_lock = threading.Lock()


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
    """Force 'sv' or 'en'; None goes back to the system language. Re-reads the catalogues."""
    global _language
    if language is not None and language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}; choose one of {SUPPORTED}")
    _language = language
    reload_catalogues()


def reload_catalogues() -> None:
    """Forget the loaded catalogues, so the next translate() reads the .qm files again."""
    with _lock:
        _catalogues.clear()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for extraction; translate it later with `translate(context, text)`."""
    return text


def catalogue_files(language: str) -> list[Path]:
    """The compiled catalogues for `language`; widgets and translate() load the same files."""
    if language == "en":
        return []  # English is the source language
    from asfdesk.paths import resource_path

    return sorted(resource_path("translations").glob(f"*_{language}.qm"))


def catalogue(language: str | None = None) -> list[Any]:
    """The loaded QTranslators for `language` (empty for English, the source language)."""
    language = language or current_language()
    with _lock:
        if language not in _catalogues:
            loaded = []
            files = catalogue_files(language)
            if files:
                from PySide6.QtCore import QTranslator

                for qm in files:
                    translator = QTranslator()
                    if translator.load(str(qm)):
                        loaded.append(translator)
            _catalogues[language] = loaded
        return list(_catalogues[language])


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int = -1, *, language: str | None = None
) -> str:
    """`text` (English source) in the current or given language; `%n` becomes `n`.

    The positional order is QCoreApplication.translate's, which is what lupdate expects; write
    plurals as `translate("Context", "%n row(s)", n=count)`.
    """
    result = text
    for translator in catalogue(language):
        found = translator.translate(context, text, disambiguation, n)
        if not found and n >= 0:  # a plural call of a message the catalogue has without plural forms
            found = translator.translate(context, text, disambiguation, -1)
        if found:
            result = found
            break
    if n >= 0:
        result = result.replace("%n", str(n))
    return result

