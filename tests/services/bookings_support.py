"""Shared builders for the booking tests: lab-local times next week, a booking in one call."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.bookings import BookingRequest

LAB = ZoneInfo("Europe/Budapest")


def next_monday() -> date:
    """The Monday of next week (lab calendar): always at least a day ahead."""
    today = utcnow().astimezone(LAB).date()
    return today + timedelta(days=7 - today.weekday())


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A lab-local wall-clock time as an aware UTC datetime."""
    return datetime.combine(day, time(hour, minute), tzinfo=LAB).astimezone(UTC)


def book(
    db: Database,
    actor: Actor,
    equipment_id: int,
    start: datetime,
    end: datetime,
    **fields: object,
) -> int:
    override = str(fields.pop("override_reason", ""))
    with db.transaction(actor) as session:
        return booking_service.create_booking(
            session,
            actor,
            BookingRequest(equipment_id, start, end, **fields),  # type: ignore[arg-type]
            override_reason=override,
        )
