"""Issue 9 §9, the small things: plural page counts, Swedish filter labels, the empty-table hint,
the participant box after adding, window sizes for a 1280×720 work area, adapting columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView

from asfdesk.i18n import set_language
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.print_export import translate
from asfdesk.ui.profiles.base import MAX_DEFAULT_SIZE
from asfdesk.ui.table.model import wait_for_workers
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, settled  # noqa: F401
from tests.test_ui_main_window import clean_settings, make_window, search, settle, type_text  # noqa: F401

pytestmark = OFFSCREEN_NOISE

WORK_AREA = QSize(1280, 720)  # a 1080p screen at 150 %
FRAME = QSize(16, 40)  # a generous window frame and title bar


@pytest.fixture
def swedish():
    install_translators("sv")
    set_language("sv")
    yield
    install_translators("en")
    set_language("en")


@pytest.fixture
def window(qtbot, db_url, demo_sessions):
    win = make_window(qtbot, db_url, demo_sessions)
    settle(qtbot, win)
    yield win
    wait_for_workers()
    qtbot.wait(10)
    install_translators("en")
    set_language("en")


def test_page_count_has_singular_and_plural_in_swedish(qapp, swedish):
    one = translate("PrintExport", "Saved %1 (%n page(s))", n=1)
    two = translate("PrintExport", "Saved %1 (%n page(s))", n=2)
    assert "(1 sida)" in one
    assert "(2 sidor)" in two


def test_no_english_left_in_the_swedish_all_labels():
    ts = Path(__file__).resolve().parent.parent / "resources" / "translations" / "asfdesk_sv.ts"
    pairs = re.findall(
        r"<source>(All [^<]*)</source>\s*<translation>([^<]*)</translation>", ts.read_text("utf-8")
    )
    labels = [(source, swedish) for source, swedish in pairs if "files" not in source]
    assert labels, "no 'All …' filter labels found"
    for source, swedish in labels:
        assert swedish.startswith("Alla "), (source, swedish)


def test_empty_hint_covers_the_viewport(qtbot, window):
    tab = window.tab("referrals")
    window.tabs.setCurrentIndex(1)  # Referrals
    assert window.current_tab() is tab
    search(qtbot, tab, "zzqxnothing")
    qtbot.waitUntil(tab.empty_label.isVisible)
    viewport = tab.view.viewport()
    assert tab.empty_label.geometry() == viewport.rect()
    window.resize(window.width() - 100, window.height() - 50)
    qtbot.waitUntil(lambda: tab.empty_label.geometry() == viewport.rect())
    assert tab.empty_label.alignment() & Qt.AlignmentFlag.AlignCenter


def test_empty_referrals_in_swedish_screenshot(qtbot, window):
    window.set_language("sv")
    tab = window.tab("referrals")
    window.tabs.setCurrentIndex(1)  # Referrals
    assert window.current_tab() is tab
    search(qtbot, tab, "zzqxnothing")
    qtbot.waitUntil(tab.empty_label.isVisible)
    path = Path("/tmp/uifix/empty_referrals_sv.png")
    path.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(path))


def test_participant_box_is_empty_after_adding(manager, qtbot):
    window = manager.open("event", None)
    window.show()
    qtbot.waitExposed(window)
    picker = window.picker
    window.tabs.setCurrentIndex(0)
    window.activateWindow()  # after other tests another window may hold the focus
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    with qtbot.waitSignal(picker.suggestionsReady, timeout=10_000):
        type_text(qtbot, picker, "Helena")
    popup = picker.completer().popup()
    if not popup.isVisible():
        picker.completer().complete()  # the popup a focused field shows as you type
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.participants.rowCount() == 1)
    qtbot.wait(20)
    assert window.participants.rows[0]["name"].startswith("Helena")
    assert picker.text() == ""
    settled(qtbot)


def test_main_window_fits_a_1280x720_work_area(window):
    limit = WORK_AREA - FRAME
    assert window.minimumSizeHint().width() <= 1000
    assert window.minimumSize().width() <= 1000
    default = window.default_size()
    assert default.width() <= limit.width() and default.height() <= limit.height()


@pytest.mark.parametrize(
    "entity", ["enterprise", "referral", "jobseeker", "event", "contact", "partner_organisation"]
)
def test_profile_windows_fit_a_1280x720_work_area(manager, entity):
    window = manager.open(entity, None)
    size = window.fitting_default_size()
    assert size.width() <= MAX_DEFAULT_SIZE.width() <= 1200
    assert size.height() <= MAX_DEFAULT_SIZE.height() <= 680
    assert window.size().width() <= 1200 and window.size().height() <= 680
    minimum = window.minimumSize()
    assert 400 <= minimum.width() <= 800 and 300 <= minimum.height() <= 600


def test_columns_adapt_to_the_window(window):
    for entity in ("enterprises", "referrals", "partner_contacts", "events"):
        header = window.tab(entity).view.horizontalHeader()
        assert header.stretchLastSection()
        modes = {header.sectionResizeMode(i) for i in range(header.count())}
        assert QHeaderView.ResizeMode.ResizeToContents not in modes


def test_saving_a_profile_says_saved_in_the_status_bar(qtbot, db_url, sessions):
    """Issue 9 §9: a save is confirmed by a brief "Saved" in the main window's status bar."""
    window = make_window(qtbot, db_url, sessions)
    settle(qtbot, window)
    window.profiles.saved.emit("enterprise", 1)
    assert window.statusBar().currentMessage() == "Saved"
