"""The Steps tab of a job: the plan (sequence, description, equipment, planned and actual
hours, status), and for the selected step the usage sessions and bookings linked to it.

Managers and admins plan (add, edit, move, remove); whoever works on the job sets a step's
status and links usage sessions. Delivered and cancelled jobs are read-only; the services
refuse anyway, and their refusal is shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.bookings import BOOKING_STATUS_LABELS
from itc_desktop.models.jobs import STEP_STATUS_VALUES, StepStatus
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.bookings import BookingFilter, BookingRow
from itc_desktop.services.equipment import EquipmentQuery
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import DomainError
from itc_desktop.services.job_steps import StepInput, StepView, UsageLine
from itc_desktop.services.job_workflow import status_label
from itc_desktop.services.jobs import JobDetail
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.pages.job_step_dialogs import LinkUsageDialog, StepDialog, UsageLinesModel
from itc_desktop.ui.pages.job_tab_support import (
    RowsModel,
    hours_text,
    is_closed,
    step_status_label,
    table_view,
)
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import AMBER, GREEN, GREY, local_text

_STATUS_COLOURS = {
    StepStatus.PLANNED.value: GREY,
    StepStatus.IN_PROGRESS.value: AMBER,
    StepStatus.DONE.value: GREEN,
}


class StepsTableModel(RowsModel):
    SEQUENCE, DESCRIPTION, EQUIPMENT, PLANNED, ACTUAL, STATUS = range(6)
    HEADERS = ("#", "Description", "Equipment", "Planned h", "Actual h", "Status")
    CONTEXT = "StepsTableModel"
    RIGHT_COLUMNS = frozenset({SEQUENCE, PLANNED, ACTUAL})

    def text(self, item: StepView, column: int) -> str:
        if column == self.SEQUENCE:
            return str(item.sequence)
        if column == self.DESCRIPTION:
            return item.description
        if column == self.EQUIPMENT:
            return item.equipment_name or ""
        if column == self.PLANNED:
            return hours_text(item.planned_hours)
        if column == self.ACTUAL:
            actual = hours_text(item.actual_hours)
            if item.running_sessions:
                running = self.tr("+%n running", "", item.running_sessions)
                return f"{actual} ({running})"
            return actual
        if column == self.STATUS:
            return step_status_label(item.status)
        return ""

    def foreground(self, item: StepView, column: int) -> Any:
        if column == self.STATUS:
            return QColor(_STATUS_COLOURS.get(item.status, GREY))
        if column == self.ACTUAL and item.actual_hours > item.planned_hours > 0:
            return QColor(AMBER)  # over the plan
        return None


class StepBookingsModel(RowsModel):
    EQUIPMENT, BOOKED_FOR, START, END, STATUS, PURPOSE = range(6)
    HEADERS = ("Equipment", "Booked for", "Start", "End", "Status", "Purpose")
    CONTEXT = "StepBookingsModel"

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.time_zone: tzinfo = UTC

    def text(self, item: BookingRow, column: int) -> str:
        if column == self.EQUIPMENT:
            return item.equipment_name
        if column == self.BOOKED_FOR:
            return item.booked_for_name
        if column == self.START:
            return local_text(item.start, self.time_zone)
        if column == self.END:
            return local_text(item.end, self.time_zone)
        if column == self.STATUS:
            return _(BOOKING_STATUS_LABELS.get(item.status, item.status))
        if column == self.PURPOSE:
            return item.purpose
        return ""


# -- the tab ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    job_id: int
    job: JobDetail
    steps: list[StepView]
    usage: list[UsageLine]
    bookings: Sequence[BookingRow] | None  # None: this user does not see bookings
    time_zone: tzinfo


class StepsTab(QWidget):
    """`set_job(id)` loads; `changed` after every change of the plan or its links."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job_id: int | None = None
        self.job: JobDetail | None = None
        self.time_zone: tzinfo = UTC
        self._usage: list[UsageLine] = []
        self._bookings: Sequence[BookingRow] | None = None
        self._select_after_load: int | None = None
        actor = context.actor
        self.may_plan = can(actor, Permission.MANAGE_JOBS)
        self.may_work = can(actor, Permission.WORK_ON_JOBS)

        self.model = StepsTableModel(self)
        self.view = table_view(self.model, StepsTableModel.DESCRIPTION, "stepsTable")
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.view.doubleClicked.connect(self.on_edit)

        self.add_button = self._button(self.tr("&Add step…"), "addStep", self.on_add)
        self.edit_button = self._button(self.tr("&Edit…"), "editStep", self.on_edit)
        self.up_button = self._button(self.tr("Move &up"), "moveUp", self.on_move_up)
        self.down_button = self._button(self.tr("Move &down"), "moveDown", self.on_move_down)
        self.remove_button = self._button(self.tr("&Remove"), "removeStep", self.on_remove)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("stepStatus")
        for status in STEP_STATUS_VALUES:
            self.status_combo.addItem(step_status_label(status), status)
        self.status_button = self._button(self.tr("&Set status"), "setStatus", self.on_set_status)
        self.link_button = self._button(
            self.tr("&Link usage session…"), "linkUsage", self.on_link_usage
        )
        self.unlink_button = self._button(
            self.tr("Unlin&k from step"), "unlinkUsage", self.on_unlink_usage
        )
        self.up_button.setShortcut("Ctrl+Shift+Up")
        self.down_button.setShortcut("Ctrl+Shift+Down")
        if not self.may_plan:
            hint = self.tr("Only a manager or an administrator plans the steps.")
            for button in (self.add_button, self.edit_button, self.up_button):
                button.setToolTip(hint)
            self.down_button.setToolTip(hint)
            self.remove_button.setToolTip(hint)

        self.state_label = QLabel()
        self.state_label.setObjectName("stepsState")
        self.state_label.setWordWrap(True)
        self.state_label.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("stepsSummary")

        self.usage_model = UsageLinesModel(self)
        self.usage_view = table_view(self.usage_model, UsageLinesModel.PURPOSE, "stepUsage")
        self.usage_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.bookings_model = StepBookingsModel(self)
        self.bookings_view = table_view(
            self.bookings_model, StepBookingsModel.PURPOSE, "stepBookings"
        )

        usage_box = QWidget()
        usage_layout = QVBoxLayout(usage_box)
        usage_layout.setContentsMargins(0, 4, 0, 0)
        usage_buttons = QHBoxLayout()
        usage_buttons.addWidget(self.link_button)
        usage_buttons.addWidget(self.unlink_button)
        usage_buttons.addStretch(1)
        usage_layout.addLayout(usage_buttons)
        usage_layout.addWidget(self.usage_view)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("stepDetailTabs")
        self.detail_tabs.addTab(usage_box, self.tr("Usage sessions"))
        self.detail_tabs.addTab(self.bookings_view, self.tr("Bookings"))

        plan_buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            plan_buttons.addWidget(button)
        plan_buttons.addStretch(1)
        plan_buttons.addWidget(self.status_combo)
        plan_buttons.addWidget(self.status_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.state_label)
        top_layout.addLayout(plan_buttons)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- data ------------------------------------------------------------------------------

    def set_job(self, job_id: int | None) -> None:
        if job_id != self.job_id:
            self.job = None
        self.job_id = job_id
        if job_id is None:
            self.model.set_rows([])
            self._usage, self._bookings = [], []
            self._show_step_details()
            self.summary.setText("")
            self._show_state()
            self._update_buttons()
            return
        self.reload()

    @Slot()
    def reload(self) -> None:
        job_id = self.job_id
        if job_id is None:
            return
        db, actor = self.context.db, self.context.actor
        sees_bookings = can(actor, Permission.VIEW_BOOKINGS)

        def load() -> _Loaded:
            with db.reader() as session:
                return _Loaded(
                    job_id=job_id,
                    job=job_service.get_job(session, actor, job_id),
                    steps=step_service.list_steps(session, actor, job_id),
                    usage=step_service.list_job_usage(session, actor, job_id),
                    bookings=(
                        booking_service.list_bookings(
                            session, actor, BookingFilter(job_id=job_id), limit=1000
                        )
                        if sees_bookings
                        else None
                    ),
                    time_zone=lab_zone(session),
                )

        self.context.runner.run(load, self._show_loaded)

    def _show_loaded(self, loaded: _Loaded) -> None:
        if loaded.job_id != self.job_id:
            return
        keep = self._select_after_load
        if keep is None:
            selected = self.selected_step()
            keep = selected.id if selected is not None else None
        self._select_after_load = None
        self.job = loaded.job
        self.time_zone = loaded.time_zone
        self.usage_model.time_zone = loaded.time_zone
        self.bookings_model.time_zone = loaded.time_zone
        self._usage = loaded.usage
        self._bookings = loaded.bookings
        self.model.set_rows(loaded.steps)
        self.view.resizeColumnsToContents()
        if keep is not None and self.select_step(keep):
            pass
        elif loaded.steps:
            self.view.selectRow(0)
        planned = sum((s.planned_hours for s in loaded.steps), start=0)
        actual = sum((s.actual_hours for s in loaded.steps), start=0)
        off_steps = sum(
            (line.hours for line in loaded.usage if line.step_id is None and line.hours), start=0
        )
        text = self.tr("%n step(s): {planned} h planned, {actual} h used", "", len(loaded.steps))
        text = text.format(planned=hours_text(planned), actual=hours_text(actual))  # type: ignore[arg-type]
        if off_steps:
            text += self.tr("; {hours} h booked to the job on no step").format(
                hours=hours_text(off_steps)  # type: ignore[arg-type]
            )
        self.summary.setText(text)
        self._show_state()
        self._show_step_details()
        self._update_buttons()

    def _show_state(self) -> None:
        job = self.job
        if job is not None and is_closed(job.status):
            self.state_label.setText(
                self.tr("{reference} is {status}: its steps can no longer be changed.").format(
                    reference=job.reference, status=status_label(job.status).lower()
                )
            )
            self.state_label.setVisible(True)
        else:
            self.state_label.setVisible(False)

    def _show_step_details(self) -> None:
        step = self.selected_step()
        step_id = step.id if step is not None else None
        usage = [line for line in self._usage if step is not None and line.step_id == step_id]
        self.usage_model.set_rows(usage)
        self.usage_view.resizeColumnsToContents()
        self.detail_tabs.setTabText(
            0, self.tr("Usage sessions of the step ({n})").format(n=len(usage))
        )
        if self._bookings is None:
            self.detail_tabs.setTabEnabled(1, False)
            self.bookings_model.set_rows([])
            return
        bookings = [b for b in self._bookings if step is not None and b.job_step_id == step_id]
        bookings.sort(key=lambda b: b.start)
        self.bookings_model.set_rows(bookings)
        self.bookings_view.resizeColumnsToContents()
        self.detail_tabs.setTabText(
            1, self.tr("Bookings of the step ({n})").format(n=len(bookings))
        )

    def steps(self) -> list[StepView]:
        return self.model.rows()

    def selected_step(self) -> StepView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_step(self, step_id: int) -> bool:
        row = self.model.row_of(step_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def selected_usage(self) -> UsageLine | None:
        rows = self.usage_view.selectionModel().selectedRows()
        return self.usage_model.row_at(rows[0].row()) if rows else None

    @Slot()
    def on_selection_changed(self, *_args: object) -> None:
        step = self.selected_step()
        if step is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(step.status))
        self._show_step_details()
        self._update_buttons()

    def editable(self) -> bool:
        return self.job is not None and not is_closed(self.job.status)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        open_job = self.editable()
        step = self.selected_step()
        row = self.model.row_of(step.id) if step is not None else -1
        plan = self.may_plan and open_job
        work = self.may_work and open_job
        self.add_button.setEnabled(plan)
        self.edit_button.setEnabled(plan and step is not None)
        self.up_button.setEnabled(plan and row > 0)
        self.down_button.setEnabled(plan and 0 <= row < self.model.rowCount() - 1)
        self.remove_button.setEnabled(plan and step is not None)
        self.status_combo.setEnabled(work and step is not None)
        self.status_button.setEnabled(work and step is not None)
        self.link_button.setEnabled(work and step is not None and step.equipment_id is not None)
        self.unlink_button.setEnabled(work and self.selected_usage() is not None)

    # -- changes ---------------------------------------------------------------------------

    def _change(self, change: Callable[[Session, Actor], object]) -> object:
        """One unit of work through the service (raises its refusal), then reload."""
        with self.context.db.transaction(self.context.actor) as session:
            result = change(session, self.context.actor)
        self.reload()
        self.changed.emit()
        return result

    def _try(self, change: Callable[[Session, Actor], object]) -> bool:
        """A change from a button: a refusal goes to a message box."""
        try:
            self._change(change)
        except DomainError as error:
            show_domain_error(self, error)
            self.reload()  # someone may have changed the job meanwhile
            return False
        return True

    def add_step(self, data: StepInput) -> None:
        job_id = self.job_id
        if job_id is None:
            return
        with self.context.db.transaction(self.context.actor) as session:
            new_id = step_service.add_step(session, self.context.actor, job_id, data)
        self._select_after_load = new_id
        self.reload()
        self.changed.emit()

    def update_step(self, step_id: int, data: StepInput) -> None:
        self._change(lambda s, a: step_service.update_step(s, a, step_id, data))

    def move_selected(self, offset: int) -> bool:
        step = self.selected_step()
        if step is None:
            return False
        target = step.sequence + offset
        if not 1 <= target <= self.model.rowCount():
            return False
        return self._try(lambda s, a: step_service.move_step(s, a, step.id, target))

    def set_selected_status(self, status: str) -> bool:
        step = self.selected_step()
        if step is None:
            return False
        return self._try(lambda s, a: step_service.set_step_status(s, a, step.id, status))

    def remove_selected(self) -> bool:
        step = self.selected_step()
        if step is None:
            return False
        return self._try(lambda s, a: step_service.remove_step(s, a, step.id))

    def link_usage(self, usage_id: int, step_id: int) -> None:
        job_id = self.job_id
        if job_id is None:
            return
        self._change(lambda s, a: step_service.link_usage_session(s, a, usage_id, job_id, step_id))

    def equipment_choices(self) -> list[tuple[int, str]]:
        with self.context.db.reader() as session:
            rows = equipment_service.list_equipment(
                session, self.context.actor, EquipmentQuery(include_retired=False), limit=None
            )
        return [(row.id, f"{row.name} ({row.asset_tag})") for row in rows]

    def make_step_dialog(self, step: StepView | None = None) -> StepDialog:
        if step is None:
            return StepDialog(self.equipment_choices(), self.add_step, None, self)
        return StepDialog(
            self.equipment_choices(), lambda data: self.update_step(step.id, data), step, self
        )

    def make_link_dialog(self, step: StepView) -> LinkUsageDialog:
        with self.context.db.reader() as session:
            lines = step_service.linkable_usage_sessions(session, self.context.actor, step.id)
        return LinkUsageDialog(
            step, lines, self.time_zone, lambda usage_id: self.link_usage(usage_id, step.id), self
        )

    @Slot()
    def on_add(self) -> None:
        if self.job_id is None:
            return
        try:
            dialog = self.make_step_dialog()
        except DomainError as error:
            show_domain_error(self, error)
            return
        dialog.exec()

    @Slot()
    def on_edit(self, *_args: object) -> None:
        step = self.selected_step()
        if step is None or not self.edit_button.isEnabled():
            return
        try:
            dialog = self.make_step_dialog(step)
        except DomainError as error:
            show_domain_error(self, error)
            return
        dialog.exec()

    @Slot()
    def on_move_up(self) -> None:
        self.move_selected(-1)

    @Slot()
    def on_move_down(self) -> None:
        self.move_selected(+1)

    @Slot()
    def on_set_status(self) -> None:
        status = self.status_combo.currentData()
        if status is not None:
            self.set_selected_status(str(status))

    @Slot()
    def on_remove(self) -> None:
        step = self.selected_step()
        if step is not None and self.confirm_remove(step):
            self.remove_selected()

    def confirm_remove(self, step: StepView) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove step"),
            self.tr("Remove step {n}, “{description}”, from the plan?").format(
                n=step.sequence, description=step.description
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def on_link_usage(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        try:
            dialog = self.make_link_dialog(step)
        except DomainError as error:
            show_domain_error(self, error)
            return
        dialog.exec()

    @Slot()
    def on_unlink_usage(self) -> None:
        """Takes the session off the step; it stays booked to the job (its cost counts on the
        job's "not assigned to a step" line)."""
        line = self.selected_usage()
        job_id = self.job_id
        if line is None or job_id is None:
            return
        self._try(lambda s, a: step_service.link_usage_session(s, a, line.id, job_id, None))
