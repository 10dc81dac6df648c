"""Who may do what on a shared PostgreSQL server: the three group roles and the login roles in them.

The server enforces the rules (migration 0004 grants them to the groups `asfdesk_admin`,
`asfdesk_consultant` and `asfdesk_reader`); the app only reads the role to grey out what would
be refused anyway. A login role is one person: it is a member of exactly one group, and its
name is the consultant's login (lower-case). A local SQLite file has no roles: whoever opens
it may do everything (ADMIN).

Functions take the caller's session (one short transaction per action). Statements that carry
a role name quote it as an identifier; a password never reaches a statement: libpq encrypts it
first (`PQencryptPasswordConn`), so only the SCRAM verifier is sent, and an error can't echo it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from asfdesk.i18n import translate

_CONTEXT = "Roles"


class Role(StrEnum):
    ADMIN = "admin"
    CONSULTANT = "consultant"
    READER = "reader"


GROUPS: dict[Role, str] = {
    Role.ADMIN: "asfdesk_admin",
    Role.CONSULTANT: "asfdesk_consultant",
    Role.READER: "asfdesk_reader",
}
ROLE_OF_GROUP = {group: role for role, group in GROUPS.items()}
ORDER = (Role.ADMIN, Role.CONSULTANT, Role.READER)  # the most a person may do first


class RoleError(ValueError):
    """A login role could not be created or changed; nothing was stored. Says why, never a password."""


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def server_login(session: Session) -> str | None:
    """The login the server knows this connection by (`session_user`); None on SQLite."""
    if not is_postgresql(session):
        return None
    return session.scalar(text("SELECT session_user"))


def current_role(session: Session) -> Role:
    """What the person at the keyboard may do here.

    SQLite: ADMIN (a local file has no roles). PostgreSQL: ADMIN for a superuser and for the
    owner of the schema (the administrator who ran `db upgrade`), else the strongest group the
    login is a member of; READER when it is in none (least privilege: the server refuses the rest).
    """
    if not is_postgresql(session):
        return Role.ADMIN
    row = session.execute(
        text(
            "SELECT r.rolsuper, pg_has_role(session_user, c.relowner, 'MEMBER') AS owner"
            " FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('enterprises')"
            " WHERE r.rolname = session_user"
        )
    ).one_or_none()
    if row is not None and (row.rolsuper or row.owner):
        return Role.ADMIN
    groups = set(
        session.scalars(
            text(
                "SELECT rolname FROM pg_roles WHERE rolname IN ('asfdesk_admin', 'asfdesk_consultant',"
                " 'asfdesk_reader') AND pg_has_role(session_user, oid, 'MEMBER')"
            )
        )
    )
    return next((role for role in ORDER if GROUPS[role] in groups), Role.READER)


# -- login roles (PostgreSQL) ---------------------------------------------------------------------


@dataclass(frozen=True)
class LoginRole:
    login: str
    role: Role | None  # None: in no asfdesk group (the server lets it do nothing here)
    can_login: bool
    exists: bool = True


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def _refused(exc: DBAPIError) -> RoleError:
    """The server's refusal in words (no statement text: it names the role and maybe more)."""
    state = getattr(exc.orig, "sqlstate", None)
    if state == "42501":
        return RoleError(
            translate(
                _CONTEXT,
                "The server refused: only a superuser or a login with CREATEROLE may manage users.",
            )
        )
    if state == "42704":
        return RoleError(
            translate(
                _CONTEXT,
                "The groups asfdesk_admin, asfdesk_consultant and asfdesk_reader are missing: "
                "run “asfdesk db upgrade” first.",
            )
        )
    return RoleError(translate(_CONTEXT, "The server refused to change the user."))


def _run(session: Session, statement: str) -> None:
    try:
        with session.begin_nested():
            # Driver SQL: a SCRAM verifier holds ':' and '%', which text() would take for parameters.
            session.connection().exec_driver_sql(statement)
    except DBAPIError as exc:
        raise _refused(exc) from None


def login_role(session: Session, login: str) -> LoginRole:
    """The server's view of `login`: its asfdesk group and whether it may log in."""
    row = session.execute(
        text("SELECT oid, rolcanlogin FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).one_or_none()
    if row is None:
        return LoginRole(login, None, False, exists=False)
    groups = set(
        session.scalars(
            text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                " WHERE m.member = :member"
            ),
            {"member": row.oid},
        )
    )
    role = next((r for r in ORDER if GROUPS[r] in groups), None)
    return LoginRole(login, role, bool(row.rolcanlogin))


def _encrypted(session: Session, login: str, password: str) -> str:
    """The SCRAM verifier of `password`, computed by libpq the way the server wants it."""
    raw = session.connection().connection.driver_connection
    verifier = raw.pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"), None)
    return verifier.decode("ascii")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _set_group(session: Session, login: str, role: Role) -> None:
    """Make `login` a member of `role`'s group and of no other asfdesk group."""
    name = _quote(session, login)
    for other in ORDER:
        if other is not role and _member(session, login, GROUPS[other]):
            _run(session, f"REVOKE {GROUPS[other]} FROM {name}")
    if not _member(session, login, GROUPS[role]):
        _run(session, f"GRANT {GROUPS[role]} TO {name}")
    # No app login gets CREATEROLE: on PostgreSQL 15 it would let the login grant itself any
    # non-superuser role (pg_execute_server_program …). Users are managed by the database's
    # owner (or the DBA), who has it.
    _run(session, f"ALTER ROLE {name} NOCREATEROLE")


def _member(session: Session, login: str, group: str) -> bool:
    return bool(
        session.scalar(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u)"
            ),
            {"g": group, "u": login},
        )
    )


def create_login(session: Session, login: str, role: Role, password: str | None = None) -> LoginRole:
    """Create the login role (or reuse one the DBA made) and put it in `role`'s group.

    Without a password the login can still sign in where pg_hba.conf allows it (peer, gss, cert)."""
    name = _quote(session, login)
    existing = login_role(session, login)
    if not existing.exists:
        _run(session, f"CREATE ROLE {name} LOGIN")
    else:
        _run(session, f"ALTER ROLE {name} LOGIN")
    if password:
        _run(session, f"ALTER ROLE {name} PASSWORD {_literal(_encrypted(session, login, password))}")
    _set_group(session, login, role)
    return login_role(session, login)


def set_role(session: Session, login: str, role: Role) -> LoginRole:
    if not login_role(session, login).exists:
        raise RoleError(translate(_CONTEXT, "The server has no login with this name."))
    _set_group(session, login, role)
    return login_role(session, login)


def set_can_login(session: Session, login: str, allowed: bool) -> LoginRole:
    """Disable (NOLOGIN) or enable a login; its work and its group stay."""
    if not login_role(session, login).exists:
        raise RoleError(translate(_CONTEXT, "The server has no login with this name."))
    _run(session, f"ALTER ROLE {_quote(session, login)} {'LOGIN' if allowed else 'NOLOGIN'}")
    return login_role(session, login)


def role_label(role: Role | None) -> str:
    """The role's name in the user's language (status bar, `user list`)."""
    labels = {
        Role.ADMIN: translate(_CONTEXT, "administrator"),
        Role.CONSULTANT: translate(_CONTEXT, "consultant"),
        Role.READER: translate(_CONTEXT, "reader"),
    }
    return labels[role] if role is not None else translate(_CONTEXT, "no role")


# -- what the UI greys out: asked of the server, so it is exactly what the grants allow -----------


@dataclass(frozen=True)
class Permissions:
    """What this login may do, by entity key of asfdesk.entities. None: everything (SQLite)."""

    role: Role
    readable: frozenset[str] | None = None
    deletable: frozenset[str] | None = None

    def may_read(self, entity: str) -> bool:
        return self.readable is None or entity in self.readable

    def may_delete(self, entity: str) -> bool:
        return self.deletable is None or entity in self.deletable

    def may_write(self) -> bool:
        """Create and change records, import, take part in events: nothing for a reader."""
        return self.role is not Role.READER

    def may_administer(self) -> bool:
        """Manage consultants, the personal-data duties, the Admin menu."""
        return self.role is Role.ADMIN


def permissions(session: Session) -> Permissions:
    """The login's role and, per entity, whether the server lets it read (every column) and delete.

    A reader sees a few columns of referrals (for counts) but not the table: not readable here.
    """
    role = current_role(session)
    if not is_postgresql(session):
        return Permissions(role)
    from asfdesk import entities

    readable, deletable = set(), set()
    for entity in entities.all_entities():
        table = entity.model.__table__.name
        read, delete = session.execute(
            text("SELECT has_table_privilege(:t, 'SELECT'), has_table_privilege(:t, 'DELETE')"), {"t": table}
        ).one()
        if read:
            readable.add(entity.key)
        if delete:
            deletable.add(entity.key)
    return Permissions(role, frozenset(readable), frozenset(deletable))
