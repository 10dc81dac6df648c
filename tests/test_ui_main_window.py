"""The main window on real databases (SQLite and PostgreSQL): tabs, search as you type, SQL
sorting, language switching, the welcome panel, deleting, row updates after a save, keyboard
and settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QMessageBox
from sqlalchemy import select

from asfdesk import entities
from asfdesk.db.models import Enterprise, PartnerOrganisation
from asfdesk.db.session import session_scope
from asfdesk.i18n import set_language
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

DEMO_COUNTS = {"enterprises": 7, "referrals": 12, "partner_contacts": 10, "events": 3}


@pytest.fixture(autouse=True)
def clean_settings():
    """Each test starts without saved geometry, table layouts or language."""
    app_settings().clear()
    yield
    app_settings().clear()


def settle(qtbot, window: MainWindow) -> None:
    """Wait until every tab has shown its first page and its count."""
    for entity in entities.list_keys():
        model = window.tab(entity).model
        qtbot.waitUntil(lambda m=model: not m.loading and m.matching is not None and m.total is not None)


def make_window(qtbot, db_url, sessions, language="en") -> MainWindow:
    window = MainWindow(db_url, sessions, language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, db_url, demo_sessions):
    win = make_window(qtbot, db_url, demo_sessions)
    settle(qtbot, win)
    win.tabs.setCurrentIndex(0)  # the window opens on Översikt (tests/test_overview*.py); lists here
    yield win
    wait_for_workers()
    qtbot.wait(10)  # deliver the last results while the window still exists
    install_translators("en")
    set_language("en")


def shown(tab, column_key: str | None = None) -> list[str]:
    model = tab.model
    column = 0 if column_key is None else [s.key for s in model.specs].index(column_key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def type_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Type character by character (QTest cannot synthesise keys for non-ASCII letters)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            edit.insert(ch)


def search(qtbot, tab, text: str) -> None:
    if tab.search_edit.text() == text:
        return
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.search_edit.clear()
        type_text(qtbot, tab.search_edit, text)
    qtbot.waitUntil(lambda: tab.model.request.search == text.strip() and not tab.model.loading)


def test_tabs_in_order_with_the_demo_rows(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Enterprises", "Referrals", "Partner contacts", "Events", "Overview"]
    for entity, count in DEMO_COUNTS.items():
        tab = window.tab(entity)
        assert tab.model.rowCount() == count
        assert tab.count_label.text() == f"{count} of {count}"
        assert tab.search_edit.placeholderText() == "Search…"
    assert "Kilafix" in shown(window.tab("enterprises"))
    assert "Arena ASF i Dalarna" in shown(window.tab("events"))


@pytest.mark.parametrize(
    ("entity", "typed", "column", "expected"),
    [
        ("enterprises", "glädje", "name", ["Glädjeverket"]),
        ("enterprises", "GLÖS", "name", ["GlösBolagret"]),
        ("referrals", "ahlstrom", "jobseeker", ["Tomas Ahlström"]),
        ("partner_contacts", "ahlstrom", "name", None),  # Erik Ahlström, at a partner if any
    ],
)
def test_typing_filters_rows_ignoring_case_and_accents(qtbot, window, entity, typed, column, expected):
    tab = window.tab(entity)
    search(qtbot, tab, typed)
    rows = shown(tab, column)
    if expected is None:
        assert set(rows) <= {"Erik Ahlström"}
        assert len(rows) < DEMO_COUNTS[entity]
    else:
        assert rows == expected
        qtbot.waitUntil(lambda: tab.count_label.text() == f"{len(expected)} of {DEMO_COUNTS[entity]}")


@pytest.mark.parametrize("typed", ["%", "_", "'"])
def test_wildcards_and_quotes_are_plain_text(qtbot, window, demo_sessions, typed):
    tab = window.tab("enterprises")
    search(qtbot, tab, typed)
    assert tab.model.rowCount() == 0
    assert tab.empty_label.isVisible()
    assert typed in tab.empty_label.text()
    with session_scope(demo_sessions) as s:
        s.add(Enterprise(name=f"Café {typed} Hörnet"))
    search(qtbot, tab, "")
    search(qtbot, tab, typed)
    assert shown(tab) == [f"Café {typed} Hörnet"]
    assert not tab.empty_label.isVisible()


def test_clicking_a_header_sorts_in_sql(qtbot, window):
    tab = window.tab("enterprises")
    header = tab.view.horizontalHeader()
    names_before = shown(tab)
    assert names_before == sorted(names_before, key=lambda n: n.casefold())  # default: by name
    column = [s.key for s in tab.model.specs].index("name")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    with qtbot.waitSignal(tab.model.refreshed):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert tab.model.request.sort_key == "name"
    assert tab.model.request.descending is True
    assert shown(tab) == list(reversed(names_before))
    free = [s.key for s in tab.model.specs].index("places_free")
    with qtbot.waitSignal(tab.model.refreshed):
        tab.view.sortByColumn(free, Qt.SortOrder.AscendingOrder)
    values = [v for v in shown(tab, "places_free") if v]
    assert [int(v) for v in values] == sorted(int(v) for v in values)


def test_switching_language_relabels_everything(qtbot, window):
    window.set_language("sv")
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Företag",
        "Anvisningar",
        "Partnerkontakter",
        "Evenemang",
    ]
    tab = window.tab("enterprises")
    assert tab.search_edit.placeholderText() == "Sök…"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Namn"
    assert window.file_menu.title() == "&Arkiv"
    settle(qtbot, window)
    assert tab.count_label.text() == "7 av 7"
    statuses = set(shown(tab, "status"))
    assert statuses <= {"Aktiv", "Vilande", "Avslutad"}
    assert app_settings().value("ui/language") == "sv"
    window.set_language("en")
    assert window.tabs.tabText(0) == "Enterprises"
    assert tab.search_edit.placeholderText() == "Search…"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def select_row(tab, name: str) -> int:
    row = shown(tab).index(name)
    tab.view.selectRow(row)
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    return row


def test_delete_asks_naming_the_record_and_refuses_an_enterprise_with_referrals(
    qtbot, window, demo_sessions, monkeypatch
):
    asked, told = [], []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    tab = window.tab("enterprises")
    select_row(tab, "Kilafix")
    tab.delete_action.trigger()
    assert len(asked) == 1 and "Kilafix" in asked[0]
    qtbot.waitUntil(lambda: len(told) == 1)  # the delete runs in a worker, then says why not
    assert len(told) == 1 and "referrals" in told[0] and "Kilafix" in told[0]
    with demo_sessions() as s:
        assert s.scalar(select(Enterprise.id).where(Enterprise.name == "Kilafix")) is not None

    with session_scope(demo_sessions) as s:
        s.add(Enterprise(name="Tomma Verkstaden"))
    with qtbot.waitSignal(tab.refreshed):
        tab.model.refresh()
    select_row(tab, "Tomma Verkstaden")
    with qtbot.waitSignal(tab.model.refreshed):
        tab.delete_action.trigger()
    assert "Tomma Verkstaden" in asked[-1]
    assert "Tomma Verkstaden" not in shown(tab)
    with demo_sessions() as s:
        assert s.scalar(select(Enterprise.id).where(Enterprise.name == "Tomma Verkstaden")) is None


def test_declining_the_confirmation_deletes_nothing(window, demo_sessions, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    tab = window.tab("events")
    select_row(tab, "Arena ASF i Dalarna")
    tab.delete_action.trigger()
    assert "Arena ASF i Dalarna" in shown(tab)


def test_a_save_updates_the_row_in_place(qtbot, window, demo_sessions):
    tab = window.tab("enterprises")
    row = shown(tab).index("Koopus")
    record_id = tab.model.record_id(row)
    resets, changes = [], []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.model.dataChanged.connect(lambda a, b, roles=(): changes.append((a.row(), b.row())))
    with session_scope(demo_sessions) as s:
        s.get(Enterprise, record_id).city = "Långshyttan"
    window.record_saved("enterprise", record_id)
    qtbot.waitUntil(lambda: (row, row) in changes)  # re-read in a worker
    assert resets == []
    assert (row, row) in changes
    assert tab.model.index(row, [s.key for s in tab.model.specs].index("city")).data() == "Långshyttan"


def test_enter_and_double_click_open_the_profile(qtbot, window, demo_sessions, monkeypatch):
    if window.profiles is None:
        pytest.skip("profile windows not available")
    opened = []
    monkeypatch.setattr(
        window.profiles, "open", lambda entity, record_id=None, **kw: opened.append((entity, record_id))
    )
    tab = window.tab("enterprises")
    select_row(tab, "Kilafix")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    with demo_sessions() as s:
        kilafix = s.scalar(select(Enterprise.id).where(Enterprise.name == "Kilafix"))
    assert opened == [("enterprise", kilafix)]
    window.tabs.setCurrentIndex(2)
    contacts = window.tab("partner_contacts")
    row = select_row(contacts, "Tillväxtverket")
    rect = contacts.view.visualRect(contacts.model.index(row, 0))
    qtbot.mouseClick(contacts.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(contacts.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with demo_sessions() as s:
        partner = s.scalar(select(PartnerOrganisation.id).where(PartnerOrganisation.name == "Tillväxtverket"))
    qtbot.waitUntil(lambda: opened[-1] == ("partner_organisation", partner))  # looked up in a worker
    window.tabs.setCurrentIndex(1)
    window.new_action.trigger()
    assert opened[-1] == ("referral", None)


def test_keyboard_shortcuts(qtbot, window):
    shortcuts = {a.shortcut().toString() for a in window.tab_actions}
    assert shortcuts == {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"}
    window.tab_actions[2].trigger()
    assert window.current_tab().entity == "partner_contacts"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: window.current_tab().search_edit.hasFocus())


def test_every_input_has_an_accessible_name(window):
    for kind in (QLineEdit, QComboBox, QDateEdit, QCheckBox):
        for widget in window.findChildren(kind):
            if isinstance(widget.parent(), (QComboBox, QDateEdit)):
                continue  # the line edit inside a combo box or date field
            assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()} has no accessible name"


def test_filters_narrow_the_rows(qtbot, window):
    tab = window.tab("referrals")
    with qtbot.waitSignal(tab.refreshed):
        tab.filters.set_value("status", "draft")
    assert shown(tab, "jobseeker") == ["Ali Hassan"]
    events = window.tab("events")
    qtbot.waitUntil(lambda: events.filters.widgets["kind"].count() > 1)
    with qtbot.waitSignal(events.refreshed):
        events.filters.set_value("kind", "conference")
    assert shown(events) == ["Arena ASF i Dalarna"]


def test_column_widths_and_sort_are_remembered(qtbot, db_url, demo_sessions, window):
    tab = window.tab("referrals")
    tab.view.horizontalHeader().resizeSection(0, 333)
    with qtbot.waitSignal(tab.model.refreshed):
        tab.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    window.tabs.setCurrentIndex(3)
    window.save_settings()
    again = make_window(qtbot, db_url, demo_sessions)
    settle(qtbot, again)
    header = again.tab("referrals").view.horizontalHeader()
    assert header.sectionSize(0) == 333
    assert again.tab("referrals").model.request.sort_key == "enterprise"
    assert again.showing_overview()  # the start view, whichever list was shown last
    wait_for_workers()
    qtbot.wait(10)


def test_welcome_panel_on_an_empty_database(qtbot, db_url, sessions):
    window = make_window(qtbot, db_url, sessions)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)  # checked in a worker
    assert window.welcome.demo_button.isVisible()
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=30_000)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.tab("enterprises").model.rowCount() == 7)
    assert window.tab("referrals").model.rowCount() == 12
    wait_for_workers()
    qtbot.wait(10)


def test_start_empty_shows_explaining_empty_tabs(qtbot, db_url, sessions):
    window = make_window(qtbot, db_url, sessions)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)
    window.welcome.empty_button.click()
    settle(qtbot, window)
    tab = window.tab("referrals")
    assert window.stack.currentWidget() is window.tabs
    assert tab.model.rowCount() == 0
    assert "Ctrl+N" in tab.empty_label.text()
    wait_for_workers()
    qtbot.wait(10)


def test_down_arrow_and_delete_key(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda p, t, text, *a: asked.append(text) or QMessageBox.StandardButton.No
    )
    tab = window.tab("events")
    window.tabs.setCurrentIndex(3)
    window.activateWindow()
    tab.search_edit.setFocus()
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)
    assert tab.view.hasFocus()
    assert tab.view.currentIndex().row() == 0
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and shown(tab)[0] in asked[0]
    assert tab.model.rowCount() == 3


def test_open_main_window_migrates_a_new_local_database(qtbot, tmp_path):
    from asfdesk.app import open_main_window
    from asfdesk.db.engine import make_engine
    from asfdesk.db.migrate import schema_state

    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    window = open_main_window(url, language="sv")
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert window.tabs.tabText(0) == "Företag"
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)  # checked in a worker
        engine = make_engine(url)
        assert schema_state(engine).up_to_date
        engine.dispose()
    finally:
        wait_for_workers()
        qtbot.wait(10)
        install_translators("en")
        set_language("en")


def test_double_click_edit_and_save_updates_the_table_row(qtbot, window, monkeypatch):
    """The whole path: open a profile from the list, change the city, save; the row follows."""
    if window.profiles is None:
        pytest.skip("profile windows not available")
    from asfdesk.ui.profiles import dialogs
    from asfdesk.ui.profiles.dialogs import Button

    tab = window.tab("enterprises")
    row = select_row(tab, "Koopus")
    rect = tab.view.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    profile = window.profiles.find("enterprise", tab.model.record_id(row))
    assert profile is not None and profile.isVisible()
    qtbot.waitUntil(lambda: not profile.loading)  # the record is read in a worker
    city = profile.form.fields["city"].widget
    city.selectAll()
    city.insert("Långshyttan")
    resets = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(window.profiles.saved):
        profile.save()
    column = [s.key for s in tab.model.specs].index("city")
    qtbot.waitUntil(lambda: tab.model.index(row, column).data() == "Långshyttan")  # re-read in a worker
    column = [s.key for s in tab.model.specs].index("city")
    assert tab.model.index(row, column).data() == "Långshyttan"
    assert resets == []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Discard)
    window.profiles.close_all()


# --- database work of the window itself runs in workers (issue 7 §2) -------------------------


def test_switching_database_never_waits_on_the_ui_thread(qtbot, window, tmp_path, monkeypatch):
    """Preparing the other database (connect, migrate) runs in a worker: a server that answers
    slowly leaves the window responsive, and the new database is shown once it answered."""
    import threading

    from asfdesk.ui import operations_database

    gate, threads = threading.Event(), []
    real = operations_database.prepare_database

    def slow_server(engine):
        threads.append(threading.current_thread())
        assert gate.wait(10)
        return real(engine)

    monkeypatch.setattr(operations_database, "prepare_database", slow_server)
    old_url = window.database_url
    url = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert window.switch_database(url)  # returns at once, while the "server" is still busy
    assert window.database_url == old_url
    with qtbot.waitSignal(window.databaseSwitched, timeout=15_000) as switched:
        gate.set()
    assert switched.args == [True] and window.database_url == url
    assert threads and threading.main_thread() not in threads
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)  # the new one is empty


def test_a_database_that_cannot_be_opened_is_reported_and_the_old_one_kept(
    qtbot, window, tmp_path, monkeypatch
):
    from asfdesk.ui import error_dialogs

    shown_errors = []
    monkeypatch.setattr(
        error_dialogs, "show_error", lambda parent, exc, **kw: shown_errors.append(exc) and False
    )
    old_url = window.database_url
    (tmp_path / "a file").write_text("not a folder")
    missing = tmp_path / "a file" / "db.sqlite3"
    with qtbot.waitSignal(window.databaseSwitched, timeout=15_000) as switched:
        assert window.switch_database(f"sqlite:///{missing}")
    assert switched.args == [False] and len(shown_errors) == 1
    assert window.database_url == old_url and window.tab("enterprises").model.rowCount() == 7


def test_backup_and_about_read_the_database_in_a_worker(qtbot, window, db_url, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    told = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: told.append(text))
    window.show_about()
    assert told == []  # the schema revision is read first, off the UI thread
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "Schema revision:" in told[0] and "?" not in told[0].rpartition(":")[2]
    if not db_url.startswith("sqlite"):
        return  # a server is backed up by its own tools
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.backupFinished, timeout=15_000) as finished:
        window.back_up_database()
    assert finished.args == [True] and target.exists()
    assert "copy.sqlite3" in window.statusBar().currentMessage()
