"""The kiosk's read model: lookup by reference and access code (forgiving input, one answer for
every miss), what it shows and never shows, the lockout, the admin check for staff leaving,
dates per language, and the read-only connection proven by SQLite itself."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.models.jobs import Job
from itc_desktop.reports.intake_slip import kiosk_payload
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services import kiosk, report_archive
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.kiosk import KioskReader, KioskUnavailable, Lockout
from itc_desktop.services.specimens import SpecimenInput
from tests.conftest import PASSWORDS
from tests.reports.job_report_support import COMPANY, make_report_lab
from tests.services.jobs_support import make_company, make_job


def wrong_code(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


@pytest.fixture
def reader(db: Database, actors: dict[str, Actor]) -> Iterator[KioskReader]:
    ro = KioskReader.open(db.url)
    yield ro
    ro.dispose()


# Input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "ITC-2026-0007",
        "itc-2026-0007",
        "itc20260007",
        " ITC 2026 0007 ",
        "ITC_2026_7",
        "2026-0007",
        "20260007",
        "itc/2026/7",
    ],
)
def test_reference_input_is_forgiving(typed: str) -> None:
    assert kiosk.normalize_kiosk_reference(typed) == "ITC-2026-0007"


def test_what_is_no_reference_stays_as_typed_and_matches_nothing() -> None:
    assert kiosk.normalize_kiosk_reference("hello") == "HELLO"
    assert kiosk.normalize_kiosk_reference("ITC-26-7") == "ITC-26-7"
    assert kiosk.normalize_code(" 905 318 ") == "905318"
    assert kiosk.normalize_code("905-318") == "905318"


def test_the_intake_slips_qr_payload_is_read() -> None:
    payload = kiosk_payload("ITC-2026-0042", "905318")
    assert kiosk.parse_scan(payload) == ("ITC-2026-0042", "905318")
    assert kiosk.parse_scan(f"  {payload.lower()}\n") == ("ITC-2026-0042", "905318")
    assert kiosk.parse_scan("ITC-2026-0042") is None
    assert kiosk.parse_scan("OTHER:ITC-2026-0042:905318") is None
    assert kiosk.parse_scan("ITC-KIOSK:ITC-2026-0042") is None


# Lookup -----------------------------------------------------------------------------------


def test_right_reference_and_code_show_the_job_however_typed(
    db: Database, manager: Actor, reader: KioskReader
) -> None:
    created = make_job(db, manager, make_company(db, manager), due_date=date(2026, 12, 4))
    number = created.reference.rsplit("-", 1)[1]
    compact = created.reference.replace("-", "").lower()
    for reference in (created.reference, compact, f"2026{number}"):
        seen = reader.look_up(reference, created.access_code)
        assert seen is not None, reference
        assert (seen.reference, seen.status) == (created.reference, "received")
    spaced = f"{created.access_code[:3]} {created.access_code[3:]}"
    seen = reader.look_up(created.reference, spaced)
    assert seen is not None
    assert seen.title == "Prototype flange, 5-axis milling"
    assert seen.company_name == "Kőszegi Fémmegmunkáló Kft."
    assert seen.due_date == date(2026, 12, 4)
    assert (seen.specimens_received, seen.specimens_tested, seen.report_ready) == (0, 0, False)
    assert seen.progress_index == 0


def test_every_miss_gets_the_same_none(db: Database, manager: Actor, reader: KioskReader) -> None:
    created = make_job(db, manager, make_company(db, manager))
    other = make_job(db, manager, make_company(db, manager, "Čelik d.o.o.", "RS", "101134702"))
    misses = [
        (created.reference, wrong_code(created.access_code)),  # wrong code
        ("ITC-2026-0999", created.access_code),  # unknown reference
        (created.reference, other.access_code),  # another job's code
        (created.reference, "12345"),  # too short
        (created.reference, "abcdef"),  # not digits
        (created.reference, ""),
        ("", ""),
    ]
    for reference, code in misses:
        assert reader.look_up(reference, code) is None, (reference, code)


def test_a_regenerated_code_replaces_the_old_one(
    db: Database, manager: Actor, reader: KioskReader
) -> None:
    created = make_job(db, manager, make_company(db, manager))
    with db.transaction(manager) as session:
        new = job_service.regenerate_access_code(session, manager, created.id)
    assert reader.look_up(created.reference, created.access_code) is None
    assert reader.look_up(created.reference, new) is not None


def test_the_kiosk_shows_public_facts_only(
    db: Database, manager: Actor, technician: Actor, reader: KioskReader
) -> None:
    created = make_job(db, manager, make_company(db, manager), quoted_price=Decimal("4321.50"))
    with db.transaction(manager) as session:
        workflow.change_status(
            session,
            manager,
            created.id,
            "quoted",
            internal_note="Customer pays late, keep the margin",
            public_note="Your quote was sent.",
        )
        workflow.change_status(session, manager, created.id, "approved")
        workflow.change_status(
            session, technician, created.id, "on_hold", internal_note="Saw broken"
        )
    seen = reader.look_up(created.reference, created.access_code)
    assert seen is not None
    assert [(e.status, e.public_note) for e in seen.timeline] == [
        ("received", None),
        ("quoted", "Your quote was sent."),
        ("approved", None),
        ("on_hold", None),
    ]
    # On hold marks the step it left.
    assert seen.status == "on_hold" and seen.progress_status == "approved"
    assert seen.progress_index == 2
    # No field carries anything internal: prices, notes, people.
    names = {f.name for f in dataclasses.fields(kiosk.KioskJob)}
    assert not names & {"quoted_price", "currency", "internal_note", "technician", "description"}
    flat = repr(seen)
    for secret in ("4321", "Customer pays late", "Saw broken", "Petrović", "Szőke"):
        assert secret not in flat


def test_specimens_received_and_tested_and_the_report_ready_for_pickup(
    db: Database, actors: dict[str, Actor]
) -> None:
    manager = actors["manager"]
    rl = make_report_lab(db, actors)
    with db.transaction(manager) as session:
        specimen_service.add_specimen(
            session, manager, rl.lab.job_id, SpecimenInput(description="Spare bar")
        )
        code = job_service.regenerate_access_code(session, manager, rl.lab.job_id)
    ro = KioskReader.open(db.url)
    try:
        seen = ro.look_up(rl.lab.job_reference, code)
        assert seen is not None and seen.company_name == COMPANY
        # Two of three items have records (a draft counts: the test was made).
        assert (seen.specimens_received, seen.specimens_tested) == (3, 2)
        assert not seen.report_ready and seen.report_issued_on is None
        with db.transaction(manager) as session:
            issued = report_archive.issue_job_report(session, manager, rl.lab.job_id)
        seen = ro.refresh(seen.job_id)
        assert seen is not None
        assert seen.report_ready and seen.report_issued_on == issued.issue_date
    finally:
        ro.dispose()


def test_refresh_sees_a_status_change_made_at_a_workstation(
    db: Database, manager: Actor, reader: KioskReader
) -> None:
    created = make_job(db, manager, make_company(db, manager))
    seen = reader.look_up(created.reference, created.access_code)
    assert seen is not None and seen.status == "received"
    with db.transaction(manager) as session:
        workflow.change_status(session, manager, created.id, "quoted", public_note="Sent today")
    again = reader.refresh(seen.job_id)
    assert again is not None and again.status == "quoted"
    assert again.timeline[-1].public_note == "Sent today"
    assert reader.refresh(987654) is None


def test_a_cancelled_job_shows_no_progress(db: Database, manager: Actor, reader: KioskReader):
    created = make_job(db, manager, make_company(db, manager))
    with db.transaction(manager) as session:
        workflow.change_status(session, manager, created.id, "cancelled", internal_note="asked")
    seen = reader.look_up(created.reference, created.access_code)
    assert seen is not None and seen.progress_status is None and seen.progress_index == -1


# Read-only, proven ------------------------------------------------------------------------


def test_a_write_through_the_kiosks_connection_fails(
    db: Database, manager: Actor, reader: KioskReader
) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite file behaviour; PostgreSQL: tests/services/test_kiosk_postgres.py")
    created = make_job(db, manager, make_company(db, manager))
    with pytest.raises(OperationalError, match="readonly"), reader.database.reader() as session:
        session.execute(text("UPDATE jobs SET title = 'hacked'"))
        session.commit()
    with pytest.raises(OperationalError, match="readonly"), reader.database.reader() as session:
        job = session.get(Job, created.id)
        assert job is not None
        job.title = "hacked through the ORM"
        session.commit()
    with db.reader() as session:
        job = session.get(Job, created.id)
        assert job is not None and job.title == "Prototype flange, 5-axis milling"


def test_the_reader_refuses_a_writable_database(db: Database) -> None:
    with pytest.raises(ValueError, match="read-only"):
        KioskReader(db)


def test_a_missing_database_is_unavailable_then_recovers(
    db: Database, manager: Actor, tmp_path: Path
) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite file behaviour; PostgreSQL: tests/services/test_kiosk_postgres.py")
    created = make_job(db, manager, make_company(db, manager))
    db.dispose()
    path = tmp_path / "lab.sqlite"
    aside = tmp_path / "aside.sqlite"
    ro = KioskReader.open(sqlite_url(path))
    try:
        ro.check()
        shutil.move(path, aside)
        with pytest.raises(KioskUnavailable):
            ro.check()
        with pytest.raises(KioskUnavailable):
            ro.look_up(created.reference, created.access_code)
        assert not path.exists()  # read-only: nothing created in its place
        shutil.move(aside, path)
        ro.check()
        assert ro.look_up(created.reference, created.access_code) is not None
    finally:
        ro.dispose()


def test_a_file_that_is_no_database_is_unavailable(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    ro = KioskReader.open(sqlite_url(junk))
    try:
        with pytest.raises(KioskUnavailable):
            ro.check()
    finally:
        ro.dispose()


def test_a_database_of_another_schema_revision_is_unavailable(
    db: Database, reader: KioskReader
) -> None:
    reader.check()
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    with pytest.raises(KioskUnavailable, match="schema revision ffffffffffff"):
        reader.check()


# Staff leave ------------------------------------------------------------------------------


def test_only_an_admin_may_leave_and_nothing_is_written(
    db: Database, actors: dict[str, Actor], reader: KioskReader
) -> None:
    assert reader.verify_admin("admin", PASSWORDS["admin"])
    assert reader.verify_admin(" ADMIN ", PASSWORDS["admin"])
    assert not reader.verify_admin("admin", "wrong-password")
    assert not reader.verify_admin("manager", PASSWORDS["manager"])
    assert not reader.verify_admin("technician", PASSWORDS["technician"])
    assert not reader.verify_admin("nobody", PASSWORDS["admin"])
    assert not reader.verify_admin("", "")


# Lockout ----------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_misses_lock_for_a_minute_and_repeats_lock_longer() -> None:
    clock = FakeClock()
    lock = Lockout(clock=clock)
    assert [lock.record_failure() for _ in range(4)] == [0, 0, 0, 0]
    assert not lock.locked
    assert lock.record_failure() == 60
    assert lock.locked and lock.remaining() == 60
    clock.now += 59.5
    assert lock.locked and lock.remaining() == pytest.approx(0.5)
    clock.now += 0.5
    assert not lock.locked
    for _ in range(4):
        lock.record_failure()
    assert lock.record_failure() == 120  # doubles
    clock.now += 120
    for _ in range(4):
        lock.record_failure()
    assert lock.record_failure() == 240
    clock.now += 240
    lock.record_success()
    for _ in range(4):
        lock.record_failure()
    assert lock.record_failure() == 60  # a success starts over


def test_the_lock_has_a_ceiling_and_is_forgotten_after_a_quiet_hour() -> None:
    clock = FakeClock()
    lock = Lockout(clock=clock, lock_seconds=60, max_lock_seconds=200, forget_after=3600)
    durations = []
    for _ in range(4):
        for _ in range(5):
            duration = lock.record_failure()
        durations.append(duration)
        clock.now += duration
    assert durations == [60, 120, 200, 200]
    clock.now += 3601
    for _ in range(4):
        assert lock.record_failure() == 0
    assert lock.record_failure() == 60


# Dates ------------------------------------------------------------------------------------


def test_dates_as_each_language_writes_them() -> None:
    day = date(2026, 11, 28)
    assert kiosk.format_date(day, "hu") == "2026. 11. 28."
    assert kiosk.format_date(day, "sr") == "28.11.2026."
    assert kiosk.format_date(day, "sr-Cyrl") == "28.11.2026."
    assert kiosk.format_date(day, "en") == "28 Nov 2026"
    # Stored in UTC, shown in the center's time zone (Budapest: UTC+1 in November).
    at = datetime(2026, 11, 28, 13, 5)
    assert kiosk.format_date_time(at, "hu", "Europe/Budapest") == "2026. 11. 28. 14:05"
    assert kiosk.format_date_time(at, "en", "Europe/Budapest") == "28 Nov 2026, 14:05"
    assert kiosk.format_date_time(at, "sr", "Nowhere/Unknown") == "28.11.2026. 13:05"


def test_branding_uses_the_centers_name_and_logo(
    db: Database, admin: Actor, reader: KioskReader
) -> None:
    from itc_desktop.services import settings as settings_service

    assert reader.branding().logo_png is None
    with db.transaction(admin) as session:
        center = settings_service.get_center(session)
        center.name = "ITC Subotica"
        center.logo_png_base64 = "iVBORw0KGgo="
        settings_service.update_center(session, admin, center)
    seen = reader.branding()
    assert seen.center_name == "ITC Subotica"
    assert seen.logo_png == b"\x89PNG\r\n\x1a\n"


def test_the_postgres_role_may_select_and_nothing_else() -> None:
    sql = kiosk.postgres_grants("itc_kiosk")
    assert any(s.startswith("GRANT SELECT ON ") and "jobs" in s for s in sql)
    joined = " ".join(sql)
    for word in ("INSERT", "UPDATE", "DELETE", "ALL PRIVILEGES", "SUPERUSER LOGIN"):
        assert word not in joined
    assert "default_transaction_read_only = on" in joined
    # Column by column where the kiosk reads only some: no internal notes, addresses or PDFs.
    assert "GRANT SELECT (id, job_id, at, to_status, public_note) ON job_events" in joined
    assert "GRANT SELECT (id, name) ON companies" in joined
    # Of the audit trail only the ids: the change marker the kiosk polls, not who changed what.
    assert "GRANT SELECT (id) ON audit_log TO itc_kiosk;" in sql
    assert "GRANT SELECT ON audit_log" not in joined
    assert "internal_note" not in joined and " pdf" not in joined
    with pytest.raises(ValueError):
        kiosk.postgres_grants("x; DROP TABLE jobs")
