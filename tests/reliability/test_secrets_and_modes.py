"""Issue 8 §1, §4 (parameters), §5: no password on disk or in messages; private files and folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from asfdesk.db.engine import default_database_path, describe, make_engine, masked, without_password
from asfdesk.ui.database_dialogs import ServerDialog, url_without_password, usable_keyring
from asfdesk.ui.settings import app_settings

SECRET = "Hemligt-Lösen-7%40x"  # distinctive, and with an encoded '@' in it


@pytest.fixture
def clean_settings():
    settings = app_settings()
    settings.clear()
    settings.sync()
    yield settings
    settings.clear()
    settings.sync()


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_url_without_password_really_drops_it():
    """SQLAlchemy 2.1's URL.set(password=None) keeps the password; the helper must not."""
    url = "postgresql://alice:pw@db/x"
    assert url_without_password(url) == "postgresql://alice@db/x"
    assert without_password(url).password is None
    assert "pw" not in masked(url) and "***" in masked(url)
    assert describe(url) == "db/x"
    assert "pw" not in repr(make_engine(url))


@pytest.mark.parametrize("typed_in", ["address", "password field"])
def test_server_dialog_stores_no_password_on_disk(qtbot, memory_keyring, clean_settings, typed_in):
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    if typed_in == "address":
        dialog.url_edit.setText(f"postgresql://alice:{SECRET}@db/x")
    else:
        dialog.url_edit.setText("postgresql://alice@db/x")
        dialog.password_edit.setText(SECRET)
    dialog.remember.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.result() == dialog.DialogCode.Accepted
    # The connection still gets the password, in memory.
    expected = SECRET.replace("%40", "@") if typed_in == "address" else SECRET  # the URL decodes it
    assert make_url(dialog.database_url()).password == expected
    # Settings: the address without the password, in a private file.
    clean_settings.sync()
    settings_file = Path(clean_settings.fileName())
    assert clean_settings.value("server/url") == "postgresql://alice@db/x"
    content = settings_file.read_text(encoding="utf-8")
    assert SECRET not in content and "Hemligt" not in content
    assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(settings_file.parent.stat().st_mode) == 0o700
    # Nothing else under the config folder holds it either.
    for path in _files_under(settings_file.parent.parent):
        assert "Hemligt" not in path.read_text(encoding="utf-8", errors="replace"), path
    # Keyring: the key names no password; the password is the value.
    assert list(memory_keyring.items) == [("asfdesk", "postgresql://alice@db/x")]
    assert memory_keyring.items[("asfdesk", "postgresql://alice@db/x")] == expected
    assert "Hemligt" not in dialog.url_edit.text()  # moved out of sight


def test_server_dialog_works_without_a_keyring_backend(qtbot, clean_settings):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert usable_keyring() is None
        dialog = ServerDialog()
        qtbot.addWidget(dialog)
        assert not dialog.remember.isVisibleTo(dialog)
        dialog.url_edit.setText("postgresql://alice@db/x")
        dialog.password_edit.setText(SECRET)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert clean_settings.value("server/url") == "postgresql://alice@db/x"
    finally:
        keyring.set_keyring(previous)


def test_engines_never_log_or_show_parameter_values(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (pnr TEXT UNIQUE)"))
            conn.execute(text("INSERT INTO t VALUES (:p)"), {"p": "198112189876"})
        with pytest.raises(IntegrityError) as info, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (:p)"), {"p": "198112189876"})
        assert "198112189876" not in str(info.value)
        assert "hide_parameters=True" in str(info.value)
    finally:
        engine.dispose()
    assert make_engine("postgresql://a@h/d").hide_parameters is True


def test_default_data_folder_is_0700_and_the_file_0600(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    old = os.umask(0o022)
    try:
        folder = default_database_path().parent
        folder.mkdir(parents=True)
        folder.chmod(0o755)  # as older versions left it
        engine = make_engine(f"sqlite:///{default_database_path()}")
        engine.dispose()
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(default_database_path().stat().st_mode) == 0o600


def test_a_new_folder_for_a_chosen_file_is_0700_but_existing_ones_are_left(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    engine = make_engine(f"sqlite:///{shared / 'new' / 'deeper' / 'x.sqlite3'}")
    engine.dispose()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((shared / "new" / "deeper").stat().st_mode) == 0o700
