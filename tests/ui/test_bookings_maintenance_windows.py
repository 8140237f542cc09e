"""Maintenance windows from the Bookings page: a manager plans one (the calendar shows it at
once and is told about bookings already in it), wrong input is named and nothing saved,
a double-click on it tells what it is and lets a manager cancel it; technicians only read."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from itc_desktop.db import Actor, Database
from itc_desktop.services.maintenance_windows import (
    maintenance_windows_in_range,
    plan_maintenance_window,
)
from itc_desktop.ui.pages.booking_dialogs import BookingForm, MaintenanceWindowDialog, to_qdatetime
from itc_desktop.ui.pages.bookings import BookingsPage
from tests.services.bookings_support import at, book, next_monday
from tests.ui.bookings_ui_support import add_equipment, open_page


def windows(db: Database, actor: Actor) -> list[tuple[int, object, object, str]]:
    monday = next_monday()
    with db.reader() as session:
        return [
            (w.equipment_id, w.start, w.end, w.description)
            for w in maintenance_windows_in_range(
                session,
                actor,
                at(monday, 0) - timedelta(days=7),
                at(monday, 0) + timedelta(days=14),
            )
        ]


def test_a_manager_plans_a_window_and_is_told_of_bookings_in_it(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    lathe = add_equipment(db, manager, "CNC-1")
    press = add_equipment(db, manager, "PRS-1")
    monday = next_monday()
    inside = book(db, technician, press, at(monday, 13), at(monday, 14))
    page = open_page(qtbot, context_for, manager)
    assert page.maintenance_button.isVisibleTo(page)
    problems: list[str] = []

    def drive(dialog: MaintenanceWindowDialog) -> int:
        assert dialog.equipment.currentData() == lathe  # the first row shown
        dialog.equipment.setCurrentIndex(dialog.equipment.findData(press))
        dialog.start.setDateTime(to_qdatetime(at(monday, 12), page.zone))
        dialog.end.setDateTime(to_qdatetime(at(monday, 12), page.zone))
        dialog.on_save()  # no description, end not after start: named, nothing saved
        problems.append(dialog.problem.text())
        assert windows(db, manager) == []
        dialog.end.setDateTime(to_qdatetime(at(monday, 16), page.zone))
        dialog.description.setText("Hydraulic oil change — olajcsere")
        dialog.on_save()
        return dialog.result()

    monkeypatch.setattr(MaintenanceWindowDialog, "exec", drive)
    page.maintenance_button.click()
    assert "End: must be after the start" in problems[0]
    assert "Description: required" in problems[0]
    assert windows(db, manager) == [
        (press, at(monday, 12), at(monday, 16), "Hydraulic oil change — olajcsere")
    ]
    # The calendar shows it at once, and the manager is told about the booking inside.
    assert [(w.equipment_id, w.start) for w in page.calendar.windows] == [(press, at(monday, 12))]
    assert "overlaps 1 confirmed booking(s)" in page.banner.text()
    assert str(inside) in page.banner.text()
    page.calendar.grab().save("/tmp/audit4_planned.png")


def test_closing_the_dialog_plans_nothing(
    qtbot, db: Database, manager: Actor, context_for, monkeypatch
) -> None:
    add_equipment(db, manager, "CNC-1")
    page = open_page(qtbot, context_for, manager)
    monkeypatch.setattr(MaintenanceWindowDialog, "exec", lambda d: 0)
    page.maintenance_button.click()
    assert windows(db, manager) == []
    assert not page.banner.isVisible()


def test_double_click_on_a_window_cancels_it_after_confirmation(
    qtbot, db: Database, manager: Actor, context_for, monkeypatch
) -> None:
    lathe = add_equipment(db, manager, "CNC-1")
    monday = next_monday()
    with db.transaction(manager) as session:
        plan_maintenance_window(
            session, manager, lathe, start=at(monday, 12), end=at(monday, 16), description="Spindle"
        )
    opened: list[BookingForm] = []
    monkeypatch.setattr(BookingForm, "exec", lambda f: opened.append(f) or 0)
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_page: BookingsPage, text: str) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(BookingsPage, "confirm_cancel_window", confirm)
    page = open_page(qtbot, context_for, manager)
    view = page.calendar
    point = view.point_for(lathe, at(monday, 14))
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point)  # "No": it stays
    assert asked == [f"Maintenance from {monday} 12:00 to {monday} 16:00: Spindle"]
    assert len(windows(db, manager)) == 1 and len(view.windows) == 1
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point)  # "Yes": cancelled
    assert windows(db, manager) == [] and view.windows == []
    assert opened == []  # a double-click on maintenance opens no booking form


def test_a_technician_sees_what_the_window_is_but_cannot_plan_or_cancel(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    lathe = add_equipment(db, manager, "CNC-1")
    monday = next_monday()
    with db.transaction(manager) as session:
        plan_maintenance_window(
            session, manager, lathe, start=at(monday, 12), end=at(monday, 16), description="Spindle"
        )
    monkeypatch.setattr(
        BookingsPage, "confirm_cancel_window", lambda *_a: pytest.fail("may not cancel")
    )
    page = open_page(qtbot, context_for, technician)
    assert not page.maintenance_button.isVisibleTo(page)
    view = page.calendar
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_for(lathe, at(monday, 14)))
    assert page.banner.text() == f"Maintenance from {monday} 12:00 to {monday} 16:00: Spindle"
    assert len(windows(db, technician)) == 1
