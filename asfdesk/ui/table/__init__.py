"""The generic list layer: one paged table model and one tab widget, configured per entity."""

from asfdesk.ui.table.model import PAGE_SIZE, PagedTableModel, display_text
from asfdesk.ui.table.tab import EntityTab

__all__ = ["PAGE_SIZE", "EntityTab", "PagedTableModel", "display_text"]
