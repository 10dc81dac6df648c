"""Print and export from the main window: what a tab shows, handed to an
asfdesk.ui.print_export.Output (which runs the database work in operations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.table import EntityTab

if TYPE_CHECKING:
    from asfdesk.ui.print_export import Output


def visible_keys(tab: EntityTab) -> list[str]:
    """The tab's columns as the user sees them: visual order, hidden ones left out."""
    header = tab.view.horizontalHeader()
    logical = [header.logicalIndex(i) for i in range(header.count())]
    return [tab.model.specs[i].key for i in logical if not header.isSectionHidden(i)]


def print_tab(output: Output, tab: EntityTab, mode: str) -> None:
    try:
        output.print_tab(tab.entity, tab.current_request(), tab.selected_ids(), mode)
    except Exception as exc:  # a dialog, never a crash
        show_error(output.parent, exc)


def export_tab(output: Output, tab: EntityTab) -> None:
    try:
        output.export_tab(tab.entity, tab.current_request(), visible_keys(tab))
    except Exception as exc:
        show_error(output.parent, exc)


def export_vcards(output: Output, contacts: EntityTab) -> None:
    try:
        output.export_vcards(contacts.selected_ids())
    except Exception as exc:
        show_error(output.parent, exc)


def export_calendar(output: Output, events: EntityTab) -> None:
    """The selected events, or every upcoming one when none is selected."""
    try:
        output.export_ics(events.selected_ids() or None)
    except Exception as exc:
        show_error(output.parent, exc)
