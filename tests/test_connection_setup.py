"""Connecting to a shared server (issue 10 §6): the server dialog's fields, `service=` from
pg_service.conf, passwords only in memory or the keyring, and libpq's .pgpass (PGPASSFILE).

The dialog tests type into the fields; the connection tests log in for real as a throwaway role.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import text
from sqlalchemy.engine import make_url

from asfdesk.db.engine import describe, make_engine
from asfdesk.ui.database_dialogs import ServerDialog, server_url
from asfdesk.ui.settings import app_settings

PASSWORD = "Pg%pass@/word-ö"


@pytest.fixture
def settings():
    store = app_settings()
    store.clear()
    yield store
    store.clear()


def dialog_for(qtbot) -> ServerDialog:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    return dialog


def type_text(qtbot, widget, text: str) -> None:
    """Real key events; QTest can't synthesise 'ö', so that one is a QKeyEvent carrying the text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def ok(dialog: ServerDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_fields_make_the_address(qtbot, settings, memory_keyring):
    dialog = dialog_for(qtbot)
    qtbot.keyClicks(dialog.host_edit, "db.kommun.se")
    qtbot.keyClicks(dialog.port_edit, "5433")
    qtbot.keyClicks(dialog.database_edit, "asfdesk")
    qtbot.keyClicks(dialog.user_edit, "hestr")
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("verify-full"))
    dialog.ssl_combo.activated.emit(dialog.ssl_combo.currentIndex())
    assert (
        dialog.url_edit.text() == "postgresql+psycopg://hestr@db.kommun.se:5433/asfdesk?sslmode=verify-full"
    )
    type_text(qtbot, dialog.password_edit, PASSWORD)  # not ticked: remembered nowhere
    ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.value("server/url") == dialog.url_edit.text()
    assert make_url(dialog.database_url()).password == PASSWORD  # in memory, for this connection
    assert memory_keyring.items == {}


def test_port_takes_digits_only(qtbot, settings):
    dialog = dialog_for(qtbot)
    qtbot.keyClicks(dialog.port_edit, "54x3")
    assert dialog.port_edit.text() == "543"


def test_a_pasted_address_fills_the_fields(qtbot, settings):
    dialog = dialog_for(qtbot)
    dialog.url_edit.setText("postgresql://anna:hemlig@server.example:6432/region?sslmode=require")
    assert (dialog.host_edit.text(), dialog.port_edit.text(), dialog.database_edit.text()) == (
        "server.example", "6432", "region",
    )  # fmt: skip
    assert dialog.user_edit.text() == "anna" and dialog.ssl_combo.currentData() == "require"
    ok(dialog)
    assert settings.value("server/url") == "postgresql://anna@server.example:6432/region?sslmode=require"
    assert dialog.password_edit.text() == "hemlig"  # moved out of the address


def test_service_name_alone(qtbot, settings):
    dialog = dialog_for(qtbot)
    qtbot.keyClicks(dialog.service_edit, "asfdesk")
    assert dialog.url_edit.text() == "postgresql+psycopg://?service=asfdesk"
    ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert describe(dialog.database_url()) == "service=asfdesk"


def test_neither_database_nor_service_is_refused(qtbot, settings):
    dialog = dialog_for(qtbot)
    qtbot.keyClicks(dialog.host_edit, "db.kommun.se")
    ok(dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "pg_service.conf" in dialog.error.text()
    assert settings.value("server/url") is None


def test_ticked_box_keeps_the_password_in_the_keyring_only(qtbot, settings, memory_keyring):
    dialog = dialog_for(qtbot)
    qtbot.keyClicks(dialog.host_edit, "db")
    qtbot.keyClicks(dialog.database_edit, "x")
    type_text(qtbot, dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    assert dialog.remember.isChecked()
    ok(dialog)
    address = "postgresql+psycopg://db/x"
    assert memory_keyring.items == {("asfdesk", address): PASSWORD}
    settings.sync()
    assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
    again = dialog_for(qtbot)  # the next time: the address and the password come back
    assert again.url_edit.text() == address and again.host_edit.text() == "db"
    assert again.password_edit.text() == PASSWORD and again.remember.isChecked()


# --- real connections: .pgpass and pg_service.conf ------------------------------------------------


@pytest.fixture
def login(postgres_server):
    """A throwaway login with PASSWORD, and a database it may use."""
    name = f"asfdesk_cs_{uuid.uuid4().hex[:10]}"
    url = postgres_server.new_database()
    with postgres_server.engine.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE asfdesk_reader"))
    yield name, make_url(url)
    postgres_server.drop(url)
    with postgres_server.engine.connect() as conn:
        conn.execute(text(f"DROP OWNED BY {name}"))
        conn.execute(text(f"DROP ROLE {name}"))


def who(url: str) -> str:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.scalar(text("SELECT session_user"))
    finally:
        engine.dispose()


def private_file(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    path.chmod(0o600)  # libpq ignores a .pgpass others may read
    return path


@pytest.mark.postgres
def test_pgpass_gives_the_password(login, tmp_path, monkeypatch):
    name, database = login
    host, port = database.host or "localhost", database.port or 5432
    line = f"{host}:{port}:{database.database}:{name}:{PASSWORD.replace(':', chr(92) + ':')}\n"
    monkeypatch.setenv("PGPASSFILE", str(private_file(tmp_path / "pgpass", line)))
    url = server_url(host, str(port), database.database, name)  # no password anywhere in it
    assert make_url(url).password is None
    assert who(url) == name


@pytest.mark.postgres
def test_service_from_pg_service_conf(login, tmp_path, monkeypatch):
    name, database = login
    host, port = database.host or "localhost", database.port or 5432
    service = (
        f"[asfdesk_test]\nhost={host}\nport={port}\ndbname={database.database}\nuser={name}\n"
        "sslmode=disable\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(private_file(tmp_path / "pg_service.conf", service)))
    monkeypatch.setenv("PGPASSFILE", str(private_file(tmp_path / "pgpass", f"*:*:*:{name}:{PASSWORD}\n")))
    assert who(server_url(service="asfdesk_test")) == name


@pytest.mark.postgres
def test_without_a_password_the_login_is_refused_not_a_bug(login, tmp_path, monkeypatch):
    from asfdesk.db.faults import Cause, environment_cause

    name, database = login
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = server_url(database.host or "localhost", str(database.port or 5432), database.database, name)
    with pytest.raises(Exception) as caught:
        who(url)
    assert environment_cause(caught.value) is Cause.LOGIN_REFUSED
