"""Free-slot search: opening hours per weekday (a setting), maintenance windows, existing
bookings, a category of machines, and the person's qualification."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.services.booking_settings import (
    BookingSettings,
    get_booking_settings,
    opening_intervals,
    update_booking_settings,
)
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.free_slots import find_free_slots
from itc_desktop.services.maintenance_windows import plan_maintenance_window
from tests.services.bookings_support import at, book, next_monday
from tests.services.equipment_support import make_equipment


def _slots(db: Database, actor: Actor, **kwargs: object) -> list[tuple[object, ...]]:
    with db.reader() as session:
        found = find_free_slots(session, actor, **kwargs)  # type: ignore[arg-type]
    return [(s.asset_tag, s.start, s.end) for s in found]


def test_bookings_and_maintenance_push_the_slots(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    monday = next_monday()
    book(db, manager, lathe, at(monday, 7), at(monday, 12))
    with db.transaction(manager) as session:
        plan_maintenance_window(
            session, manager, lathe, start=at(monday, 13), end=at(monday, 19), description="PM"
        )
    # Only 12:00-13:00 is free on Monday.
    assert _slots(
        db,
        technician,
        equipment_ids=[lathe],
        duration=timedelta(hours=1),
        earliest=at(monday, 6),
        count=1,
    ) == [("ITC-0001", at(monday, 12), at(monday, 13))]
    two_hours = _slots(
        db,
        technician,
        equipment_ids=[lathe],
        duration=timedelta(hours=2),
        earliest=at(monday, 6),
        count=3,
    )
    assert [s[1] for s in two_hours] == [at(monday + timedelta(days=d), 7) for d in (1, 2, 3)]


def test_opening_hours_saturday_short_sunday_closed(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    saturday = next_monday() + timedelta(days=5)
    assert _slots(
        db,
        technician,
        equipment_ids=[lathe],
        duration=timedelta(hours=3),
        earliest=at(saturday, 10, 5),
        count=1,
    ) == [("ITC-0001", at(saturday, 10, 15), at(saturday, 13, 15))]
    # Seven hours fit neither Saturday (08-14) nor Sunday (closed): Monday 07:00.
    following_monday = saturday + timedelta(days=2)
    assert _slots(
        db,
        technician,
        equipment_ids=[lathe],
        duration=timedelta(hours=7),
        earliest=at(saturday, 6),
        count=1,
    ) == [("ITC-0001", at(following_monday, 7), at(following_monday, 14))]
    # Open on Sundays 09:00-12:00 from now on.
    with db.transaction(admin) as session:
        settings = get_booking_settings(session)
        settings.opening_hours[6] = "09:00-12:00"
        update_booking_settings(session, admin, settings)
    sunday = saturday + timedelta(days=1)
    assert _slots(
        db,
        technician,
        equipment_ids=[lathe],
        duration=timedelta(hours=2),
        earliest=at(saturday, 13),
        count=1,
    ) == [("ITC-0001", at(sunday, 9), at(sunday, 11))]


def test_category_search_over_several_machines_and_qualification(
    db: Database, manager: Actor, technician: Actor
) -> None:
    monday = next_monday()
    first = make_equipment(db, manager, "ITC-0001", name="Lathe A")
    make_equipment(db, manager, "ITC-0002", name="Lathe B")
    make_equipment(
        db, manager, "ITC-0003", name="Lathe C (qualified only)", requires_qualification=True
    )
    make_equipment(db, manager, "ITC-0009", name="Furnace", category="furnace")
    book(db, manager, first, at(monday, 7), at(monday, 19))
    found = _slots(
        db,
        technician,
        category="machine_tool",
        duration=timedelta(hours=4),
        earliest=at(monday, 7),
        count=3,
    )
    # Lathe A is full on Monday, Lathe C needs a qualification the technician lacks.
    assert found == [
        ("ITC-0002", at(monday, 7), at(monday, 11)),
        ("ITC-0001", at(monday + timedelta(days=1), 7), at(monday + timedelta(days=1), 11)),
        ("ITC-0002", at(monday + timedelta(days=1), 7), at(monday + timedelta(days=1), 11)),
    ]


def test_limits_of_the_equipment_apply(db: Database, manager: Actor, technician: Actor) -> None:
    monday = next_monday()
    short = make_equipment(db, manager, "ITC-0001", max_booking_hours=2)
    assert (
        _slots(
            db,
            technician,
            equipment_ids=[short],
            duration=timedelta(hours=3),
            earliest=at(monday, 7),
        )
        == []
    )
    with pytest.raises(ValidationError) as caught, db.reader() as session:
        find_free_slots(session, technician, duration=timedelta(0))
    assert set(caught.value.errors) == {"Duration", "Equipment"}


def test_opening_settings_are_validated_and_intervals_follow_dst(
    db: Database, admin: Actor
) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction(admin) as session:
        update_booking_settings(
            session,
            admin,
            BookingSettings(opening_hours=["7-19", "", "", "", "", "", "19:00-07:00"]),
        )
    assert set(caught.value.errors) == {"Monday", "Sunday"}
    with db.reader() as session:
        # The week of the October change: Monday 07:00 local is 05:00 UTC before, 06:00 after.
        spans = opening_intervals(
            session,
            datetime(2026, 10, 19, tzinfo=UTC),
            datetime(2026, 11, 1, tzinfo=UTC),
        )
    mondays = [s for s in spans if s[0].weekday() == 0]
    assert [m[0].hour for m in mondays] == [5, 6]
    assert len(spans) == 12  # two weeks of Mon-Sat, Sundays closed
