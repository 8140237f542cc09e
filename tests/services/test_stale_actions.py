"""Optimistic locking of the actions that are not form saves: series edits and cancels, a
no-show, and the equipment status actions (retire, out of service, return to service). Two
stations (two Database objects on one database) read the same record; the first acts; the
second, from its old copy, is refused naming who changed the record and when, and nothing
of the second action is written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import time, timedelta

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import booking_series as series_service
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import users as user_service
from itc_desktop.services.audit import verify_chain
from itc_desktop.services.booking_series import SeriesScope, SeriesSpec
from itc_desktop.services.bookings import BookingRequest, BookingRow
from itc_desktop.services.equipment import EquipmentDetail
from itc_desktop.services.errors import Conflict, StaleCopy
from tests.services.bookings_support import LAB, at, next_monday
from tests.services.equipment_support import make_equipment

STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d"


@pytest.fixture
def office(db: Database) -> Iterator[Database]:
    """The second station: its own engine and connections on the same database."""
    other = Database(db.url, migrate_on_open=False)
    yield other
    other.dispose()


def refusal(label: str, name: str) -> str:
    return rf"^{re.escape(label)} was changed by {re.escape(name)} at {STAMP} — reload it\.$"


def booking_copy(db: Database, actor: Actor, booking_id: int) -> BookingRow:
    with db.reader() as session:
        return booking_service.get_booking(session, actor, booking_id)


def equipment_copy(db: Database, actor: Actor, equipment_id: int) -> EquipmentDetail:
    with db.reader() as session:
        return equipment_service.get_equipment(session, actor, equipment_id)


def changes(db: Database, actor: Actor, equipment_id: int) -> list[tuple[str, str]]:
    """The equipment's status history, newest first: (to status, note)."""
    with db.reader() as session:
        rows = equipment_service.status_history(session, actor, equipment_id)
    return [(row.to_status, row.note) for row in rows]


def slots(db: Database, actor: Actor, series_id: int) -> list[tuple[object, ...]]:
    with db.reader() as session:
        rows = series_service.series_occurrences(session, actor, series_id)
    return [(r.id, r.start, r.end, r.status, r.version) for r in rows]


def daily_series(db: Database, technician: Actor, machine: int) -> series_service.CreatedSeries:
    with db.transaction(technician) as session:
        return series_service.create_series(
            session,
            technician,
            SeriesSpec(machine, "daily", next_monday(), time(9), timedelta(hours=1), count=3),
        )


def test_a_series_edit_or_cancel_from_an_old_copy_is_refused_and_writes_nothing(
    db: Database, office: Database, manager: Actor, technician: Actor
) -> None:
    machine = make_equipment(db, manager, "SAW-1")
    created = daily_series(db, technician, machine)
    first = created.booking_ids[0]
    lab_copy = booking_copy(db, technician, first)
    office_copy = booking_copy(office, manager, first)
    monday = next_monday()

    # The lab moves every occurrence to 11:00, based on what it read.
    with db.transaction(technician) as session:
        series_service.update_occurrences(
            session,
            technician,
            first,
            start=at(monday, 11),
            end=at(monday, 12),
            scope=SeriesScope.ALL,
            expected_version=lab_copy.version,
        )
    after_lab = slots(db, manager, created.series_id)
    label = f"Booking {first}"

    # The office, from its copy: moving all of them to 14:00 ...
    with (
        pytest.raises(StaleCopy, match=refusal(label, technician.full_name)),
        office.transaction(manager) as session,
    ):
        series_service.update_occurrences(
            session,
            manager,
            first,
            start=at(monday, 14),
            end=at(monday, 15),
            scope=SeriesScope.ALL,
            expected_version=office_copy.version,
        )
    # ... only this one ...
    with (
        pytest.raises(StaleCopy, match=refusal(label, technician.full_name)),
        office.transaction(manager) as session,
    ):
        series_service.update_occurrences(
            session,
            manager,
            first,
            start=at(monday, 14),
            end=at(monday, 15),
            expected_version=office_copy.version,
        )
    # ... or cancelling this and the following ones: all refused.
    for scope in (SeriesScope.THIS_AND_FOLLOWING, SeriesScope.ONE):
        with (
            pytest.raises(StaleCopy, match=refusal(label, technician.full_name)),
            office.transaction(manager) as session,
        ):
            series_service.cancel_occurrences(
                session, manager, first, "not needed", scope, expected_version=office_copy.version
            )
    assert slots(office, manager, created.series_id) == after_lab
    assert [s[1] for s in after_lab] == [at(monday + timedelta(days=d), 11) for d in range(3)]

    # Read again, the office's cancel goes through.
    fresh = booking_copy(office, manager, first)
    with office.transaction(manager) as session:
        cancelled = series_service.cancel_occurrences(
            session, manager, first, "not needed", SeriesScope.ALL, expected_version=fresh.version
        )
    assert cancelled == list(created.booking_ids)
    with db.reader() as session:
        assert verify_chain(session).ok


def office_moves_from(
    office: Database, manager: Actor, copy: BookingRow, hour: int, scope: SeriesScope
) -> None:
    """The office moves the occurrence of `copy` (and `scope`) to `hour` from that copy."""
    day = copy.start.astimezone(LAB).date()
    with office.transaction(manager) as session:
        series_service.update_occurrences(
            session,
            manager,
            copy.id,
            start=at(day, hour),
            end=at(day, hour + 1),
            scope=scope,
            expected_version=copy.version,
            expected_series_version=copy.series_version,
        )


def test_a_series_edit_is_refused_when_another_occurrence_changed_meanwhile(
    db: Database, office: Database, manager: Actor, technician: Actor
) -> None:
    """The office reads the series (its first occurrence, with the series' version); the lab
    then moves the third occurrence alone. The office's "all" or "this and following" edit
    would move or cancel that third one too, over the lab's change: refused, naming the
    lab's technician, and nothing written. The chosen occurrence itself did not change."""
    machine = make_equipment(db, manager, "SAW-2")
    created = daily_series(db, technician, machine)
    first, _second, third = created.booking_ids
    office_copy = booking_copy(office, manager, first)
    assert office_copy.series_version is not None
    monday = next_monday()
    wednesday = monday + timedelta(days=2)
    with db.transaction(technician) as session:
        booking_service.move_booking(
            session,
            technician,
            third,
            at(wednesday, 15),
            expected_version=booking_copy(db, technician, third).version,
        )
    after_lab = slots(db, manager, created.series_id)
    assert booking_copy(db, manager, first).version == office_copy.version  # chosen: as read
    stale_series = refusal(f"Booking series {created.series_id}", technician.full_name)

    for scope in (SeriesScope.ALL, SeriesScope.THIS_AND_FOLLOWING):
        with pytest.raises(StaleCopy, match=stale_series):
            office_moves_from(office, manager, office_copy, 8, scope)
        with pytest.raises(StaleCopy, match=stale_series), office.transaction(manager) as session:
            series_service.cancel_occurrences(
                session,
                manager,
                first,
                "not needed",
                scope,
                expected_version=office_copy.version,
                expected_series_version=office_copy.series_version,
            )
    assert slots(office, manager, created.series_id) == after_lab
    assert after_lab[2][1] == at(wednesday, 15)

    # This occurrence alone is still the office's to change from its copy.
    office_moves_from(office, manager, office_copy, 8, SeriesScope.ONE)
    # Read again, the whole series moves, the lab's occurrence with it, to 07:00.
    fresh = booking_copy(office, manager, first)
    assert fresh.series_version is not None and fresh.series_version > office_copy.series_version
    office_moves_from(office, manager, fresh, 7, SeriesScope.ALL)
    moved = slots(db, manager, created.series_id)
    assert [m[1] for m in moved] == [at(monday + timedelta(days=d), 7) for d in range(3)]
    with db.reader() as session:
        assert verify_chain(session).ok


def test_a_no_show_from_an_old_copy_is_refused(
    db: Database, office: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    machine = make_equipment(db, manager, "TENS-1")
    start = utcnow().replace(microsecond=0) - timedelta(hours=3)
    with db.transaction(technician) as session:
        booking_id = booking_service.create_booking(
            session,
            technician,
            BookingRequest(machine, start, start + timedelta(hours=1), purpose="Tensile"),
            now=start - timedelta(days=1),
        )
    office_copy = booking_copy(office, manager, booking_id)
    lab_copy = booking_copy(db, admin, booking_id)
    # The admin corrects the purpose at the lab (the booking stays confirmed).
    with db.transaction(admin) as session:
        booking_service.update_booking(
            session,
            admin,
            booking_id,
            BookingRequest(
                machine,
                start,
                start + timedelta(hours=1),
                booked_for_id=technician.id,
                purpose="Tensile, 3 specimens",
            ),
            expected_version=lab_copy.version,
        )
    with (
        pytest.raises(StaleCopy, match=refusal(f"Booking {booking_id}", admin.full_name)),
        office.transaction(manager) as session,
    ):
        booking_service.mark_no_show(
            session, manager, booking_id, expected_version=office_copy.version
        )
    after = booking_copy(db, manager, booking_id)
    assert (after.status, after.purpose, after.version) == (
        "confirmed",
        "Tensile, 3 specimens",
        office_copy.version + 1,
    )
    # Cancelled meanwhile: the same refusal, not "only confirmed bookings can be changed".
    with db.transaction(admin) as session:
        booking_service.cancel_booking(session, admin, booking_id, "machine broke")
    with (
        pytest.raises(StaleCopy, match=refusal(f"Booking {booking_id}", admin.full_name)),
        office.transaction(manager) as session,
    ):
        booking_service.mark_no_show(session, manager, booking_id, expected_version=after.version)
    assert booking_copy(db, manager, booking_id).status == "cancelled"


def test_equipment_status_actions_from_an_old_copy_are_refused(
    db: Database, office: Database, admin: Actor, manager: Actor
) -> None:
    with db.transaction(admin) as session:
        other = user_service.create_user(
            session, admin, "rnagy", "Nagy Réka", "manager", "office-pass-2026"
        )
    press = make_equipment(db, manager, "ITC-0004", name="Press brake")
    office_copy = equipment_copy(office, other, press)
    lab_copy = equipment_copy(db, manager, press)
    with db.transaction(manager) as session:
        equipment_service.take_out_of_service(
            session, manager, press, "Hydraulic leak", expected_version=lab_copy.version
        )
    before = changes(office, other, press)
    for action in (equipment_service.retire_equipment, equipment_service.take_out_of_service):
        with (
            pytest.raises(StaleCopy, match=refusal("ITC-0004", manager.full_name)),
            office.transaction(other) as session,
        ):
            action(session, other, press, "Scrapped", expected_version=office_copy.version)

    # The lab returns it to service; the office, still on the out-of-service copy, tries too.
    out_copy = equipment_copy(office, other, press)
    back_copy = equipment_copy(db, manager, press)
    with db.transaction(manager) as session:
        maintenance_service.return_to_service(
            session,
            manager,
            press,
            "Seals replaced, pressure tested",
            expected_version=back_copy.version,
        )
    with (
        pytest.raises(StaleCopy, match=refusal("ITC-0004", manager.full_name)),
        office.transaction(other) as session,
    ):
        maintenance_service.return_to_service(
            session, other, press, "Checked", expected_version=out_copy.version
        )
    assert changes(office, other, press) == [
        ("available", "Seals replaced, pressure tested"),
        *before,
    ]
    assert equipment_copy(db, manager, press).status == "available"
    # StaleCopy is a Conflict: screens that show conflicts show it the same way.
    assert issubclass(StaleCopy, Conflict)
