"""Print, export and import from the main window: the glue to asfdesk.ui.print_export and
asfdesk.ui.import_wizard (imported only when used, so start-up stays fast)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.table import EntityTab


def visible_keys(tab: EntityTab) -> list[str]:
    """The tab's columns as the user sees them: visual order, hidden ones left out."""
    header = tab.view.horizontalHeader()
    logical = [header.logicalIndex(i) for i in range(header.count())]
    return [tab.model.specs[i].key for i in logical if not header.isSectionHidden(i)]


def print_tab(parent: QWidget, sessions: sessionmaker[Session], tab: EntityTab, mode: str) -> None:
    from asfdesk.ui import print_export

    try:
        print_export.print_tab(parent, sessions, tab.entity, tab.current_request(), tab.selected_ids(), mode)
    except Exception as exc:
        show_error(parent, exc)


def export_tab(parent: QWidget, sessions: sessionmaker[Session], tab: EntityTab) -> None:
    from asfdesk.ui import print_export

    try:
        print_export.export_tab(parent, sessions, tab.entity, tab.current_request(), visible_keys(tab))
    except Exception as exc:
        show_error(parent, exc)


def export_vcards(parent: QWidget, sessions: sessionmaker[Session], contacts: EntityTab) -> None:
    from asfdesk.ui import print_export

    try:
        print_export.export_vcards(parent, sessions, contacts.selected_ids())
    except Exception as exc:
        show_error(parent, exc)


def export_calendar(parent: QWidget, sessions: sessionmaker[Session], events: EntityTab) -> None:
    """The selected events, or every upcoming one when none is selected."""
    from asfdesk.ui import print_export

    try:
        print_export.export_ics(parent, sessions, events.selected_ids() or None)
    except Exception as exc:
        show_error(parent, exc)


def run_import(parent: QWidget, sessions: sessionmaker[Session]) -> bool:
    """Show the import wizard; True if it ran (the caller refreshes its lists)."""
    from asfdesk.ui.import_wizard import ImportWizard

    try:
        ImportWizard(sessions, parent).exec()
    except Exception as exc:
        show_error(parent, exc)
    return True
