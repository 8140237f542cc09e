"""Live refresh keeps what the user chose: several selected equipment rows stay selected, a job
chosen below the first loaded page stays chosen (the list is not cut back to its first page),
and a search typed just before the Equipment page is left does not run behind it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from itc_desktop.db import Actor, Database
from itc_desktop.ui.main_window import MainWindow
from itc_desktop.ui.pages.equipment import SEARCH_DELAY_MS, EquipmentPage
from itc_desktop.ui.pages.jobs import JobsPage
from tests.services.equipment_support import make_equipment
from tests.services.jobs_support import make_company, make_job
from tests.ui.equipment_support import selected_tags
from tests.ui.test_live_refresh import move_equipment, rename_job


@pytest.fixture
def office(db: Database) -> Iterator[Database]:
    """The other station: its own engine on the same database."""
    other = Database(db.url, migrate_on_open=False)
    yield other
    other.dispose()


def click_row(qtbot, view: QTableView, index: QModelIndex, add: bool = False) -> None:  # type: ignore[no-untyped-def]
    view.scrollTo(index)
    modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def scroll_until(qtbot, view: QTableView, rows: int) -> None:  # type: ignore[no-untyped-def]
    """Scrolls down as a user does until the list has loaded `rows` rows: at the bottom the
    view asks the model for the next page."""
    bar = view.verticalScrollBar()
    for _ in range(100):
        if view.model().rowCount() >= rows:
            return
        qtbot.wait(1)  # the view lays out the rows it got: the scroll bar grows
        bar.setValue(bar.maximum())
    raise AssertionError(f"scrolled to the bottom, still {view.model().rowCount()} rows")


def test_several_selected_equipment_rows_stay_selected(
    qtbot, open_window, db: Database, office: Database, manager: Actor, admin: Actor
) -> None:
    ids = [make_equipment(db, manager, f"ITC-{n:04d}", location="Hall A") for n in range(1, 31)]
    window: MainWindow = open_window(manager)
    window.show_page("equipment")
    page = window.page_widget("equipment")
    assert isinstance(page, EquipmentPage)
    page.model.page_size = 6  # pages of six: row 25 lies several fetches down
    page.model.reset()
    page.model.fetchMore()
    assert page.model.rowCount() == 6
    scroll_until(qtbot, page.view, 26)
    proxy = page.proxy
    click_row(qtbot, page.view, proxy.index(2, 0))
    click_row(qtbot, page.view, proxy.index(4, 0), add=True)
    click_row(qtbot, page.view, proxy.index(25, 0), add=True)
    assert selected_tags(page) == ["ITC-0003", "ITC-0005", "ITC-0026"]
    scrolled = page.view.verticalScrollBar().value()

    move_equipment(office, admin, ids[4], "Hall B")
    assert window.live.tick()
    assert selected_tags(page) == ["ITC-0003", "ITC-0005", "ITC-0026"]
    assert page.model.row_at(page.model.row_of(ids[4])).location == "Hall B"
    assert page.model.rowCount() >= 26
    assert page.view.verticalScrollBar().value() == scrolled
    # F5 keeps them too.
    page.refresh_action.trigger()
    assert selected_tags(page) == ["ITC-0003", "ITC-0005", "ITC-0026"]


def test_a_job_chosen_below_the_first_page_stays_chosen(
    qtbot, open_window, db: Database, office: Database, manager: Actor, admin: Actor
) -> None:
    company = make_company(db, manager)
    jobs = [make_job(db, manager, company, title=f"Job {n:02d}") for n in range(1, 31)]
    window: MainWindow = open_window(manager)
    window.show_page("jobs")
    page = window.page_widget("jobs")
    assert isinstance(page, JobsPage)
    page.model.page_size = 6
    page.reload()
    assert page.model.rowCount() == 6
    scroll_until(qtbot, page.view, 27)
    row = 26  # newest first: the 4th job
    chosen = page.model.row_at(row)
    click_row(qtbot, page.view, page.model.index(row, 0))
    assert page.selected_id() == chosen.id
    assert page.detail.job is not None and page.detail.job.id == chosen.id

    rename_job(office, admin, jobs[0].id, "Job 01, renamed at the office")
    assert window.live.tick()
    qtbot.wait(20)  # the reselect queued after the reset
    assert page.selected_id() == chosen.id
    assert page.model.rowCount() >= 27
    # F5 as well.
    page.on_refresh()
    qtbot.wait(20)
    assert page.selected_id() == chosen.id


def test_a_search_typed_before_the_equipment_page_is_left_waits_for_it(
    qtbot, open_window, db: Database, manager: Actor
) -> None:
    make_equipment(db, manager, "ITC-0001", name="CNC lathe")
    make_equipment(db, manager, "ITC-0002", name="Hydraulic press")
    window: MainWindow = open_window(manager)
    window.show_page("equipment")
    page = window.page_widget("equipment")
    assert isinstance(page, EquipmentPage)
    qtbot.keyClicks(page.search, "press")
    assert page.search_timer.isActive()
    window.show_page("dashboard")  # left before the search ran
    assert not page.search_timer.isActive()
    qtbot.wait(SEARCH_DELAY_MS + 100)
    assert page.query.text == "" and page.model.rowCount() == 2  # nothing ran behind it
    window.show_page("equipment")
    assert page.query.text == "press"
    assert [page.model.row_at(r).asset_tag for r in range(page.model.rowCount())] == ["ITC-0002"]
    # Closed for good: the timer goes with the page.
    qtbot.keyClicks(page.search, "x")
    timer = page.search_timer
    page.close()
    assert not timer.isActive()
