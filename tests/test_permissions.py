"""The permission table, pinned role by role: a change to who may do what is a change to this
test too, made on purpose. `require` refuses every pair the table does not allow."""

from __future__ import annotations

import pytest

from itc_desktop.db import Actor
from itc_desktop.models.users import Role
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.services.permissions import PERMISSIONS, Permission, can, require

P = Permission
EVERYONE = {
    P.VIEW_JOBS,
    P.WORK_ON_JOBS,
    P.VIEW_EQUIPMENT,
    P.ADD_EQUIPMENT_DOCUMENTS,
    P.RECORD_CALIBRATION,
    P.RECORD_MAINTENANCE,
    P.USE_EQUIPMENT,
    P.VIEW_BOOKINGS,
    P.BOOK_EQUIPMENT,
    P.VIEW_RESULTS,
    P.VIEW_REPORTS,
}
EXPECTED: dict[Role, set[Permission]] = {
    Role.ADMIN: EVERYONE
    | {
        P.MANAGE_USERS,
        P.VIEW_AUDIT,
        P.EDIT_SETTINGS,
        P.MANAGE_COMPANIES,
        P.MANAGE_JOBS,
        P.APPROVE_QUOTES,
        P.CANCEL_JOBS,
        P.MANAGE_EQUIPMENT,
        P.GRANT_QUALIFICATION,
        P.MANAGE_BOOKINGS,
        P.PLAN_MAINTENANCE_WINDOWS,
        P.ISSUE_REPORTS,
        P.VIEW_USAGE_REPORTS,
        P.MANAGE_BACKUPS,
    },
    Role.MANAGER: EVERYONE
    | {
        P.VIEW_AUDIT,
        P.MANAGE_COMPANIES,
        P.MANAGE_JOBS,
        P.APPROVE_QUOTES,
        P.CANCEL_JOBS,
        P.MANAGE_EQUIPMENT,
        P.OVERRIDE_CALIBRATION,
        P.GRANT_QUALIFICATION,
        P.RETURN_TO_SERVICE,
        P.CORRECT_USAGE,
        P.MANAGE_BOOKINGS,
        P.OVERRIDE_BOOKING_LIMITS,
        P.PLAN_MAINTENANCE_WINDOWS,
        P.ENTER_RESULTS,
        P.REVIEW_RESULTS,
        P.APPROVE_RESULTS,
        P.ISSUE_REPORTS,
        P.VIEW_USAGE_REPORTS,
    },
    Role.TECHNICIAN: EVERYONE | {P.ENTER_RESULTS, P.REVIEW_RESULTS},
}


def _actor(role: Role) -> Actor:
    return Actor(id=1, username=role.value, full_name=role.value.title(), role=role.value)


def test_every_permission_has_a_row_and_every_role_an_expectation() -> None:
    assert set(PERMISSIONS) == set(Permission)
    assert set(EXPECTED) == set(Role)


@pytest.mark.parametrize("role", list(Role))
def test_the_table_for_each_role(role: Role) -> None:
    actor = _actor(role)
    allowed = {p for p in Permission if can(actor, p)}
    assert allowed == EXPECTED[role], (
        f"{role.value}: now also {sorted(allowed - EXPECTED[role])}, "
        f"no longer {sorted(EXPECTED[role] - allowed)}"
    )


@pytest.mark.parametrize("role", list(Role))
def test_require_returns_the_actor_or_refuses_with_the_role_named(role: Role) -> None:
    actor = _actor(role)
    for permission in Permission:
        if permission in EXPECTED[role]:
            assert require(actor, permission) is actor
        else:
            with pytest.raises(PermissionDenied, match=f"role \\({role.value}\\)"):
                require(actor, permission)


def test_nobody_signed_in_may_do_nothing() -> None:
    for permission in Permission:
        assert not can(None, permission)
        with pytest.raises(PermissionDenied, match="Sign in first"):
            require(None, permission)


def test_only_admins_manage_users_and_settings() -> None:
    assert PERMISSIONS[P.MANAGE_USERS] == {Role.ADMIN}
    assert PERMISSIONS[P.EDIT_SETTINGS] == {Role.ADMIN}
    assert PERMISSIONS[P.MANAGE_BACKUPS] == {Role.ADMIN}
    assert Role.TECHNICIAN not in PERMISSIONS[P.VIEW_AUDIT]
