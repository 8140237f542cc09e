"""The usage log: the technician's start/stop of a machine, running sessions, forgotten ones,
a manager's correction, and the hours per month.

Energy per session: with both hour-meter readings, nominal power × metered operating hours;
otherwise nominal power × wall-clock hours. Without a nominal power there is no estimate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from itertools import pairwise
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import (
    STATUS_LABELS,
    Equipment,
    EquipmentStatus,
    EquipmentStatusChange,
    UsageSession,
)
from itc_desktop.models.jobs import CLOSED_STATUS_VALUES, Job
from itc_desktop.models.users import User
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.bookings import link_usage_session
from itc_desktop.services.calibration import check_instrument_usable
from itc_desktop.services.equipment_settings import get_equipment_settings, lab_zone
from itc_desktop.services.errors import (
    Conflict,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from itc_desktop.services.jobs import JobFilter, list_jobs, normalize_reference
from itc_desktop.services.lazy_rows import LazyRows
from itc_desktop.services.permissions import Permission, can, require
from itc_desktop.services.qualifications import check_qualified

# A clock a few minutes ahead on another station is not "the future".
_CLOCK_SLACK = timedelta(minutes=5)
_HOURS = Decimal("0.001")


@dataclass(frozen=True)
class RunningSession:
    id: int
    equipment_id: int
    asset_tag: str
    equipment_name: str
    operator_id: int
    operator_name: str
    started_at: datetime
    elapsed: timedelta
    job_reference: str
    purpose: str
    forgotten: bool  # running longer than the configured limit


@dataclass(frozen=True)
class UsageRow:
    id: int
    equipment_id: int
    asset_tag: str
    operator_id: int
    operator_name: str
    job_reference: str
    purpose: str
    started_at: datetime
    stopped_at: datetime | None
    duration_hours: Decimal | None
    meter_start: Decimal | None
    meter_stop: Decimal | None
    energy_kwh: Decimal | None
    material_consumed: str
    notes: str
    override_id: int | None
    corrected: bool
    correction_reason: str


@dataclass(frozen=True)
class MonthHours:
    month: date  # the first day of the month (lab time zone)
    hours: float


def hours_between(start: datetime, stop: datetime) -> Decimal:
    seconds = Decimal(int((stop - start).total_seconds()))
    return (seconds / 3600).quantize(_HOURS, rounding=ROUND_HALF_UP)


def energy_kwh(
    nominal_power_kw: Decimal | None,
    duration_hours: Decimal,
    meter_start: Decimal | None,
    meter_stop: Decimal | None,
) -> Decimal | None:
    """Meter-based where both readings exist, else nominal power × wall-clock hours."""
    if nominal_power_kw is None:
        return None
    if meter_start is not None and meter_stop is not None:
        hours = Decimal(meter_stop) - Decimal(meter_start)
    else:
        hours = duration_hours
    return (Decimal(nominal_power_kw) * hours).quantize(_HOURS, rounding=ROUND_HALF_UP)


def _refuse_unusable_status(session: Session, equipment: Equipment) -> None:
    if equipment.status == EquipmentStatus.AVAILABLE:
        return
    if equipment.status == EquipmentStatus.RETIRED:
        raise InvalidTransition(
            _(
                "{tag} {name} is retired and can no longer be used.",
                tag=equipment.asset_tag,
                name=equipment.name,
            )
        )
    if equipment.status == EquipmentStatus.OUT_OF_SERVICE:
        note = session.scalar(
            select(EquipmentStatusChange.note)
            .where(
                EquipmentStatusChange.equipment_id == equipment.id,
                EquipmentStatusChange.to_status == EquipmentStatus.OUT_OF_SERVICE.value,
            )
            .order_by(EquipmentStatusChange.changed_at.desc(), EquipmentStatusChange.id.desc())
            .limit(1)
        )
        raise InvalidTransition(
            _(
                "{tag} {name} is out of service ({note}); a manager must return it to service "
                "before it is used.",
                tag=equipment.asset_tag,
                name=equipment.name,
                note=note or _("no reason given"),
            )
        )
    raise InvalidTransition(
        _(
            "{tag} {name} is {status} and cannot be used now.",
            tag=equipment.asset_tag,
            name=equipment.name,
            status=_(STATUS_LABELS[equipment.status]).lower(),
        )
    )


def _running_conflict(session: Session, equipment: Equipment) -> Conflict | None:
    row = session.execute(
        select(User.full_name, UsageSession.started_at)
        .join(User, User.id == UsageSession.operator_id)
        .where(UsageSession.equipment_id == equipment.id, UsageSession.stopped_at.is_(None))
    ).first()
    if row is None:
        return None
    since = row.started_at.astimezone(lab_zone(session)).strftime("%Y-%m-%d %H:%M")
    return Conflict(
        _(
            "{tag} {name} is already in use by {operator} since {since}; stop that session first.",
            tag=equipment.asset_tag,
            name=equipment.name,
            operator=row.full_name,
            since=since,
        )
    )


@dataclass(frozen=True)
class JobChoice:
    """An open job, offered by the job field of Start use."""

    reference: str
    title: str
    company_name: str


def open_job_choices(session: Session, actor: Actor | None, limit: int = 500) -> list[JobChoice]:
    """The open jobs (newest first) for the job field of Start use; none for a role that
    does not see jobs."""
    require(actor, Permission.USE_EQUIPMENT)
    if not can(actor, Permission.VIEW_JOBS):
        return []
    rows = list_jobs(session, actor, JobFilter(include_closed=False), limit=limit)
    return [JobChoice(r.reference, r.title, r.company_name) for r in rows]


def _job_for_reference(session: Session, reference: str) -> Job | None:
    """The lab's job with this reference (case and spaces forgiven), if there is one."""
    text = normalize_reference(reference)
    if not text:
        return None
    return session.scalar(select(Job).where(Job.reference == text))


def start_use(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    *,
    operator_id: int | None = None,
    job_reference: str = "",
    purpose: str = "",
    started_at: datetime | None = None,
    meter_start: Decimal | None = None,
    override_id: int | None = None,
) -> int:
    """Starts a usage session and returns its id. The operator is the signed-in user unless a
    manager starts it for someone else; a job reference of the lab links it to that job.
    Refused for retired, out-of-service or maintenance equipment, unqualified operators,
    instruments out of calibration without a manager's override, and equipment already in
    use."""
    actor = require(actor, Permission.USE_EQUIPMENT)
    operator_id = actor.id if operator_id is None else operator_id
    if operator_id != actor.id and not can(actor, Permission.CORRECT_USAGE):
        raise PermissionDenied(_("Only a manager may start a session for another operator."))
    equipment = equipment_service.get(session, equipment_id)
    now = utcnow()
    started_at = started_at or now
    errors: dict[str, str] = {}
    if started_at > now + _CLOCK_SLACK:
        errors[_("Start")] = _("cannot be in the future")
    if meter_start is not None and Decimal(meter_start) < 0:
        errors[_("Hour meter at start")] = _("must be zero or more")
    if len(job_reference) > 64:
        errors[_("Job")] = _("at most {n} characters", n=64)
    operator = session.get(User, operator_id)
    if operator is None or not operator.active:
        errors[_("Operator")] = _("not an active user")
    # A reference of one of the lab's jobs links the session to that job (its hours and
    # machine cost count there); any other text is kept as an outside reference.
    job = _job_for_reference(session, job_reference)
    if job is not None and job.status in CLOSED_STATUS_VALUES:
        errors[_("Job")] = _(
            "{reference} is {status}; machine time can no longer be booked to it",
            reference=job.reference,
            status=job.status,
        )
    if errors:
        raise ValidationError(errors)
    _refuse_unusable_status(session, equipment)
    conflict = _running_conflict(session, equipment)
    if conflict is not None:
        raise conflict
    check_qualified(session, operator_id, equipment_id, started_at)
    override = check_instrument_usable(session, equipment_id, started_at, actor, override_id)
    usage = UsageSession(
        equipment_id=equipment_id,
        operator_id=operator_id,
        job_reference=job.reference if job is not None else job_reference.strip(),
        job_id=job.id if job is not None else None,
        purpose=purpose.strip(),
        started_at=started_at,
        meter_start=meter_start,
        override_id=override.id if override is not None else None,
    )
    try:
        # The partial unique index is the last word when two stations start at once.
        with session.begin_nested():
            session.add(usage)
            session.flush()
    except IntegrityError:
        raise _running_conflict(session, equipment) or Conflict(
            _("{tag} was started at another station just now.", tag=equipment.asset_tag)
        ) from None
    # Booked vs used: a session started in the operator's booking belongs to it.
    link_usage_session(session, usage.id)
    return usage.id


def _last_meter_reading(session: Session, equipment_id: int, before: datetime) -> Decimal | None:
    return session.scalar(
        select(UsageSession.meter_stop)
        .where(
            UsageSession.equipment_id == equipment_id,
            UsageSession.meter_stop.is_not(None),
            UsageSession.started_at < before,
        )
        .order_by(UsageSession.started_at.desc())
        .limit(1)
    )


def _get_usage(session: Session, usage_id: int) -> UsageSession:
    usage = session.get(UsageSession, usage_id)
    if usage is None:
        raise NotFound(_("There is no usage session with id {id}.", id=usage_id))
    return usage


def _complete(usage: UsageSession, nominal_power_kw: Decimal | None) -> None:
    """Duration and energy from the times and readings (at stop and after a correction)."""
    assert usage.stopped_at is not None
    usage.duration_hours = hours_between(usage.started_at, usage.stopped_at)
    usage.energy_kwh = energy_kwh(
        nominal_power_kw, usage.duration_hours, usage.meter_start, usage.meter_stop
    )


def stop_use(
    session: Session,
    actor: Actor | None,
    usage_id: int,
    *,
    stopped_at: datetime | None = None,
    notes: str = "",
    meter_stop: Decimal | None = None,
    material_consumed: str = "",
) -> UsageRow:
    """Stops a running session (anyone on the floor may stop a colleague's; it is audited).
    A meter reading at stop without one at start continues from the previous session's."""
    require(actor, Permission.USE_EQUIPMENT)
    usage = _get_usage(session, usage_id)
    if usage.stopped_at is not None:
        raise InvalidTransition(_("This usage session was already stopped."))
    # Read before changing anything, so the stop is flushed (and audited) as one update.
    power = equipment_service.get(session, usage.equipment_id).nominal_power_kw
    now = utcnow()
    stopped_at = stopped_at or now
    errors: dict[str, str] = {}
    if stopped_at > now + _CLOCK_SLACK:
        errors[_("Stop")] = _("cannot be in the future")
    elif stopped_at < usage.started_at:
        errors[_("Stop")] = _("must be after the start")
    if meter_stop is not None:
        meter_stop = Decimal(meter_stop)
        if usage.meter_start is None:
            usage.meter_start = _last_meter_reading(session, usage.equipment_id, usage.started_at)
        if usage.meter_start is not None and meter_stop < usage.meter_start:
            errors[_("Hour meter at stop")] = _(
                "must not be below the reading at start ({value} h)", value=usage.meter_start
            )
        elif meter_stop < 0:
            errors[_("Hour meter at stop")] = _("must be zero or more")
    if errors:
        raise ValidationError(errors)
    usage.stopped_at = stopped_at
    usage.meter_stop = meter_stop
    usage.notes = notes.strip()
    usage.material_consumed = material_consumed.strip()
    _complete(usage, power)
    session.flush()
    return _usage_rows(session, select_ids=[usage.id])[0]


def correct_session(
    session: Session,
    actor: Actor | None,
    usage_id: int,
    *,
    started_at: datetime,
    stopped_at: datetime | None,
    reason: str,
) -> None:
    """A manager fixes the times of a session (a forgotten stop, a wrong start). The old
    values stay in the audit trail; the session is marked corrected with the reason."""
    require(actor, Permission.CORRECT_USAGE)
    usage = _get_usage(session, usage_id)
    power = equipment_service.get(session, usage.equipment_id).nominal_power_kw
    errors: dict[str, str] = {}
    if not reason.strip():
        errors[_("Reason")] = _("say why the times are corrected")
    if stopped_at is None and usage.stopped_at is not None:
        errors[_("Stop")] = _("a stopped session keeps a stop time")
    if stopped_at is not None and stopped_at < started_at:
        errors[_("Stop")] = _("must be after the start")
    now = utcnow() + _CLOCK_SLACK
    if started_at > now or (stopped_at is not None and stopped_at > now):
        errors[_("Start")] = _("cannot be in the future")
    if errors:
        raise ValidationError(errors)
    usage.started_at = started_at
    usage.stopped_at = stopped_at
    usage.corrected = True
    usage.correction_reason = reason.strip()
    if stopped_at is not None:
        _complete(usage, power)
    session.flush()


def running_session_for(
    session: Session, actor: Actor | None, equipment_id: int, now: datetime | None = None
) -> RunningSession | None:
    """The session running on one equipment (the start/stop key toggles on this)."""
    found = [r for r in running_sessions(session, actor, now, equipment_id=equipment_id)]
    return found[0] if found else None


def running_sessions(
    session: Session,
    actor: Actor | None,
    now: datetime | None = None,
    *,
    equipment_id: int | None = None,
) -> list[RunningSession]:
    """All running sessions, longest-running first, with elapsed time and the forgotten flag."""
    require(actor, Permission.VIEW_EQUIPMENT)
    now = now or utcnow()
    limit = timedelta(hours=get_equipment_settings(session).forgotten_session_hours)
    stmt = (
        select(UsageSession, Equipment.asset_tag, Equipment.name, User.full_name)
        .join(Equipment, Equipment.id == UsageSession.equipment_id)
        .join(User, User.id == UsageSession.operator_id)
        .where(UsageSession.stopped_at.is_(None))
        .order_by(UsageSession.started_at, UsageSession.id)
    )
    if equipment_id is not None:
        stmt = stmt.where(UsageSession.equipment_id == equipment_id)
    result = []
    for usage, tag, name, operator in session.execute(stmt).all():
        elapsed = max(now - usage.started_at, timedelta(0))
        result.append(
            RunningSession(
                id=usage.id,
                equipment_id=usage.equipment_id,
                asset_tag=tag,
                equipment_name=name,
                operator_id=usage.operator_id,
                operator_name=operator,
                started_at=usage.started_at,
                elapsed=elapsed,
                job_reference=usage.job_reference,
                purpose=usage.purpose,
                forgotten=elapsed > limit,
            )
        )
    return result


def forgotten_sessions(
    session: Session, actor: Actor | None, now: datetime | None = None
) -> list[RunningSession]:
    return [r for r in running_sessions(session, actor, now) if r.forgotten]


# The columns of a UsageRow, in its fields' order: a Core select of these builds the rows
# straight from the result tuples (full UsageSession entities cost ~6× the query itself).
_ROW_COLUMNS = (
    UsageSession.id,
    UsageSession.equipment_id,
    Equipment.asset_tag,
    UsageSession.operator_id,
    User.full_name.label("operator_name"),
    UsageSession.job_reference,
    UsageSession.purpose,
    UsageSession.started_at,
    UsageSession.stopped_at,
    UsageSession.duration_hours,
    UsageSession.meter_start,
    UsageSession.meter_stop,
    UsageSession.energy_kwh,
    UsageSession.material_consumed,
    UsageSession.notes,
    UsageSession.override_id,
    UsageSession.corrected,
    UsageSession.correction_reason,
)


@dataclass(frozen=True)
class UsageCursor:
    """Where the next page of a sessions list starts: after this session (newest first)."""

    started_at: datetime
    id: int


def usage_cursor_of(row: UsageRow) -> UsageCursor:
    return UsageCursor(row.started_at, row.id)


@cache
def _rows_statement(
    *, by_ids: bool, by_equipment: bool, by_operator: bool, after: bool, limited: bool
) -> Select[Any]:
    """The sessions list statement of one shape, built once: its parameters are bound at each
    call, so neither the statement nor its compiled form is rebuilt per page."""
    stmt = (
        select(*_ROW_COLUMNS)
        .join(Equipment, Equipment.id == UsageSession.equipment_id)
        .join(User, User.id == UsageSession.operator_id)
        .order_by(UsageSession.started_at.desc(), UsageSession.id.desc())
    )
    if by_ids:
        stmt = stmt.where(UsageSession.id.in_(bindparam("ids", expanding=True)))
    if by_equipment:
        stmt = stmt.where(UsageSession.equipment_id == bindparam("equipment_id"))
    if by_operator:
        stmt = stmt.where(UsageSession.operator_id == bindparam("operator_id"))
    if after:
        # Keyset paging: the (started_at, id) index range after the last row shown, whatever
        # the page number (OFFSET reads and skips every earlier row). The plain upper bound
        # lets the planner start the index range there; the or_() alone would not.
        after_start = bindparam("after_started_at", type_=UsageSession.started_at.type)
        after_id = bindparam("after_id")
        stmt = stmt.where(
            UsageSession.started_at <= after_start,
            or_(
                UsageSession.started_at < after_start,
                and_(UsageSession.started_at == after_start, UsageSession.id < after_id),
            ),
        )
    if limited:
        stmt = stmt.limit(bindparam("limit"))
    return stmt


def _usage_rows(
    session: Session,
    *,
    select_ids: list[int] | None = None,
    equipment_id: int | None = None,
    operator_id: int | None = None,
    after: UsageCursor | None = None,
    limit: int | None = None,
) -> LazyRows[UsageRow]:
    stmt = _rows_statement(
        by_ids=select_ids is not None,
        by_equipment=equipment_id is not None,
        by_operator=operator_id is not None,
        after=after is not None,
        limited=limit is not None,
    )
    parameters: dict[str, Any] = {
        "ids": select_ids,
        "equipment_id": equipment_id,
        "operator_id": operator_id,
        "limit": limit,
    }
    if after is not None:
        parameters["after_started_at"] = after.started_at
        parameters["after_id"] = after.id
    # Through the session's connection: the ORM's result layer would cost ~4× the rows
    # themselves. That skips autoflush (a caller that changed a session flushes first). The
    # rows are built as they are read (a view reads the visible ones).
    return LazyRows(session.connection(), stmt, parameters, UsageRow)


def list_sessions(
    session: Session,
    actor: Actor | None,
    *,
    equipment_id: int | None = None,
    operator_id: int | None = None,
    after: UsageCursor | None = None,
    limit: int | None = 200,
) -> Sequence[UsageRow]:
    """Sessions newest first, of one equipment and/or one operator; the next page starts after
    the cursor of the last row shown (`usage_cursor_of`)."""
    require(actor, Permission.VIEW_EQUIPMENT)
    return _usage_rows(
        session, equipment_id=equipment_id, operator_id=operator_id, after=after, limit=limit
    )


def count_sessions(
    session: Session,
    actor: Actor | None,
    *,
    equipment_id: int | None = None,
    operator_id: int | None = None,
) -> int:
    require(actor, Permission.VIEW_EQUIPMENT)
    stmt = select(func.count(UsageSession.id))
    if equipment_id is not None:
        stmt = stmt.where(UsageSession.equipment_id == equipment_id)
    if operator_id is not None:
        stmt = stmt.where(UsageSession.operator_id == operator_id)
    return session.scalar(stmt) or 0


def _month_starts(now: datetime, months: int, session: Session) -> list[datetime]:
    """The first instants of the last `months` months in the lab's zone, plus the next one."""
    local = now.astimezone(lab_zone(session))
    year, month = local.year, local.month
    starts = []
    for back in range(months - 1, -2, -1):
        y, m = divmod(month - 1 - back, 12)
        starts.append(datetime(year + y, m + 1, 1, tzinfo=local.tzinfo))
    return starts


def monthly_hours(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    now: datetime | None = None,
    months: int = 12,
) -> list[MonthHours]:
    """Hours of use per month (by the month a session started, lab time), oldest first,
    the current month last; one aggregate query."""
    require(actor, Permission.VIEW_EQUIPMENT)
    starts = _month_starts(now or utcnow(), months, session)
    columns = [
        func.coalesce(
            func.sum(
                case(
                    (
                        and_(UsageSession.started_at >= lo, UsageSession.started_at < hi),
                        UsageSession.duration_hours,
                    ),
                    else_=0,
                )
            ),
            0,
        )
        for lo, hi in pairwise(starts)
    ]
    totals = session.execute(
        select(*columns).where(
            UsageSession.equipment_id == equipment_id,
            UsageSession.stopped_at.is_not(None),
            UsageSession.started_at >= starts[0],
            UsageSession.started_at < starts[-1],
        )
    ).one()
    return [
        MonthHours(month=start.date(), hours=float(total))
        for start, total in zip(starts, totals, strict=False)
    ]


def operating_hours_since(session: Session, equipment_id: int, since: datetime) -> Decimal:
    """Operating hours of stopped sessions started since an instant: metered hours where both
    readings exist, else wall-clock hours (maintenance plans count with this)."""
    metered = case(
        (
            and_(UsageSession.meter_start.is_not(None), UsageSession.meter_stop.is_not(None)),
            UsageSession.meter_stop - UsageSession.meter_start,
        ),
        else_=UsageSession.duration_hours,
    )
    total = session.scalar(
        select(func.coalesce(func.sum(metered), 0)).where(
            UsageSession.equipment_id == equipment_id,
            UsageSession.stopped_at.is_not(None),
            UsageSession.started_at >= since,
        )
    )
    return Decimal(str(total or 0))
