"""Export of the tabs (via the listing queries), iCalendar, vCard, the CLI and the GUI entry points."""

from __future__ import annotations

import csv
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy import text as sa_text

from asfdesk.cli import main
from asfdesk.db.models import AccessLogEntry, Contact, Event, PartnerOrganisation
from asfdesk.db.queries import io_queries as q
from asfdesk.db.queries.listing import ListRequest, columns
from asfdesk.db.session import session_scope
from asfdesk.io.ics import events_to_ics
from asfdesk.io.tab_export import export_tab
from asfdesk.io.vcard import contacts_to_vcf

STOCKHOLM = ZoneInfo("Europe/Stockholm")
WEBCAST = "Starkare tillsammans – Hur nätverkar arbetsintegrerande sociala företag?"


def _access_log_count(sessions) -> int:
    with session_scope(sessions) as s:
        return s.scalar(select(func.count(AccessLogEntry.id)))


def test_ics_parses_back_with_stockholm_times(demo_sessions):
    with session_scope(demo_sessions) as s:
        events = list(s.scalars(select(Event).order_by(Event.starts_at)))
        data = events_to_ics(events)
    cal = Calendar.from_ical(data)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    vevents = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    webcast = vevents[WEBCAST]
    start = webcast.decoded("DTSTART")
    assert start == datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM)
    assert start.utcoffset().total_seconds() == 3600
    assert webcast["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert webcast.decoded("DTEND") == datetime(2026, 11, 8, 16, 0, tzinfo=STOCKHOLM)
    assert "Tillväxtverket" in str(webcast["DESCRIPTION"])
    arena = vevents["Arena ASF i Dalarna"]  # summer time: +02:00
    assert arena.decoded("DTSTART").utcoffset().total_seconds() == 7200
    assert str(arena["LOCATION"]) == "Galaxen, Borlänge"
    assert len({str(e["UID"]) for e in vevents.values()}) == 3


def test_vcard_has_names_phones_and_organisation(demo_sessions):
    with session_scope(demo_sessions) as s:
        contact = s.scalar(select(Contact).where(Contact.name == "Linnea Holm"))
        text = contacts_to_vcf([contact]).decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and "VERSION:3.0" in lines
    assert "N:Holm;Linnea;;;" in lines and "FN:Linnea Holm" in lines
    assert "ORG:Coompanion Gävleborg" in lines
    assert "TITLE:VD" in lines
    assert any(line.startswith("TEL;TYPE=CELL") and "070-174 06" in line for line in lines)
    assert any(line.startswith("EMAIL") and "linnea.holm@" in line for line in lines)


def test_vcard_escapes_and_folds():
    org = PartnerOrganisation(name="Smith, Jones; och Co")
    contact = Contact(name="Åsa Öberg-Långnamnsdotter", title="x" * 120, partner_organisation=org)
    text = contacts_to_vcf([contact]).decode("utf-8")
    assert "ORG:Smith\\, Jones\\; och Co" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_tab_export_is_what_the_tab_shows(demo_sessions, tmp_path, suffix):
    path = tmp_path / f"enterprises{suffix}"
    request = ListRequest(filters={"municipality": "2183"}, sort_key="name", descending=True)
    count = export_tab(demo_sessions, "enterprises", request, path, ["org_number", "name", "places_free"])
    with session_scope(demo_sessions) as s:
        from asfdesk.db.queries.listing import iter_rows

        expected = [(row[2], row[1], row[7]) for row in iter_rows(s, "enterprises", request)]
    assert count == len(expected) >= 1
    if suffix == ".xlsx":
        rows = list(load_workbook(path).active.iter_rows(values_only=True))
    else:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = [tuple(r) for r in csv.reader(fh, delimiter=";")]
    assert rows[0] == ("Org. no.", "Name", "Free places")
    if suffix == ".csv":
        expected = [(a, b, str(c)) for a, b, c in expected]
    assert rows[1:] == expected
    assert _access_log_count(demo_sessions) == 0  # enterprises hold no jobseeker data


def test_referral_export_is_recorded(demo_sessions, tmp_path):
    from asfdesk.db.models import Jobseeker

    with session_scope(demo_sessions) as s:
        s.scalar(select(Jobseeker).where(Jobseeker.first_name == "Ali")).personnummer = "19900101-0017"
    path = tmp_path / "referrals.csv"
    count = export_tab(demo_sessions, "referrals", ListRequest(), path)
    with session_scope(demo_sessions) as s:
        entry = s.scalar(select(AccessLogEntry))
        assert (entry.action, entry.entity, entry.row_count, entry.detail) == (
            "export",
            "referrals",
            count,
            "referrals.csv",
        )
        pg = s.bind.dialect.name == "postgresql"  # there the server names the actor
        assert entry.actor == (s.scalar(sa_text("SELECT session_user")) if pg else "tester")
    text = path.read_text(encoding="utf-8-sig")
    assert "19900101-XXXX" in text and "0017" not in text  # masked, as in the list
    assert [c.header() for c in columns("referrals")][0] in text


def test_cli_exports(demo_sessions, db_url, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    assert main(["--database", db_url, "export", "referrals", "-o", str(out)]) == 0
    assert out.exists() and _access_log_count(demo_sessions) == 1
    vcf = tmp_path / "c.vcf"
    assert main(["--database", db_url, "export", "contacts", "--search", "coompanion", "-o", str(vcf)]) == 0
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    ics = tmp_path / "e.ics"
    assert main(["--database", db_url, "export", "events", "--search", "starkare", "-o", str(ics)]) == 0
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 1
    assert main(["--database", db_url, "export", "enterprises", "-o", str(tmp_path / "e.vcf")]) == 2


def test_gui_export_tab_writes_file_and_asks_before_referrals(qtbot, demo_sessions, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from asfdesk.ui import print_export

    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "lista"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    asked = []

    def refuse(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    print_export.export_tab(parent, demo_sessions, "referrals", ListRequest(), ["jobseeker"])
    assert asked and not (tmp_path / "lista.csv").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    print_export.export_tab(parent, demo_sessions, "referrals", ListRequest(), ["jobseeker", "status"])
    qtbot.waitUntil(lambda: _access_log_count(demo_sessions) == 1, timeout=10000)
    lines = (tmp_path / "lista.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Jobseeker;Status" and len(lines) == 13


def test_gui_export_ics_and_vcards(qtbot, demo_sessions, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from asfdesk.ui import print_export

    parent = QWidget()
    qtbot.addWidget(parent)
    target = {"path": tmp_path / "cal.ics"}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target["path"]), ""))
    with session_scope(demo_sessions) as s:
        event_id = s.scalar(select(Event.id).where(Event.title == WEBCAST))
        contact_ids = [c.id for c in q.partner_contacts(s)][:3]
    print_export.export_ics(parent, demo_sessions, [event_id])
    qtbot.waitUntil(lambda: target["path"].exists() and target["path"].stat().st_size > 0, timeout=10000)
    assert len(Calendar.from_ical(target["path"].read_bytes()).walk("VEVENT")) == 1
    target["path"] = tmp_path / "people.vcf"
    print_export.export_vcards(parent, demo_sessions, contact_ids)
    qtbot.waitUntil(lambda: target["path"].exists() and target["path"].stat().st_size > 0, timeout=10000)
    assert target["path"].read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
