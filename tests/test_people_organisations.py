"""§6: every partner organisation is listed and searchable, with or without contact persons, in
an Organisations view of the Partner contacts tab; partner postcodes fill the town. Also the
Jobseekers view of the Referrals tab (§5): every jobseeker, masked, the view logged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from asfdesk import entities
from asfdesk.db.models import AccessLogEntry, Contact, Jobseeker, PartnerOrganisation
from asfdesk.db.queries import ListRequest, count_rows, fetch_page, fetch_row
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import PartnerKind
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, type_into  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def _partners(sessions) -> dict[str, int]:
    with session_scope(sessions) as s:
        lonely = PartnerOrganisation(
            name="Östra Föreningen", kind=PartnerKind.COORDINATION_ASSOCIATION, city="Bollnäs"
        )
        busy = PartnerOrganisation(name="Arbetsförmedlingen Ljusdal", kind=PartnerKind.EMPLOYMENT_SERVICE)
        s.add_all([lonely, busy])
        s.flush()
        s.add(Contact(name="Anna Berg", partner_organisation_id=busy.id))
        s.flush()
        return {"lonely": lonely.id, "busy": busy.id}


def test_registry_keeps_views_out_of_the_tabs():
    assert "partner_organisations" not in entities.list_keys()
    assert "jobseekers" not in entities.list_keys()
    assert [d.key for d in entities.views("partner_contacts")] == ["partner_organisations"]
    assert [d.key for d in entities.views("referrals")] == ["jobseekers"]
    assert entities.tab_of("partner_organisations") == "partner_contacts"
    assert entities.tab_of("events") == "events"


def test_organisations_without_contacts_are_listed_and_searchable(sessions):
    ids = _partners(sessions)
    with session_scope(sessions) as s:
        assert count_rows(s, "partner_contacts", ListRequest()) == 1  # the contact list alone hid one
        rows = fetch_page(s, "partner_organisations", ListRequest(), 0, 50)
        assert [(r[0], r[1], r[-1]) for r in rows] == [
            (ids["busy"], "Arbetsförmedlingen Ljusdal", 1),
            (ids["lonely"], "Östra Föreningen", 0),
        ]
        found = fetch_page(s, "partner_organisations", ListRequest(search="ostra"), 0, 50)
        assert [r[0] for r in found] == [ids["lonely"]]
        kind = ListRequest(filters={"kind": PartnerKind.COORDINATION_ASSOCIATION.value})
        assert count_rows(s, "partner_organisations", kind) == 1
        assert fetch_row(s, "partner_organisations", ids["lonely"])[1] == "Östra Föreningen"


def test_jobseekers_list_masks_and_finds_by_number(sessions):
    with session_scope(sessions) as s:
        s.add_all(
            [
                Jobseeker(first_name="Maria", last_name="Öhman", personnummer="197010632391"),
                Jobseeker(first_name="Åsa", last_name="Berg"),
            ]
        )
    with session_scope(sessions) as s:
        rows = fetch_page(s, "jobseekers", ListRequest(), 0, 50)
        assert [(r[1], r[2]) for r in rows] == [("Åsa Berg", None), ("Maria Öhman", "19701063-XXXX")]
        assert count_rows(s, "jobseekers", ListRequest(search="701063-2391")) == 1
        assert count_rows(s, "jobseekers", ListRequest(search="åsa")) == 1
    assert entities.owner("jobseekers").personal


def _type(widget, text: str) -> None:
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def window(qtbot, db_url, sessions):
    app_settings().clear()
    win = MainWindow(db_url, sessions, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_tabs()
    yield win
    wait_for_workers()
    qtbot.wait(10)
    app_settings().clear()


def _settled(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.matching is not None, timeout=10_000)


def test_organisations_view_in_the_partner_contacts_tab(qtbot, window, sessions):
    ids = _partners(sessions)
    window.tabs.setCurrentIndex(entities.list_keys().index("partner_contacts"))
    views = window._views["partner_contacts"]
    assert [views.group.button(i).text() for i in range(2)] == ["Partner contacts", "Organisations"]
    qtbot.mouseClick(views.group.button(1), Qt.MouseButton.LeftButton)
    tab = window.current_tab()
    assert tab.entity == "partner_organisations"
    assert window.tab("partner_organisations") is tab
    tab.model.refresh()
    _settled(qtbot, tab)
    assert tab.model.rowCount() == 2
    tab.search_edit.setFocus()
    _type(tab.search_edit, "Östra")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading, timeout=10_000)
    opened = []
    window.profiles.open = lambda entity, record_id=None, **_kw: opened.append((entity, record_id))
    tab.view.selectRow(0)
    tab.open_current()
    assert opened == [("partner_organisation", ids["lonely"])]
    window.save_settings()
    assert app_settings().value("window/tab") == "partner_contacts"


def test_jobseekers_view_is_logged(qtbot, window, sessions):
    with session_scope(sessions) as s:
        s.add(Jobseeker(first_name="Maria", last_name="Öhman", personnummer="197010632391"))
    window.tabs.setCurrentIndex(entities.list_keys().index("referrals"))
    window._views["referrals"].show_list("jobseekers")
    tab = window.current_tab()
    tab.model.refresh()
    _settled(qtbot, tab)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 1).data() == "19701063-XXXX"
    with session_scope(sessions) as s:
        logged = s.scalar(
            select(func.count())
            .select_from(AccessLogEntry)
            .where(AccessLogEntry.entity == "jobseekers", AccessLogEntry.action == "view")
        )
    assert logged >= 1


def test_partner_postcode_fills_town(manager, qtbot):
    window = manager.open("partner_organisation", None)
    type_into(qtbot, window.form.fields["postal_code"].widget, "77630")
    assert window.form.value("city") == "Hedemora"
    assert window.form.value("municipality_code") == "2083"
    type_into(qtbot, window.form.fields["postal_code"].widget, "82143")
    assert window.form.value("city") == "Bollnäs"
