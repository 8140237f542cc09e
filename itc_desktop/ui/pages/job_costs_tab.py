"""The Costs tab of a job: machine time × hourly rate and materials, per step and in total,
in the job's currency, against the quote; and the materials recorded for the job.

Amounts in another currency (a HUF job on machines priced in EUR) are never added silently:
the tab asks for the conversion rate ("1 EUR = ___ HUF"), and the figures then say which rate
they were converted at. The rate belongs to this view only; it is not stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.models.companies import CURRENCY_VALUES
from itc_desktop.services import job_costs as cost_service
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.errors import DomainError
from itc_desktop.services.job_costs import (
    CostLine,
    JobCosts,
    MaterialCostInput,
    MaterialCostView,
    MixedCurrencies,
)
from itc_desktop.services.job_steps import StepView
from itc_desktop.services.jobs import JobDetail
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import error_text, show_domain_error
from itc_desktop.ui.pages.job_cost_dialogs import MaterialDialog, RatesPanel
from itc_desktop.ui.pages.job_tab_support import (
    RowsModel,
    hours_text,
    is_closed,
    money_text,
    table_view,
)
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import GREEN, RED


class CostLinesModel(RowsModel):
    STEP, DESCRIPTION, PLANNED, ACTUAL, MACHINE, MATERIAL, TOTAL = range(7)
    HEADERS = (
        "#",
        "Step",
        "Planned h",
        "Actual h",
        "Machine time",
        "Materials",
        "Total",
    )
    CONTEXT = "CostLinesModel"
    RIGHT_COLUMNS = frozenset({STEP, PLANNED, ACTUAL, MACHINE, MATERIAL, TOTAL})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.currency = ""

    def set_costs(self, lines: list[CostLine], currency: str) -> None:
        self.currency = currency
        self.set_rows(lines)

    def row_of(self, item_id: int) -> int:  # lines have a step id, not an id
        return next((i for i, r in enumerate(self._rows) if r.step_id == item_id), -1)

    def text(self, item: CostLine, column: int) -> str:
        if column == self.STEP:
            return "" if item.sequence is None else str(item.sequence)
        if column == self.DESCRIPTION:
            return item.description
        if column == self.PLANNED:
            return hours_text(item.planned_hours) if item.step_id is not None else ""
        if column == self.ACTUAL:
            return hours_text(item.actual_hours)
        if column == self.MACHINE:
            return money_text(item.machine_cost, self.currency)
        if column == self.MATERIAL:
            return money_text(item.material_cost, self.currency)
        if column == self.TOTAL:
            return money_text(item.total, self.currency)
        return ""


class MaterialsTableModel(RowsModel):
    DESCRIPTION, STEP, QUANTITY, UNIT_COST, AMOUNT, RECORDED_BY = range(6)
    HEADERS = ("Material", "Step", "Quantity", "Unit cost", "Amount", "Recorded by")
    CONTEXT = "MaterialsTableModel"
    RIGHT_COLUMNS = frozenset({QUANTITY, UNIT_COST, AMOUNT})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.step_numbers: dict[int, int] = {}

    def text(self, item: MaterialCostView, column: int) -> str:
        if column == self.DESCRIPTION:
            return item.description
        if column == self.STEP:
            if item.step_id is None:
                return ""
            return str(self.step_numbers.get(item.step_id, ""))
        if column == self.QUANTITY:
            return f"{item.quantity.normalize():f} {item.unit}"
        if column == self.UNIT_COST:
            return money_text(item.unit_cost, item.currency)
        if column == self.AMOUNT:
            return money_text(item.amount, item.currency)
        if column == self.RECORDED_BY:
            return item.recorded_by or ""
        return ""


@dataclass(frozen=True)
class _Loaded:
    job_id: int
    job: JobDetail
    steps: list[StepView]
    materials: list[MaterialCostView]
    costs: JobCosts | None
    missing: MixedCurrencies | None  # costs could not be added up without these rates
    rate_problem: DomainError | None  # a rate the service refused


class CostsTab(QWidget):
    """`set_job(id)` loads; `changed` after a material was added, edited or removed."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job_id: int | None = None
        self.job: JobDetail | None = None
        self.costs: JobCosts | None = None
        self.steps: list[StepView] = []
        self.rates: dict[str, Decimal] = {}  # 1 <currency> = rate × the job's currency
        self.may_record = can(context.actor, Permission.WORK_ON_JOBS)
        self._select_after_load: int | None = None

        self.state_label = QLabel()
        self.state_label.setObjectName("costsState")
        self.state_label.setWordWrap(True)
        self.state_label.setVisible(False)
        self.rates_panel = RatesPanel()
        self.rates_panel.applied.connect(self.on_rates_applied)
        self.rates_panel.setVisible(False)

        self.lines_model = CostLinesModel(self)
        self.lines_view = table_view(self.lines_model, CostLinesModel.DESCRIPTION, "costLines")

        self.machine_total = self._figure("machineTotal")
        self.material_total = self._figure("materialTotal")
        self.total = self._figure("costTotal")
        self.quote = self._figure("quotedPrice")
        self.difference = self._figure("quoteDifference")
        self.conversion_note = QLabel()
        self.conversion_note.setObjectName("conversionNote")
        self.conversion_note.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("costNotes")
        self.notes.setWordWrap(True)
        costs = QFormLayout()
        costs.addRow(self.tr("Machine time:"), self.machine_total)
        costs.addRow(self.tr("Materials:"), self.material_total)
        costs.addRow(self.tr("Total cost:"), self.total)
        quote = QFormLayout()
        quote.addRow(self.tr("Quoted price:"), self.quote)
        quote.addRow(self.tr("Quote − cost:"), self.difference)
        totals = QHBoxLayout()
        totals.addLayout(costs)
        totals.addSpacing(24)
        totals.addLayout(quote)
        totals.addStretch(1)
        costs_box = QVBoxLayout()
        costs_box.addWidget(self.lines_view, 1)
        costs_box.addLayout(totals)
        costs_box.addWidget(self.conversion_note)
        costs_box.addWidget(self.notes)

        self.materials_model = MaterialsTableModel(self)
        self.materials_view = table_view(
            self.materials_model, MaterialsTableModel.DESCRIPTION, "materialsTable"
        )
        self.materials_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.materials_view.doubleClicked.connect(self.on_edit_material)
        self.add_button = QPushButton(self.tr("&Record material…"))
        self.add_button.setObjectName("addMaterial")
        self.add_button.clicked.connect(self.on_add_material)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editMaterial")
        self.edit_button.clicked.connect(self.on_edit_material)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("removeMaterial")
        self.remove_button.clicked.connect(self.on_remove_material)
        material_buttons = QHBoxLayout()
        material_buttons.addWidget(QLabel(self.tr("<b>Materials</b>")))
        material_buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            material_buttons.addWidget(button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.state_label)
        top_layout.addWidget(self.rates_panel)
        top_layout.addLayout(costs_box)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(material_buttons)
        bottom_layout.addWidget(self.materials_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def _figure(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- data ------------------------------------------------------------------------------

    def set_job(self, job_id: int | None) -> None:
        if job_id != self.job_id:
            self.job = None
            self.rates = {}
            self.rates_panel.set_currencies("", [], {})
            self.rates_panel.message.clear_message()
        self.job_id = job_id
        if job_id is None:
            self.costs = None
            self.lines_model.set_costs([], "")
            self.materials_model.set_rows([])
            self._show_figures(None)
            self.rates_panel.setVisible(False)
            self.state_label.setVisible(False)
            self._update_buttons()
            return
        self.reload()

    @Slot()
    def reload(self) -> None:
        job_id = self.job_id
        if job_id is None:
            return
        db, actor = self.context.db, self.context.actor
        rates = dict(self.rates)

        def load() -> _Loaded:
            with db.reader() as session:
                job = job_service.get_job(session, actor, job_id)
                steps = step_service.list_steps(session, actor, job_id)
                materials = cost_service.list_material_costs(session, actor, job_id)
                costs: JobCosts | None = None
                missing: MixedCurrencies | None = None
                rate_problem: DomainError | None = None
                try:
                    costs = cost_service.job_costs(session, actor, job_id, rates=rates or None)
                except MixedCurrencies as error:
                    missing = error
                except DomainError as error:  # a rate the service refuses
                    rate_problem = error
                return _Loaded(job_id, job, steps, materials, costs, missing, rate_problem)

        self.context.runner.run(load, self._show_loaded)

    def _show_loaded(self, loaded: _Loaded) -> None:
        if loaded.job_id != self.job_id:
            return
        job = loaded.job
        self.job = job
        self.steps = loaded.steps
        self.costs = loaded.costs
        keep = self._select_after_load
        if keep is None:
            selected = self.selected_material()
            keep = selected.id if selected is not None else None
        self._select_after_load = None
        self.materials_model.step_numbers = {s.id: s.sequence for s in loaded.steps}
        self.materials_model.set_rows(loaded.materials)
        self.materials_view.resizeColumnsToContents()
        if keep is not None:
            self.select_material(keep)

        if is_closed(job.status):
            self.state_label.setText(
                self.tr("{reference} is closed: no materials can be recorded.").format(
                    reference=job.reference
                )
            )
            self.state_label.setVisible(True)
        else:
            self.state_label.setVisible(False)

        if loaded.missing is not None or loaded.rate_problem is not None:
            needed = set(self.rates)
            if loaded.missing is not None:
                needed |= set(loaded.missing.currencies)
            self.rates_panel.set_currencies(job.currency, sorted(needed), self.rates)
            self.rates_panel.intro.setText(
                self.tr(
                    "This job is priced in {currency}, but some costs are in {others}. Enter "
                    "the conversion rate to see the costs in {currency}; amounts are never "
                    "added up without one."
                ).format(currency=job.currency, others=", ".join(sorted(needed)))
            )
            if loaded.rate_problem is not None:
                self.rates_panel.message.show_problem(error_text(loaded.rate_problem))
            self.rates_panel.setVisible(True)
            self.lines_model.set_costs([], job.currency)
            self.lines_view.resizeColumnsToContents()
            self._show_figures(None)
        else:
            costs = loaded.costs
            assert costs is not None
            used = [currency for currency, _rate in costs.rates_used]
            if used:
                self.rates_panel.set_currencies(job.currency, used, self.rates)
                self.rates_panel.intro.setText(
                    self.tr("The rates below convert the costs to {currency}.").format(
                        currency=job.currency
                    )
                )
            self.rates_panel.setVisible(bool(used))
            self.lines_model.set_costs(list(costs.lines), costs.currency)
            self.lines_view.resizeColumnsToContents()
            self._show_figures(costs)
        self._update_buttons()

    def _show_figures(self, costs: JobCosts | None) -> None:
        for label in (self.machine_total, self.material_total, self.total, self.difference):
            label.setText("")
        self.difference.setStyleSheet("")
        self.conversion_note.setText("")
        self.notes.setText("")
        job = self.job
        self.quote.setText(
            money_text(job.quoted_price, job.currency)
            if job is not None and job.quoted_price is not None
            else (self.tr("no quote") if job is not None else "")
        )
        if costs is None:
            return
        currency = costs.currency
        self.machine_total.setText(money_text(costs.machine_total, currency))
        self.material_total.setText(money_text(costs.material_total, currency))
        self.total.setText(f"<b>{money_text(costs.total, currency)}</b>")
        difference = costs.quote_difference
        if difference is not None:
            self.difference.setText(money_text(difference, currency))
            self.difference.setStyleSheet(
                f"color: {GREEN if difference >= 0 else RED}; font-weight: bold;"
            )
            self.difference.setToolTip(
                self.tr("Within the quote") if difference >= 0 else self.tr("Over the quote")
            )
        if costs.rates_used:
            rates = ", ".join(
                f"1 {code} = {rate.normalize():f} {currency}" for code, rate in costs.rates_used
            )
            self.conversion_note.setText(
                self.tr("Converted to {currency} at {rates} (the rate entered here).").format(
                    currency=currency, rates=rates
                )
            )
        notes = []
        if costs.running_sessions:
            notes.append(
                self.tr(
                    "%n usage session(s) still running: not counted yet.",
                    "",
                    costs.running_sessions,
                )
            )
        if costs.unpriced_equipment:
            notes.append(
                self.tr("No hourly rate for {names}: their hours cost nothing here.").format(
                    names=", ".join(costs.unpriced_equipment)
                )
            )
        self.notes.setText("\n".join(notes))

    def figure_texts(self) -> dict[str, str]:
        """What the totals show, as plain text (for people reading a test)."""
        return {
            "machine": self.machine_total.text(),
            "materials": self.material_total.text(),
            "total": self.total.text().replace("<b>", "").replace("</b>", ""),
            "quote": self.quote.text(),
            "difference": self.difference.text(),
        }

    def selected_material(self) -> MaterialCostView | None:
        rows = self.materials_view.selectionModel().selectedRows()
        return self.materials_model.row_at(rows[0].row()) if rows else None

    def select_material(self, cost_id: int) -> bool:
        row = self.materials_model.row_of(cost_id)
        if row >= 0:
            self.materials_view.selectRow(row)
        return row >= 0

    def editable(self) -> bool:
        return self.job is not None and not is_closed(self.job.status)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        allowed = self.may_record and self.editable()
        selected = self.selected_material() is not None
        self.add_button.setEnabled(allowed)
        self.edit_button.setEnabled(allowed and selected)
        self.remove_button.setEnabled(allowed and selected)

    # -- changes ---------------------------------------------------------------------------

    @Slot()
    def on_rates_applied(self) -> None:
        rates, problem = self.rates_panel.rates()
        if problem:
            return
        self.rates = rates
        self.reload()

    def _change(self, change: Callable[[Session, Actor], object]) -> object:
        with self.context.db.transaction(self.context.actor) as session:
            result = change(session, self.context.actor)
        self.reload()
        self.changed.emit()
        return result

    def add_material(self, data: MaterialCostInput) -> None:
        job_id = self.job_id
        if job_id is None:
            return
        with self.context.db.transaction(self.context.actor) as session:
            new_id = cost_service.add_material_cost(session, self.context.actor, job_id, data)
        self._select_after_load = new_id
        self.reload()
        self.changed.emit()

    def update_material(self, cost_id: int, data: MaterialCostInput) -> None:
        self._change(lambda s, a: cost_service.update_material_cost(s, a, cost_id, data))

    def remove_selected_material(self) -> bool:
        material = self.selected_material()
        if material is None:
            return False
        try:
            self._change(lambda s, a: cost_service.remove_material_cost(s, a, material.id))
        except DomainError as error:
            show_domain_error(self, error)
            return False
        return True

    def make_material_dialog(self, material: MaterialCostView | None = None) -> MaterialDialog:
        currency = self.job.currency if self.job is not None else CURRENCY_VALUES[0]
        if material is None:
            return MaterialDialog(currency, self.steps, self.add_material, None, self)
        return MaterialDialog(
            currency,
            self.steps,
            lambda data: self.update_material(material.id, data),
            material,
            self,
        )

    @Slot()
    def on_add_material(self) -> None:
        if self.job_id is not None:
            self.make_material_dialog().exec()

    @Slot()
    def on_edit_material(self, *_args: object) -> None:
        material = self.selected_material()
        if material is not None and self.edit_button.isEnabled():
            self.make_material_dialog(material).exec()

    @Slot()
    def on_remove_material(self) -> None:
        material = self.selected_material()
        if material is not None and self.confirm_remove(material):
            self.remove_selected_material()

    def confirm_remove(self, material: MaterialCostView) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove material"),
            self.tr("Remove “{description}” ({amount}) from the job's costs?").format(
                description=material.description,
                amount=money_text(material.amount, material.currency),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
