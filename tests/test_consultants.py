"""Registering consultants (issue 9 §7): the service and `asfdesk user …`, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from asfdesk.cli import main
from asfdesk.db.engine import make_engine
from asfdesk.db.models import Consultant
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.domain.errors import ValidationError
from asfdesk.i18n import set_language
from asfdesk.services import consultants as service


def run(capsys, db_url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", db_url, *argv])
    out, err = capsys.readouterr()
    if db_url.startswith("postgresql") and argv[-1:] == ("list",):  # the server login's column (issue 10)
        out = "".join(line.rsplit("  ", 1)[0].rstrip() + "\n" for line in out.splitlines())
    return code, out, err


def stored(db_url: str) -> list[tuple[str, str, bool]]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(Consultant.username, Consultant.name, Consultant.active).order_by(Consultant.username)
            )
            return [tuple(row) for row in rows]
    finally:
        engine.dispose()


@pytest.fixture(autouse=True)
def _english_after_cli():
    yield
    set_language("en")


# --- the service ------------------------------------------------------------------------------


def test_add_find_rename_disable(sessions):
    with session_scope(sessions) as s:
        added = service.add_consultant(s, " Anna.S ", "Anna Svensson", "anna@kommun.example")
        assert added.username == "anna.s" and added.active
    with session_scope(sessions) as s:
        assert service.find_by_login(s, "ANNA.S").name == "Anna Svensson"
        assert service.find_by_login(s, "nobody") is None
        assert service.find_by_login(s, "not a login") is None
        service.rename_consultant(s, "anna.s", "Anna Lind")
    with session_scope(sessions) as s:
        service.disable_consultant(s, "Anna.S")
    with session_scope(sessions) as s:
        consultant = service.find_by_login(s, "anna.s")
        assert (consultant.name, consultant.active) == ("Anna Lind", False)
        assert service.current_consultant(s, "anna.s") is None  # disabled: not the current user
        service.enable_consultant(s, "anna.s")
    with session_scope(sessions) as s:
        assert service.current_consultant(s, "ANNA.S").name == "Anna Lind"


def test_duplicate_login_is_refused_whatever_the_case(sessions):
    with session_scope(sessions) as s:
        service.add_consultant(s, "anna", "Anna Svensson")
    with pytest.raises(service.DuplicateLoginError) as info, session_scope(sessions) as s:
        service.add_consultant(s, "ANNA", "Anna Andersson")
    assert "anna" not in str(info.value).lower()  # the caller names the login, not the error
    with session_scope(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Consultant)) == 1


def test_a_disabled_consultants_login_stays_taken(sessions):
    with session_scope(sessions) as s:
        service.add_consultant(s, "anna", "Anna Svensson")
        service.disable_consultant(s, "anna")
    with pytest.raises(service.DuplicateLoginError), session_scope(sessions) as s:
        service.add_consultant(s, "anna", "Anna Svensson")


@pytest.mark.parametrize("login", ["", "   ", "anna svensson", "a\tb", "x" * 101])
def test_invalid_logins(sessions, login):
    with pytest.raises(service.InvalidLoginError), session_scope(sessions) as s:
        service.add_consultant(s, login, "Anna Svensson")


def test_unknown_login(sessions):
    for change in (
        lambda s: service.rename_consultant(s, "ghost", "Name"),
        lambda s: service.disable_consultant(s, "ghost"),
        lambda s: service.enable_consultant(s, "ghost"),
    ):
        with pytest.raises(service.UnknownLoginError), session_scope(sessions) as s:
            change(s)


def test_name_is_validated_by_the_model(sessions):
    with pytest.raises(ValidationError), session_scope(sessions) as s:
        service.add_consultant(s, "anna", "   ")


def test_list_by_name_and_only_active(sessions):
    with session_scope(sessions) as s:
        service.add_consultant(s, "zed", "Åsa Öberg")
        service.add_consultant(s, "bo", "bo Ek")
        service.add_consultant(s, "al", "Cecilia Al")
        service.disable_consultant(s, "al")
    with session_scope(sessions) as s:
        assert [c.username for c in service.list_consultants(s)] == ["bo", "al", "zed"]
        assert [c.username for c in service.list_consultants(s, include_inactive=False)] == ["bo", "zed"]


def test_current_consultant_defaults_to_the_os_login(engine):
    """…or, on PostgreSQL, to the server's login (issue 10: the database says who is working)."""
    from asfdesk.db.session import current_username, server_login

    sessions = make_session_factory(engine)
    me = server_login(engine) or current_username()
    assert sessions.kw["info"]["user"] == me
    with session_scope(sessions) as s:
        assert service.current_consultant(s) is None
        service.add_consultant(s, me, "The Person At The Keyboard")
    with session_scope(sessions) as s:
        assert service.current_consultant(s).name == "The Person At The Keyboard"


# --- the command line -------------------------------------------------------------------------


def test_user_add_list_rename_disable(capsys, db_url):
    code, out, err = run(capsys, db_url, "user", "add", "Anna", "--name", "Anna Svensson")
    assert (code, err) == (0, "")
    assert "anna" in out and "Anna Svensson" in out
    assert run(capsys, db_url, "user", "add", "bo", "--name", "Bo Ek", "--email", "bo@kommun.example")[0] == 0
    code, out, _err = run(capsys, db_url, "user", "list")
    assert code == 0
    assert out.splitlines() == ["anna  Anna Svensson  active", "bo    Bo Ek          active"]
    assert run(capsys, db_url, "user", "rename", "ANNA", "--name", "Anna Lind")[0] == 0
    code, out, _err = run(capsys, db_url, "user", "disable", "bo")
    assert code == 0 and "Disabled bo" in out
    assert stored(db_url) == [("anna", "Anna Lind", True), ("bo", "Bo Ek", False)]
    _code, out, _err = run(capsys, db_url, "user", "list")
    assert "bo    Bo Ek      disabled" in out.splitlines()
    assert run(capsys, db_url, "user", "enable", "bo")[0] == 0
    assert stored(db_url)[1] == ("bo", "Bo Ek", True)


def test_user_add_duplicate_exits_1_and_names_the_login(capsys, db_url):
    run(capsys, db_url, "user", "add", "anna", "--name", "Anna Svensson")
    code, out, err = run(capsys, db_url, "user", "add", "Anna", "--name", "Anna Andersson")
    assert code == 1 and out == ""
    assert err.strip() == "asfdesk user: anna: A consultant with this login already exists."
    assert stored(db_url) == [("anna", "Anna Svensson", True)]


@pytest.mark.parametrize(
    "command", [["disable", "ghost"], ["enable", "ghost"], ["rename", "ghost", "--name", "X"]]
)
def test_unknown_login_exits_1(capsys, db_url, command):
    code, _out, err = run(capsys, db_url, "user", *command)
    assert code == 1
    assert err.strip() == "asfdesk user: ghost: No consultant has this login."
    assert "Traceback" not in err


def test_not_a_login_exits_2(capsys, db_url):
    code, _out, err = run(capsys, db_url, "user", "add", "anna svensson", "--name", "Anna Svensson")
    assert code == 2
    assert "without spaces" in err
    assert stored(db_url) == []


def test_missing_name_is_a_usage_error(capsys, db_url):
    with pytest.raises(SystemExit) as info:
        main(["--database", db_url, "user", "add", "anna"])
    assert info.value.code == 2
    assert "--name" in capsys.readouterr().err


def test_empty_name_exits_1_without_a_traceback(capsys, db_url):
    code, _out, err = run(capsys, db_url, "user", "add", "anna", "--name", " ")
    assert code == 1 and "Traceback" not in err
    assert stored(db_url) == []


def test_role_is_accepted_with_a_note(capsys, sqlite_url):
    """A file has no roles; on a server --role creates the login (tests/test_roles.py)."""
    db_url = sqlite_url
    code, out, err = run(capsys, db_url, "user", "add", "anna", "--name", "Anna Svensson", "--role", "admin")
    assert code == 0 and "anna" in out
    assert "--role was ignored" in err
    assert "local database file" in err
    assert stored(db_url) == [("anna", "Anna Svensson", True)]


def test_bad_role_is_a_usage_error(capsys, db_url):
    with pytest.raises(SystemExit) as info:
        main(["--database", db_url, "user", "add", "anna", "--name", "A", "--role", "root"])
    assert info.value.code == 2


def test_empty_list_says_how_to_add(capsys, db_url):
    code, out, _err = run(capsys, db_url, "user", "list")
    assert code == 0 and "asfdesk user add LOGIN" in out


def test_user_command_in_swedish(capsys, db_url):
    code, out, _err = run(capsys, db_url, "--lang", "sv", "user", "add", "anna", "--name", "Anna Svensson")
    assert code == 0 and out.strip() == "Lade till anna (Anna Svensson)."
    code, out, _err = run(capsys, db_url, "--lang", "sv", "user", "list")
    assert out.strip() == "anna  Anna Svensson  aktiv"
    code, _out, err = run(capsys, db_url, "--lang", "sv", "user", "disable", "ghost")
    assert code == 1 and "Ingen konsulent har den inloggningen." in err


def test_user_help_lists_the_subcommands(capsys):
    with pytest.raises(SystemExit):
        main(["user", "--help"])
    out = capsys.readouterr().out
    for word in ("add", "list", "rename", "disable", "enable"):
        assert word in out
