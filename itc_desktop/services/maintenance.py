"""Maintenance (ISO/IEC 17025 §6.4.13 g, h): plans every N days and/or N operating hours with
their next due date and hours, the maintenance record, and the out-of-service rule — a
blocking incident takes the equipment out of service until a manager returns it with a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import (
    EQUIPMENT_CURRENCIES,
    KIND_VALUES,
    Equipment,
    EquipmentStatus,
    MaintenanceKind,
    MaintenancePlan,
    MaintenanceRecord,
)
from itc_desktop.models.users import User
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.equipment_settings import get_equipment_settings, lab_zone, local_date
from itc_desktop.services.errors import InvalidTransition, NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.usage import operating_hours_since
from itc_desktop.services.versions import check_version

# Due by hours when this share of the interval or less is left.
HOURS_DUE_SHARE = Decimal("0.1")


class PlanState(StrEnum):
    OK = "ok"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class PlanStatus:
    plan_id: int
    equipment_id: int
    asset_tag: str
    equipment_name: str
    description: str
    interval_days: int | None
    interval_hours: Decimal | None
    last_done_at: datetime | None
    next_due_date: date | None
    days_left: int | None
    hours_since: Decimal
    hours_left: Decimal | None
    state: PlanState
    active: bool


@dataclass(frozen=True)
class MaintenanceRow:
    id: int
    equipment_id: int
    plan_id: int | None
    kind: str
    started_at: datetime
    ended_at: datetime | None
    downtime: timedelta | None
    performed_by: str | None
    external_company: str
    description: str
    cost: Decimal | None
    currency: str
    blocking: bool
    recorded_by: str | None


def _check_intervals(
    interval_days: int | None, interval_hours: Decimal | None, errors: dict[str, str]
) -> Decimal | None:
    if interval_days is None and interval_hours is None:
        errors[_("Interval")] = _("give every N days, every N operating hours, or both")
    if interval_days is not None and interval_days <= 0:
        errors[_("Every N days")] = _("must be more than zero")
    if interval_hours is None:
        return None
    try:
        hours = Decimal(interval_hours)
    except (InvalidOperation, TypeError, ValueError):
        errors[_("Every N operating hours")] = _("not a number")
        return None
    if not hours.is_finite() or hours <= 0:
        errors[_("Every N operating hours")] = _("must be more than zero")
    return hours


def create_plan(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    *,
    description: str,
    interval_days: int | None = None,
    interval_hours: Decimal | None = None,
    last_done_at: datetime | None = None,
) -> int:
    require(actor, Permission.MANAGE_EQUIPMENT)
    equipment_service.get(session, equipment_id)
    errors: dict[str, str] = {}
    if not description.strip():
        errors[_("Description")] = _("required")
    hours = _check_intervals(interval_days, interval_hours, errors)
    if errors:
        raise ValidationError(errors)
    plan = MaintenancePlan(
        equipment_id=equipment_id,
        description=description.strip(),
        interval_days=interval_days,
        interval_hours=hours,
        last_done_at=last_done_at,
    )
    session.add(plan)
    session.flush()
    return plan.id


def update_plan(
    session: Session,
    actor: Actor | None,
    plan_id: int,
    *,
    description: str,
    interval_days: int | None,
    interval_hours: Decimal | None,
    active: bool = True,
) -> None:
    require(actor, Permission.MANAGE_EQUIPMENT)
    plan = _get_plan(session, plan_id)
    errors: dict[str, str] = {}
    if not description.strip():
        errors[_("Description")] = _("required")
    hours = _check_intervals(interval_days, interval_hours, errors)
    if errors:
        raise ValidationError(errors)
    plan.description = description.strip()
    plan.interval_days = interval_days
    plan.interval_hours = hours
    plan.active = active
    session.flush()


def _get_plan(session: Session, plan_id: int) -> MaintenancePlan:
    plan = session.get(MaintenancePlan, plan_id)
    if plan is None:
        raise NotFound(_("There is no maintenance plan with id {id}.", id=plan_id))
    return plan


def _plan_status(
    session: Session, plan: MaintenancePlan, equipment: Equipment, now: datetime, due_days: int
) -> PlanStatus:
    baseline = plan.last_done_at or plan.created_at
    zone = lab_zone(session)
    today = local_date(session, now, zone)
    states = [PlanState.OK]
    next_due = days_left = None
    if plan.interval_days is not None:
        next_due = local_date(session, baseline, zone) + timedelta(days=plan.interval_days)
        days_left = (next_due - today).days
        if days_left < 0:
            states.append(PlanState.OVERDUE)
        elif days_left <= due_days:
            states.append(PlanState.DUE)
    hours_since = operating_hours_since(session, plan.equipment_id, baseline)
    hours_left = None
    if plan.interval_hours is not None:
        interval = Decimal(plan.interval_hours)
        hours_left = interval - hours_since
        if hours_left < 0:
            states.append(PlanState.OVERDUE)
        elif hours_left <= interval * HOURS_DUE_SHARE:
            states.append(PlanState.DUE)
    order = [PlanState.OK, PlanState.DUE, PlanState.OVERDUE]
    return PlanStatus(
        plan_id=plan.id,
        equipment_id=plan.equipment_id,
        asset_tag=equipment.asset_tag,
        equipment_name=equipment.name,
        description=plan.description,
        interval_days=plan.interval_days,
        interval_hours=plan.interval_hours,
        last_done_at=plan.last_done_at,
        next_due_date=next_due,
        days_left=days_left,
        hours_since=hours_since,
        hours_left=hours_left,
        state=max(states, key=order.index),
        active=plan.active,
    )


def list_plans(
    session: Session,
    actor: Actor | None,
    equipment_id: int | None = None,
    now: datetime | None = None,
    include_inactive: bool = False,
) -> list[PlanStatus]:
    """Plans with their next due date/hours: of one equipment, or of all not retired."""
    require(actor, Permission.VIEW_EQUIPMENT)
    now = now or utcnow()
    due_days = get_equipment_settings(session).maintenance_due_soon_days
    stmt = (
        select(MaintenancePlan, Equipment)
        .join(Equipment, Equipment.id == MaintenancePlan.equipment_id)
        .order_by(Equipment.asset_tag, MaintenancePlan.id)
    )
    if equipment_id is not None:
        stmt = stmt.where(MaintenancePlan.equipment_id == equipment_id)
    else:
        stmt = stmt.where(Equipment.status != EquipmentStatus.RETIRED.value)
    if not include_inactive:
        stmt = stmt.where(MaintenancePlan.active.is_(True))
    return [
        _plan_status(session, plan, equipment, now, due_days)
        for plan, equipment in session.execute(stmt).all()
    ]


def due_plans(
    session: Session, actor: Actor | None, now: datetime | None = None
) -> list[PlanStatus]:
    """Due and overdue plans of all equipment, overdue first."""
    plans = [p for p in list_plans(session, actor, now=now) if p.state != PlanState.OK]
    return sorted(plans, key=lambda p: (p.state != PlanState.OVERDUE, p.asset_tag))


def record_maintenance(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    *,
    kind: str,
    started_at: datetime,
    description: str,
    ended_at: datetime | None = None,
    performed_by_id: int | None = None,
    external_company: str = "",
    cost: Decimal | None = None,
    currency: str = "EUR",
    blocking: bool = False,
    plan_id: int | None = None,
) -> int:
    """Records maintenance work. Without an end the equipment is under maintenance until
    `finish_maintenance`; a blocking incident takes it out of service. Work by neither a staff
    member nor a company is taken as done by the one recording it."""
    actor = require(actor, Permission.RECORD_MAINTENANCE)
    equipment = equipment_service.get(session, equipment_id)
    errors: dict[str, str] = {}
    if kind not in KIND_VALUES:
        errors[_("Kind")] = _("one of {list}", list=", ".join(KIND_VALUES))
    if not description.strip():
        errors[_("Description")] = _("required")
    if ended_at is not None and ended_at < started_at:
        errors[_("End")] = _("must be after the start")
    if started_at > utcnow() + timedelta(minutes=5):
        errors[_("Start")] = _("cannot be in the future")
    if blocking and kind != MaintenanceKind.INCIDENT:
        errors[_("Blocking")] = _("only an incident can block the equipment")
    if currency not in EQUIPMENT_CURRENCIES:
        errors[_("Currency")] = _("one of {list}", list=", ".join(EQUIPMENT_CURRENCIES))
    if cost is not None:
        try:
            cost = Decimal(cost)
            if not cost.is_finite() or cost < 0:
                errors[_("Cost")] = _("must be zero or more")
        except (InvalidOperation, TypeError, ValueError):
            errors[_("Cost")] = _("not a number")
    if performed_by_id is not None and session.get(User, performed_by_id) is None:
        errors[_("Performed by")] = _("unknown user")
    if len(external_company) > 200:
        errors[_("External company")] = _("at most {n} characters", n=200)
    plan = None
    if plan_id is not None:
        plan = session.get(MaintenancePlan, plan_id)
        if plan is None or plan.equipment_id != equipment_id:
            errors[_("Plan")] = _("not a maintenance plan of this equipment")
    if equipment.status == EquipmentStatus.RETIRED:
        errors[_("Equipment")] = _("{tag} is retired", tag=equipment.asset_tag)
    if errors:
        raise ValidationError(errors)
    if performed_by_id is None and not external_company.strip():
        performed_by_id = actor.id
    record = MaintenanceRecord(
        equipment_id=equipment_id,
        plan_id=plan_id,
        kind=kind,
        started_at=started_at,
        ended_at=ended_at,
        performed_by_id=performed_by_id,
        external_company=external_company.strip(),
        description=description.strip(),
        cost=cost,
        currency=currency,
        blocking=blocking,
        recorded_by_id=actor.id,
    )
    session.add(record)
    session.flush()
    if plan is not None and ended_at is not None:
        _mark_plan_done(plan, ended_at)
    if blocking:
        equipment_service.change_status(
            session,
            actor,
            equipment,
            EquipmentStatus.OUT_OF_SERVICE,
            _("Blocking incident: {text}", text=record.description),
            maintenance_record_id=record.id,
        )
    elif ended_at is None and equipment.status == EquipmentStatus.AVAILABLE:
        equipment_service.change_status(
            session,
            actor,
            equipment,
            EquipmentStatus.MAINTENANCE,
            record.description,
            maintenance_record_id=record.id,
        )
    return record.id


def _mark_plan_done(plan: MaintenancePlan, done_at: datetime) -> None:
    if plan.last_done_at is None or plan.last_done_at < done_at:
        plan.last_done_at = done_at


def finish_maintenance(
    session: Session, actor: Actor | None, record_id: int, ended_at: datetime | None = None
) -> None:
    """Ends open maintenance work; the equipment is available again when no other work is
    open. A blocking incident's equipment stays out of service until return_to_service."""
    actor = require(actor, Permission.RECORD_MAINTENANCE)
    record = session.get(MaintenanceRecord, record_id)
    if record is None:
        raise NotFound(_("There is no maintenance record with id {id}.", id=record_id))
    if record.ended_at is not None:
        raise InvalidTransition(_("This maintenance work has already ended."))
    now = utcnow()
    ended_at = ended_at or now
    if ended_at < record.started_at:
        raise ValidationError(_("must be after the start"), field=_("End"))
    if ended_at > now + timedelta(minutes=5):
        # Finished means done: planned downtime is a maintenance window, not a record's end.
        raise ValidationError(_("cannot be in the future"), field=_("End"))
    record.ended_at = ended_at
    session.flush()
    if record.plan_id is not None:
        _mark_plan_done(_get_plan(session, record.plan_id), ended_at)
    equipment = equipment_service.get(session, record.equipment_id)
    still_open = session.scalar(
        select(MaintenanceRecord.id).where(
            MaintenanceRecord.equipment_id == record.equipment_id,
            MaintenanceRecord.ended_at.is_(None),
        )
    )
    if equipment.status == EquipmentStatus.MAINTENANCE and still_open is None:
        equipment_service.change_status(
            session,
            actor,
            equipment,
            EquipmentStatus.AVAILABLE,
            _("Maintenance finished: {text}", text=record.description),
            maintenance_record_id=record.id,
        )


def return_to_service(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    note: str,
    *,
    expected_version: int | None = None,
) -> None:
    """A manager declares out-of-service equipment fit again (ISO/IEC 17025 §6.4.9); open
    blocking incidents end now. With `expected_version` (the version the caller read) a
    decision based on a copy someone else changed meanwhile is refused, naming who and when."""
    actor = require(actor, Permission.RETURN_TO_SERVICE)
    equipment = equipment_service.get(session, equipment_id)
    check_version(equipment, expected_version, equipment.asset_tag)
    if equipment.status != EquipmentStatus.OUT_OF_SERVICE:
        raise InvalidTransition(_("{tag} is not out of service.", tag=equipment.asset_tag))
    if not note.strip():
        raise ValidationError(_("say what was checked before it is used again"), field=_("Note"))
    now = utcnow()
    open_incidents = session.scalars(
        select(MaintenanceRecord).where(
            MaintenanceRecord.equipment_id == equipment_id,
            MaintenanceRecord.blocking.is_(True),
            MaintenanceRecord.ended_at.is_(None),
        )
    )
    for incident in open_incidents:
        incident.ended_at = max(now, incident.started_at)
    equipment_service.change_status(
        session, actor, equipment, EquipmentStatus.AVAILABLE, note.strip()
    )


def list_records(session: Session, actor: Actor | None, equipment_id: int) -> list[MaintenanceRow]:
    """Newest first."""
    require(actor, Permission.VIEW_EQUIPMENT)
    performer = aliased(User)
    recorder = aliased(User)
    rows = session.execute(
        select(MaintenanceRecord, performer.full_name, recorder.full_name)
        .outerjoin(performer, performer.id == MaintenanceRecord.performed_by_id)
        .outerjoin(recorder, recorder.id == MaintenanceRecord.recorded_by_id)
        .where(MaintenanceRecord.equipment_id == equipment_id)
        .order_by(MaintenanceRecord.started_at.desc(), MaintenanceRecord.id.desc())
    ).all()
    return [
        MaintenanceRow(
            id=r.id,
            equipment_id=r.equipment_id,
            plan_id=r.plan_id,
            kind=r.kind,
            started_at=r.started_at,
            ended_at=r.ended_at,
            downtime=(r.ended_at - r.started_at) if r.ended_at is not None else None,
            performed_by=performed_by,
            external_company=r.external_company,
            description=r.description,
            cost=r.cost,
            currency=r.currency,
            blocking=r.blocking,
            recorded_by=recorded_by,
        )
        for r, performed_by, recorded_by in rows
    ]
