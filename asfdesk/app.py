"""Starting the GUI: database, language, main window."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from sqlalchemy import Engine, text

from asfdesk.db.engine import make_engine, resolve_database_url
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
    if not _schema_is_current(engine):
        from asfdesk.db.migrate import prepare_database  # imports Alembic: ~0.3 s

        prepare_database(engine)
    window = MainWindow(database_url, make_session_factory(engine))
    window.show()
    return window


_REVISION = re.compile(r'^(down_)?revision(?::[^=]*)?=\s*["\']?([\w]+|None)', re.MULTILINE)


def _head_revision_from_files() -> str | None:
    """The newest migration, read from the version files' text (no Alembic import at start)."""
    folder = Path(__file__).resolve().parent / "db" / "migrations" / "versions"
    revisions, parents = set(), set()
    for path in folder.glob("*.py"):
        found = dict((bool(down), value) for down, value in _REVISION.findall(path.read_text("utf-8")))
        if False in found:
            revisions.add(found[False])
            parents.add(found.get(True))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _schema_is_current(engine: Engine) -> bool:
    """True when the database is already at the app's head revision (the usual start).

    Anything else (new file, older or newer schema, a parse surprise) takes the full Alembic path.
    """
    try:
        head = _head_revision_from_files()
        with engine.connect() as conn:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:
        return False
    return head is not None and current == head


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
