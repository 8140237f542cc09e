"""A running usage session lives in the database, not in the window: after the program is
closed and started again (a new connection to the same file) the machine is still in use, the
dashboard shows the session with its elapsed time, and F9 stops it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import usage as usage_service
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.pages.dashboard import DashboardPage
from itc_desktop.ui.pages.equipment import EquipmentPage
from itc_desktop.ui.pages.equipment_use_dialogs import StartUseDialog, StopUseDialog
from itc_desktop.ui.pages.registry import PageContext
from tests.services.equipment_support import make_equipment
from tests.ui.equipment_support import DialogDriver, row_texts


def _equipment_page(qtbot, db: Database, actor: Actor) -> EquipmentPage:
    page = EquipmentPage(PageContext(db=db, actor=actor, runner=BackgroundRunner(synchronous=True)))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_running_session_survives_a_restart_of_the_app(
    qtbot, db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001", name="CNC lathe")
    page = _equipment_page(qtbot, db, technician)
    page.select_item(lathe)
    driver = DialogDriver()

    def start(dialog: QDialog) -> None:
        assert isinstance(dialog, StartUseDialog)
        qtbot.keyClicks(dialog.job_reference, "J-2026-0042")
        qtbot.keyClick(dialog.job_reference, Qt.Key.Key_Return)

    driver.expect(start)
    page.use_action.trigger()
    driver.check()
    assert row_texts(page, "ITC-0001")["Status"] == "In use"
    # The program ends: the window closes, the connections go.
    page.close()
    db.dispose()

    again = Database(db.url)  # the same file or server database
    try:
        page = _equipment_page(qtbot, again, technician)
        assert row_texts(page, "ITC-0001")["Status"] == "In use"
        page.select_item(lathe)
        assert page.use_action.text() == "Stop use (F9)"
        dashboard = DashboardPage(
            PageContext(db=again, actor=technician, runner=BackgroundRunner(synchronous=True))
        )
        qtbot.addWidget(dashboard)
        dashboard.now = lambda: utcnow() + timedelta(hours=1)  # an hour after the start
        dashboard.show()
        assert dashboard.card("running").entry_texts() == [
            "ITC-0001 CNC lathe — Szőke Bence · J-2026-0042 · 1 h 00 min"
        ]

        def stop(dialog: QDialog) -> None:
            assert isinstance(dialog, StopUseDialog)
            qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

        driver.expect(stop)
        page.use_action.trigger()
        driver.check()
        assert row_texts(page, "ITC-0001")["Status"] == "Available"
        with again.reader() as session:
            [stopped] = usage_service.list_sessions(session, manager)
        assert stopped.stopped_at is not None and stopped.job_reference == "J-2026-0042"
    finally:
        again.dispose()
