"""The dialogs of a job's Steps tab: plan a step (description, equipment, planned hours,
checked as typed) and link a usage session to a step; and the usage-session rows they share
with the tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.models.jobs import StepStatus
from itc_desktop.services.errors import DomainError
from itc_desktop.services.job_steps import StepInput, StepView, UsageLine
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.job_tab_support import RowsModel, hours_text, parse_number, table_view
from itc_desktop.ui.widgets.tables import local_text

MAX_HOURS = 1_000_000


class UsageLinesModel(RowsModel):
    EQUIPMENT, OPERATOR, START, STOP, HOURS, PURPOSE = range(6)
    HEADERS = ("Equipment", "Operator", "Start", "Stop", "Hours", "Purpose")
    CONTEXT = "UsageLinesModel"
    RIGHT_COLUMNS = frozenset({HOURS})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.time_zone: tzinfo = UTC

    def text(self, item: UsageLine, column: int) -> str:
        if column == self.EQUIPMENT:
            return item.equipment_name
        if column == self.OPERATOR:
            return item.operator_name
        if column == self.START:
            return local_text(item.started_at, self.time_zone)
        if column == self.STOP:
            return local_text(item.stopped_at, self.time_zone) or self.tr("running")
        if column == self.HOURS:
            return hours_text(item.hours)
        if column == self.PURPOSE:
            return item.purpose
        return ""


class StepDialog(QDialog):
    """Description, equipment, planned hours. The hours are checked as they are typed (OK is
    off while they are wrong); OK calls `save`, and a refusal stays in the dialog."""

    def __init__(
        self,
        equipment: list[tuple[int, str]],
        save: Callable[[StepInput], None],
        step: StepView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self._status = step.status if step is not None else StepStatus.PLANNED.value
        self.setWindowTitle(self.tr("Edit step") if step is not None else self.tr("Add a step"))
        self.setMinimumWidth(460)
        self.description = QLineEdit(step.description if step is not None else "")
        self.description.setObjectName("stepDescription")
        self.equipment = QComboBox()
        self.equipment.setObjectName("stepEquipment")
        self.equipment.addItem(self.tr("(no equipment)"), None)
        for equipment_id, label in equipment:
            self.equipment.addItem(label, equipment_id)
        if step is not None and step.equipment_id is not None:
            found = self.equipment.findData(step.equipment_id)
            if found < 0:  # retired since: still shown, so saving keeps it
                self.equipment.addItem(step.equipment_name or "?", step.equipment_id)
                found = self.equipment.count() - 1
            self.equipment.setCurrentIndex(found)
        self.planned_hours = QLineEdit(hours_text(step.planned_hours) if step is not None else "0")
        self.planned_hours.setObjectName("stepPlannedHours")
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Equipment:"), self.equipment)
        form.addRow(self.tr("&Planned hours:"), self.planned_hours)
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
        self.description.textChanged.connect(self.on_edited)
        self.planned_hours.textChanged.connect(self.on_edited)
        self.on_edited()

    def problem(self) -> str:
        if not self.description.text().strip():
            return self.tr("Description: required")
        _hours, problem = parse_number(self.planned_hours.text(), decimals=2, maximum=MAX_HOURS)
        if problem:
            return self.tr("Planned hours: {problem}").format(problem=problem)
        return ""

    @Slot()
    def on_edited(self, *_args: object) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        if problem:
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    def step_input(self) -> StepInput:
        hours, _problem = parse_number(self.planned_hours.text(), decimals=2, maximum=MAX_HOURS)
        return StepInput(
            description=self.description.text().strip(),
            equipment_id=self.equipment.currentData(),
            planned_hours=hours if hours is not None else 0,  # type: ignore[arg-type]
            status=self._status,
        )

    @Slot()
    def on_ok(self) -> None:
        if self.problem():
            return
        try:
            self._save(self.step_input())
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


class LinkUsageDialog(QDialog):
    """The finished or running sessions on the step's equipment that no job claims yet; OK
    links the chosen one to the step."""

    def __init__(
        self,
        step: StepView,
        lines: list[UsageLine],
        time_zone: tzinfo,
        save: Callable[[int], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Link a usage session"))
        self.resize(720, 380)
        if step.equipment_id is None:
            intro = self.tr(
                "Step {n} has no equipment. Edit the step and choose its machine first."
            ).format(n=step.sequence)
        elif not lines:
            intro = self.tr(
                "No usage session on {equipment} is free to link (each belongs to a job)."
            ).format(equipment=step.equipment_name)
        else:
            intro = self.tr(
                "Usage sessions on {equipment} not yet booked to a job, newest first. The "
                "chosen one counts for step {n}."
            ).format(equipment=step.equipment_name, n=step.sequence)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.model = UsageLinesModel(self)
        self.model.time_zone = time_zone
        self.model.set_rows(lines)
        self.view = table_view(self.model, UsageLinesModel.PURPOSE, "linkableSessions")
        self.view.resizeColumnsToContents()
        self.view.doubleClicked.connect(self.on_ok)
        self.message = FormMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Link"))
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update_ok()

    def selected_line(self) -> UsageLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_session(self, usage_id: int) -> bool:
        row = self.model.row_of(usage_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    @Slot()
    def _update_ok(self, *_args: object) -> None:
        self.ok_button.setEnabled(self.selected_line() is not None)

    @Slot()
    def on_ok(self, *_args: object) -> None:
        line = self.selected_line()
        if line is None:
            return
        try:
            self._save(line.id)
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()
