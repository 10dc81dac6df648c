"""Shared helpers for the import/export/print tests: a second, empty database and PDF text."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

from sqlalchemy import select

from asfdesk.db.engine import make_engine
from asfdesk.db.models import Consultant
from asfdesk.db.session import make_session_factory, session_scope


def empty_target(request, db_url: str, tmp_path: Path):
    """A freshly migrated database on the same backend as `db_url`, without demo data."""
    if db_url.startswith("sqlite"):
        path = tmp_path / "target.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("postgres_server").new_database()
    engine = make_engine(url)
    request.addfinalizer(engine.dispose)
    return make_session_factory(engine, user="importer")


def copy_consultants(source, target) -> None:
    """Consultants are the app's users, not imported data: give the target the same ones."""
    with session_scope(source) as s:
        people = [(c.name, c.username, c.email) for c in s.scalars(select(Consultant))]
    with session_scope(target) as s:
        for name, username, email in people:
            s.add(Consultant(name=name, username=username, email=email))


def pdf_text(path: Path) -> tuple[int, list[str]]:
    """Page count and each page's text with whitespace collapsed and ligatures unfolded."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = []
    for page in reader.pages:
        text = unicodedata.normalize("NFKC", page.extract_text() or "")
        pages.append(" ".join(text.split()))
    return len(reader.pages), pages


def org_number(n: int) -> str:
    """A valid organisation number (Luhn check digit) for test row `n`: 7697NN-NNNC."""
    digits = f"7697{n % 100000:05d}"
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    return f"{digits[:6]}-{digits[6:]}{check}"
