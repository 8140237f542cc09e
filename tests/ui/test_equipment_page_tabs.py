"""The Equipment page's Maintenance tab, filters, export and label printing, and the way the
dashboard leads to one equipment (the page's own tabs; the Usage, Operators and Documents
tabs have their own tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.ui.pages.equipment import EquipmentPage
from itc_desktop.ui.pages.equipment_maintenance_tab import (
    NewPlanDialog,
    RecordMaintenanceDialog,
    ReturnToServiceDialog,
)
from tests.services.equipment_support import make_equipment, make_instrument
from tests.ui.equipment_support import DialogDriver, row_texts, selected_tags, table_texts


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


def test_blocking_incident_takes_it_out_of_service_until_a_manager_returns_it(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    welder = make_equipment(db, manager, "ITC-0005", name="MIG welder")
    page = open_page(technician)
    page.select_item(welder)
    page.tabs.setCurrentWidget(page.maintenance_tab)
    tab = page.maintenance_tab
    assert tab.record_button.isEnabled()
    assert not tab.return_button.isEnabled()
    driver = DialogDriver()

    def incident(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordMaintenanceDialog)
        assert not dialog.blocking.isEnabled()  # only incidents block
        dialog.kind.setCurrentIndex(dialog.kind.findData("incident"))
        assert dialog.blocking.isEnabled()
        dialog.blocking.setChecked(True)
        assert not dialog.finished.isChecked()  # open until returned to service
        qtbot.keyClicks(dialog.description, "wire feeder jammed, smell of burning")
        qtbot.keyClicks(dialog.cost, "12x")
        assert "Cost: not a number" in dialog.message.text()
        assert not dialog.ok_button.isEnabled()
        dialog.cost.clear()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(incident)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert row_texts(page, "ITC-0005")["Status"] == "Out of service"
    assert "Out of service" in tab.state_label.text()
    assert tab.records_model.rowCount() == 1
    assert tab.records_model.index(0, 3).data() == "wire feeder jammed, smell of burning"
    assert tab.record_detail.text() == (
        f"Incident · by {technician.full_name} · recorded by {technician.full_name}\n"
        "wire feeder jammed, smell of burning"
    )
    assert tab.records_model.index(0, 2).data() == "open"
    assert not tab.return_button.isEnabled()  # the technician may not

    manager_page = open_page(manager)
    manager_page.select_item(welder)
    manager_page.tabs.setCurrentWidget(manager_page.maintenance_tab)
    manager_tab = manager_page.maintenance_tab
    assert manager_tab.return_button.isEnabled()

    def give_back(dialog: QDialog) -> None:
        assert isinstance(dialog, ReturnToServiceDialog)
        assert not dialog.ok_button.isEnabled()  # a note is required
        qtbot.keyClicks(dialog.note, "feeder rollers replaced, test weld ok")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(give_back)
    qtbot.mouseClick(manager_tab.return_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert row_texts(manager_page, "ITC-0005")["Status"] == "Available"
    assert manager_tab.records_model.index(0, 2).data().endswith(" h)")  # ended: downtime
    assert not manager_tab.return_button.isEnabled()


def test_manager_creates_a_plan_and_sees_the_next_due_date(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    technician_page = open_page(technician)
    technician_page.select_item(lathe)
    technician_page.tabs.setCurrentWidget(technician_page.maintenance_tab)
    assert not technician_page.maintenance_tab.plan_button.isEnabled()

    page = open_page(manager)
    page.select_item(lathe)
    page.tabs.setCurrentWidget(page.maintenance_tab)
    tab = page.maintenance_tab
    assert tab.plan_button.isEnabled()
    driver = DialogDriver()

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPlanDialog)
        qtbot.keyClicks(dialog.description, "Spindle lubrication")
        assert "Interval: give every N days" in dialog.message.text()
        qtbot.keyClicks(dialog.interval_days, "-5")
        assert "Every N days: a whole number above zero" in dialog.message.text()
        assert not dialog.ok_button.isEnabled()
        dialog.interval_days.clear()
        qtbot.keyClicks(dialog.interval_days, "90")
        qtbot.keyClicks(dialog.interval_hours, "250,5")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(plan)
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    driver.check()
    model = tab.plans_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Spindle lubrication"
    assert model.index(0, 1).data() == "90"
    assert model.index(0, 2).data() == "250.5"
    assert len(model.index(0, 4).data()) == 10  # YYYY-MM-DD
    assert model.index(0, 5).data() == "250.5"  # hours left: nothing used yet
    assert model.index(0, 6).data() == "ok"
    with db.reader() as session:
        plans = maintenance_service.list_plans(session, manager, lathe)
    assert [p.description for p in plans] == ["Spindle lubrication"]


def test_filters_search_and_sorting(qtbot, open_page, db: Database, manager: Actor, typist) -> None:
    make_equipment(db, manager, "ITC-0001", name="CNC lathe", location="Műhely A")
    make_equipment(db, manager, "ITC-0002", name="Press brake", location="Hall B")
    make_instrument(db, manager, "ITC-0100", calibrated_days_ago=400, valid_days=365)  # Műhely A
    page = open_page(manager)
    assert len(table_texts(page)) == 3
    page.category.setCurrentIndex(page.category.findData("measuring_instrument"))
    assert [r["Asset tag"] for r in table_texts(page)] == ["ITC-0100"]
    page.category.setCurrentIndex(0)
    typist(page.search, "műhely")
    assert len(table_texts(page)) == 3  # not yet: applied after a short pause
    qtbot.waitUntil(lambda: len(table_texts(page)) == 2)
    assert [r["Asset tag"] for r in table_texts(page)] == ["ITC-0001", "ITC-0100"]
    page.search.clear()
    qtbot.waitUntil(lambda: len(table_texts(page)) == 3)
    page.status.setCurrentIndex(page.status.findData("in_use"))
    assert table_texts(page) == []
    assert page.count_label.text() == "0 piece(s) of equipment"
    page.status.setCurrentIndex(0)
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(1) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [r["Name"] for r in table_texts(page)]
    assert names in (sorted(names), sorted(names, reverse=True))
    assert names != ["CNC lathe", "Press brake", "Digital caliper 0–150 mm"]


def test_dashboard_link_selects_equipment_hidden_by_the_filters(
    qtbot, open_page, db: Database, manager: Actor
) -> None:
    make_equipment(db, manager, "ITC-0001")
    press = make_equipment(db, manager, "ITC-0002", name="Press brake")
    page = open_page(manager)
    qtbot.keyClicks(page.search, "ITC-0001")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert selected_tags(page) == ["ITC-0001"]
    page.select_item(press)
    assert selected_tags(page) == ["ITC-0002"]
    assert page.search.text() == ""
    assert "Press brake" in page.title.text()


def test_export_csv_and_print_labels_of_the_selected_rows(
    qtbot, open_page, db: Database, manager: Actor, tmp_path: Path, monkeypatch
) -> None:
    make_equipment(db, manager, "ITC-0001", name="CNC eszterga ő")
    make_equipment(db, manager, "ITC-0002", name="Presa Đ")
    make_equipment(db, manager, "ITC-0003", name="Saw")
    page = open_page(manager)
    targets = iter([tmp_path / "list.csv", tmp_path / "labels.pdf"])
    monkeypatch.setattr(
        "itc_desktop.ui.pages.equipment.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(next(targets)), ""),
    )
    page.export_action.trigger()
    text = (tmp_path / "list.csv").read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("asset_tag,name,category")
    assert "CNC eszterga ő" in text and "Presa Đ" in text
    assert "list.csv" in page.notice.text()

    page.view.selectRow(0)
    page.view.selectionModel().select(
        page.proxy.index(2, 0),
        page.view.selectionModel().SelectionFlag.Select
        | page.view.selectionModel().SelectionFlag.Rows,
    )
    assert selected_tags(page) == ["ITC-0001", "ITC-0003"]
    assert "2 pieces of equipment selected" in page.title.text()
    assert not page.use_action.isEnabled()  # start/stop is for one at a time
    page.labels_action.trigger()
    reader = PdfReader(tmp_path / "labels.pdf")
    content = "".join(p.extract_text() for p in reader.pages)
    assert "ITC-0001" in content and "ITC-0003" in content
    assert "ITC-0002" not in content


def test_failed_export_names_the_file(
    qtbot, open_page, db: Database, manager: Actor, tmp_path: Path, monkeypatch
) -> None:
    make_equipment(db, manager, "ITC-0001")
    page = open_page(manager)
    target = tmp_path / "missing-folder" / "list.csv"
    monkeypatch.setattr(
        "itc_desktop.ui.pages.equipment.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    page.export_action.trigger()
    assert f"Cannot write {target}" in page.notice.text()
