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
    # Equipment (issue 3). All staff see equipment, use it, log maintenance, file calibration
    # certificates and attach documents (every change is in the audit trail). Deciding that
    # an instrument may be used out of calibration, that an out-of-service machine is safe
    # again, or that a logged time was wrong is the manager's call (ISO/IEC 17025 §6.4.9,
    # §7.5); equipment records and qualifications are managed by managers and admins.
    VIEW_EQUIPMENT = "view_equipment"
    MANAGE_EQUIPMENT = "manage_equipment"
    ADD_EQUIPMENT_DOCUMENTS = "add_equipment_documents"
    RECORD_CALIBRATION = "record_calibration"
    OVERRIDE_CALIBRATION = "override_calibration"
    GRANT_QUALIFICATION = "grant_qualification"
    RECORD_MAINTENANCE = "record_maintenance"
    RETURN_TO_SERVICE = "return_to_service"
    USE_EQUIPMENT = "use_equipment"
    CORRECT_USAGE = "correct_usage"
    # Bookings (issue 4). Everyone sees the calendar and books for themselves; booking for
    # someone else, editing others' bookings and marking no-shows is for managers and admins;
    # accepting less notice or a longer booking than the equipment allows is the manager's
    # call (recorded with a reason). Planned maintenance windows block the calendar, so
    # managers and admins plan them.
    VIEW_BOOKINGS = "view_bookings"
    BOOK_EQUIPMENT = "book_equipment"
    MANAGE_BOOKINGS = "manage_bookings"
    OVERRIDE_BOOKING_LIMITS = "override_booking_limits"
    PLAN_MAINTENANCE_WINDOWS = "plan_maintenance_windows"
    # Test results (issue 6). Technicians and managers enter and review results; only a
    # manager approves them (ISO/IEC 17025 §6.2: authorised to authorise). Nobody reviews or
    # approves their own test, whatever their role (services/results.py and the database).
    VIEW_RESULTS = "view_results"
    ENTER_RESULTS = "enter_results"
    REVIEW_RESULTS = "review_results"
    APPROVE_RESULTS = "approve_results"
    # Reports (issue 7). Everyone sees the issued reports and previews a draft; issuing and
    # amending a test report is the manager's (and the admin's: the CLI's system account).
    VIEW_REPORTS = "view_reports"
    ISSUE_REPORTS = "issue_reports"
    # The usage report names companies' machine costs and each operator's hours: managers
    # and admins (the CLI's system account) only.
    VIEW_USAGE_REPORTS = "view_usage_reports"
    # Backups (issue 12): making one and replacing the database with one is the admin's.
    MANAGE_BACKUPS = "manage_backups"


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
    Permission.VIEW_EQUIPMENT: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.MANAGE_EQUIPMENT: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.ADD_EQUIPMENT_DOCUMENTS: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.RECORD_CALIBRATION: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.OVERRIDE_CALIBRATION: frozenset({Role.MANAGER}),
    Permission.GRANT_QUALIFICATION: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.RECORD_MAINTENANCE: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.RETURN_TO_SERVICE: frozenset({Role.MANAGER}),
    Permission.USE_EQUIPMENT: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.CORRECT_USAGE: frozenset({Role.MANAGER}),
    Permission.VIEW_BOOKINGS: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.BOOK_EQUIPMENT: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.MANAGE_BOOKINGS: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.OVERRIDE_BOOKING_LIMITS: frozenset({Role.MANAGER}),
    Permission.PLAN_MAINTENANCE_WINDOWS: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.VIEW_RESULTS: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.ENTER_RESULTS: frozenset({Role.MANAGER, Role.TECHNICIAN}),
    Permission.REVIEW_RESULTS: frozenset({Role.MANAGER, Role.TECHNICIAN}),
    Permission.APPROVE_RESULTS: frozenset({Role.MANAGER}),
    Permission.VIEW_REPORTS: frozenset({Role.ADMIN, Role.MANAGER, Role.TECHNICIAN}),
    Permission.ISSUE_REPORTS: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.VIEW_USAGE_REPORTS: frozenset({Role.ADMIN, Role.MANAGER}),
    Permission.MANAGE_BACKUPS: frozenset({Role.ADMIN}),
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
