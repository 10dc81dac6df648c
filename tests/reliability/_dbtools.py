"""Helpers for the reliability tests: big SQLite files at an old revision, running the CLI."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from asfdesk.db.engine import make_engine
from asfdesk.db.migrate import upgrade

FIRST_NAMES = ["Anna", "Åsa", "Erik", "Märta", "Ali", "Helena", "Jonas", "Öjvind", "Sara", "Björn"]
LAST_NAMES = ["Lindqvist", "Ahlström", "Kovač", "Strand", "Berg", "Nyström", "Öberg", "Hassan"]


def sqlite_at_revision(path: Path, revision: str, jobseekers: int = 0) -> Path:
    """A SQLite file migrated to `revision`, with `jobseekers` rows written in one quick batch."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    if jobseekers:
        conn = sqlite3.connect(path)
        try:
            with conn:
                conn.executemany(
                    "INSERT INTO jobseekers (first_name, last_name, protected_identity, version)"
                    " VALUES (?, ?, 0, 1)",
                    (
                        (FIRST_NAMES[i % len(FIRST_NAMES)] + str(i), LAST_NAMES[i % len(LAST_NAMES)])
                        for i in range(jobseekers)
                    ),
                )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    return path


def cli(*args: str, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m asfdesk ARGS` as a real process (English messages)."""
    full_env = os.environ | {"ASFDESK_LANG": "en"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "asfdesk", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
    )


def cli_process(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "asfdesk", "--lang", "en", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ | {"ASFDESK_LANG": "en"},
    )


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def revision_of(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()
