"""Översikt in the main window: the start view, figures that open their lists, "Whole unit",
refreshing after a change, Enter on a follow-up, and Swedish. Real databases, real clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from sqlalchemy import select

from asfdesk.db.models import Jobseeker, Referral
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.domain.enums import ReferralStatus
from asfdesk.entities.filters import set_current_login
from asfdesk.i18n import set_language
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.operations import ChangeKind, Changes, publish
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers
from tests.test_overview import TODAY, build_known

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture(autouse=True)
def clean_settings():
    app_settings().clear()
    set_current_login("anna")  # "Only mine" in the lists means the same consultant as Översikt
    yield
    set_current_login(None)
    app_settings().clear()


def make_window(qtbot, db_url, sessions, language="en") -> MainWindow:
    window = MainWindow(db_url, sessions, language=language)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def anna(engine):
    return make_session_factory(engine, user="anna")


@pytest.fixture
def window(qtbot, db_url, anna):
    known = build_known(anna)
    win = make_window(qtbot, db_url, anna)
    page = win.overview
    page.today = lambda: TODAY
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    win.known = known
    yield win
    wait_for_workers()
    qtbot.wait(10)
    install_translators("en")
    set_language("en")


def test_the_start_view_is_the_overview(qtbot, window):
    assert window.stack.currentWidget() is window.tabs
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs)
    assert window.showing_overview()
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Overview"
    page = window.overview
    assert page.active_total.text() == "4 active referrals"
    assert page.period_buttons["ended_month"].text() == "1"
    assert "Anna Öberg" in page.scope.text()
    window.tab_actions[1].trigger()  # Ctrl+2: the lists still work
    assert window.current_tab().entity == "referrals"
    window.overview_action.trigger()  # Ctrl+0: back to the start view
    assert window.showing_overview()
    assert window.overview_action.shortcut().toString() == "Ctrl+0"


def test_an_empty_database_still_opens_on_the_welcome_panel(qtbot, db_url, sessions):
    window = make_window(qtbot, db_url, sessions)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)
    wait_for_workers()
    qtbot.wait(10)


def test_clicking_a_figure_opens_the_filtered_list(qtbot, window):
    page = window.overview
    qtbot.mouseClick(page.period_buttons["started_year"], Qt.MouseButton.LeftButton)
    tab = window.current_tab()
    assert tab.entity == "referrals" and not window.showing_overview()
    assert tab.filters.values() == {"mine": True, "period": "started_year"}
    assert tab.search_edit.text() == ""


def test_clicking_a_bar_opens_the_referrals_with_that_status(qtbot, window):
    """A real mouse click on the "Ongoing" bar of the chart (the fourth of the open statuses)."""
    window.overview.whole_unit.click()  # everyone's: the status filter alone, no "Only mine"
    qtbot.waitUntil(lambda: window.overview.overview.whole_unit and not window.overview.loading)
    chart_view = window.overview.active_chart
    chart = chart_view.chart()
    series = chart.series()[0]
    # Drawn upwards: the first status is the top bar; "Ongoing" (index 3) is the lowest, row 0.
    centre = chart.mapToPosition(QPointF(1, 0), series)
    point = chart_view.mapFromScene(centre)
    tab = window.tab("referrals")
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        qtbot.mouseClick(chart_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert window.current_tab() is tab
    assert tab.filters.values() == {"status": "ongoing"}
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)


def test_free_places_open_the_enterprises_of_that_municipality(qtbot, window):
    page = window.overview
    first = page.municipality_buttons[0]
    assert first.text().startswith("Stockholm") and first.text().endswith("2")
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    tab = window.current_tab()
    assert tab.entity == "enterprises"
    assert tab.filters.values()["municipality"] == "0180"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)


def test_whole_unit_switch_shows_everyones_figures(qtbot, window):
    page = window.overview
    assert page.active_total.text() == "4 active referrals"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.whole_unit, Qt.MouseButton.LeftButton)
    assert page.active_total.text() == "5 active referrals"
    assert "whole unit" in page.scope.text()
    assert not page.follow_view.isColumnHidden(3)  # everyone's: the consultant column shows
    qtbot.mouseClick(page.period_buttons["referred_month"], Qt.MouseButton.LeftButton)
    assert window.current_tab().filters.values() == {"period": "referred_month"}


def test_a_saved_change_refreshes_the_figures(qtbot, window, anna):
    page = window.overview
    with session_scope(anna) as s:
        referral = Referral(
            jobseeker=Jobseeker(first_name="Åsa", last_name="Ny"),
            enterprise_id=window.known.enterprises["Kilafix"],
            consultant_id=window.known.anna,
            status=ReferralStatus.DRAFT,
            referred_on=TODAY,
        )
        s.add(referral)
        s.flush()
        new_id = referral.id
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        publish(Changes.of("referral", ChangeKind.CREATED, new_id))
    assert page.active_total.text() == "5 active referrals"


def test_enter_on_a_follow_up_opens_the_referral(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        window.profiles, "open", lambda entity, record_id=None, **kw: opened.append((entity, record_id))
    )
    page = window.overview
    view = page.follow_view
    assert [r.referral_id for r in page.follow_model.rows] == [
        window.known.referrals[k] for k in ("r4", "r3")
    ]
    view.setFocus()
    view.setCurrentIndex(page.follow_model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [("referral", window.known.referrals["r3"])]
    rect = view.visualRect(page.follow_model.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == ("referral", window.known.referrals["r4"])


def test_in_swedish(qtbot, window):
    window.set_language("sv")
    page = window.overview
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Översikt"
    assert page.whole_unit.text() == "Hela enheten"
    qtbot.waitUntil(lambda: page.active_total.text() == "4 aktiva anvisningar")
    with session_scope(window.sessions) as s:
        assert s.scalar(select(Referral.id).where(Referral.id == window.known.referrals["r1"]))


def test_a_chart_works_by_keyboard(qtbot, window):
    """Tab to the outcome chart, Down to "Studies", Enter: the ended referrals with that outcome."""
    window.activateWindow()
    chart = window.overview.outcome_chart
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    assert chart.accessibleDescription() == "Work: 1"
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.accessibleDescription() == "Studies: 1"
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    tab = window.current_tab()
    assert tab.entity == "referrals"
    wanted = {"mine": True, "status": "ended", "outcome": "studies", "period": "ended_year"}
    assert tab.filters.values() == wanted
