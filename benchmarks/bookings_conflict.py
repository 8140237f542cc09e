"""Benchmark: the conflict check of one new booking with 200,000 bookings over 50 machines.

    uv run python benchmarks/bookings_conflict.py [--bookings 200000] [--machines 50]

Builds a fresh SQLite database through the real migrations (in a temporary folder), fills it
with Core bulk inserts, then times, for random future and past slots:
  - the service's overlap query (booking_rules.find_conflict through the ORM session),
  - the whole dry run (bookings.check_booking: every rule, as the calendar calls it),
  - the floor: a raw sqlite3 EXISTS over the same (equipment_id, ends_at, starts_at) index.
Each figure is the median of the per-call medians of 5 runs (≥ 5 runs as the issue asks)."""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.models.bookings import Booking
from itc_desktop.models.equipment import Equipment
from itc_desktop.models.users import User
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.booking_rules import find_conflict
from itc_desktop.services.bookings import BookingRequest

RUNS = 5
CALLS_PER_RUN = 2000
SLOT = timedelta(hours=2)
STEP = timedelta(hours=3)  # one booking every 3 hours per machine: 2 h booked, 1 h free


def build(path: Path, bookings: int, machines: int) -> tuple[Database, Actor, datetime]:
    db = Database(sqlite_url(path))
    per_machine = bookings // machines
    first = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - STEP * (
        per_machine - 200
    )  # most of the history in the past, the last 200 slots of each machine ahead
    with db.engine.begin() as conn:
        user_id = conn.execute(
            insert(User).values(
                username="bench",
                full_name="Benchmark Béla",
                role="manager",
                password_hash="!",
                active=True,
                created_at=datetime.now(UTC),
            )
        ).inserted_primary_key[0]
        conn.execute(
            insert(Equipment),
            [
                {
                    "asset_tag": f"B-{n:03d}",
                    "name": f"Machine {n}",
                    "category": "machine_tool",
                    "manufacturer": "",
                    "model": "",
                    "serial_number": "",
                    "firmware_version": "",
                    "location": "",
                    "currency": "EUR",
                    "bookable": True,
                    "requires_qualification": False,
                    "is_measuring_instrument": False,
                    "status": "available",
                    "notes": "",
                    "created_at": datetime.now(UTC),
                    "version": 1,
                }
                for n in range(machines)
            ],
        )
    with db.engine.begin() as conn:
        equipment_ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM equipment")]
        batch = []
        for index in range(per_machine):
            start = first + STEP * index
            for equipment_id in equipment_ids:
                batch.append(
                    {
                        "equipment_id": equipment_id,
                        "booked_for_id": user_id,
                        "created_by_id": user_id,
                        "starts_at": start,
                        "ends_at": start + SLOT,
                        "purpose": "",
                        "status": "confirmed",
                        "cancel_reason": "",
                        "override_reason": "",
                        "created_at": first,
                        "version": 1,
                    }
                )
            if len(batch) >= 20_000:
                conn.execute(insert(Booking), batch)
                batch = []
        if batch:
            conn.execute(insert(Booking), batch)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    actor = Actor(id=user_id, username="bench", full_name="Benchmark Béla", role="manager")
    return db, actor, first


# The floor: a raw sqlite3 EXISTS over the (equipment_id, ends_at, starts_at) index (the
# unary + keeps the planner off (equipment_id, starts_at), as in the no-overlap triggers).
RAW_EXISTS = (
    "SELECT EXISTS (SELECT 1 FROM bookings WHERE equipment_id = ? AND status = 'confirmed'"
    " AND ends_at > ? AND +starts_at < ?)"
)


def fmt(at: datetime) -> str:
    """A datetime as the UTC columns store it (for raw sqlite3 parameters)."""
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def timed(fn: Callable[[], object], calls: int) -> float:
    samples = []
    for _ in range(calls):
        t0 = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - t0)
    return statistics.median(samples) / 1000  # µs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=200_000)
    parser.add_argument("--machines", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        t0 = time.perf_counter()
        db, actor, first = build(path, args.bookings, args.machines)
        print(
            f"{args.bookings:,} bookings over {args.machines} machines built in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        per_machine = args.bookings // args.machines
        now = datetime.now(UTC)
        ids = list(range(1, args.machines + 1))

        def slot(future: bool) -> tuple[int, datetime, datetime]:
            # The free hour between two bookings: no conflict, the full search is paid.
            index = (
                per_machine - rng.randrange(1, 150)
                if future
                else rng.randrange(10, per_machine // 2)
            )
            start = first + STEP * index + SLOT
            return rng.choice(ids), start, start + timedelta(hours=1)

        raw = sqlite3.connect(str(path))
        raw_sql = RAW_EXISTS

        results: dict[str, list[float]] = {}
        with db.reader() as session:
            for _run in range(RUNS):
                for label, future in (("future", True), ("past", False)):
                    slots = [slot(future) for _ in range(CALLS_PER_RUN)]
                    it = iter(slots)
                    results.setdefault(f"service find_conflict, {label} slot", []).append(
                        timed(lambda it=it: find_conflict(session, *next(it)), CALLS_PER_RUN)
                    )
                    it = iter(slots)
                    results.setdefault(f"raw sqlite3 EXISTS, {label} slot", []).append(
                        timed(
                            lambda it=it: raw.execute(
                                raw_sql, (lambda e, s, t: (e, fmt(s), fmt(t)))(*next(it))
                            ).fetchone(),
                            CALLS_PER_RUN,
                        )
                    )
                    if future:
                        it = iter(slots)
                        results.setdefault("service check_booking (all rules), future", []).append(
                            timed(
                                lambda it=it: booking_service.check_booking(
                                    session,
                                    actor,
                                    BookingRequest(*next(it)),
                                    now=now,
                                ),
                                CALLS_PER_RUN,
                            )
                        )
            plan = raw.execute(
                "EXPLAIN QUERY PLAN " + raw_sql, (1, fmt(now), fmt(now + SLOT))
            ).fetchall()
        raw.close()
        db.dispose()
    print(f"median of {RUNS} runs × {CALLS_PER_RUN} calls each (per-call median per run):")
    for label, values in results.items():
        print(
            f"  {label:45s} {statistics.median(values):8.1f} µs   "
            f"(runs: {', '.join(f'{v:.1f}' for v in values)})"
        )
    print("query plan:", "; ".join(str(row[-1]) for row in plan))


if __name__ == "__main__":
    main()
