"""Issue 9 §9, printing: walk-in rows, no ligatures in PDF text, dormant enterprises, save folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from sqlalchemy import select

from asfdesk.cli import main
from asfdesk.db.models import Event
from asfdesk.db.queries.listing import ListRequest
from asfdesk.db.session import session_scope
from asfdesk.i18n import set_language
from asfdesk.printing import builders, jobs
from asfdesk.printing.document import PrintDocument, Section
from asfdesk.printing.render import write_pdf
from tests.data.helpers import pdf_text

LIGATURES = {chr(c) for c in range(0xFB00, 0xFB07)}  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
PAUSED = "Patio del Arte"  # the demo's one paused (dormant) enterprise


def test_sign_in_sheet_has_blank_numbered_rows_for_walk_ins(qapp, demo_sessions, tmp_path):
    set_language("en")
    with session_scope(demo_sessions) as s:
        event_id = s.scalar(select(Event.id).order_by(Event.id))
    document = jobs.attendees_document(demo_sessions, event_id)
    with session_scope(demo_sessions) as s:
        event = s.get(Event, event_id)
        listed = sum(1 for p in event.participants if p.status in builders.SIGN_IN_STATUSES)
    blocks = document.sections[0].blocks
    blank = [b for b in blocks if "<b>" not in b and "class='sign'" in b]
    assert builders.WALK_IN_ROWS == 8 and len(blank) == 8
    assert len([b for b in blocks if "class='sign'" in b]) == max(listed, 0) + 8
    path = tmp_path / "sign-in.pdf"
    write_pdf(document, path)
    _, texts = pdf_text(path)
    numbers = " ".join(texts).split()
    assert str(listed + 8) in numbers  # the last walk-in row is numbered on from the list


def test_pdf_text_has_no_ligature_glyphs(qapp, tmp_path):
    document = PrintDocument(
        title="Official profile",
        sections=[
            Section(
                heading="<h1>Kilafix AB</h1>",
                blocks=["<p>info@kilafix.example · office · fluffy · <b>affine</b> · <i>flow</i></p>"],
            )
        ],
        printed_by="filip",
        printed_at=datetime(2026, 11, 30, 10, 0),
        language="en",
    )
    path = tmp_path / "kilafix.pdf"
    write_pdf(document, path)
    _, texts = pdf_text(path)
    text = " ".join(texts)
    assert not LIGATURES & set(text)
    assert "Kilafix" in text and "info@kilafix.example" in text and "office" in text and "filip" in text


def test_cli_contact_sheets_are_active_only_unless_include_dormant(demo_sessions, db_url, tmp_path):
    set_language("en")
    default, everything = tmp_path / "active.pdf", tmp_path / "all.pdf"
    assert main(["--database", db_url, "print", "contact-sheet", "-o", str(default)]) == 0
    with_dormant = ["print", "contact-sheet", "--include-dormant", "-o", str(everything)]
    assert main(["--database", db_url, *with_dormant]) == 0
    count, texts = pdf_text(default)
    assert PAUSED not in " ".join(texts)
    count_all, texts_all = pdf_text(everything)
    assert PAUSED in " ".join(texts_all) and count_all == count + 1


def test_gui_print_all_agrees_with_the_cli_and_offers_the_choice(qtbot, demo_sessions, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from asfdesk.ui import print_export

    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[int] = []
    answer = {"include": False}

    def ask(_parent, dormant):
        asked.append(dormant)
        return answer["include"]

    monkeypatch.setattr(print_export, "ask_include_dormant", ask)
    for include, name in ((False, "active.pdf"), (True, "all.pdf")):
        answer["include"] = include
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        print_export.print_tab(parent, demo_sessions, "enterprises", ListRequest(), [], "pdf")
        qtbot.waitUntil(lambda t=target: t.exists() and t.stat().st_size > 0, timeout=15000)
    assert asked == [1, 1]  # the list shows one dormant enterprise, and the user is asked
    _, active = pdf_text(tmp_path / "active.pdf")
    _, everything = pdf_text(tmp_path / "all.pdf")
    assert PAUSED not in " ".join(active) and PAUSED in " ".join(everything)
    # the same default as `asfdesk print contact-sheet`
    cli = jobs.contact_sheet_document(demo_sessions)
    gui = jobs.listed_contact_sheets_document(demo_sessions, "enterprises", ListRequest())
    assert [s.heading for s in cli.sections] == [s.heading for s in gui.sections]


def test_pdf_save_dialog_starts_in_the_documents_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from asfdesk.ui import print_export

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert print_export.default_save_dir() == Path(documents or Path.home())
    expected = Path(documents or Path.home()) / "kontaktblad.pdf"
    assert print_export.default_save_path("kontaktblad.pdf") == expected
    monkeypatch.chdir(tmp_path)
    suggested: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: suggested.append(a[2]) or ("", ""))
    parent = QWidget()
    qtbot.addWidget(parent)
    document = PrintDocument("T", [Section("<h1>x</h1>")], "filip", datetime(2026, 1, 1), "en")
    print_export.output_document(parent, document, "pdf", "kontaktblad")
    assert suggested == [str(print_export.default_save_path("kontaktblad.pdf"))]
    assert Path(suggested[0]).parent != tmp_path and Path(suggested[0]).is_absolute()
