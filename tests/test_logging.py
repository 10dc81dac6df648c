"""The log file exists, is private, and never holds a personnummer (issue 8, §3 and §4)."""

from __future__ import annotations

import logging
import os
import stat
import sys

import pytest

from asfdesk import logging_setup
from asfdesk.logging_setup import PrivateRotatingFileHandler, active_log_file, configure_logging
from asfdesk.scrub import REDACTED, ScrubFilter, scrub

PNR = "198112189876"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    """A fresh log folder; whatever logging was set up before is detached for the test."""
    folder = tmp_path / "logs"
    monkeypatch.setenv(logging_setup.LOG_DIR_ENV, str(folder))
    logging_setup.shutdown_logging()
    root = logging.getLogger()
    level = root.level
    yield folder
    logging_setup.shutdown_logging()
    root.setLevel(level)


# -- scrubbing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        PNR,
        "19811218-9876",
        "811218-9876",
        "811218+9876",
        "8112189876",
        "811218 9876",
        "198112789876",
        "0701234567",
    ],
)
def test_scrub_hides_every_personnummer_form(number):
    text = f"Key (personnummer)=({number}) already exists"
    assert scrub(text) == f"Key (personnummer)=({REDACTED}) already exists"


@pytest.mark.parametrize(
    "text", ["id 12345", "01234567890", "1234567890123", "2026-11-30 08:41:00,123", "org 556016-0680"]
)
def test_scrub_leaves_other_numbers(text):
    assert scrub(text) == text


def test_scrub_hides_passwords():
    assert scrub("postgresql+psycopg://alice:s3cr%40t@db/x") == "postgresql+psycopg://alice:***@db/x"
    assert "s3cret" not in scrub("host=db password=s3cret user=alice")


# -- the file ----------------------------------------------------------------------------------


def test_configure_logging_writes_a_private_file(log_dir):
    old_umask = os.umask(0)  # the modes must not depend on a careful umask
    try:
        path = configure_logging()
    finally:
        os.umask(old_umask)
    assert path == log_dir / "asfdesk.log" == active_log_file()
    logging.getLogger("asfdesk.test").info("started")
    assert path.exists()
    assert _mode(path) == 0o600
    assert _mode(log_dir) == 0o700
    assert configure_logging() == path  # idempotent: one handler
    assert sum(isinstance(h, PrivateRotatingFileHandler) for h in logging.getLogger().handlers) == 1


def test_existing_loose_folder_and_file_are_tightened(log_dir):
    log_dir.mkdir(mode=0o755)
    (log_dir / "asfdesk.log").write_text("old\n")
    os.chmod(log_dir / "asfdesk.log", 0o644)
    path = configure_logging()
    assert _mode(log_dir) == 0o700
    assert _mode(path) == 0o600


def test_rotated_files_stay_private(tmp_path):
    path = tmp_path / "r.log"
    handler = PrivateRotatingFileHandler(path, maxBytes=300, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("asfdesk.test.rotation")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for n in range(50):
            logger.warning("line %d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
        logger.propagate = True
    files = sorted(tmp_path.glob("r.log*"))
    assert len(files) == 3
    assert {_mode(f) for f in files} == {0o600}


def test_personnummer_never_reaches_the_file(log_dir):
    path = configure_logging()
    log = logging.getLogger("asfdesk.test")
    log.warning("saving %s failed", PNR)
    log.warning(f"inline {PNR[2:8]}-{PNR[8:]}")
    try:
        raise ValueError(f"duplicate key {PNR}")
    except ValueError:
        log.exception("save failed")
    text = path.read_text("utf-8")
    assert "Traceback (most recent call last)" in text
    assert "ValueError: duplicate key [redacted]" in text
    assert PNR not in text and "811218-9876" not in text


def test_unwritable_log_folder_falls_back(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(logging_setup.LOG_DIR_ENV, str(blocker / "logs"))
    logging_setup.shutdown_logging()
    try:
        assert configure_logging() is None
        assert active_log_file() is None
    finally:
        logging_setup.shutdown_logging()


def test_scrub_filter_is_on_every_root_handler(log_dir):
    extra = logging.StreamHandler(sys.stderr)
    logging.getLogger().addHandler(extra)
    try:
        configure_logging()
        assert any(isinstance(f, ScrubFilter) for f in extra.filters)
    finally:
        logging.getLogger().removeHandler(extra)
