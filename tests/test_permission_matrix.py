"""No operation without a check: every public service function that takes an acting user is
called as every role and as nobody signed in, on one shared database with a job, a specimen,
instruments, a booking and a result in it, each call rolled back.

The operations are found by walking `itc_desktop.services`, so a new function with an `actor`
parameter and no row in OPERATIONS fails `test_every_operation_has_a_row`. Each row names the
permission the function checks first (`Needs`), or says why it has a different rule. For a
`Needs` row the test expects, role by role, exactly what services/permissions.PERMISSIONS says:
a refused role gets PermissionDenied before the database is touched (no statement at all, so
nothing read and nothing written); an allowed role gets past that check (the call may then
succeed, or stop at a rule or at the test's placeholder arguments — it is rolled back).
Public functions that take a session but no actor (sign-in, the kiosk, helpers that other
services call after their own check) are listed in NO_ACTOR with the reason; the helpers
among them are never called from ui/ or the command line."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

import itc_desktop.services as services_package
from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.models.users import Role
from itc_desktop.services import permissions
from itc_desktop.services import users as user_service
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.services.job_workflow import allowed_transitions, transition_permission
from itc_desktop.services.permissions import PERMISSIONS, Permission
from tests import pg_support
from tests.services.bookings_support import at, book, next_monday
from tests.services.results_support import Lab, create, hardness_input, make_lab

P = Permission
PACKAGE = Path(services_package.__file__).parent


@dataclass(frozen=True)
class Needs:
    """Checks `permission` before anything else; `then` says what is checked after it."""

    permission: Permission
    then: str = ""


@dataclass(frozen=True)
class SignedIn:
    """Anyone signed in, for their own data only."""

    reason: str


@dataclass(frozen=True)
class NoCheck:
    """No check of its own, on purpose; the reason says who checks instead."""

    reason: str


Rule = Needs | SignedIn | NoCheck

OWN_OR_MANAGE = "someone else's booking needs manage_bookings; limits need override_booking_limits"
OPERATIONS: dict[str, Rule] = {
    "accounts.own_account": SignedIn("reads the signed-in user's own row"),
    "asset_labels.asset_labels": Needs(P.VIEW_EQUIPMENT),
    "asset_labels.label_sheet": Needs(P.VIEW_EQUIPMENT),
    "audit.audited_tables": Needs(P.VIEW_AUDIT),
    "audit.list_entries": Needs(P.VIEW_AUDIT),
    "backups.backup_now": Needs(P.MANAGE_BACKUPS),
    "backups.restore_sqlite": Needs(P.MANAGE_BACKUPS),
    "booking_export.export_ics": Needs(P.VIEW_BOOKINGS),
    "booking_export.export_ics_for": Needs(P.VIEW_BOOKINGS),
    "booking_series.cancel_occurrences": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "booking_series.create_series": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "booking_series.preview_series": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "booking_series.series_occurrences": Needs(P.VIEW_BOOKINGS),
    "booking_series.update_occurrences": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "booking_settings.update_booking_settings": Needs(P.EDIT_SETTINGS),
    "bookings.bookings_in_range": Needs(P.VIEW_BOOKINGS),
    "bookings.cancel_booking": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "bookings.change_equipment": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "bookings.check_booking": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "bookings.complete_booking": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "bookings.create_booking": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "bookings.get_booking": Needs(P.VIEW_BOOKINGS),
    "bookings.list_bookings": Needs(P.VIEW_BOOKINGS),
    "bookings.mark_no_show": Needs(P.MANAGE_BOOKINGS),
    "bookings.mark_overdue_no_shows": Needs(
        P.VIEW_BOOKINGS, "the start-up sweep: applies the no-show rule, no choice of its own"
    ),
    "bookings.move_booking": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "bookings.resize_booking": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "bookings.update_booking": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "calibration.calibration_status": Needs(P.VIEW_EQUIPMENT),
    "calibration.check_instrument_usable": Needs(P.VIEW_EQUIPMENT),
    "calibration.grant_override": Needs(P.OVERRIDE_CALIBRATION),
    "calibration.instrument_statuses": Needs(P.VIEW_EQUIPMENT),
    "calibration.list_calibrations": Needs(P.VIEW_EQUIPMENT),
    "calibration.list_overrides": Needs(P.VIEW_EQUIPMENT),
    "calibration.record_calibration": Needs(P.RECORD_CALIBRATION),
    "calibration.revoke_override": Needs(P.OVERRIDE_CALIBRATION),
    "companies.add_contact": Needs(P.MANAGE_COMPANIES),
    "companies.create_company": Needs(P.MANAGE_COMPANIES),
    "companies.get_company": Needs(P.VIEW_JOBS),
    "companies.list_companies": Needs(P.VIEW_JOBS),
    "companies.list_contacts": Needs(P.VIEW_JOBS),
    "companies.remove_contact": Needs(P.MANAGE_COMPANIES),
    "companies.update_company": Needs(P.MANAGE_COMPANIES),
    "companies.update_contact": Needs(P.MANAGE_COMPANIES),
    "dashboard.equipment_summary": Needs(P.VIEW_EQUIPMENT),
    "equipment.change_status": NoCheck(
        "a building block taking a loaded Equipment row: take_out_of_service, retire_equipment, "
        "return_to_service and maintenance check their own permission first"
    ),
    "equipment.count_equipment": Needs(P.VIEW_EQUIPMENT),
    "equipment.create_equipment": Needs(P.MANAGE_EQUIPMENT),
    "equipment.find_by_tag": Needs(P.VIEW_EQUIPMENT),
    "equipment.get_equipment": Needs(P.VIEW_EQUIPMENT),
    "equipment.list_equipment": Needs(P.VIEW_EQUIPMENT),
    "equipment.retire_equipment": Needs(P.MANAGE_EQUIPMENT),
    "equipment.status_history": Needs(P.VIEW_EQUIPMENT),
    "equipment.take_out_of_service": Needs(P.MANAGE_EQUIPMENT),
    "equipment.update_equipment": Needs(P.MANAGE_EQUIPMENT),
    "equipment_documents.add_document": Needs(P.ADD_EQUIPMENT_DOCUMENTS),
    "equipment_documents.delete_document": Needs(P.MANAGE_EQUIPMENT),
    "equipment_documents.document_content": Needs(P.VIEW_EQUIPMENT),
    "equipment_documents.list_documents": Needs(P.VIEW_EQUIPMENT),
    "equipment_settings.update_equipment_settings": Needs(P.EDIT_SETTINGS),
    "equipment_views.start_refusal": Needs(P.USE_EQUIPMENT),
    "free_slots.find_free_slots": Needs(P.BOOK_EQUIPMENT, OWN_OR_MANAGE),
    "job_costs.add_material_cost": Needs(P.WORK_ON_JOBS),
    "job_costs.job_costs": Needs(P.VIEW_JOBS),
    "job_costs.list_material_costs": Needs(P.VIEW_JOBS),
    "job_costs.remove_material_cost": Needs(P.WORK_ON_JOBS),
    "job_costs.update_material_cost": Needs(P.WORK_ON_JOBS),
    "job_steps.add_step": Needs(P.MANAGE_JOBS),
    "job_steps.link_usage_session": Needs(P.WORK_ON_JOBS),
    "job_steps.linkable_usage_sessions": Needs(P.VIEW_JOBS),
    "job_steps.list_job_usage": Needs(P.VIEW_JOBS),
    "job_steps.list_steps": Needs(P.VIEW_JOBS),
    "job_steps.move_step": Needs(P.MANAGE_JOBS),
    "job_steps.remove_step": Needs(P.MANAGE_JOBS),
    "job_steps.reorder_steps": Needs(P.MANAGE_JOBS),
    "job_steps.set_step_status": Needs(P.WORK_ON_JOBS),
    "job_steps.update_step": Needs(P.MANAGE_JOBS),
    "job_workflow.allowed_transitions": NoCheck(
        "reads nothing: filters the status buttons through can(); "
        "test_allowed_transitions_follow_the_table"
    ),
    "job_workflow.change_status": Needs(
        P.VIEW_JOBS, "then the move's own permission (transition_permission)"
    ),
    "job_workflow.list_events": Needs(P.VIEW_JOBS),
    "job_workflow.resume": Needs(P.VIEW_JOBS, "then the move's own permission"),
    "jobs.assignable_users": Needs(P.VIEW_JOBS),
    "jobs.count_jobs": Needs(P.VIEW_JOBS),
    "jobs.create_job": Needs(P.MANAGE_JOBS),
    "jobs.find_job_id": Needs(P.VIEW_JOBS),
    "jobs.get_job": Needs(P.VIEW_JOBS),
    "jobs.jobs_due_this_week": Needs(P.VIEW_JOBS),
    "jobs.jobs_waiting_for_approval": Needs(P.VIEW_JOBS),
    "jobs.list_jobs": Needs(P.VIEW_JOBS),
    "jobs.overdue_jobs": Needs(P.VIEW_JOBS),
    "jobs.regenerate_access_code": Needs(P.MANAGE_JOBS),
    "jobs.update_job": Needs(P.MANAGE_JOBS),
    "maintenance.create_plan": Needs(P.MANAGE_EQUIPMENT),
    "maintenance.due_plans": Needs(P.VIEW_EQUIPMENT),
    "maintenance.finish_maintenance": Needs(P.RECORD_MAINTENANCE),
    "maintenance.list_plans": Needs(P.VIEW_EQUIPMENT),
    "maintenance.list_records": Needs(P.VIEW_EQUIPMENT),
    "maintenance.record_maintenance": Needs(P.RECORD_MAINTENANCE),
    "maintenance.return_to_service": Needs(P.RETURN_TO_SERVICE),
    "maintenance.update_plan": Needs(P.MANAGE_EQUIPMENT),
    "maintenance_windows.cancel_maintenance_window": Needs(P.PLAN_MAINTENANCE_WINDOWS),
    "maintenance_windows.maintenance_windows_in_range": Needs(P.VIEW_BOOKINGS),
    "maintenance_windows.plan_maintenance_window": Needs(P.PLAN_MAINTENANCE_WINDOWS),
    "qualifications.grant_qualification": Needs(P.GRANT_QUALIFICATION),
    "qualifications.list_operators": Needs(P.VIEW_EQUIPMENT),
    "qualifications.list_qualifications": Needs(P.VIEW_EQUIPMENT),
    "qualifications.revoke_qualification": Needs(P.GRANT_QUALIFICATION),
    "report_archive.amend_report": Needs(P.ISSUE_REPORTS),
    "report_archive.draft_job_report_pdf": Needs(P.VIEW_REPORTS),
    "report_archive.get_report": Needs(P.VIEW_REPORTS),
    "report_archive.get_report_pdf": Needs(P.VIEW_REPORTS),
    "report_archive.intake_slip_pdf": Needs(P.MANAGE_JOBS),
    "report_archive.issue_job_report": Needs(P.ISSUE_REPORTS),
    "report_archive.list_reports": Needs(P.VIEW_REPORTS),
    "result_choices.editor_choices": Needs(P.ENTER_RESULTS),
    "result_choices.usable_overrides": Needs(P.ENTER_RESULTS),
    "results.approve_record": Needs(P.APPROVE_RESULTS, "never one's own test"),
    "results.count_records": Needs(P.VIEW_RESULTS),
    "results.create_record": Needs(P.ENTER_RESULTS),
    "results.discard_draft": Needs(P.ENTER_RESULTS),
    "results.evaluate_record": Needs(P.VIEW_RESULTS),
    "results.get_record": Needs(P.VIEW_RESULTS),
    "results.list_records": Needs(P.VIEW_RESULTS),
    "results.record_columns": Needs(P.VIEW_RESULTS),
    "results.return_to_draft": Needs(P.REVIEW_RESULTS),
    "results.review_record": Needs(P.REVIEW_RESULTS, "never one's own test"),
    "results.revise_record": Needs(P.ENTER_RESULTS),
    "results.revision_chain": Needs(P.VIEW_RESULTS),
    "results.update_record": Needs(P.ENTER_RESULTS),
    "settings.get_preference": SignedIn("the signed-in user's own window settings"),
    "settings.set_preference": SignedIn("the signed-in user's own window settings"),
    "settings.update_center": Needs(P.EDIT_SETTINGS),
    "specimens.add_specimen": Needs(P.WORK_ON_JOBS),
    "specimens.list_specimens": Needs(P.VIEW_JOBS),
    "specimens.update_specimen": Needs(P.WORK_ON_JOBS),
    "usage.correct_session": Needs(P.CORRECT_USAGE),
    "usage.count_sessions": Needs(P.VIEW_EQUIPMENT),
    "usage.forgotten_sessions": Needs(P.VIEW_EQUIPMENT),
    "usage.list_sessions": Needs(P.VIEW_EQUIPMENT),
    "usage.monthly_hours": Needs(P.VIEW_EQUIPMENT),
    "usage.open_job_choices": Needs(P.USE_EQUIPMENT),
    "usage.running_session_for": Needs(P.VIEW_EQUIPMENT),
    "usage.running_sessions": Needs(P.VIEW_EQUIPMENT),
    "usage.start_use": Needs(P.USE_EQUIPMENT, "someone else as operator: qualification rules"),
    "usage.stop_use": Needs(P.USE_EQUIPMENT),
    "usage_report.usage_figures": Needs(P.VIEW_USAGE_REPORTS),
    "usage_report.usage_report_pdf": Needs(P.VIEW_USAGE_REPORTS),
    "users.change_own_password": SignedIn("the signed-in user's own password, old one required"),
    "users.create_user": Needs(P.MANAGE_USERS),
    "users.list_users": Needs(P.MANAGE_USERS),
    "users.reset_password": Needs(P.MANAGE_USERS),
    "users.set_active": Needs(P.MANAGE_USERS),
    "users.set_role": Needs(P.MANAGE_USERS),
}

HELPER = "a helper other services call after their own check"
SHARED_SETTING = "the lab's shared settings, read by every page and by the kiosk"
# Public functions taking a session but no actor. `HELPER`s are never called from ui/ or cli.
NO_ACTOR: dict[str, str] = {
    "audit.verify_chain": "a verdict on the chain, no rows: Admin page (view_audit) and the CLI",
    "audit.verify_tables": "a verdict naming tampered rows: Admin page (view_audit) and the CLI",
    "audit.verify_audit": "verify_chain + verify_tables",
    "changes.latest_change": "the newest audit id (a number): live refresh's change marker",
    "booking_rules.conflict_refusal": HELPER,
    "booking_rules.evaluate": "the result editor's formula evaluation on the user's own inputs",
    "booking_rules.find_conflict": HELPER,
    "booking_rules.session_zone": HELPER,
    "booking_settings.get_booking_settings": SHARED_SETTING,
    "booking_settings.opening_intervals": SHARED_SETTING,
    "booking_settings.weekly_hours": HELPER,
    "bookings.get_row": HELPER,
    "bookings.link_usage_session": HELPER,
    "calibration.calibration_statuses": HELPER,
    "equipment.get": HELPER,
    "equipment.running_session_id": "whether a machine runs (an id), for the Equipment page's "
    "buttons; the session itself is read through usage.* (view_equipment)",
    "equipment.validate": HELPER,
    "equipment_settings.get_equipment_settings": SHARED_SETTING,
    "equipment_settings.lab_zone": SHARED_SETTING,
    "equipment_settings.local_date": SHARED_SETTING,
    "job_workflow.public_status": "the kiosk's view, behind the job's access code",
    "job_workflow.public_timeline": HELPER,
    "jobs.check_access_code": "the kiosk's check of an access code (argon2, constant time)",
    "jobs.get_job_row": HELPER,
    "jobs.next_reference": HELPER,
    "kiosk.branding": "the lab's name and logo on the kiosk screen",
    "kiosk.look_up": "the kiosk: reference + access code, public fields only, read-only role",
    "kiosk.refresh": "the kiosk: re-reads the job it already opened with its code",
    "kiosk.verify_admin": "the kiosk's staff exit: an administrator's password",
    "maintenance_windows.blocking_windows": HELPER,
    "qualifications.check_qualified": HELPER,
    "report_archive.next_report_number": HELPER,
    "settings.get_center": SHARED_SETTING,
    "usage.operating_hours_since": HELPER,
    "users.authenticate": "signing in (rate-limited per user name)",
    "users.create_first_admin": "an empty database only; refused once any user exists",
    "users.needs_first_admin": "whether the database is empty (start-up)",
    "users.system_account": "the headless commands' own account (start-up, CLI)",
    "versions.last_change": HELPER,
    "versions.stale": HELPER,
}


def _public_functions() -> dict[str, inspect.Signature]:
    found: dict[str, inspect.Signature] = {}
    for info in pkgutil.iter_modules([str(PACKAGE)]):
        if info.name == "permissions":  # the table itself: can() and require()
            continue
        module = importlib.import_module(f"itc_desktop.services.{info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                found[f"{info.name}.{name}"] = inspect.signature(function)
    return found


FUNCTIONS = _public_functions()
WITH_ACTOR = sorted(name for name, sig in FUNCTIONS.items() if "actor" in sig.parameters)


def test_every_operation_has_a_row() -> None:
    with_session = {
        name
        for name, sig in FUNCTIONS.items()
        if "session" in sig.parameters and "actor" not in sig.parameters
    }
    assert set(WITH_ACTOR) - set(OPERATIONS) == set(), "operations without a row in OPERATIONS"
    assert set(OPERATIONS) - set(WITH_ACTOR) == set(), "rows for operations that are gone"
    assert with_session - set(NO_ACTOR) == set(), "functions reading data without an actor"
    assert set(NO_ACTOR) - with_session == set(), "NO_ACTOR rows for functions that are gone"


def _names_used_outside_services() -> set[str]:
    """`module.function` for every service function imported or called from ui/ and cli*."""
    root = PACKAGE.parent
    files = [*root.joinpath("ui").rglob("*.py"), *root.glob("cli*.py"), root / "__main__.py"]
    used: set[str] = set()
    for path in files:
        aliases: dict[str, str] = {}  # local name -> service module
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    local = alias.asname or alias.name
                    if node.module == "itc_desktop.services":
                        aliases[local] = alias.name
                    elif node.module.startswith("itc_desktop.services."):
                        used.add(f"{node.module.rsplit('.', 1)[1]}.{alias.name}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
            ):
                used.add(f"{aliases[node.value.id]}.{node.attr}")
    return used


def test_helpers_without_a_check_are_not_called_from_the_window_or_the_command_line() -> None:
    helpers = {name for name, reason in NO_ACTOR.items() if reason == HELPER}
    helpers |= {"equipment.change_status"}
    assert helpers & _names_used_outside_services() == set()


# The shared database -----------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    db: Database
    actors: dict[str, Actor | None]
    lab: Lab
    booking_id: int
    record_id: int
    technician_id: int
    company_id: int


ROLES: tuple[str, ...] = ("nobody", *(role.value for role in Role))


@pytest.fixture(scope="module")
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    drop: Callable[[], None] | None = None
    if request.config.getoption("--backend") == "postgresql":
        server: pg_support.PgServer = request.getfixturevalue("pg_server")
        name = server.new_database()
        url = server.url(name)
        drop = lambda: server.drop_database(name)  # noqa: E731
    else:
        url = sqlite_url(tmp_path_factory.mktemp("matrix") / "lab.sqlite")
    db = Database(url)
    try:
        with db.transaction() as session:
            admin = user_service.create_first_admin(session, "admin", "Kovács Ildikó", "admin-pass")
        with db.transaction(admin) as session:
            manager = user_service.create_user(
                session, admin, "manager", "Petrović Đorđe", "manager", "manager-pass"
            )
            technician = user_service.create_user(
                session, admin, "technician", "Szőke Bence", "technician", "tech-pass-1"
            )
        lab = make_lab(db, manager)
        record_id = create(db, technician, hardness_input(lab, technician))
        monday = next_monday()
        booking_id = book(db, technician, lab.tensile_machine, at(monday, 9), at(monday, 11))
        with db.reader() as session:
            from itc_desktop.models.jobs import Job

            job = session.get(Job, lab.job_id)
            assert job is not None
            company_id = job.company_id
        yield World(
            db=db,
            actors={"nobody": None, "admin": admin, "manager": manager, "technician": technician},
            lab=lab,
            booking_id=booking_id,
            record_id=record_id,
            technician_id=technician.id,
            company_id=company_id,
        )
    finally:
        db.dispose()
        if drop is not None:
            drop()


NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
MISSING = 999_999  # ids of rows the shared database does not have


def _arguments(
    sig: inspect.Signature, session: Session, actor: Actor | None, w: World
) -> dict[str, Any]:
    """Real targets where the shared database has one (the job, the booking, the result ...),
    placeholders of the annotated type for the rest."""
    real: dict[str, Any] = {
        "equipment_id": w.lab.tensile_machine,
        "job_id": w.lab.job_id,
        "specimen_id": w.lab.specimen_id,
        "booking_id": w.booking_id,
        "record_id": w.record_id,
        "user_id": w.technician_id,
        "company_id": w.company_id,
        "reference": w.lab.job_reference,
        "tag": "ITC-0201",
    }
    by_type: dict[str, Any] = {
        "int": MISSING,
        "str": "x",
        "datetime": NOW,
        "date": NOW.date(),
        "timedelta": timedelta(hours=1),
        "bytes": b"%PDF-1.4",
        "bool": False,
        "Decimal": Decimal(1),
        "Sequence[int]": [MISSING],
    }
    arguments: dict[str, Any] = {}
    for parameter in sig.parameters.values():
        if parameter.name == "session":
            arguments["session"] = session
        elif parameter.name == "actor":
            arguments["actor"] = actor
        elif parameter.default is inspect.Parameter.empty:
            kind = str(parameter.annotation).split(" | ")[0]
            arguments[parameter.name] = real.get(parameter.name, by_type.get(kind))
    return arguments


class Looked(dict[Permission, frozenset[Role]]):
    """PERMISSIONS that remembers which permissions were looked up (by can/require)."""

    def __init__(self) -> None:
        super().__init__(PERMISSIONS)
        self.log: list[Permission] = []

    def __getitem__(self, key: Permission) -> frozenset[Role]:
        self.log.append(key)
        return super().__getitem__(key)


@dataclass
class Outcome:
    error: BaseException | None
    looked_up: list[Permission]
    statements: list[str]
    pending: bool  # unflushed changes left in the session

    @property
    def refused(self) -> bool:
        return isinstance(self.error, PermissionDenied)

    @property
    def writes(self) -> list[str]:
        return [
            s
            for s in self.statements
            if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]


def _call(w: World, name: str, role: str, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    module_name, function_name = name.split(".")
    function = getattr(
        importlib.import_module(f"itc_desktop.services.{module_name}"), function_name
    )
    looked = Looked()
    monkeypatch.setattr(permissions, "PERMISSIONS", looked)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    with w.db.reader() as session:
        session.connection()  # the connection's own set-up is not the call's
        event.listen(w.db.engine, "before_cursor_execute", seen)
        error: BaseException | None = None
        try:
            function(**_arguments(FUNCTIONS[name], session, w.actors[role], w))
        except Exception as raised:  # every outcome is judged below
            error = raised
        finally:
            event.remove(w.db.engine, "before_cursor_execute", seen)
            pending = bool(session.new or session.dirty or session.deleted)
            session.rollback()
    monkeypatch.setattr(permissions, "PERMISSIONS", PERMISSIONS)
    return Outcome(error, looked.log, statements, pending)


def _allowed(rule: Rule, role: str) -> bool:
    if role == "nobody":
        return False
    if isinstance(rule, Needs):
        return Role(role) in PERMISSIONS[rule.permission]
    return True


CHECKED = [name for name in WITH_ACTOR if not isinstance(OPERATIONS.get(name), NoCheck)]


@pytest.mark.parametrize("name", CHECKED)
def test_every_role_gets_what_the_table_says(
    world: World, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rule = OPERATIONS[name]
    problems: list[str] = []
    for role in ROLES:
        outcome = _call(world, name, role, monkeypatch)
        if _allowed(rule, role):
            if outcome.refused and not (isinstance(rule, Needs) and rule.then):
                problems.append(f"{role}: refused ({outcome.error}), the table allows it")
            elif isinstance(rule, Needs) and outcome.looked_up[:1] != [rule.permission]:
                problems.append(
                    f"{role}: checked {[p.value for p in outcome.looked_up]} first, "
                    f"not {rule.permission.value}"
                )
            continue
        if not outcome.refused:
            problems.append(f"{role}: not refused (got {outcome.error!r})")
        elif outcome.statements or outcome.pending:
            problems.append(
                f"{role}: refused only after touching the database: {outcome.statements}"
            )
        elif (
            isinstance(rule, Needs)
            and role != "nobody"  # "Sign in first" comes before the table is read
            and outcome.looked_up[:1] != [rule.permission]
        ):
            problems.append(f"{role}: refused by {[p.value for p in outcome.looked_up]}")
        assert not outcome.writes
    assert not problems, f"{name}:\n" + "\n".join(problems)


def test_allowed_transitions_follow_the_table(world: World) -> None:
    @dataclass
    class JobLike:
        status: str
        status_before_hold: str | None = None

    from itc_desktop.models.jobs import JobStatus

    for source in JobStatus:
        job = JobLike(source.value, JobStatus.IN_PROGRESS.value)
        for role in ROLES:
            actor = world.actors[role]
            expected = [
                target
                for target in JobStatus
                if (p := transition_permission(source, target, job.status_before_hold)) is not None
                and actor is not None
                and Role(actor.role) in PERMISSIONS[p]
            ]
            assert allowed_transitions(job, actor) == expected
