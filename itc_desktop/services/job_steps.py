"""The plan of a job: its ordered steps, each optionally on one piece of equipment, with
planned hours and the actual hours from the usage log (usage sessions linked to the step).

Managers and admins plan (MANAGE_JOBS: add, edit, remove, reorder); whoever works on the job
(WORK_ON_JOBS) moves a step's status (planned → in progress → done, or back)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.equipment import Equipment, UsageSession
from itc_desktop.models.jobs import STEP_STATUS_VALUES, JobStep, StepStatus
from itc_desktop.models.users import User
from itc_desktop.services.errors import Conflict, NotFound, ValidationError
from itc_desktop.services.job_costs import session_hours
from itc_desktop.services.jobs import get_job_row, refuse_if_closed
from itc_desktop.services.permissions import Permission, require

_HOURS_STEP = Decimal("0.01")


@dataclass
class StepInput:
    description: str
    equipment_id: int | None = None
    planned_hours: Decimal = Decimal("0")
    status: str = StepStatus.PLANNED.value


@dataclass(frozen=True)
class StepView:
    id: int
    job_id: int
    sequence: int
    description: str
    equipment_id: int | None
    equipment_name: str | None
    planned_hours: Decimal
    actual_hours: Decimal  # finished usage sessions linked to this step
    running_sessions: int  # usage sessions on this step still running
    status: str


def _checked(session: Session, data: StepInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    description = data.description.strip()
    if not description:
        errors[_("Description")] = _("required")
    if data.equipment_id is not None and session.get(Equipment, data.equipment_id) is None:
        errors[_("Equipment")] = _("no equipment with id {id}", id=data.equipment_id)
    hours = Decimal("0")
    try:
        hours = Decimal(data.planned_hours)
        if not hours.is_finite() or hours < 0 or hours >= 1_000_000:
            errors[_("Planned hours")] = _("zero or more hours")
    except (InvalidOperation, TypeError, ValueError):
        errors[_("Planned hours")] = _("not a number: {value}", value=data.planned_hours)
    if data.status not in STEP_STATUS_VALUES:
        errors[_("Status")] = _("one of {list}", list=", ".join(STEP_STATUS_VALUES))
    if errors:
        raise ValidationError(errors)
    return {
        "description": description,
        "equipment_id": data.equipment_id,
        "planned_hours": hours.quantize(_HOURS_STEP),
        "status": data.status,
    }


def _get_step(session: Session, step_id: int) -> JobStep:
    step = session.get(JobStep, step_id)
    if step is None:
        raise NotFound(_("No job step with id {id}.", id=step_id))
    return step


def _steps(session: Session, job_id: int) -> list[JobStep]:
    return list(
        session.scalars(select(JobStep).where(JobStep.job_id == job_id).order_by(JobStep.sequence))
    )


def _renumber(session: Session, ordered: Sequence[JobStep]) -> None:
    """Sequence 1..n in the given order. Two passes through negative numbers, because the
    database checks unique (job, sequence) after every row, not at the end."""
    changed = [(step, number) for number, step in enumerate(ordered, 1) if step.sequence != number]
    if not changed:
        return
    for step, number in changed:
        step.sequence = -number
    session.flush()
    for step, number in changed:
        step.sequence = number
    session.flush()


def add_step(
    session: Session,
    actor: Actor | None,
    job_id: int,
    data: StepInput,
    *,
    position: int | None = None,
) -> int:
    """Adds a step at the end, or at `position` (1-based; later steps move down). Returns
    its id."""
    require(actor, Permission.MANAGE_JOBS)
    job = get_job_row(session, job_id)
    refuse_if_closed(job)
    values = _checked(session, data)
    steps = _steps(session, job_id)
    if position is not None and not 1 <= position <= len(steps) + 1:
        raise ValidationError(_("between 1 and {n}", n=len(steps) + 1), field=_("Position"))
    last = max((s.sequence for s in steps), default=0)
    step = JobStep(job_id=job_id, sequence=last + 1, **values)
    session.add(step)
    session.flush()
    if position is not None:
        steps.insert(position - 1, step)
        _renumber(session, steps)
    return step.id


def update_step(session: Session, actor: Actor | None, step_id: int, data: StepInput) -> None:
    require(actor, Permission.MANAGE_JOBS)
    step = _get_step(session, step_id)
    refuse_if_closed(get_job_row(session, step.job_id))
    for key, value in _checked(session, data).items():
        if getattr(step, key) != value:
            setattr(step, key, value)
    session.flush()


def set_step_status(session: Session, actor: Actor | None, step_id: int, status: str) -> None:
    require(actor, Permission.WORK_ON_JOBS)
    if status not in STEP_STATUS_VALUES:
        raise ValidationError(
            _("one of {list}", list=", ".join(STEP_STATUS_VALUES)), field=_("Status")
        )
    step = _get_step(session, step_id)
    refuse_if_closed(get_job_row(session, step.job_id))
    if step.status != status:
        step.status = status
        session.flush()


def remove_step(session: Session, actor: Actor | None, step_id: int) -> None:
    """Removes a planned step and closes the gap in the numbering. A step with usage
    sessions is part of the record of the work and is refused."""
    require(actor, Permission.MANAGE_JOBS)
    step = _get_step(session, step_id)
    refuse_if_closed(get_job_row(session, step.job_id))
    used = session.scalar(select(func.count()).where(UsageSession.job_step_id == step_id))
    if used:
        raise Conflict(
            _(
                "Step {n} has {count} usage session(s) logged against it; it cannot be removed.",
                n=step.sequence,
                count=used,
            )
        )
    job_id = step.job_id
    session.delete(step)
    session.flush()
    _renumber(session, _steps(session, job_id))


def reorder_steps(
    session: Session, actor: Actor | None, job_id: int, step_ids: Sequence[int]
) -> None:
    """Puts the job's steps in the order of `step_ids` (all of them, each once), numbered
    from 1."""
    require(actor, Permission.MANAGE_JOBS)
    refuse_if_closed(get_job_row(session, job_id))
    steps = {s.id: s for s in _steps(session, job_id)}
    if sorted(step_ids) != sorted(steps):
        raise ValidationError(_("name every step of the job exactly once"), field=_("Order"))
    _renumber(session, [steps[i] for i in step_ids])


def move_step(session: Session, actor: Actor | None, step_id: int, position: int) -> None:
    """Moves one step to `position` (1-based)."""
    require(actor, Permission.MANAGE_JOBS)  # before the step is read
    step = _get_step(session, step_id)
    order = [s.id for s in _steps(session, step.job_id)]
    if not 1 <= position <= len(order):
        raise ValidationError(_("between 1 and {n}", n=len(order)), field=_("Position"))
    order.remove(step_id)
    order.insert(position - 1, step_id)
    reorder_steps(session, actor, step.job_id, order)


def list_steps(session: Session, actor: Actor | None, job_id: int) -> list[StepView]:
    require(actor, Permission.VIEW_JOBS)
    get_job_row(session, job_id)
    hours: dict[int, Decimal] = {}
    running: dict[int, int] = {}
    usage = session.scalars(
        select(UsageSession).where(
            UsageSession.job_id == job_id, UsageSession.job_step_id.is_not(None)
        )
    )
    for usage_session in usage:
        step_id = usage_session.job_step_id
        assert step_id is not None
        spent = session_hours(usage_session)
        if spent is None:
            running[step_id] = running.get(step_id, 0) + 1
        else:
            hours[step_id] = hours.get(step_id, Decimal("0")) + spent
    rows = session.execute(
        select(JobStep, Equipment.name)
        .outerjoin(Equipment, Equipment.id == JobStep.equipment_id)
        .where(JobStep.job_id == job_id)
        .order_by(JobStep.sequence)
    )
    return [
        StepView(
            id=step.id,
            job_id=step.job_id,
            sequence=step.sequence,
            description=step.description,
            equipment_id=step.equipment_id,
            equipment_name=name,
            planned_hours=step.planned_hours,
            actual_hours=hours.get(step.id, Decimal("0")).quantize(_HOURS_STEP),
            running_sessions=running.get(step.id, 0),
            status=step.status,
        )
        for step, name in rows
    ]


def link_usage_session(
    session: Session,
    actor: Actor | None,
    usage_session_id: int,
    job_id: int | None,
    step_id: int | None = None,
) -> None:
    """Books a usage session (a machine's start/stop) to a job and optionally one of its
    steps, so its hours count as the job's actual hours and machine cost. `job_id` None
    unlinks it. A session of a delivered or cancelled job stays with it: its hours are part
    of that job's record and costs."""
    require(actor, Permission.WORK_ON_JOBS)
    usage = session.get(UsageSession, usage_session_id)
    if usage is None:
        raise NotFound(_("No usage session with id {id}.", id=usage_session_id))
    if usage.job_id is not None and usage.job_id != job_id:
        refuse_if_closed(get_job_row(session, usage.job_id))
    if job_id is None:
        if step_id is not None:
            raise ValidationError(_("a step needs its job"), field=_("Step"))
        usage.job_id = None
        usage.job_step_id = None
        session.flush()
        return
    job = get_job_row(session, job_id)
    refuse_if_closed(job)
    if step_id is not None:
        step = session.get(JobStep, step_id)
        if step is None or step.job_id != job_id:
            raise ValidationError(
                _("not a step of {reference}", reference=job.reference), field=_("Step")
            )
    usage.job_id = job_id
    usage.job_step_id = step_id
    if usage.job_reference != job.reference:
        usage.job_reference = job.reference
    session.flush()


@dataclass(frozen=True)
class UsageLine:
    """A usage session as the job's Steps tab shows it."""

    id: int
    job_id: int | None
    step_id: int | None
    equipment_id: int
    equipment_name: str
    operator_name: str
    started_at: datetime
    stopped_at: datetime | None
    hours: Decimal | None  # None while running
    purpose: str


def _usage_lines(session: Session, query: Select[tuple[UsageSession]]) -> list[UsageLine]:
    rows = session.execute(
        query.add_columns(Equipment.name, User.full_name)
        .join(Equipment, Equipment.id == UsageSession.equipment_id)
        .join(User, User.id == UsageSession.operator_id)
    )
    return [
        UsageLine(
            id=usage.id,
            job_id=usage.job_id,
            step_id=usage.job_step_id,
            equipment_id=usage.equipment_id,
            equipment_name=equipment_name,
            operator_name=operator_name,
            started_at=usage.started_at,
            stopped_at=usage.stopped_at,
            hours=None if (h := session_hours(usage)) is None else h.quantize(_HOURS_STEP),
            purpose=usage.purpose,
        )
        for usage, equipment_name, operator_name in rows
    ]


def list_job_usage(session: Session, actor: Actor | None, job_id: int) -> list[UsageLine]:
    """The usage sessions booked to the job (with their step, if any), oldest first."""
    require(actor, Permission.VIEW_JOBS)
    get_job_row(session, job_id)
    return _usage_lines(
        session,
        select(UsageSession)
        .where(UsageSession.job_id == job_id)
        .order_by(UsageSession.started_at, UsageSession.id),
    )


def linkable_usage_sessions(
    session: Session, actor: Actor | None, step_id: int, *, limit: int = 50
) -> list[UsageLine]:
    """Sessions on the step's equipment that no job claims yet, newest first: what the
    "link usage" dialog offers. A step without equipment offers nothing."""
    require(actor, Permission.VIEW_JOBS)
    step = _get_step(session, step_id)
    if step.equipment_id is None:
        return []
    return _usage_lines(
        session,
        select(UsageSession)
        .where(UsageSession.equipment_id == step.equipment_id, UsageSession.job_id.is_(None))
        .order_by(UsageSession.started_at.desc(), UsageSession.id.desc())
        .limit(limit),
    )
