"""Reusable input widgets shared by the forms, filters and dialogs."""

from asfdesk.ui.widgets.date_field import DateField, DateTimeField

__all__ = ["DateField", "DateTimeField"]
