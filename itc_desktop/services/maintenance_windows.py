"""Planned maintenance windows that block the booking calendar, and the blocking intervals of
equipment in a period: planned windows plus recorded maintenance work (unfinished work blocks
until it is finished — plan a window with the expected end to free the calendar after it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, bindparam, literal, or_, select, union_all
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import OffIndex, UTCDateTime, utcnow
from itc_desktop.models.bookings import Booking, BookingStatus, MaintenanceWindow
from itc_desktop.models.equipment import EquipmentStatus, MaintenancePlan, MaintenanceRecord
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.errors import InvalidTransition, NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require

# What an unfinished maintenance record counts as its end when it is asked about.
_OPEN_END = datetime(9999, 12, 31, tzinfo=utcnow().tzinfo)


@dataclass(frozen=True)
class BlockingWindow:
    """A period in which a piece of equipment cannot be booked."""

    equipment_id: int
    start: datetime
    end: datetime | None  # None: unfinished maintenance work
    description: str
    window_id: int | None = None  # a planned window
    maintenance_record_id: int | None = None  # recorded work


@dataclass(frozen=True)
class PlannedWindow:
    window_id: int
    # Confirmed bookings the window overlaps: the manager tells their owners or moves them.
    overlapping_booking_ids: tuple[int, ...]


_PLANNED = select(
    literal("planned").label("kind"),
    MaintenanceWindow.id,
    MaintenanceWindow.equipment_id,
    MaintenanceWindow.starts_at.label("start"),
    MaintenanceWindow.ends_at.label("end"),
    MaintenanceWindow.description,
).where(
    MaintenanceWindow.cancelled_at.is_(None),
    MaintenanceWindow.ends_at > bindparam("start", type_=UTCDateTime()),
    MaintenanceWindow.starts_at < bindparam("end", type_=UTCDateTime()),
)
_RECORDED = select(
    literal("recorded").label("kind"),
    MaintenanceRecord.id,
    MaintenanceRecord.equipment_id,
    MaintenanceRecord.started_at.label("start"),
    MaintenanceRecord.ended_at.label("end"),
    MaintenanceRecord.description,
).where(
    MaintenanceRecord.started_at < bindparam("end", type_=UTCDateTime()),
    or_(
        MaintenanceRecord.ended_at.is_(None),
        # A zero-length record (work logged with the same start and end) blocks nothing.
        and_(
            MaintenanceRecord.ended_at > bindparam("start", type_=UTCDateTime()),
            MaintenanceRecord.ended_at > MaintenanceRecord.started_at,
        ),
    ),
)
# One round trip; the booking check asks about one equipment per call, so the statements
# are built once and only bound.
_ALL = union_all(_PLANNED, _RECORDED)
_OF = union_all(
    _PLANNED.where(MaintenanceWindow.equipment_id.in_(bindparam("ids", expanding=True))),
    _RECORDED.where(MaintenanceRecord.equipment_id.in_(bindparam("ids", expanding=True))),
)


def blocking_windows(
    session: Session, equipment_ids: Sequence[int] | None, start: datetime, end: datetime
) -> list[BlockingWindow]:
    """Planned (not cancelled) windows and recorded maintenance overlapping [start, end),
    of the given equipment (None = all), ordered by start."""
    params: dict[str, object] = {"start": start, "end": end}
    statement = _ALL
    if equipment_ids is not None:
        statement = _OF
        params["ids"] = list(equipment_ids)
    result = [
        BlockingWindow(
            equipment_id=row.equipment_id,
            start=row.start,
            end=row.end,
            description=row.description,
            window_id=row.id if row.kind == "planned" else None,
            maintenance_record_id=row.id if row.kind == "recorded" else None,
        )
        for row in session.execute(statement, params)
    ]
    return sorted(result, key=lambda w: (w.start, w.equipment_id))


def window_end(window: BlockingWindow) -> datetime:
    return window.end if window.end is not None else _OPEN_END


def maintenance_windows_in_range(
    session: Session,
    actor: Actor | None,
    start: datetime,
    end: datetime,
    equipment_ids: Sequence[int] | None = None,
) -> list[BlockingWindow]:
    """What the calendar shades as maintenance, for many equipment in one go."""
    require(actor, Permission.VIEW_BOOKINGS)
    return blocking_windows(session, equipment_ids, start, end)


def plan_maintenance_window(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    *,
    start: datetime,
    end: datetime,
    description: str,
    plan_id: int | None = None,
) -> PlannedWindow:
    """Blocks the equipment's calendar for planned work. Bookings already in the window are
    not cancelled silently: their ids come back so the manager can move or cancel them."""
    actor = require(actor, Permission.PLAN_MAINTENANCE_WINDOWS)
    equipment = equipment_service.get(session, equipment_id)
    errors: dict[str, str] = {}
    if end <= start:
        errors[_("End")] = _("must be after the start")
    if not description.strip():
        errors[_("Description")] = _("required")
    if equipment.status == EquipmentStatus.RETIRED:
        errors[_("Equipment")] = _("{tag} is retired", tag=equipment.asset_tag)
    if plan_id is not None:
        plan = session.get(MaintenancePlan, plan_id)
        if plan is None or plan.equipment_id != equipment_id:
            errors[_("Plan")] = _("not a maintenance plan of this equipment")
    if errors:
        raise ValidationError(errors)
    window = MaintenanceWindow(
        equipment_id=equipment_id,
        plan_id=plan_id,
        starts_at=start,
        ends_at=end,
        description=description.strip(),
        created_by_id=actor.id if actor.id else None,
    )
    session.add(window)
    session.flush()
    overlapping = session.scalars(
        select(Booking.id)
        .where(
            Booking.equipment_id == equipment_id,
            Booking.status == BookingStatus.CONFIRMED.value,
            Booking.ends_at > start,
            OffIndex(Booking.starts_at) < end,
        )
        .order_by(OffIndex(Booking.starts_at))  # the range over ends_at, then sorted
    ).all()
    return PlannedWindow(window.id, tuple(overlapping))


def cancel_maintenance_window(session: Session, actor: Actor | None, window_id: int) -> None:
    require(actor, Permission.PLAN_MAINTENANCE_WINDOWS)
    window = session.get(MaintenanceWindow, window_id)
    if window is None:
        raise NotFound(_("There is no maintenance window with id {id}.", id=window_id))
    if window.cancelled_at is not None:
        raise InvalidTransition(_("This maintenance window was already cancelled."))
    window.cancelled_at = utcnow()
    session.flush()
