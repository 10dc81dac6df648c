"""Qt translations: the same resources/translations/*_sv.qm that asfdesk.i18n.translate() reads,
plus Qt's own qtbase_sv for standard buttons. Switching language at run time swaps the
translators; Qt then sends LanguageChange events and every widget re-labels itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from asfdesk.i18n import catalogue_files, set_language, system_language
from asfdesk.ui.settings import language_setting

_installed: list[QTranslator] = []


def choose_language(explicit: str | None = None) -> str:
    """--lang beats the saved setting beats the system locale."""
    if explicit in ("sv", "en"):
        return explicit
    saved = language_setting()
    if saved:
        return saved
    return system_language()


def install_translators(language: str) -> str:
    """Load the translators for `language` ('sv' or 'en') and tell the non-Qt code too."""
    app = QCoreApplication.instance()
    set_language(language)
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "sv":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [("qtbase_sv", qt_dir)]
        candidates += [(qm.stem, str(qm.parent)) for qm in catalogue_files(language)]
        for name, directory in candidates:
            translator = QTranslator(app)
            if translator.load(name, directory):
                app.installTranslator(translator)
                _installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language
