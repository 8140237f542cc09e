"""Live refresh: another station (a second Database object on the same database) commits;
at the watcher's next tick the shown page reads again, the selection kept, an unsaved edit
left as typed, and a save of that edit refused naming who changed the record and when."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from itc_desktop.db import Actor, Database
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.changes import ChangeProbe
from itc_desktop.ui.live_refresh import POLL_INTERVAL_MS, LiveRefresh
from itc_desktop.ui.main_window import MainWindow
from itc_desktop.ui.models.jobs import JobsTableModel
from itc_desktop.ui.pages.booking_dialogs import CancelDialog
from itc_desktop.ui.pages.equipment import EquipmentPage
from itc_desktop.ui.pages.jobs import JobsPage
from tests.services.bookings_support import at, book, next_monday
from tests.services.equipment_support import make_equipment
from tests.services.jobs_support import make_company, make_job
from tests.ui.bookings_ui_support import add_equipment, open_page
from tests.ui.equipment_support import row_texts, selected_tags
from tests.ui.keyboard import type_text

STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d"


@pytest.fixture
def office(db: Database) -> Iterator[Database]:
    """The other station: its own engine on the same database."""
    other = Database(db.url, migrate_on_open=False)
    yield other
    other.dispose()


def settle(qtbot) -> None:
    """Lets queued work run (the jobs table reselects its row after a reset)."""
    qtbot.wait(20)


def rename_job(office: Database, actor: Actor, job_id: int, title: str) -> None:
    with office.reader() as session:
        data = job_service.get_job(session, actor, job_id).as_input()
    data.title = title
    with office.transaction(actor) as session:
        job_service.update_job(session, actor, job_id, data)


def jobs_page(window: MainWindow) -> JobsPage:
    page = window.page_widget("jobs")
    assert isinstance(page, JobsPage)
    return page


def titles(page: JobsPage) -> list[str]:
    return [
        page.model.index(row, JobsTableModel.TITLE).data() for row in range(page.model.rowCount())
    ]


def test_a_job_changed_at_another_station_appears_with_the_selection_kept(
    qtbot, open_window, db: Database, office: Database, manager: Actor, admin: Actor
) -> None:
    company = make_company(db, manager)
    first = make_job(db, manager, company, title="Tensile test, S355")
    second = make_job(db, manager, company, title="Hardness HV10")
    window = open_window(manager)
    assert window.live.timer.isActive()
    assert window.live.timer.interval() == POLL_INTERVAL_MS
    window.navigate("jobs", second.id)
    page = jobs_page(window)
    assert page.selected_id() == second.id
    assert not window.live.tick()  # nothing changed: nothing happens

    rename_job(office, admin, second.id, "Hardness HV10, 5 points")
    rename_job(office, admin, first.id, "Tensile test, S355J2")
    assert window.live.tick()
    settle(qtbot)
    assert sorted(titles(page)) == ["Hardness HV10, 5 points", "Tensile test, S355J2"]
    assert page.selected_id() == second.id
    assert page.detail.form.title_edit.text() == "Hardness HV10, 5 points"
    assert not page.has_unsaved_edits()
    # A new job from the other station shows up too.
    make_job(office, admin, company, title="Charpy, -20 °C")
    assert window.live.tick()
    settle(qtbot)
    assert "Charpy, -20 °C" in titles(page)
    assert page.selected_id() == second.id


def test_an_unsaved_job_edit_is_kept_and_its_save_names_who_changed_the_job(
    qtbot, open_window, db: Database, office: Database, manager: Actor, admin: Actor, shown_boxes
) -> None:
    job = make_job(db, manager, make_company(db, manager), title="Tensile test, S355")
    window = open_window(manager)
    window.navigate("jobs", job.id)
    page = jobs_page(window)
    form = page.detail.form
    form.title_edit.clear()
    type_text(form.title_edit, "Tensile test, S355 — 3 specimens")
    form.order_edit.setText("PO-2026-118")
    assert page.has_unsaved_edits()

    rename_job(office, admin, job.id, "Changed in the office")
    assert window.live.tick()
    settle(qtbot)
    # The list shows the office's title; the form still holds what the user typed.
    assert titles(page) == ["Changed in the office"]
    assert page.selected_id() == job.id
    assert form.title_edit.text() == "Tensile test, S355 — 3 specimens"
    assert form.order_edit.text() == "PO-2026-118"

    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert shown_boxes[-1].title == "Conflict"
    assert shown_boxes[-1].text.startswith(f"{job.reference} was changed by {admin.full_name} at ")
    assert shown_boxes[-1].text.endswith("— reload it.")
    assert form.title_edit.text() == "Tensile test, S355 — 3 specimens"
    assert form.order_edit.text() == "PO-2026-118"
    with db.reader() as session:
        saved = job_service.get_job(session, manager, job.id)
    assert (saved.title, saved.customer_order_number) == ("Changed in the office", "")


def equipment_page(window: MainWindow) -> EquipmentPage:
    page = window.page_widget("equipment")
    assert isinstance(page, EquipmentPage)
    return page


def move_equipment(office: Database, actor: Actor, equipment_id: int, location: str) -> None:
    with office.reader() as session:
        detail = equipment_service.get_equipment(session, actor, equipment_id)
    detail.data.location = location
    with office.transaction(actor) as session:
        equipment_service.update_equipment(
            session, actor, equipment_id, detail.data, expected_version=detail.version
        )


def test_equipment_changed_elsewhere_appears_selection_and_unsaved_edit_kept(
    qtbot, open_window, db: Database, office: Database, manager: Actor, admin: Actor
) -> None:
    make_equipment(db, manager, "ITC-0001", location="Hall A")
    press = make_equipment(db, manager, "ITC-0002", name="Hydraulic press", location="Hall A")
    window = open_window(manager)
    window.navigate("equipment", press)
    page = equipment_page(window)
    assert selected_tags(page) == ["ITC-0002"]
    tab = page.overview_tab

    move_equipment(office, admin, press, "Hall B")
    assert window.live.tick()
    assert row_texts(page, "ITC-0002")["Location"] == "Hall B"
    assert selected_tags(page) == ["ITC-0002"]
    assert tab.form.location.text() == "Hall B"  # no edit open: the form reads again too

    # Now the user types; the office moves the press again.
    tab.form.location.clear()
    type_text(tab.form.location, "Hall C, bay 2")
    assert tab.is_dirty()
    move_equipment(office, admin, press, "Hall D")
    assert window.live.tick()
    assert row_texts(page, "ITC-0002")["Location"] == "Hall D"
    assert selected_tags(page) == ["ITC-0002"]
    assert tab.form.location.text() == "Hall C, bay 2"
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert f"ITC-0002 was changed by {admin.full_name} at " in tab.form.message.text()
    assert tab.form.location.text() == "Hall C, bay 2"
    with db.reader() as session:
        assert equipment_service.get_equipment(session, manager, press).data.location == "Hall D"


def test_a_hidden_page_reads_again_when_shown(
    qtbot, open_window, db: Database, office: Database, manager: Actor, admin: Actor
) -> None:
    press = make_equipment(db, manager, "ITC-0002", location="Hall A")
    window = open_window(manager)
    window.navigate("equipment", press)
    page = equipment_page(window)
    window.show_page("dashboard")
    assert not page.isVisible()
    move_equipment(office, admin, press, "Hall B")
    assert window.live.tick()
    assert row_texts(page, "ITC-0002")["Location"] == "Hall A"  # hidden: not read yet
    window.show_page("equipment")
    assert row_texts(page, "ITC-0002")["Location"] == "Hall B"
    assert selected_tags(page) == ["ITC-0002"]


def test_one_tiny_query_per_tick_and_none_while_a_dialog_is_open(
    qtbot, db: Database, office: Database, manager: Actor, admin: Actor, monkeypatch
) -> None:
    watcher = LiveRefresh(db)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if not statement.startswith("BEGIN"):  # SQLite's explicit BEGIN of the read
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        watcher.start()
        assert watcher.timer.isActive()
        statements.clear()
        with qtbot.assertNotEmitted(watcher.changed):
            assert not watcher.tick()
        assert len(statements) == 1 and "max" in statements[0].lower()
        make_equipment(office, admin, "ITC-0009")
        # A modal dialog is open (someone is editing): the pages are left alone.
        monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: object()))
        statements.clear()
        assert not watcher.tick()
        assert statements == []
        monkeypatch.undo()
        with qtbot.waitSignal(watcher.changed, timeout=1000):
            assert watcher.tick()  # the change is seen once the dialog is closed
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
        watcher.stop()


def test_reconnecting_is_shown_while_the_database_does_not_answer(
    qtbot, open_window, db: Database, manager: Actor, monkeypatch
) -> None:
    window = open_window(manager)
    assert window.connection_label.isHidden()

    def unreachable(_self: ChangeProbe) -> bool:
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(ChangeProbe, "poll", unreachable)
    with qtbot.waitSignal(window.live.connection_lost, timeout=1000):
        assert not window.live.tick()
    assert window.connection_label.isVisible()
    assert window.connection_label.text() == "Reconnecting to the database…"
    assert window.connection_label.toolTip() == "connection refused"
    with qtbot.assertNotEmitted(window.live.connection_lost):
        window.live.tick()  # said once, not at every tick
    window.grab().save("/tmp/live_refresh_reconnecting.png")
    monkeypatch.undo()
    with qtbot.waitSignal(window.live.reconnected, timeout=1000):
        assert window.live.tick()  # back: the pages read again
    assert window.connection_label.isHidden()
    assert window.statusBar().currentMessage() == "Connected to the database again."


def test_a_booking_moved_elsewhere_cannot_be_cancelled_from_the_old_copy(
    qtbot,
    context_for,
    db: Database,
    office: Database,
    manager: Actor,
    technician: Actor,
    monkeypatch,
) -> None:
    machine = add_equipment(db, manager, "CNC-1")
    monday = next_monday()
    booking_id = book(db, technician, machine, at(monday, 9), at(monday, 10), purpose="Setup")
    other = book(db, technician, machine, at(monday, 13), at(monday, 14), purpose="Run")
    page = open_page(qtbot, context_for, manager)
    watcher = LiveRefresh(db, page)
    watcher.changed.connect(page.live_refresh)
    watcher.start()
    page.tabs.setCurrentIndex(1)
    model = page.list_panel.list_model
    page.list_panel.table.selectRow(
        next(r for r in range(model.rowCount()) if model.row_at(r).id == booking_id)
    )
    assert page.list_panel.selected().id == booking_id

    # The technician moves it at the lab; this page still shows the old copy.
    with office.transaction(technician) as session:
        booking_service.move_booking(session, technician, booking_id, at(monday, 10))
    monkeypatch.setattr(
        CancelDialog, "exec", lambda d: (d.reason.setText("Machine needed elsewhere"), 1)[1]
    )
    page.list_panel.cancel_button.click()
    assert not page.banner.isHidden()  # the refusal banner (over the calendar tab)
    assert page.banner.text().startswith(
        f"Booking {booking_id} was changed by {technician.full_name} at "
    )
    with db.reader() as session:
        assert booking_service.get_booking(session, manager, booking_id).status == "confirmed"

    # The next tick reads the list again: the moved booking, still chosen; now it can go.
    assert watcher.tick()
    assert page.list_panel.selected().id == booking_id
    assert page.list_panel.selected().start == at(monday, 10)
    page.list_panel.cancel_button.click()
    with db.reader() as session:
        assert booking_service.get_booking(session, manager, booking_id).status == "cancelled"
        assert booking_service.get_booking(session, manager, other).status == "confirmed"
    watcher.stop()
