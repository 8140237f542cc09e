"""The large demo database: a busy center's ten years, for measuring the program at scale
(issue 11).

    itc-desktop --db PATH demo --scale large [--seed N]

First the ordinary demo (`demo.fill_demo`: the demo accounts, settings, 15 machines, 8
companies, 25 jobs ... through the services, audited row by row), then ten years of history
added with SQLAlchemy Core bulk inserts on a plain connection (lists of dicts in batches,
explicit primary keys so the rows can point to each other): 50 machines, 400 users, 300
companies, ~20,000 jobs with their timeline, plan, items and results, ~1,000,000 usage sessions,
~200,000 bookings and ~100,000 test records of which ~5,000 tensile records keep a raw curve of
10,000–100,000 points packed like the results service packs them.

The audit trail of the bulk rows is ONE summary entry: the setting `demo.large` written
through the ordinary audited session (the audited session refuses bulk INSERTs into audited
tables, so the bulk rows go through a plain connection).

The data follows the rules the services enforce: operators qualified on the machines they
use, instruments in calibration on the test date, four eyes on reviewed and approved
records, job statuses reached through the workflow with one event per transition, confirmed
bookings never overlapping (the database trigger checks every row), usage sessions linked to
a job (and its step on that machine) only while the job was in work."""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update

from itc_desktop.db import Actor, Database
from itc_desktop.demo import fill_demo
from itc_desktop.demo_results import Material, _csv, tensile_curve
from itc_desktop.models.bookings import Booking, MaintenanceWindow
from itc_desktop.models.companies import Company, Contact
from itc_desktop.models.equipment import (
    Calibration,
    Equipment,
    MaintenanceRecord,
    Qualification,
    UsageSession,
)
from itc_desktop.models.jobs import Job, JobCounter, JobEvent, JobStep, Specimen
from itc_desktop.models.results import TestRecord, TestValue
from itc_desktop.models.settings import Setting
from itc_desktop.models.users import User
from itc_desktop.services.companies import search_key
from itc_desktop.services.jobs import format_reference
from itc_desktop.services.result_inputs import (
    Characteristic,
    DimensionalInputs,
    Evaluation,
    HardnessInputs,
    ImpactInputs,
    LimitSpec,
    TensileInputs,
    evaluate,
    inputs_to_json,
    limits_to_json,
    pack_curve,
)
from itc_desktop.services.specimens import specimen_code
from itc_desktop.services.users import hash_password

# Part of the benchmarks' cache key: change it when the generated data changes.
GENERATOR_VERSION = 2
SUMMARY_SETTING = "demo.large"
LARGE_PASSWORD = "demo-large-2026"  # every generated account's password

YEARS = 10
MACHINES = 50
USERS = 400
COMPANIES = 300
SESSIONS = 1_000_000
BOOKING_SHARE = 0.18  # of the sessions were booked ahead (plus cancelled ones)
JOBS = 20_000
RECORDS = 100_000
TENSILE = 5_000
CURVE_POOL = 40  # distinct raw curves; the 5,000 tensile records share them
BATCH = 20_000

Progress = Callable[[str], None]

_FIRST = ("Bence", "Réka", "Gergő", "Zsófia", "Ödön", "Anikó", "Lőrinc", "Éva", "Miloš",
          "Jovana", "Đorđe", "Marija", "Nemanja", "Ivana", "Dragan", "Milica", "Tamás",
          "Katalin", "Stefan", "Ana", "Zoltán", "Jelena", "Péter", "Snežana", "László",
          "Милош", "Јована", "Марко", "Гордана", "Ildikó")  # fmt: skip
_LAST = ("Kovács", "Szabó", "Tóth", "Nagy", "Horváth", "Varga", "Kiss", "Molnár", "Németh",
         "Farkas", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović",
         "Ilić", "Stanković", "Pavlović", "Milošević", "Szőke", "Bíró", "Fülöp", "Győrffy",
         "Јовановић", "Петровић", "Николић", "Станковић", "Kiš", "Sabo")  # fmt: skip
_COMPANY_WORDS = ("Fém", "Metal", "Gép", "Mašin", "Precíziós", "Livnica", "Öntöde", "Acél",
                  "Čelik", "Hegesztő", "Alat", "Szerszám", "Прецизна", "Ливница", "Techno",
                  "Inox", "Profil", "Kovačnica", "Hidraulika", "Forgács")  # fmt: skip
_PLACES = ("Szeged", "Subotica", "Kecskemét", "Novi Sad", "Győr", "Zrenjanin", "Baja",
           "Sombor", "Hódmezővásárhely", "Kikinda", "Makó", "Senta")  # fmt: skip
_COMPANY_FORMS_HU = ("Kft.", "Zrt.", "Bt.")
_COMPANY_FORMS_RS = ("d.o.o.", "a.d.", "д.о.о.")
_JOB_TITLES = ("Tensile tests of welded joints", "Hardness after heat treatment",
               "Charpy tests at −20 °C", "First-article inspection", "Prototype machining",
               "Weld procedure qualification (ISO 15614-1)", "Laser-cut blanks, 2 mm S235",
               "Szakítóvizsgálat, AlMgSi0.5 profil", "Ispitivanje tvrdoće, kovani delovi",
               "Мерење димензија, серија 50 комада", "Casting qualification",
               "3D-printed manifold, 316L", "Bending of brackets", "Induction hardening of pins",
               "Heat treatment 42CrMo4", "Dimensional report for a bracket series")  # fmt: skip
_MATERIALS_TEXT = ("S355J2", "S235JR", "42CrMo4", "C45", "AlMgSi0.5", "EN-GJS-400-15", "316L",
                   "S460MC", "B500B", "X5CrNi18-10", "")  # fmt: skip
_PURPOSES = ("Tensile test series", "Prototype, customer sample", "Próbatest-készítés Ø10 mm",
             "Ispitivanje udarne žilavosti", "Мерење тврдоће", "First-article inspection",
             "Training of a new operator", "Hardening and tempering", "Weld coupons",
             "Internal calibration check")  # fmt: skip
_CANCEL_REASONS = ("Customer postponed", "Material not delivered", "Machine breakdown",
                   "Operator ill", "Otkazano od strane klijenta")  # fmt: skip
# Kinds of machine added to the demo's 15 (name, category, kW, EUR/h, qualification,
# instrument, test type it serves or "").
_KINDS = (
    ("CNC lathe", "machine_tool", 18.5, 65, True, False, ""),
    ("Milling centre", "machine_tool", 30, 85, True, False, ""),
    ("Press brake", "machine_tool", 11, 55, True, False, ""),
    ("Welding station", "welding", 12, 35, True, False, ""),
    ("Universal testing machine", "testing_machine", 4, 60, True, True, "tensile"),
    ("Hardness tester", "testing_machine", 0.5, 40, False, True, "hardness"),
    ("Charpy pendulum", "testing_machine", 1.5, 45, True, True, "impact"),
    ("Coordinate measuring machine", "measuring_instrument", 1.5, 70, True, True,
     "dimensional"),
    ("Heat-treatment furnace", "furnace", 7.5, 30, False, False, ""),
    ("Metal 3D printer", "additive_manufacturing", 8, 120, True, False, ""),
)  # fmt: skip
# The demo's own instruments serving each test type (ITC-0014, the caliper, has lapsed).
_DEMO_INSTRUMENTS = {
    "ITC-0007": "tensile",
    "ITC-0008": "hardness",
    "ITC-0009": "impact",
    "ITC-0010": "dimensional",
}
_METHODS = {
    "tensile": "ISO 6892-1:2019 method B",
    "hardness": "ISO 6507-1:2023",
    "impact": "ISO 148-1:2016",
    "dimensional": "ISO 14253-1:2017, drawing tolerances ISO 2768-mK",
}
# Shares of the non-tensile records.
_TYPE_SHARES = (("hardness", 0.5), ("impact", 0.25), ("dimensional", 0.25))


@dataclass
class LargeDemoStats:
    seed: int
    scale: float
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def describe(self) -> str:
        counts = ", ".join(f"{name} {n:,}" for name, n in self.rows.items())
        return f"{counts} ({self.seconds:.0f} s)"


@dataclass
class _JobPlan:
    id: int
    reference: str
    company_id: int
    title: str
    times: dict[str, datetime]  # status -> when it was reached
    status: str
    steps: list[tuple[int, int]]  # (step id, equipment id)
    specimens: list[int]
    technician_id: int

    @property
    def work_start(self) -> datetime | None:
        return self.times.get("in_progress")

    @property
    def work_end(self) -> datetime | None:
        return self.times.get("completed") or self.times.get("on_hold")


class _Writer:
    """Bulk inserts in batches, with explicit primary keys handed out here."""

    def __init__(self, conn: Connection, progress: Progress):
        self.conn = conn
        self.progress = progress
        self.counts: dict[str, int] = defaultdict(int)
        self._next: dict[str, int] = {}

    def next_id(self, table: Table) -> int:
        name = table.name
        if name not in self._next:
            current = self.conn.execute(select(func.max(table.c.id))).scalar()
            self._next[name] = (current or 0) + 1
        value = self._next[name]
        self._next[name] = value + 1
        return value

    def insert(self, table: Table, rows: Sequence[dict[str, Any]], label: str = "") -> None:
        for start in range(0, len(rows), BATCH):
            self.conn.execute(insert(table), list(rows[start : start + BATCH]))
        self.counts[table.name] += len(rows)
        if label and rows:
            self.progress(f"  {label}: {len(rows):,} rows")


def _aware(day: date, hours: float) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(hours=hours)


def _decimal(value: float, places: int = 3) -> Decimal:
    return Decimal(f"{value:.{places}f}")


def _print(message: str) -> None:
    print(message, flush=True)


def fill_large_demo(
    db: Database,
    seed: int = 2026,
    *,
    scale: float = 1.0,
    progress: Progress = _print,
    now: datetime | None = None,
) -> LargeDemoStats | None:
    """Fills an empty database with the large demo; returns None (and changes nothing) when
    it already holds users. `scale` shrinks the bulk part (sessions, bookings, jobs,
    records) for tests; machines, users and companies stay as many."""
    started = time.perf_counter()
    progress(f"The ordinary demo first (seed {seed}) ...")
    if not fill_demo(db, seed=seed):
        return None
    rng = random.Random(seed * 7919 + 11)
    np_rng = np.random.default_rng(seed)
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    t0 = (now - timedelta(days=365 * YEARS)).replace(hour=0, minute=0, second=0)
    stats = LargeDemoStats(seed=seed, scale=scale)
    writer_bind = db.engine.execution_options(sqlite_begin="IMMEDIATE")
    with writer_bind.connect() as conn:
        writer = _Writer(conn, progress)
        gen = _Generator(writer, rng, np_rng, now, t0, scale)
        for label, step in (
            ("users", gen.users),
            ("companies and contacts", gen.companies),
            ("equipment, calibrations, qualifications", gen.equipment),
            ("jobs, events, steps, items", gen.jobs),
            ("usage sessions and bookings", gen.sessions_and_bookings),
            ("maintenance", gen.maintenance),
            ("test records and values", gen.records),
        ):
            began = time.perf_counter()
            progress(f"{label} ...")
            with conn.begin():
                step()
            progress(f"  done in {time.perf_counter() - began:.1f} s")
        progress("ANALYZE ...")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    stats.rows = dict(writer.counts)
    stats.seconds = time.perf_counter() - started
    _write_summary(db, stats)
    progress(f"Large demo written in {stats.seconds:.1f} s: {stats.describe()}")
    return stats


def _write_summary(db: Database, stats: LargeDemoStats) -> None:
    """The one audit entry of the bulk rows: a setting written through the audited session
    (the after-flush hook chains it like any other change)."""
    with db.reader() as session:
        admin = session.execute(
            select(User.id, User.username, User.full_name, User.role).where(
                User.username == "admin"
            )
        ).one()
    actor = Actor(*admin)
    summary = {
        "generator_version": GENERATOR_VERSION,
        "seed": stats.seed,
        "scale": stats.scale,
        "rows": stats.rows,
        "note": "bulk-generated history of the large demo; its rows have no entries of their own",
    }
    with db.transaction(actor) as session:
        session.add(Setting(key=SUMMARY_SETTING, value=json.dumps(summary, sort_keys=True)))


class _Generator:
    def __init__(
        self,
        writer: _Writer,
        rng: random.Random,
        np_rng: np.random.Generator,
        now: datetime,
        t0: datetime,
        scale: float,
    ):
        self.w = writer
        self.conn = writer.conn
        self.rng = rng
        self.np_rng = np_rng
        self.now = now
        self.t0 = t0
        self.scale = scale
        self.password = hash_password(LARGE_PASSWORD)
        self.technicians: list[int] = []
        self.managers: list[int] = []
        self.company_list: list[tuple[int, str, list[int]]] = []  # id, currency, contacts
        self.machines: list[dict[str, Any]] = []
        self.operators: dict[int, list[int]] = {}  # machine -> qualified operators
        self.instruments: dict[str, list[int]] = defaultdict(list)  # test type -> machines
        self.job_plans: list[_JobPlan] = []
        # machine -> session cutoff (the demo's own history of that machine starts there)
        self.cutoff: dict[int, datetime] = {}

    def n(self, full: int, least: int = 1) -> int:
        return max(least, round(full * self.scale))

    # ------------------------------------------------------------------ people

    def users(self) -> None:
        table = User.__table__
        existing = self.conn.execute(select(func.count()).select_from(table)).scalar_one()
        rows = []
        for n in range(USERS - existing):
            role = "admin" if n < 2 else "manager" if n < 30 else "technician"
            name = f"{self.rng.choice(_LAST)} {self.rng.choice(_FIRST)}"
            user_id = self.w.next_id(table)
            rows.append(
                {
                    "id": user_id,
                    "username": f"{search_key(name).split()[0][:12]}{n + 1:03d}",
                    "full_name": name,
                    "email": f"user{n + 1:03d}@itc-lab.example",
                    "role": role,
                    "password_hash": self.password,
                    "active": self.rng.random() > 0.12,
                    "language": self.rng.choice(("en", "hu", "sr", "sr-Cyrl")),
                    "created_at": self.t0 - timedelta(days=self.rng.randint(1, 60)),
                }
            )
            if role == "technician":
                self.technicians.append(user_id)
            elif role == "manager":
                self.managers.append(user_id)
        self.w.insert(table, rows, "users")

    def companies(self) -> None:
        table, contacts_table = Company.__table__, Contact.__table__
        for company_id, currency in self.conn.execute(select(table.c.id, table.c.default_currency)):
            contacts = list(
                self.conn.scalars(
                    select(contacts_table.c.id).where(contacts_table.c.company_id == company_id)
                )
            )
            self.company_list.append((company_id, currency, contacts))
        rows, contacts_rows = [], []
        for n in range(COMPANIES - len(self.company_list)):
            serbian = n % 3 == 0
            name = (
                f"{self.rng.choice(_COMPANY_WORDS)} {self.rng.choice(_COMPANY_WORDS)} "
                f"{self.rng.choice(_PLACES)} {n + 1} "
                f"{self.rng.choice(_COMPANY_FORMS_RS if serbian else _COMPANY_FORMS_HU)}"
            )
            company_id = self.w.next_id(table)
            currency = "RSD" if serbian and n % 2 else "EUR" if serbian else "HUF"
            rows.append(
                {
                    "id": company_id,
                    "name": name,
                    "search_key": search_key(name),
                    "country": "RS" if serbian else "HU",
                    "tax_number": None,
                    "registration_number": f"{n + 1:02d}-09-{100000 + n:06d}",
                    "address": f"Ipari út {n % 90 + 1}, {self.rng.choice(_PLACES)}",
                    "default_currency": currency,
                    "nda_signed": n % 4 == 0,
                    "nda_date": (self.t0 + timedelta(days=n)).date() if n % 4 == 0 else None,
                    "active": n % 25 != 0,
                    "created_at": self.t0 - timedelta(days=30),
                }
            )
            contacts = []
            for c in range(self.rng.randint(1, 3)):
                contact_id = self.w.next_id(contacts_table)
                person = f"{self.rng.choice(_LAST)} {self.rng.choice(_FIRST)}"
                contacts_rows.append(
                    {
                        "id": contact_id,
                        "company_id": company_id,
                        "name": person,
                        "email": f"contact{contact_id}@company{company_id}.example",
                        "phone": f"+36 30 {100000 + contact_id:06d}",
                        "role": ("owner", "quality", "purchasing")[c],
                        "active": True,
                    }
                )
                contacts.append(contact_id)
            self.company_list.append((company_id, currency, contacts))
        self.w.insert(table, rows, "companies")
        self.w.insert(contacts_table, contacts_rows, "contacts")

    # ------------------------------------------------------------------ machines

    def equipment(self) -> None:
        table = Equipment.__table__
        sessions = UsageSession.__table__
        existing = self.conn.execute(
            select(
                table.c.id,
                table.c.asset_tag,
                table.c.nominal_power_kw,
                table.c.requires_qualification,
                table.c.is_measuring_instrument,
            ).order_by(table.c.id)
        ).all()
        first_use: dict[int, datetime] = {}
        bookings = Booking.__table__
        for column in (sessions.c.started_at, bookings.c.starts_at):
            for machine_id, first in self.conn.execute(
                select(column.table.c.equipment_id, func.min(column)).group_by(
                    column.table.c.equipment_id
                )
            ):
                first_use[machine_id] = min(first_use.get(machine_id, first), first)
        for id_, tag, kw, qual, instrument in existing:
            cutoff = first_use.get(id_)
            cutoff = cutoff.replace(tzinfo=UTC) if cutoff is not None else self.now
            self.machines.append(
                {"id": id_, "kw": float(kw) if kw is not None else None, "qual": qual,
                 "instrument": instrument, "test": _DEMO_INSTRUMENTS.get(tag, ""), "demo": True}
            )  # fmt: skip
            self.cutoff[id_] = cutoff
        rows = []
        for n in range(MACHINES - len(existing)):
            name, category, kw, rate, qual, instrument, test = _KINDS[n % len(_KINDS)]
            id_ = self.w.next_id(table)
            rows.append(
                {
                    "id": id_,
                    "asset_tag": f"ITC-{len(existing) + n + 1:04d}",
                    "name": f"{name} {n // len(_KINDS) + 2}",
                    "category": category,
                    "manufacturer": "",
                    "model": "",
                    "location": ("Workshop A / Műhely A", "Testing lab / Laboratorija")[bool(test)],
                    "commissioned_on": self.t0.date(),
                    "hourly_rate": Decimal(rate),
                    "currency": "EUR",
                    "nominal_power_kw": _decimal(kw),
                    "bookable": True,
                    "requires_qualification": qual,
                    "is_measuring_instrument": instrument,
                    "status": "available",
                    "created_at": self.t0 - timedelta(days=40),
                }
            )
            self.machines.append(
                {"id": id_, "kw": kw, "qual": qual, "instrument": instrument, "test": test,
                 "demo": False}
            )  # fmt: skip
            self.cutoff[id_] = self.now
        self.w.insert(table, rows, "equipment")
        for machine in self.machines:
            if machine["test"]:
                self.instruments[machine["test"]].append(machine["id"])
        self._calibrations()
        self._qualifications()

    def _calibrations(self) -> None:
        """Yearly calibrations of every instrument, back to back, up to the demo's own first
        calibration of that instrument (or to a year from today)."""
        table = Calibration.__table__
        first = dict(
            self.conn.execute(
                select(table.c.equipment_id, func.min(table.c.calibrated_on)).group_by(
                    table.c.equipment_id
                )
            ).all()
        )
        rows = []
        for machine in self.machines:
            if not machine["instrument"]:
                continue
            end = first.get(machine["id"])
            if end is None and machine["demo"]:
                continue  # the demo left it uncalibrated on purpose
            day = self.t0.date() - timedelta(days=20)
            while end is None or day < end:
                until = day + timedelta(days=365)
                if end is not None:
                    until = min(until, end - timedelta(days=1))
                rows.append(
                    {
                        "id": self.w.next_id(table),
                        "equipment_id": machine["id"],
                        "calibrated_on": day,
                        "valid_until": until,
                        "provider": "MKEH Budapest",
                        "accredited": True,
                        "certificate_number": f"K-{day.year}-{machine['id']:03d}",
                        "result": "pass",
                        "acceptance_criteria": "Manufacturer's specification",
                        "recorded_at": _aware(day, 12),
                    }
                )
                day = until + timedelta(days=1)
                if end is None and day > self.now.date():
                    break
        self.w.insert(table, rows, "calibrations")

    def _qualifications(self) -> None:
        table = Qualification.__table__
        rows = []
        manager = self.managers[0]
        for machine in self.machines:
            pool = self.rng.sample(self.technicians, min(14, len(self.technicians)))
            self.operators[machine["id"]] = pool
            if not machine["qual"]:
                continue
            for user_id in pool:
                rows.append(
                    {
                        "id": self.w.next_id(table),
                        "user_id": user_id,
                        "equipment_id": machine["id"],
                        "granted_by_id": manager,
                        "granted_on": self.t0.date() - timedelta(days=10),
                        "notes": "Trained by the manufacturer",
                    }
                )
        self.w.insert(table, rows, "qualifications")

    # ------------------------------------------------------------------ jobs

    def jobs(self) -> None:
        jobs_table, events, steps_table = Job.__table__, JobEvent.__table__, JobStep.__table__
        specimens_table = Specimen.__table__
        counters = dict(
            self.conn.execute(
                select(JobCounter.__table__.c.year, JobCounter.__table__.c.last)
            ).all()
        )
        total = self.n(JOBS)
        span = (self.now - timedelta(days=2) - self.t0).total_seconds()
        requested = sorted(
            self.t0 + timedelta(seconds=span * math.sqrt(self.rng.random())) for _ in range(total)
        )  # the center grows: more jobs in later years
        job_rows, event_rows, step_rows, specimen_rows = [], [], [], []
        numbers: dict[int, int] = defaultdict(int)
        machine_ids = [m["id"] for m in self.machines]
        test_machines = [m for ms in self.instruments.values() for m in ms]
        for at in requested:
            at = at.replace(hour=self.rng.randint(7, 15), minute=self.rng.randrange(0, 60, 5))
            year = at.year
            numbers[year] += 1
            reference = format_reference(year, counters.get(year, 0) + numbers[year])
            job_id = self.w.next_id(jobs_table)
            company_id, currency, contacts = self.rng.choice(self.company_list)
            times, status, hold = self._timeline(at)
            title = self.rng.choice(_JOB_TITLES)
            material = self.rng.choice(_MATERIALS_TEXT)
            technician = self.rng.choice(self.technicians)
            job_rows.append(
                {
                    "id": job_id,
                    "reference": reference,
                    "company_id": company_id,
                    "contact_id": self.rng.choice(contacts) if contacts else None,
                    "title": title,
                    "description": "",
                    "material": material,
                    "quantity": self.rng.randint(1, 50),
                    "requested_on": at.date(),
                    "due_date": (at + timedelta(days=self.rng.randint(14, 60))).date(),
                    "priority": self.rng.choices(("low", "normal", "high", "urgent"), (1, 6, 2, 1))[
                        0
                    ],
                    "technician_id": technician,
                    "quoted_price": _decimal(self.rng.uniform(150, 12000), 2),
                    "currency": currency,
                    "customer_order_number": f"PO-{self.rng.randint(1000, 99999)}",
                    "search_text": search_key(f"{reference} {title} {material}"),
                    "status": status,
                    "status_before_hold": hold,
                    "access_code_hash": None,
                    "created_at": at,
                    "version": len(times),
                }
            )
            previous = None
            for to_status, when in times.items():
                manager_step = to_status in ("quoted", "approved", "delivered", "cancelled")
                event_rows.append(
                    {
                        "id": self.w.next_id(events),
                        "job_id": job_id,
                        "at": when,
                        "user_id": self.rng.choice(self.managers) if manager_step else technician,
                        "from_status": previous,
                        "to_status": to_status,
                        "internal_note": "Customer declined the quote"
                        if to_status == "cancelled"
                        else "",
                        "public_note": None,
                    }
                )
                previous = to_status
            # The plan: 1–4 steps, a test step on an instrument in most jobs.
            plan = self.rng.sample(machine_ids, self.rng.randint(1, 3))
            if test_machines and self.rng.random() < 0.85:
                plan.append(self.rng.choice(test_machines))
            steps = []
            reached = list(times)
            for sequence, machine in enumerate(dict.fromkeys(plan), start=1):
                step_id = self.w.next_id(steps_table)
                if "completed" in reached:
                    step_status = "done"
                elif "in_progress" in reached and status != "cancelled":
                    step_status = self.rng.choice(("done", "in_progress", "planned"))
                else:
                    step_status = "planned"
                step_rows.append(
                    {
                        "id": step_id,
                        "job_id": job_id,
                        "sequence": sequence,
                        "description": f"Step {sequence}",
                        "equipment_id": machine,
                        "planned_hours": _decimal(self.rng.uniform(1, 16), 2),
                        "status": step_status,
                    }
                )
                steps.append((step_id, machine))
            specimens = []
            if "approved" in reached:
                for number in range(1, self.rng.randint(2, 6) + 1):
                    specimen_id = self.w.next_id(specimens_table)
                    specimen_rows.append(
                        {
                            "id": specimen_id,
                            "job_id": job_id,
                            "code": specimen_code(reference, number),
                            "description": f"Item {number}",
                            "material": material,
                            "condition_on_receipt": "As received, no visible damage",
                            "received_on": times["approved"].date(),
                            "storage_location": f"Shelf {self.rng.randint(1, 40)}",
                            "disposition": "returned" if status == "delivered" else None,
                            "disposition_on": times["delivered"].date()
                            if status == "delivered"
                            else None,
                        }
                    )
                    specimens.append(specimen_id)
            self.job_plans.append(
                _JobPlan(job_id, reference, company_id, title, times, status, steps, specimens,
                         technician)
            )  # fmt: skip
        self.w.insert(jobs_table, job_rows, "jobs")
        self.w.insert(events, event_rows, "job events")
        self.w.insert(steps_table, step_rows, "job steps")
        self.w.insert(specimens_table, specimen_rows, "items received")
        counter = JobCounter.__table__
        for year, count in numbers.items():
            last = counters.get(year, 0) + count
            if year in counters:
                self.conn.execute(update(counter).where(counter.c.year == year).values(last=last))
            else:
                self.conn.execute(insert(counter).values(year=year, last=last))

    def _timeline(self, at: datetime) -> tuple[dict[str, datetime], str, str | None]:
        """When each status was reached (those not yet reached are left out), the status now
        and, for a job on hold, the status it left."""
        rng = self.rng
        delays = (
            ("quoted", rng.uniform(0.5, 5)),
            ("approved", rng.uniform(1, 10)),
            ("in_progress", rng.uniform(1, 7)),
            ("testing", rng.uniform(2, 20)),
            ("completed", rng.uniform(1, 10)),
            ("delivered", rng.uniform(1, 7)),
        )
        times = {"received": at}
        cancel_at = "approved" if rng.random() < 0.06 else None
        status = "received"
        moment = at
        limit = self.now - timedelta(hours=1)
        for name, days in delays:
            moment = moment + timedelta(days=days)
            if moment > limit:
                break
            if name == cancel_at:
                times["cancelled"] = moment
                return times, "cancelled", None
            times[name] = moment
            status = name
        if status not in ("delivered",) and rng.random() < 0.03:
            when = min(moment, limit) - timedelta(hours=2)
            if when > times[status]:
                times["on_hold"] = when
                return times, "on_hold", status
        return times, status, None

    # ------------------------------------------------------------------ usage

    def sessions_and_bookings(self) -> None:
        sessions_table, bookings_table = UsageSession.__table__, Booking.__table__
        # Jobs in work per machine and week: a session is booked to a job (and its step on
        # that machine) only while the job was in progress or testing.
        week = timedelta(days=7)
        buckets: dict[tuple[int, int], list[tuple[_JobPlan, int]]] = defaultdict(list)
        for job in self.job_plans:
            begin = job.work_start
            if begin is None:
                continue
            end = job.work_end or self.now
            for step_id, machine in job.steps:
                for w in range(int((begin - self.t0) / week), int((end - self.t0) / week) + 1):
                    buckets[(machine, w)].append((job, step_id))
        per_machine = self.n(SESSIONS) // len(self.machines)
        sessions: list[dict[str, Any]] = []
        bookings: list[dict[str, Any]] = []
        total_sessions = total_bookings = 0
        last_report = time.perf_counter()
        for machine in self.machines:
            machine_id, kw = machine["id"], machine["kw"]
            cutoff = self.cutoff[machine_id]
            days = [
                d
                for d in (
                    self.t0.date() + timedelta(days=i) for i in range((cutoff - self.t0).days + 1)
                )
                if d.weekday() < 5
            ]
            counts = np.bincount(
                self.np_rng.integers(0, len(days), per_machine), minlength=len(days)
            )
            operators = self.operators[machine_id]
            previous_stop: datetime | None = None
            day_sessions: list[dict[str, Any]] = []
            for day, count in zip(days, counts.tolist(), strict=True):
                if not count:
                    continue
                durations = [self.rng.uniform(0.25, 2.0) for _ in range(count)]
                gaps = [self.rng.uniform(0.05, 0.5) for _ in range(count)]
                squeeze = min(1.0, 11.0 / (sum(durations) + sum(gaps)))
                hour = 6.0
                day_sessions = []
                for hours, gap in zip(durations, gaps, strict=True):
                    hour += gap * squeeze
                    start = _aware(day, hour)
                    hours = round(hours * squeeze, 3)
                    hour += hours
                    stop = start + timedelta(hours=hours)
                    if stop >= cutoff:
                        break
                    job, step_id = self._job_at(buckets, machine_id, start, week)
                    operator = self.rng.choice(operators)
                    row = {
                        "id": self.w.next_id(sessions_table),
                        "equipment_id": machine_id,
                        "operator_id": operator,
                        "job_reference": job.reference if job else "",
                        "job_id": job.id if job else None,
                        "job_step_id": step_id,
                        "purpose": job.title if job else self.rng.choice(_PURPOSES),
                        "started_at": start,
                        "stopped_at": stop,
                        "duration_hours": _decimal(hours),
                        "energy_kwh": _decimal(kw * hours) if kw is not None else None,
                    }
                    day_sessions.append(row)
                for index, row in enumerate(day_sessions):
                    if self.rng.random() < BOOKING_SHARE:
                        before = day_sessions[index - 1]["stopped_at"] if index else previous_stop
                        after = (
                            day_sessions[index + 1]["started_at"]
                            if index + 1 < len(day_sessions)
                            else None
                        )
                        bookings.append(self._booking_of(row, before, after))
                    if self.rng.random() < 0.015:
                        bookings.append(self._cancelled(row))
                if day_sessions:
                    previous_stop = day_sessions[-1]["stopped_at"]
                sessions.extend(day_sessions)
                if len(sessions) >= BATCH or len(bookings) >= BATCH:
                    # the sessions first: bookings point to them
                    total_sessions += len(sessions)
                    self.conn.execute(insert(sessions_table), sessions)
                    sessions = []
                if len(bookings) >= BATCH:
                    total_bookings += len(bookings)
                    self.conn.execute(insert(bookings_table), bookings)
                    bookings = []
                if time.perf_counter() - last_report > 5:
                    last_report = time.perf_counter()
                    self.w.progress(
                        f"  usage sessions {total_sessions + len(sessions):,} of about "
                        f"{self.n(SESSIONS):,}; bookings {total_bookings + len(bookings):,}"
                    )
            if not machine["demo"]:
                bookings.extend(self._future_bookings(machine_id))
        self.conn.execute(insert(sessions_table), sessions) if sessions else None
        self.conn.execute(insert(bookings_table), bookings) if bookings else None
        total_sessions += len(sessions)
        total_bookings += len(bookings)
        self.w.counts["usage_sessions"] += total_sessions
        self.w.counts["bookings"] += total_bookings
        self.w.progress(f"  usage sessions: {total_sessions:,}; bookings: {total_bookings:,}")

    def _job_at(
        self,
        buckets: dict[tuple[int, int], list[tuple[_JobPlan, int]]],
        machine_id: int,
        at: datetime,
        week: timedelta,
    ) -> tuple[_JobPlan | None, int | None]:
        if self.rng.random() < 0.25:
            return None, None  # internal use, training, maintenance runs
        candidates = buckets.get((machine_id, int((at - self.t0) / week)))
        if not candidates:
            return None, None
        for _ in range(3):
            job, step_id = self.rng.choice(candidates)
            end = job.work_end or self.now
            if job.work_start is not None and job.work_start <= at and at < end:
                return job, step_id
        return None, None

    def _booking_row(
        self, row: dict[str, Any], start: datetime, end: datetime, status: str
    ) -> dict[str, Any]:
        return {
            "id": self.w.next_id(Booking.__table__),
            "equipment_id": row["equipment_id"],
            "booked_for_id": row["operator_id"],
            "created_by_id": row["operator_id"],
            "job_id": row["job_id"],
            "job_step_id": row["job_step_id"],
            "starts_at": start,
            "ends_at": end,
            "purpose": row["purpose"],
            "status": status,
            "cancel_reason": "",
            "cancelled_at": None,
            "cancelled_by_id": None,
            "usage_session_id": None,
            "status_changed_by_id": None,
            "created_at": start - timedelta(days=self.rng.randint(1, 14)),
        }

    def _booking_of(
        self, row: dict[str, Any], before: datetime | None, after: datetime | None
    ) -> dict[str, Any]:
        """The booking a session was used under: a little wider than the session, never past
        the middle of the gap to the neighbouring sessions (so bookings never overlap)."""
        margin = timedelta(minutes=15)
        start, stop = row["started_at"], row["stopped_at"]
        begin = (
            start - margin if before is None else max(start - margin, before + (start - before) / 2)
        )
        end = stop + margin if after is None else min(stop + margin, stop + (after - stop) / 2)
        begin, end = begin.replace(microsecond=0), end.replace(microsecond=0)
        if end <= begin:
            end = begin + timedelta(seconds=1)
        booking = self._booking_row(row, begin, end, "completed")
        if self.rng.random() < 0.04:
            booking["status"] = "no_show"
        else:
            booking["usage_session_id"] = row["id"]
        booking["status_changed_by_id"] = row["operator_id"]
        return booking

    def _cancelled(self, row: dict[str, Any]) -> dict[str, Any]:
        start = row["started_at"] + timedelta(days=self.rng.randint(1, 20))
        booking = self._booking_row(row, start, start + timedelta(hours=2), "cancelled")
        booking["usage_session_id"] = None
        booking["cancel_reason"] = self.rng.choice(_CANCEL_REASONS)
        booking["cancelled_at"] = min(start - timedelta(hours=5), self.now)
        booking["cancelled_by_id"] = row["operator_id"]
        return booking

    def _future_bookings(self, machine_id: int) -> list[dict[str, Any]]:
        """The next six weeks of a machine the demo itself leaves unbooked: one to three
        confirmed slots per working day, one after the other."""
        rows = []
        operators = self.operators[machine_id]
        today = self.now.date()
        for offset in range(1, 43):
            day = today + timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            hour = 6.0
            for _ in range(self.rng.randint(1, 3)):
                hour += self.rng.choice((0.0, 0.5, 1.0))
                length = self.rng.choice((1.0, 1.5, 2.0, 3.0))
                start = _aware(day, hour)
                operator = self.rng.choice(operators)
                rows.append(
                    self._booking_row(
                        {
                            "equipment_id": machine_id,
                            "operator_id": operator,
                            "job_id": None,
                            "job_step_id": None,
                            "purpose": self.rng.choice(_PURPOSES),
                        },
                        start,
                        start + timedelta(hours=length),
                        "confirmed",
                    )
                )
                rows[-1]["created_at"] = self.now - timedelta(days=self.rng.randint(1, 10))
                hour += length
        return rows

    def maintenance(self) -> None:
        """Two preventive jobs a year per machine and planned windows, on Saturdays (the
        usage and bookings are on working days)."""
        records, windows = MaintenanceRecord.__table__, MaintenanceWindow.__table__
        record_rows, window_rows = [], []
        for machine in self.machines:
            cutoff = self.cutoff[machine["id"]]
            day = self.t0.date() + timedelta(days=(5 - self.t0.weekday()) % 7)  # a Saturday
            day += timedelta(weeks=self.rng.randint(0, 20))
            while _aware(day, 14) < cutoff - timedelta(days=7):
                start = _aware(day, 7)
                record_rows.append(
                    {
                        "id": self.w.next_id(records),
                        "equipment_id": machine["id"],
                        "kind": "preventive",
                        "started_at": start,
                        "ended_at": start + timedelta(hours=5),
                        "performed_by_id": self.rng.choice(self.technicians),
                        "description": "Preventive maintenance: lubrication, checks, cleaning",
                        "cost": _decimal(self.rng.uniform(50, 900), 2),
                        "currency": "EUR",
                        "blocking": False,
                        "recorded_by_id": self.managers[0],
                        "recorded_at": start + timedelta(hours=6),
                    }
                )
                window_rows.append(
                    {
                        "id": self.w.next_id(windows),
                        "equipment_id": machine["id"],
                        "starts_at": start,
                        "ends_at": start + timedelta(hours=6),
                        "description": "Planned preventive maintenance",
                        "created_by_id": self.managers[0],
                        "created_at": start - timedelta(days=14),
                    }
                )
                day += timedelta(weeks=26)
        self.w.insert(records, record_rows, "maintenance records")
        self.w.insert(windows, window_rows, "maintenance windows")

    # ------------------------------------------------------------------ results

    def records(self) -> None:
        records_table, values_table = TestRecord.__table__, TestValue.__table__
        templates = _Templates(self.np_rng, min(CURVE_POOL, self.n(TENSILE)), self.w.progress)
        eligible = [j for j in self.job_plans if "testing" in j.times and j.specimens]
        if not eligible:
            return
        total = self.n(RECORDS)
        tensile_every = max(1, total // self.n(TENSILE))  # exactly as many curves as asked
        record_rows: list[dict[str, Any]] = []
        value_rows: list[dict[str, Any]] = []
        approvals: list[dict[str, Any]] = []
        written = 0

        def flush() -> None:
            nonlocal record_rows, value_rows, approvals, written
            if record_rows:
                self.conn.execute(insert(records_table), record_rows)
            if value_rows:
                self.conn.execute(insert(values_table), value_rows)
            if approvals:
                table = records_table
                self.conn.execute(
                    update(table)
                    .where(table.c.id == bindparam("record"))
                    .values(
                        status="approved",
                        approved_by_id=bindparam("by"),
                        approved_at=bindparam("at"),
                        version=3,
                    ),
                    approvals,
                )
            written += len(record_rows)
            self.w.counts["test_records"] += len(record_rows)
            self.w.counts["test_values"] += len(value_rows)
            self.w.progress(f"  test records {written:,} of about {total:,}")
            record_rows, value_rows, approvals = [], [], []

        for index in range(total):
            job = eligible[index * len(eligible) // total]
            test = (
                "tensile"
                if index % tensile_every == 0
                else self.rng.choices(*zip(*_TYPE_SHARES, strict=True))[0]
            )
            machines = self.instruments.get(test)
            if not machines:
                continue
            machine_id = self.rng.choice(machines)
            begin = job.times["testing"]
            end = min(job.times.get("completed", self.now), self.now - timedelta(hours=1))
            performed_at = (begin + (end - begin) * self.rng.random()).replace(microsecond=0)
            template = templates.pick(test, self.rng)
            performer = self.rng.choice(self.operators[machine_id])
            reviewer = self.rng.choice([t for t in self.operators[machine_id] if t != performer])
            finished = "completed" in job.times
            state = "approved" if finished else self.rng.choice(("draft", "reviewed", "approved"))
            reviewed_at = min(performed_at + timedelta(hours=self.rng.uniform(2, 30)), self.now)
            approved_at = min(reviewed_at + timedelta(hours=self.rng.uniform(2, 60)), self.now)
            record_id = self.w.next_id(records_table)
            record_rows.append(
                {
                    "id": record_id,
                    "job_id": job.id,
                    "specimen_id": self.rng.choice(job.specimens),
                    "test_type": test,
                    "method": _METHODS[test],
                    "equipment_id": machine_id,
                    "calibration_override_id": None,
                    "performed_by_id": performer,
                    "performed_at": performed_at,
                    "temperature_c": round(21.0 + self.rng.uniform(-1.5, 2.0), 1),
                    "humidity_pct": float(self.rng.randint(38, 55)),
                    "deviations": "",
                    "remarks": "",
                    "inputs": template.inputs,
                    "limits": template.limits,
                    "warnings": template.warnings,
                    "overall": template.overall,
                    "raw_file_name": template.raw_name,
                    "raw_file_sha256": template.raw_sha,
                    "raw_curve": template.raw_curve,
                    "status": "draft" if state == "draft" else "reviewed",
                    "created_by_id": performer,
                    "created_at": performed_at + timedelta(minutes=30),
                    "reviewed_by_id": None if state == "draft" else reviewer,
                    "reviewed_at": None if state == "draft" else reviewed_at,
                    "approved_by_id": None,
                    "approved_at": None,
                    "revision": 1,
                    "supersedes_id": None,
                    "revision_reason": "",
                    "version": 1 if state == "draft" else 2,
                }
            )
            for position, value in enumerate(template.values):
                value_rows.append({"record_id": record_id, "position": position, **value})
            if state == "approved":
                approvals.append(
                    {"record": record_id, "by": self.rng.choice(self.managers), "at": approved_at}
                )
            if len(record_rows) >= 5000 or len(value_rows) >= BATCH:
                flush()
        flush()


@dataclass
class _Template:
    inputs: dict[str, Any]
    limits: dict[str, Any]
    values: list[dict[str, Any]]
    overall: str | None
    warnings: str
    raw_name: str = ""
    raw_sha: str = ""
    raw_curve: bytes | None = None


def _template(inputs: Any, limits: dict[str, LimitSpec], evaluation: Evaluation) -> _Template:
    values = []
    for value in evaluation.values:
        spec = value.limits
        values.append(
            {
                "quantity": value.quantity,
                "item": value.item,
                "unit": value.unit,
                "value": value.value,
                "lower_limit": spec.lower if spec else None,
                "upper_limit": spec.upper if spec else None,
                "uncertainty": spec.uncertainty if spec else None,
                "k": spec.k if spec else 2.0,
                "rule": spec.rule if spec else "simple",
                "decision": value.decision.value if value.decision is not None else None,
                "flags": "\n".join(value.flags),
            }
        )
    return _Template(
        inputs=inputs_to_json(inputs),
        limits=limits_to_json(limits),
        values=values,
        overall=evaluation.overall.value if evaluation.overall is not None else None,
        warnings="\n".join(evaluation.warnings),
    )


class _Templates:
    """Computed records to draw from: the values are what the results service computes from
    the same inputs (and curve), so every record is consistent with its inputs."""

    def __init__(self, np_rng: np.random.Generator, curves: int, progress: Progress):
        self.by_type: dict[str, list[_Template]] = defaultdict(list)
        rng = random.Random(int(np_rng.integers(2**31)))
        began = time.perf_counter()
        for n in range(curves):
            self.by_type["tensile"].append(self._tensile(n, np_rng, rng))
        if curves:
            progress(f"  {curves} raw curves generated in {time.perf_counter() - began:.1f} s")
        for _ in range(60):
            self.by_type["hardness"].append(self._hardness(rng))
            self.by_type["impact"].append(self._impact(rng))
            self.by_type["dimensional"].append(self._dimensional(rng))

    def pick(self, test: str, rng: random.Random) -> _Template:
        return rng.choice(self.by_type[test])

    @staticmethod
    def _tensile(n: int, np_rng: np.random.Generator, rng: random.Random) -> _Template:
        # 10,000–100,000 points, log-uniform: most tests are short.
        target = int(10_000 * 10 ** rng.random())
        grade = rng.choice(
            (
                (Material(E=206000, Rp=385, Rm=545, Ag=14.0, A=26.0), "S355J2", 355, 470, 630),
                (Material(E=207000, Rp=505, Rm=600, Ag=9.0, A=19.0), "S460MC", 460, 520, 670),
                (Material(E=169000, Rp=265, Rm=418, Ag=11.0, A=17.0), "GJS400", 250, 400, None),
                (Material(E=200000, Rp=275, Rm=420, Ag=18.0, A=30.0), "S235JR", 235, 360, 510),
            )
        )
        material, name, rp_min, rm_min, rm_max = grade
        d0 = rng.choice((8.0, 10.0, 14.0))
        L0 = 5 * d0
        S0 = math.pi * d0 * d0 / 4
        columns = tensile_curve(material, S0, L0, np_rng, points=int(target / 0.8334))
        # As the machine's file gives them: force to 0.1 N, extension to 0.1 µm.
        columns = {
            "force": np.round(columns["force"], 1),
            "extension": np.round(columns["extension"], 4),
            "time": np.round(columns["time"], 2),
        }
        inputs = TensileInputs(shape="round", diameter_mm=d0, gauge_length_mm=L0)
        source = f"{name} material standard"
        limits = {
            "Rp0.2": LimitSpec(lower=rp_min, source=source),
            "Rm": LimitSpec(rm_min, rm_max, source=source),
        }
        template = _template(inputs, limits, evaluate(inputs, limits, columns))
        content = _csv(columns)
        template.raw_name = f"{name}_{n + 1:03d}.csv"
        template.raw_sha = hashlib.sha256(content).hexdigest()
        template.raw_curve = pack_curve(columns)
        return template

    @staticmethod
    def _hardness(rng: random.Random) -> _Template:
        d = rng.uniform(0.26, 0.31)
        readings = tuple(
            (round(d + rng.uniform(-0.003, 0.003), 4), round(d + rng.uniform(-0.003, 0.003), 4))
            for _ in range(rng.randint(3, 5))
        )
        inputs = HardnessInputs(method="HV", scale="10", readings=readings)
        limits = {"hardness_mean": LimitSpec(220, 290, source="Customer drawing")}
        return _template(inputs, limits, evaluate(inputs, limits))

    @staticmethod
    def _impact(rng: random.Random) -> _Template:
        base = rng.uniform(25, 90)
        energies = tuple(round(base + rng.uniform(-8, 8), 1) for _ in range(3))
        inputs = ImpactInputs(
            notch="V", striker_radius_mm=2, initial_energy_J=300,
            test_temperature_C=rng.choice((20, 0, -20, -40)), energies_J=energies,
        )  # fmt: skip
        limits = {"energy_mean": LimitSpec(lower=27, source="EN 10025-2")}
        return _template(inputs, limits, evaluate(inputs, limits))

    @staticmethod
    def _dimensional(rng: random.Random) -> _Template:
        characteristics = tuple(
            Characteristic(
                name=f"Ø{nominal:g} ±0.05",
                nominal=nominal,
                lower_tol=0.05,
                upper_tol=0.05,
                measurements=(round(nominal + rng.gauss(0, 0.02), 3),),
                uncertainty=0.004,
            )
            for nominal in rng.sample((10.0, 12.0, 20.0, 25.0, 40.0, 60.0, 120.0), 3)
        )
        inputs = DimensionalInputs(characteristics)
        return _template(inputs, {}, evaluate(inputs, {}))


def large_summary(db: Database) -> dict[str, Any] | None:
    """The summary the generator left (None for any other database)."""
    with db.engine.connect() as conn:
        value = conn.execute(
            text("SELECT value FROM settings WHERE key = :key"), {"key": SUMMARY_SETTING}
        ).scalar()
    return json.loads(value) if value else None
