"""The CLI explains faults in one line and logs bugs to the file, never a traceback (issue 8)."""

from __future__ import annotations

import logging
import socket

import pytest

from asfdesk import cli, logging_setup

PNR = "198112189876"


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setenv(logging_setup.LOG_DIR_ENV, str(tmp_path / "logs"))
    logging_setup.shutdown_logging()
    level = logging.getLogger().level
    yield tmp_path / "logs" / "asfdesk.log"
    logging_setup.shutdown_logging()
    logging.getLogger().setLevel(level)


def test_a_bug_in_a_command_is_logged_not_printed(log_file, monkeypatch, capsys, tmp_path):
    from asfdesk.commands import demo

    def broken(args) -> int:
        raise RuntimeError(f"broken for {PNR}")

    monkeypatch.setattr(demo, "run", broken)
    code = cli.main(["--database", f"sqlite:///{tmp_path / 'a.sqlite3'}", "demo"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert "An unexpected error occurred." in err
    assert str(log_file) in err
    logged = log_file.read_text("utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: broken for [redacted]" in logged
    assert PNR not in logged + err


@pytest.mark.postgres
def test_unreachable_server_is_one_line(log_file, capsys, postgres_server):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = postgres_server.admin.set(port=port, password="pw-must-not-show")
    code = cli.main(["--database", url.render_as_string(hide_password=False), "db", "current"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Cannot reach the database server" in err
    assert "Traceback" not in err
    assert "pw-must-not-show" not in err + log_file.read_text("utf-8")
