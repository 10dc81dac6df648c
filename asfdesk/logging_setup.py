"""Application log file: where bug reports point the user.

One rotating file in the user's log folder (`ASFDESK_LOG_DIR` overrides it), private to the
user: the folder is 0700 and every file 0600 from its first byte, rotated ones included.
Every record passes `ScrubFilter` first, so no personnummer or password reaches the file.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from asfdesk import __version__
from asfdesk.scrub import ScrubFilter

LOG_DIR_ENV = "ASFDESK_LOG_DIR"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 3

_handler: logging.Handler | None = None
_active: Path | None = None


def log_file_path() -> Path:
    """Where the log file is (or would be): the path the bug dialog shows."""
    if _active is not None:
        return _active
    folder = os.environ.get(LOG_DIR_ENV) or user_log_dir("asfdesk", appauthor=False)
    return Path(folder) / "asfdesk.log"


def active_log_file() -> Path | None:
    """The file being written now, or None when logging to a file is not set up (or failed)."""
    return _active


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 (no window where others can read)."""

    def _open(self):  # noqa: ANN202 - overrides logging.FileHandler._open
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):  # POSIX; Windows keeps files private through the profile's ACL
            os.fchmod(fd, 0o600)  # an older file may have been created with looser bits
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)


def _file_handler(path: Path) -> logging.Handler:
    _private_folder(path.parent)
    return PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Log to the private rotating file; returns its path, or None if it can't be written.

    Safe to call more than once. A log folder that can't be created (read-only home, full
    disk) must not stop the app: it then logs to stderr and the bug dialog says so.
    """
    global _handler, _active
    root = logging.getLogger()
    if _handler is not None and _handler in root.handlers:
        return _active
    path = log_file_path()
    log = logging.getLogger(__name__)
    try:
        handler = _file_handler(path)
        _active, failure = path, None
    except OSError as exc:
        handler, _active, failure = logging.StreamHandler(), None, exc
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    root.setLevel(level)
    install_scrubbing(root)
    _handler = handler
    if failure is not None:
        log.warning("cannot write the log file %s: %s", path, failure.strerror)
    log.info("asfdesk %s started (Python %s, %s)", __version__, platform.python_version(), sys.platform)
    return _active


def install_scrubbing(logger: logging.Logger | None = None) -> None:
    """Put `ScrubFilter` on every handler of `logger` (default: root) that lacks one."""
    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if not any(isinstance(f, ScrubFilter) for f in handler.filters):
            handler.addFilter(ScrubFilter())


def shutdown_logging() -> None:
    """Detach and close the file handler (tests, and a clean exit)."""
    global _handler, _active
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
    _handler = None
    _active = None
