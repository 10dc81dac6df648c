"""asfdesk: a desktop app for consultants working with work-integrating social enterprises."""

__version__ = "0.1.0"
