"""The parts of a job's Costs tab that take input: the material dialog (numbers checked as
typed) and the panel asking for conversion rates ("1 EUR = ___ HUF")."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.models.companies import CURRENCY_VALUES
from itc_desktop.services.errors import DomainError
from itc_desktop.services.job_costs import MaterialCostInput, MaterialCostView
from itc_desktop.services.job_steps import StepView
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.job_tab_support import parse_number

MAX_AMOUNT = Decimal("1e11")
RATE_DECIMALS = 6


class MaterialDialog(QDialog):
    """Description, quantity and unit, unit cost and currency, and the step it was used on.
    Numbers are checked as they are typed; OK calls `save`, a refusal stays in the dialog."""

    def __init__(
        self,
        job_currency: str,
        steps: list[StepView],
        save: Callable[[MaterialCostInput], None],
        material: MaterialCostView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(
            self.tr("Edit material") if material is not None else self.tr("Record a material")
        )
        self.setMinimumWidth(460)
        self.description = QLineEdit(material.description if material else "")
        self.description.setObjectName("materialDescription")
        self.quantity = QLineEdit(f"{material.quantity.normalize():f}" if material else "1")
        self.quantity.setObjectName("materialQuantity")
        self.unit = QLineEdit(material.unit if material else "pcs")
        self.unit.setObjectName("materialUnit")
        self.unit.setMaxLength(16)
        self.unit_cost = QLineEdit(f"{material.unit_cost:.2f}" if material else "")
        self.unit_cost.setObjectName("materialUnitCost")
        self.currency = QComboBox()
        self.currency.setObjectName("materialCurrency")
        for currency in CURRENCY_VALUES:
            self.currency.addItem(currency, currency)
        self.currency.setCurrentIndex(
            self.currency.findData(material.currency if material else job_currency)
        )
        self.step = QComboBox()
        self.step.setObjectName("materialStep")
        self.step.addItem(self.tr("(no step)"), None)
        for step in steps:
            self.step.addItem(f"{step.sequence}. {step.description}", step.id)
        if material is not None and material.step_id is not None:
            self.step.setCurrentIndex(max(0, self.step.findData(material.step_id)))
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity, 2)
        quantity_row.addWidget(self.unit, 1)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.unit_cost, 2)
        cost_row.addWidget(self.currency, 1)
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Material:"), self.description)
        # A row holding a layout gets no buddy by itself: the label points at its first field.
        quantity_label = QLabel(self.tr("&Quantity and unit:"))
        quantity_label.setBuddy(self.quantity)
        cost_label = QLabel(self.tr("Unit &cost:"))
        cost_label.setBuddy(self.unit_cost)
        form.addRow(quantity_label, quantity_row)
        form.addRow(cost_label, cost_row)
        form.addRow(self.tr("&Step:"), self.step)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.description, self.quantity, self.unit_cost):
            edit.textChanged.connect(self.on_edited)
        self.on_edited()

    def problem(self) -> str:
        if not self.description.text().strip():
            return self.tr("Material: required")
        quantity, problem = parse_number(
            self.quantity.text(), decimals=3, positive=True, maximum=MAX_AMOUNT
        )
        if problem or quantity is None:
            return self.tr("Quantity: {problem}").format(problem=problem or self.tr("required"))
        cost, problem = parse_number(self.unit_cost.text(), decimals=2, maximum=MAX_AMOUNT)
        if problem or cost is None:
            return self.tr("Unit cost: {problem}").format(problem=problem or self.tr("required"))
        return ""

    @Slot()
    def on_edited(self, *_args: object) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        if problem:
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    def material_input(self) -> MaterialCostInput:
        quantity, _ = parse_number(self.quantity.text(), decimals=3, positive=True)
        cost, _ = parse_number(self.unit_cost.text(), decimals=2)
        return MaterialCostInput(
            description=self.description.text(),
            quantity=quantity if quantity is not None else Decimal(0),
            unit_cost=cost if cost is not None else Decimal(0),
            currency=str(self.currency.currentData()),
            unit=self.unit.text(),
            step_id=self.step.currentData(),
        )

    @Slot()
    def on_ok(self) -> None:
        if self.problem():
            return
        try:
            self._save(self.material_input())
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


class RatesPanel(QGroupBox):
    """One "1 EUR = [____] HUF" line per foreign currency; `applied` with the typed rates
    once every one of them is a positive number."""

    applied = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Conversion rates"), parent)
        self.setObjectName("ratesPanel")
        self.intro = QLabel()
        self.intro.setObjectName("ratesIntro")
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.apply_button = QPushButton(self.tr("&Convert"))
        self.apply_button.setObjectName("applyRates")
        self.apply_button.clicked.connect(self.on_apply)
        self.message = FormMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        row.addLayout(self.grid)
        row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def set_currencies(
        self, job_currency: str, currencies: list[str], rates: dict[str, Decimal]
    ) -> None:
        """Lines for `currencies` (kept if already there, so typed text survives)."""
        if sorted(self.edits) != sorted(currencies):
            while self.grid.count():
                item = self.grid.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
            self.edits = {}
            for row, currency in enumerate(sorted(currencies)):
                edit = QLineEdit()
                edit.setObjectName(f"rate{currency}")
                edit.setPlaceholderText(self.tr("rate"))
                edit.setMaximumWidth(140)
                edit.returnPressed.connect(self.on_apply)
                self.grid.addWidget(QLabel(f"1 {currency} ="), row, 0)
                self.grid.addWidget(edit, row, 1)
                self.grid.addWidget(QLabel(job_currency), row, 2)
                self.edits[currency] = edit
        for currency, edit in self.edits.items():
            if currency in rates and not edit.text().strip():
                edit.setText(f"{rates[currency].normalize():f}")

    def rates(self) -> tuple[dict[str, Decimal], str]:
        """(rates, problem): the problem names the currency whose rate is wrong."""
        rates: dict[str, Decimal] = {}
        for currency, edit in sorted(self.edits.items()):
            rate, problem = parse_number(
                edit.text(), decimals=RATE_DECIMALS, positive=True, maximum=MAX_AMOUNT
            )
            if problem or rate is None:
                return {}, self.tr("1 {currency}: {problem}").format(
                    currency=currency, problem=problem or self.tr("enter the rate")
                )
            rates[currency] = rate
        return rates, ""

    @Slot()
    def on_apply(self) -> None:
        _rates, problem = self.rates()
        if problem:
            self.message.show_problem(problem)
            return
        self.message.clear_message()
        self.applied.emit()
