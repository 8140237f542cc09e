"""The demo bookings: weeks around today, a recurring series, a maintenance window, the
running session booked — and every confirmed future booking still passes the rules."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from itc_desktop import cli
from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.models.bookings import Booking, BookingSeries
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.bookings import BookingFilter
from itc_desktop.services.maintenance_windows import maintenance_windows_in_range


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert cli.main(["--db", str(path), "demo"]) == 0
    return path


MANAGER = Actor(id=2, username="manager", full_name="Petrović Đorđe", role="manager")


def test_demo_bookings_follow_the_rules(demo_db: Path) -> None:
    db = Database(sqlite_url(demo_db))
    now = utcnow()
    try:
        with db.reader() as session:
            rows = booking_service.list_bookings(session, MANAGER, BookingFilter(), limit=10_000)
            starts = [r.start for r in rows]
            assert min(starts) < now - timedelta(days=14)
            assert max(starts) > now + timedelta(days=14)
            statuses = {r.status for r in rows}
            assert {"confirmed", "completed", "no_show"} <= statuses
            assert any(r.job_reference for r in rows)
            series = session.scalars(select(BookingSeries)).all()
            assert len(series) == 1
            occurrences = [r for r in rows if r.series_id == series[0].id]
            assert len(occurrences) >= 6
            zone = ZoneInfo("Europe/Budapest")
            local = [r.start.astimezone(zone) for r in occurrences]
            assert {t.isoweekday() for t in local} == {1, 4}
            assert {(t.hour, t.minute) for t in local} == {(8, 0)}
            windows = maintenance_windows_in_range(session, MANAGER, now, now + timedelta(days=21))
            assert any(w.window_id is not None for w in windows)
            # The session running now on the lathe belongs to its booking.
            assert session.scalar(select(Booking.id).where(Booking.usage_session_id.is_not(None)))
            # Every future confirmed booking passes every rule as it stands.
            for row in rows:
                if row.status == "confirmed" and row.start > now + timedelta(days=1):
                    check = booking_service.check_booking(
                        session,
                        MANAGER,
                        booking_service.BookingRequest(
                            row.equipment_id, row.start, row.end, booked_for_id=row.booked_for_id
                        ),
                        booking_id=row.id,
                    )
                    assert check.ok, (row, check.message)
        with db.engine.connect() as conn:
            overlaps = conn.execute(
                text(
                    "SELECT count(*) FROM bookings a JOIN bookings b "
                    "ON a.equipment_id = b.equipment_id AND a.id < b.id "
                    "AND a.status = 'confirmed' AND b.status = 'confirmed' "
                    "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
                )
            ).scalar_one()
        assert overlaps == 0
    finally:
        db.dispose()
