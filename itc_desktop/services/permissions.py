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
    # Companies and jobs (issue 5): see services/job_workflow.py for who moves which status.
    VIEW_JOBS = "view_jobs"
    MANAGE_COMPANIES = "manage_companies"
    MANAGE_JOBS = "manage_jobs"
    APPROVE_QUOTES = "approve_quotes"
    CANCEL_JOBS = "cancel_jobs"
    WORK_ON_JOBS = "work_on_jobs"


PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.VIEW_AUDIT: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.EDIT_SETTINGS: frozenset({Role.ADMIN}),
    Permission.VIEW_JOBS: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.MANAGE_COMPANIES: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.MANAGE_JOBS: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.APPROVE_QUOTES: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.CANCEL_JOBS: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.WORK_ON_JOBS: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
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
