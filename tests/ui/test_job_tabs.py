"""The Steps, Specimens and Costs tabs of a job, driven as a user: buttons clicked, dialogs
filled, cell and label texts read back."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from itc_desktop.db import Actor, Database
from itc_desktop.demo import DEMO_ACCOUNTS, fill_demo
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import job_costs as cost_service
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services import users as user_service
from itc_desktop.services.bookings import BookingFilter
from itc_desktop.services.job_costs import MaterialCostInput
from itc_desktop.services.job_steps import StepInput
from itc_desktop.services.jobs import JobFilter
from itc_desktop.ui.pages.job_cost_dialogs import MaterialDialog
from itc_desktop.ui.pages.job_costs_tab import CostLinesModel, CostsTab, MaterialsTableModel
from itc_desktop.ui.pages.job_specimens_tab import (
    SpecimenDialog,
    SpecimensTab,
    SpecimensTableModel,
)
from itc_desktop.ui.pages.job_step_dialogs import LinkUsageDialog, StepDialog, UsageLinesModel
from itc_desktop.ui.pages.job_steps_tab import StepBookingsModel, StepsTab, StepsTableModel
from itc_desktop.ui.pages.job_tab_support import money_text, parse_number
from itc_desktop.ui.pages.registry import PageContext
from tests.services.jobs_support import log_usage, make_company, make_equipment, make_job
from tests.ui.keyboard import type_text

ContextFor = Callable[[Actor], PageContext]
LEFT = Qt.MouseButton.LeftButton


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def _column(model, column: int) -> list[str]:
    return [_cell(model, row, column) for row in range(model.rowCount())]


def _copy(model):
    """The same rows in a model without a parent: the tester outlives the tab's widgets."""
    copy = type(model)()
    for name in ("time_zone", "currency", "step_numbers"):
        if hasattr(model, name):
            setattr(copy, name, getattr(model, name))
    copy.set_rows(model.rows())
    return copy


def _show(qtbot, tab, job_id: int | None):
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    tab.set_job(job_id)
    return tab


@pytest.fixture
def job(db: Database, manager: Actor):
    return make_job(db, manager, make_company(db, manager), quoted_price=Decimal("1200.00"))


@pytest.fixture
def lathe(db: Database, manager: Actor) -> int:
    return make_equipment(db, manager, "ITC-0001", Decimal("60.00"))


def _add_step(db: Database, actor: Actor, job_id: int, text: str, equipment: int | None) -> int:
    with db.transaction(actor) as session:
        return step_service.add_step(
            session, actor, job_id, StepInput(text, equipment_id=equipment)
        )


def _deliver(db: Database, manager: Actor, job_id: int) -> None:
    with db.transaction(manager) as session:
        for status in ("quoted", "approved", "in_progress", "testing", "completed", "delivered"):
            workflow.change_status(session, manager, job_id, status)


# -- Steps -----------------------------------------------------------------------------------


def test_two_steps_planned_through_the_dialog_and_reordered(
    qtbot, monkeypatch, db: Database, context_for: ContextFor, manager: Actor, job, lathe: int
) -> None:
    tab = _show(qtbot, StepsTab(context_for(manager)), job.id)
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))
    assert tab.model.rowCount() == 0
    assert tab.add_button.isEnabled() and not tab.edit_button.isEnabled()
    refusals: list[str] = []

    def plan(description: str, hours: str, equipment: int | None) -> Callable[[StepDialog], int]:
        def drive(dialog: StepDialog) -> int:
            type_text(dialog.description, description)
            dialog.equipment.setCurrentIndex(dialog.equipment.findData(equipment))
            dialog.planned_hours.clear()
            qtbot.keyClicks(dialog.planned_hours, "-2")
            refusals.append(dialog.message.text())
            assert not dialog.ok_button.isEnabled()  # checked as typed
            dialog.planned_hours.clear()
            qtbot.keyClicks(dialog.planned_hours, hours)
            assert dialog.ok_button.isEnabled()
            qtbot.mouseClick(dialog.ok_button, LEFT)
            return dialog.result()

        return drive

    monkeypatch.setattr(StepDialog, "exec", plan("Esztergálás — tengely Ø40", "3,5", lathe))
    qtbot.mouseClick(tab.add_button, LEFT)
    monkeypatch.setattr(StepDialog, "exec", plan("Mérés és jegyzőkönyv", "1.25", None))
    qtbot.mouseClick(tab.add_button, LEFT)

    assert refusals == ["Planned hours: zero or more"] * 2
    assert changes == [True, True]
    model = tab.model
    assert _column(model, StepsTableModel.SEQUENCE) == ["1", "2"]
    assert _column(model, StepsTableModel.DESCRIPTION) == [
        "Esztergálás — tengely Ø40",
        "Mérés és jegyzőkönyv",
    ]
    assert _column(model, StepsTableModel.EQUIPMENT) == ["Machine ITC-0001", ""]
    assert _column(model, StepsTableModel.PLANNED) == ["3.50", "1.25"]
    assert _column(model, StepsTableModel.ACTUAL) == ["0.00", "0.00"]
    assert _column(model, StepsTableModel.STATUS) == ["planned", "planned"]
    # The new step is the selected one: it is last, so it can move up but not down.
    assert tab.selected_step().description == "Mérés és jegyzőkönyv"
    assert tab.up_button.isEnabled() and not tab.down_button.isEnabled()

    qtbot.mouseClick(tab.up_button, LEFT)
    assert _column(model, StepsTableModel.DESCRIPTION) == [
        "Mérés és jegyzőkönyv",
        "Esztergálás — tengely Ø40",
    ]
    assert _column(model, StepsTableModel.SEQUENCE) == ["1", "2"]
    assert tab.selected_step().description == "Mérés és jegyzőkönyv"  # follows the move
    assert not tab.up_button.isEnabled() and tab.down_button.isEnabled()
    with db.reader() as session:
        stored = step_service.list_steps(session, manager, job.id)
    assert [(s.sequence, s.description) for s in stored] == [
        (1, "Mérés és jegyzőkönyv"),
        (2, "Esztergálás — tengely Ø40"),
    ]

    # Edit through the dialog: it opens with the step's values.
    def edit(dialog: StepDialog) -> int:
        assert dialog.description.text() == "Mérés és jegyzőkönyv"
        assert dialog.planned_hours.text() == "1.25"
        dialog.equipment.setCurrentIndex(dialog.equipment.findData(lathe))
        dialog.planned_hours.setText("2")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(StepDialog, "exec", edit)
    qtbot.mouseClick(tab.edit_button, LEFT)
    assert _cell(model, 0, StepsTableModel.PLANNED) == "2.00"
    assert _cell(model, 0, StepsTableModel.EQUIPMENT) == "Machine ITC-0001"
    assert tab.summary.text().startswith("2 step(s): 5.50 h planned, 0.00 h used")


def test_step_status_set_and_a_step_without_equipment_offers_no_link(
    qtbot, db: Database, context_for: ContextFor, manager: Actor, technician: Actor, job, lathe
) -> None:
    _add_step(db, manager, job.id, "Turning", lathe)
    _add_step(db, manager, job.id, "Report", None)
    tab = _show(qtbot, StepsTab(context_for(technician)), job.id)
    # A technician works on the steps but does not plan them.
    assert not tab.add_button.isEnabled() and not tab.remove_button.isEnabled()
    assert not tab.up_button.isEnabled() and not tab.down_button.isEnabled()
    assert tab.status_button.isEnabled() and tab.link_button.isEnabled()
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("in_progress"))
    qtbot.mouseClick(tab.status_button, LEFT)
    assert _cell(tab.model, 0, StepsTableModel.STATUS) == "in progress"
    tab.view.selectRow(1)
    assert tab.status_combo.currentData() == "planned"  # the combo follows the selection
    assert not tab.link_button.isEnabled()  # no equipment: nothing to link from


def test_linking_a_usage_session_shows_the_actual_hours(
    qtbot,
    monkeypatch,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician: Actor,
    job,
    lathe: int,
) -> None:
    turning = _add_step(db, manager, job.id, "Turning", lathe)
    _add_step(db, manager, job.id, "Milling", lathe)
    start = datetime(2026, 11, 20, 8, tzinfo=UTC)
    free = log_usage(db, technician, lathe, 2.5, job_id=None, start=start)
    log_usage(db, technician, lathe, 1.0, job_id=None, start=start + timedelta(days=1))
    other_job = make_job(db, manager, make_company(db, manager, "Čelik d.o.o.", "RS", "101134702"))
    log_usage(db, technician, lathe, 4.0, job_id=other_job.id, start=start - timedelta(days=1))

    tab = _show(qtbot, StepsTab(context_for(technician)), job.id)
    assert tab.selected_step().id == turning
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))
    offered: list[list[str]] = []

    def link(dialog: LinkUsageDialog) -> int:
        offered.append(_column(dialog.model, UsageLinesModel.HOURS))
        assert not dialog.ok_button.isEnabled()  # nothing chosen yet
        assert dialog.select_session(free)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(LinkUsageDialog, "exec", link)
    qtbot.mouseClick(tab.link_button, LEFT)

    assert offered == [["1.00", "2.50"]]  # newest first; the other job's session is not offered
    assert changes == [True]
    assert _cell(tab.model, 0, StepsTableModel.ACTUAL) == "2.50"
    assert _cell(tab.model, 1, StepsTableModel.ACTUAL) == "0.00"
    assert tab.usage_model.rowCount() == 1
    assert _cell(tab.usage_model, 0, UsageLinesModel.HOURS) == "2.50"
    assert _cell(tab.usage_model, 0, UsageLinesModel.OPERATOR) == technician.full_name
    assert tab.detail_tabs.tabText(0) == "Usage sessions of the step (1)"
    tab.view.selectRow(1)
    assert tab.usage_model.rowCount() == 0  # the other step has none

    # Taken off the step again: it stays on the job, on no step.
    tab.view.selectRow(0)
    tab.usage_view.selectRow(0)
    qtbot.mouseClick(tab.unlink_button, LEFT)
    assert _cell(tab.model, 0, StepsTableModel.ACTUAL) == "0.00"
    assert "2.50 h booked to the job on no step" in tab.summary.text()


def test_removing_a_step_with_usage_is_refused_and_shown(
    qtbot,
    monkeypatch,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician,
    job,
    lathe,
    shown_boxes,
) -> None:
    used = _add_step(db, manager, job.id, "Turning", lathe)
    _add_step(db, manager, job.id, "Spare", None)
    log_usage(db, technician, lathe, 1.0, job_id=job.id, step_id=used)
    tab = _show(qtbot, StepsTab(context_for(manager)), job.id)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])

    def answer(parent, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return next(answers, QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(tab.remove_button, LEFT)
    assert asked == ["Remove step 1, “Turning”, from the plan?"]
    assert [box.kind for box in shown_boxes] == ["error"]
    assert "cannot be removed" in shown_boxes[0].text
    assert tab.model.rowCount() == 2
    tab.view.selectRow(1)
    qtbot.mouseClick(tab.remove_button, LEFT)  # answered No: nothing happens
    assert tab.model.rowCount() == 2
    qtbot.mouseClick(tab.remove_button, LEFT)
    assert _column(tab.model, StepsTableModel.DESCRIPTION) == ["Turning"]
    assert len(shown_boxes) == 1 and len(asked) == 3


def test_a_technician_cannot_change_a_delivered_jobs_steps(
    qtbot, db, context_for: ContextFor, manager: Actor, technician, job, lathe, shown_boxes
) -> None:
    step = _add_step(db, manager, job.id, "Turning", lathe)
    _deliver(db, manager, job.id)
    tab = _show(qtbot, StepsTab(context_for(technician)), job.id)
    assert tab.selected_step().id == step
    buttons = (
        tab.add_button,
        tab.edit_button,
        tab.up_button,
        tab.down_button,
        tab.remove_button,
        tab.status_button,
        tab.link_button,
        tab.status_combo,
    )
    assert not any(button.isEnabled() for button in buttons)
    assert tab.state_label.isVisible()
    assert "delivered" in tab.state_label.text()

    # Forced past the disabled button: the service refuses and the refusal is shown.
    assert tab.set_selected_status("done") is False
    assert [box.kind for box in shown_boxes] == ["error"]
    assert "can no longer be changed" in shown_boxes[0].text
    assert _cell(tab.model, 0, StepsTableModel.STATUS) == "planned"

    # Even a manager, who plans steps, gets nothing to click on a delivered job.
    manager_tab = _show(qtbot, StepsTab(context_for(manager)), job.id)
    assert not manager_tab.add_button.isEnabled() and not manager_tab.remove_button.isEnabled()


def test_bookings_of_the_step_are_listed_on_the_demo_job(
    qtbot, qtmodeltester, db: Database, runner
) -> None:
    fill_demo(db, 2026)  # an empty database: the demo brings its own people
    with db.reader() as session:
        manager = user_service.authenticate(session, "manager", DEMO_ACCOUNTS[1][3])
    context = PageContext(db=db, actor=manager, runner=runner)
    with db.reader() as session:
        jobs = job_service.list_jobs(session, manager, JobFilter())
        booked = [
            (job.id, row)
            for job in jobs
            for row in booking_service.list_bookings(session, manager, BookingFilter(job_id=job.id))
            if row.job_step_id is not None
        ]
    assert booked, "the demo books some machine time to job steps"
    job_id, booking = booked[0]
    tab = _show(qtbot, StepsTab(context), job_id)
    assert tab.select_step(booking.job_step_id)
    expected = sum(1 for j, b in booked if j == job_id and b.job_step_id == booking.job_step_id)
    assert tab.bookings_model.rowCount() == expected
    assert tab.detail_tabs.tabText(1) == f"Bookings of the step ({expected})"
    shown = tab.bookings_model.row_of(booking.id)
    assert _cell(tab.bookings_model, shown, StepBookingsModel.EQUIPMENT) == booking.equipment_name
    assert _cell(tab.bookings_model, shown, StepBookingsModel.BOOKED_FOR) == booking.booked_for_name
    status_texts = {"confirmed": "Confirmed", "completed": "Completed", "no_show": "No-show"}
    assert _cell(tab.bookings_model, shown, StepBookingsModel.STATUS) == (
        status_texts.get(booking.status, "Cancelled")
    )
    qtmodeltester.check(_copy(tab.bookings_model), force_py=True)

    # A look at every tab on this demo job (not kept; the tests see what a user sees).
    for cls in (StepsTab, SpecimensTab, CostsTab):
        shown = _show(qtbot, cls(context), job_id)
        assert not shown.grab().isNull()


# -- Specimens -------------------------------------------------------------------------------


def test_a_received_item_gets_its_code_and_is_edited(
    qtbot, monkeypatch, db: Database, context_for: ContextFor, technician: Actor, job
) -> None:
    tab = _show(qtbot, SpecimensTab(context_for(technician)), job.id)
    assert tab.add_button.isEnabled() and not tab.edit_button.isEnabled()

    def receive(dialog: SpecimenDialog) -> int:
        assert dialog.code.text() == "given when saved"
        assert not dialog.ok_button.isEnabled()  # description still missing
        type_text(dialog.description, "Prirubnica Đ60 — uzorak")
        type_text(dialog.material, "42CrMo4")
        type_text(dialog.condition, "ép, sérülésmentes")
        type_text(dialog.storage, "Polc A1")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(SpecimenDialog, "exec", receive)
    qtbot.mouseClick(tab.add_button, LEFT)

    code = f"{job.reference}-S01"
    assert re.fullmatch(r"ITC-\d{4}-\d{4}-S01", code)
    assert tab.message.text() == f"Received as {code}."
    model = tab.model
    assert model.rowCount() == 1
    assert _cell(model, 0, SpecimensTableModel.CODE) == code
    assert _cell(model, 0, SpecimensTableModel.DESCRIPTION) == "Prirubnica Đ60 — uzorak"
    assert _cell(model, 0, SpecimensTableModel.MATERIAL) == "42CrMo4"
    assert _cell(model, 0, SpecimensTableModel.CONDITION) == "ép, sérülésmentes"
    assert _cell(model, 0, SpecimensTableModel.RECEIVED) == tab.today.isoformat()
    assert _cell(model, 0, SpecimensTableModel.STORAGE) == "Polc A1"
    assert _cell(model, 0, SpecimensTableModel.DISPOSITION) == "in the lab"
    assert tab.selected_specimen().code == code and tab.edit_button.isEnabled()
    assert tab.detail.text() == (
        f"{code}: Prirubnica Đ60 — uzorak · 42CrMo4 · on receipt: ép, sérülésmentes · "
        f"received {tab.today.isoformat()} · kept at Polc A1 · in the lab"
    )

    # Returned: a date before receipt is refused in the dialog; then a good one.
    refusals: list[str] = []

    def give_back(dialog: SpecimenDialog) -> int:
        assert dialog.code.text() == code
        dialog.disposition.setCurrentIndex(dialog.disposition.findData("returned"))
        assert dialog.disposition_on.isEnabled()
        before = tab.today - timedelta(days=3)
        dialog.received_on.setDate(QDate(tab.today.year, tab.today.month, tab.today.day))
        dialog.disposition_on.setDate(QDate(before.year, before.month, before.day))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        refusals.append(dialog.message.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.disposition_on.setDate(QDate(tab.today.year, tab.today.month, tab.today.day))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(SpecimenDialog, "exec", give_back)
    qtbot.mouseClick(tab.edit_button, LEFT)
    assert "Returned or disposed on" in refusals[0] and "before it was received" in refusals[0]
    assert _cell(model, 0, SpecimensTableModel.DISPOSITION) == "returned"
    assert _cell(model, 0, SpecimensTableModel.DISPOSITION_ON) == tab.today.isoformat()
    assert _cell(model, 0, SpecimensTableModel.CODE) == code  # the code never changes
    assert tab.count_label.text() == "1 item(s), 0 in the lab"
    assert tab.detail.text().endswith(f"returned {tab.today.isoformat()}")


def test_a_delivered_job_takes_no_new_items_but_its_items_may_be_returned(
    qtbot, db: Database, context_for: ContextFor, manager: Actor, technician: Actor, job
) -> None:
    with db.transaction(technician) as session:
        specimen_service.add_specimen(
            session, technician, job.id, specimen_service.SpecimenInput("Bar")
        )
    _deliver(db, manager, job.id)
    tab = _show(qtbot, SpecimensTab(context_for(technician)), job.id)
    assert not tab.add_button.isEnabled()
    tab.view.selectRow(0)
    assert tab.edit_button.isEnabled()


# -- Costs -----------------------------------------------------------------------------------


def test_costs_total_equals_the_hand_computed_figure(
    qtbot,
    monkeypatch,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician: Actor,
    job,
    lathe: int,
) -> None:
    turning = _add_step(db, manager, job.id, "Turning", lathe)
    log_usage(db, technician, lathe, 2.5, job_id=job.id, step_id=turning)
    log_usage(db, technician, lathe, 0.75, job_id=job.id, start=datetime(2026, 11, 21, tzinfo=UTC))
    tab = _show(qtbot, CostsTab(context_for(technician)), job.id)
    assert not tab.rates_panel.isVisible()
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))

    def record(dialog: MaterialDialog) -> int:
        assert dialog.currency.currentData() == "EUR"  # the job's currency
        type_text(dialog.description, "42CrMo4 rúd Ø60")
        dialog.quantity.setText("1,5")
        dialog.unit.setText("kg")
        dialog.unit_cost.setText("6.675")
        assert "Unit cost: at most 2 decimal" in dialog.message.text()
        assert not dialog.ok_button.isEnabled()
        dialog.unit_cost.setText("6.67")
        dialog.step.setCurrentIndex(dialog.step.findData(turning))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(MaterialDialog, "exec", record)
    qtbot.mouseClick(tab.add_button, LEFT)
    assert changes == [True]

    # By hand: 2.5 h × 60 = 150.00 and 0.75 h × 60 = 45.00 of machine time;
    # 1.5 kg × 6.67 = 10.005 → 10.01 of material; 205.01 in all; 1200 − 205.01 = 994.99.
    lines = tab.lines_model
    assert _column(lines, CostLinesModel.DESCRIPTION) == ["Turning", "Not assigned to a step"]
    assert _column(lines, CostLinesModel.ACTUAL) == ["2.50", "0.75"]
    assert _column(lines, CostLinesModel.MACHINE) == ["150.00 EUR", "45.00 EUR"]
    assert _column(lines, CostLinesModel.MATERIAL) == ["10.01 EUR", "0.00 EUR"]
    assert _column(lines, CostLinesModel.TOTAL) == ["160.01 EUR", "45.00 EUR"]
    assert tab.figure_texts() == {
        "machine": "195.00 EUR",
        "materials": "10.01 EUR",
        "total": "205.01 EUR",
        "quote": "1 200.00 EUR",
        "difference": "994.99 EUR",
    }
    assert "#1b5e20" in tab.difference.styleSheet()  # within the quote: green
    materials = tab.materials_model
    assert _cell(materials, 0, MaterialsTableModel.DESCRIPTION) == "42CrMo4 rúd Ø60"
    assert _cell(materials, 0, MaterialsTableModel.STEP) == "1"
    assert _cell(materials, 0, MaterialsTableModel.QUANTITY) == "1.5 kg"
    assert _cell(materials, 0, MaterialsTableModel.UNIT_COST) == "6.67 EUR"
    assert _cell(materials, 0, MaterialsTableModel.AMOUNT) == "10.01 EUR"
    assert _cell(materials, 0, MaterialsTableModel.RECORDED_BY) == technician.full_name

    # Over the quote: the difference turns red.
    def expensive(dialog: MaterialDialog) -> int:
        assert dialog.description.text() == "42CrMo4 rúd Ø60"
        dialog.quantity.setText("200")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    assert tab.selected_material() is not None
    monkeypatch.setattr(MaterialDialog, "exec", expensive)
    qtbot.mouseClick(tab.edit_button, LEFT)
    # 200 × 6.67 = 1334.00; 195.00 + 1334.00 = 1529.00; 1200 − 1529.00 = −329.00
    assert tab.figure_texts()["total"] == "1 529.00 EUR"
    assert tab.figure_texts()["difference"] == "-329.00 EUR"
    assert "#b00020" in tab.difference.styleSheet()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.remove_button, LEFT)
    assert tab.materials_model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.remove_button, LEFT)
    assert tab.materials_model.rowCount() == 0
    assert tab.figure_texts()["total"] == "195.00 EUR"
    assert changes == [True, True, True]


def test_a_huf_job_on_eur_machines_asks_for_the_rate_and_converts(
    qtbot,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician: Actor,
    lathe: int,
) -> None:
    company = make_company(db, manager, "Hódmezővásárhelyi Öntöde Zrt.", currency="HUF")
    job = make_job(db, manager, company, quoted_price=Decimal("250000"))
    step = _add_step(db, manager, job.id, "Esztergálás", lathe)
    log_usage(db, technician, lathe, 2.5, job_id=job.id, step_id=step)
    tab = _show(qtbot, CostsTab(context_for(manager)), job.id)

    panel = tab.rates_panel
    assert panel.isVisible()
    assert "priced in HUF, but some costs are in EUR" in panel.intro.text()
    assert list(panel.edits) == ["EUR"]
    assert tab.lines_model.rowCount() == 0  # nothing added up without a rate
    assert tab.figure_texts()["total"] == ""
    assert tab.figure_texts()["quote"] == "250 000.00 HUF"

    qtbot.keyClicks(panel.edits["EUR"], "abc")
    qtbot.mouseClick(panel.apply_button, LEFT)
    assert panel.message.text() == "1 EUR: not a number"
    assert tab.lines_model.rowCount() == 0

    panel.edits["EUR"].clear()
    qtbot.keyClicks(panel.edits["EUR"], "395,5")
    qtbot.keyClick(panel.edits["EUR"], Qt.Key.Key_Return)
    # By hand: 2.5 h × 60 EUR × 395.5 HUF/EUR = 59 325.00 HUF; 250 000 − 59 325 = 190 675.
    assert _column(tab.lines_model, CostLinesModel.MACHINE) == ["59 325.00 HUF"]
    assert tab.figure_texts()["total"] == "59 325.00 HUF"
    assert tab.figure_texts()["difference"] == "190 675.00 HUF"
    assert tab.conversion_note.text() == (
        "Converted to HUF at 1 EUR = 395.5 HUF (the rate entered here)."
    )
    assert panel.isVisible() and panel.edits["EUR"].text() == "395,5"

    # Another job forgets the rate: it is this view's, for this job only.
    tab.set_job(make_job(db, manager, company).id)
    assert tab.conversion_note.text() == ""


def test_a_delivered_jobs_materials_are_read_only(
    qtbot,
    monkeypatch,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician: Actor,
    job,
    shown_boxes,
) -> None:
    tab = _show(qtbot, CostsTab(context_for(technician)), job.id)

    def record(dialog: MaterialDialog) -> int:
        type_text(dialog.description, "Argon 4.6")
        dialog.unit_cost.setText("6.80")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(MaterialDialog, "exec", record)
    qtbot.mouseClick(tab.add_button, LEFT)
    assert tab.materials_model.rowCount() == 1
    _deliver(db, manager, job.id)
    tab.reload()
    tab.materials_view.selectRow(0)
    assert not tab.add_button.isEnabled()
    assert not tab.edit_button.isEnabled() and not tab.remove_button.isEnabled()
    assert tab.state_label.isVisible()
    assert tab.remove_selected_material() is False  # forced: the service refuses
    assert "can no longer be changed" in shown_boxes[0].text
    assert tab.materials_model.rowCount() == 1


# -- small parts -----------------------------------------------------------------------------


def test_money_and_number_texts() -> None:
    assert money_text(Decimal("1234567.5"), "HUF") == "1 234 567.50 HUF"
    assert money_text(Decimal("-329"), "EUR") == "-329.00 EUR"
    assert money_text(None, "EUR") == ""
    assert parse_number("1 250,5", decimals=2) == (Decimal("1250.5"), "")
    assert parse_number("", decimals=2) == (None, "")
    assert parse_number("0", decimals=2, positive=True)[1] == "more than zero"
    assert parse_number("1.234", decimals=2)[1] == "at most 2 decimal(s)"
    assert parse_number("nan", decimals=2)[1] == "not a number"
    assert parse_number("2000000", decimals=2, maximum=Decimal(1_000_000))[1] == "too large"


def test_table_models_pass_the_model_tester(
    qtbot,
    qtmodeltester,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician: Actor,
    job,
    lathe: int,
) -> None:
    step = _add_step(db, manager, job.id, "Turning", lathe)
    log_usage(db, technician, lathe, 1.0, job_id=job.id, step_id=step)
    log_usage(
        db,
        technician,
        lathe,
        None,
        job_id=job.id,
        step_id=step,
        start=datetime(2026, 11, 24, 8, tzinfo=UTC),
    )
    with db.transaction(technician) as session:
        specimen_service.add_specimen(
            session, technician, job.id, specimen_service.SpecimenInput("Bar")
        )
        cost_service.add_material_cost(
            session, technician, job.id, MaterialCostInput("Argon", Decimal(2), Decimal("6.80"))
        )
    steps_tab = _show(qtbot, StepsTab(context_for(manager)), job.id)
    assert _cell(steps_tab.model, 0, StepsTableModel.ACTUAL) == "1.00 (+1 running)"
    specimens_tab = _show(qtbot, SpecimensTab(context_for(manager)), job.id)
    costs_tab = _show(qtbot, CostsTab(context_for(manager)), job.id)
    assert costs_tab.notes.text() == "1 usage session(s) still running: not counted yet."
    for model in (
        steps_tab.model,
        steps_tab.usage_model,
        specimens_tab.model,
        costs_tab.lines_model,
        costs_tab.materials_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(_copy(model), force_py=True)


def test_no_job_shows_nothing(qtbot, context_for: ContextFor, manager: Actor, job) -> None:
    for cls in (StepsTab, SpecimensTab, CostsTab):
        tab = _show(qtbot, cls(context_for(manager)), job.id)
        tab.set_job(None)
        assert not tab.add_button.isEnabled()
    assert tab.lines_model.rowCount() == 0 and tab.figure_texts()["total"] == ""
