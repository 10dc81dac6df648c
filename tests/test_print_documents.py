"""Printed documents: PDF text read back with pypdf, page breaks, footer, preview and CLI."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from asfdesk.cli import main
from asfdesk.db.models import Contact, Enterprise, Event
from asfdesk.db.queries import capacity
from asfdesk.db.queries.listing import ListRequest
from asfdesk.db.session import session_scope
from asfdesk.demo import JOBSEEKERS
from asfdesk.i18n import set_language
from asfdesk.printing import jobs
from asfdesk.printing.render import write_pdf
from tests.data.helpers import pdf_text

WEBCAST = "Starkare tillsammans – Hur nätverkar arbetsintegrerande sociala företag?"


def _event_id(sessions, title=WEBCAST) -> int:
    with session_scope(sessions) as s:
        return s.scalar(select(Event.id).where(Event.title == title))


def test_contact_sheets_for_all_active_enterprises(qapp, demo_sessions, tmp_path):
    set_language("sv")
    document = jobs.contact_sheet_document(demo_sessions)
    path = tmp_path / "kontaktblad.pdf"
    pages = write_pdf(document, path)
    count, texts = pdf_text(path)
    assert pages == count == 6  # six active enterprises, one page each (Patio del Arte is paused)
    everything = " ".join(texts)
    with session_scope(demo_sessions) as s:
        active = list(s.scalars(select(Enterprise).where(Enterprise.status == "active")))
        for e in active:
            assert e.name in everything and e.org_number in everything and e.phone in everything
            for c in e.contacts:
                assert c.name in everything and c.mobile in everything
    assert "Patio del Arte" not in everything
    for number, text in enumerate(texts, start=1):
        assert f"sida {number} av 6" in text
        assert "Utskrivet" in text and "av tester" in text
    assert "Kilafix" in everything and "Kilavägen 4, 821 43 Bollnäs" in everything
    with session_scope(demo_sessions) as s:  # free places follow from the referrals holding one
        kilafix = s.scalars(select(Enterprise).where(Enterprise.name == "Kilafix")).one()
        free = capacity.free_places(s, [kilafix.id])[kilafix.id]
    assert f"Arbetsträningsplatser {free} lediga av 12" in everything
    assert "Ansvarig konsulent" in everything and "Helena Strand" in everything
    for first, last, _born in JOBSEEKERS:
        assert f"{first} {last}" not in everything  # never any jobseeker data


def test_long_sheet_repeats_heading_and_keeps_contact_blocks_whole(qapp, demo_sessions, tmp_path):
    set_language("en")
    with session_scope(demo_sessions) as s:
        kilafix = s.scalar(select(Enterprise).where(Enterprise.org_number == "769612-0018"))
        for n in range(30):
            kilafix.contacts.append(
                Contact(
                    name=f"Person {n:02d} Långnamnsson-Åkerlund af Östergötland och Västerbotten",
                    title="Handledare",
                    mobile=f"070-174 06 {n + 60:02d}",
                    email=f"person{n:02d}@kilafix.example",
                )
            )
        kilafix_id = kilafix.id
    path = tmp_path / "long.pdf"
    write_pdf(jobs.contact_sheet_document(demo_sessions, enterprise_ids=[kilafix_id]), path)
    count, texts = pdf_text(path)
    assert count >= 3
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {count}" in text
        assert "Kilafix" in text  # the heading repeats on continuation pages
        if number > 1:
            assert "(continued)" in text
    for n in range(30):
        # a contact block is never split: its name, mobile and e-mail are on one page
        pages = [i for i, t in enumerate(texts) if f"Person {n:02d}" in t]
        assert len(pages) == 1
        assert f"person{n:02d}@kilafix.example" in texts[pages[0]]
        assert f"070-174 06 {n + 60:02d}" in texts[pages[0]]


def test_partner_contact_list_respects_search(qapp, demo_sessions, tmp_path):
    set_language("sv")
    path = tmp_path / "kontaktlista.pdf"
    write_pdf(jobs.partner_contacts_document(demo_sessions, ListRequest(search="coompanion")), path)
    count, texts = pdf_text(path)
    text = " ".join(texts)
    assert count == 1 and "sida 1 av 1" in text
    assert "Kontaktlista" in text and "Sökning: coompanion" in text
    assert "Coompanion Gävleborg" in text and "Linnea Holm" in text and "Oskar Bergman" in text
    assert "Tillväxtverket" not in text and "Kilafix" not in text


def test_partner_contact_list_groups_everyone_by_organisation(qapp, demo_sessions, tmp_path):
    set_language("en")
    path = tmp_path / "contacts.pdf"
    write_pdf(jobs.partner_contacts_document(demo_sessions), path)
    _count, texts = pdf_text(path)
    text = " ".join(texts)
    with session_scope(demo_sessions) as s:
        partner_contacts = list(
            s.scalars(select(Contact).where(Contact.partner_organisation_id.is_not(None)))
        )
        assert len(partner_contacts) == 10
        for c in partner_contacts:
            assert c.name in text and c.partner_organisation.name in text
    assert text.index("AB Samarkand2015") < text.index("Coompanion Dalarna") < text.index("Tillväxtverket")
    assert "page 1 of" in text


def test_attendee_sign_in_sheet(qapp, demo_sessions, tmp_path):
    set_language("sv")
    path = tmp_path / "narvaro.pdf"
    write_pdf(jobs.attendees_document(demo_sessions, _event_id(demo_sessions)), path)
    count, texts = pdf_text(path)
    text = " ".join(texts)
    assert count == 1
    assert "Starkare tillsammans" in text and "2026-11-08" in text and "14:30–16:00" in text
    assert "Namnteckning" in text and "Närvarolista" in text and "sida 1 av 1" in text
    with session_scope(demo_sessions) as s:
        event = s.get(Event, _event_id(demo_sessions))
        for p in event.participants:
            listed = p.status in ("registered", "attended")
            assert (p.display_name in text) == listed
            if listed and p.contact is not None:
                assert p.contact.organisation.name in text


def test_unknown_event_or_org_number_is_a_clear_error(demo_sessions):
    with pytest.raises(ValueError, match="no event 9999"):
        jobs.attendees_document(demo_sessions, 9999)
    with pytest.raises(ValueError, match="556016-0680"):
        jobs.contact_sheet_document(demo_sessions, org_numbers=["5560160680"])


def test_cli_print_commands(demo_sessions, db_url, tmp_path, capsys):
    sheet = tmp_path / "sheet.pdf"
    assert (
        main(["--database", db_url, "print", "contact-sheet", "--enterprise", "7696120018", "-o", str(sheet)])
        == 0
    )
    assert pdf_text(sheet)[0] == 1 and "Kilafix" in pdf_text(sheet)[1][0]
    contacts = tmp_path / "contacts.pdf"
    args = ["--database", db_url, "print", "partner-contacts", "--search", "tillväxt", "-o", str(contacts)]
    assert main(args) == 0
    assert "Tillväxtverket" in pdf_text(contacts)[1][0]
    attendees = tmp_path / "attendees.pdf"
    event = str(_event_id(demo_sessions))
    assert main(["--database", db_url, "print", "attendees", "--event", event, "-o", str(attendees)]) == 0
    assert "Fatima Haddad" in pdf_text(attendees)[1][0]
    assert (
        main(["--database", db_url, "print", "contact-sheet", "--enterprise", "5560160680", "-o", str(sheet)])
        == 1
    )
    assert "556016-0680" in capsys.readouterr().err


def test_preview_dialog_paints_with_the_same_renderer(qtbot, demo_sessions):
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QWidget

    from asfdesk.ui.print_export import preview_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = preview_dialog(parent, jobs.attendees_document(demo_sessions, _event_id(demo_sessions)))
    painted = []
    dialog.paintRequested.connect(lambda printer: painted.append(printer))
    # Showing a dialog on the offscreen platform warns about size hints; the preview widget
    # inside does the same painting when asked to update, without being shown.
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert painted and widget.pageCount() == 1


def test_print_tab_to_pdf_and_refusals(qtbot, demo_sessions, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from asfdesk.ui import print_export

    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[1]))
    request = ListRequest(filters={"municipality": "2083"})  # Hedemora: Koopus only
    print_export.print_tab(parent, demo_sessions, "enterprises", request, [], "pdf")
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=10000)
    count, texts = pdf_text(target)
    assert count == 1 and "Koopus" in texts[0]
    print_export.print_tab(parent, demo_sessions, "referrals", ListRequest(), [1], "print")
    print_export.print_tab(parent, demo_sessions, "events", ListRequest(), [], "preview")
    assert len(told) == 2


def test_contact_sheets_load_in_a_fixed_number_of_queries(demo_sessions):
    """Relations are loaded per statement (selectinload), not per enterprise: no N+1."""
    from sqlalchemy import event

    statements = []
    engine = demo_sessions.kw["bind"]

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    def build(ids=None):
        statements.clear()
        event.listen(engine, "before_cursor_execute", count)
        try:
            jobs.contact_sheet_document(demo_sessions, enterprise_ids=ids)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len(statements)

    with session_scope(demo_sessions) as s:
        ids = list(s.scalars(select(Enterprise.id)))
    few, many = build(ids[:1]), build(ids)
    assert many == few <= 8


def test_block_taller_than_a_page_is_sliced_not_lost(qapp, tmp_path):
    from datetime import datetime

    from asfdesk.printing.document import PrintDocument, Section

    lines = "".join(f"<p>Rad {n:03d} – Östra Ämtervik</p>" for n in range(150))
    document = PrintDocument(
        title="Test",
        sections=[Section(heading="<h1>Rubrik</h1>", blocks=[lines, "<p>Efteråt</p>"])],
        printed_by="tester",
        printed_at=datetime(2026, 11, 22, 9, 0),
        language="sv",
    )
    path = tmp_path / "tall.pdf"
    pages = write_pdf(document, path)
    count, texts = pdf_text(path)
    text = " ".join(texts)
    assert pages == count >= 3
    assert all(f"Rad {n:03d}" in text for n in range(150))
    assert "Efteråt" in texts[-1] and f"sida {count} av {count}" in texts[-1]
