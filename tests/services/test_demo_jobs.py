"""The demo companies and jobs: cross-border names, valid tax numbers, every workflow state,
linked to the demo equipment and usage; the audit chain verifies afterwards."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from itc_desktop import cli
from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.demo_jobs import DEMO_KIOSK_CODES, _office_hours, demo_kiosk_codes
from itc_desktop.models.bookings import Booking
from itc_desktop.models.equipment import UsageSession
from itc_desktop.models.jobs import JOB_STATUS_VALUES, Job, JobEvent, JobStep
from itc_desktop.services import companies as company_service
from itc_desktop.services import job_costs as cost_service
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.taxnumbers import normalize_tax_number


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for the module, filled through the command line."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert cli.main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def reader_actor() -> Actor:
    return Actor(id=2, username="manager", full_name="Petrović Đorđe", role="manager")


def test_audit_chain_verifies_after_the_demo_fill(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(demo_db), "audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith("OK")


def test_companies_from_both_sides_of_the_border(demo_db: Path, reader_actor: Actor) -> None:
    with Database(sqlite_url(demo_db)).reader() as session:
        companies = company_service.list_companies(session, reader_actor)
        details = [company_service.get_company(session, reader_actor, c.id) for c in companies]
    assert len(companies) == 8
    assert Counter(c.country for c in companies) == {"HU": 4, "RS": 4}
    names = " ".join(c.name for c in companies)
    for letter in "őűčćđšž":
        assert letter in names.lower(), letter
    assert re.search(r"[\u0400-\u04FF]", names), "one company written in Cyrillic"
    for company in companies:
        assert company.tax_number is not None
        assert normalize_tax_number(company.country, company.tax_number) == company.tax_number
    assert all(d.contacts for d in details)
    assert sum(len(d.contacts) for d in details) >= 12


def test_jobs_in_every_state_with_their_records(demo_db: Path, reader_actor: Actor) -> None:
    db = Database(sqlite_url(demo_db))
    with db.reader() as session:
        rows = job_service.list_jobs(session, reader_actor, limit=None)
        assert 20 <= len(rows) <= 30
        assert set(Counter(r.status for r in rows)) == set(JOB_STATUS_VALUES)
        assert job_service.overdue_jobs(session, reader_actor)
        assert job_service.jobs_waiting_for_approval(session, reader_actor)
        today = date.today()
        _monday, sunday = job_service.week_of(today)
        for due in job_service.jobs_due_this_week(session, reader_actor):
            assert due.due_date is not None and today <= due.due_date <= sunday
        public_notes = 0
        linked_steps = 0
        for row in rows:
            events = workflow.list_events(session, reader_actor, row.id)
            assert events[0].to_status == "received"
            assert events[-1].to_status == row.status
            assert [e.at for e in events] == sorted(e.at for e in events)
            public_notes += sum(1 for e in events if e.public_note)
            steps = step_service.list_steps(session, reader_actor, row.id)
            assert steps and [s.sequence for s in steps] == list(range(1, len(steps) + 1))
            linked_steps += sum(1 for s in steps if s.actual_hours > 0)
            for specimen in specimen_service.list_specimens(session, reader_actor, row.id):
                assert re.fullmatch(rf"{row.reference}-S\d\d", specimen.code)
            if row.status == "delivered":
                items = specimen_service.list_specimens(session, reader_actor, row.id)
                assert items and all(i.disposition in ("returned", "disposed") for i in items)
            if row.status in ("in_progress", "testing", "completed", "delivered"):
                assert cost_service.list_material_costs(session, reader_actor, row.id)
        assert public_notes >= 40
        assert linked_steps >= 10
        with_equipment = session.scalar(
            select(func.count()).where(JobStep.equipment_id.is_not(None))
        )
        linked_usage = session.scalar(select(func.count()).where(UsageSession.job_id.is_not(None)))
        assert with_equipment and with_equipment >= 50
        assert linked_usage and linked_usage >= 15


def test_bookings_and_usage_sit_on_steps_of_their_own_job(demo_db: Path) -> None:
    """The demo's machine bookings and usage sessions are booked to job steps: the step is
    one of that job's, on the same machine, and only jobs the customer approved ran."""
    with Database(sqlite_url(demo_db)).reader() as session:
        for table in (Booking, UsageSession):
            rows = session.execute(
                select(table.job_id, table.equipment_id, JobStep.job_id, JobStep.equipment_id).join(
                    JobStep, JobStep.id == table.job_step_id
                )
            ).all()
            assert len(rows) >= 15, table.__name__
            assert all(job == step_job for job, _eq, step_job, _step_eq in rows)
            assert all(eq == step_eq for _job, eq, _step_job, step_eq in rows)
        not_yet_approved = session.scalar(
            select(func.count())
            .select_from(UsageSession)
            .join(Job, Job.id == UsageSession.job_id)
            .where(Job.status.in_(("received", "quoted")))
        )
    assert not_yet_approved == 0


def test_office_hours_keep_the_order_and_the_past_across_clock_changes() -> None:
    zone = ZoneInfo("Europe/Budapest")
    for first in (datetime(2026, 3, 26, tzinfo=UTC), datetime(2026, 10, 21, tzinfo=UTC)):
        moments = [first + timedelta(minutes=7 * n) for n in range(7 * 24 * 60 // 7)]
        mapped = [_office_hours(at, zone) for at in moments]
        assert all(8 <= m.astimezone(zone).hour < 17 for m in mapped)
        assert all(m <= at for m, at in zip(mapped, moments, strict=True))
        assert all(a < b for a, b in itertools.pairwise(mapped))
    noon = datetime(2026, 11, 20, 12, 0, tzinfo=zone)
    assert _office_hours(noon, zone).astimezone(zone).time() == time(11, 33, 20)
    one_am = datetime(2026, 11, 20, 1, 0, tzinfo=zone)
    assert _office_hours(one_am, zone).astimezone(zone) == datetime(
        2026, 11, 19, 16, 32, tzinfo=zone
    )


def test_the_demo_timeline_happens_in_office_hours(demo_db: Path, reader_actor: Actor) -> None:
    db = Database(sqlite_url(demo_db))
    with db.reader() as session:
        zone = lab_zone(session)
        moments = list(session.scalars(select(JobEvent.at)))
    assert len(moments) >= 90  # 25 jobs, each with its whole path
    assert all(8 <= at.astimezone(zone).hour < 17 for at in moments)


def test_costs_of_a_delivered_euro_job(demo_db: Path, reader_actor: Actor) -> None:
    with Database(sqlite_url(demo_db)).reader() as session:
        rows = job_service.list_jobs(
            session, reader_actor, job_service.JobFilter(statuses=frozenset({"delivered"}))
        )
        euro = [r for r in rows if r.currency == "EUR"]
        assert euro
        costs = cost_service.job_costs(session, reader_actor, euro[0].id)
    assert costs.machine_total > 0 and costs.material_total > 0
    assert costs.quote_difference is not None


def test_kiosk_codes_of_the_showcase_jobs_work(demo_db: Path) -> None:
    with Database(sqlite_url(demo_db)).reader() as session:
        codes = demo_kiosk_codes(session)
        assert len(codes) == len(DEMO_KIOSK_CODES)
        for reference, code in codes.items():
            assert job_service.check_access_code(session, reference, code)
            assert not job_service.check_access_code(session, reference, "000000")
