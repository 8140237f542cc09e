"""Who may do what: the one permission table every service checks."""

from __future__ import annotations

from enum import StrEnum

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.users import Role
from itc_desktop.services.errors import PermissionDenied


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    EDIT_SETTINGS = "edit_settings"


PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.VIEW_AUDIT: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.EDIT_SETTINGS: frozenset({Role.ADMIN}),
}


def can(actor: Actor | None, permission: Permission) -> bool:
    return actor is not None and Role(actor.role) in PERMISSIONS[permission]


def require(actor: Actor | None, permission: Permission) -> Actor:
    """Returns the actor when allowed, else raises PermissionDenied."""
    if actor is None:
        raise PermissionDenied(_("Sign in first."))
    if not can(actor, permission):
        raise PermissionDenied(
            _(
                "Your role ({role}) may not do this ({permission}).",
                role=actor.role,
                permission=permission.value,
            )
        )
    return actor
