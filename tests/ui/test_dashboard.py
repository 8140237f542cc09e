"""The Dashboard, driven as a user: what it lists, its colours, elapsed times that move on,
refreshes, and entries that lead to the equipment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import usage as usage_service
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.main_window import MainWindow
from itc_desktop.ui.pages import dashboard as dashboard_module
from itc_desktop.ui.pages.dashboard import (
    REFRESH_MS,
    DashboardPage,
    SectionCard,
    elapsed_text,
)
from itc_desktop.ui.pages.registry import PAGES, PageContext, PageSpec
from itc_desktop.ui.widgets.tables import AMBER, RED
from tests.services.equipment_support import lab_today, make_equipment, make_instrument

ContextFor = Callable[[Actor], PageContext]


def _page(qtbot, context: PageContext) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()  # showing refreshes
    return page


def _click(qtbot, card: SectionCard, row: int) -> None:
    item = card.list.item(row)
    rect = card.list.visualItemRect(item)
    qtbot.mouseClick(card.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _colour(card: SectionCard, row: int) -> str:
    return card.list.item(row).foreground().color().name()


@pytest.fixture
def lathe(db: Database, manager: Actor) -> int:
    return make_equipment(db, manager, "ITC-0001", name="CNC eszterga")


def test_running_session_shows_with_elapsed_time_that_moves_on(
    qtbot, db: Database, context_for: ContextFor, technician: Actor, lathe: int
) -> None:
    now = utcnow()
    with db.transaction(technician) as session:
        usage_service.start_use(
            session,
            technician,
            lathe,
            started_at=now - timedelta(hours=2, minutes=30),
            job_reference="JOB-2026-031",
        )
    page = DashboardPage(context_for(technician))
    qtbot.addWidget(page)
    page.now = lambda: now
    page.show()
    running = page.card("running")
    assert running.entry_texts() == [
        "ITC-0001 CNC eszterga — Szőke Bence · JOB-2026-031 · 2 h 30 min"
    ]
    assert running.count.text() == "1"
    assert "probably forgotten" not in running.title.text()
    assert "\nStarted " in running.list.item(0).toolTip()

    # A minute later the timer moves the elapsed time on.
    assert page.timer.isActive() and page.timer.interval() == REFRESH_MS == 60_000
    page.now = lambda: now + timedelta(minutes=1)
    page.timer.timeout.emit()
    assert running.entry_texts()[0].endswith("· 2 h 31 min")


def test_forgotten_session_is_flagged_red(
    qtbot, db: Database, context_for: ContextFor, technician: Actor, lathe: int
) -> None:
    with db.transaction(technician) as session:
        usage_service.start_use(
            session, technician, lathe, started_at=utcnow() - timedelta(hours=14)
        )
    page = _page(qtbot, context_for(technician))
    running = page.card("running")
    assert "1 probably forgotten" in running.title.text()
    assert _colour(running, 0) == RED
    assert "Probably forgotten" in running.list.item(0).toolTip()
    assert running.entry_texts()[0].endswith("· 14 h 00 min")


def test_calibration_sections_red_and_amber(
    qtbot, db: Database, context_for: ContextFor, manager: Actor
) -> None:
    lapsed = make_instrument(db, manager, "ITC-0103", calibrated_days_ago=400)
    make_instrument(db, manager, "ITC-0102", calibrated_days_ago=350)  # 15 days left
    make_instrument(db, manager, "ITC-0101", calibrated_days_ago=10)  # fine: nowhere
    page = _page(qtbot, context_for(manager))

    out = page.card("out_of_calibration")
    assert out.data.tone == "red" and RED in out.styleSheet()
    assert len(out.entries) == 1
    assert out.entries[0].target == ("equipment", lapsed)
    assert out.entry_texts()[0].startswith("ITC-0103 Digital caliper 0–150 mm — ")
    assert _colour(out, 0) == RED

    soon = page.card("calibration_due_soon")
    assert soon.data.tone == "amber" and AMBER in soon.styleSheet()
    until = lab_today(db) + timedelta(days=15)
    assert soon.entry_texts() == [
        f"ITC-0102 Digital caliper 0–150 mm — calibration ends on {until} (15 days left)"
    ]
    assert _colour(soon, 0) == AMBER
    texts = [t for key in page.section_keys() for t in page.card(key).entry_texts()]
    assert not any("ITC-0101" in t for t in texts)


def test_maintenance_due_and_out_of_service(
    qtbot, db: Database, context_for: ContextFor, manager: Actor, technician: Actor, lathe: int
) -> None:
    press = make_equipment(db, manager, "ITC-0004", name="Press brake", location="Hall B")
    with db.transaction(manager) as session:
        maintenance_service.create_plan(
            session,
            manager,
            lathe,
            description="Coolant change",
            interval_days=30,
            last_done_at=utcnow() - timedelta(days=40),
        )
    with db.transaction(technician) as session:
        maintenance_service.record_maintenance(
            session,
            technician,
            press,
            kind="incident",
            blocking=True,
            started_at=utcnow() - timedelta(hours=1),
            description="Hydraulic hose burst",
        )
    page = _page(qtbot, context_for(technician))
    maintenance = page.card("maintenance_due")
    assert maintenance.entry_texts() == ["ITC-0001 CNC eszterga — Coolant change · 10 days overdue"]
    assert _colour(maintenance, 0) == RED
    out = page.card("out_of_service")
    assert out.entry_texts() == ["ITC-0004 Press brake — Hall B"]
    assert out.entries[0].target == ("equipment", press)


def test_empty_sections_say_so(qtbot, context_for: ContextFor, technician: Actor) -> None:
    page = _page(qtbot, context_for(technician))
    assert page.section_keys() == [
        "running",
        "out_of_calibration",
        "calibration_due_soon",
        "maintenance_due",
        "out_of_service",
        "jobs_overdue",
        "jobs_due_this_week",
        "jobs_waiting_for_approval",
    ]
    running = page.card("running")
    assert running.list.isHidden() and not running.empty.isHidden()
    assert running.empty.text() == "No machine is running."
    assert page.updated.text().startswith("Updated ")


def test_timer_refresh_picks_up_new_sessions(
    qtbot, db: Database, context_for: ContextFor, technician: Actor, lathe: int
) -> None:
    page = _page(qtbot, context_for(technician))
    assert page.card("running").entries == []
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, lathe)
    page.timer.timeout.emit()
    assert page.card("running").entry_texts() == ["ITC-0001 CNC eszterga — Szőke Bence · 0 min"]


def test_a_failed_refresh_is_told_and_the_page_keeps_working(
    qtbot, context_for: ContextFor, technician: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, context_for(technician))

    def broken(session, actor, now):
        raise RuntimeError("database is locked")

    page.providers = [broken]
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.updated.text() == "Could not refresh: database is locked"
    page.providers = list(dashboard_module.PROVIDERS)
    page.refresh()
    assert page.updated.text().startswith("Updated ")


def test_elapsed_text() -> None:
    assert elapsed_text(timedelta(minutes=7, seconds=59)) == "7 min"
    assert elapsed_text(timedelta(hours=3, minutes=5)) == "3 h 05 min"
    assert elapsed_text(timedelta(days=2, hours=4, minutes=59)) == "2 d 4 h"
    assert elapsed_text(timedelta(seconds=-30)) == "0 min"


def test_the_dashboard_is_a_page_for_every_role(open_window, actors) -> None:
    for role in ("admin", "manager", "technician"):
        window = open_window(actors[role])
        assert "dashboard" in window.page_keys()
        assert window.sidebar.item(0).text() == "Dashboard"
        assert isinstance(window.page_widget("dashboard"), DashboardPage)


class _EquipmentStandIn(QWidget):
    """A page with select_item, like the Equipment page: records what it was asked."""

    def __init__(self, context: PageContext):
        super().__init__()
        self.selected: list[int] = []
        self.label = QLabel("equipment", self)

    def select_item(self, item_id: int) -> None:
        self.selected.append(item_id)


def test_clicking_an_entry_opens_the_equipment_with_it_selected(
    qtbot, db: Database, manager: Actor, runner
) -> None:
    lapsed = make_instrument(db, manager, "ITC-0103", calibrated_days_ago=400)
    dashboard_spec = next(spec for spec in PAGES if spec.key == "dashboard")
    pages = [
        dashboard_spec,
        PageSpec("equipment", "Equipment", _EquipmentStandIn, lambda actor: True),
    ]
    window = MainWindow(db, manager, runner=runner, pages=pages)
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    page = window.page_widget("dashboard")
    assert isinstance(page, DashboardPage)
    card = page.card("out_of_calibration")
    with qtbot.waitSignal(page.navigate_requested, timeout=1000) as signal:
        _click(qtbot, card, 0)
    assert signal.args == ["equipment", lapsed]
    assert window.current_page_key() == "equipment"
    assert window.page_widget("equipment").selected == [lapsed]


def test_navigate_in_the_real_window(qtbot, db: Database, open_window, manager: Actor) -> None:
    """With the registered pages: the request is issued; when the Equipment page is
    registered, it opens with the equipment selected."""
    lapsed = make_instrument(db, manager, "ITC-0103", calibrated_days_ago=400)
    window = open_window(manager)
    window.show_page("dashboard")
    page = window.page_widget("dashboard")
    requests: list[tuple[str, int]] = []
    page.navigate_requested.connect(lambda key, item: requests.append((key, item)))
    _click(qtbot, page.card("out_of_calibration"), 0)
    assert requests == [("equipment", lapsed)]
    if "equipment" in window.page_keys():
        assert window.current_page_key() == "equipment"
        assert window.page_widget("equipment").selected_ids() == [lapsed]
    else:
        assert window.current_page_key() == "dashboard"
        assert window.navigate("equipment", lapsed) is False


def test_refresh_in_a_worker_thread(
    qtbot, db: Database, manager: Actor, technician: Actor, lathe: int
) -> None:
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, lathe)
    owner = QWidget()  # destroyed at teardown, taking the runner's thread pool with it
    qtbot.addWidget(owner)
    threaded = BackgroundRunner(owner, synchronous=False)
    page = DashboardPage(PageContext(db=db, actor=manager, runner=threaded))
    qtbot.addWidget(page)
    with qtbot.waitSignal(threaded.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        page.show()  # showing refreshes, off the main thread
    assert page.card("running").entry_texts()[0].startswith("ITC-0001 CNC eszterga")
