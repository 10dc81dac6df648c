"""Issue 8 §5 and §7: exports are 0600 from the first byte, and a failed export leaves no file.

A referral export that cannot be recorded in the access log must not leave names on disk. The
failure is real: the database refuses the access-log row (a trigger on SQLite, a rule-breaking
revoke is not needed), not a mocked call.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import func, select, text

from asfdesk.cli import main
from asfdesk.db.models import AccessLogEntry
from asfdesk.db.queries.listing import ListRequest
from asfdesk.db.session import session_scope
from asfdesk.io.tab_export import export_tab


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the exports (the SQLite test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _refuse_access_log(sessions) -> None:
    with session_scope(sessions) as s:
        if s.bind.dialect.name == "sqlite":
            s.execute(
                text(
                    "CREATE TRIGGER refuse_log BEFORE INSERT ON access_log "
                    "BEGIN SELECT RAISE(ABORT, 'access log unavailable'); END"
                )
            )
        else:
            s.execute(
                text(
                    "CREATE FUNCTION refuse_log() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'access log unavailable'; END $$"
                )
            )
            s.execute(
                text(
                    "CREATE TRIGGER refuse_log BEFORE INSERT ON access_log "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_log()"
                )
            )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_referral_export_that_cannot_be_logged_leaves_no_file(demo_sessions, out, suffix):
    _refuse_access_log(demo_sessions)
    path = out / f"referrals{suffix}"
    with pytest.raises(Exception, match="access log unavailable"):
        export_tab(demo_sessions, "referrals", ListRequest(), path)
    assert list(out.iterdir()) == []  # neither the file nor a temporary one
    with session_scope(demo_sessions) as s:
        assert s.scalar(select(func.count(AccessLogEntry.id))) == 0


def test_failed_export_keeps_an_older_file_untouched(demo_sessions, out):
    path = out / "referrals.csv"
    path.write_text("last week's export")
    _refuse_access_log(demo_sessions)
    with pytest.raises(Exception, match="access log unavailable"):
        export_tab(demo_sessions, "referrals", ListRequest(), path)
    assert path.read_text() == "last week's export"


@pytest.mark.parametrize("name", ["r.csv", "r.xlsx", "c.vcf", "e.ics"])
def test_cli_exports_are_private(demo_sessions, db_url, out, name):
    what = {"r": "referrals", "c": "contacts", "e": "events"}[name[0]]
    old_umask = os.umask(0o022)
    try:
        assert main(["--database", db_url, "export", what, "-o", str(out / name)]) == 0
    finally:
        os.umask(old_umask)
    assert (out / name).stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.iterdir()] == [name]
