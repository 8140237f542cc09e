"""Recurring bookings: expansion in local wall-clock time across the DST changes (Budapest and
Belgrade), the preview with conflicts and skipping, one-transaction saving, and the series
operations on one occurrence, this and following, or all."""

from __future__ import annotations

from datetime import UTC, date, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models.bookings import Booking, BookingSeries
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import settings as settings_service
from itc_desktop.services.booking_rules import BookingConflict, RefusalReason
from itc_desktop.services.booking_series import (
    SeriesScope,
    SeriesSpec,
    cancel_occurrences,
    create_series,
    expand,
    preview_series,
    series_occurrences,
    update_occurrences,
)
from itc_desktop.services.errors import ValidationError
from tests.services.bookings_support import at, book, next_monday
from tests.services.equipment_support import make_equipment


@pytest.mark.parametrize("zone_name", ["Europe/Budapest", "Europe/Belgrade"])
def test_weekly_series_keeps_local_time_across_both_dst_changes(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    # Mondays from 16 March 2026 to 9 November 2026: DST starts 29 March, ends 25 October.
    spec = SeriesSpec(
        equipment_id=1,
        frequency="weekly",
        weekdays=frozenset({1}),
        first_date=date(2026, 3, 16),
        until=date(2026, 11, 9),
        local_start=time(8, 0),
        duration=timedelta(hours=2),
    )
    occurrences = expand(spec, zone)
    assert len(occurrences) == 35
    for o in occurrences:
        local = o.start.astimezone(zone)
        assert (local.weekday(), local.hour, local.minute) == (0, 8, 0)
        assert o.end.astimezone(zone).hour == 10
    utc_hours = {o.start.astimezone(UTC).date(): o.start.astimezone(UTC).hour for o in occurrences}
    assert utc_hours[date(2026, 3, 23)] == 7  # CET, UTC+1
    assert utc_hours[date(2026, 3, 30)] == 6  # CEST, UTC+2, the day after the change
    assert utc_hours[date(2026, 10, 19)] == 6
    assert utc_hours[date(2026, 10, 26)] == 7  # back to CET


def test_daily_series_across_the_change_and_the_skipped_hour() -> None:
    zone = ZoneInfo("Europe/Budapest")
    spec = SeriesSpec(
        equipment_id=1,
        frequency="daily",
        first_date=date(2026, 3, 27),
        count=4,
        local_start=time(2, 30),  # does not exist on 29 March
        duration=timedelta(hours=1),
    )
    starts = [o.start.astimezone(zone) for o in expand(spec, zone)]
    assert [s.day for s in starts] == [27, 28, 29, 30]
    assert [s.strftime("%H:%M") for s in starts] == ["02:30", "02:30", "03:30", "02:30"]


def test_weekdays_every_other_week_and_count() -> None:
    zone = ZoneInfo("Europe/Belgrade")
    spec = SeriesSpec(
        equipment_id=1,
        frequency="weekly",
        weekdays=frozenset({1, 3, 5}),
        every=2,
        first_date=date(2026, 12, 2),  # a Wednesday
        count=5,
        local_start=time(13, 0),
        duration=timedelta(minutes=90),
    )
    days = [o.start.astimezone(zone).date() for o in expand(spec, zone)]
    assert days == [
        date(2026, 12, 2),
        date(2026, 12, 4),
        date(2026, 12, 14),
        date(2026, 12, 16),
        date(2026, 12, 18),
    ]


def test_bad_rules_are_refused_by_field() -> None:
    zone = ZoneInfo("Europe/Budapest")
    base = {
        "equipment_id": 1,
        "first_date": date(2026, 12, 1),
        "local_start": time(8),
        "duration": timedelta(hours=1),
    }
    with pytest.raises(ValidationError) as caught:
        expand(SeriesSpec(frequency="weekly", count=3, **base), zone)  # type: ignore[arg-type]
    assert "Weekdays" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        expand(SeriesSpec(frequency="daily", **base), zone)  # type: ignore[arg-type]
    assert "Until" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        expand(
            SeriesSpec(
                frequency="daily",
                count=3,
                **{**base, "duration": timedelta(hours=30)},  # type: ignore[arg-type]
            ),
            zone,
        )
    assert "Duration" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        expand(SeriesSpec(frequency="daily", until=date(2028, 1, 1), **base), zone)  # type: ignore[arg-type]
    assert "Until" in caught.value.errors


def test_series_uses_the_centers_time_zone(db: Database, admin: Actor, manager: Actor) -> None:
    with db.transaction(admin) as session:
        center = settings_service.get_center(session)
        center.time_zone = "Europe/Belgrade"
        settings_service.update_center(session, admin, center)
    lathe = make_equipment(db, manager)
    monday = next_monday()
    spec = SeriesSpec(
        equipment_id=lathe,
        frequency="daily",
        first_date=monday,
        count=2,
        local_start=time(8),
        duration=timedelta(hours=1),
    )
    with db.transaction(manager) as session:
        created = create_series(session, manager, spec)
        series = session.get(BookingSeries, created.series_id)
        assert series is not None and series.time_zone == "Europe/Belgrade"


def _weekly(equipment_id: int, weeks: int = 4, **fields: object) -> SeriesSpec:
    values: dict[str, object] = {
        "equipment_id": equipment_id,
        "frequency": "weekly",
        "weekdays": frozenset({1}),
        "first_date": next_monday(),
        "count": weeks,
        "local_start": time(8),
        "duration": timedelta(hours=2),
        "purpose": "Szakítóvizsgálat / tensile tests",
    }
    values.update(fields)
    return SeriesSpec(**values)  # type: ignore[arg-type]


def test_preview_marks_conflicts_and_the_series_skips_them(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    week2 = next_monday() + timedelta(days=7)
    other = book(db, manager, lathe, at(week2, 9), at(week2, 11))
    spec = _weekly(lathe)
    with db.reader() as session:
        preview = preview_series(session, technician, spec)
    assert [p.ok for p in preview] == [True, False, True, True]
    assert preview[1].refusals[0].reason == RefusalReason.OVERLAP
    assert preview[1].refusals[0].other_booking_id == other
    # Without skipping, the whole series is refused, naming the day, and nothing is saved.
    with pytest.raises(BookingConflict) as caught, db.transaction(technician) as session:
        create_series(session, technician, spec)
    assert str(caught.value).startswith(f"Occurrence on {week2} 08:00: ITC-0001 CNC lathe")
    with db.reader() as session:
        assert session.scalars(select(BookingSeries.id)).all() == []
        assert len(session.scalars(select(Booking.id)).all()) == 1
    with db.transaction(technician) as session:
        created = create_series(session, technician, spec, skip={1})
    assert created.skipped == (1,) and len(created.booking_ids) == 3
    with db.reader() as session:
        rows = series_occurrences(session, technician, created.series_id)
    assert [r.occurrence for r in rows] == [0, 2, 3]
    assert all(r.booked_for_id == technician.id for r in rows)


def _series(db: Database, actor: Actor, spec: SeriesSpec) -> list[int]:
    with db.transaction(actor) as session:
        return list(create_series(session, actor, spec).booking_ids)


def _rows(db: Database, actor: Actor, ids: list[int]) -> list[booking_service.BookingRow]:
    with db.reader() as session:
        return [booking_service.get_booking(session, actor, i) for i in ids]


def test_cancel_one_following_and_all(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    ids = _series(db, technician, _weekly(lathe, weeks=6))
    with db.transaction(technician) as session:
        assert cancel_occurrences(session, technician, ids[1], "holiday") == [ids[1]]
    with db.transaction(technician) as session:
        cancelled = cancel_occurrences(
            session, technician, ids[4], "project ended", SeriesScope.THIS_AND_FOLLOWING
        )
    assert cancelled == [ids[4], ids[5]]
    statuses = [r.status for r in _rows(db, technician, ids)]
    assert statuses == [
        "confirmed",
        "cancelled",
        "confirmed",
        "confirmed",
        "cancelled",
        "cancelled",
    ]
    with db.reader() as session:
        row = session.get(Booking, ids[0])
        assert row is not None
        series = session.get(BookingSeries, row.series_id)
        assert series is not None
        assert series.until_date == next_monday() + timedelta(days=27)
    with db.transaction(technician) as session:
        cancelled = cancel_occurrences(session, technician, ids[0], "all off", SeriesScope.ALL)
    assert cancelled == [ids[0], ids[2], ids[3]]
    assert {r.status for r in _rows(db, technician, ids)} == {"cancelled"}
    # A booking outside any series has no "following".
    single = book(db, technician, lathe, at(next_monday(), 14), at(next_monday(), 15))
    with pytest.raises(ValidationError), db.transaction(technician) as session:
        cancel_occurrences(session, technician, single, "x", SeriesScope.ALL)


def test_move_one_occurrence(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    ids = _series(db, technician, _weekly(lathe))
    day = next_monday() + timedelta(days=7)
    with db.transaction(technician) as session:
        update_occurrences(session, technician, ids[1], start=at(day, 13), end=at(day, 14))
    rows = _rows(db, technician, ids)
    assert [(r.start, r.end) for r in rows][1] == (at(day, 13), at(day, 14))
    assert rows[2].start == at(day + timedelta(days=7), 8)


def test_move_all_keeps_local_time_and_rechecks_each(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    ids = _series(db, technician, _weekly(lathe))
    monday = next_monday()
    # Something on Tuesday of week 3 at 09:30 blocks moving everything to Tuesdays 09:00.
    blocker = book(
        db,
        manager,
        lathe,
        at(monday + timedelta(days=15), 9, 30),
        at(monday + timedelta(days=15), 10),
    )
    tuesday = monday + timedelta(days=1)
    with pytest.raises(BookingConflict) as caught, db.transaction(technician) as session:
        update_occurrences(
            session,
            technician,
            ids[0],
            start=at(tuesday, 9),
            end=at(tuesday, 10),
            scope=SeriesScope.ALL,
        )
    assert caught.value.other_booking_id == blocker
    assert f"Occurrence on {monday + timedelta(days=15)} 09:00" in str(caught.value)
    assert _rows(db, technician, ids)[0].start == at(monday, 8)  # rolled back
    with db.transaction(manager) as session:
        booking_service.cancel_booking(session, manager, blocker, "moved")
    with db.transaction(technician) as session:
        moved = update_occurrences(
            session,
            technician,
            ids[0],
            start=at(tuesday, 9),
            end=at(tuesday, 10),
            scope=SeriesScope.ALL,
        )
    assert sorted(moved) == sorted(ids)
    rows = _rows(db, technician, ids)
    assert [r.start for r in rows] == [at(tuesday + timedelta(days=7 * k), 9) for k in range(4)]
    assert all(r.end - r.start == timedelta(hours=1) for r in rows)
    with db.reader() as session:
        series = session.get(BookingSeries, rows[0].series_id)
        assert series is not None
        assert (series.weekdays, series.local_start, series.duration_minutes) == ("2", time(9), 60)
        assert series.first_date == tuesday


def test_move_by_one_day_into_the_next_occurrence_slot_is_no_self_conflict(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    monday = next_monday()
    spec = SeriesSpec(
        equipment_id=lathe,
        frequency="daily",
        first_date=monday,
        count=3,
        local_start=time(8),
        duration=timedelta(hours=2),
    )
    ids = _series(db, technician, spec)
    tuesday = monday + timedelta(days=1)
    with db.transaction(technician) as session:
        update_occurrences(
            session,
            technician,
            ids[0],
            start=at(tuesday, 8),
            end=at(tuesday, 10),
            scope=SeriesScope.ALL,
        )
    assert [r.start for r in _rows(db, technician, ids)] == [
        at(monday + timedelta(days=k), 8) for k in (1, 2, 3)
    ]


def test_move_this_and_following_splits_the_series(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    ids = _series(db, technician, _weekly(lathe, weeks=5))
    monday = next_monday()
    week3 = monday + timedelta(days=14)
    with db.transaction(technician) as session:
        moved = update_occurrences(
            session,
            technician,
            ids[2],
            start=at(week3, 10),
            end=at(week3, 13),
            scope=SeriesScope.THIS_AND_FOLLOWING,
        )
    assert sorted(moved) == sorted(ids[2:])
    rows = _rows(db, technician, ids)
    assert [r.start for r in rows] == [
        at(monday, 8),
        at(monday + timedelta(days=7), 8),
        at(week3, 10),
        at(week3 + timedelta(days=7), 10),
        at(week3 + timedelta(days=14), 10),
    ]
    assert rows[0].series_id == rows[1].series_id != rows[2].series_id
    assert [r.occurrence for r in rows[2:]] == [0, 1, 2]
    with db.reader() as session:
        old = session.get(BookingSeries, rows[0].series_id)
        new = session.get(BookingSeries, rows[2].series_id)
        assert old is not None and new is not None
        assert old.until_date == monday + timedelta(days=7)
        assert (new.first_date, new.local_start, new.duration_minutes) == (week3, time(10), 180)
