"""Export .ics from the bookings list: the bookings of the one equipment, person or job chosen
in the filters are written with stable UIDs (exporting again after a move updates the event:
same UID, higher SEQUENCE); without exactly one of them, or to an unwritable place, it says
why and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from itc_desktop.db import Actor, Database
from itc_desktop.services import bookings as booking_service
from tests.services.bookings_support import at, book, next_monday
from tests.ui.bookings_ui_support import add_equipment, open_page


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The file dialog answers with `chosen["path"]` and remembers that it was asked."""
    chosen: dict[str, object] = {"path": "", "asked": 0}

    def ask(*_args: object, **_kwargs: object) -> tuple[str, str]:
        chosen["asked"] = int(chosen["asked"]) + 1  # type: ignore[call-overload]
        return str(chosen["path"]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return chosen


def events(path: Path) -> dict[str, tuple[int, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["UID"]): (int(e["SEQUENCE"]), e.decoded("DTSTART")) for e in calendar.walk("VEVENT")
    }


def test_export_of_one_equipment_and_again_after_a_move(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, save_as, tmp_path: Path
) -> None:
    lathe = add_equipment(db, manager, "CNC-1")
    press = add_equipment(db, manager, "PRS-1")
    monday = next_monday()
    first = book(db, technician, lathe, at(monday, 9), at(monday, 10), purpose="Ø10 — Đorđe")
    second = book(db, technician, lathe, at(monday, 11), at(monday, 12))
    book(db, manager, press, at(monday, 9), at(monday, 10))
    page = open_page(qtbot, context_for, technician)
    panel = page.list_panel
    panel.filter_equipment.setCurrentIndex(panel.filter_equipment.findData(lathe))
    target = tmp_path / "cnc-1.ics"
    save_as["path"] = str(target)
    panel.export_button.click()

    raw = target.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF line ends
    assert events(target) == {
        f"booking-{first}@itc-lab": (0, at(monday, 9)),
        f"booking-{second}@itc-lab": (0, at(monday, 11)),
    }
    assert "Ø10 — Đorđe" in Calendar.from_ical(raw).walk("VEVENT")[0]["DESCRIPTION"]
    assert panel.note.text() == f"2 bookings written to {target}."
    assert not page.banner.isVisible()

    # Moved, exported again: the same UID with a higher SEQUENCE, so calendars update it.
    with db.transaction(technician) as session:
        booking_service.move_booking(session, technician, first, at(monday, 14))
    panel.export_button.click()
    assert events(target)[f"booking-{first}@itc-lab"] == (1, at(monday, 14))
    assert len(events(target)) == 2


def test_export_by_person_and_by_job(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, save_as, tmp_path: Path
) -> None:
    from tests.services.jobs_support import make_company, make_job

    lathe = add_equipment(db, manager, "CNC-1")
    job = make_job(db, manager, make_company(db, manager))
    monday = next_monday()
    mine = book(db, technician, lathe, at(monday, 9), at(monday, 10), job_id=job.id)
    theirs = book(db, manager, lathe, at(monday, 11), at(monday, 12))
    page = open_page(qtbot, context_for, manager)
    panel = page.list_panel
    save_as["path"] = str(tmp_path / "person.ics")
    panel.filter_user.setCurrentIndex(panel.filter_user.findData(manager.id))
    panel.export_button.click()
    assert set(events(tmp_path / "person.ics")) == {f"booking-{theirs}@itc-lab"}
    panel.filter_user.setCurrentIndex(0)
    panel.filter_job.setCurrentIndex(panel.filter_job.findData(job.id))
    save_as["path"] = str(tmp_path / "job.ics")
    panel.export_button.click()
    assert set(events(tmp_path / "job.ics")) == {f"booking-{mine}@itc-lab"}


def test_export_needs_exactly_one_choice_and_a_writable_place(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, save_as, tmp_path: Path
) -> None:
    lathe = add_equipment(db, manager, "CNC-1")
    monday = next_monday()
    book(db, technician, lathe, at(monday, 9), at(monday, 10))
    page = open_page(qtbot, context_for, manager)
    panel = page.list_panel
    save_as["path"] = str(tmp_path / "x.ics")
    # Nothing chosen: says what to do, does not even ask for a file.
    panel.export_button.click()
    assert "choose exactly one equipment, one person or one job" in page.banner.text()
    assert save_as["asked"] == 0
    # Two chosen: the same.
    panel.filter_equipment.setCurrentIndex(panel.filter_equipment.findData(lathe))
    panel.filter_user.setCurrentIndex(panel.filter_user.findData(technician.id))
    panel.export_button.click()
    assert save_as["asked"] == 0
    assert not (tmp_path / "x.ics").exists()
    # The file dialog cancelled: nothing written, nothing said.
    panel.filter_user.setCurrentIndex(0)
    page.clear_refusal()
    save_as["path"] = ""
    panel.export_button.click()
    assert save_as["asked"] == 1
    assert not page.banner.isVisible() and panel.note.text() == ""
    # A folder that does not exist: the reason is shown.
    missing = tmp_path / "no such folder" / "x.ics"
    save_as["path"] = str(missing)
    panel.export_button.click()
    assert f"Cannot write {missing}" in page.banner.text()
    assert not missing.exists()


def test_list_columns_start_wide_enough_for_a_whole_date_and_time(
    qtbot, db: Database, manager: Actor, context_for
) -> None:
    from itc_desktop.ui.models.bookings import BookingsTableModel

    page = open_page(qtbot, context_for, manager)
    table = page.list_panel.table
    header = table.horizontalHeader()
    whole = table.fontMetrics().horizontalAdvance("2026-12-31 23:59")
    for column in (BookingsTableModel.START, BookingsTableModel.END):
        assert header.sectionSize(column) > whole
    assert header.sectionSize(BookingsTableModel.EQUIPMENT) >= 200
