"""A generated lab for the usage report tests, and a straightforward recomputation of the
figures from the generated rows (Python, one row at a time; downtime on a minute grid)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from itc_desktop.db import Actor, Database
from itc_desktop.models.bookings import Booking, MaintenanceWindow
from itc_desktop.models.companies import Company
from itc_desktop.models.equipment import Equipment, MaintenanceRecord, UsageSession
from itc_desktop.models.jobs import Job

ZONE = ZoneInfo("Europe/Budapest")
# The period crosses the spring DST change (29 March 2026): 1 March – 30 April 2026.
DATE_FROM = date(2026, 3, 1)
DATE_TO = date(2026, 4, 30)
P0 = datetime(2026, 3, 1, tzinfo=ZONE).astimezone(UTC)
P1 = datetime(2026, 5, 1, tzinfo=ZONE).astimezone(UTC)
# "Now" inside the period: running sessions and availability count up to here.
NOW = datetime(2026, 4, 20, 10, 30, tzinfo=UTC)
OPENING = {0: (7, 19), 1: (7, 19), 2: (7, 19), 3: (7, 19), 4: (7, 19), 5: (8, 14)}

EQUIPMENT = (
    ("ITC-0001", "Esztergagép Győr", "machine_tool", Decimal("65"), "EUR", Decimal("18.5")),
    ("ITC-0002", "Glodalica Čačak–Đurđevo", "machine_tool", Decimal("85.5"), "EUR", None),
    ("ITC-0003", "Пећ за каљење", "furnace", Decimal("12000"), "HUF", Decimal("7.5")),
    ("ITC-0004", "Kidró gép ŐŰ", "testing_machine", None, "EUR", Decimal("4")),
    ("ITC-0005", "Zavarivač Šabac Žužić", "welding", Decimal("3500"), "RSD", Decimal("15")),
)
COMPANIES = ("Kőszegi Fémmegmunkáló Kft.", "Kovačević & Šušnjar d.o.o.", "Металопрерада Ниш")


@dataclass
class Generated:
    equipment: dict[str, int] = field(default_factory=dict)  # tag -> id
    sessions: list[dict] = field(default_factory=list)
    bookings: list[dict] = field(default_factory=list)
    downtime: list[tuple[int, datetime, datetime | None]] = field(default_factory=list)
    windows: list[tuple[int, datetime, datetime, bool]] = field(default_factory=list)
    jobs: dict[int, int] = field(default_factory=dict)  # job id -> company id
    company_names: dict[int, str] = field(default_factory=dict)
    operators: list[Actor] = field(default_factory=list)
    info: dict[int, dict] = field(default_factory=dict)  # equipment id -> fields


def _moment(rng: random.Random, lo: datetime, hi: datetime) -> datetime:
    """Random instant with microseconds (the database must keep them)."""
    span = (hi - lo).total_seconds()
    return lo + timedelta(seconds=rng.uniform(0, span))


def _minute(rng: random.Random, lo: datetime, hi: datetime) -> datetime:
    at = _moment(rng, lo, hi)
    return at.replace(second=0, microsecond=0)


def generate(db: Database, admin: Actor, operators: list[Actor], seed: int) -> Generated:
    rng = random.Random(seed)
    out = Generated(operators=operators)
    with db.transaction(admin) as s:
        for tag, name, category, rate, currency, power in EQUIPMENT:
            item = Equipment(
                asset_tag=tag,
                name=name,
                category=category,
                hourly_rate=rate,
                currency=currency,
                nominal_power_kw=power,
            )
            s.add(item)
            s.flush()
            out.equipment[tag] = item.id
            out.info[item.id] = {"rate": rate, "currency": currency, "power": power, "tag": tag}
        for n, name in enumerate(COMPANIES):
            company = Company(name=name, search_key=name.lower(), country="HU")
            s.add(company)
            s.flush()
            out.company_names[company.id] = name
            for k in range(2):
                job = Job(
                    reference=f"ITC-2026-{n * 2 + k + 1:04d}",
                    company_id=company.id,
                    title=f"Posao {n}-{k}",
                    requested_on=date(2026, 1, 5),
                    currency="EUR",
                )
                s.add(job)
                s.flush()
                out.jobs[job.id] = company.id
        lo, hi = P0 - timedelta(days=12), P1 + timedelta(days=12)
        job_ids = [None, *out.jobs]
        for equipment_id in out.equipment.values():
            power = out.info[equipment_id]["power"]
            for _n in range(rng.randint(25, 45)):
                kind = rng.random()
                if kind < 0.12:  # crosses the period's start
                    start = _moment(rng, P0 - timedelta(days=3), P0 - timedelta(minutes=1))
                    stop = _moment(rng, P0 + timedelta(minutes=1), P0 + timedelta(days=2))
                elif kind < 0.24:  # crosses the period's end
                    start = _moment(rng, P1 - timedelta(days=2), P1 - timedelta(minutes=1))
                    stop = _moment(rng, P1 + timedelta(minutes=1), P1 + timedelta(days=3))
                elif kind < 0.27:  # zero length
                    start = _moment(rng, lo, hi)
                    stop = start
                else:
                    start = _moment(rng, lo, hi)
                    stop = start + timedelta(hours=rng.uniform(0.05, 30))
                hours = Decimal(str(round((stop - start).total_seconds() / 3600, 3)))
                energy = (
                    None
                    if power is None
                    else (power * Decimal(str(rng.uniform(0.5, 1.2))) * hours).quantize(
                        Decimal("0.001")
                    )
                )
                row = {
                    "equipment_id": equipment_id,
                    "operator_id": rng.choice(operators).id,
                    "job_id": rng.choice(job_ids),
                    "started_at": start,
                    "stopped_at": stop,
                    "duration_hours": hours,
                    "energy_kwh": energy,
                }
                s.add(UsageSession(**row))
                out.sessions.append(row)
            if rng.random() < 0.8:  # one running session, started before now
                start = _moment(rng, NOW - timedelta(days=30), NOW - timedelta(minutes=5))
                row = {
                    "equipment_id": equipment_id,
                    "operator_id": rng.choice(operators).id,
                    "job_id": rng.choice(job_ids),
                    "started_at": start,
                    "stopped_at": None,
                    "duration_hours": None,
                    "energy_kwh": None,
                }
                s.add(UsageSession(**row))
                out.sessions.append(row)
            # Bookings: consecutive (no overlap), some crossing the period's edges.
            cursor = P0 - timedelta(days=4) + timedelta(minutes=rng.randint(0, 600))
            while cursor < P1 + timedelta(days=4):
                length = timedelta(minutes=rng.randint(30, 60 * 30))
                status = rng.choice(("confirmed", "completed", "no_show", "cancelled"))
                row = {
                    "equipment_id": equipment_id,
                    "starts_at": cursor + timedelta(microseconds=rng.randint(0, 999_999)),
                    "ends_at": cursor + length,
                    "status": status,
                }
                s.add(
                    Booking(
                        **row,
                        booked_for_id=rng.choice(operators).id,
                        created_by_id=admin.id,
                        cancel_reason="ne treba" if status == "cancelled" else "",
                    )
                )
                out.bookings.append(row)
                cursor += length + timedelta(minutes=rng.randint(60, 60 * 48))
            # Downtime on whole minutes: overlapping records and windows, one still open.
            for _n in range(rng.randint(1, 4)):
                start = _minute(rng, P0 - timedelta(days=5), NOW + timedelta(days=5))
                end = start + timedelta(minutes=rng.randint(30, 60 * 80))
                ended = None if rng.random() < 0.15 else end
                if start > NOW:
                    ended = end
                s.add(
                    MaintenanceRecord(
                        equipment_id=equipment_id,
                        kind=rng.choice(("preventive", "corrective", "incident")),
                        started_at=start,
                        ended_at=ended,
                        description="Karbantartás",
                    )
                )
                out.downtime.append((equipment_id, start, ended))
            for _n in range(rng.randint(0, 3)):
                start = _minute(rng, P0 - timedelta(days=3), P1 + timedelta(days=2))
                end = start + timedelta(minutes=rng.randint(60, 60 * 50))
                cancelled = rng.random() < 0.3
                s.add(
                    MaintenanceWindow(
                        equipment_id=equipment_id,
                        starts_at=start,
                        ends_at=end,
                        description="Планирано одржавање",
                        cancelled_at=NOW if cancelled else None,
                    )
                )
                out.windows.append((equipment_id, start, end, cancelled))
    return out


# --------------------------------------------------------------------------- recomputation


def _overlap(start: datetime, end: datetime, lo: datetime, hi: datetime) -> float:
    return max((min(end, hi) - max(start, lo)).total_seconds(), 0.0) / 3600


def _open_minutes(date_from: date, date_to: date, now: datetime) -> set[int]:
    minutes: set[int] = set()
    day = date_from
    while day <= date_to:
        hours = OPENING.get(day.weekday())
        if hours:
            opens = datetime.combine(day, time(hours[0]), tzinfo=ZONE).astimezone(UTC)
            closes = datetime.combine(day, time(hours[1]), tzinfo=ZONE).astimezone(UTC)
            at = opens
            while at < min(closes, now):
                minutes.add(int(at.timestamp() // 60))
                at += timedelta(minutes=1)
        day += timedelta(days=1)
    return minutes


def recompute(
    g: Generated,
    ids: list[int],
    date_from: date = DATE_FROM,
    date_to: date = DATE_TO,
    now: datetime = NOW,
) -> dict:
    """Every figure, the plain way."""
    p0 = datetime.combine(date_from, time(0), tzinfo=ZONE).astimezone(UTC)
    p1 = datetime.combine(date_to + timedelta(days=1), time(0), tzinfo=ZONE).astimezone(UTC)
    opening = _open_minutes(date_from, date_to, now)
    result: dict = {"equipment": {}, "companies": {}, "operators": {}, "months": {}}
    for equipment_id in ids:
        info = g.info[equipment_id]
        figures = {
            "used": 0.0,
            "booked": 0.0,
            "sessions": 0,
            "running": 0,
            "no_shows": 0,
            "energy": 0.0,
            "has_energy": info["power"] is not None,
        }
        for row in g.sessions:
            if row["equipment_id"] != equipment_id:
                continue
            start, stop = row["started_at"], row["stopped_at"]
            end = stop if stop is not None else now
            if not (start < p1 and end > p0):
                continue
            hours = _overlap(start, end, p0, p1)
            figures["used"] += hours
            figures["sessions"] += 1
            figures["running"] += stop is None
            if stop is None:
                if info["power"] is not None:
                    figures["energy"] += float(info["power"]) * hours
            elif row["energy_kwh"] is not None:
                figures["has_energy"] = True
                full = (stop - start).total_seconds() / 3600
                share = hours / full if full > 0 else 1.0
                figures["energy"] += float(row["energy_kwh"]) * share
            company = g.jobs.get(row["job_id"]) if row["job_id"] else None
            c = result["companies"].setdefault(
                company, {"hours": 0.0, "jobs": set(), "costs": {}, "unpriced": 0.0}
            )
            c["hours"] += hours
            if row["job_id"]:
                c["jobs"].add(row["job_id"])
            if info["rate"] is None:
                c["unpriced"] += hours
            else:
                c["costs"][info["currency"]] = c["costs"].get(
                    info["currency"], 0.0
                ) + hours * float(info["rate"])
            o = result["operators"].setdefault(row["operator_id"], {"hours": 0.0, "sessions": 0})
            o["hours"] += hours
            o["sessions"] += 1
            for first, lo, hi in months(date_from, date_to, p0, p1):
                if start < hi and end > lo:
                    m = result["months"].setdefault(first, {"used": 0.0, "booked": 0.0})
                    m["used"] += _overlap(start, end, lo, hi)
        for row in g.bookings:
            if row["equipment_id"] != equipment_id:
                continue
            if not (row["starts_at"] < p1 and row["ends_at"] > p0):
                continue
            if row["status"] in ("confirmed", "completed"):
                figures["booked"] += _overlap(row["starts_at"], row["ends_at"], p0, p1)
                for first, lo, hi in months(date_from, date_to, p0, p1):
                    m = result["months"].setdefault(first, {"used": 0.0, "booked": 0.0})
                    m["booked"] += _overlap(row["starts_at"], row["ends_at"], lo, hi)
            figures["no_shows"] += row["status"] == "no_show"
        down: set[int] = set()
        spans = [(s, e if e is not None else now) for (q, s, e) in g.downtime if q == equipment_id]
        spans += [
            (s, e) for (q, s, e, cancelled) in g.windows if q == equipment_id and not cancelled
        ]
        for start, end in spans:
            lo, hi = max(start, p0), min(end, p1, now)
            at = lo
            while at < hi:
                down.add(int(at.timestamp() // 60))
                at += timedelta(minutes=1)
        figures["opening"] = len(opening) / 60
        figures["downtime"] = len(down & opening) / 60
        figures["downtime_total"] = len(down) / 60
        figures["available"] = (len(opening) - len(down & opening)) / 60
        result["equipment"][equipment_id] = figures
    return result


def months(
    date_from: date, date_to: date, p0: datetime, p1: datetime
) -> list[tuple[date, datetime, datetime]]:
    found = []
    first = date_from.replace(day=1)
    while first <= date_to:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        lo = datetime.combine(first, time(0), tzinfo=ZONE).astimezone(UTC)
        hi = datetime.combine(following, time(0), tzinfo=ZONE).astimezone(UTC)
        found.append((first, max(lo, p0), min(hi, p1)))
        first = following
    return found


def cents(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP)
