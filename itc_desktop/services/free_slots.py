"""Find a free slot: the next free periods of a given length on one or more pieces of
equipment (or every bookable one of a category), within the lab's opening hours, outside
maintenance windows and existing bookings, and passing every booking rule for the person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import OffIndex, utcnow
from itc_desktop.models.bookings import Booking, BookingStatus
from itc_desktop.models.equipment import Equipment, EquipmentStatus
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.booking_settings import opening_intervals
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.maintenance_windows import blocking_windows, window_end
from itc_desktop.services.permissions import Permission, require

# Slots start on a quarter hour: the calendar's grid.
GRID = timedelta(minutes=15)
DEFAULT_HORIZON = timedelta(days=60)


@dataclass(frozen=True)
class FreeSlot:
    equipment_id: int
    asset_tag: str
    equipment_name: str
    start: datetime
    end: datetime


def _round_up(at: datetime) -> datetime:
    base = at.replace(minute=0, second=0, microsecond=0)
    steps = -(-(at - base) // GRID)
    return base + steps * GRID


def _candidates(
    session: Session, equipment_ids: Sequence[int] | None, category: str | None
) -> list[Equipment]:
    stmt = select(Equipment).where(
        Equipment.bookable.is_(True),
        Equipment.status.not_in(
            [EquipmentStatus.RETIRED.value, EquipmentStatus.OUT_OF_SERVICE.value]
        ),
    )
    if equipment_ids is not None:
        stmt = stmt.where(Equipment.id.in_(list(equipment_ids)))
    if category is not None:
        stmt = stmt.where(Equipment.category == category)
    return list(session.scalars(stmt.order_by(Equipment.asset_tag)))


def find_free_slots(
    session: Session,
    actor: Actor | None,
    *,
    duration: timedelta,
    earliest: datetime | None = None,
    equipment_ids: Sequence[int] | None = None,
    category: str | None = None,
    count: int = 5,
    booked_for_id: int | None = None,
    horizon: timedelta = DEFAULT_HORIZON,
    now: datetime | None = None,
) -> list[FreeSlot]:
    """The first `count` free slots, earliest first, that the person (default: the actor)
    may book: at most one per opening period (day) and equipment, each lying within one
    opening period, starting on the quarter-hour grid."""
    actor = require(actor, Permission.BOOK_EQUIPMENT)
    errors: dict[str, str] = {}
    if duration <= timedelta(0):
        errors[_("Duration")] = _("must be more than zero")
    if equipment_ids is None and category is None:
        errors[_("Equipment")] = _("choose equipment or a category")
    if not 1 <= count <= 100:
        errors[_("Number of slots")] = _("between 1 and 100")
    if errors:
        raise ValidationError(errors)
    now = now or utcnow()
    earliest = _round_up(max(earliest or now, now))
    until = earliest + horizon
    machines = _candidates(session, equipment_ids, category)
    if not machines:
        return []
    ids = [m.id for m in machines]
    busy: dict[int, list[tuple[datetime, datetime]]] = {i: [] for i in ids}
    for start, end, equipment_id in session.execute(
        select(Booking.starts_at, Booking.ends_at, Booking.equipment_id).where(
            Booking.equipment_id.in_(ids),
            Booking.status == BookingStatus.CONFIRMED.value,
            Booking.ends_at > earliest,
            OffIndex(Booking.starts_at) < until,
        )
    ):
        busy[equipment_id].append((start, end))
    for window in blocking_windows(session, ids, earliest, until):
        busy[window.equipment_id].append((window.start, window_end(window)))
    open_periods = opening_intervals(session, earliest, until)
    found: list[FreeSlot] = []
    for machine in machines:
        if machine.max_booking_hours is not None and duration > timedelta(
            hours=machine.max_booking_hours
        ):
            continue
        notice = timedelta(hours=machine.min_notice_hours or 0)
        first = _round_up(max(earliest, now + notice))
        taken = sorted(busy[machine.id])
        per_machine = 0
        for period_start, period_end in open_periods:
            cursor = _round_up(max(period_start, first))
            if cursor >= period_end:
                continue
            for busy_start, busy_end in [*taken, (period_end, period_end)]:
                if busy_end <= cursor:
                    continue
                gap_end = min(busy_start, period_end)
                if gap_end - cursor >= duration:
                    slot = _bookable(session, actor, machine, cursor, duration, booked_for_id, now)
                    if slot is not None:
                        found.append(slot)
                        per_machine += 1
                        break
                cursor = max(cursor, _round_up(busy_end))
                if cursor >= period_end:
                    break
            if per_machine >= count:
                break
    found.sort(key=lambda s: (s.start, s.asset_tag))
    return found[:count]


def _bookable(
    session: Session,
    actor: Actor,
    machine: Equipment,
    start: datetime,
    duration: timedelta,
    booked_for_id: int | None,
    now: datetime,
) -> FreeSlot | None:
    """The slot if the person may book it (qualification, calibration, notice, length)."""
    check = booking_service.check_booking(
        session,
        actor,
        BookingRequest(machine.id, start, start + duration, booked_for_id=booked_for_id),
        now=now,
    )
    if not check.ok:
        return None
    return FreeSlot(machine.id, machine.asset_tag, machine.name, start, start + duration)
