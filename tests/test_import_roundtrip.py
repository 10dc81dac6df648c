"""Round trip: demo data exported to xlsx/csv and imported into an empty database comes back equal."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from asfdesk.cli import main
from asfdesk.db.models import Enterprise
from asfdesk.db.queries import io_queries as q
from asfdesk.db.queries.listing import ListRequest, columns
from asfdesk.db.session import session_scope
from asfdesk.i18n import set_language
from asfdesk.io import records, writers
from asfdesk.io.importer import validate_table
from asfdesk.io.mapping import guess_mapping
from asfdesk.io.readers import read_table
from asfdesk.io.store import run_import
from asfdesk.io.tab_export import export_tab
from tests.data.helpers import copy_consultants, empty_target

FIELDS = (
    "name",
    "org_number",
    "legal_form",
    "municipality_code",
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
    "integration_purpose",
    "participation",
    "reinvested_profits",
    "independent_of_public_sector",
)


def _snapshot(sessions, fields=FIELDS) -> dict[str, dict]:
    with session_scope(sessions) as s:
        result = {}
        for e in q.all_enterprises(s):
            record = {f: getattr(e, f) for f in fields}
            record["services"] = sorted(c.code for c in e.services)
            record["consultant"] = e.responsible_consultant.username if e.responsible_consultant else None
            result[e.org_number] = record
        return result


def _import(sessions, path, kind="enterprises"):
    table = read_table(path)
    with session_scope(sessions) as s:
        preview = validate_table(s, kind, table, guess_mapping(kind, table.headers))
    assert preview.errors == []
    return run_import(sessions, preview)


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_full_export_round_trip(request, demo_sessions, db_url, tmp_path, suffix, language):
    set_language(language)
    path = tmp_path / f"enterprises{suffix}"
    with session_scope(demo_sessions) as s:
        enterprises = q.all_enterprises(s)
        writers.write_table(path, records.enterprise_headers(), records.enterprise_rows(enterprises))
    target = empty_target(request, db_url, tmp_path)
    copy_consultants(demo_sessions, target)
    summary = _import(target, path)
    assert summary.created == 7
    original = _snapshot(demo_sessions)
    assert _snapshot(target) == original
    assert any(r["services"] for r in original.values()) and any(r["consultant"] for r in original.values())


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_tab_export_round_trip(request, demo_sessions, db_url, tmp_path, suffix):
    """The Enterprises tab as shown (its visible columns) imports back into an empty database."""
    path = tmp_path / f"tab{suffix}"
    assert export_tab(demo_sessions, "enterprises", ListRequest(), path) == 7
    target = empty_target(request, db_url, tmp_path)
    copy_consultants(demo_sessions, target)
    _import(target, path)
    shown = (
        "name",
        "org_number",
        "municipality_code",
        "city",
        "status",
        "phone",
        "email",
    )  # not the free places: the list shows them counted from the referrals (asfdesk.db.places)
    before, after = _snapshot(demo_sessions, shown), _snapshot(target, shown)
    for record in (*before.values(), *after.values()):
        record.pop("services")
    assert after == before
    assert {c.key for c in columns("enterprises")} >= {"name", "org_number", "municipality", "status"}


def test_cli_export_then_import_round_trip(request, demo_sessions, db_url, tmp_path):
    path = tmp_path / "all.xlsx"
    assert main(["--database", db_url, "export", "enterprises", "--all-fields", "-o", str(path)]) == 0
    target = empty_target(request, db_url, tmp_path)
    copy_consultants(demo_sessions, target)
    target_url = target.kw["bind"].url.render_as_string(hide_password=False)
    assert main(["--database", target_url, "import", "enterprises", str(path)]) == 0
    assert _snapshot(target) == _snapshot(demo_sessions)
    with session_scope(target) as s:
        assert s.scalar(select(Enterprise).where(Enterprise.name == "Kilafix")).created_by  # stamped
