"""asfdesk: a desktop app for consultants working with work-integrating social enterprises."""

# The one place the version is written: pyproject.toml reads it (dynamic), --version and About show it.
__version__ = "0.1.0"
