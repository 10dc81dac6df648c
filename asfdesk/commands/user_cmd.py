"""`asfdesk user add|list|rename|disable|enable`: register the consultants who use the app.

One command family on both backends. `--role` belongs to the shared PostgreSQL server, where
roles decide who may do what (issue 10 grants them); it is accepted now and reported as not
applied, so scripts written today keep working. Exit codes: 0 done, 1 the database said no
(a login taken or unknown), 2 the request itself is wrong (not a login).
"""

from __future__ import annotations

import argparse
import sys

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate

ROLES = ("admin", "consultant", "reader")
_CONTEXT = "UserCommand"


def register(subparsers: argparse._SubParsersAction) -> None:
    user = subparsers.add_parser("user", help="register the consultants who use the app")
    sub = user.add_subparsers(dest="user_command", required=True)
    add = sub.add_parser("add", help="register a consultant by login and full name")
    add.add_argument("login", help="the person's login (as they sign in to the computer)")
    add.add_argument("--name", required=True, help='full name, e.g. "Anna Svensson"')
    add.add_argument("--email", help="e-mail address")
    add.add_argument("--role", choices=ROLES, help="on a shared PostgreSQL server: what the user may do")
    sub.add_parser("list", help="list the consultants, active and disabled")
    rename = sub.add_parser("rename", help="change a consultant's full name")
    rename.add_argument("login")
    rename.add_argument("--name", required=True)
    disable = sub.add_parser("disable", help="stop offering a consultant in lists (history stays)")
    disable.add_argument("login")
    enable = sub.add_parser("enable", help="make a disabled consultant active again")
    enable.add_argument("login")
    user.set_defaults(func=run)


def _fail(login: str, message: str) -> None:
    print(f"asfdesk user: {login}: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.services import consultants as service

    login = getattr(args, "login", "")
    if args.user_command != "list":
        try:
            login = service.normalize_login(login)
        except service.InvalidLoginError as exc:
            _fail(args.login, str(exc))
            return 2
    database = open_database(args)
    try:
        with session_scope(database.sessions) as session:
            if args.user_command == "list":
                _print_list(service.list_consultants(session))
                return 0
            if args.user_command == "add":
                consultant = service.add_consultant(session, login, args.name, args.email)
                message = translate(_CONTEXT, "Added %1 (%2).")
            elif args.user_command == "rename":
                consultant = service.rename_consultant(session, login, args.name)
                message = translate(_CONTEXT, "Renamed %1 to %2.")
            elif args.user_command == "disable":
                consultant = service.disable_consultant(session, login)
                message = translate(_CONTEXT, "Disabled %1 (%2): no longer offered in lists.")
            else:
                consultant = service.enable_consultant(session, login)
                message = translate(_CONTEXT, "Enabled %1 (%2).")
            print(message.replace("%1", consultant.username).replace("%2", consultant.name))
        if args.user_command == "add" and args.role:
            _role_note(database.engine.dialect.name)
    except (service.DuplicateLoginError, service.UnknownLoginError) as exc:
        _fail(login, str(exc))
        return 1
    finally:
        database.engine.dispose()
    return 0


def _role_note(backend: str) -> None:
    if backend == "postgresql":
        # Issue 10 grants the server role here; until then say so rather than pretend.
        note = translate(
            _CONTEXT, "Note: server roles are not managed by this version yet; --role was ignored."
        )
    else:
        note = translate(_CONTEXT, "Note: a local database file has no roles; --role was ignored.")
    print(note, file=sys.stderr)


def _print_list(consultants: list) -> None:
    if not consultants:
        print(
            translate(_CONTEXT, 'No consultants yet. Add one with: asfdesk user add LOGIN --name "Full Name"')
        )
        return
    active, disabled = translate(_CONTEXT, "active"), translate(_CONTEXT, "disabled")
    rows = [(c.username, c.name, active if c.active else disabled) for c in consultants]
    width = max(len(login) for login, _name, _state in rows)
    name_width = max(len(name) for _login, name, _state in rows)
    for login, name, state in rows:
        print(f"{login:<{width}}  {name:<{name_width}}  {state}")
