"""Starting the GUI: database, language, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from asfdesk.db.engine import make_engine, resolve_database_url
from asfdesk.db.migrate import prepare_database
from asfdesk.db.schema_errors import SchemaError
from asfdesk.db.session import make_session_factory
from asfdesk.ui.i18n_qt import choose_language, install_translators
from asfdesk.ui.settings import APPLICATION, ORGANISATION


def open_main_window(database_url: str, language: str | None = None) -> QMainWindow:
    """Open the main window on a database (migrating a local file if needed) and show it.

    Needs an existing QApplication. `language` ('sv'/'en') beats the saved setting, which beats
    the system locale. Raises SchemaError when a shared database is behind or the database is
    newer than the app.
    """
    from asfdesk.ui.main_window import MainWindow

    install_translators(choose_language(language))
    engine = make_engine(database_url)
    prepare_database(engine)
    window = MainWindow(database_url, make_session_factory(engine))
    window.show()
    return window


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    try:
        window = open_main_window(resolve_database_url(args.database), args.lang)
    except SchemaError as exc:
        QMessageBox.critical(None, "asfdesk", str(exc))
        return 1
    app._asfdesk_main_window = window  # keep a reference for the app's lifetime
    return app.exec()
