"""Demo bookings: three weeks back and four weeks ahead of today on the demo equipment, for
qualified operators and open jobs, one weekly recurring series on the testing machine, and a
planned maintenance window on the laser (its optics cleaning is overdue).

Everything goes through the booking services, so every rule holds: each slot is dry-run
first and left out when refused (maintenance, calibration running out, an occupied slot).
Past bookings are created "as of" a few days before their start, as they would have been,
then completed (or, twice, marked no-show by the manager)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from itc_desktop.db import Actor
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import Equipment, MaintenancePlan, Qualification, UsageSession
from itc_desktop.models.jobs import Job, JobStatus, JobStep
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.booking_series import SeriesSpec, create_series, preview_series
from itc_desktop.services.booking_settings import local_instant
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.maintenance_windows import plan_maintenance_window

if TYPE_CHECKING:
    from itc_desktop.demo import DemoContext

_PURPOSES = (
    "Próbadarabok esztergálása / turning test pieces",
    "Prototype run for the customer's drawing rev. B",
    "Ispitivanje uzoraka — serija 2",
    "Setup and first-article check",
    "Hegesztési próbák / weld coupons",
    "Измерење узорака по цртежу",
)
_OPEN_JOBS = (JobStatus.APPROVED, JobStatus.IN_PROGRESS, JobStatus.TESTING)
# (hour, minute, length in hours) of the day's candidate slots.
_SLOTS = ((7, 30, 3), (11, 0, 2), (13, 30, 4))


def _as(ctx: DemoContext, username: str) -> Actor:
    actor = ctx.users[username]
    ctx.session.info["actor_id"], ctx.session.info["actor_name"] = actor.id, actor.username
    return actor


def _operators(ctx: DemoContext, equipment: Equipment) -> list[Actor]:
    """Who may run it: its qualified operators, or any technician when none is needed."""
    technicians = [a for a in ctx.users.values() if a.role == "technician"]
    if not equipment.requires_qualification:
        return technicians
    qualified = set(
        ctx.session.scalars(
            select(Qualification.user_id).where(
                Qualification.equipment_id == equipment.id, Qualification.revoked_at.is_(None)
            )
        )
    )
    return [a for a in technicians if a.id in qualified]


def _job_steps(ctx: DemoContext) -> dict[int, list[tuple[int, int]]]:
    """Open jobs' steps per equipment: (job id, step id)."""
    steps: dict[int, list[tuple[int, int]]] = {}
    rows = ctx.session.execute(
        select(JobStep.equipment_id, Job.id, JobStep.id)
        .join(Job, Job.id == JobStep.job_id)
        .where(JobStep.equipment_id.is_not(None), Job.status.in_([s.value for s in _OPEN_JOBS]))
        .order_by(JobStep.id)
    ).all()
    for equipment_id, job_id, step_id in rows:
        steps.setdefault(equipment_id, []).append((job_id, step_id))
    return steps


def demo_bookings(ctx: DemoContext) -> None:
    session, rng = ctx.session, ctx.rng
    manager = _as(ctx, "manager")
    zone = lab_zone(session)
    now = utcnow()
    today = now.astimezone(zone).date()
    monday = today - timedelta(days=today.weekday())
    machines = {
        e.asset_tag: e
        for e in session.scalars(select(Equipment).where(Equipment.bookable.is_(True)))
    }

    # A planned window on the laser next Wednesday morning: the overdue optics cleaning.
    laser = machines.get("ITC-0003")
    if laser is not None:
        wednesday = monday + timedelta(days=9)
        plan_id = session.scalar(
            select(MaintenancePlan.id).where(MaintenancePlan.equipment_id == laser.id).limit(1)
        )
        plan_maintenance_window(
            session,
            manager,
            laser.id,
            start=local_instant(wednesday, time(7), zone),
            end=local_instant(wednesday, time(12), zone),
            description="Optika tisztítása, fúvóka központosítás / optics cleaning",
            plan_id=plan_id,
        )

    # The weekly series: tensile tests on the UTM, Mondays and Thursdays 08:00-10:00.
    utm = machines.get("ITC-0007")
    if utm is not None:
        jovana = ctx.users["jovana"]
        spec = SeriesSpec(
            equipment_id=utm.id,
            frequency="weekly",
            weekdays=frozenset({1, 4}),
            first_date=monday + timedelta(days=7),
            count=8,
            local_start=time(8),
            duration=timedelta(hours=2),
            booked_for_id=jovana.id,
            purpose="Heti szakítóvizsgálatok / weekly tensile tests (ISO 6892-1)",
        )
        preview = preview_series(session, manager, spec)
        create_series(session, manager, spec, skip={p.index for p in preview if not p.ok})

    steps = _job_steps(ctx)
    past: list[int] = []
    for offset in range(-21, 29):
        day = today + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for tag in sorted(machines):
            equipment = machines[tag]
            operators = _operators(ctx, equipment)
            if not operators or rng.random() > 0.35:
                continue
            hour, minute, hours = rng.choice(_SLOTS)
            if equipment.max_booking_hours is not None:
                hours = min(hours, equipment.max_booking_hours)
            start = local_instant(day, time(hour, minute), zone)
            end = start + timedelta(hours=hours)
            booked = _book(ctx, manager, equipment, operators, steps, start, end, now)
            if booked is not None and end < now:
                past.append(booked)

    # Past bookings: done, except two the manager marked as no-shows.
    no_shows = set(rng.sample(past, min(2, len(past))))
    for booking_id in past:
        if booking_id in no_shows:
            booking_service.mark_no_show(session, manager, booking_id)
        else:
            booking_service.complete_booking(session, manager, booking_id)

    _running_session_booking(ctx, manager, now)
    _as(ctx, "admin")


def _book(
    ctx: DemoContext,
    manager: Actor,
    equipment: Equipment,
    operators: list[Actor],
    steps: dict[int, list[tuple[int, int]]],
    start: datetime,
    end: datetime,
    now: datetime,
) -> int | None:
    session, rng = ctx.session, ctx.rng
    person = rng.choice(operators)
    job_id = step_id = None
    if steps.get(equipment.id) and rng.random() < 0.6:
        job_id, step_id = rng.choice(steps[equipment.id])
    # A past booking was made a few days before it started.
    as_of = min(now, start - timedelta(days=rng.randint(2, 6)))
    request = BookingRequest(
        equipment.id,
        start,
        end,
        booked_for_id=person.id,
        purpose=rng.choice(_PURPOSES),
        job_id=job_id,
        job_step_id=step_id,
    )
    if not booking_service.check_booking(session, manager, request, now=as_of).ok:
        return None
    return booking_service.create_booking(session, manager, request, now=as_of)


def _running_session_booking(ctx: DemoContext, manager: Actor, now: datetime) -> None:
    """The session running right now on the lathe was booked this morning: booked vs used."""
    session = ctx.session
    running = session.scalars(
        select(UsageSession).where(UsageSession.stopped_at.is_(None)).order_by(UsageSession.id)
    ).first()
    if running is None:
        return
    start = running.started_at.replace(minute=0, second=0, microsecond=0)
    request = BookingRequest(
        running.equipment_id,
        start,
        start + timedelta(hours=4),
        booked_for_id=running.operator_id,
        purpose=running.purpose or "Booked run",
    )
    as_of = start - timedelta(days=2)
    if booking_service.check_booking(session, manager, request, now=as_of).ok:
        booking_service.create_booking(session, manager, request, now=as_of)
        booking_service.link_usage_session(session, running.id)
