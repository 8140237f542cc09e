"""Bookings: every refusal reason with its message, on creation and on edits; the manager's
override of notice/length only; who may book for whom; the database's overlap triggers;
cancel/complete/no-show; the link to usage sessions; the list with keyset paging."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.models.bookings import Booking
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import job_workflow
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.booking_export import export_ics_for
from itc_desktop.services.booking_rules import (
    BookingConflict,
    BookingRefused,
    RefusalReason,
)
from itc_desktop.services.booking_settings import BookingSettings, update_booking_settings
from itc_desktop.services.bookings import BookingFilter, BookingRequest, cursor_of
from itc_desktop.services.errors import (
    Conflict,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from itc_desktop.services.job_steps import StepInput
from itc_desktop.services.maintenance_windows import (
    cancel_maintenance_window,
    maintenance_windows_in_range,
    plan_maintenance_window,
)
from tests.backends import DB_OVERLAP
from tests.services.bookings_support import at, book, next_monday
from tests.services.equipment_support import (
    lab_today,
    make_equipment,
    make_instrument,
    make_technician,
)
from tests.services.jobs_support import make_company, make_job


def _refused(
    db: Database, actor: Actor, request: BookingRequest, **kwargs: object
) -> BookingRefused:
    with pytest.raises(BookingRefused) as caught, db.transaction(actor) as session:
        booking_service.create_booking(session, actor, request, **kwargs)  # type: ignore[arg-type]
    return caught.value


def _count(db: Database) -> int:
    with db.reader() as session:
        return len(session.scalars(select(Booking.id)).all())


def test_booking_and_touching_bookings_are_fine(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    first = book(db, technician, lathe, at(day, 8), at(day, 10), purpose="Esztergálás Ø10")
    second = book(db, technician, lathe, at(day, 10), at(day, 12))
    with db.reader() as session:
        rows = booking_service.bookings_in_range(session, technician, at(day, 0), at(day, 23))
    assert [r.id for r in rows] == [first, second]
    assert rows[0].booked_for_name == "Szőke Bence"
    assert rows[0].purpose == "Esztergálás Ø10"
    assert rows[0].status == "confirmed"


def test_overlap_is_refused_naming_the_other_booking(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    first = book(db, manager, lathe, at(day, 8), at(day, 10))
    error = _refused(db, technician, BookingRequest(lathe, at(day, 9), at(day, 11)))
    assert isinstance(error, BookingConflict)
    assert error.reasons == (RefusalReason.OVERLAP,)
    assert error.other_booking_id == first
    assert str(error) == (
        f"ITC-0001 CNC lathe is already booked by Petrović Đorđe from {day} 08:00 to "
        f"{day} 10:00 (booking {first})."
    )
    assert _count(db) == 1


def test_end_not_after_start(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    error = _refused(db, technician, BookingRequest(lathe, at(day, 10), at(day, 10)))
    assert error.reasons == (RefusalReason.END_NOT_AFTER_START,)
    assert f"The end ({day} 10:00) must be after the start ({day} 10:00)." == str(error)


def test_start_in_the_past_is_refused(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    start = utcnow() - timedelta(hours=2)
    error = _refused(db, technician, BookingRequest(lathe, start, start + timedelta(hours=1)))
    assert error.reasons == (RefusalReason.IN_THE_PAST,)
    assert "is in the past" in str(error)


def test_retired_out_of_service_and_not_bookable(
    db: Database, manager: Actor, technician: Actor
) -> None:
    day = next_monday()
    retired = make_equipment(db, manager, "ITC-0002", name="Old press")
    broken = make_equipment(db, manager, "ITC-0003", name="Hydraulic press")
    private = make_equipment(db, manager, "ITC-0004", name="Spare saw", bookable=False)
    with db.transaction(manager) as session:
        equipment_service.retire_equipment(session, manager, retired, "scrapped")
        equipment_service.take_out_of_service(session, manager, broken, "oil leak at cylinder")
    error = _refused(db, technician, BookingRequest(retired, at(day, 8), at(day, 9)))
    assert error.reasons == (RefusalReason.RETIRED,)
    assert str(error) == "ITC-0002 Old press is retired and cannot be booked."
    error = _refused(db, technician, BookingRequest(broken, at(day, 8), at(day, 9)))
    assert error.reasons == (RefusalReason.OUT_OF_SERVICE,)
    assert "ITC-0003 Hydraulic press is out of service (oil leak at cylinder)" in str(error)
    error = _refused(db, technician, BookingRequest(private, at(day, 8), at(day, 9)))
    assert error.reasons == (RefusalReason.NOT_BOOKABLE,)
    assert str(error) == "ITC-0004 Spare saw is not bookable."


def test_maintenance_window_blocks_and_can_be_cancelled(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    already = book(db, technician, lathe, at(day, 13), at(day, 14))
    with db.transaction(manager) as session:
        planned = plan_maintenance_window(
            session,
            manager,
            lathe,
            start=at(day, 12),
            end=at(day, 16),
            description="Orsócsere / spindle replacement",
        )
    assert planned.overlapping_booking_ids == (already,)
    error = _refused(db, technician, BookingRequest(lathe, at(day, 15), at(day, 17)))
    assert error.reasons == (RefusalReason.MAINTENANCE,)
    assert str(error) == (
        f"ITC-0001 CNC lathe is in maintenance from {day} 12:00 to {day} 16:00 "
        "(Orsócsere / spindle replacement)."
    )
    with db.reader() as session:
        windows = maintenance_windows_in_range(session, technician, at(day, 0), at(day, 23))
    assert [w.window_id for w in windows] == [planned.window_id]
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        cancel_maintenance_window(session, technician, planned.window_id)
    with db.transaction(manager) as session:
        cancel_maintenance_window(session, manager, planned.window_id)
    book(db, technician, lathe, at(day, 15), at(day, 17))


def test_unfinished_maintenance_work_blocks_until_finished(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    with db.transaction(manager) as session:
        record = maintenance_service.record_maintenance(
            session,
            manager,
            lathe,
            kind="corrective",
            started_at=utcnow() - timedelta(hours=1),
            description="Chuck jaws replaced",
        )
    error = _refused(db, technician, BookingRequest(lathe, at(day, 8), at(day, 9)))
    assert error.reasons == (RefusalReason.MAINTENANCE,)
    assert "until finished" in str(error)
    with db.transaction(manager) as session:
        maintenance_service.finish_maintenance(session, manager, record)
    book(db, technician, lathe, at(day, 8), at(day, 9))


def test_qualification_required_and_expiring_before_the_end(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    day = next_monday()
    mill = make_equipment(db, manager, "ITC-0010", name="5-axis mill", requires_qualification=True)
    error = _refused(db, technician, BookingRequest(mill, at(day, 8), at(day, 10)))
    assert error.reasons == (RefusalReason.NOT_QUALIFIED,)
    assert "Szőke Bence is not qualified to operate ITC-0010 5-axis mill" in str(error)
    # Valid until the day before the booking's day: expires before its end.
    with db.transaction(manager) as session:
        qualification_service.grant_qualification(
            session, manager, technician.id, mill, valid_until=day - timedelta(days=1)
        )
    error = _refused(db, technician, BookingRequest(mill, at(day, 8), at(day, 10)))
    assert error.reasons == (RefusalReason.NOT_QUALIFIED,)
    assert "expired" in str(error)
    with db.transaction(manager) as session:
        qualification_service.grant_qualification(
            session, manager, technician.id, mill, valid_until=day + timedelta(days=30)
        )
    book(db, technician, mill, at(day, 8), at(day, 10))


def test_calibration_expiring_before_the_end(
    db: Database, manager: Actor, technician: Actor
) -> None:
    # Calibrated 360 days ago for 365 days: valid for five more days.
    caliper = make_instrument(db, manager, calibrated_days_ago=360, valid_days=365)
    today = lab_today(db)
    soon = today + timedelta(days=2)
    book(db, technician, caliper, at(soon, 8), at(soon, 10))
    late = today + timedelta(days=10)
    error = _refused(db, technician, BookingRequest(caliper, at(late, 8), at(late, 10)))
    assert error.reasons == (RefusalReason.CALIBRATION,)
    assert "ITC-0100 Digital caliper 0–150 mm is out of calibration by" in str(error)
    assert "calibration expired on" in str(error)
    # A manager's standing override covering the days lets it be booked.
    with db.transaction(manager) as session:
        calibration_service.grant_override(
            session,
            manager,
            caliper,
            justification="Recalibration booked at MKEH; checked against gauge blocks daily",
            valid_from=late,
            valid_until=late + timedelta(days=1),
        )
    book(db, technician, caliper, at(late, 8), at(late, 10))


def test_length_and_notice_limits_and_the_managers_override(
    db: Database, manager: Actor, technician: Actor
) -> None:
    furnace = make_equipment(
        db, manager, "ITC-0020", name="Chamber furnace", max_booking_hours=4, min_notice_hours=48
    )
    now = utcnow()
    soon = now + timedelta(hours=24)
    error = _refused(db, technician, BookingRequest(furnace, soon, soon + timedelta(hours=6)))
    assert set(error.reasons) == {RefusalReason.TOO_LONG, RefusalReason.SHORT_NOTICE}
    assert "ITC-0020 may be booked for at most 4 hours at a time; this booking is 6 hours." in str(
        error
    )
    assert "ITC-0020 must be booked at least 48 hours ahead" in str(error)
    # The hours it starts in are said to one decimal (24 h minus the moments the test took).
    assert re.search(r"this booking starts in (24|23\.9) hours\.", str(error)), str(error)
    # A technician cannot override.
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        booking_service.create_booking(
            session,
            technician,
            BookingRequest(furnace, soon, soon + timedelta(hours=6)),
            override_reason="urgent customer order",
        )
    # A manager overrides notice and length, recorded with the reason.
    booking_id = book(
        db,
        manager,
        furnace,
        soon,
        soon + timedelta(hours=6),
        booked_for_id=technician.id,
        override_reason="Urgent heat treatment for ITC-2026-017",
    )
    with db.reader() as session:
        row = session.get(Booking, booking_id)
        assert row is not None
        assert row.override_reason == "Urgent heat treatment for ITC-2026-017"
        assert row.overridden_by_id == manager.id
    # ... but not an overlap, which no override lifts.
    with pytest.raises(BookingConflict), db.transaction(manager) as session:
        booking_service.create_booking(
            session,
            manager,
            BookingRequest(furnace, soon + timedelta(hours=1), soon + timedelta(hours=2)),
            override_reason="Urgent",
        )
    # Nor a qualification.
    mill = make_equipment(db, manager, "ITC-0011", name="Mill", requires_qualification=True)
    with pytest.raises(BookingRefused) as caught, db.transaction(manager) as session:
        booking_service.create_booking(
            session,
            manager,
            BookingRequest(mill, soon, soon + timedelta(hours=1), booked_for_id=technician.id),
            override_reason="Urgent",
        )
    assert caught.value.reasons == (RefusalReason.NOT_QUALIFIED,)


def test_override_reason_is_not_recorded_when_nothing_was_overridden(
    db: Database, manager: Actor
) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    booking_id = book(db, manager, lathe, at(day, 8), at(day, 9), override_reason="just in case")
    with db.reader() as session:
        row = session.get(Booking, booking_id)
        assert row is not None and row.override_reason == "" and row.overridden_by_id is None


def test_technicians_book_only_for_themselves(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    other = make_technician(db, admin)
    day = next_monday()
    with pytest.raises(PermissionDenied, match="Only a manager may book"):
        book(db, technician, lathe, at(day, 8), at(day, 9), booked_for_id=other.id)
    booking_id = book(db, manager, lathe, at(day, 8), at(day, 9), booked_for_id=other.id)
    with db.reader() as session:
        assert booking_service.get_booking(session, other, booking_id).booked_for_name == (
            "Jovanović Jovana"
        )
    # The technician may not move or cancel someone else's booking either.
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        booking_service.move_booking(session, technician, booking_id, at(day, 10))
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        booking_service.cancel_booking(session, technician, booking_id, "need it")


def test_dry_run_names_the_reason_and_saves_nothing(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, max_booking_hours=2)
    day = next_monday()
    first = book(db, technician, lathe, at(day, 8), at(day, 10))
    with db.reader() as session:
        check = booking_service.check_booking(
            session, technician, BookingRequest(lathe, at(day, 9), at(day, 12))
        )
        fine = booking_service.check_booking(
            session, technician, BookingRequest(lathe, at(day, 10), at(day, 12))
        )
        # Dragging the existing booking onto its own slot later is no conflict with itself.
        drag = booking_service.check_booking(
            session,
            technician,
            BookingRequest(lathe, at(day, 9), at(day, 11)),
            booking_id=first,
        )
    assert not check.ok
    assert check.reasons == (RefusalReason.OVERLAP, RefusalReason.TOO_LONG)
    assert check.refusals[0].other_booking_id == first
    assert fine.ok and fine.message == ""
    assert drag.ok
    assert _count(db) == 1


def test_edits_are_checked_again(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager, max_booking_hours=3)
    press = make_equipment(db, manager, "ITC-0005", name="Press")
    day = next_monday()
    first = book(db, technician, lathe, at(day, 8), at(day, 10))
    second = book(db, technician, lathe, at(day, 12), at(day, 14))
    book(db, manager, press, at(day, 8), at(day, 9))
    # Move onto the other booking.
    with pytest.raises(BookingConflict) as caught, db.transaction(technician) as session:
        booking_service.move_booking(session, technician, second, at(day, 9))
    assert caught.value.other_booking_id == first
    # Resize beyond the maximum length.
    with pytest.raises(BookingRefused) as refused, db.transaction(technician) as session:
        booking_service.resize_booking(session, technician, second, end=at(day, 16))
    assert refused.value.reasons == (RefusalReason.TOO_LONG,)
    # Resize so the end is not after the start.
    with pytest.raises(BookingRefused) as refused, db.transaction(technician) as session:
        booking_service.resize_booking(session, technician, second, end=at(day, 12))
    assert refused.value.reasons == (RefusalReason.END_NOT_AFTER_START,)
    # Change of equipment onto an occupied press.
    with pytest.raises(BookingConflict), db.transaction(technician) as session:
        booking_service.change_equipment(session, technician, first, press)
    # Change of equipment onto a retired one.
    with db.transaction(manager) as session:
        equipment_service.retire_equipment(session, manager, press, "sold")
    with pytest.raises(BookingRefused) as refused, db.transaction(technician) as session:
        booking_service.change_equipment(session, technician, second, press)
    assert refused.value.reasons[0] == RefusalReason.RETIRED
    # A valid move goes through and raises the version.
    with db.transaction(technician) as session:
        booking_service.move_booking(session, technician, second, at(day, 15))
    with db.reader() as session:
        row = booking_service.get_booking(session, technician, second)
    assert (row.start, row.end, row.version) == (at(day, 15), at(day, 17), 2)
    # A stale version is refused.
    with (
        pytest.raises(Conflict, match=r"changed by .+ at \d{4}-\d\d-\d\d \d\d:\d\d — reload"),
        db.transaction(technician) as session,
    ):
        booking_service.move_booking(session, technician, second, at(day, 16), expected_version=1)


def test_edit_keeps_an_earlier_override_unless_the_length_changes(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, max_booking_hours=2)
    day = next_monday()
    booking_id = book(
        db,
        manager,
        lathe,
        at(day, 8),
        at(day, 12),
        booked_for_id=technician.id,
        override_reason="Long job, approved",
    )
    # Same length, new start: the length is not checked again.
    with db.transaction(technician) as session:
        booking_service.move_booking(session, technician, booking_id, at(day, 9))
    with pytest.raises(BookingRefused) as refused, db.transaction(technician) as session:
        booking_service.resize_booking(session, technician, booking_id, end=at(day, 14))
    assert refused.value.reasons == (RefusalReason.TOO_LONG,)


def test_cancel_needs_a_reason_and_frees_the_slot(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    booking_id = book(db, technician, lathe, at(day, 8), at(day, 10))
    with pytest.raises(ValidationError), db.transaction(technician) as session:
        booking_service.cancel_booking(session, technician, booking_id, "  ")
    with db.transaction(technician) as session:
        booking_service.cancel_booking(session, technician, booking_id, "Minta nem érkezett meg")
    with db.reader() as session:
        row = booking_service.get_booking(session, technician, booking_id)
    assert row.status == "cancelled" and row.cancel_reason == "Minta nem érkezett meg"
    with pytest.raises(InvalidTransition), db.transaction(technician) as session:
        booking_service.move_booking(session, technician, booking_id, at(day, 11))
    book(db, manager, lathe, at(day, 8), at(day, 10))


def test_trigger_refuses_overlapping_raw_insert_and_update(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    first = book(db, technician, lathe, at(day, 8), at(day, 10))
    second = book(db, technician, lathe, at(day, 10), at(day, 12))

    def stamp(hour: int) -> str:
        return at(day, hour).strftime("%Y-%m-%d %H:%M:%S.%f")

    insert = text(
        "INSERT INTO bookings (equipment_id, booked_for_id, created_by_id, starts_at, ends_at, "
        "purpose, status, cancel_reason, override_reason, created_at, version) VALUES "
        "(:e, :u, :u, :s, :t, '', :status, :reason, '', :s, 1)"
    )
    with db.engine.begin() as conn, pytest.raises(IntegrityError, match=DB_OVERLAP):
        conn.execute(
            insert,
            {
                "e": lathe,
                "u": technician.id,
                "s": stamp(9),
                "t": stamp(11),
                "status": "confirmed",
                "reason": "",
            },
        )
    # A cancelled row may lie anywhere; touching end-to-start is fine.
    with db.engine.begin() as conn:
        conn.execute(
            insert,
            {
                "e": lathe,
                "u": technician.id,
                "s": stamp(9),
                "t": stamp(11),
                "status": "cancelled",
                "reason": "test",
            },
        )
        conn.execute(
            insert,
            {
                "e": lathe,
                "u": technician.id,
                "s": stamp(12),
                "t": stamp(13),
                "status": "confirmed",
                "reason": "",
            },
        )
    with db.engine.begin() as conn, pytest.raises(IntegrityError, match=DB_OVERLAP):
        conn.execute(
            text("UPDATE bookings SET ends_at = :t WHERE id = :id"),
            {"t": stamp(11), "id": first},
        )
    with db.engine.begin() as conn, pytest.raises(IntegrityError, match=DB_OVERLAP):
        conn.execute(
            text("UPDATE bookings SET status = 'confirmed' WHERE status = 'cancelled'"),
        )
    # Updating a booking within its own slot is fine (it does not overlap itself).
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE bookings SET starts_at = :s WHERE id = :id"),
            {"s": stamp(11), "id": second},
        )


def test_usage_session_links_to_the_booking_and_no_shows_are_marked(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    press = make_equipment(db, manager, "ITC-0005", name="Press")
    now = utcnow()
    with db.transaction(manager) as session:
        used = booking_service.create_booking(
            session,
            manager,
            BookingRequest(
                lathe,
                now - timedelta(hours=3),
                now - timedelta(hours=1),
                booked_for_id=technician.id,
            ),
            now=now - timedelta(days=1),
        )
        missed = booking_service.create_booking(
            session,
            manager,
            BookingRequest(
                press,
                now - timedelta(hours=2),
                now - timedelta(hours=1),
                booked_for_id=technician.id,
            ),
            now=now - timedelta(days=1),
        )
        recent = booking_service.create_booking(
            session,
            manager,
            BookingRequest(
                press,
                now - timedelta(minutes=10),
                now - timedelta(minutes=5),
                booked_for_id=technician.id,
            ),
            now=now - timedelta(days=1),
        )
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(
            session, technician, lathe, started_at=now - timedelta(hours=2, minutes=50)
        )
        usage_service.stop_use(session, technician, usage_id, stopped_at=now - timedelta(hours=1))
    with db.transaction(technician) as session:
        assert booking_service.link_usage_session(session, usage_id) == used
    with db.transaction(technician) as session:
        sweep = booking_service.mark_overdue_no_shows(session, technician, now=now)
    assert sweep.no_show_ids == (missed,)
    assert sweep.completed_ids == (used,)
    with db.reader() as session:
        statuses = {
            r.id: r.status
            for r in booking_service.list_bookings(session, technician, BookingFilter())
        }
        assert session.get(Booking, used).usage_session_id == usage_id  # type: ignore[union-attr]
    # Within the 30 minutes' grace the recent one is still confirmed.
    assert statuses == {used: "completed", missed: "no_show", recent: "confirmed"}
    # The grace period is a setting (admins edit settings): with none, the recent one is late.
    with pytest.raises(PermissionDenied), db.transaction(manager) as session:
        update_booking_settings(session, manager, BookingSettings(no_show_grace_minutes=0))
    with db.transaction(admin) as session:
        update_booking_settings(session, admin, BookingSettings(no_show_grace_minutes=0))
    with db.transaction(technician) as session:
        sweep = booking_service.mark_overdue_no_shows(session, technician, now=now)
    assert sweep.no_show_ids == (recent,)


def test_manager_marks_a_no_show_by_hand(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    now = utcnow()
    with db.transaction(manager) as session:
        booking_id = booking_service.create_booking(
            session,
            manager,
            BookingRequest(
                lathe,
                now - timedelta(minutes=10),
                now + timedelta(hours=1),
                booked_for_id=technician.id,
            ),
            now=now - timedelta(hours=1),
        )
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        booking_service.mark_no_show(session, technician, booking_id)
    with db.transaction(manager) as session:
        booking_service.mark_no_show(session, manager, booking_id)
    with db.reader() as session:
        assert booking_service.get_booking(session, manager, booking_id).status == "no_show"
    future = book(db, technician, lathe, at(next_monday(), 8), at(next_monday(), 9))
    with pytest.raises(InvalidTransition), db.transaction(manager) as session:
        booking_service.mark_no_show(session, manager, future)
    with pytest.raises(InvalidTransition), db.transaction(technician) as session:
        booking_service.complete_booking(session, technician, future)


def test_list_filters_and_keyset_paging(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    press = make_equipment(db, manager, "ITC-0005", name="Press")
    day = next_monday()
    ids = []
    for offset in range(7):
        ids.append(
            book(
                db,
                technician,
                lathe,
                at(day + timedelta(days=offset), 8),
                at(day + timedelta(days=offset), 9),
            )
        )
    on_press = book(db, manager, press, at(day, 8), at(day, 9))
    with db.transaction(technician) as session:
        booking_service.cancel_booking(session, technician, ids[0], "not needed")
    with db.reader() as session:
        pages = []
        page = booking_service.list_bookings(
            session, manager, BookingFilter(equipment_id=lathe), limit=3
        )
        while page:
            pages.append([r.id for r in page])
            page = booking_service.list_bookings(
                session,
                manager,
                BookingFilter(equipment_id=lathe),
                after=cursor_of(page[-1]),
                limit=3,
            )
        by_user = booking_service.list_bookings(session, manager, BookingFilter(user_id=manager.id))
        cancelled = booking_service.list_bookings(
            session, manager, BookingFilter(status="cancelled")
        )
        period = booking_service.list_bookings(
            session,
            manager,
            BookingFilter(
                start_from=at(day + timedelta(days=2), 0), start_to=at(day + timedelta(days=4), 0)
            ),
        )
        with pytest.raises(ValidationError):
            booking_service.list_bookings(session, manager, BookingFilter(status="maybe"))
    assert pages == [ids[::-1][0:3], ids[::-1][3:6], ids[::-1][6:]]
    assert [r.id for r in by_user] == [on_press]
    assert [r.id for r in cancelled] == [ids[0]]
    assert [r.id for r in period] == [ids[3], ids[2]]


def test_starting_use_in_ones_booking_links_it(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    other = make_technician(db, admin)
    now = utcnow()
    with db.transaction(manager) as session:
        mine = booking_service.create_booking(
            session,
            manager,
            BookingRequest(
                lathe,
                now - timedelta(minutes=5),
                now + timedelta(hours=2),
                booked_for_id=technician.id,
            ),
            now=now - timedelta(days=1),
        )
    # Someone else's session on the machine does not count as the technician's use.
    with db.transaction(other) as session:
        theirs = usage_service.start_use(session, other, lathe)
        usage_service.stop_use(session, other, theirs)
    with db.reader() as session:
        assert booking_service.get_booking(session, manager, mine).usage_session_id is None
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(session, technician, lathe)
    with db.reader() as session:
        assert booking_service.get_booking(session, manager, mine).usage_session_id == usage_id


def test_job_and_step_of_a_booking_are_checked_and_exported(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    company = make_company(db, manager)
    job = make_job(db, manager, company)
    other_job = make_job(db, manager, company, title="Második munka")
    with db.transaction(manager) as session:
        step = step_service.add_step(
            session, manager, job.id, StepInput("Turning", lathe, Decimal("2"))
        )
    day = next_monday()
    with pytest.raises(ValidationError) as caught:
        book(db, technician, lathe, at(day, 8), at(day, 9), job_id=other_job.id, job_step_id=step)
    assert set(caught.value.errors) == {"Job step"}
    with pytest.raises(ValidationError) as caught:
        book(db, technician, lathe, at(day, 8), at(day, 9), job_id=999_999)
    assert set(caught.value.errors) == {"Job"}
    booking_id = book(
        db, technician, lathe, at(day, 8), at(day, 9), job_id=job.id, job_step_id=step
    )
    with db.reader() as session:
        row = booking_service.get_booking(session, technician, booking_id)
        assert row.job_reference == job.reference
        assert [
            r.id
            for r in booking_service.list_bookings(
                session, technician, BookingFilter(job_id=job.id)
            )
        ] == [booking_id]
        text_ics = export_ics_for(session, technician, job_reference=job.reference.lower())
    assert f"UID:booking-{booking_id}@itc-lab" in text_ics
    assert f"Job {job.reference}" in text_ics.replace("\r\n ", "")


def test_maintenance_window_input_is_validated(db: Database, manager: Actor) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    with pytest.raises(ValidationError) as caught, db.transaction(manager) as session:
        plan_maintenance_window(
            session, manager, lathe, start=at(day, 12), end=at(day, 12), description=" "
        )
    assert set(caught.value.errors) == {"End", "Description"}


def test_sweep_links_a_session_started_within_the_grace(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    now = utcnow()
    start = now - timedelta(hours=1)
    with db.transaction(manager) as session:
        booking_id = booking_service.create_booking(
            session,
            manager,
            BookingRequest(lathe, start, now + timedelta(hours=1), booked_for_id=technician.id),
            now=now - timedelta(days=1),
        )
    # Started 10 minutes late; the link is made by the sweep (as after a crash or import).
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(
            session, technician, lathe, started_at=start + timedelta(minutes=10)
        )
        session.get(Booking, booking_id).usage_session_id = None  # type: ignore[union-attr]
    with db.transaction(technician) as session:
        sweep = booking_service.mark_overdue_no_shows(session, technician, now=now)
    assert sweep.linked_ids == (booking_id,)
    assert sweep.no_show_ids == () and sweep.completed_ids == ()
    with db.reader() as session:
        row = booking_service.get_booking(session, technician, booking_id)
    assert (row.status, row.usage_session_id) == ("confirmed", usage_id)


def test_a_cancelled_job_takes_no_more_machine_time(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    company = make_company(db, manager)
    job = make_job(db, manager, company)
    day = next_monday()
    booking_id = book(db, technician, lathe, at(day, 8), at(day, 9), job_id=job.id)
    with db.transaction(manager) as session:
        job_workflow.change_status(
            session, manager, job.id, "cancelled", internal_note="Customer withdrew"
        )
    with pytest.raises(ValidationError, match="cancelled; machine time") as caught:
        book(db, technician, lathe, at(day, 10), at(day, 11), job_id=job.id)
    assert set(caught.value.errors) == {"Job"}
    with db.reader() as session:
        assert (
            len(booking_service.list_bookings(session, manager, BookingFilter(job_id=job.id))) == 1
        )
        before = booking_service.request_of(booking_service.get_row(session, booking_id))
    # Moving the old booking would book new machine time to the job: refused, nothing changed.
    moved = replace(before, start=at(day, 12), end=at(day, 13))
    with pytest.raises(ValidationError, match="cancelled"), db.transaction(technician) as session:
        booking_service.update_booking(session, technician, booking_id, moved)
    # Its purpose may still be corrected, and it can be cancelled like any booking.
    with db.transaction(technician) as session:
        booking_service.update_booking(
            session, technician, booking_id, replace(before, purpose="Not needed any more")
        )
        booking_service.cancel_booking(session, technician, booking_id, "job cancelled")
    with db.reader() as session:
        row = booking_service.get_booking(session, manager, booking_id)
    assert (row.start, row.purpose, row.status) == (
        at(day, 8),
        "Not needed any more",
        "cancelled",
    )


class _Deadlock(Exception):
    sqlstate = "40P01"


def test_a_deadlock_reported_by_the_server_is_tried_again(
    db: Database, manager: Actor, technician: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL may abort one of two stations checking the no-overlap constraint against each
    other's row (deadlock): the flush is tried again instead of failing the booking."""
    lathe = make_equipment(db, manager)
    day = next_monday()
    calls: list[int] = []
    with db.transaction(technician) as session:
        flush = session.flush

        def flaky(*args: object, **kwargs: object) -> None:
            if any(isinstance(row, Booking) for row in session.new):
                calls.append(1)
            if len(calls) == 1 and any(isinstance(row, Booking) for row in session.new):
                raise OperationalError("INSERT INTO bookings", {}, _Deadlock("deadlock detected"))
            flush(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(session, "flush", flaky)
        booking_id = booking_service.create_booking(
            session, technician, BookingRequest(lathe, at(day, 8), at(day, 9))
        )
    assert len(calls) >= 2
    with db.reader() as session:
        assert booking_service.get_booking(session, technician, booking_id).start == at(day, 8)
