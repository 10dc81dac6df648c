"""Issue 7 §3: importing only the models is enough for the write rules to hold.

Run in a fresh interpreter, so nothing imported by other tests (asfdesk.db.session …) helps.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.reliability._dbtools import sqlite_at_revision

SCRIPT = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    import asfdesk.db.models as models

    assert "asfdesk.db.session" not in sys.modules, "the test must not import the session module"
    engine = create_engine("sqlite:///" + sys.argv[1])  # a plain engine, migrated by the test
    start = datetime(2026, 12, 1, 13, 0, tzinfo=timezone.utc)
    with Session(engine) as s:
        s.add(models.Event(title="Informationsträff", starts_at=start, ends_at=start - timedelta(hours=3)))
        try:
            s.commit()
        except ValueError as exc:
            print("refused:", type(exc).__name__)
        else:
            print("STORED an event that ends before it starts")
    with Session(engine) as s:
        s.add(models.Consultant(name="Helena Strand", username="hestr"))
        s.commit()
        print("created_by:", s.scalar(select(models.Consultant.created_by)))
    """
)


def test_a_plain_session_validates_and_stamps_after_importing_only_the_models(tmp_path):
    db = sqlite_at_revision(tmp_path / "x.sqlite3", "head")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("refused:"), result.stdout
    assert lines[1].startswith("created_by: ") and lines[1] != "created_by: None", result.stdout
