"""Issue 8 §13: a date cell in a text column keeps the date as typed, never '2024-01-02T00:00:00'."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook
from sqlalchemy import select

from asfdesk.cli import main
from asfdesk.db.models import Enterprise
from asfdesk.db.session import session_scope


def test_date_cells_in_text_columns_are_stored_as_iso_dates(db_url, sessions, tmp_path, capsys):
    wb = Workbook()
    ws = wb.active
    ws.append(["Namn", "Beskrivning", "Adress"])
    ws.append(["Datumföretaget", datetime(2024, 1, 2), date(2024, 3, 4)])
    ws.append(["Mötesföretaget", datetime(2024, 1, 2, 9, 30), "Storgatan 1"])
    path = tmp_path / "datum.xlsx"
    wb.save(path)
    assert main(["--database", db_url, "import", "enterprises", str(path)]) == 0
    with session_scope(sessions) as s:
        stored = {e.name: (e.description, e.street_address) for e in s.scalars(select(Enterprise))}
    assert stored == {
        "Datumföretaget": ("2024-01-02", "2024-03-04"),
        "Mötesföretaget": ("2024-01-02 09:30", "Storgatan 1"),
    }


def test_cli_prints_a_progress_line(db_url, sessions, tmp_path, capsys):
    path = tmp_path / "f.csv"
    path.write_text("Namn\n" + "".join(f"Företag {n}\n" for n in range(1200)), encoding="utf-8")
    assert main(["--database", db_url, "import", "enterprises", str(path)]) == 0
    err = capsys.readouterr().err
    assert "Importing: 500 of 1200 rows" in err
    assert "Importing: 1200 of 1200 rows" in err
