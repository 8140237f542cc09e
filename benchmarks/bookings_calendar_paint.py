"""How long the Bookings week view of 50 machines takes to paint (issue 4: ≤ 0.2 s), with a
realistic week: every machine booked 2–4 times a day on working days plus maintenance windows.

    uv run python benchmarks/bookings_calendar_paint.py [--machines 50] [--repeat 20]

The rows come straight from BookingRow/BlockingWindow values (no database): the figure is the
painting alone; reading the week is the services' query, timed by bookings_conflict.py."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from itc_desktop.services.bookings import BookingRow
from itc_desktop.services.maintenance_windows import BlockingWindow
from itc_desktop.ui.widgets.calendar_view import CalendarRow, CalendarView

ZONE = ZoneInfo("Europe/Budapest")
NAMES = ("Szőke Bence", "Petrović Đorđe", "Kovács Éva", "Јовановић Марко", "Nagy Ödön")


def week_load(machines: int, monday: date, rng: random.Random) -> tuple[list, list, list]:  # type: ignore[type-arg]
    rows = [CalendarRow(i, f"EQ-{i:03d}  Machine {i}") for i in range(1, machines + 1)]
    bookings: list[BookingRow] = []
    windows: list[BlockingWindow] = []
    next_id = 1
    for row in rows:
        for day in range(5):
            hour = 7
            for _ in range(rng.randint(2, 4)):
                start_hour = hour + rng.randint(0, 2)
                length = rng.randint(1, 3)
                if start_hour + length > 19:
                    break
                start = datetime.combine(
                    monday + timedelta(days=day), time(start_hour), tzinfo=ZONE
                ).astimezone(UTC)
                bookings.append(
                    BookingRow(
                        id=next_id,
                        equipment_id=row.equipment_id,
                        asset_tag="EQ",
                        equipment_name="Machine",
                        booked_for_id=1,
                        booked_for_name=rng.choice(NAMES),
                        created_by_id=1,
                        job_id=rng.choice((None, 7)),
                        job_reference=rng.choice((None, "J-2026-0042")),
                        job_step_id=None,
                        start=start,
                        end=start + timedelta(hours=length),
                        purpose="Tensile series",
                        status=rng.choice(("confirmed", "completed")),
                        cancel_reason="",
                        series_id=None,
                        occurrence=None,
                        override_reason="",
                        usage_session_id=None,
                        version=1,
                    )
                )
                next_id += 1
                hour = start_hour + length
        if row.equipment_id % 10 == 0:
            start = datetime.combine(monday + timedelta(days=2), time(8), tzinfo=ZONE)
            windows.append(
                BlockingWindow(
                    row.equipment_id,
                    start.astimezone(UTC),
                    (start + timedelta(hours=6)).astimezone(UTC),
                    "Service",
                )
            )
    opening = [
        (
            datetime.combine(monday + timedelta(days=d), time(7), tzinfo=ZONE).astimezone(UTC),
            datetime.combine(monday + timedelta(days=d), time(19), tzinfo=ZONE).astimezone(UTC),
        )
        for d in range(6)
    ]
    return rows, bookings, windows, opening  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--machines", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    monday = date.today() - timedelta(days=date.today().weekday())
    rows, bookings, windows, opening = week_load(args.machines, monday, random.Random(4))
    view = CalendarView(ZONE)
    view.resize(1400, 10)
    view.set_range(monday, 7)
    view.set_data(rows, bookings, windows, opening)
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    timings = []
    for _ in range(args.repeat):
        began = clock.perf_counter()
        view.render(image)  # the full paintEvent of every row
        timings.append(clock.perf_counter() - began)
    # Paging a week: set_data of the next week plus one paint.
    began = clock.perf_counter()
    for offset in range(1, 11):
        week = monday + timedelta(days=7 * offset)
        r, b, w, o = week_load(args.machines, week, random.Random(offset))
        view.set_range(week, 7)
        view.set_data(r, b, w, o)
        view.render(image)
    paging = (clock.perf_counter() - began) / 10
    print(
        f"{args.machines} machines, {len(bookings)} bookings, {view.width()}x{view.height()} px: "
        f"paint median {statistics.median(timings) * 1000:.1f} ms, "
        f"max {max(timings) * 1000:.1f} ms; next week (data + paint) {paging * 1000:.1f} ms"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
