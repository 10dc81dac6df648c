"""Application log file: where bug reports point the user."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

_configured: Path | None = None


def log_file_path() -> Path:
    return Path(user_log_dir("asfdesk", appauthor=False)) / "asfdesk.log"


def configure_logging() -> Path:
    """Log to a rotating file (no personal data is logged; see Jobseeker.__repr__)."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path
