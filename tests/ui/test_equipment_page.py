"""The Equipment page driven as a user would: create through the form, calibrate, scan a tag
and press F9 to start and stop use, import a CSV with a bad row, and what a technician may
not do."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import UsageSession
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import equipment_documents as documents_service
from itc_desktop.services import job_workflow
from itc_desktop.services import settings as settings_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.settings import CenterSettings
from itc_desktop.ui.pages.equipment import EquipmentPage
from itc_desktop.ui.pages.equipment_calibration_tab import AddCalibrationDialog
from itc_desktop.ui.pages.equipment_form import NewEquipmentDialog
from itc_desktop.ui.pages.equipment_import import ImportDialog
from itc_desktop.ui.pages.equipment_use_dialogs import StartUseDialog, StopUseDialog
from tests.services.equipment_support import make_equipment, make_instrument
from tests.services.jobs_support import make_company, make_job
from tests.ui.equipment_support import DialogDriver, row_texts, selected_tags, table_texts

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def open_page(qtbot, context_for):
    def make(actor: Actor) -> EquipmentPage:
        page = EquipmentPage(context_for(actor))
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)  # shortcuts reach the active window only
        page.view.setFocus()
        return page

    return make


def _count(db: Database, actor: Actor) -> int:
    with db.reader() as session:
        return equipment_service.count_equipment(session, actor)


def _scan(qtbot, page: EquipmentPage, tag: str) -> None:
    """What a QR scanner does: types the tag into the focused search field, then Enter."""
    page.activateWindow()  # the offscreen platform does not give it back after a dialog
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_F, CTRL)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, tag)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def test_create_equipment_through_the_form_bad_value_first(
    qtbot, open_page, db: Database, admin: Actor, manager: Actor, typist
) -> None:
    make_equipment(db, manager, "ITC-0001", name="CNC lathe")
    with db.transaction(admin) as session:
        settings_service.update_center(
            session, admin, CenterSettings(name="ITC Szeged", default_currency="HUF")
        )
    page = open_page(manager)
    assert [r["Asset tag"] for r in table_texts(page)] == ["ITC-0001"]
    driver = DialogDriver()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewEquipmentDialog)
        form = dialog.form
        assert not dialog.ok_button.isEnabled()
        assert form.currency.currentText() == "HUF"  # the center's default
        qtbot.keyClicks(form.asset_tag, "itc-0001")  # taken: only the service knows
        typist(form.name, "Hidraulična presa Szőke ő")
        qtbot.keyClicks(form.hourly_rate, "4x5")
        assert "Hourly rate: not a number" in form.message.text()
        assert "c62828" in form.hourly_rate.styleSheet()
        assert not dialog.ok_button.isEnabled()
        form.hourly_rate.clear()
        qtbot.keyClicks(form.hourly_rate, "45,50")
        assert form.message.text() == ""
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        # The service refused the duplicate tag; the dialog stays open and names the field.
        assert dialog.isVisible()
        assert "Asset tag" in form.message.text()
        assert "ITC-0001 is already used by CNC lathe" in form.message.text()
        assert _count(db, manager) == 1
        form.asset_tag.clear()
        qtbot.keyClicks(form.asset_tag, "itc-0100")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(fill)
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL)
    driver.check()
    assert len(driver.seen) == 1
    assert _count(db, manager) == 2
    row = row_texts(page, "ITC-0100")
    assert row["Name"] == "Hidraulična presa Szőke ő"
    assert row["Status"] == "Available"
    assert selected_tags(page) == ["ITC-0100"]
    assert page.overview_tab.form.hourly_rate.text() == "45.50"
    assert page.overview_tab.form.currency.currentText() == "HUF"


def test_overview_edit_names_the_wrong_field_then_saves(
    qtbot, open_page, db: Database, manager: Actor
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001", location="Műhely A")
    page = open_page(manager)
    page.select_item(lathe)
    tab = page.overview_tab
    assert tab.form.location.text() == "Műhely A"
    assert not tab.save_button.isEnabled()
    tab.form.location.clear()
    qtbot.keyClicks(tab.form.location, "Hall B")
    qtbot.keyClicks(tab.form.nominal_power_kw, "abc")
    assert "Nominal power (kW): not a number" in tab.form.message.text()
    assert not tab.save_button.isEnabled()
    for _ in range(3):
        qtbot.keyClick(tab.form.nominal_power_kw, Qt.Key.Key_Backspace)
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(page, "ITC-0001")["Location"] == "Hall B"
    assert tab.form.message.text() == "Saved."
    qtbot.keyClicks(tab.form.name, " X")
    assert tab.revert_button.isEnabled()
    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)
    assert tab.form.name.text() == "CNC lathe"


def test_add_calibration_with_certificate_turns_the_badge_green(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor, tmp_path: Path, monkeypatch
) -> None:
    caliper = make_instrument(db, manager, "ITC-0100", calibrated_days_ago=400, valid_days=365)
    page = open_page(technician)  # technicians record calibrations too
    row = row_texts(page, "ITC-0100")
    assert row["Calibration"].startswith("expired ")
    page.select_item(caliper)
    page.tabs.setCurrentWidget(page.calibration_tab)
    tab = page.calibration_tab
    assert tab.model.rowCount() == 1
    assert "calibration expired on" in tab.state_label.text()
    assert not tab.override_button.isEnabled()  # a manager's call
    certificate = tmp_path / "K-2026-0099.pdf"
    certificate.write_bytes(b"%PDF-1.4\n% certificate\n")
    monkeypatch.setattr(
        "itc_desktop.ui.pages.equipment_calibration_tab.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(certificate), ""),
    )
    driver = DialogDriver()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AddCalibrationDialog)
        assert not dialog.ok_button.isEnabled()  # provider missing
        qtbot.keyClicks(dialog.provider, "MKEH Budapest")
        qtbot.keyClicks(dialog.certificate_number, "K-2026/0099")
        dialog.accredited.setChecked(True)
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
        assert dialog.file_label.text() == "K-2026-0099.pdf"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 2).data() == "MKEH Budapest"
    assert tab.model.index(0, 6).data() == "K-2026-0099.pdf"
    assert "calibrated, valid until" in tab.state_label.text()
    assert row_texts(page, "ITC-0100")["Calibration"].startswith("until ")
    with db.reader() as session:
        documents = documents_service.list_documents(session, technician, caliper)
    assert [d.file_name for d in documents] == ["K-2026-0099.pdf"]


def test_scan_tag_and_f9_start_and_stop_use(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    make_equipment(db, manager, "ITC-0001", name="CNC lathe")
    make_equipment(db, manager, "ITC-0001-B", name="Bar feeder of the lathe")
    page = open_page(technician)
    assert not page.use_action.isEnabled()  # nothing selected
    _scan(qtbot, page, "itc-0001")
    assert selected_tags(page) == ["ITC-0001"]  # not ITC-0001-B, which also contains it
    assert len(table_texts(page)) == 2
    assert page.search.selectedText() == "itc-0001"  # the next scan replaces it
    assert page.use_action.text() == "Start use (F9)"
    driver = DialogDriver()

    def start(dialog: QDialog) -> None:
        assert isinstance(dialog, StartUseDialog)
        assert dialog.focusWidget() is dialog.job_reference
        qtbot.keyClicks(dialog.job_reference, "J-2026-0042")
        qtbot.keyClick(dialog.job_reference, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "tensile specimens")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    driver.expect(start)
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    driver.check()
    assert row_texts(page, "ITC-0001")["Status"] == "In use"
    assert row_texts(page, "ITC-0001-B")["Status"] == "Available"
    assert technician.full_name in page.title.text()
    assert page.use_action.text() == "Stop use (F9)"
    with db.reader() as session:
        running = usage_service.running_sessions(session, manager)
    assert [(r.asset_tag, r.job_reference, r.purpose) for r in running] == [
        ("ITC-0001", "J-2026-0042", "tensile specimens")
    ]

    def stop(dialog: QDialog) -> None:
        assert isinstance(dialog, StopUseDialog)
        assert dialog.focusWidget() is dialog.notes
        qtbot.keyClicks(dialog.notes, "chuck jaws worn")
        qtbot.keyClicks(dialog.meter, "x")
        assert not dialog.ok_button.isEnabled()
        assert "Hour meter" in dialog.message.text()
        qtbot.keyClick(dialog.meter, Qt.Key.Key_Backspace)
        qtbot.keyClicks(dialog.meter, "1520.5")
        qtbot.keyClicks(dialog.material, "2 m Ø40 C45 bar")
        qtbot.keyClick(dialog.material, Qt.Key.Key_Return)

    driver.expect(stop)
    _scan(qtbot, page, "ITC-0001")
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    driver.check()
    assert row_texts(page, "ITC-0001")["Status"] == "Available"
    assert page.use_action.text() == "Start use (F9)"
    with db.reader() as session:
        sessions = usage_service.list_sessions(session, manager)
    assert len(sessions) == 1
    assert sessions[0].stopped_at is not None
    assert sessions[0].notes == "chuck jaws worn"
    assert sessions[0].meter_stop == Decimal("1520.5")
    assert sessions[0].material_consumed == "2 m Ø40 C45 bar"


def test_cancelled_start_dialog_starts_nothing(
    qtbot, open_page, db: Database, manager: Actor
) -> None:
    make_equipment(db, manager, "ITC-0001")
    page = open_page(manager)
    _scan(qtbot, page, "ITC-0001")
    driver = DialogDriver()
    driver.expect(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    driver.check()
    assert len(driver.seen) == 1
    assert row_texts(page, "ITC-0001")["Status"] == "Available"


def test_unknown_scan_says_nothing_matches(qtbot, open_page, db: Database, manager: Actor) -> None:
    make_equipment(db, manager, "ITC-0001")
    page = open_page(manager)
    _scan(qtbot, page, "ITC-9999")
    assert table_texts(page) == []
    assert "No equipment matches “ITC-9999”" in page.notice.text()
    assert page.count_label.text() == "0 piece(s) of equipment"


def test_technician_cannot_add_and_unqualified_start_is_refused_with_the_reason(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor, shown_boxes, monkeypatch
) -> None:
    make_equipment(db, manager, "ITC-0003", name="Fiber laser", requires_qualification=True)
    page = open_page(technician)
    assert not page.new_action.isEnabled()
    assert not page.import_action.isEnabled()
    assert page.export_action.isEnabled()
    new_button = page.toolbar.widgetForAction(page.new_action)
    assert new_button is not None and new_button.isVisible()
    assert not new_button.isEnabled()
    assert not page.toolbar.widgetForAction(page.use_action).isEnabled()  # none selected
    opened: list[str] = []
    monkeypatch.setattr(StartUseDialog, "exec", lambda self: opened.append("start") or 0)
    monkeypatch.setattr(NewEquipmentDialog, "exec", lambda self: opened.append("new") or 0)
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL)
    _scan(qtbot, page, "ITC-0003")
    assert page.toolbar.widgetForAction(page.use_action).isEnabled()  # staff use machines
    assert page.overview_tab.form.name.text() == "Fiber laser"
    assert page.overview_tab.form.name.isReadOnly()  # managers edit the record
    assert page.overview_tab.save_button.isHidden()
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    assert opened == []  # refused before asking anything
    assert [b.kind for b in shown_boxes] == ["error"]
    assert "not qualified to operate ITC-0003 Fiber laser" in shown_boxes[0].text
    assert "no qualification recorded" in shown_boxes[0].text
    assert row_texts(page, "ITC-0003")["Status"] == "Available"
    with db.reader() as session:
        assert usage_service.running_sessions(session, manager) == []


def test_lapsed_calibration_refused_until_a_manager_records_an_override(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor, shown_boxes
) -> None:
    caliper = make_instrument(db, manager, "ITC-0100", calibrated_days_ago=400, valid_days=365)
    technician_page = open_page(technician)
    _scan(qtbot, technician_page, "ITC-0100")
    qtbot.keyClick(technician_page.search, Qt.Key.Key_F9)
    assert "out of calibration" in shown_boxes[-1].text
    assert "calibration expired on" in shown_boxes[-1].text

    page = open_page(manager)
    page.select_item(caliper)
    page.tabs.setCurrentWidget(page.calibration_tab)
    tab = page.calibration_tab
    assert tab.override_button.isEnabled()
    driver = DialogDriver()

    def justify(dialog: QDialog) -> None:
        dialog.justification.setFocus()
        qtbot.keyClicks(dialog.justification, "short")
        assert not dialog.ok_button.isEnabled()
        assert "Justification: at least 10 characters" in dialog.message.text()
        qtbot.keyClicks(dialog.justification, " check against gauge block")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driver.expect(justify)
    qtbot.mouseClick(tab.override_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert tab.overrides.rowCount() == 1
    assert tab.overrides.index(0, 4).data() == "short check against gauge block"
    with db.reader() as session:
        overrides = calibration_service.list_overrides(session, manager, caliper)
    assert overrides[0].granted_by == manager.full_name

    technician_page.activateWindow()
    qtbot.waitUntil(technician_page.isActiveWindow)
    technician_page.search.setFocus()
    starts = DialogDriver()
    starts.expect(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))
    qtbot.keyClick(technician_page.search, Qt.Key.Key_F9)
    starts.check()
    assert row_texts(technician_page, "ITC-0100")["Status"] == "In use"


def test_import_csv_with_one_bad_row_lists_it_and_writes_nothing(
    qtbot, open_page, db: Database, manager: Actor, tmp_path: Path, monkeypatch
) -> None:
    make_equipment(db, manager, "ITC-0001")
    make_equipment(db, manager, "ITC-0002", name="Press brake")
    page = open_page(manager)
    assert page.proxy.rowCount() == 2
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "asset_tag;name;category;hourly_rate\n"
        "ITC-0050;Saw;machine_tool;12,5\n"
        "ITC-0051;Oven;spaceship;abc\n"
        "ITC-0052;Grinder;machine_tool;3\n",
        encoding="utf-8-sig",
    )
    good = tmp_path / "good.csv"
    good.write_text(
        "asset_tag,name,category\nITC-0050,Saw,machine_tool\nITC-0051,Kemence Ђ,furnace\n",
        encoding="utf-8",
    )
    chosen = [bad]
    monkeypatch.setattr(
        "itc_desktop.ui.pages.equipment_import.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(chosen[0]), ""),
    )
    driver = DialogDriver()
    shown: dict[str, object] = {}

    def import_bad(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        shown["errors"] = dialog.error_texts()
        shown["message"] = dialog.message.text()
        shown["table visible"] = dialog.view.isVisible()
        dialog.reject()

    driver.expect(import_bad)
    page.import_action.trigger()
    driver.check()
    assert shown["errors"] == [
        (
            "3",
            "category",
            "unknown category 'spaceship' (one of machine_tool, testing_machine, "
            "measuring_instrument, furnace, welding, additive_manufacturing, other)",
        ),
        ("3", "hourly_rate", "not a number: 'abc'"),
    ]
    assert "Nothing was imported: 2 problem(s)" in str(shown["message"])
    assert shown["table visible"] is True
    assert page.proxy.rowCount() == 2
    assert _count(db, manager) == 2

    chosen[0] = good

    def import_good(dialog: QDialog) -> None:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        shown["message"] = dialog.message.text()
        shown["errors"] = dialog.error_texts()
        dialog.accept()

    driver.expect(import_good)
    page.import_action.trigger()
    driver.check()
    assert shown["errors"] == []
    assert shown["message"] == "2 piece(s) of equipment imported."
    assert page.proxy.rowCount() == 4
    assert row_texts(page, "ITC-0051")["Name"] == "Kemence Ђ"
    assert page.count_label.text() == "4 piece(s) of equipment"


def test_started_on_the_equipment_page_shows_on_the_dashboard_and_leads_back(
    qtbot, open_window, db: Database, manager: Actor, technician: Actor
) -> None:
    make_equipment(db, manager, "ITC-0001", name="CNC lathe")
    make_equipment(db, manager, "ITC-0002", name="Press brake")
    window = open_window(technician)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("equipment")
    page = window.page_widget("equipment")
    assert isinstance(page, EquipmentPage)
    page.view.setFocus()
    driver = DialogDriver()
    driver.expect(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))
    _scan(qtbot, page, "ITC-0001")
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    driver.check()
    assert row_texts(page, "ITC-0001")["Status"] == "In use"

    window.show_page("dashboard")
    dashboard = window.page_widget("dashboard")
    running = dashboard.card("running")  # type: ignore[attr-defined]
    assert running.entry_texts() == [f"ITC-0001 CNC lathe — {technician.full_name} · 0 min"]
    page.search.clear()
    page.view.clearSelection()
    item = running.list.item(0)
    rect = running.list.visualItemRect(item)
    qtbot.mouseClick(running.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "equipment"
    assert selected_tags(page) == ["ITC-0001"]
    assert page.use_action.text() == "Stop use (F9)"
    # The cleared search applies after its typing pause (not after the test's database is
    # gone): both machines listed again.
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    assert sorted(row["Asset tag"] for row in table_texts(page)) == ["ITC-0001", "ITC-0002"]


@pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)  # the completer popup offscreen
def test_start_offers_the_open_jobs_and_links_the_session_to_the_chosen_one(
    qtbot, open_page, db: Database, manager: Actor, technician: Actor
) -> None:
    make_equipment(db, manager, "ITC-0001", name="CNC lathe")
    company = make_company(db, manager, name="Bačka Metal d.o.o.", country="RS",
                           tax_number="104052135")  # fmt: skip
    job = make_job(db, manager, company, title="Flange prototype")
    closed = make_job(db, manager, company, title="Withdrawn bracket")
    with db.transaction(manager) as session:
        job_workflow.change_status(
            session, manager, closed.id, "cancelled", internal_note="Customer withdrew"
        )
    page = open_page(technician)
    _scan(qtbot, page, "ITC-0001")
    driver = DialogDriver()
    seen: dict[str, object] = {}

    def start(dialog: QDialog) -> None:
        assert isinstance(dialog, StartUseDialog)
        assert not dialog.job_hint.isVisible()
        completer = dialog.job_reference.completer()
        seen["offered"] = completer.model().stringList()
        qtbot.keyClicks(dialog.job_reference, "PO 4711")
        seen["free"] = dialog.job_hint.text()
        dialog.job_reference.clear()
        qtbot.keyClicks(dialog.job_reference, job.reference.lower())
        seen["linked"] = dialog.job_hint.text()
        dialog.job_reference.completer().popup().hide()
        qtbot.keyClick(dialog.job_reference, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    driver.expect(start)
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    driver.check()
    assert seen["offered"] == [job.reference]  # open jobs only
    assert seen["free"] == "Not an open job of the lab: kept as a free reference."
    assert seen["linked"] == "Flange prototype — Bačka Metal d.o.o."
    assert row_texts(page, "ITC-0001")["Status"] == "In use"
    with db.reader() as session:
        [running] = usage_service.running_sessions(session, manager)
        usage = session.get(UsageSession, running.id)
        assert usage is not None
        assert (usage.job_id, usage.job_reference) == (job.id, job.reference)
