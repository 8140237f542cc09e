"""Closing what was opened, from the Equipment page's detail tabs: a manager revokes a
calibration override (Calibration tab), and open maintenance work is finished (Maintenance
tab), each driven as a user with the refusals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.models.base import utcnow
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.calibration import OutOfCalibration
from itc_desktop.ui.pages.equipment import EquipmentPage
from itc_desktop.ui.pages.equipment_calibration_tab import CalibrationTab
from itc_desktop.ui.pages.equipment_maintenance_tab import FinishMaintenanceDialog, MaintenanceTab
from tests.services.equipment_support import hours_ago, lab_today, make_equipment, make_instrument
from tests.ui.equipment_support import DialogDriver, row_texts
from tests.ui.keyboard import type_text


@pytest.fixture
def open_page(qtbot, context_for):
    def make(actor: Actor) -> EquipmentPage:
        page = EquipmentPage(context_for(actor))
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def _status(db: Database, actor: Actor, equipment_id: int) -> str:
    with db.reader() as session:
        return equipment_service.get_equipment(session, actor, equipment_id).status


# -- Calibration tab: revoke an override ------------------------------------------------------


def _override_row(tab: CalibrationTab, override_id: int) -> int:
    return next(
        row
        for row in range(tab.overrides.rowCount())
        if tab.overrides.record_at(row).id == override_id
    )


def _calibration_tab(page: EquipmentPage, equipment_id: int) -> CalibrationTab:
    page.select_item(equipment_id)
    page.tabs.setCurrentWidget(page.calibration_tab)
    return page.calibration_tab


def _answer(button: QMessageBox.StandardButton, questions: list[str]):
    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        questions.append(dialog.text())
        dialog.button(button).click()

    return drive


def test_manager_revokes_an_override_and_the_instrument_is_refused_again(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    caliper = make_instrument(db, manager, "ITC-0100", calibrated_days_ago=400, valid_days=365)
    today = lab_today(db)
    with db.transaction(manager) as session:
        earlier = calibration_service.grant_override(
            session,
            manager,
            caliper,
            justification="Cross-checked against gauge block K-17.",
            valid_from=today,
        )
        calibration_service.revoke_override(session, manager, earlier)
        standing = calibration_service.grant_override(
            session,
            manager,
            caliper,
            justification="Recalibration booked; checked daily against K-17.",
            valid_from=today,
            valid_until=today + timedelta(days=7),
        )
    with db.transaction(technician) as session:  # the override allows use now
        assert (
            calibration_service.check_instrument_usable(session, caliper, utcnow(), technician)
            is not None
        )

    # A technician sees the overrides but may not revoke one.
    tech_page = open_page(technician)
    tech_tab = _calibration_tab(tech_page, caliper)
    tech_tab.overrides_view.selectRow(_override_row(tech_tab, standing))
    assert not tech_tab.revoke_button.isEnabled()
    assert tech_tab.revoke_button.toolTip() == "Only a manager can revoke an override."

    page = open_page(manager)
    tab = _calibration_tab(page, caliper)
    assert not tab.revoke_button.isEnabled()  # nothing selected
    tab.overrides_view.selectRow(_override_row(tab, earlier))
    assert not tab.revoke_button.isEnabled()  # already revoked
    row = _override_row(tab, standing)
    tab.overrides_view.selectRow(row)
    assert tab.overrides.index(row, 3).data() == "in force"
    assert tab.revoke_button.isEnabled()
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))

    # Saying No keeps it.
    questions: list[str] = []
    driver = DialogDriver()
    driver.expect(_answer(QMessageBox.StandardButton.No, questions))
    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert questions == [
        f"Revoke the override valid from {today} to {today + timedelta(days=7)}? The instrument "
        "can no longer be used under it; sessions and results that already used it keep it."
    ]
    assert changes == []
    with db.reader() as session:
        kept = calibration_service.list_overrides(session, manager, caliper)
    assert next(o for o in kept if o.id == standing).revoked_at is None

    driver.expect(_answer(QMessageBox.StandardButton.Yes, questions))
    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert changes == [True]
    row = _override_row(tab, standing)
    assert tab.overrides.index(row, 3).data() == f"revoked {utcnow().date()}"
    tab.overrides_view.selectRow(row)
    assert not tab.revoke_button.isEnabled()
    with db.reader() as session:
        revoked = calibration_service.list_overrides(session, manager, caliper)
        audit = session.execute(
            select(AuditEntry.username, AuditEntry.action, AuditEntry.changes).where(
                AuditEntry.table_name == "calibration_overrides",
                AuditEntry.row_id == str(standing),
            )
        ).all()
    assert next(o for o in revoked if o.id == standing).revoked_at is not None
    assert [(name, action) for name, action, _c in audit] == [
        ("manager", "insert"),
        ("manager", "update"),
    ]
    assert "revoked_at" in audit[1][2]
    # Use is refused again, with the reason.
    with db.transaction(technician) as session, pytest.raises(OutOfCalibration) as caught:
        usage_service.start_use(session, technician, caliper)
    assert "ITC-0100" in str(caught.value) and "calibration expired on" in str(caught.value)


def test_a_technician_forcing_a_revoke_is_refused_by_the_service(
    qtbot, context_for, db: Database, manager: Actor, technician: Actor, shown_boxes, monkeypatch
) -> None:
    caliper = make_instrument(db, manager, "ITC-0100", calibrated_days_ago=400, valid_days=365)
    with db.transaction(manager) as session:
        calibration_service.grant_override(
            session,
            manager,
            caliper,
            justification="Checked against the reference set today.",
            valid_from=lab_today(db),
        )
    tab = CalibrationTab(context_for(technician))
    qtbot.addWidget(tab)
    tab.show()
    tab.set_equipment(caliper)
    tab.overrides_view.selectRow(0)
    assert not tab.revoke_button.isEnabled()
    # The button is only a convenience: the service is the protection.
    monkeypatch.setattr(tab, "confirm_revoke", lambda row: True)
    tab.on_revoke()
    assert [box.kind for box in shown_boxes] == ["error"]
    assert "may not do this" in shown_boxes[0].text
    with db.reader() as session:
        assert calibration_service.list_overrides(session, manager, caliper)[0].revoked_at is None


# -- Maintenance tab: finish open work ------------------------------------------------------


def _maintenance_tab(page: EquipmentPage, equipment_id: int) -> MaintenanceTab:
    page.select_item(equipment_id)
    page.tabs.setCurrentWidget(page.maintenance_tab)
    return page.maintenance_tab


def _set_local(dialog: FinishMaintenanceDialog, at: datetime) -> None:
    local = at.astimezone(dialog.zone)
    dialog.ended.setDateTime(QDateTime(local.date(), local.time().replace(second=0)))


def test_finish_open_maintenance_and_the_equipment_is_available_again(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    cmm = make_equipment(db, manager, "ITC-0010", name="CMM", nominal_power_kw=None)
    with db.transaction(technician) as session:
        open_id = maintenance_service.record_maintenance(
            session,
            technician,
            cmm,
            kind="corrective",
            started_at=hours_ago(5),
            description="Probe head replacement",
            external_company="Zeiss Hungária Kft.",
        )
        # A later, finished piece of work: listed first, newest first.
        maintenance_service.record_maintenance(
            session,
            technician,
            cmm,
            kind="preventive",
            started_at=hours_ago(2),
            ended_at=hours_ago(1),
            description="Air bearings cleaned",
        )
    assert _status(db, manager, cmm) == "maintenance"
    page = open_page(technician)
    tab = _maintenance_tab(page, cmm)
    assert row_texts(page, "ITC-0010")["Status"] == "Maintenance"
    assert tab.state_label.text() == "Under maintenance"
    assert tab.records_model.index(1, 2).data() == "open"
    # The open work is selected to begin with; a finished one cannot be finished again.
    assert tab.selected_record().id == open_id
    assert tab.finish_button.isEnabled()
    tab.records_view.selectRow(0)
    assert not tab.finish_button.isEnabled()
    tab.records_view.selectRow(1)
    assert tab.finish_button.isEnabled()

    driver = DialogDriver()

    def finish(dialog: QDialog) -> None:
        assert isinstance(dialog, FinishMaintenanceDialog)
        assert "Corrective since" in dialog.summary.text()
        assert "Probe head replacement" in dialog.summary.text()
        assert dialog.note.text() == ""  # not blocking
        assert dialog.ok_button.isEnabled()  # now, by default
        _set_local(dialog, datetime.now(UTC) - timedelta(hours=6))
        assert dialog.message.text() == "End: must be after the start"
        assert not dialog.ok_button.isEnabled()
        _set_local(dialog, datetime.now(UTC) + timedelta(days=1))
        assert dialog.message.text() == "End: cannot be in the future"
        assert not dialog.ok_button.isEnabled()
        _set_local(dialog, datetime.now(UTC) - timedelta(minutes=30))
        assert dialog.ok_button.isEnabled() and dialog.message.text() == ""
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(finish)
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert _status(db, manager, cmm) == "available"
    assert row_texts(page, "ITC-0010")["Status"] == "Available"
    assert tab.state_label.text() == ""
    ended = tab.records_model.index(1, 2).data()
    assert ended.endswith(" h)") and ("(4.5 h)" in ended or "(4.4 h)" in ended)
    assert not tab.finish_button.isEnabled()  # nothing open any more
    with db.reader() as session:
        finished = next(
            r for r in maintenance_service.list_records(session, manager, cmm) if r.id == open_id
        )
    assert finished.ended_at is not None
    assert timedelta(hours=4.4) < finished.downtime < timedelta(hours=4.6)  # type: ignore[operator]
    with db.transaction(technician) as session:  # usable again
        usage_service.start_use(session, technician, cmm)


def test_finishing_a_blocking_incident_keeps_it_out_of_service(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    welder = make_equipment(db, manager, "ITC-0006", name="MIG welder")
    with db.transaction(technician) as session:
        maintenance_service.record_maintenance(
            session,
            technician,
            welder,
            kind="incident",
            blocking=True,
            started_at=hours_ago(3),
            description="Wire feeder motor overheats",
        )
    page = open_page(technician)
    tab = _maintenance_tab(page, welder)
    assert tab.finish_button.isEnabled()
    driver = DialogDriver()

    def finish(dialog: QDialog) -> None:
        assert isinstance(dialog, FinishMaintenanceDialog)
        assert "stays out of service until a manager returns it" in dialog.note.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(finish)
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert _status(db, manager, welder) == "out_of_service"
    assert "Out of service" in tab.state_label.text()
    assert not tab.finish_button.isEnabled()
    manager_page = open_page(manager)
    manager_tab = _maintenance_tab(manager_page, welder)
    assert manager_tab.return_button.isEnabled()


def test_finishing_work_someone_else_just_finished_is_refused_in_the_dialog(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    cmm = make_equipment(db, manager, "ITC-0010", name="CMM")
    with db.transaction(technician) as session:
        record_id = maintenance_service.record_maintenance(
            session,
            technician,
            cmm,
            kind="corrective",
            started_at=hours_ago(2),
            description="Probe head replacement",
        )
    page = open_page(technician)
    tab = _maintenance_tab(page, cmm)
    driver = DialogDriver()

    def finish_twice(dialog: QDialog) -> None:
        with db.transaction(manager) as session:  # another station, a moment earlier
            maintenance_service.finish_maintenance(session, manager, record_id, hours_ago(1))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.message.text() == "This maintenance work has already ended."
        dialog.reject()

    driver.expect(finish_twice)
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)
    driver.check()
    with db.reader() as session:
        row = maintenance_service.list_records(session, manager, cmm)[0]
    assert row.ended_at is not None  # the other station's end stands, one hour ago
    assert abs(row.ended_at - hours_ago(1)) < timedelta(minutes=1)


def test_maintenance_done_by_another_staff_member_with_a_company(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    """Who did the work: a staff member other than the one recording it, and/or a company."""
    mill = make_equipment(db, manager, "ITC-0002", name="5-axis milling centre")
    page = open_page(technician)
    tab = _maintenance_tab(page, mill)
    driver = DialogDriver()

    def record(dialog: QDialog) -> None:
        choices = [dialog.performed_by.itemText(i) for i in range(dialog.performed_by.count())]
        assert choices[0] == "(you, or the company below)"
        assert {manager.full_name, technician.full_name} <= set(choices[1:])
        dialog.kind.setCurrentIndex(dialog.kind.findData("corrective"))
        dialog.performed_by.setCurrentIndex(dialog.performed_by.findData(manager.id))
        qtbot.keyClicks(dialog.description, "Spindle bearing replaced")
        type_text(dialog.external_company, "Hermle Magyarország Kft.")
        qtbot.keyClicks(dialog.cost, "1480,50")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(record)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert tab.record_detail.text() == (
        f"Corrective · by {manager.full_name}, Hermle Magyarország Kft. · 1480.50 EUR · "
        f"recorded by {technician.full_name}\nSpindle bearing replaced"
    )
    with db.reader() as session:
        row = maintenance_service.list_records(session, manager, mill)[0]
    assert (row.performed_by, row.external_company, row.recorded_by) == (
        manager.full_name,
        "Hermle Magyarország Kft.",
        technician.full_name,
    )
    assert _status(db, manager, mill) == "available"  # finished work: no downtime now
