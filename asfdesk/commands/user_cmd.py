"""`asfdesk user add|list|rename|disable|enable|set-role`: the people who use the app.

One command family on both backends. On a shared PostgreSQL server a user is a login role in
one of the groups asfdesk_admin, asfdesk_consultant or asfdesk_reader (migration 0004), plus a
consultant record with the same login: `user add LOGIN --role R` creates both, `disable` turns
the login off (NOLOGIN) and the record inactive. Run these as a login with CREATEROLE (the
administrator). On a local SQLite file there are no roles: `--role` is accepted and ignored,
and `set-role` says so. Exit codes: 0 done, 1 the database said no (a login taken or unknown,
no permission to manage users), 2 the request itself is wrong (not a login, no password given).
"""

from __future__ import annotations

import argparse
import sys

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate

ROLES = ("admin", "consultant", "reader")
_CONTEXT = "UserCommand"
_ROLE_HELP = (
    "on a shared PostgreSQL server: what the user may do (creates the server login);"
    " accepted and ignored for a local database file"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    user = subparsers.add_parser("user", help="register the consultants who use the app")
    sub = user.add_subparsers(dest="user_command", required=True)
    add = sub.add_parser("add", help="register a consultant (and on a server, the login) by login")
    add.add_argument("login", help="the person's login (as they sign in to the computer or the server)")
    add.add_argument("--name", help='full name, e.g. "Anna Svensson" (required for a new consultant)')
    add.add_argument("--email", help="e-mail address")
    add.add_argument("--role", choices=ROLES, help=_ROLE_HELP)
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the server login's password from the first line of standard input",
    )
    sub.add_parser("list", help="list the consultants, active and disabled (on a server: with role)")
    rename = sub.add_parser("rename", help="change a consultant's full name")
    rename.add_argument("login")
    rename.add_argument("--name", required=True)
    disable = sub.add_parser(
        "disable", help="stop offering a consultant in lists; on a server the login can't sign in"
    )
    disable.add_argument("login")
    enable = sub.add_parser("enable", help="make a disabled consultant (and login) active again")
    enable.add_argument("login")
    set_role = sub.add_parser(
        "set-role", help="on a shared PostgreSQL server: change what a user may do (ignored for a file)"
    )
    set_role.add_argument("login")
    set_role.add_argument("role", choices=ROLES)
    user.set_defaults(func=run)


def _fail(login: str, message: str) -> None:
    print(f"asfdesk user: {login}: {message}", file=sys.stderr)


def _read_password() -> str | None:
    line = sys.stdin.readline()
    return line.rstrip("\r\n") or None


def run(args: argparse.Namespace) -> int:
    from asfdesk.services import consultants as service
    from asfdesk.services import roles

    login = getattr(args, "login", "")
    if args.user_command != "list":
        try:
            login = service.normalize_login(login)
        except service.InvalidLoginError as exc:
            _fail(args.login, str(exc))
            return 2
    password = None
    if getattr(args, "password_stdin", False):
        password = _read_password()
        if password is None:
            _fail(login, translate(_CONTEXT, "No password on standard input."))
            return 2
    database = open_database(args)
    try:
        return _run(args, database, login, password)
    except (service.ConsultantError, roles.RoleError) as exc:
        _fail(login, str(exc))
        return 1
    finally:
        database.engine.dispose()


def _run(args: argparse.Namespace, database, login: str, password: str | None) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.services import consultants as service
    from asfdesk.services.roles import Role

    server = database.engine.dialect.name == "postgresql"
    role = Role(args.role) if getattr(args, "role", None) else None
    with session_scope(database.sessions) as session:
        if args.user_command == "list":
            _print_list(service.list_users(session), server)
            return 0
        if args.user_command == "add":
            if args.name is None and service.find_by_login(session, login) is None:
                _fail(login, translate(_CONTEXT, 'A new consultant needs --name "Full Name".'))
                raise SystemExit(2)
            consultant = service.add_user(
                session, login, args.name, args.email, role if server else None, password if server else None
            )
            message = translate(_CONTEXT, "Added %1 (%2).")
        elif args.user_command == "rename":
            consultant = service.rename_consultant(session, login, args.name)
            message = translate(_CONTEXT, "Renamed %1 to %2.")
        elif args.user_command == "disable":
            consultant = service.disable_user(session, login)
            message = translate(_CONTEXT, "Disabled %1 (%2): no longer offered in lists.")
        elif args.user_command == "enable":
            consultant = service.enable_user(session, login)
            message = translate(_CONTEXT, "Enabled %1 (%2).")
        else:
            if not server:
                _role_note()
                return 0
            consultant = service.set_user_role(session, login, role)
            message = translate(_CONTEXT, "%1 (%2) is now: %3.").replace("%3", _role_text(role))
        print(message.replace("%1", consultant.username).replace("%2", consultant.name))
    if args.user_command == "add" and role is not None:
        if server:
            print(translate(_CONTEXT, "Server login %1 has the role: %2.").replace("%1", login).replace(
                "%2", _role_text(role)))  # fmt: skip
        else:
            _role_note()
    return 0


def _role_text(role) -> str:
    from asfdesk.services.roles import role_label

    return role_label(role)


def _role_note() -> None:
    note = translate(_CONTEXT, "Note: a local database file has no roles; --role was ignored.")
    print(note, file=sys.stderr)


def _print_list(users: list, server: bool) -> None:
    if not users:
        print(
            translate(_CONTEXT, 'No consultants yet. Add one with: asfdesk user add LOGIN --name "Full Name"')
        )
        return
    active, disabled = translate(_CONTEXT, "active"), translate(_CONTEXT, "disabled")
    rows = []
    for user in users:
        row = [user.consultant.username, user.consultant.name, active if user.consultant.active else disabled]
        if server:
            row.append(_login_text(user.login))
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        print("  ".join(cells))


def _login_text(login) -> str:
    """The server side of a user: its role, or why it has none."""
    if login is None or not login.exists:
        return translate(_CONTEXT, "(no server login)")
    text = _role_text(login.role)
    if not login.can_login:
        text += " " + translate(_CONTEXT, "(login disabled)")
    return text
