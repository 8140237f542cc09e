"""A running usage session survives a crash of the station that started it (#12): the
process that started the machine is killed with SIGKILL (no closing, no clean-up); the program
opened again on the database shows the machine in use, the dashboard lists the session with
its elapsed time, and F9 stops it. (test_equipment_restart.py: the same after a normal exit.)"""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import usage as usage_service
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.pages.dashboard import DashboardPage
from itc_desktop.ui.pages.equipment import EquipmentPage
from itc_desktop.ui.pages.equipment_use_dialogs import StopUseDialog
from itc_desktop.ui.pages.registry import PageContext
from tests.crash_worker import forkserver, prepare_lab, read_lines, start_use_and_hang
from tests.ui.equipment_support import DialogDriver, row_texts


def test_a_running_session_survives_a_killed_station(
    qtbot, db: Database, manager: Actor, technician: Actor
) -> None:
    lab = prepare_lab(db, manager, technician)
    context = forkserver()
    reader, writer = context.Pipe(duplex=False)
    station = context.Process(
        target=start_use_and_hang, args=(lab, "ITC-2026-0001", writer), daemon=True
    )
    station.start()
    writer.close()
    try:
        lines = read_lines(reader.fileno(), time.monotonic() + 30, "usage ")
        assert lines and lines[0].startswith("usage "), lines
        usage_id = int(lines[0].split()[1])
        station.kill()  # SIGKILL, with the session running
        station.join(timeout=10)
        assert station.exitcode == -9
    finally:
        reader.close()
    db.dispose()  # this test's own connections go too: the program starts from nothing

    again = Database(db.url)
    try:
        context_ = PageContext(
            db=again, actor=technician, runner=BackgroundRunner(synchronous=True)
        )
        page = EquipmentPage(context_)
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        qtbot.waitExposed(page)
        assert row_texts(page, "ITC-0300")["Status"] == "In use"
        page.select_item(lab.machine_id)
        assert page.use_action.text() == "Stop use (F9)"
        dashboard = DashboardPage(context_)
        qtbot.addWidget(dashboard)
        dashboard.now = lambda: utcnow() + timedelta(hours=2)
        dashboard.show()
        [entry] = dashboard.card("running").entry_texts()
        assert entry.startswith("ITC-0300 Hegesztő robot / Robot za zavarivanje — Szőke Bence")
        assert "ITC-2026-0001" in entry and "2 h 00 min" in entry

        driver = DialogDriver()

        def stop(dialog: QDialog) -> None:
            assert isinstance(dialog, StopUseDialog)
            qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

        driver.expect(stop)
        page.use_action.trigger()
        driver.check()
        assert row_texts(page, "ITC-0300")["Status"] == "Available"
        with again.reader() as session:
            [stopped] = [
                row for row in usage_service.list_sessions(session, manager) if row.id == usage_id
            ]
        assert stopped.stopped_at is not None and stopped.job_reference == "ITC-2026-0001"
    finally:
        again.dispose()
