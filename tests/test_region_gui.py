"""The region's view in the window, on SQLite and PostgreSQL: County → Municipality pickers on
every tab (typed to, with Å/Ä/Ö), the municipalities narrowed to the county, the choice kept
across a restart, and Rapporter → "ASF i länet…" saving its one-page PDF."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

from asfdesk import entities
from asfdesk.i18n import set_language
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.region_dialog import RegionDialog
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers
from tests.data.helpers import pdf_text
from tests.test_region_filters import build_region

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture(autouse=True)
def clean_settings():
    app_settings().clear()
    yield
    app_settings().clear()


@pytest.fixture
def region(sessions):
    build_region(sessions)
    return sessions


def open_window(qtbot, db_url, sessions, language="sv") -> MainWindow:
    window = MainWindow(db_url, sessions, language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for list_def in entities.all_lists():
        tab = window.tab(list_def.key)
        qtbot.waitUntil(lambda t=tab: not t.model.loading and t.filters.widgets["county"].count() > 1)
    return window


def close(qtbot, window: MainWindow) -> None:
    wait_for_workers()
    qtbot.wait(10)
    if shiboken6.isValid(window):
        window.close()


@pytest.fixture
def window(qtbot, db_url, region):
    win = open_window(qtbot, db_url, region)
    yield win
    close(qtbot, win)
    install_translators("en")
    set_language("en")


def first_column(tab) -> list[str]:
    return sorted(tab.model.index(r, 0).data() for r in range(tab.model.rowCount()))


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def type_into(widget, text: str) -> None:
    """Real key events with text, so Å/Ä/Ö arrive as typed."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_every_tab_has_county_and_municipality_pickers_in_swedish(window):
    for list_def in entities.all_lists():
        bar = window.tab(list_def.key).filters
        county, municipality = bar.widgets["county"], bar.widgets["municipality"]
        assert items(county) == ["Alla län", "Dalarnas län", "Gävleborgs län"]
        assert items(municipality) == ["Alla kommuner", "Borlänge", "Falun", "Gävle", "Älvdalen"]
        assert county.accessibleName() == "Län" and municipality.accessibleName() == "Kommun"


def test_typing_picks_a_county_narrows_the_municipalities_and_the_rows(qtbot, window):
    tab = window.tab("enterprises")
    county, municipality = tab.filters.widgets["county"], tab.filters.widgets["municipality"]
    county.setFocus()
    with qtbot.waitSignal(tab.refreshed):
        type_into(county, "Gä")  # jumps to "Gävleborgs län"
    assert county.currentData() == "21"
    assert items(municipality) == ["Alla kommuner", "Gävle"]
    assert first_column(tab) == ["Gävle Kök"]
    with qtbot.waitSignal(tab.refreshed):
        county.setCurrentIndex(county.findData("20"))
    assert items(municipality) == ["Alla kommuner", "Borlänge", "Falun", "Älvdalen"]
    assert first_column(tab) == ["Borlänge Återbruk", "Falu Café", "Falu Tvätt", "Älvdalens Snickeri"]
    municipality.setFocus()
    with qtbot.waitSignal(tab.refreshed):
        type_into(municipality, "Äl")  # Ä typed as a key event
    assert municipality.currentData() == "2039"
    assert first_column(tab) == ["Älvdalens Snickeri"]
    # Another county: the municipality no longer belongs, so it falls back to all of them.
    with qtbot.waitSignal(tab.refreshed):
        county.setCurrentIndex(county.findData("21"))
    assert municipality.currentData() is None
    assert tab.model.request.filter_map == {"county": "21"}


def test_the_referrals_tab_filters_by_the_enterprises_place_with_a_search(qtbot, window):
    tab = window.tab("referrals")
    with qtbot.waitSignal(tab.refreshed):
        tab.filters.set_value("municipality", "2080")
    assert first_column(tab) == ["Kim Berg", "Lena Lind"]
    with qtbot.waitSignal(tab.refreshed):
        tab.search_edit.setText("lena")
        tab.search_edit.returnPressed.emit()
    assert first_column(tab) == ["Lena Lind"]


def test_the_choice_is_kept_per_tab_across_a_restart(qtbot, db_url, region):
    first = open_window(qtbot, db_url, region)
    enterprises, events = first.tab("enterprises"), first.tab("events")
    with qtbot.waitSignal(enterprises.refreshed):
        enterprises.filters.set_value("county", "20")
    with qtbot.waitSignal(enterprises.refreshed):
        enterprises.filters.set_value("municipality", "2080")
    with qtbot.waitSignal(events.refreshed):
        events.filters.set_value("county", "21")
    close(qtbot, first)

    again = open_window(qtbot, db_url, region)
    enterprises, events, referrals = again.tab("enterprises"), again.tab("events"), again.tab("referrals")
    assert enterprises.filters.widgets["county"].currentText() == "Dalarnas län"
    assert enterprises.filters.widgets["municipality"].currentText() == "Falun"
    dalarna = ["Alla kommuner", "Borlänge", "Falun", "Älvdalen"]
    assert items(enterprises.filters.widgets["municipality"]) == dalarna
    assert enterprises.model.request.filter_map == {"county": "20", "municipality": "2080"}
    assert first_column(enterprises) == ["Falu Café", "Falu Tvätt"]  # the first page already filtered
    assert events.filters.widgets["county"].currentData() == "21"
    assert first_column(events) == ["Nätverk Gävle"]
    assert referrals.filters.values() == {}  # each tab its own
    close(qtbot, again)


def test_a_remembered_place_that_is_gone_shows_every_row(qtbot, db_url, region):
    app_settings().setValue("tables/enterprises/filters/municipality", "2085")  # Ludvika: no rows
    window = open_window(qtbot, db_url, region)
    tab = window.tab("enterprises")
    qtbot.waitUntil(lambda: len(first_column(tab)) == 6)
    assert tab.filters.values() == {}
    assert app_settings().value("tables/enterprises/filters/municipality") is None
    close(qtbot, window)


def test_reports_menu_asf_i_lanet_saves_a_one_page_pdf(qtbot, window, tmp_path, monkeypatch):
    action = window.region_action
    assert action in window.reports_menu.actions()
    assert action.text() == "ASF i länet…"
    target = tmp_path / "dalarna.pdf"
    suggested = []

    def save_as(parent, title, path, filters):
        suggested.append(path)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(RegionDialog) is not None)
    dialog = window.findChild(RegionDialog)
    qtbot.waitUntil(lambda: dialog.pdf_button.isEnabled())
    assert dialog.windowTitle() == "ASF i länet"
    assert dialog.county.currentText() == "Dalarnas län"  # Dalarna first: it has active ASF
    dialog.county.setFocus()
    type_into(dialog.county, "Gä")
    assert dialog.chosen_county() == "21"
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new word after a pause
    type_into(dialog.county, "D")
    assert dialog.chosen_county() == "20"
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=15_000)
    assert suggested and suggested[0].endswith("asf-i-lanet-20.pdf")
    pages, texts = pdf_text(target)
    assert pages == 1 and "Älvdalen" in texts[0] and "Totalt 3 21 14 15" in texts[0]
    assert app_settings().value("reports/region/county") == "20"
    dialog.close()
