"""Optimistic locking across stations: two Database objects on one database (two PCs) read the
same record, both save; the second is refused naming who changed it and when, and nothing of
the second save is written."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.models.jobs import Job
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services import results as result_service
from itc_desktop.services.audit import verify_chain
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.services.errors import Conflict
from itc_desktop.services.versions import check_version, last_change, stale
from tests.services.bookings_support import at, book, next_monday
from tests.services.equipment_support import make_equipment
from tests.services.jobs_support import make_company, make_job
from tests.services.results_support import create, hardness_input, make_lab

LAB = ZoneInfo("Europe/Budapest")
STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d"


@pytest.fixture
def office(db: Database) -> Iterator[Database]:
    """The second station: its own engine and connections on the same database."""
    other = Database(db.url, migrate_on_open=False)
    yield other
    other.dispose()


def refusal_pattern(name: str) -> str:
    return rf"changed by {re.escape(name)} at ({STAMP}) — reload"


def assert_time_is_the_audited_one(db: Database, table: str, row_id: int, shown: str) -> None:
    """The time in the message is the lab-local time of the last audit entry of the row."""
    with db.reader() as session:
        entry = (
            session.query(AuditEntry)
            .filter_by(table_name=table, row_id=str(row_id))
            .order_by(AuditEntry.id.desc())
            .first()
        )
    assert entry is not None
    assert entry.ts.astimezone(LAB).strftime("%Y-%m-%d %H:%M") == shown


def test_job_second_station_is_refused_with_name_and_time(
    db: Database, office: Database, manager: Actor, admin: Actor
) -> None:
    job = make_job(db, manager, make_company(db, manager))
    with db.reader() as session:
        lab_copy = job_service.get_job(session, manager, job.id)
    with office.reader() as session:
        office_copy = job_service.get_job(session, admin, job.id)
    assert lab_copy.version == office_copy.version

    mine = lab_copy.as_input()
    mine.title = "Saved at the lab"
    with db.transaction(manager) as session:
        job_service.update_job(session, manager, job.id, mine, expected_version=lab_copy.version)

    theirs = office_copy.as_input()
    theirs.title = "Saved in the office"
    theirs.customer_order_number = "PO-OFFICE"
    with (
        pytest.raises(Conflict, match=refusal_pattern(manager.full_name)) as refused,
        office.transaction(admin) as session,
    ):
        job_service.update_job(session, admin, job.id, theirs, expected_version=office_copy.version)
    assert refused.value.message.startswith(f"{job.reference} was changed by Petrović Đorđe")
    shown = re.search(STAMP, refused.value.message)
    assert shown is not None
    assert_time_is_the_audited_one(db, "jobs", job.id, shown.group(0))

    with office.reader() as session:
        after = job_service.get_job(session, admin, job.id)
    assert (after.title, after.customer_order_number, after.version) == (
        "Saved at the lab",
        lab_copy.customer_order_number,
        lab_copy.version + 1,
    )


def test_equipment_second_station_is_refused(
    db: Database, office: Database, manager: Actor, admin: Actor
) -> None:
    equipment_id = make_equipment(db, manager, location="Hall A")
    with db.reader() as session:
        lab_copy = equipment_service.get_equipment(session, manager, equipment_id)
    with office.reader() as session:
        office_copy = equipment_service.get_equipment(session, admin, equipment_id)

    # The admin (the office) saves first this time: the manager's save is the stale one.
    office_copy.data.location = "Hall B"
    with office.transaction(admin) as session:
        equipment_service.update_equipment(
            session, admin, equipment_id, office_copy.data, expected_version=office_copy.version
        )
    lab_copy.data.location = "Hall C"
    lab_copy.data.notes = "moved by the lab"
    with (
        pytest.raises(Conflict, match=refusal_pattern(admin.full_name)) as refused,
        db.transaction(manager) as session,
    ):
        equipment_service.update_equipment(
            session, manager, equipment_id, lab_copy.data, expected_version=lab_copy.version
        )
    assert refused.value.message.startswith("ITC-0001 was changed by Kovács Ildikó at ")

    with db.reader() as session:
        after = equipment_service.get_equipment(session, manager, equipment_id)
    assert (after.data.location, after.data.notes, after.version) == (
        "Hall B",
        office_copy.data.notes,
        lab_copy.version + 1,
    )


def test_booking_second_station_is_refused(
    db: Database, office: Database, manager: Actor, technician: Actor
) -> None:
    machine = make_equipment(db, manager)
    day = next_monday()
    booking_id = book(db, technician, machine, at(day, 9), at(day, 11), purpose="Setup")
    with db.reader() as session:
        lab_copy = booking_service.get_booking(session, technician, booking_id)
    with office.reader() as session:
        office_copy = booking_service.get_booking(session, manager, booking_id)

    # The lab drags the block to 13:00 (move, with the version it read).
    with db.transaction(technician) as session:
        booking_service.move_booking(
            session, technician, booking_id, at(day, 13), expected_version=lab_copy.version
        )
    # The office edits the purpose in its dialog, based on the old copy.
    request = BookingRequest(
        equipment_id=machine,
        start=office_copy.start,
        end=office_copy.end,
        purpose="Changed in the office",
    )
    with (
        pytest.raises(Conflict, match=refusal_pattern(technician.full_name)) as refused,
        office.transaction(manager) as session,
    ):
        booking_service.update_booking(
            session, manager, booking_id, request, expected_version=office_copy.version
        )
    assert refused.value.message.startswith(f"Booking {booking_id} was changed by Szőke Bence")
    # A cancel from the stale copy is refused the same way.
    with (
        pytest.raises(Conflict, match=refusal_pattern(technician.full_name)),
        office.transaction(manager) as session,
    ):
        booking_service.cancel_booking(
            session, manager, booking_id, "not needed", expected_version=office_copy.version
        )

    with office.reader() as session:
        after = booking_service.get_booking(session, manager, booking_id)
    assert (after.start, after.end, after.purpose, after.status, after.version) == (
        at(day, 13),
        at(day, 15),
        "Setup",
        "confirmed",
        lab_copy.version + 1,
    )


def test_result_draft_second_station_is_refused(
    db: Database, office: Database, manager: Actor, technician: Actor
) -> None:
    lab = make_lab(db, manager)
    record_id = create(db, technician, hardness_input(lab, technician, remarks="first"))
    with db.reader() as session:
        lab_copy = result_service.get_record(session, technician, record_id)
    with office.reader() as session:
        office_copy = result_service.get_record(session, manager, record_id)

    mine = hardness_input(lab, technician, remarks="entered at the lab", temperature_c=21.0)
    mine = replace(mine, performed_at=lab_copy.performed_at)
    with db.transaction(technician) as session:
        result_service.update_record(
            session, technician, record_id, mine, expected_version=lab_copy.version
        )
    theirs = replace(mine, remarks="entered in the office", temperature_c=25.0)
    with (
        pytest.raises(Conflict, match=refusal_pattern(technician.full_name)) as refused,
        office.transaction(manager) as session,
    ):
        result_service.update_record(
            session, manager, record_id, theirs, expected_version=office_copy.version
        )
    assert refused.value.message.startswith(f"Test record {record_id} was changed by ")
    # Review based on the stale copy: refused too (the reviewer must see what they sign).
    with (
        pytest.raises(Conflict, match=refusal_pattern(technician.full_name)),
        office.transaction(manager) as session,
    ):
        result_service.review_record(
            session, manager, record_id, expected_version=office_copy.version
        )

    with office.reader() as session:
        after = result_service.get_record(session, manager, record_id)
    assert (after.remarks, after.temperature_c, after.status, after.version) == (
        "entered at the lab",
        21.0,
        "draft",
        lab_copy.version + 1,
    )
    with db.reader() as session:
        assert verify_chain(session).ok


def test_the_current_version_passes_and_none_skips_the_check(db: Database, manager: Actor) -> None:
    job = make_job(db, manager, make_company(db, manager))
    with db.reader() as session:
        row = session.get(Job, job.id)
        assert row is not None
        check_version(row, row.version, "x")
        check_version(row, None, "x")
        with pytest.raises(Conflict):
            check_version(row, row.version + 1, "x")


def test_a_row_without_audit_entries_still_gets_a_readable_refusal(
    db: Database, manager: Actor
) -> None:
    """Rows written before the audit trail existed (or by a migration) have no entry."""
    job = make_job(db, manager, make_company(db, manager))
    with db.reader() as session:
        row = session.get(Job, job.id)
        assert row is not None
        assert last_change(session, row) is not None
        error = stale(session, Job(id=999_999), "J-X")  # no audit entry for this id
    assert error.message == "J-X was changed by someone else meanwhile — reload it."


def test_a_change_from_the_command_line_names_the_recorded_login(
    db: Database, manager: Actor
) -> None:
    """Without a user id (cli:<login>), the recorded username is named."""
    job = make_job(db, manager, make_company(db, manager))
    with db.reader() as session:
        seen = job_service.get_job(session, manager, job.id)
    with db.transaction() as session:
        session.info["actor_name"] = "cli:operator"
        row = session.get(Job, job.id)
        assert row is not None
        row.title = "Changed from a script"
    data = seen.as_input()
    with (
        pytest.raises(Conflict, match=r"changed by cli:operator at "),
        db.transaction(manager) as session,
    ):
        job_service.update_job(session, manager, job.id, data, expected_version=seen.version)
    with db.reader() as session:
        assert job_service.get_job(session, manager, job.id).title == "Changed from a script"


def test_two_saves_at_the_same_moment_the_second_waits_and_is_refused_by_name(
    db: Database, office: Database, manager: Actor, admin: Actor
) -> None:
    """Both stations pass their version check "at once": the second waits for the first's
    lock (a row lock on PostgreSQL, the write lock on SQLite), then meets the new version
    and gets the named refusal, not an anonymous stale-data error at its flush."""
    job = make_job(db, manager, make_company(db, manager))
    with db.reader() as session:
        seen = job_service.get_job(session, manager, job.id)
    outcome: list[BaseException | None] = []

    def office_saves() -> None:
        theirs = seen.as_input()
        theirs.title = "Saved in the office"
        try:
            with office.transaction(admin) as session:
                job_service.update_job(
                    session, admin, job.id, theirs, expected_version=seen.version
                )
        except BaseException as error:
            outcome.append(error)
        else:
            outcome.append(None)

    with db.transaction(manager) as session:
        mine = seen.as_input()
        mine.title = "Saved at the lab"
        job_service.update_job(session, manager, job.id, mine, expected_version=seen.version)
        session.flush()
        office_thread = threading.Thread(target=office_saves)
        office_thread.start()
        office_thread.join(0.5)
        assert office_thread.is_alive()  # waiting for the lab's transaction
    office_thread.join(30)
    assert not office_thread.is_alive()
    (error,) = outcome
    assert isinstance(error, Conflict)
    assert re.search(refusal_pattern(manager.full_name), error.message)
    with db.reader() as session:
        after = job_service.get_job(session, manager, job.id)
    assert (after.title, after.version) == ("Saved at the lab", seen.version + 1)
