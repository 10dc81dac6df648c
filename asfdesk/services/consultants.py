"""Registering the app's users, the consultants: add, rename, disable/enable, list, find by login.

The login is the person's operating-system (or, on a shared server, database) login, stored
lower-case, so the app can tell who is working without asking. A consultant is disabled, not
deleted: referrals and notes keep pointing at who did the work.

The functions work in the caller's session (one short transaction per action); errors are
ConsultantError (a ValueError) in the user's language, and never repeat a login or a name:
the caller knows what was asked and may say it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from asfdesk.db.models import Consultant
from asfdesk.db.session import current_username
from asfdesk.i18n import translate
from asfdesk.services import roles
from asfdesk.services.roles import LoginRole, Role

LOGIN_MAX_LENGTH = Consultant.__table__.c.username.type.length
_CONTEXT = "Consultants"


class ConsultantError(ValueError):
    """A consultant could not be added or changed; nothing was stored."""


class DuplicateLoginError(ConsultantError):
    def __init__(self) -> None:
        super().__init__(translate(_CONTEXT, "A consultant with this login already exists."))


class UnknownLoginError(ConsultantError):
    def __init__(self) -> None:
        super().__init__(translate(_CONTEXT, "No consultant has this login."))


class InvalidLoginError(ConsultantError):
    def __init__(self) -> None:
        super().__init__(
            translate(_CONTEXT, "A login is one word of at most %1 characters, without spaces.").replace(
                "%1", str(LOGIN_MAX_LENGTH)
            )
        )


def normalize_login(login: str) -> str:
    """Logins compare case-insensitively ("Anna" signs in as "anna"), so store them lower-case."""
    cleaned = (login or "").strip().lower()
    if (
        not cleaned
        or len(cleaned) > LOGIN_MAX_LENGTH
        or any(c.isspace() or not c.isprintable() for c in cleaned)
    ):
        raise InvalidLoginError()
    return cleaned


def find_by_login(session: Session, login: str) -> Consultant | None:
    """The consultant with `login` (any case), active or not; None if there is none."""
    try:
        wanted = normalize_login(login)
    except InvalidLoginError:
        return None
    return session.scalar(select(Consultant).where(Consultant.username == wanted))  # stored lower-case


def get_by_login(session: Session, login: str) -> Consultant:
    consultant = find_by_login(session, login)
    if consultant is None:
        raise UnknownLoginError()
    return consultant


def current_consultant(session: Session, login: str | None = None) -> Consultant | None:
    """The active consultant the person at the keyboard is: `login`, else the server's login on
    PostgreSQL (who the database says is working), else the OS login."""
    consultant = find_by_login(session, login or roles.server_login(session) or current_username())
    return consultant if consultant is not None and consultant.active else None


def add_consultant(session: Session, login: str, name: str, email: str | None = None) -> Consultant:
    """Register a consultant; DuplicateLoginError if the login is taken (also by a disabled one)."""
    username = normalize_login(login)
    if find_by_login(session, username) is not None:
        raise DuplicateLoginError()
    consultant = Consultant(username=username, name=name, email=email, active=True)
    session.add(consultant)
    try:
        session.flush()
    except IntegrityError:  # added by someone else at the same moment
        raise DuplicateLoginError() from None
    return consultant


def rename_consultant(session: Session, login: str, name: str) -> Consultant:
    consultant = get_by_login(session, login)
    consultant.name = name
    session.flush()
    return consultant


def set_active(session: Session, login: str, active: bool) -> Consultant:
    """Disable (or enable again) a consultant: a disabled one is no longer offered in lists."""
    consultant = get_by_login(session, login)
    consultant.active = active
    session.flush()
    return consultant


def disable_consultant(session: Session, login: str) -> Consultant:
    return set_active(session, login, False)


def enable_consultant(session: Session, login: str) -> Consultant:
    return set_active(session, login, True)


def list_consultants(session: Session, include_inactive: bool = True) -> list[Consultant]:
    """Consultants by name (then login); only the active ones unless `include_inactive`."""
    query = select(Consultant).order_by(func.lower(Consultant.name), Consultant.username)
    if not include_inactive:
        query = query.where(Consultant.active.is_(True))
    return list(session.scalars(query))


# -- users: the consultant record plus, on a shared server, its login role ------------------------


@dataclass(frozen=True)
class User:
    """A consultant and (on PostgreSQL) the server's login of the same name; `login` None on SQLite."""

    consultant: Consultant
    login: LoginRole | None


def list_users(session: Session) -> list[User]:
    """Every consultant by name, with its server login and role on PostgreSQL."""
    server = roles.is_postgresql(session)
    return [
        User(c, roles.login_role(session, c.username) if server else None)
        for c in list_consultants(session)
    ]


def add_user(
    session: Session,
    login: str,
    name: str | None,
    email: str | None = None,
    role: Role | None = None,
    password: str | None = None,
) -> Consultant:
    """Register a user: the consultant record, and with `role` (PostgreSQL only) the server login.

    Without `role` this is `add_consultant` (DuplicateLoginError if the login is taken). With a
    role, an existing consultant is updated instead (name, e-mail, active again): an administrator
    gives a login to someone already registered."""
    username = normalize_login(login)
    if role is None:
        if name is None:
            raise UnknownLoginError()
        return add_consultant(session, username, name, email)
    consultant = find_by_login(session, username)
    if consultant is None:
        if name is None:
            raise UnknownLoginError()
        consultant = add_consultant(session, username, name, email)
    else:
        consultant.name = name or consultant.name
        consultant.email = email or consultant.email
        consultant.active = True
        session.flush()
    roles.create_login(session, username, role, password)
    return consultant


def _set_user_active(session: Session, login: str, active: bool) -> Consultant:
    consultant = set_active(session, login, active)
    if roles.is_postgresql(session) and roles.login_role(session, consultant.username).exists:
        roles.set_can_login(session, consultant.username, active)
    return consultant


def disable_user(session: Session, login: str) -> Consultant:
    """Inactive consultant; on a server the login can no longer sign in (its history stays)."""
    return _set_user_active(session, login, False)


def enable_user(session: Session, login: str) -> Consultant:
    return _set_user_active(session, login, True)


def set_user_role(session: Session, login: str, role: Role) -> Consultant:
    """Change what a registered user may do on the server (PostgreSQL)."""
    consultant = get_by_login(session, login)
    roles.set_role(session, consultant.username, role)
    return consultant
