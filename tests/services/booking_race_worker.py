"""One side of the two-process booking race (run by test_booking_race.py in a spawned process)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from itc_desktop.db import Actor, Database
from itc_desktop.services import booking_rules
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.booking_rules import BookingConflict
from itc_desktop.services.bookings import BookingRequest


def race(
    url: str,
    actor: Actor,
    equipment_id: int,
    first_start: datetime,
    rounds: int,
    offset: timedelta,
    blind: bool,
    barrier: Any,
    results: Any,
) -> None:
    """Books `rounds` slots in step with the other process. `blind`: the service's own
    overlap query is switched off, as if both checked before either wrote, so only the
    database trigger stands between the two."""
    if blind:
        booking_rules.find_conflict = lambda *args, **kwargs: None  # type: ignore[assignment]
    database = Database(url, migrate_on_open=False)
    try:
        for number in range(rounds):
            start = first_start + timedelta(hours=4 * number) + offset
            barrier.wait(timeout=60)
            try:
                with database.transaction(actor) as session:
                    booking_id = booking_service.create_booking(
                        session,
                        actor,
                        BookingRequest(equipment_id, start, start + timedelta(hours=2)),
                    )
                results.put((number, "won", booking_id, ""))
            except BookingConflict as error:
                results.put((number, "conflict", error.other_booking_id, str(error)))
            except Exception as error:  # reported, so the test fails with the reason
                results.put((number, "error", None, repr(error)))
    finally:
        database.dispose()
