"""The Bookings calendar driven with the mouse: create by dragging, refused drags snap back
with the reason shown, move and resize through the same rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from itc_desktop.db import Actor, Database
from itc_desktop.ui.pages.booking_dialogs import BookingForm
from tests.services.bookings_support import at, book, next_monday
from tests.ui.bookings_ui_support import add_equipment, all_bookings, drag, open_page, stored


@pytest.fixture
def forms(monkeypatch: pytest.MonkeyPatch) -> list[BookingForm]:
    """Booking forms opened by the page: they save at once (as if the user pressed Save)."""
    opened: list[BookingForm] = []

    def exec_(form: BookingForm) -> int:
        opened.append(form)
        form.purpose.setText("Fatigue test ő č Ж")
        form.on_save()
        return form.result()

    monkeypatch.setattr(BookingForm, "exec", exec_)
    return opened


def test_drag_in_the_week_view_creates_a_booking(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, forms
) -> None:
    machine = add_equipment(db, manager, "CNC-1")
    page = open_page(qtbot, context_for, technician)
    assert page.days == 7
    view = page.calendar
    tuesday = next_monday() + timedelta(days=1)
    drag(view, view.point_for(machine, at(tuesday, 9)), view.point_for(machine, at(tuesday, 11)))

    assert len(forms) == 1
    assert forms[0].check_label.text() == "The slot is free."
    assert not forms[0].booked_for.isEnabled()  # a technician books for himself only
    rows = all_bookings(db, technician)
    assert [(r.equipment_id, r.start, r.end) for r in rows] == [
        (machine, at(tuesday, 9), at(tuesday, 11))
    ]
    assert rows[0].booked_for_id == technician.id
    assert rows[0].purpose == "Fatigue test ő č Ж"
    assert [b.id for b in view.bookings] == [rows[0].id]  # the calendar shows it
    tip = view.tooltip_at(view.point_for(machine, at(tuesday, 10)))
    assert technician.full_name in tip and "Fatigue test ő č Ж" in tip and "09:00 – 11:00" in tip
    assert view.tooltip_at(view.point_for(machine, at(tuesday, 15))) == ""


def test_drag_onto_an_occupied_slot_is_refused_and_snaps_back(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, forms
) -> None:
    machine = add_equipment(db, manager, "CNC-2")
    monday = next_monday()
    book(db, manager, machine, at(monday, 9), at(monday, 11))
    mine = book(db, technician, machine, at(monday, 13), at(monday, 15))
    page = open_page(qtbot, context_for, technician)
    view = page.calendar
    block = view.block_rect(view.booking(mine))  # type: ignore[arg-type]

    # press in the block's middle (14:00) and drop it an hour earlier than 11:00 would allow
    drag(view, view.point_for(machine, at(monday, 14)), view.point_for(machine, at(monday, 10)))

    assert forms == []
    assert page.banner.isVisible()
    assert "already booked by" in page.banner.text()
    assert "CNC-2" in page.banner.text()
    assert stored(db, technician, mine) == (at(monday, 13), at(monday, 15))
    assert view.block_rect(view.booking(mine)) == block  # type: ignore[arg-type]

    # a drag across empty time onto the manager's booking is refused as well, nothing saved
    drag(view, view.point_for(machine, at(monday, 8)), view.point_for(machine, at(monday, 10)))
    assert "already booked by" in page.banner.text()
    assert len(all_bookings(db, technician)) == 2


def test_refusal_from_the_service_is_shown_when_the_dry_run_passed(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, forms
) -> None:
    """Another station booked the slot after the page was read: the save is refused."""
    machine = add_equipment(db, manager, "CNC-3")
    monday = next_monday()
    mine = book(db, technician, machine, at(monday, 13), at(monday, 14))
    page = open_page(qtbot, context_for, technician)
    page.calendar.checker = None  # the drag itself does not look
    book(db, manager, machine, at(monday, 9), at(monday, 11))
    view = page.calendar
    drag(
        view,
        view.point_for(machine, at(monday, 13, 30)),
        view.point_for(machine, at(monday, 10)),
    )
    assert "already booked by" in page.banner.text()
    assert stored(db, technician, mine) == (at(monday, 13), at(monday, 14))


def test_moving_a_block_to_free_time_and_to_another_machine(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, forms
) -> None:
    first = add_equipment(db, manager, "LATHE-1")
    second = add_equipment(db, manager, "LATHE-2")
    monday = next_monday()
    mine = book(db, technician, first, at(monday, 9), at(monday, 11))
    page = open_page(qtbot, context_for, technician)
    view = page.calendar
    wednesday = monday + timedelta(days=2)
    drag(view, view.point_for(first, at(monday, 10)), view.point_for(first, at(wednesday, 14)))
    assert stored(db, technician, mine) == (at(wednesday, 13), at(wednesday, 15))
    assert not page.banner.isVisible()

    drag(view, view.point_for(first, at(wednesday, 14)), view.point_for(second, at(wednesday, 14)))
    rows = all_bookings(db, technician)
    assert [(r.equipment_id, r.start) for r in rows] == [(second, at(wednesday, 13))]


def test_resizing_past_the_maximum_length_is_refused_for_a_technician(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, forms
) -> None:
    machine = add_equipment(db, manager, "PRESS-1", max_booking_hours=3)
    monday = next_monday()
    mine = book(db, technician, machine, at(monday, 9), at(monday, 11))
    page = open_page(qtbot, context_for, technician)
    QTest.keyClick(page.calendar, Qt.Key.Key_D)  # the day view: an hour is wide
    assert page.days == 1
    view = page.calendar
    edge = view.point_for(machine, at(monday, 11)) - QPoint(2, 0)

    drag(view, edge, view.point_for(machine, at(monday, 15)))
    assert "at most 3 hours" in page.banner.text()
    assert stored(db, technician, mine) == (at(monday, 9), at(monday, 11))

    drag(view, edge, view.point_for(machine, at(monday, 12)))  # within the limit
    assert stored(db, technician, mine) == (at(monday, 9), at(monday, 12))
    assert not page.banner.isVisible()


def test_navigation_and_shortcuts(qtbot, db: Database, manager: Actor, context_for) -> None:
    add_equipment(db, manager, "CNC-9")
    page = open_page(qtbot, context_for, manager)
    monday = next_monday()
    assert page.calendar.first_day == monday
    page.next_button.click()
    assert page.calendar.first_day == monday + timedelta(days=7)
    QTest.keyClick(page.calendar, Qt.Key.Key_PageUp)
    page.calendar.setFocus()  # Left/Right page the calendar when it has the focus
    QTest.keyClick(page.calendar, Qt.Key.Key_Left)
    assert page.calendar.first_day == monday - timedelta(days=7)
    QTest.keyClick(page.calendar, Qt.Key.Key_T)
    today = page.calendar.now().astimezone(page.zone).date()
    assert page.calendar.first_day == today - timedelta(days=today.weekday())
    assert page.range_label.text().startswith(page.calendar.first_day.isoformat())
    QTest.keyClick(page.calendar, Qt.Key.Key_D)
    assert (page.calendar.days, page.calendar.first_day) == (1, today)
    QTest.keyClick(page.calendar, Qt.Key.Key_W)
    assert page.calendar.days == 7


def test_double_click_opens_the_form_and_saves_the_change_with_a_job(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    from tests.services.jobs_support import make_company, make_job

    machine = add_equipment(db, manager, "CNC-7")
    job = make_job(db, manager, make_company(db, manager))
    monday = next_monday()
    mine = book(db, technician, machine, at(monday, 9), at(monday, 11), purpose="Setup")
    page = open_page(qtbot, context_for, technician)
    seen: list[tuple[str, str]] = []

    def edit(form: BookingForm) -> int:
        seen.append((form.windowTitle(), form.purpose.text()))
        form.job.setCurrentIndex(form.job.findData(job.id))
        form.end.setDateTime(form.end.dateTime().addSecs(3600))
        form.purpose.setText("Setup and first part")
        form.on_save()
        return form.result()

    monkeypatch.setattr(BookingForm, "exec", edit)
    view = page.calendar
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_for(machine, at(monday, 10)))
    assert seen == [("Change booking", "Setup")]
    rows = all_bookings(db, technician)
    assert [(r.id, r.end, r.purpose, r.job_id) for r in rows] == [
        (mine, at(monday, 12), "Setup and first part", job.id)
    ]
    block = view.booking(mine)
    assert block is not None and block.job_reference == rows[0].job_reference


def test_one_machines_week(qtbot, db: Database, manager: Actor, context_for) -> None:
    lathe = add_equipment(db, manager, "CNC-1")
    press = add_equipment(db, manager, "PRS-2")
    page = open_page(qtbot, context_for, manager)
    assert [row.equipment_id for row in page.calendar.rows] == [lathe, press]
    page.machine.setCurrentIndex(page.machine.findData(press))
    assert [row.equipment_id for row in page.calendar.rows] == [press]
    assert page.calendar.days == 7
    page.machine.setCurrentIndex(0)
    assert len(page.calendar.rows) == 2
