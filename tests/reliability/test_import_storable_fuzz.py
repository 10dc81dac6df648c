"""Issue 8 §12: whatever the import's validation accepts, the database stores, on both backends.

Rows that `--dry-run` called valid crashed the real import: a 150-character city (the column
holds 100), a 420-character website, 3,000,000,000 employees (PostgreSQL integer), 10^23
(OverflowError in SQLite's driver), a NUL byte after the first 4 KB (PostgreSQL refuses NUL).
Limits now come from the columns (asfdesk.db.models._fields.column_limits).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from asfdesk.cli import main
from asfdesk.db.models import Enterprise
from asfdesk.db.session import session_scope
from asfdesk.io.importer import validate_table
from asfdesk.io.readers import Table
from asfdesk.io.store import run_import

FIELDS = [
    "name",
    "legal_form",
    "street_address",
    "postal_code",
    "city",
    "phone",
    "email",
    "website",
    "description",
    "training_places_total",
    "training_places_available",
    "employees",
    "participants_in_training",
    "status",
    "reserved_contracts",
]
TEXT_FIELDS = FIELDS[:9]
COUNT_FIELDS = FIELDS[9:13]

text = st.one_of(
    st.text(max_size=12),
    st.text(min_size=95, max_size=105),  # around String(100)
    st.text(min_size=195, max_size=205),
    st.text(min_size=295, max_size=305),
    st.text(alphabet="abc.-", min_size=290, max_size=430).map(lambda t: "www." + t + ".se"),  # websites
    st.sampled_from(["Umeå", "070-123 45 67", "info@exempel.se", "821 43", "x\x00y", "Ekonomisk förening"]),
)
count = st.one_of(
    st.integers(min_value=-5, max_value=50),
    st.sampled_from([2**31 - 1, 2**31, 3_000_000_000, 10**23, -(2**31) - 1]),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["3000000000", "1e23", "100000000000000000000000"]),
)


@st.composite
def rows(draw):
    row = {"name": draw(st.one_of(text, st.just("Företag AB")))}
    for key in TEXT_FIELDS[1:]:
        if draw(st.booleans()):
            row[key] = draw(text)
    for key in COUNT_FIELDS:
        if draw(st.booleans()):
            row[key] = draw(count)
    return [row.get(key) for key in FIELDS]


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.large_base_example,
    ],
)
@given(data=st.lists(rows(), min_size=1, max_size=4))
def test_every_row_the_validator_accepts_is_stored(sessions, data):
    table = Table(list(FIELDS), [(n + 2, row) for n, row in enumerate(data)])
    with session_scope(sessions) as s:
        before = s.scalar(select(func.count(Enterprise.id)))
        preview = validate_table(s, "enterprises", table, list(FIELDS))
    summary = run_import(sessions, preview, valid_only=True)  # must never raise
    assert summary.created == len(preview.valid_rows)
    with session_scope(sessions) as s:
        assert s.scalar(select(func.count(Enterprise.id))) == before + len(preview.valid_rows)


def _issue_file(path):
    pad = "x" * 4200
    path.write_text(
        "Namn;Ort;Webb;Anställda;Beskrivning\n"
        f"Långa orten AB;{'Å' * 150};;;\n"
        f"Webbsidan AB;;www.{'a' * 412}.se;;\n"
        "Tre miljarder AB;;;3000000000;\n"
        "Tio upphöjt AB;;;100000000000000000000000;\n"
        f"Helt rätt AB;Umeå;www.exempel.se;12;{pad}\n",
        encoding="utf-8",
    )
    return path


def test_dry_run_and_import_agree_on_the_issue_rows(db_url, sessions, tmp_path, capsys):
    path = _issue_file(tmp_path / "f.csv")
    assert main(["--database", db_url, "import", "enterprises", str(path), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "row 2, Ort: is longer than 100 characters" in out
    assert "row 3, Webb: is longer than 300 characters" in out
    assert "row 4, Anställda: must be at most 2147483647" in out
    assert "row 5, Anställda: must be at most 2147483647" in out
    assert "1 valid, 4 with errors" in out
    assert main(["--database", db_url, "import", "enterprises", str(path), "--valid-only"]) == 0
    with session_scope(sessions) as s:
        assert s.scalars(select(Enterprise.name)).all() == ["Helt rätt AB"]


def test_nul_after_the_first_4_kb_names_the_line(db_url, sessions, tmp_path, capsys):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Namn;Beskrivning\n" + b"A;" + b"x" * 5000 + b"\nB;ett\x00tva\n")
    assert main(["--database", db_url, "import", "enterprises", str(path)]) == 1
    assert "line 3: contains a NUL character" in capsys.readouterr().err
    with session_scope(sessions) as s:
        assert s.scalar(select(func.count(Enterprise.id))) == 0


def test_nul_in_a_cell_is_a_row_error_not_a_crash(db_url, sessions):
    table = Table(["Namn", "Beskrivning"], [(2, ["A", "ett\x00tva"]), (3, ["B", "ok"])])
    with session_scope(sessions) as s:
        preview = validate_table(s, "enterprises", table, ["name", "description"])
    assert [str(e) for e in preview.errors] == [
        "row 2, Beskrivning: contains a character that cannot be stored (NUL)"
    ]
    assert run_import(sessions, preview, valid_only=True).created == 1
