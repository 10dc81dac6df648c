"""Starting the GUI: database, language, main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMainWindow

from asfdesk.db.engine import describe, make_engine, resolve_database_url
from asfdesk.db.schema_errors import SchemaError
from asfdesk.db.session import make_session_factory
from asfdesk.i18n import translate
from asfdesk.logging_setup import configure_logging
from asfdesk.ui.database_dialogs import StartupChoice, StartupProblemDialog, choose_local_database
from asfdesk.ui.exception_hooks import install_exception_hooks
from asfdesk.ui.i18n_qt import choose_language, install_translators
from asfdesk.ui.settings import APPLICATION, ORGANISATION


def open_main_window(database_url: str, language: str | None = None) -> QMainWindow:
    """Open the main window on a database (migrating a local file if needed) and show it.

    Needs an existing QApplication. `language` ('sv'/'en') beats the saved setting, which beats
    the system locale. Raises SchemaError when a shared database is behind, the database is
    newer than the app or the file is damaged, and the driver's error when it can't connect.
    """
    from asfdesk.db.migrate import prepare_database
    from asfdesk.io.import_journal import recover_interrupted_import
    from asfdesk.ui.main_window import MainWindow

    install_translators(choose_language(language))
    engine = make_engine(database_url)
    try:
        prepare_database(engine)  # at head already: one read of alembic_version
    except BaseException:
        engine.dispose()
        raise
    from asfdesk.ui.consultants_dialog import ask_who_if_unknown, remembered_login

    # The consultant chosen under "Who are you?" before, else the OS login; asked if unknown.
    # On a server the login is the server's (session_user): it is who the database says did it.
    local = engine.dialect.name == "sqlite"
    sessions = make_session_factory(engine, user=remembered_login() if local else None)
    recover_interrupted_import(sessions)  # undo an import that was killed half-way
    window = MainWindow(database_url, sessions)
    window.show()
    ask_who_if_unknown(window)
    return window


def startup_problem(exc: BaseException) -> str | None:
    """The sentence to show when `exc` is the environment's or the database's fault, else None.

    A server that is down, a wrong password, a damaged file or a schema that is behind gets a
    dialog with Retry / Open another database / Quit; anything else is a bug for the excepthook.
    """
    from sqlalchemy.exc import ArgumentError

    from asfdesk.db.faults import FaultKind, classify, environment_reason

    if isinstance(exc, SchemaError):
        return str(exc)
    if isinstance(exc, ArgumentError):
        return translate(
            "Database", "Not a database URL (use sqlite:///path or postgresql+psycopg://user@host/db)."
        )
    if classify(exc) is FaultKind.ENVIRONMENT:
        return environment_reason(exc)
    return None


def open_with_recovery(
    database_url: str,
    language: str | None = None,
    choose_other: Callable[[], str | None] = choose_local_database,
) -> QMainWindow | None:
    """Open the main window, asking Retry / Open another database / Quit while it can't.

    Returns None when the user quits. `choose_other` asks for another database's URL.
    """
    url = database_url
    while True:
        try:
            return open_main_window(url, language)
        except Exception as exc:
            reason = startup_problem(exc)
            if reason is None:
                raise
        choice = StartupProblemDialog(reason, _where(url)).ask()
        if choice is StartupChoice.QUIT:
            return None
        if choice is StartupChoice.OPEN_OTHER:
            url = choose_other() or url


def _where(url: str) -> str:
    try:
        return describe(url)
    except Exception:  # an unparsable URL: name nothing rather than echo a secret
        return "?"


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    configure_logging()
    install_exception_hooks()  # an exception in a slot reaches the log and the bug dialog
    window = open_with_recovery(resolve_database_url(args.database), args.lang)
    if window is None:
        return 1
    app._asfdesk_main_window = window  # keep a reference for the app's lifetime
    return app.exec()
