"""The Maintenance tab of the Equipment page: plans with their next due date and hours, the
maintenance records, "Record maintenance" (a blocking incident takes the equipment out of
service), "Finish maintenance" for open work (the equipment is available again) and, for
managers, "Return to service" with a note."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.i18n import format_date, format_number
from itc_desktop.models.equipment import EQUIPMENT_CURRENCIES, EquipmentStatus, MaintenanceKind
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import DomainError, StaleCopy
from itc_desktop.services.maintenance import MaintenanceRow, PlanState, PlanStatus
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.models.equipment import AMBER, RED, RecordsTableModel
from itc_desktop.ui.pages.equipment_calibration_tab import fit_columns
from itc_desktop.ui.pages.equipment_form import parse_decimal
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import configure_table, local_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaintenanceTab", text)


def kind_title(kind: str) -> str:
    return {
        MaintenanceKind.PREVENTIVE.value: _tr("Preventive"),
        MaintenanceKind.CORRECTIVE.value: _tr("Corrective"),
        MaintenanceKind.INCIDENT.value: _tr("Incident"),
    }.get(kind, kind)


def _date_time_edit(name: str, at: datetime, zone: tzinfo) -> QDateTimeEdit:
    local = at.astimezone(zone)
    edit = QDateTimeEdit(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def _instant(edit: QDateTimeEdit, zone: tzinfo) -> datetime:
    """The edit's wall-clock time in the lab's zone, as a UTC instant."""
    return edit.dateTime().toPython().replace(tzinfo=zone).astimezone(UTC)


class RecordMaintenanceDialog(QDialog):
    def __init__(
        self,
        context: PageContext,
        equipment_id: int,
        plans: list[PlanStatus],
        zone: tzinfo,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.equipment_id = equipment_id
        self.zone = zone
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Record maintenance"))
        self.setMinimumWidth(480)
        now = datetime.now(UTC)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in MaintenanceKind:
            self.kind.addItem(kind_title(kind.value), kind.value)
        self.plan = QComboBox()
        self.plan.setObjectName("plan")
        self.plan.addItem(self.tr("(no plan)"), None)
        for plan in plans:
            self.plan.addItem(plan.description, plan.plan_id)
        self.started = _date_time_edit("started", now - timedelta(hours=1), zone)
        self.finished = QCheckBox(self.tr("Finished at:"))
        self.finished.setChecked(True)
        self.ended = _date_time_edit("ended", now, zone)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setFixedHeight(60)
        self.performed_by = QComboBox()
        self.performed_by.setObjectName("performedBy")
        # None: the service's rule — done by the company below, or else by you.
        self.performed_by.addItem(self.tr("(you, or the company below)"), None)
        with context.db.reader() as session:
            staff = qualification_service.list_operators(session, context.actor)
        for person in staff:
            self.performed_by.addItem(person.full_name, person.id)
        self.external_company = QLineEdit()
        self.external_company.setObjectName("externalCompany")
        self.external_company.setPlaceholderText(self.tr("empty: done by lab staff"))
        self.cost = QLineEdit()
        self.cost.setObjectName("cost")
        self.currency = QComboBox()
        self.currency.addItems(list(EQUIPMENT_CURRENCIES))
        self.blocking = QCheckBox(self.tr("Blocking: take the equipment out of service"))
        self.blocking.setObjectName("blocking")
        self.message = FormMessage()

        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost, 1)
        cost_row.addWidget(self.currency)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Plan:"), self.plan)
        form.addRow(self.tr("&Started:"), self.started)
        form.addRow(self.finished, self.ended)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Performed b&y (staff):"), self.performed_by)
        form.addRow(self.tr("External &company:"), self.external_company)
        form.addRow(self.tr("C&ost:"), cost_row)
        form.addRow("", self.blocking)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self.on_input_changed)
        self.finished.toggled.connect(self.on_input_changed)
        self.blocking.toggled.connect(self.on_input_changed)
        self.description.textChanged.connect(self.on_input_changed)
        self.cost.textChanged.connect(self.on_input_changed)
        self.started.dateTimeChanged.connect(self.on_input_changed)
        self.ended.dateTimeChanged.connect(self.on_input_changed)
        self.on_input_changed()

    def is_incident(self) -> bool:
        return self.kind.currentData() == MaintenanceKind.INCIDENT.value

    def problem(self) -> str:
        if not self.description.toPlainText().strip():
            return self.tr("Description: required")
        if self.finished.isChecked() and self.ended.dateTime() < self.started.dateTime():
            return self.tr("End: must be after the start")
        try:
            parse_decimal(self.cost.text())
        except ValueError as error:
            return self.tr("Cost: {problem}").format(problem=error)
        return ""

    @Slot()
    def on_input_changed(self) -> None:
        incident = self.is_incident()
        self.blocking.setEnabled(incident)
        if not incident:
            self.blocking.setChecked(False)
        # A blocking incident stays open until a manager returns the equipment to service.
        self.finished.setEnabled(not self.blocking.isChecked())
        if self.blocking.isChecked():
            self.finished.setChecked(False)
        self.ended.setEnabled(self.finished.isChecked())
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        if problem and self.description.toPlainText():
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    @Slot()
    def on_save(self) -> None:
        if self.problem():
            return
        try:
            with self.context.db.transaction(self.context.actor) as session:
                self.created_id = maintenance_service.record_maintenance(
                    session,
                    self.context.actor,
                    self.equipment_id,
                    kind=self.kind.currentData(),
                    started_at=_instant(self.started, self.zone),
                    ended_at=_instant(self.ended, self.zone) if self.finished.isChecked() else None,
                    description=self.description.toPlainText(),
                    performed_by_id=self.performed_by.currentData(),
                    external_company=self.external_company.text(),
                    cost=parse_decimal(self.cost.text()),
                    currency=self.currency.currentText(),
                    blocking=self.blocking.isChecked(),
                    plan_id=self.plan.currentData(),
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


class FinishMaintenanceDialog(QDialog):
    """Ends open maintenance work at a time (now by default): the downtime is then known and
    the equipment is available again, unless a blocking incident keeps it out of service."""

    def __init__(
        self, context: PageContext, row: MaintenanceRow, zone: tzinfo, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.row = row
        self.zone = zone
        self.setWindowTitle(self.tr("Finish maintenance"))
        self.setMinimumWidth(440)
        self.summary = QLabel(
            self.tr("{kind} since {start}:").format(
                kind=kind_title(row.kind), start=local_text(row.started_at, zone)
            )
            + "\n"
            + row.description
        )
        self.summary.setObjectName("finishSummary")
        self.summary.setWordWrap(True)
        self.ended = _date_time_edit("finishedAt", datetime.now(UTC), zone)
        self.note = QLabel()
        self.note.setObjectName("finishNote")
        self.note.setWordWrap(True)
        if row.blocking:
            self.note.setText(
                self.tr(
                    "This is a blocking incident: the equipment stays out of service until a "
                    "manager returns it to service."
                )
            )
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Finished at:"), self.ended)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Finish"))
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ended.dateTimeChanged.connect(self.on_input_changed)
        self.on_input_changed()

    def problem(self) -> str:
        ended = _instant(self.ended, self.zone)
        if ended < self.row.started_at.replace(second=0, microsecond=0):
            return self.tr("End: must be after the start")
        if ended > datetime.now(UTC) + timedelta(minutes=5):
            return self.tr("End: cannot be in the future")
        return ""

    @Slot()
    def on_input_changed(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        if problem:
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    @Slot()
    def on_save(self) -> None:
        if self.problem():
            return
        # The minute shown, but never before the start (the edit has no seconds).
        ended = max(_instant(self.ended, self.zone), self.row.started_at)
        try:
            with self.context.db.transaction(self.context.actor) as session:
                maintenance_service.finish_maintenance(
                    session, self.context.actor, self.row.id, ended
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


class NewPlanDialog(QDialog):
    """A maintenance plan: every N days and/or every N operating hours (managers)."""

    def __init__(self, context: PageContext, equipment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id = equipment_id
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New maintenance plan"))
        self.setMinimumWidth(420)
        self.description = QLineEdit()
        self.description.setObjectName("planDescription")
        self.interval_days = QLineEdit()
        self.interval_days.setObjectName("intervalDays")
        self.interval_hours = QLineEdit()
        self.interval_hours.setObjectName("intervalHours")
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Every N &days:"), self.interval_days)
        form.addRow(self.tr("Every N operating &hours:"), self.interval_hours)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create plan"))
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.description, self.interval_days, self.interval_hours):
            edit.textChanged.connect(self.on_input_changed)
        self.on_input_changed()

    def days(self) -> int | None:
        text = self.interval_days.text().strip()
        if not text:
            return None
        if not text.isdigit() or int(text) <= 0:
            raise ValueError(self.tr("Every N days: a whole number above zero"))
        return int(text)

    def hours(self) -> Decimal | None:
        try:
            hours = parse_decimal(self.interval_hours.text())
        except ValueError as error:
            raise ValueError(
                self.tr("Every N operating hours: {problem}").format(problem=error)
            ) from None
        if hours is not None and hours <= 0:
            raise ValueError(self.tr("Every N operating hours: must be more than zero"))
        return hours

    def problem(self) -> str:
        if not self.description.text().strip():
            return self.tr("Description: required")
        try:
            days, hours = self.days(), self.hours()
        except ValueError as error:
            return str(error)
        if days is None and hours is None:
            return self.tr("Interval: give every N days, every N operating hours, or both")
        return ""

    @Slot()
    def on_input_changed(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        if problem and self.description.text():
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    @Slot()
    def on_save(self) -> None:
        if self.problem():
            return
        try:
            with self.context.db.transaction(self.context.actor) as session:
                self.created_id = maintenance_service.create_plan(
                    session,
                    self.context.actor,
                    self.equipment_id,
                    description=self.description.text(),
                    interval_days=self.days(),
                    interval_hours=self.hours(),
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


class ReturnToServiceDialog(QDialog):
    """The manager says what was checked before the equipment is used again. `version`: the
    equipment as the tab read it; changed elsewhere meanwhile, the save is refused naming
    who and when (`stale` is then True and the tab reads the equipment again)."""

    def __init__(
        self,
        context: PageContext,
        equipment_id: int,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.equipment_id = equipment_id
        self.version = version
        self.stale = False
        self.setWindowTitle(self.tr("Return to service"))
        self.setMinimumWidth(420)
        self.note = QPlainTextEdit()
        self.note.setObjectName("returnNote")
        self.note.setPlaceholderText(self.tr("What was checked or repaired?"))
        self.message = FormMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Return to service"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.note.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&Note:")))
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def on_save(self) -> None:
        try:
            with self.context.db.transaction(self.context.actor) as session:
                maintenance_service.return_to_service(
                    session,
                    self.context.actor,
                    self.equipment_id,
                    self.note.toPlainText(),
                    expected_version=self.version,
                )
        except DomainError as error:
            self.stale = self.stale or isinstance(error, StaleCopy)
            self.message.show_problem(error_text(error))
            return
        self.accept()


def _plan_cells(plan: PlanStatus, zone: tzinfo) -> list[str]:
    hours = "" if plan.interval_hours is None else f"{plan.interval_hours.normalize():f}"
    left = "" if plan.hours_left is None else format_number(plan.hours_left, 1)
    state = {
        PlanState.OK: _tr("ok"),
        PlanState.DUE: _tr("due"),
        PlanState.OVERDUE: _tr("overdue"),
    }[plan.state]
    return [
        plan.description,
        "" if plan.interval_days is None else str(plan.interval_days),
        hours,
        local_text(plan.last_done_at, zone),
        "" if plan.next_due_date is None else format_date(plan.next_due_date),
        left,
        state,
    ]


def _record_cells(row: MaintenanceRow, zone: tzinfo) -> list[str]:
    ended = local_text(row.ended_at, zone) or _tr("open")
    if row.downtime is not None:  # the downtime with the end, to keep the panel narrow
        ended += f" ({format_number(row.downtime.total_seconds() / 3600, 1)} h)"
    kind = kind_title(row.kind)
    return [
        _tr("{kind}, blocking").format(kind=kind) if row.blocking else kind,
        local_text(row.started_at, zone),
        ended,
        row.description,
    ]


def record_summary(row: MaintenanceRow) -> str:
    """The selected record in full, under the table: who, cost, the whole description."""
    parts = [kind_title(row.kind)]
    who = ", ".join(name for name in (row.performed_by, row.external_company) if name)
    if who:
        parts.append(_tr("by {who}").format(who=who))
    if row.cost is not None:
        parts.append(f"{format_number(row.cost, 2)} {row.currency}")
    if row.recorded_by:
        parts.append(_tr("recorded by {name}").format(name=row.recorded_by))
    return " · ".join(parts) + "\n" + row.description


class MaintenanceTab(QWidget):
    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id: int | None = None
        self.status: str | None = None
        self.version: int | None = None  # of the equipment shown, for return to service
        self.plans: list[PlanStatus] = []
        with context.db.reader() as session:
            self.zone: tzinfo = lab_zone(session)
        self.may_record = can(context.actor, Permission.RECORD_MAINTENANCE)
        self.may_return = can(context.actor, Permission.RETURN_TO_SERVICE)
        self.may_plan = can(context.actor, Permission.MANAGE_EQUIPMENT)

        self.record_button = QPushButton(self.tr("&Record maintenance…"))
        self.record_button.setObjectName("recordMaintenance")
        self.record_button.clicked.connect(self.on_record)
        self.finish_button = QPushButton(self.tr("Finis&h maintenance…"))
        self.finish_button.setObjectName("finishMaintenance")
        self.finish_button.setToolTip(self.tr("End the selected open maintenance work"))
        self.finish_button.clicked.connect(self.on_finish)
        self.return_button = QPushButton(self.tr("Return to ser&vice…"))
        self.return_button.setObjectName("returnToService")
        self.return_button.clicked.connect(self.on_return)
        if not self.may_return:
            self.return_button.setToolTip(self.tr("Only a manager can return it to service."))
        self.plan_button = QPushButton(self.tr("New &plan…"))
        self.plan_button.setObjectName("newPlan")
        self.plan_button.clicked.connect(self.on_new_plan)
        if not self.may_plan:
            self.plan_button.setToolTip(self.tr("Managers and admins plan maintenance."))
        self.state_label = QLabel()
        self.state_label.setObjectName("maintenanceState")

        self.plans_model = RecordsTableModel(
            ("Plan", "Every N days", "Every N h", "Last done", "Next due", "Hours left", "State"),
            "MaintenanceTab",
            self,
        )
        self.plans_view = configure_table(QTableView(), 0)
        self.plans_view.setObjectName("plansTable")
        self.plans_view.setModel(self.plans_model)
        self.records_model = RecordsTableModel(
            ("Kind", "Started", "Ended (downtime)", "Description"),
            "MaintenanceTab",
            self,
        )
        self.records_view = configure_table(QTableView(), 3)
        self.records_view.setObjectName("recordsTable")
        self.records_view.setModel(self.records_model)
        self.records_view.selectionModel().selectionChanged.connect(self.on_record_selected)
        self.record_detail = QLabel()
        self.record_detail.setObjectName("recordDetail")
        self.record_detail.setWordWrap(True)
        self.record_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(self.return_button)
        top.addWidget(self.finish_button)
        top.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        plans_row = QHBoxLayout()
        plans_row.addWidget(QLabel(self.tr("<b>Plans</b>")), 1)
        plans_row.addWidget(self.plan_button)
        layout.addLayout(plans_row)
        layout.addWidget(self.plans_view, 2)
        layout.addWidget(QLabel(self.tr("<b>Records</b>")))
        layout.addWidget(self.records_view, 3)
        layout.addWidget(self.record_detail)
        self.set_equipment(None)

    def set_equipment(self, equipment_id: int | None) -> None:
        self.equipment_id = equipment_id
        self.status = self.version = None
        self.plans = []
        records: list[MaintenanceRow] = []
        if equipment_id is not None:
            actor = self.context.actor
            with self.context.db.reader() as session:
                detail = equipment_service.get_equipment(session, actor, equipment_id)
                self.status, self.version = detail.status, detail.version
                self.plans = maintenance_service.list_plans(session, actor, equipment_id)
                records = maintenance_service.list_records(session, actor, equipment_id)
        zone = self.zone
        self.plans_model.set_rows(
            self.plans,
            lambda p: _plan_cells(p, zone),
            lambda p: {PlanState.DUE: AMBER, PlanState.OVERDUE: RED}.get(p.state),
        )
        self.records_model.set_rows(
            records,
            lambda r: _record_cells(r, zone),
            lambda r: RED if r.blocking and r.ended_at is None else None,
        )
        fit_columns(self.plans_view, 0, widest=110)
        fit_columns(self.records_view, 3, widest=130)
        # The open work first: that is what "Finish maintenance" is usually wanted for.
        open_rows = [i for i, r in enumerate(records) if r.ended_at is None]
        if records:
            self.records_view.selectRow(open_rows[0] if open_rows else 0)
        self.on_record_selected()
        out = self.status == EquipmentStatus.OUT_OF_SERVICE.value
        if out:
            self.state_label.setText(
                f'<span style="color:{RED}; font-weight:bold">'
                + self.tr("Out of service")
                + "</span>"
            )
        elif self.status == EquipmentStatus.MAINTENANCE.value:
            self.state_label.setText(self.tr("Under maintenance"))
        else:
            self.state_label.setText("")
        retired = self.status in (None, EquipmentStatus.RETIRED.value)
        self.record_button.setEnabled(self.may_record and not retired)
        self.return_button.setEnabled(self.may_return and out)
        self.plan_button.setEnabled(self.may_plan and not retired)

    def selected_record(self) -> MaintenanceRow | None:
        rows = self.records_view.selectionModel().selectedRows()
        return self.records_model.record_at(rows[0].row()) if rows else None

    @Slot()
    def on_record_selected(self, *_args: object) -> None:
        selected = self.selected_record()
        self.record_detail.setText("" if selected is None else record_summary(selected))
        self.finish_button.setEnabled(
            self.may_record
            and selected is not None
            and selected.ended_at is None
            and self.status != EquipmentStatus.RETIRED.value
        )

    @Slot()
    def on_record(self) -> None:
        if self.equipment_id is None:
            return
        dialog = RecordMaintenanceDialog(
            self.context, self.equipment_id, self.plans, self.zone, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_equipment(self.equipment_id)
            self.changed.emit()

    @Slot()
    def on_new_plan(self) -> None:
        if self.equipment_id is None:
            return
        dialog = NewPlanDialog(self.context, self.equipment_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_equipment(self.equipment_id)
            self.changed.emit()

    @Slot()
    def on_return(self) -> None:
        if self.equipment_id is None:
            return
        dialog = ReturnToServiceDialog(self.context, self.equipment_id, self, version=self.version)
        if dialog.exec() == QDialog.DialogCode.Accepted or dialog.stale:
            self.set_equipment(self.equipment_id)
            self.changed.emit()

    @Slot()
    def on_finish(self) -> None:
        row = self.selected_record()
        if self.equipment_id is None or row is None or row.ended_at is not None:
            return
        dialog = FinishMaintenanceDialog(self.context, row, self.zone, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_equipment(self.equipment_id)
            self.changed.emit()
