"""Every refusal reason on every kind of edit: moving a booking, resizing it (either edge) and
changing its equipment each pass the same rules as a new booking, the refusal names its
reason, and the refused edit leaves the stored booking as it was. A manager's override on an
edit lifts only the notice and length limits, and is recorded with its reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.models.bookings import Booking
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services.booking_rules import BookingConflict, BookingRefused, RefusalReason
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.services.maintenance_windows import plan_maintenance_window
from tests.services.bookings_support import at, book, next_monday
from tests.services.equipment_support import lab_today, make_equipment, make_instrument

Edit = Callable[[Session], None]


@dataclass(frozen=True)
class Scenario:
    booking_id: int
    edit: Edit
    expected_text: str  # a part of the message that names the reason


def _move(actor: Actor, booking_id: int, start: datetime) -> Edit:
    return lambda s: booking_service.move_booking(s, actor, booking_id, start)


def _resize(
    actor: Actor, booking_id: int, *, start: datetime | None = None, end: datetime | None = None
) -> Edit:
    return lambda s: booking_service.resize_booking(s, actor, booking_id, start=start, end=end)


def _change(actor: Actor, booking_id: int, equipment_id: int) -> Edit:
    return lambda s: booking_service.change_equipment(s, actor, booking_id, equipment_id)


def _hour(at_: datetime) -> datetime:
    return at_.replace(minute=0, second=0, microsecond=0)


# --- one builder per refusal reason: (db, manager, technician, kind) -> Scenario ----------


def _overlap(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    lathe = make_equipment(db, manager)
    press = make_equipment(db, manager, "ITC-0005", name="Press")
    day = next_monday()
    mine = book(db, tech, lathe, at(day, 8), at(day, 10))
    book(db, manager, lathe, at(day, 12), at(day, 14))
    book(db, manager, press, at(day, 9), at(day, 11))
    edit = {
        "move": _move(tech, mine, at(day, 11)),
        "resize": _resize(tech, mine, end=at(day, 13)),
        "equipment": _change(tech, mine, press),
    }[kind]
    return Scenario(mine, edit, "is already booked by Petrović Đorđe")


def _end_not_after_start(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    lathe = make_equipment(db, manager)
    day = next_monday()
    mine = book(db, tech, lathe, at(day, 8), at(day, 10))
    edit = {
        "resize-end": _resize(tech, mine, end=at(day, 7)),
        "resize-start": _resize(tech, mine, start=at(day, 10)),
    }[kind]
    return Scenario(mine, edit, "must be after the start")


def _in_the_past(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    lathe = make_equipment(db, manager)
    day = next_monday()
    mine = book(db, tech, lathe, at(day, 8), at(day, 10))
    past = _hour(utcnow()) - timedelta(hours=3)
    edit = {
        "move": _move(tech, mine, past),
        "resize": _resize(tech, mine, start=past),
    }[kind]
    return Scenario(mine, edit, "is in the past")


def _retired(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    lathe = make_equipment(db, manager)
    old = make_equipment(db, manager, "ITC-0002", name="Old press")
    day = next_monday()
    mine = book(db, tech, lathe, at(day, 8), at(day, 10))
    with db.transaction(manager) as session:
        equipment_service.retire_equipment(
            session, manager, old if kind == "equipment" else lathe, "scrapped"
        )
    edit = {
        "move": _move(tech, mine, at(day, 12)),
        "resize": _resize(tech, mine, end=at(day, 11)),
        "equipment": _change(tech, mine, old),
    }[kind]
    return Scenario(mine, edit, "is retired and cannot be booked")


def _out_of_service(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    lathe = make_equipment(db, manager)
    broken = make_equipment(db, manager, "ITC-0003", name="Hydraulic press")
    day = next_monday()
    mine = book(db, tech, lathe, at(day, 8), at(day, 10))
    with db.transaction(manager) as session:
        equipment_service.take_out_of_service(
            session, manager, broken if kind == "equipment" else lathe, "oil leak"
        )
    edit = {
        "move": _move(tech, mine, at(day, 12)),
        "resize": _resize(tech, mine, end=at(day, 11)),
        "equipment": _change(tech, mine, broken),
    }[kind]
    return Scenario(mine, edit, "is out of service (oil leak)")


def _not_bookable(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    lathe = make_equipment(db, manager)
    spare = make_equipment(db, manager, "ITC-0004", name="Spare saw", bookable=False)
    day = next_monday()
    mine = book(db, tech, lathe, at(day, 8), at(day, 10))
    return Scenario(mine, _change(tech, mine, spare), "ITC-0004 Spare saw is not bookable.")


def _maintenance(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    lathe = make_equipment(db, manager)
    press = make_equipment(db, manager, "ITC-0005", name="Press")
    day = next_monday()
    mine = book(db, tech, lathe, at(day, 8), at(day, 10))
    with db.transaction(manager) as session:
        plan_maintenance_window(
            session, manager, lathe, start=at(day, 12), end=at(day, 16), description="Spindle"
        )
        plan_maintenance_window(
            session, manager, press, start=at(day, 7), end=at(day, 11), description="Spindle"
        )
    edit = {
        "move": _move(tech, mine, at(day, 13)),
        "resize": _resize(tech, mine, end=at(day, 13)),
        "equipment": _change(tech, mine, press),
    }[kind]
    return Scenario(mine, edit, "is in maintenance from")


def _not_qualified(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    day = next_monday()
    mill = make_equipment(db, manager, "ITC-0010", name="5-axis mill", requires_qualification=True)
    other = make_equipment(db, manager, "ITC-0011", name="Grinder", requires_qualification=True)
    lathe = make_equipment(db, manager)
    with db.transaction(manager) as session:
        qualification_service.grant_qualification(
            session, manager, tech.id, mill, valid_until=day + timedelta(days=1)
        )
    if kind == "equipment":
        mine = book(db, tech, lathe, at(day, 8), at(day, 10))
        return Scenario(mine, _change(tech, mine, other), "is not qualified to operate ITC-0011")
    mine = book(db, tech, mill, at(day, 8), at(day, 10))
    later = at(day + timedelta(days=3), 8)
    edit = {"move": _move(tech, mine, later), "resize": _resize(tech, mine, end=later)}[kind]
    return Scenario(mine, edit, "is not qualified to operate ITC-0010")


def _calibration(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    # Calibrated 360 days ago for 365 days: in calibration for five more days.
    caliper = make_instrument(db, manager, calibrated_days_ago=360, valid_days=365)
    lathe = make_equipment(db, manager)
    today = lab_today(db)
    soon, late = today + timedelta(days=2), today + timedelta(days=10)
    if kind == "equipment":
        mine = book(db, tech, lathe, at(late, 8), at(late, 10))
        return Scenario(mine, _change(tech, mine, caliper), "is out of calibration by")
    mine = book(db, tech, caliper, at(soon, 8), at(soon, 10))
    edit = {
        "move": _move(tech, mine, at(late, 8)),
        "resize": _resize(tech, mine, end=at(late, 8)),
    }[kind]
    return Scenario(mine, edit, "is out of calibration by")


def _too_long(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    lathe = make_equipment(db, manager, max_booking_hours=3)
    short = make_equipment(db, manager, "ITC-0006", name="Hardness tester", max_booking_hours=1)
    day = next_monday()
    mine = book(db, tech, lathe, at(day, 8), at(day, 10))
    edit = {
        "resize-end": _resize(tech, mine, end=at(day, 12)),
        "resize-start": _resize(tech, mine, start=at(day, 6)),
        "equipment": _change(tech, mine, short),
    }[kind]
    return Scenario(mine, edit, "hours at a time")


def _short_notice(db: Database, manager: Actor, tech: Actor, kind: str) -> Scenario:
    furnace = make_equipment(db, manager, "ITC-0020", name="Chamber furnace", min_notice_hours=48)
    lathe = make_equipment(db, manager)
    soon = _hour(utcnow()) + timedelta(hours=24)
    if kind == "equipment":
        mine = book(db, tech, lathe, soon, soon + timedelta(hours=2))
        return Scenario(mine, _change(tech, mine, furnace), "must be booked at least 48 hours")
    later = _hour(utcnow()) + timedelta(days=5)
    mine = book(db, tech, furnace, later, later + timedelta(hours=2))
    edit = {
        "move": _move(tech, mine, soon),
        "resize": _resize(tech, mine, start=soon),
    }[kind]
    return Scenario(mine, edit, "must be booked at least 48 hours")


BUILDERS = {
    RefusalReason.OVERLAP: _overlap,
    RefusalReason.END_NOT_AFTER_START: _end_not_after_start,
    RefusalReason.IN_THE_PAST: _in_the_past,
    RefusalReason.RETIRED: _retired,
    RefusalReason.OUT_OF_SERVICE: _out_of_service,
    RefusalReason.NOT_BOOKABLE: _not_bookable,
    RefusalReason.MAINTENANCE: _maintenance,
    RefusalReason.NOT_QUALIFIED: _not_qualified,
    RefusalReason.CALIBRATION: _calibration,
    RefusalReason.TOO_LONG: _too_long,
    RefusalReason.SHORT_NOTICE: _short_notice,
}
CASES = [
    (RefusalReason.OVERLAP, "move"),
    (RefusalReason.OVERLAP, "resize"),
    (RefusalReason.OVERLAP, "equipment"),
    (RefusalReason.END_NOT_AFTER_START, "resize-end"),
    (RefusalReason.END_NOT_AFTER_START, "resize-start"),
    (RefusalReason.IN_THE_PAST, "move"),
    (RefusalReason.IN_THE_PAST, "resize"),
    (RefusalReason.RETIRED, "move"),
    (RefusalReason.RETIRED, "resize"),
    (RefusalReason.RETIRED, "equipment"),
    (RefusalReason.OUT_OF_SERVICE, "move"),
    (RefusalReason.OUT_OF_SERVICE, "resize"),
    (RefusalReason.OUT_OF_SERVICE, "equipment"),
    (RefusalReason.NOT_BOOKABLE, "equipment"),
    (RefusalReason.MAINTENANCE, "move"),
    (RefusalReason.MAINTENANCE, "resize"),
    (RefusalReason.MAINTENANCE, "equipment"),
    (RefusalReason.NOT_QUALIFIED, "move"),
    (RefusalReason.NOT_QUALIFIED, "resize"),
    (RefusalReason.NOT_QUALIFIED, "equipment"),
    (RefusalReason.CALIBRATION, "move"),
    (RefusalReason.CALIBRATION, "resize"),
    (RefusalReason.CALIBRATION, "equipment"),
    (RefusalReason.TOO_LONG, "resize-end"),
    (RefusalReason.TOO_LONG, "resize-start"),
    (RefusalReason.TOO_LONG, "equipment"),
    (RefusalReason.SHORT_NOTICE, "move"),
    (RefusalReason.SHORT_NOTICE, "resize"),
    (RefusalReason.SHORT_NOTICE, "equipment"),
]


def _stored(db: Database, booking_id: int) -> tuple[int, datetime, datetime, int, str]:
    with db.reader() as session:
        row = session.get(Booking, booking_id)
        assert row is not None
        return row.equipment_id, row.starts_at, row.ends_at, row.version, row.status


def test_every_reason_has_an_edit_case() -> None:
    assert set(BUILDERS) == set(RefusalReason)
    assert {reason for reason, _kind in CASES} == set(RefusalReason)


@pytest.mark.parametrize(("reason", "kind"), CASES, ids=[f"{r.value}-{k}" for r, k in CASES])
def test_an_edit_is_refused_naming_the_reason_and_nothing_changes(
    db: Database, manager: Actor, technician: Actor, reason: RefusalReason, kind: str
) -> None:
    scenario = BUILDERS[reason](db, manager, technician, kind)
    before = _stored(db, scenario.booking_id)
    with pytest.raises(BookingRefused) as caught, db.transaction(technician) as session:
        scenario.edit(session)
    assert reason in caught.value.reasons, str(caught.value)
    assert scenario.expected_text in str(caught.value)
    if reason == RefusalReason.OVERLAP:
        assert isinstance(caught.value, BookingConflict)
    assert _stored(db, scenario.booking_id) == before


@pytest.mark.parametrize(("reason", "kind"), CASES, ids=[f"{r.value}-{k}" for r, k in CASES])
def test_the_dry_run_of_an_edit_names_the_same_reason(
    db: Database, manager: Actor, technician: Actor, reason: RefusalReason, kind: str
) -> None:
    """The calendar asks check_booking(booking_id=...) while a block is dragged: the answer
    is the refusal the edit itself would meet."""
    scenario = BUILDERS[reason](db, manager, technician, kind)
    before = _stored(db, scenario.booking_id)
    captured: list[BookingRequest] = []
    original = booking_service.update_booking

    def spy(session: Session, actor: Actor, booking_id: int, request: BookingRequest, **kw):  # type: ignore[no-untyped-def]
        captured.append(request)
        return original(session, actor, booking_id, request, **kw)

    booking_service.update_booking = spy  # type: ignore[assignment]
    try:
        with pytest.raises(BookingRefused), db.transaction(technician) as session:
            scenario.edit(session)
    finally:
        booking_service.update_booking = original  # type: ignore[assignment]
    (request,) = captured
    with db.reader() as session:
        check = booking_service.check_booking(
            session, technician, request, booking_id=scenario.booking_id
        )
    assert reason in check.reasons
    assert _stored(db, scenario.booking_id) == before


# --- the manager's override on edits --------------------------------------------------------


def test_manager_overrides_notice_and_length_on_an_edit_with_a_reason(
    db: Database, manager: Actor, technician: Actor
) -> None:
    furnace = make_equipment(
        db, manager, "ITC-0020", name="Chamber furnace", max_booking_hours=4, min_notice_hours=48
    )
    later = _hour(utcnow()) + timedelta(days=5)
    soon = _hour(utcnow()) + timedelta(hours=24)
    mine = book(db, technician, furnace, later, later + timedelta(hours=2))
    before = _stored(db, mine)
    # Without a reason the manager meets the same refusals as anyone.
    with pytest.raises(BookingRefused) as caught, db.transaction(manager) as session:
        booking_service.update_booking(
            session,
            manager,
            mine,
            BookingRequest(furnace, soon, soon + timedelta(hours=6), booked_for_id=technician.id),
        )
    assert set(caught.value.reasons) == {RefusalReason.SHORT_NOTICE, RefusalReason.TOO_LONG}
    # A technician cannot override, even with a reason; nothing changes.
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        booking_service.move_booking(
            session, technician, mine, soon, override_reason="the customer is waiting"
        )
    assert _stored(db, mine) == before
    # The manager's reason lifts both, and is recorded with who overrode.
    with db.transaction(manager) as session:
        booking_service.update_booking(
            session,
            manager,
            mine,
            BookingRequest(furnace, soon, soon + timedelta(hours=6), booked_for_id=technician.id),
            override_reason="Urgent heat treatment, customer waiting",
        )
    with db.reader() as session:
        row = session.get(Booking, mine)
        assert row is not None
        assert (row.starts_at, row.ends_at) == (soon, soon + timedelta(hours=6))
        assert row.override_reason == "Urgent heat treatment, customer waiting"
        assert row.overridden_by_id == manager.id


@pytest.mark.parametrize("kind", ["overlap", "maintenance", "qualification"])
def test_the_managers_override_lifts_nothing_else_on_an_edit(
    db: Database, manager: Actor, technician: Actor, kind: str
) -> None:
    day = next_monday()
    lathe = make_equipment(db, manager, min_notice_hours=1)
    mill = make_equipment(db, manager, "ITC-0010", name="Mill", requires_qualification=True)
    mine = book(db, technician, lathe, at(day, 8), at(day, 10))
    book(db, manager, lathe, at(day, 12), at(day, 14))
    with db.transaction(manager) as session:
        plan_maintenance_window(
            session, manager, lathe, start=at(day, 15), end=at(day, 18), description="Service"
        )
    before = _stored(db, mine)
    edit: Edit = {
        "overlap": lambda s: booking_service.move_booking(
            s, manager, mine, at(day, 11), override_reason="Urgent"
        ),
        "maintenance": lambda s: booking_service.move_booking(
            s, manager, mine, at(day, 15), override_reason="Urgent"
        ),
        "qualification": lambda s: booking_service.change_equipment(
            s, manager, mine, mill, override_reason="Urgent"
        ),
    }[kind]
    expected = {
        "overlap": RefusalReason.OVERLAP,
        "maintenance": RefusalReason.MAINTENANCE,
        "qualification": RefusalReason.NOT_QUALIFIED,
    }[kind]
    with pytest.raises(BookingRefused) as caught, db.transaction(manager) as session:
        edit(session)
    assert caught.value.reasons == (expected,)
    assert _stored(db, mine) == before
