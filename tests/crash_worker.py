"""The writer that test_crash_safety.py kills with SIGKILL: a stream of the lab's everyday
writes through the services (a machine started and stopped, bookings, hardness records as
drafts, reviewed and approved, jobs registered), each in its own unit of work.

It talks on its standard output, one line per event, flushed at once: `begin <kind>` before a
unit of work, `<kind> <id>` right after it committed. Whatever the kill interrupts, every id
printed was committed before it was printed."""

from __future__ import annotations

import multiprocessing
import os
import random
import select
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from typing import NoReturn

from sqlalchemy import text

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services import results as result_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.bookings import BookingFilter, BookingRequest
from itc_desktop.services.jobs import JobInput
from itc_desktop.services.result_inputs import HardnessInputs, LimitSpec
from itc_desktop.services.results import RecordInput
from tests.services.bookings_support import at, next_monday
from tests.services.equipment_support import make_equipment
from tests.services.results_support import make_lab


def forkserver() -> ForkServerContext:
    """Processes forked from a server that has imported the program once: a kill round costs
    milliseconds instead of the second a fresh interpreter needs for its imports."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.crash_worker", "psycopg"])
    return context


# What a stream does, and how often (a lab's day: many results, fewer jobs).
KINDS = ("usage", "booking", "result", "approve", "job")
WEIGHTS = (3, 3, 4, 3, 1)


@dataclass(frozen=True)
class Lab:
    """What the test prepared before the first stream: who works, on what, for which job."""

    url: str
    manager: Actor
    technician: Actor
    machine_id: int
    hardness_tester: int
    company_id: int
    job_id: int
    specimen_id: int
    first_slot: datetime  # bookings go one hour after another from here


def prepare_lab(db: Database, manager: Actor, technician: Actor) -> Lab:
    """A job with a specimen, a calibrated hardness tester and a machine to start and book."""
    lab = make_lab(db, manager)
    machine = make_equipment(db, manager, "ITC-0300", name="Hegesztő robot / Robot za zavarivanje")
    with db.reader() as session:
        company_id = session.execute(
            text("SELECT company_id FROM jobs WHERE id = :id"), {"id": lab.job_id}
        ).scalar_one()
    return Lab(
        url=db.url,
        manager=manager,
        technician=technician,
        machine_id=machine,
        hardness_tester=lab.hardness_tester,
        company_id=company_id,
        job_id=lab.job_id,
        specimen_id=lab.specimen_id,
        first_slot=at(next_monday(), 7),
    )


def read_lines(fd: int, until: float, stop_at: str | None = None) -> list[str]:
    """The lines a worker wrote to the pipe `fd`, up to the time `until` (time.monotonic()),
    the end of the pipe, or the first line starting with `stop_at`."""
    data = b""
    while True:
        left = until - time.monotonic()
        if left <= 0:
            break
        readable, _w, _x = select.select([fd], [], [], left)
        if not readable:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
        complete = data.decode().splitlines()[: data.count(b"\n")]
        if stop_at is not None and any(line.startswith(stop_at) for line in complete):
            break
    return data.decode().splitlines()


def say(line: str) -> None:
    print(line, flush=True)


def _booking_slot(lab: Lab, db: Database) -> tuple[datetime, datetime]:
    """The hour after the last booking of the machine (a killed stream leaves gaps or none)."""
    with db.reader() as session:
        last = booking_service.list_bookings(
            session, lab.manager, BookingFilter(equipment_id=lab.machine_id), limit=1
        )
    start = last[0].end if last else lab.first_slot
    return start, start + timedelta(hours=1)


def hardness_record(lab: Lab, rng: random.Random) -> RecordInput:
    readings = tuple(
        (round(rng.uniform(0.270, 0.290), 4), round(rng.uniform(0.270, 0.290), 4))
        for _ in range(rng.randint(3, 5))
    )
    return RecordInput(
        job_id=lab.job_id,
        specimen_id=lab.specimen_id,
        method="ISO 6507-1:2023",
        equipment_id=lab.hardness_tester,
        performed_by_id=lab.technician.id,
        performed_at=utcnow() - timedelta(minutes=30),
        inputs=HardnessInputs(method="HV", scale="10", readings=readings),
        limits={"hardness_mean": LimitSpec(200, 260)},
        temperature_c=22.5,
        humidity_pct=45,
    )


def one_write(lab: Lab, db: Database, rng: random.Random, drafts: list[int]) -> None:
    kind = rng.choices(KINDS, WEIGHTS)[0]
    if kind == "approve" and not drafts:
        kind = "result"
    if kind == "usage":
        with db.reader() as session:
            running = usage_service.running_session_for(session, lab.technician, lab.machine_id)
        if running is None:
            say("begin usage")
            with db.transaction(lab.technician) as session:
                usage_id = usage_service.start_use(
                    session, lab.technician, lab.machine_id, purpose="Roughing a flange"
                )
            say(f"usage {usage_id}")
        else:
            say("begin usage-stopped")
            with db.transaction(lab.technician) as session:
                usage_service.stop_use(session, lab.technician, running.id, notes="Done")
            say(f"usage-stopped {running.id}")
    elif kind == "booking":
        start, end = _booking_slot(lab, db)
        say("begin booking")
        with db.transaction(lab.manager) as session:
            booking_id = booking_service.create_booking(
                session,
                lab.manager,
                BookingRequest(lab.machine_id, start, end, purpose="Prototype run"),
            )
        say(f"booking {booking_id}")
    elif kind == "result":
        data = hardness_record(lab, rng)
        say("begin result")
        with db.transaction(lab.technician) as session:
            record_id = result_service.create_record(session, lab.technician, data)
        drafts.append(record_id)
        say(f"result {record_id}")
    elif kind == "approve":
        record_id = drafts.pop(0)
        say("begin reviewed")
        with db.transaction(lab.manager) as session:
            result_service.review_record(session, lab.manager, record_id)
        say(f"reviewed {record_id}")
        say("begin approved")
        with db.transaction(lab.manager) as session:
            result_service.approve_record(session, lab.manager, record_id)
        say(f"approved {record_id}")
    else:
        say("begin job")
        with db.transaction(lab.manager) as session:
            created = job_service.create_job(
                session,
                lab.manager,
                JobInput(
                    company_id=lab.company_id,
                    title=f"Próbadarab hegesztése — šav {rng.randint(1, 999)}",
                    description="Varrat vizsgálata, ispitivanje zavarenog spoja.",
                ),
            )
        say(f"job {created.id}")


def write_forever(lab: Lab, seed: int, out: Connection) -> NoReturn:
    """Runs in the killed process: its standard output becomes the pipe `out`."""
    os.dup2(out.fileno(), sys.stdout.fileno())
    db = Database(lab.url, migrate_on_open=False)
    with db.reader() as session:  # connected before the clock of the kill starts
        session.execute(text("SELECT 1"))
    rng = random.Random(seed)
    drafts: list[int] = []
    say("ready")
    while True:
        one_write(lab, db, rng, drafts)


def start_use_and_hang(lab: Lab, job_reference: str, out: Connection) -> NoReturn:
    """The program of a station where the technician pressed F9 and started the machine: the
    session is committed, the station says its id and then just runs, until it is killed."""
    os.dup2(out.fileno(), sys.stdout.fileno())
    db = Database(lab.url, migrate_on_open=False)
    with db.transaction(lab.technician) as session:
        usage_id = usage_service.start_use(
            session, lab.technician, lab.machine_id, job_reference=job_reference
        )
    say(f"usage {usage_id}")
    while True:
        threading.Event().wait()
