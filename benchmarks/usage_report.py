"""Benchmark: the usage report for a year on a database with 1,000,000 usage sessions over
50 machines (about 3.3 years of history), figures and PDF.

    uv run python benchmarks/usage_report.py [--sessions 1000000] [--machines 50] [--runs 5]
                                             [--rebuild]

The database is built once through the real migrations with Core bulk inserts (executemany)
and cached in /tmp (`--rebuild` makes it again). Then, for the last twelve full months:
  - figures: services.usage_report.usage_figures (the aggregate queries + downtime merge),
  - PDF: reports.usage_report.render_usage_report of those figures,
each the median of `--runs` runs; peak Python memory of one figures+PDF run (tracemalloc)
and the process's peak RSS. The indexes the figures read are revision 0008's."""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, text

from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.models.bookings import Booking, MaintenanceWindow
from itc_desktop.models.companies import Company
from itc_desktop.models.equipment import Equipment, MaintenanceRecord, UsageSession
from itc_desktop.models.jobs import Job
from itc_desktop.models.users import User
from itc_desktop.reports.usage_report import render_usage_report
from itc_desktop.services.settings import get_center
from itc_desktop.services.usage_report import usage_figures

CHUNK = 50_000
CATEGORIES = ("machine_tool", "testing_machine", "measuring_instrument", "furnace", "welding")
NAMES = ("Esztergagép", "Glodalica", "Пећ", "Kidró gép", "Zavarivač", "Mérőgép", "Šlajferica")


def build(path: Path, sessions: int, machines: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    path.unlink(missing_ok=True)
    db = Database(sqlite_url(path))
    now = datetime.now(UTC).replace(microsecond=0)
    with db.engine.begin() as conn:
        conn.execute(
            insert(User),
            [
                {"username": f"op{n}", "full_name": f"Operater {n} Đorđević", "role": "technician",
                 "password_hash": "x"}
                for n in range(20)
            ],
        )  # fmt: skip
        users = [r[0] for r in conn.execute(text("SELECT id FROM users"))]
        conn.execute(
            insert(Equipment),
            [
                {
                    "asset_tag": f"B-{n:04d}",
                    "name": f"{NAMES[n % len(NAMES)]} {n}",
                    "category": CATEGORIES[n % len(CATEGORIES)],
                    "hourly_rate": Decimal(rng.randint(20, 120)),
                    "currency": "EUR" if n % 5 else "HUF",
                    "nominal_power_kw": Decimal(rng.randint(1, 30)),
                }
                for n in range(machines)
            ],
        )
        machine_ids = [r[0] for r in conn.execute(text("SELECT id FROM equipment"))]
        conn.execute(
            insert(Company),
            [
                {"name": f"Firma {n} Kft. ő", "search_key": f"firma {n}", "country": "HU"}
                for n in range(200)
            ],
        )
        companies = [r[0] for r in conn.execute(text("SELECT id FROM companies"))]
        conn.execute(
            insert(Job),
            [
                {"reference": f"B-{n:06d}", "company_id": rng.choice(companies),
                 "title": f"Posao {n}", "requested_on": date(2024, 1, 1), "currency": "EUR"}
                for n in range(5000)
            ],
        )  # fmt: skip
        jobs = [r[0] for r in conn.execute(text("SELECT id FROM jobs"))]
        per_machine = sessions // machines
        rows: list[dict[str, object]] = []
        bookings: list[dict[str, object]] = []
        for machine in machine_ids:
            power = rng.randint(1, 30)
            cursor = now - timedelta(hours=per_machine * 1.43)
            for n in range(per_machine):
                hours = rng.uniform(0.25, 2.0)
                stop = cursor + timedelta(hours=hours)
                running = n == per_machine - 1 and machine % 3 == 0
                rows.append(
                    {
                        "equipment_id": machine,
                        "operator_id": rng.choice(users),
                        "job_id": rng.choice(jobs) if rng.random() < 0.6 else None,
                        "started_at": cursor,
                        "stopped_at": None if running else stop,
                        "duration_hours": None if running else Decimal(f"{hours:.3f}"),
                        "energy_kwh": None if running else Decimal(f"{hours * power:.3f}"),
                    }
                )
                if n % 10 == 0:
                    bookings.append(
                        {
                            "equipment_id": machine,
                            "booked_for_id": rng.choice(users),
                            "created_by_id": users[0],
                            "starts_at": cursor,
                            "ends_at": stop,
                            "status": rng.choice(("confirmed", "completed", "no_show")),
                        }
                    )
                cursor = stop + timedelta(hours=rng.uniform(0.0, 0.36))
                if len(rows) >= CHUNK:
                    conn.execute(insert(UsageSession), rows)
                    rows.clear()
            for _n in range(30):
                start = now - timedelta(days=rng.uniform(0, 1200))
                conn.execute(
                    insert(MaintenanceRecord).values(
                        equipment_id=machine, kind="preventive", started_at=start,
                        ended_at=start + timedelta(hours=rng.uniform(1, 30)), description="PM",
                    )
                )  # fmt: skip
                start = now - timedelta(days=rng.uniform(0, 1200))
                conn.execute(
                    insert(MaintenanceWindow).values(
                        equipment_id=machine, starts_at=start,
                        ends_at=start + timedelta(hours=rng.uniform(1, 10)), description="Plan",
                    )
                )  # fmt: skip
        if rows:
            conn.execute(insert(UsageSession), rows)
        # The booking overlap triggers check each row; bookings are consecutive per machine.
        for n in range(0, len(bookings), CHUNK):
            conn.execute(insert(Booking), bookings[n : n + CHUNK])
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.dispose()


def last_twelve_months(today: date) -> tuple[date, date]:
    first_this = today.replace(day=1)
    date_to = first_this - timedelta(days=1)
    date_from = date(first_this.year - 1, first_this.month, 1)
    return date_from, date_to


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--machines", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = Path(f"/tmp/itc_usage_bench_{args.sessions}_{args.machines}.sqlite")
    if args.rebuild or not path.exists():
        started = time.perf_counter()
        build(path, args.sessions, args.machines)
        print(f"built {path} in {time.perf_counter() - started:.1f} s")
    db = Database(sqlite_url(path))
    with db.engine.begin() as conn:
        # A database cached by an earlier version of this script may hold its trial index.
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_bench_usage_sessions_stopped_at")
        count = conn.exec_driver_sql("SELECT count(*) FROM usage_sessions").scalar()
    actor = Actor(0, "bench", "Benchmark", "admin")
    date_from, date_to = last_twelve_months(datetime.now(UTC).date())
    print(f"{count:,} sessions, {args.machines} machines; period {date_from} – {date_to}")

    figure_times, pdf_times = [], []
    for _run in range(args.runs):
        started = time.perf_counter()
        with db.reader() as session:
            figures = usage_figures(session, actor, date_from, date_to)
            center = get_center(session)
        figure_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        pdf = render_usage_report(figures, center, "hu")
        pdf_times.append(time.perf_counter() - started)
    tracemalloc.start()
    with db.reader() as session:
        figures = usage_figures(session, actor, date_from, date_to)
    render_usage_report(figures, center, "hu")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"sessions in the period: {figures.totals.sessions:,}; used hours "
        f"{figures.totals.used_hours:,.1f}; PDF {len(pdf):,} bytes"
    )
    print(f"figures: median {statistics.median(figure_times):.2f} s  "
          f"(runs {', '.join(f'{t:.2f}' for t in figure_times)})")  # fmt: skip
    print(f"PDF:     median {statistics.median(pdf_times):.2f} s  "
          f"(runs {', '.join(f'{t:.2f}' for t in pdf_times)})")  # fmt: skip
    print(f"peak Python memory (figures + PDF): {peak / 2**20:.1f} MiB; peak RSS {rss:.0f} MiB")
    db.dispose()


if __name__ == "__main__":
    main()
