"""Accounts: sign-in, the first admin, and the admin's user management."""

from __future__ import annotations

import logging
import math
import os
import re
from base64 import b64encode
from collections.abc import Mapping

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import ARGON2_VERSION
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.users import Role, User
from itc_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from itc_desktop.services.lockout import Lockouts
from itc_desktop.services.permissions import Permission, require

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 8
# The account headless commands act as: inactive and without a usable password, so nobody can
# sign in with it; it exists so that every "done by" column can point at a real row.
SYSTEM_USERNAME = "system"
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
# ITC_PASSWORD_HASH_PROFILE=fast keeps the algorithm but at its lowest cost: for test suites
# only, as Django's test settings do. Verifying reads the cost from each stored hash, so hashes
# made either way verify either way.
HASH_PROFILE_ENV = "ITC_PASSWORD_HASH_PROFILE"


def make_hasher(env: Mapping[str, str] = os.environ) -> PasswordHasher:
    if env.get(HASH_PROFILE_ENV) == "fast":
        return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    return PasswordHasher()


_hasher = make_hasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _unmatchable_hash(hasher: PasswordHasher) -> str:
    """A hash in the hasher's own format and cost that no password matches (an all-zero
    digest): checking against it costs what a real check costs, without hashing anything at
    import (two hashes there cost half a second of every start-up)."""
    salt = b64encode(bytes(hasher.salt_len)).decode().rstrip("=")
    digest = b64encode(bytes(hasher.hash_len)).decode().rstrip("=")
    return (
        f"$argon2{hasher.type.name.lower()}$v={ARGON2_VERSION}$m={hasher.memory_cost},"
        f"t={hasher.time_cost},p={hasher.parallelism}${salt}${digest}"
    )


_UNMATCHABLE_HASH = _unmatchable_hash(_hasher)


def spend_a_check(password: str) -> None:
    """As long as checking `password` against a real hash, and always refused: for an unknown
    account or job, so timing does not reveal which exist."""
    password_matches(_UNMATCHABLE_HASH, password)


def actor_of(user: User) -> Actor:
    return Actor(id=user.id, username=user.username, full_name=user.full_name, role=user.role)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            _("at least {n} characters", n=MIN_PASSWORD_LENGTH), field=_("Password")
        )


def _check_new_user(session: Session, username: str, full_name: str, role: str) -> None:
    errors: dict[str, str] = {}
    if not _USERNAME.match(username):
        errors[_("Username")] = _(
            "2–64 characters: lower-case letters, digits, dot, dash or underscore"
        )
    elif username == SYSTEM_USERNAME or (
        session.scalar(select(User.id).where(User.username == username)) is not None
    ):
        raise Conflict(_("The username {username} is taken.", username=username))
    if not full_name.strip():
        errors[_("Full name")] = _("required")
    if role not in {r.value for r in Role}:
        errors[_("Role")] = _("unknown role {role}", role=role)
    if errors:
        raise ValidationError(errors)


def needs_first_admin(session: Session) -> bool:
    return not session.scalar(
        select(func.count()).select_from(User).where(User.username != SYSTEM_USERNAME)
    )


def system_account(session: Session) -> Actor:
    """The system account (created on first use); see SYSTEM_USERNAME."""
    user = session.scalar(select(User).where(User.username == SYSTEM_USERNAME))
    if user is None:
        user = User(
            username=SYSTEM_USERNAME,
            full_name=_("System (headless commands)"),
            role=Role.ADMIN.value,
            password_hash="!",  # not an argon2 hash: never matches any password
            active=False,
        )
        session.add(user)
        session.flush()
    return actor_of(user)


def create_first_admin(
    session: Session, username: str, full_name: str, password: str, email: str | None = None
) -> Actor:
    """The very first account of an empty database; refused once any user exists."""
    if not needs_first_admin(session):
        raise PermissionDenied(_("The first administrator already exists."))
    return _create(session, username, full_name, Role.ADMIN, password, email)


def _create(
    session: Session, username: str, full_name: str, role: str, password: str, email: str | None
) -> Actor:
    username = username.strip().lower()
    _check_new_user(session, username, full_name, role)
    _check_password(password)
    user = User(
        username=username,
        full_name=full_name.strip(),
        role=role,
        email=(email or "").strip() or None,
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    return actor_of(user)


def create_user(
    session: Session,
    actor: Actor | None,
    username: str,
    full_name: str,
    role: str,
    password: str,
    email: str | None = None,
) -> Actor:
    require(actor, Permission.MANAGE_USERS)
    return _create(session, username, full_name, role, password, email)


# Guessing passwords: after 5 misses for one user name (known or not, so a lock reveals
# nothing), signing in as that name pauses for 30 s, then 60 s, 120 s ... up to 15 minutes;
# an hour without a miss, or a success, forgets the misses. Counted in this process, per
# database (see services/lockout.py and docs/reliability.md).
SIGN_IN_LOCKOUTS = Lockouts(max_failures=5, lock_seconds=30.0, max_lock_seconds=900.0)


def _locked_out(name: str, seconds: float) -> PermissionDenied:
    return PermissionDenied(
        _(
            "Too many failed sign-ins as {username}: try again in {seconds} s.",
            username=name,
            seconds=math.ceil(seconds),
        )
    )


def authenticate(session: Session, username: str, password: str) -> Actor:
    """The same message for an unknown user, a wrong password and a deactivated account.
    Refused without looking at the password while the name is locked out (SIGN_IN_LOCKOUTS)."""
    name = username.strip().lower()
    key = f"{session.get_bind().url.render_as_string(hide_password=True)} {name}"
    if waiting := SIGN_IN_LOCKOUTS.remaining(key):
        raise _locked_out(name, waiting)
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        spend_a_check(password)
    if user is None or not user.active or not password_matches(user.password_hash, password):
        if lock := SIGN_IN_LOCKOUTS.record_failure(key):
            # Not the name: people type their password into the name field too.
            log.warning("Sign-in to one account paused for %.0f s after repeated failures", lock)
            raise _locked_out(name, lock)
        raise PermissionDenied(_("Wrong username or password, or the account is deactivated."))
    SIGN_IN_LOCKOUTS.record_success(key)
    return actor_of(user)


def list_users(session: Session, actor: Actor | None) -> list[User]:
    require(actor, Permission.MANAGE_USERS)
    return list(
        session.scalars(
            select(User).where(User.username != SYSTEM_USERNAME).order_by(User.username)
        )
    )


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.username == SYSTEM_USERNAME:
        raise NotFound(_("No user with id {id}.", id=user_id))
    return user


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        or 0
    )


def set_active(session: Session, actor: Actor | None, user_id: int, active: bool) -> None:
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, user_id)
    if not active and user.role == Role.ADMIN and user.active and _active_admins(session) <= 1:
        raise Conflict(_("The last active administrator cannot be deactivated."))
    user.active = active


def set_role(session: Session, actor: Actor | None, user_id: int, role: str) -> None:
    require(actor, Permission.MANAGE_USERS)
    if role not in {r.value for r in Role}:
        raise ValidationError(_("unknown role {role}", role=role), field=_("Role"))
    user = _get(session, user_id)
    if (
        user.role == Role.ADMIN
        and role != Role.ADMIN
        and user.active
        and _active_admins(session) <= 1
    ):
        raise Conflict(_("The last active administrator must stay an administrator."))
    user.role = role


def reset_password(session: Session, actor: Actor | None, user_id: int, password: str) -> None:
    require(actor, Permission.MANAGE_USERS)
    _check_password(password)
    _get(session, user_id).password_hash = hash_password(password)


def change_own_password(
    session: Session, actor: Actor | None, old_password: str, new_password: str
) -> None:
    if actor is None:
        raise PermissionDenied(_("Sign in first."))
    user = _get(session, actor.id)
    if not password_matches(user.password_hash, old_password):
        raise ValidationError(_("does not match"), field=_("Current password"))
    _check_password(new_password)
    user.password_hash = hash_password(new_password)
