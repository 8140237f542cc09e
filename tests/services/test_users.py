"""Accounts and the permission table."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models import User
from itc_desktop.services import users as user_service
from itc_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from itc_desktop.services.permissions import PERMISSIONS, Permission, can
from tests.conftest import PASSWORDS


def test_first_admin_only_on_an_empty_database(db: Database) -> None:
    with db.reader() as session:
        assert user_service.needs_first_admin(session)
    with db.transaction() as session:
        user_service.create_first_admin(session, "Boss", "Nagy Ödön", "long-enough-1")
    with pytest.raises(PermissionDenied), db.transaction() as session:
        user_service.create_first_admin(session, "second", "Second", "long-enough-1")


def test_passwords_are_argon2_hashed(db: Database, admin: Actor) -> None:
    with db.reader() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("$argon2")
    assert PASSWORDS["admin"] not in stored


def test_authenticate(db: Database, actors: dict[str, Actor]) -> None:
    with db.reader() as session:
        who = user_service.authenticate(session, " Technician ", PASSWORDS["technician"])
        assert who.role == "technician"
        for username, password in (("technician", "wrong"), ("nobody", "whatever1")):
            with pytest.raises(PermissionDenied, match="Wrong username or password"):
                user_service.authenticate(session, username, password)


def test_deactivated_user_cannot_sign_in(db: Database, admin: Actor, technician: Actor) -> None:
    with db.transaction(admin) as session:
        user_service.set_active(session, admin, technician.id, False)
    with db.reader() as session, pytest.raises(PermissionDenied):
        user_service.authenticate(session, "technician", PASSWORDS["technician"])


@pytest.mark.parametrize("role", ["manager", "technician"])
def test_only_admins_manage_users(db: Database, actors: dict[str, Actor], role: str) -> None:
    actor = actors[role]
    operations = [
        lambda s: user_service.list_users(s, actor),
        lambda s: user_service.create_user(s, actor, "newbie", "New", "technician", "password1"),
        lambda s: user_service.set_active(s, actor, actors["admin"].id, False),
        lambda s: user_service.set_role(s, actor, actor.id, "admin"),
        lambda s: user_service.reset_password(s, actor, actors["admin"].id, "password12"),
    ]
    for operation in operations:
        with pytest.raises(PermissionDenied), db.transaction(actor) as session:
            operation(session)
    with pytest.raises(PermissionDenied), db.transaction() as session:
        user_service.list_users(session, None)


def test_admin_manages_users(db: Database, admin: Actor) -> None:
    with db.transaction(admin) as session:
        new = user_service.create_user(
            session, admin, "Dragana", "Đurić Dragana", "technician", "drag-pass-1", "d@x.rs"
        )
        user_service.set_role(session, admin, new.id, "manager")
        user_service.reset_password(session, admin, new.id, "new-pass-22")
    with db.reader() as session:
        assert user_service.authenticate(session, "dragana", "new-pass-22").role == "manager"
        names = [u.full_name for u in user_service.list_users(session, admin)]
    assert "Đurić Dragana" in names


@pytest.mark.parametrize(
    ("username", "full_name", "role", "password", "field"),
    [
        ("x", "Name", "technician", "password1", "Username"),
        ("bad name", "Name", "technician", "password1", "Username"),
        ("okname", " ", "technician", "password1", "Full name"),
        ("okname", "Name", "wizard", "password1", "Role"),
        ("okname", "Name", "technician", "short", "Password"),
    ],
)
def test_bad_user_input_names_the_field_and_saves_nothing(
    db: Database,
    admin: Actor,
    username: str,
    full_name: str,
    role: str,
    password: str,
    field: str,
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction(admin) as session:
        user_service.create_user(session, admin, username, full_name, role, password)
    assert field in error.value.errors
    with db.reader() as session:
        assert session.scalar(select(User).where(User.username == username.strip())) is None


def test_duplicate_username_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(Conflict, match="taken"), db.transaction(admin) as session:
        user_service.create_user(session, admin, "ADMIN", "Other", "technician", "password1")


def test_last_admin_is_protected(db: Database, admin: Actor) -> None:
    with pytest.raises(Conflict), db.transaction(admin) as session:
        user_service.set_active(session, admin, admin.id, False)
    with pytest.raises(Conflict), db.transaction(admin) as session:
        user_service.set_role(session, admin, admin.id, "technician")


def test_change_own_password(db: Database, technician: Actor) -> None:
    with pytest.raises(ValidationError), db.transaction(technician) as session:
        user_service.change_own_password(session, technician, "not-it", "new-password-1")
    with db.transaction(technician) as session:
        user_service.change_own_password(
            session, technician, PASSWORDS["technician"], "new-password-1"
        )
    with db.reader() as session:
        assert user_service.authenticate(session, "technician", "new-password-1")


def test_permission_table_covers_every_permission(actors: dict[str, Actor]) -> None:
    assert set(PERMISSIONS) == set(Permission)
    assert can(actors["admin"], Permission.MANAGE_USERS)
    assert not can(actors["technician"], Permission.VIEW_AUDIT)
    assert can(actors["manager"], Permission.VIEW_AUDIT)
    assert not can(None, Permission.VIEW_AUDIT)


def test_system_account_cannot_sign_in_and_is_not_listed(db: Database, admin: Actor) -> None:
    with db.transaction() as session:
        system = user_service.system_account(session)
        assert user_service.system_account(session).id == system.id
    with db.reader() as session:
        assert system.username not in [u.username for u in user_service.list_users(session, admin)]
        for password in ("", "!", "system"):
            with pytest.raises(PermissionDenied):
                user_service.authenticate(session, "system", password)
    with pytest.raises(Conflict), db.transaction(admin) as session:
        user_service.create_user(session, admin, "system", "Fake", "admin", "password12")


def test_system_account_does_not_count_as_first_admin(db: Database) -> None:
    with db.transaction() as session:
        user_service.system_account(session)
        assert user_service.needs_first_admin(session)


def test_production_hashing_cost_is_argon2_default() -> None:
    from argon2 import PasswordHasher

    production = user_service.make_hasher(env={})
    default = PasswordHasher()
    assert (production.time_cost, production.memory_cost) == (
        default.time_cost,
        default.memory_cost,
    )
    fast = user_service.make_hasher(env={user_service.HASH_PROFILE_ENV: "fast"})
    assert fast.time_cost == 1
    # A hash made at either cost verifies with the other hasher.
    assert production.verify(fast.hash("pw-123456"), "pw-123456")


@pytest.mark.parametrize("env", [{}, {user_service.HASH_PROFILE_ENV: "fast"}])
def test_unknown_accounts_are_checked_at_a_real_hash_cost(env: dict[str, str]) -> None:
    """The hash an unknown account or job code is checked against (made without hashing, so
    nothing is hashed at import) carries the same algorithm and cost as a real one, so the
    check takes as long; and nothing matches it."""
    from argon2 import extract_parameters

    hasher = user_service.make_hasher(env=env)
    unmatchable = user_service._unmatchable_hash(hasher)
    assert extract_parameters(unmatchable) == extract_parameters(hasher.hash("pw-123456"))
    for password in ("", "pw-123456", "000000", "not a real password"):
        assert not user_service.password_matches(unmatchable, password)
