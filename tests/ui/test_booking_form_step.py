"""The booking form's job step: chosen from the job's plan, saved, shown again, reset with
the job."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from itc_desktop.db import Actor, Database
from itc_desktop.services import job_steps as job_step_service
from itc_desktop.services.job_steps import StepInput
from itc_desktop.ui.pages.booking_dialogs import BookingForm
from tests.services.bookings_support import at, book, next_monday
from tests.services.jobs_support import make_company, make_job
from tests.ui.bookings_ui_support import add_equipment, all_bookings, open_page


def _steps(db: Database, manager: Actor, job_id: int, machine: int) -> list[int]:
    with db.transaction(manager) as session:
        return [
            job_step_service.add_step(
                session, manager, job_id, StepInput(text, machine, Decimal("2"))
            )
            for text in ("Rough milling", "Finish milling")
        ]


def test_step_is_chosen_saved_shown_again_and_reset_with_the_job(
    qtbot, db: Database, manager: Actor, context_for, monkeypatch
) -> None:
    machine = add_equipment(db, manager, "CNC-7")
    company = make_company(db, manager)
    job = make_job(db, manager, company)
    other = make_job(db, manager, company, title="No plan yet")
    _first, second = _steps(db, manager, job.id, machine)
    monday = next_monday()
    mine = book(db, manager, machine, at(monday, 9), at(monday, 11), purpose="Setup")
    page = open_page(qtbot, context_for, manager)
    seen: list[list[str]] = []

    def choose_second(form: BookingForm) -> int:
        assert [form.step.itemText(i) for i in range(form.step.count())] == ["— no step —"]
        form.job.setCurrentIndex(form.job.findData(job.id))
        seen.append([form.step.itemText(i) for i in range(form.step.count())])
        form.step.setCurrentIndex(form.step.findData(second))
        form.on_save()
        return form.result()

    monkeypatch.setattr(BookingForm, "exec", choose_second)
    view = page.calendar
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_for(machine, at(monday, 10)))
    assert seen == [
        ["— no step —", "1. Rough milling (Machine CNC-7)", "2. Finish milling (Machine CNC-7)"]
    ]
    (row,) = all_bookings(db, manager)
    assert (row.id, row.job_id, row.job_step_id) == (mine, job.id, second)

    def reopen_then_change_job(form: BookingForm) -> int:
        assert form.step.currentData() == second  # shown again
        form.job.setCurrentIndex(form.job.findData(other.id))
        assert [form.step.itemText(i) for i in range(form.step.count())] == ["— no step —"]
        form.on_save()
        return form.result()

    monkeypatch.setattr(BookingForm, "exec", reopen_then_change_job)
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_for(machine, at(monday, 10)))
    (row,) = all_bookings(db, manager)
    assert (row.job_id, row.job_step_id) == (other.id, None)


def test_choosing_a_job_preselects_its_one_step_on_this_machine(
    qtbot, db: Database, manager: Actor, context_for, monkeypatch
) -> None:
    lathe = add_equipment(db, manager, "CNC-7")
    press = add_equipment(db, manager, "PRS-2")
    job = make_job(db, manager, make_company(db, manager))
    with db.transaction(manager) as session:
        on_press = job_step_service.add_step(session, manager, job.id, StepInput("Bend", press))
        job_step_service.add_step(session, manager, job.id, StepInput("Turn", lathe))
    monday = next_monday()
    book(db, manager, press, at(monday, 9), at(monday, 11), purpose="Bending")
    page = open_page(qtbot, context_for, manager)

    def choose_job(form: BookingForm) -> int:
        form.job.setCurrentIndex(form.job.findData(job.id))
        assert form.step.currentData() == on_press
        form.on_save()
        return form.result()

    monkeypatch.setattr(BookingForm, "exec", choose_job)
    view = page.calendar
    QTest.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_for(press, at(monday, 10)))
    (row,) = all_bookings(db, manager)
    assert row.job_step_id == on_press


def test_a_step_of_another_job_is_refused_and_nothing_saved(db: Database, manager: Actor) -> None:
    import pytest

    from itc_desktop.services import bookings as booking_service
    from itc_desktop.services.bookings import BookingRequest
    from itc_desktop.services.errors import ValidationError

    machine = add_equipment(db, manager, "CNC-7")
    company = make_company(db, manager)
    job, other = make_job(db, manager, company), make_job(db, manager, company, title="Other")
    (step, _) = _steps(db, manager, other.id, machine)
    monday = next_monday()
    request = BookingRequest(
        machine, at(monday, 9), at(monday, 10), job_id=job.id, job_step_id=step
    )
    refused = pytest.raises(ValidationError, match="not a step of the chosen job")
    with refused, db.transaction(manager) as session:
        booking_service.create_booking(session, manager, request)
    assert all_bookings(db, manager) == []
