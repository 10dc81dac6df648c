"""Roles the server enforces (issue 10 §2): each role connects for real, and the server says no.

Every test makes its own throwaway LOGIN roles (unique names) in the groups of migration 0004,
connects as them to a migrated database of its own, and drops the database and then the roles
(DROP OWNED BY + DROP ROLE). The suite's other tests connect as the superuser.
"""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from asfdesk import entities
from asfdesk.cli import main
from asfdesk.db.engine import make_engine
from asfdesk.db.faults import FaultKind, classify, user_message
from asfdesk.db.models import AccessLogEntry, Activity, Consultant, Enterprise, Jobseeker, Referral
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.services import roles
from asfdesk.services.roles import Role, current_role

pytestmark = pytest.mark.postgres
PASSWORD = "Rätt%lösen@/ord"  # %, @ and / must survive the URL; å/ö the SCRAM verifier


class Server:
    """One migrated database and the login roles made for one test; all gone afterwards."""

    def __init__(self, postgres_server) -> None:
        self.server = postgres_server
        self.url = postgres_server.new_database()
        self.logins: list[str] = []
        self.engines: list = []

    def login(self, role: Role | None, password: str = PASSWORD) -> str:
        name = f"asfdesk_rt_{uuid.uuid4().hex[:10]}"
        with self.server.engine.connect() as conn:
            conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
            if role is not None:
                conn.execute(text(f"GRANT {roles.GROUPS[role]} TO {name}"))
        self.logins.append(name)
        return name

    def url_for(self, login: str, password: str = PASSWORD) -> str:
        url = make_url(self.url).set(username=login, password=password)
        return url.render_as_string(hide_password=False)

    def sessions(self, login: str, user: str | None = None):
        engine = make_engine(self.url_for(login))
        self.engines.append(engine)
        return make_session_factory(engine, user=user)

    def admin_sessions(self):
        engine = make_engine(self.url)
        self.engines.append(engine)
        return make_session_factory(engine, user="tester")

    def close(self) -> None:
        for engine in self.engines:
            engine.dispose()
        self.server.drop(self.url)
        with self.server.engine.connect() as conn:
            for name in self.logins:
                if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
                    conn.execute(text(f"DROP OWNED BY {name}"))
                    conn.execute(text(f"DROP ROLE {name}"))


@pytest.fixture
def pg(postgres_server):
    server = Server(postgres_server)
    yield server
    server.close()


def refused(exc_info) -> None:
    """The server's own refusal (42501), classified as one, with the role's message."""
    exc = exc_info.value
    assert getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501", exc
    assert classify(exc) is FaultKind.REFUSED
    assert user_message(exc).startswith("Your role may not do this")


def seed(pg: Server) -> dict[str, int]:
    """An enterprise with a note, a jobseeker with a referral and a note on it (as the superuser)."""
    with session_scope(pg.admin_sessions()) as s:
        enterprise = Enterprise(name="Returbutiken Ärlig Handel")
        jobseeker = Jobseeker(first_name="Åsa", last_name="Öberg", personnummer="199001011239")
        referral = Referral(jobseeker=jobseeker, enterprise=enterprise, referred_on=date(2026, 11, 2))
        s.add_all([enterprise, jobseeker, referral])
        s.flush()
        s.add_all(
            [
                Activity(enterprise_id=enterprise.id, text="Besök hos företaget"),
                Activity(referral_id=referral.id, text="Åsa trivs bra"),
            ]
        )
        s.flush()
        return {"enterprise": enterprise.id, "jobseeker": jobseeker.id, "referral": referral.id}


# --- the groups and who is what --------------------------------------------------------------------


def test_groups_exist_and_cannot_log_in(pg):
    with pg.server.engine.connect() as conn:
        rows = dict(
            conn.execute(
                text(
                    "SELECT rolname, rolcanlogin FROM pg_roles"
                    " WHERE rolname IN ('asfdesk_admin', 'asfdesk_consultant', 'asfdesk_reader')"
                )
            ).all()
        )  # fmt: skip
    assert rows == {"asfdesk_admin": False, "asfdesk_consultant": False, "asfdesk_reader": False}


def test_current_role_of_each_login(pg, sqlite_url):
    for role in Role:
        with pg.sessions(pg.login(role))() as s:
            assert current_role(s) is role
    with pg.sessions(pg.login(None))() as s:
        assert current_role(s) is Role.READER  # in no group: the least
    with pg.admin_sessions()() as s:
        assert current_role(s) is Role.ADMIN  # the superuser
    engine = make_engine(sqlite_url)
    try:
        with make_session_factory(engine)() as s:
            assert current_role(s) is Role.ADMIN  # a local file has no roles
    finally:
        engine.dispose()


def test_the_session_factory_uses_the_server_login(pg):
    login = pg.login(Role.CONSULTANT)
    sessions = pg.sessions(login)
    assert sessions.kw["info"]["user"] == login


# --- reader ----------------------------------------------------------------------------------------


def test_reader_insert_is_refused(pg):
    sessions = pg.sessions(pg.login(Role.READER))
    with pytest.raises(DBAPIError) as caught, session_scope(sessions) as s:
        s.add(Enterprise(name="Ny Förening"))
    refused(caught)
    with pytest.raises(DBAPIError) as caught, session_scope(sessions) as s:
        s.execute(text("UPDATE enterprises SET name = 'x'"))
    refused(caught)


def test_reader_sees_organisations_but_no_personal_data(pg):
    ids = seed(pg)
    sessions = pg.sessions(pg.login(Role.READER))
    with session_scope(sessions) as s:
        assert s.scalar(select(Enterprise.name)) == "Returbutiken Ärlig Handel"
        # Row-level security: the enterprise's note, not the one about Åsa's referral.
        assert s.scalars(select(Activity.text)).all() == ["Besök hos företaget"]
        assert s.scalar(select(Consultant.id)) is None  # may read the consultants table (empty)
    for statement in (
        "SELECT personnummer FROM jobseekers",
        "SELECT first_name FROM jobseekers",
        "SELECT notes FROM referrals",
        "SELECT doc FROM search_jobseekers",
        "SELECT actor FROM access_log",
    ):
        with pytest.raises(DBAPIError) as caught, session_scope(sessions) as s:
            s.execute(text(statement))
        refused(caught)
    with pytest.raises(DBAPIError) as caught, session_scope(sessions) as s:
        s.get(Jobseeker, ids["jobseeker"])
    refused(caught)


# --- consultant ------------------------------------------------------------------------------------


def test_consultant_does_the_daily_work(pg):
    ids = seed(pg)
    login = pg.login(Role.CONSULTANT)
    sessions = pg.sessions(login)
    with session_scope(sessions) as s:
        enterprise = Enterprise(name="Café Gemenskap")
        jobseeker = Jobseeker(first_name="Örjan", last_name="Ågren")
        s.add_all([enterprise, jobseeker, Referral(jobseeker=jobseeker, enterprise=enterprise)])
        s.add(AccessLogEntry(actor="someone", action="view", entity="jobseeker", entity_id=ids["jobseeker"]))
        s.get(Jobseeker, ids["jobseeker"]).notes = "Ändrad"
        s.add(Activity(referral_id=ids["referral"], text="Uppföljning"))
    with session_scope(sessions) as s:
        s.delete(s.scalar(select(Activity).where(Activity.text == "Uppföljning")))
        # Every table it may add to, later revisions' too (default privileges), numbers its rows.
        unnumbered = s.scalars(
            text(
                "WITH writable AS MATERIALIZED (SELECT c.relname FROM pg_class c JOIN pg_attribute a"
                " ON a.attrelid = c.oid AND a.attname = 'id' WHERE c.relkind = 'r'"
                " AND c.relnamespace = 'public'::regnamespace AND has_table_privilege(c.oid, 'INSERT'))"
                " SELECT relname FROM writable WHERE NOT coalesce("
                "has_sequence_privilege(pg_get_serial_sequence(relname, 'id'), 'USAGE'), true)"
            )
        ).all()
        assert unnumbered == []
    with session_scope(pg.admin_sessions()) as s:
        assert s.scalar(select(AccessLogEntry.actor).where(AccessLogEntry.action == "view")) == login


def test_consultant_delete_of_an_enterprise_is_refused(pg):
    ids = seed(pg)
    sessions = pg.sessions(pg.login(Role.CONSULTANT))
    with session_scope(sessions) as s:
        s.add(Enterprise(name="Tomt AB"))
    with pytest.raises(DBAPIError) as caught, session_scope(sessions) as s:
        s.delete(s.scalar(select(Enterprise).where(Enterprise.name == "Tomt AB")))
    refused(caught)
    with pytest.raises(DBAPIError) as caught, session_scope(sessions) as s:
        s.execute(text("DELETE FROM jobseekers WHERE id = :id"), {"id": ids["jobseeker"]})
    refused(caught)
    with pytest.raises(DBAPIError) as caught, session_scope(sessions) as s:
        s.execute(text("INSERT INTO consultants (name, username) VALUES ('X', 'x')"))
    refused(caught)  # user management is the administrator's


def test_admin_may_delete(pg):
    seed(pg)
    sessions = pg.sessions(pg.login(Role.ADMIN))
    with session_scope(sessions) as s:
        s.add(Enterprise(name="Tomt AB"))
    with session_scope(sessions) as s:
        s.delete(s.scalar(select(Enterprise).where(Enterprise.name == "Tomt AB")))
        s.add(Consultant(username="ny", name="Ny Konsulent"))


@pytest.mark.parametrize("role", [Role.ADMIN, Role.CONSULTANT, Role.READER])
@pytest.mark.parametrize("statement", ["UPDATE access_log SET action = 'x'", "DELETE FROM access_log"])
def test_nobody_changes_the_access_log(pg, role, statement):
    with session_scope(pg.admin_sessions()) as s:
        s.add(AccessLogEntry(actor="x", action="view", entity="jobseeker", entity_id=1))
    with pytest.raises(DBAPIError) as caught, session_scope(pg.sessions(pg.login(role))) as s:
        s.execute(text(statement))
    refused(caught)


# --- identity from the server ----------------------------------------------------------------------


def test_created_by_and_updated_by_come_from_the_server(pg):
    anna, bo = pg.login(Role.CONSULTANT), pg.login(Role.ADMIN)
    with session_scope(pg.sessions(anna, user="someone-else")) as s:  # the client claims another name
        s.add(Enterprise(name="Snickeriet i Ånge", created_by="forged", updated_by="forged"))
    with pg.admin_sessions()() as s:
        stored = s.scalar(select(Enterprise))
        assert (stored.created_by, stored.updated_by) == (anna, anna)
    with session_scope(pg.sessions(bo)) as s:
        s.scalar(select(Enterprise)).city = "Ånge"
    with session_scope(pg.sessions(anna)) as s:  # raw SQL cannot rewrite it either
        s.execute(
            text("UPDATE enterprises SET created_by = 'forged', updated_by = 'forged', version = version + 1")
        )
    with pg.admin_sessions()() as s:
        stored = s.scalar(select(Enterprise))
        assert (stored.created_by, stored.updated_by, stored.city) == (anna, anna, "Ånge")


# --- the command line ------------------------------------------------------------------------------


def run(capsys, monkeypatch, url: str, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--database", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_user_add_list_set_role_disable_on_the_server(pg, capsys, monkeypatch):
    login = f"asfdesk_rt_{uuid.uuid4().hex[:10]}"
    pg.logins.append(login)  # dropped with the others
    code, out, err = run(
        capsys, monkeypatch, pg.url, "user", "add", login.upper(), "--role", "reader",
        "--name", "Åsa Öberg", "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert f"Server login {login} has the role: reader." in out
    assert PASSWORD not in out + err
    with pg.sessions(login)() as s:  # the password works; the role is the server's
        assert current_role(s) is Role.READER
    code, out, _err = run(capsys, monkeypatch, pg.url, "user", "list")
    assert code == 0
    assert out.split() == [login, "Åsa", "Öberg", "active", "reader"]

    assert run(capsys, monkeypatch, pg.url, "user", "set-role", login, "consultant")[0] == 0
    with pg.sessions(login)() as s:
        assert current_role(s) is Role.CONSULTANT
    assert run(capsys, monkeypatch, pg.url, "user", "set-role", login, "admin")[0] == 0
    with pg.server.engine.connect() as conn:  # never CREATEROLE: it would reach beyond asfdesk
        assert not conn.scalar(text("SELECT rolcreaterole FROM pg_roles WHERE rolname = :n"), {"n": login})

    code, out, _err = run(capsys, monkeypatch, pg.url, "user", "disable", login)
    assert code == 0 and f"Disabled {login}" in out
    with pytest.raises(DBAPIError), pg.sessions(login)() as s:
        s.execute(text("SELECT 1"))
    _code, out, _err = run(capsys, monkeypatch, pg.url, "user", "list")
    assert out.split() == [login, "Åsa", "Öberg", "disabled", "administrator", "(login", "disabled)"]
    assert run(capsys, monkeypatch, pg.url, "user", "enable", login)[0] == 0
    with pg.sessions(login)() as s:
        assert current_role(s) is Role.ADMIN


def test_user_management_needs_createrole(pg, capsys, monkeypatch):
    consultant = pg.login(Role.CONSULTANT)
    code, _out, err = run(
        capsys, monkeypatch, pg.url_for(consultant), "user", "add", "nobody", "--role", "reader",
        "--name", "N",
    )  # fmt: skip
    assert code == 1
    assert "Traceback" not in err and ("CREATEROLE" in err or "Your role" in err), err


def test_role_is_ignored_for_a_local_file(sqlite_url, capsys, monkeypatch):
    code, out, err = run(
        capsys, monkeypatch, sqlite_url, "user", "add", "anna", "--role", "reader", "--name", "Anna"
    )
    assert code == 0 and "Added anna (Anna)." in out
    assert "local database file has no roles; --role was ignored" in err
    code, _out, err = run(capsys, monkeypatch, sqlite_url, "user", "set-role", "anna", "admin")
    assert code == 0 and "--role was ignored" in err
    code, out, _err = run(capsys, monkeypatch, sqlite_url, "user", "list")
    assert out.split() == ["anna", "Anna", "active"]
    assert run(capsys, monkeypatch, sqlite_url, "user", "disable", "anna")[0] == 0


# --- the window --------------------------------------------------------------------------------------


def test_permissions_are_the_servers_grants(pg, sqlite_url):
    expected = {
        Role.READER: ({"enterprise", "partner_organisation", "contact", "event"}, set()),
        Role.CONSULTANT: (None, {"contact", "event"}),
        Role.ADMIN: (None, None),
    }
    every = {e.key for e in entities.all_entities()}
    for role, (readable, deletable) in expected.items():
        with pg.sessions(pg.login(role))() as s:
            allowed = roles.permissions(s)
        assert allowed.role is role
        assert {key for key in every if allowed.may_read(key)} == (readable or every), role
        deletes = every if deletable is None else deletable
        assert {key for key in every if allowed.may_delete(key)} == deletes
        assert allowed.may_write() is (role is not Role.READER)
        assert allowed.may_administer() is (role is Role.ADMIN)
    engine = make_engine(sqlite_url)
    try:
        with make_session_factory(engine)() as s:
            assert roles.permissions(s) == roles.Permissions(Role.ADMIN)
    finally:
        engine.dispose()


def open_window(qtbot, url: str, sessions, language: str = "en"):
    from asfdesk.ui.main_window import MainWindow
    from asfdesk.ui.settings import app_settings

    app_settings().clear()
    window = MainWindow(url, sessions, language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(qtbot, window) -> None:
    from asfdesk.i18n import set_language
    from asfdesk.ui.i18n_qt import install_translators
    from asfdesk.ui.table.model import wait_for_workers

    wait_for_workers()
    qtbot.wait(10)
    window.close()
    window.live.stop(wait=5)  # its listening connection is gone before the database is dropped
    install_translators("en")
    set_language("en")


@pytest.fixture
def dialogs(monkeypatch) -> list[str]:
    """The texts of the error dialogs the window would show (recorded, not run modally)."""
    from asfdesk.ui import error_dialogs

    shown: list[str] = []

    def record(parent, exc, allow_retry=False, logged=False) -> bool:
        shown.append(error_dialogs.build_error_box(parent, exc, allow_retry).text())
        return False

    monkeypatch.setattr(error_dialogs, "show_error", record)
    return shown


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_a_readers_window_greys_out_writing_and_shows_the_refusal(pg, qtbot, dialogs):
    from asfdesk.ui.error_dialogs import build_error_box

    seed(pg)
    login = pg.login(Role.READER)
    window = open_window(qtbot, pg.url_for(login), pg.sessions(login), language="sv")
    try:
        qtbot.waitUntil(lambda: window.role is Role.READER)
        keys = entities.list_keys()
        window.tabs.setCurrentIndex(keys.index("enterprises"))
        tab = window.tab("enterprises")
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        tab.view.selectRow(0)
        assert not window.new_action.isEnabled() and not window.delete_action.isEnabled()
        assert not tab.new_action.isEnabled() and not tab.delete_action.isEnabled()
        assert tab.open_action.isEnabled()  # reading is allowed
        assert not window.import_action.isEnabled() and not window.find_person_action.isEnabled()
        assert not window.admin_menu.menuAction().isEnabled()
        assert not window.tabs.isTabEnabled(keys.index("referrals"))  # with Jobseekers inside
        assert window.tabs.isTabEnabled(keys.index("enterprises"))
        assert window.role_label.text() == "Roll: läsare" and window.role_label.isVisibleTo(window)
        # A profile shows the record and nothing can be typed, saved or deleted.
        profile = window.profiles.open("enterprise", tab.model.row_values(0)[0])
        qtbot.waitUntil(lambda: not profile.loading and profile.version is not None)
        assert not profile.save_button.isEnabled() and not profile.delete_button.isEnabled()
        assert not profile.form.isEnabled()
        assert profile.form.fields["name"].widget.text() == "Returbutiken Ärlig Handel"
        profile.close()

        # The server's refusal of a write reads as the role's message, in Swedish, without Retry.
        with pytest.raises(DBAPIError) as caught, session_scope(window.sessions) as s:
            s.add(Enterprise(name="Förbjuden AB"))
        box = build_error_box(window, caught.value, allow_retry=True)
        assert box.text().startswith("Din roll får inte göra det här")
        assert box.standardButtons() == box.StandardButton.Ok
        # Whatever the window read and the server refused said so too (never "unexpected error").
        assert all(text.startswith("Din roll får inte") for text in dialogs), dialogs
    finally:
        close_window(qtbot, window)


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_a_consultants_window_may_not_delete_enterprises_nor_administer(pg, qtbot, dialogs):
    seed(pg)
    login = pg.login(Role.CONSULTANT)
    window = open_window(qtbot, pg.url_for(login), pg.sessions(login))
    try:
        qtbot.waitUntil(lambda: window.role is Role.CONSULTANT)
        keys = entities.list_keys()
        window.tabs.setCurrentIndex(keys.index("enterprises"))
        assert window.new_action.isEnabled() and not window.delete_action.isEnabled()
        assert not window.admin_menu.menuAction().isEnabled()
        assert not window.consultants_action.isEnabled()
        window.tabs.setCurrentIndex(keys.index("events"))
        assert window.delete_action.isEnabled()  # a consultant may cancel an event
        assert window.tabs.isTabEnabled(keys.index("referrals"))
        assert window.role_label.text() == "Role: consultant"
        window.tabs.setCurrentIndex(keys.index("enterprises"))
        tab = window.tab("enterprises")
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        profile = window.profiles.open("enterprise", tab.model.row_values(0)[0])
        qtbot.waitUntil(lambda: not profile.loading and profile.version is not None)
        assert profile.save_button.isEnabled() and not profile.delete_button.isEnabled()
        profile.close()
        assert dialogs == []
    finally:
        close_window(qtbot, window)


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_a_local_file_shows_no_role_and_allows_everything(sqlite_url, qtbot):
    engine = make_engine(sqlite_url)
    window = open_window(qtbot, sqlite_url, make_session_factory(engine, user="tester"))
    try:
        qtbot.waitUntil(lambda: window.role is Role.ADMIN)
        qtbot.wait(50)
        assert window.new_action.isEnabled() and window.admin_menu.menuAction().isEnabled()
        assert not window.role_label.isVisibleTo(window)
    finally:
        close_window(qtbot, window)
        engine.dispose()


# --- screenshots (ASFDESK_SCREENSHOTS=docs/screenshots to refresh the README's) -------------------


@pytest.mark.qt_log_ignore(r"This plugin does not support")
@pytest.mark.parametrize("language", ["sv", "en"])
def test_screenshots_of_a_readers_window_and_the_server_dialog(pg, qtbot, dialogs, tmp_path, language):
    import os
    from pathlib import Path

    from asfdesk.ui.database_dialogs import ServerDialog

    folder = Path(os.environ.get("ASFDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    seed(pg)
    login = pg.login(Role.READER)
    window = open_window(qtbot, pg.url_for(login), pg.sessions(login), language=language)
    try:
        window.resize(1100, 640)
        qtbot.waitUntil(lambda: window.role is Role.READER)
        window.tabs.setCurrentIndex(entities.list_keys().index("enterprises"))
        tab = window.tab("enterprises")
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        tab.view.selectRow(0)
        qtbot.wait(50)
        assert window.grab().save(str(folder / f"roles_reader_window_{language}.png"))

        dialog = ServerDialog(window)
        qtbot.addWidget(dialog)
        dialog.url_edit.setText("postgresql+psycopg://hestr@db.kommun.se:5432/asfdesk?sslmode=verify-full")
        dialog.url_edit.setCursorPosition(0)
        dialog.password_edit.setText("x" * 12)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(folder / f"server_dialog_{language}.png"))
        dialog.close()
    finally:
        close_window(qtbot, window)


def test_an_owner_without_createrole_upgrades_when_the_groups_exist(pg, capsys, monkeypatch):
    """The DBA made the groups; the database's owner (no CREATEROLE, no superuser) runs db upgrade."""
    owner = pg.login(None)
    name = f"asfdesk_t_{uuid.uuid4().hex[:12]}"
    with pg.server.engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" OWNER {owner}'))
    url = make_url(pg.url_for(owner)).set(database=name).render_as_string(hide_password=False)
    try:
        code, _out, err = run(capsys, monkeypatch, url, "db", "upgrade")
        assert code == 0, err
        engine = make_engine(url)
        try:
            with make_session_factory(engine)() as s:
                assert current_role(s) is Role.ADMIN  # the owner of the tables
        finally:
            engine.dispose()
        reader = pg.login(Role.READER)
        engine = make_engine(make_url(pg.url_for(reader)).set(database=name))
        try:
            with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
                conn.execute(text("SELECT personnummer FROM jobseekers"))
            refused(caught)
        finally:
            engine.dispose()
    finally:
        pg.server.drop(make_url(url).render_as_string(hide_password=False))
