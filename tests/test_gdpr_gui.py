"""The duties in the GUI: the profile's "Registerutdrag…" and "Radera / avidentifiera…" (with a
confirmation that says what will happen), Admin → Gallring (the preview before applying) and
the personal-data settings, typed with real key events (å/ä/ö too), on both backends.

Screenshots go to a temporary folder; to refresh the README's pictures run
    ASFDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen pytest tests/test_gdpr_gui.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from asfdesk.db.engine import sqlite_path
from asfdesk.db.models import AccessLogEntry, Jobseeker
from asfdesk.db.session import session_scope
from asfdesk.i18n import set_language
from asfdesk.services import gdpr
from asfdesk.ui.gdpr_dialogs import ErasureDialog, PurgeDialog, SettingsDialog, write_extract_file
from asfdesk.ui.i18n_qt import install_translators
from tests.test_gdpr import PNR, SURNAME, add_person, retention_data, years_ago  # noqa: F401
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, settled  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def type_text(widget, text: str) -> None:
    """Real key events with their text (QTest cannot type å/ä/ö)."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        if ch == " ":
            key = Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def swedish():
    set_language("sv")
    install_translators("sv")
    yield
    install_translators("en")
    set_language("en")


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("ASFDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def person_id(manager) -> int:
    with session_scope(manager.sessions) as s:
        return add_person(s).id


def test_profile_offers_both_duties_in_swedish(manager, person_id, swedish):
    window = manager.open("jobseeker", person_id)
    assert window.duties.extract_button.text() == "Registerutdrag…"
    assert window.duties.erase_button.text() == "Radera / avidentifiera…"
    assert window.duties.extract_button.isEnabled() and window.duties.erase_button.isEnabled()


def test_new_profile_has_the_duties_disabled(manager):
    window = manager.open("jobseeker", None)
    assert not window.duties.extract_button.isEnabled()
    assert not window.duties.erase_button.isEnabled()


def test_register_extract_from_the_profile(manager, person_id, qtbot, tmp_path):
    window = manager.open("jobseeker", person_id)
    with qtbot.waitSignal(window.duties.extractWritten, timeout=20_000) as written:
        window.duties.extract(str(tmp_path / "utdrag.json"))
    data = json.loads(Path(written.args[0]).read_text("utf-8"))
    assert data["person"]["personnummer"] == PNR and data["referrals"]
    with session_scope(manager.sessions) as s:
        logged = s.scalars(select(AccessLogEntry.action).where(AccessLogEntry.entity_id == person_id)).all()
    assert "extract" in logged


def test_erase_asks_with_what_will_happen_then_anonymises(manager, person_id, qtbot, swedish, shots):
    window = manager.open("jobseeker", person_id)
    qtbot.mouseClick(window.duties.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.duties.confirmation is not None and window.duties.confirmation.isVisible())
    dialog = window.duties.confirmation
    shown = dialog.text.text()
    assert f"#{person_id}" in shown and "Å.Q." in shown
    assert "1 anvisning sparas för statistiken" in shown and "1 uppföljningsanteckning" in shown
    assert "går inte att ångra" in shown and "Säkerhetskopior" in shown
    assert SURNAME not in shown and "9876" not in shown
    assert not dialog.erase_button.isEnabled()  # not before "I understand"
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()
    assert dialog.grab().save(str(shots / "gdpr_erase_confirmation_sv.png"))
    dialog.understood.setFocus()
    qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(window.duties.erased, timeout=20_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    with session_scope(manager.sessions) as s:
        person = s.get(Jobseeker, person_id)
        assert (person.first_name, person.personnummer) == ("Avidentifierad", None)
    qtbot.waitUntil(lambda: window.form.value("first_name") == "Avidentifierad", timeout=15_000)


def test_erase_can_be_cancelled(manager, person_id, qtbot):
    window = manager.open("jobseeker", person_id)
    window.duties.ask_erase()
    qtbot.waitUntil(lambda: window.duties.confirmation is not None and window.duties.confirmation.isVisible())
    dialog = window.duties.confirmation
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settled(qtbot)
    with session_scope(manager.sessions) as s:
        assert s.get(Jobseeker, person_id).last_name == SURNAME


def test_erasure_dialog_in_english(qtbot, shots):
    preview = gdpr.ErasurePreview(
        17, "Å.Q.", referrals=3, open_referrals=1, notes=5, already_anonymised=False
    )
    dialog = ErasureDialog(preview)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.text.text()
    assert "3 referral(s) are kept" in text and "1 referral(s) are still open" in text
    assert dialog.grab().save(str(shots / "gdpr_erase_confirmation_en.png"))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_gallring_preview_then_apply(manager, retention_data, qtbot, shots, language):  # noqa: F811 (fixture)
    set_language(language)
    install_translators(language)
    try:
        db_file = sqlite_path(manager.sessions.kw["bind"].url)
        old_backup = None
        if db_file is not None:  # a pre-upgrade backup from long ago, and one of today
            old_backup = db_file.with_name(f"{db_file.stem}.backup-20120101T090000-rev0003{db_file.suffix}")
            old_backup.write_bytes(b"old copy")
        dialog = PurgeDialog(manager.sessions, db_file)
        qtbot.addWidget(dialog)
        dialog.show()
        settled(qtbot)
        assert dialog.preview is None and not dialog.apply_button.isEnabled()  # no rule stored yet
        dialog.years.selectAll()
        qtbot.keyClicks(dialog.years, "5")
        with qtbot.waitSignal(dialog.previewShown, timeout=20_000):
            qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        assert [dialog.people.item(r, 0).text() for r in range(dialog.people.rowCount())] == [
            f"#{retention_data[k]}" for k in ("never", "old", "older")
        ]
        assert dialog.by_year.rowCount() == 3 and dialog.by_year.item(0, 0).text() == str(years_ago(14).year)
        summary = dialog.summary.text()
        assert ("3 arbetssökande ska gallras" if language == "sv" else "3 jobseeker(s) are due") in summary
        if old_backup is not None:
            assert dialog.backups.rowCount() == 1 and dialog.backups.item(0, 0).text() == str(old_backup)
            assert dialog.grab().save(str(shots / f"gdpr_purge_preview_{language}.png"))
        else:
            assert dialog.backups.rowCount() == 0 and "administrat" in dialog.backups_label.text()
        with session_scope(manager.sessions) as s:
            assert s.get(Jobseeker, retention_data["old"]).last_name == "Alm"  # a preview changes nothing
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        question = dialog.question
        assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
        with qtbot.waitSignal(dialog.applied, timeout=30_000) as applied:
            qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        assert sorted(applied.args[0].anonymised) == sorted(
            retention_data[k] for k in ("never", "old", "older")
        )
        settled(qtbot)
        assert dialog.people.rowCount() == 0
        assert old_backup is None or not old_backup.exists()
    finally:
        install_translators("en")
        set_language("en")


def test_settings_dialog_stores_years_and_swedish_wording(manager, qtbot, swedish):
    dialog = SettingsDialog(manager.sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot)
    assert "artikel 15" in dialog.wording.toPlainText()
    dialog.years.selectAll()
    qtbot.keyClicks(dialog.years, "8")
    dialog.wording.selectAll()
    type_text(
        dialog.wording,
        "Kommunen behandlar uppgifterna för att stödja dig till arbete. Frågor: växeln i Bollnäs.",
    )
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    with session_scope(manager.sessions) as s:
        assert gdpr.retention_years(s) == 8
        assert gdpr.extract_wording(s) == (
            "Kommunen behandlar uppgifterna för att stödja dig till arbete. Frågor: växeln i Bollnäs."
        )


def test_admin_menu_has_gallring_and_settings(qtbot, sqlite_url, sessions, swedish):
    from asfdesk.ui.main_window import MainWindow
    from asfdesk.ui.table.model import wait_for_workers

    window = MainWindow(sqlite_url, sessions, language="sv")
    qtbot.addWidget(window)
    texts = [a.text() for a in window.admin_menu.actions()]
    assert "Gallring…" in texts and "Personuppgiftsinställningar…" in texts
    dialog = window.show_purge()
    assert dialog.db_file == sqlite_path(sqlite_url)
    settled(qtbot)
    dialog.close()
    wait_for_workers()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_extract_first_page_screenshot(demo_sessions, tmp_path, shots, language):
    """The first page of the PDF extract, rendered with pdftoppm as the README shows it."""
    with session_scope(demo_sessions) as s:
        person = s.scalars(select(Jobseeker).order_by(Jobseeker.id)).first()
        person.personnummer = "19850709-9805"
        person.phone = "070-174 06 54"
        person.email = "demo.person@example.se"
        person.street_address = "Långgatan 7"
        person.postal_code = "82143"
        person_id = person.id
    with session_scope(demo_sessions) as s:
        data = gdpr.extract_record(s, person_id, language=language)
    pdf = write_extract_file(data, tmp_path / "utdrag.pdf", language)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True)
    (page,) = tmp_path.glob("page*.png")
    shutil.copyfile(page, shots / f"gdpr_extract_page1_{language}.png")
