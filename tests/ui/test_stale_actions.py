"""Actions taken from a screen showing an old copy, while another station (its own Database
on the same database) changed the record: a series drag or cancel and a no-show on the
Bookings page, retire on the Equipment page, return to service in its dialog. Each is refused
with the name of who changed the record and when, nothing is written, and the screen reads
the record again so the next try starts from what is there now."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time, timedelta

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import booking_series as series_service
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import users as user_service
from itc_desktop.services.booking_series import SeriesScope, SeriesSpec
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.ui.pages import equipment_status_actions as status_module
from itc_desktop.ui.pages.booking_dialogs import CancelDialog, ScopeDialog
from itc_desktop.ui.pages.bookings import BookingsPage
from itc_desktop.ui.pages.equipment_maintenance_tab import ReturnToServiceDialog
from tests.services.bookings_support import at, next_monday
from tests.services.equipment_support import make_equipment
from tests.ui import test_equipment_page as page_tests
from tests.ui.bookings_ui_support import add_equipment, all_bookings, drag
from tests.ui.bookings_ui_support import open_page as open_bookings
from tests.ui.equipment_support import row_texts

open_page = page_tests.open_page  # the Equipment page fixture
_scan = page_tests._scan
STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d"


@pytest.fixture
def office(db: Database) -> Iterator[Database]:
    other = Database(db.url, migrate_on_open=False)
    yield other
    other.dispose()


def choose_scope(monkeypatch: pytest.MonkeyPatch, scope: SeriesScope) -> None:
    def exec_(dialog: ScopeDialog) -> int:
        dialog.choices[scope].setChecked(True)
        return 1

    monkeypatch.setattr(ScopeDialog, "exec", exec_)


def select_in_list(page: BookingsPage, booking_id: int) -> None:
    page.tabs.setCurrentIndex(1)
    model = page.list_panel.list_model
    while model.canFetchMore():
        model.fetchMore()
    page.list_panel.table.selectRow(
        next(r for r in range(model.rowCount()) if model.row_at(r).id == booking_id)
    )
    assert page.list_panel.selected().id == booking_id


def series_of_three(db: Database, technician: Actor, machine: int) -> tuple[int, ...]:
    with db.transaction(technician) as session:
        created = series_service.create_series(
            session,
            technician,
            SeriesSpec(machine, "daily", next_monday(), time(9), timedelta(hours=1), count=3),
        )
    return created.booking_ids


def move_first_to_ten(office: Database, manager: Actor, booking_id: int) -> None:
    monday = next_monday()
    with office.transaction(manager) as session:
        series_service.update_occurrences(
            session, manager, booking_id, start=at(monday, 10), end=at(monday, 11)
        )


def test_a_series_drag_from_an_old_calendar_is_refused_and_the_calendar_reads_again(
    qtbot,
    context_for,
    db: Database,
    office: Database,
    manager: Actor,
    technician: Actor,
    monkeypatch,
) -> None:
    machine = add_equipment(db, manager, "SAW-1")
    first, *_rest = series_of_three(db, technician, machine)
    page = open_bookings(qtbot, context_for, technician)
    view = page.calendar
    monday = next_monday()
    move_first_to_ten(office, manager, first)  # the calendar still shows it at 9:00

    choose_scope(monkeypatch, SeriesScope.ALL)
    drag(
        view,
        view.point_for(machine, at(monday, 9, 30)),
        view.point_for(machine, at(monday, 14, 30)),
    )
    assert page.banner.isVisible()
    assert page.banner.text().startswith(f"Booking {first} was changed by {manager.full_name} at ")
    assert page.banner.text().endswith("— reload it.")
    starts = sorted(r.start for r in all_bookings(db, technician) if r.status == "confirmed")
    assert starts == [
        at(monday, 10),
        at(monday, 9) + timedelta(days=1),
        at(monday, 9) + timedelta(days=2),
    ]
    # Read again: the calendar draws the block where the office put it, with its new version.
    shown = view.booking(first)
    assert shown is not None and shown.start == at(monday, 10) and shown.version == 2


def test_a_series_drag_is_refused_when_another_occurrence_was_moved_meanwhile(
    qtbot,
    context_for,
    db: Database,
    office: Database,
    manager: Actor,
    technician: Actor,
    monkeypatch,
) -> None:
    """The dragged occurrence is as the calendar shows it, but the office moved the third
    one alone meanwhile: "all occurrences" would drag that one back over the office's
    change, so the drag is refused, naming the series and who changed it."""
    machine = add_equipment(db, manager, "SAW-1")
    first, _second, third = series_of_three(db, technician, machine)
    page = open_bookings(qtbot, context_for, technician)
    view = page.calendar
    monday = next_monday()
    wednesday = monday + timedelta(days=2)
    with office.transaction(manager) as session:
        series_service.update_occurrences(
            session, manager, third, start=at(wednesday, 15), end=at(wednesday, 16)
        )

    choose_scope(monkeypatch, SeriesScope.ALL)
    drag(
        view,
        view.point_for(machine, at(monday, 9, 30)),
        view.point_for(machine, at(monday, 13, 30)),
    )
    assert page.banner.isVisible()
    assert page.banner.text().startswith(
        f"Booking series {view.booking(first).series_id} was changed by {manager.full_name} at "
    )
    starts = sorted(r.start for r in all_bookings(db, technician) if r.status == "confirmed")
    assert starts == [at(monday, 9), at(monday, 9) + timedelta(days=1), at(wednesday, 15)]
    # Read again, the same drag moves all three, the office's one with them.
    drag(
        view,
        view.point_for(machine, at(monday, 9, 30)),
        view.point_for(machine, at(monday, 13, 30)),
    )
    assert page.banner.isHidden()
    starts = sorted(r.start for r in all_bookings(db, technician) if r.status == "confirmed")
    assert starts == [at(monday + timedelta(days=d), 13) for d in range(3)]


def test_a_series_cancel_from_an_old_list_row_is_refused_then_works_after_the_reload(
    qtbot,
    context_for,
    db: Database,
    office: Database,
    manager: Actor,
    technician: Actor,
    monkeypatch,
) -> None:
    machine = add_equipment(db, manager, "SAW-1")
    first, *_rest = series_of_three(db, technician, machine)
    page = open_bookings(qtbot, context_for, technician)
    select_in_list(page, first)
    move_first_to_ten(office, manager, first)
    monkeypatch.setattr(CancelDialog, "exec", lambda d: (d.reason.setText("Saw blade worn"), 1)[1])
    choose_scope(monkeypatch, SeriesScope.THIS_AND_FOLLOWING)

    page.list_panel.cancel_button.click()
    assert page.banner.text().startswith(f"Booking {first} was changed by {manager.full_name}")
    assert {r.status for r in all_bookings(db, technician)} == {"confirmed"}
    # The list read again, the occurrence still chosen, now at 10:00: the cancel goes through.
    assert page.list_panel.selected().id == first
    assert page.list_panel.selected().start == at(next_monday(), 10)
    page.list_panel.cancel_button.click()
    assert page.banner.isHidden()
    assert {r.status for r in all_bookings(db, technician)} == {"cancelled"}


def test_a_no_show_from_an_old_copy_is_refused_and_the_list_reads_again(
    qtbot,
    context_for,
    db: Database,
    office: Database,
    admin: Actor,
    manager: Actor,
    technician: Actor,
) -> None:
    machine = add_equipment(db, manager, "TENS-1")
    start = utcnow().replace(microsecond=0) - timedelta(hours=3)
    with db.transaction(technician) as session:
        booking_id = booking_service.create_booking(
            session,
            technician,
            BookingRequest(machine, start, start + timedelta(hours=1), purpose="Tensile"),
            now=start - timedelta(days=1),
        )
    page = open_bookings(qtbot, context_for, manager)
    select_in_list(page, booking_id)
    with office.transaction(admin) as session:
        booking_service.cancel_booking(session, admin, booking_id, "Machine broke")

    page.list_panel.no_show_button.click()
    assert page.banner.text().startswith(
        f"Booking {booking_id} was changed by {admin.full_name} at "
    )
    with db.reader() as session:
        assert booking_service.get_booking(session, manager, booking_id).status == "cancelled"
    assert page.list_panel.selected().status == "cancelled"  # the list shows what happened


def test_retire_from_an_old_row_is_refused_and_the_row_reads_again(
    qtbot,
    open_page,
    db: Database,
    office: Database,
    admin: Actor,
    manager: Actor,
    shown_boxes,
    monkeypatch,
) -> None:
    with db.transaction(admin) as session:
        other = user_service.create_user(
            session, admin, "rnagy", "Nagy Réka", "manager", "office-pass-2026"
        )
    press = make_equipment(db, manager, "ITC-0004", name="Press brake")
    monkeypatch.setattr(status_module, "ask_note", lambda *args: "Scrapped")
    monkeypatch.setattr(status_module, "confirm_retire", lambda *args: True)
    page = open_page(manager)
    _scan(qtbot, page, "ITC-0004")
    with office.reader() as session:
        version = equipment_service.get_equipment(session, other, press).version
    with office.transaction(other) as session:
        equipment_service.take_out_of_service(
            session, other, press, "Hydraulic leak", expected_version=version
        )

    page.status_actions.retire_action.trigger()
    assert shown_boxes[-1].title == "Conflict"
    assert shown_boxes[-1].text.startswith(f"ITC-0004 was changed by {other.full_name} at ")
    with db.reader() as session:
        assert equipment_service.get_equipment(session, manager, press).status == "out_of_service"
    # The row was read again: it says out of service, and retiring it now works.
    assert row_texts(page, "ITC-0004")["Status"] == "Out of service"
    assert page.status_actions.row is not None and page.status_actions.row.version == version + 1
    page.status_actions.retire_action.trigger()
    with db.reader() as session:
        assert equipment_service.get_equipment(session, manager, press).status == "retired"


def test_return_to_service_from_an_old_copy_is_refused_and_keeps_the_note(
    qtbot, context_for, db: Database, office: Database, admin: Actor, manager: Actor
) -> None:
    with db.transaction(admin) as session:
        other = user_service.create_user(
            session, admin, "rnagy", "Nagy Réka", "manager", "office-pass-2026"
        )
    press = make_equipment(db, manager, "ITC-0004", name="Press brake")
    with db.transaction(manager) as session:
        equipment_service.take_out_of_service(session, manager, press, "Hydraulic leak")
    with db.reader() as session:
        seen = equipment_service.get_equipment(session, manager, press).version
    dialog = ReturnToServiceDialog(context_for(manager), press, version=seen)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.note, "Seals replaced")
    # Meanwhile the office retires it.
    with office.transaction(other) as session:
        equipment_service.retire_equipment(session, other, press, "Beyond repair")

    dialog.ok_button.click()
    assert dialog.stale and dialog.result() == 0
    assert f"ITC-0004 was changed by {other.full_name} at " in dialog.message.text()
    assert dialog.note.toPlainText() == "Seals replaced"
    with db.reader() as session:
        assert equipment_service.get_equipment(session, manager, press).status == "retired"
