"""One job on the Jobs page: its header and status, buttons for exactly the transitions this
user may make now, and the tabs Overview, Timeline, Steps, Specimens, Costs, Results and
Reports; "Test report…" and "Intake slip…" open the job's reports in a window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.drafts import DraftStore
from itc_desktop.i18n import format_date
from itc_desktop.models.jobs import CLOSED_STATUS_VALUES, JobStatus
from itc_desktop.services import job_workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import DomainError
from itc_desktop.services.job_workflow import status_label
from itc_desktop.services.jobs import JobDetail
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages import report_work
from itc_desktop.ui.pages.job_costs_tab import CostsTab
from itc_desktop.ui.pages.job_dialogs import AccessCodeDialog, JobForm, TransitionDialog
from itc_desktop.ui.pages.job_reports import JobReportDialog, JobReportsTab
from itc_desktop.ui.pages.job_results_tab import JobResultsTab
from itc_desktop.ui.pages.job_specimens_tab import SpecimensTab
from itc_desktop.ui.pages.job_steps_tab import StepsTab
from itc_desktop.ui.pages.job_timeline_tab import TimelineTab
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.report_views import ReportDialog, ask

STATUS_COLOURS = {
    "received": "#546e7a",
    "quoted": "#6a1b9a",
    "approved": "#1565c0",
    "in_progress": "#00838f",
    "testing": "#2e7d32",
    "completed": "#558b2f",
    "delivered": "#424242",
    "on_hold": "#b26a00",
    "cancelled": "#b00020",
}


def status_badge_style(status: str) -> str:
    colour = STATUS_COLOURS.get(status, "#546e7a")
    return (
        f"background: {colour}; color: white; border-radius: 9px; padding: 2px 10px;"
        " font-weight: bold;"
    )


class JobDetailPanel(QWidget):
    """`job_changed(id)` after anything about the job was saved (the list reloads)."""

    job_changed = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job: JobDetail | None = None
        self.can_manage = can(context.actor, Permission.MANAGE_JOBS)
        self.status_buttons: dict[str, QPushButton] = {}

        self.reference_label = QLabel()
        self.reference_label.setObjectName("jobReference")
        self.reference_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setObjectName("jobStatus")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("jobSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.overdue_label = QLabel(self.tr("overdue"))
        self.overdue_label.setStyleSheet("color: #b00020; font-weight: bold;")
        header = QHBoxLayout()
        header.addWidget(self.reference_label)
        header.addWidget(self.status_label)
        header.addWidget(self.overdue_label)
        header.addStretch(1)
        self.report_button = QPushButton(self.tr("Test re&port…"))
        self.report_button.setObjectName("jobReportButton")
        self.report_button.setToolTip(
            self.tr("Preview the job's test report as a draft; managers issue it from there")
        )
        self.report_button.clicked.connect(self.on_test_report)
        self.report_button.setVisible(can(context.actor, Permission.VIEW_REPORTS))
        self.intake_button = QPushButton(self.tr("Intake s&lip…"))
        self.intake_button.setObjectName("intakeSlipButton")
        self.intake_button.setToolTip(
            self.tr("The slip for the customer, with a new kiosk access code and its QR code")
        )
        self.intake_button.clicked.connect(self.on_intake_slip)
        self.intake_button.setVisible(self.can_manage)
        header.addWidget(self.report_button)
        header.addWidget(self.intake_button)
        self.transitions_row = QHBoxLayout()
        self.transitions_row.setContentsMargins(0, 0, 0, 0)
        self.transitions_hint = QLabel()
        self.transitions_hint.setStyleSheet("color: #555;")

        # -- Overview ------------------------------------------------------------------
        self.form = JobForm(context)
        self.form_message = FormMessage()
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.clicked.connect(self.on_save)
        self.code_button = QPushButton(self.tr("Regenerate &kiosk code…"))
        self.code_button.setToolTip(
            self.tr("A new access code for the kiosk; the old one stops working.")
        )
        self.code_button.clicked.connect(self.on_regenerate_code)
        self.code_button.setVisible(self.can_manage)
        overview_buttons = QHBoxLayout()
        overview_buttons.addWidget(self.save_button)
        overview_buttons.addStretch(1)
        overview_buttons.addWidget(self.code_button)
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.form)
        overview_layout.addWidget(self.form_message)
        overview_layout.addLayout(overview_buttons)
        overview_layout.addStretch(1)
        overview_scroll = QScrollArea()
        overview_scroll.setWidgetResizable(True)
        overview_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        overview_scroll.setWidget(overview)
        self.form.changed.connect(self.on_form_changed)

        self.timeline_tab = TimelineTab(context)
        self.steps_tab = StepsTab(context)
        self.specimens_tab = SpecimensTab(context)
        self.costs_tab = CostsTab(context)
        self.results_tab = JobResultsTab(context)
        with context.db.reader() as session:
            zone = lab_zone(session)
        self.reports_tab = JobReportsTab(context, zone)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("jobTabs")
        self.tabs.addTab(overview_scroll, self.tr("&Overview"))
        self.tabs.addTab(self.timeline_tab, self.tr("T&imeline"))
        self.tabs.addTab(self.steps_tab, self.tr("St&eps"))
        self.tabs.addTab(self.specimens_tab, self.tr("S&pecimens"))
        self.tabs.addTab(self.costs_tab, self.tr("Cos&ts"))
        self.tabs.addTab(self.results_tab, self.tr("&Results"))
        self.tabs.addTab(self.reports_tab, self.tr("Rep&orts"))
        self.job_tabs = (self.steps_tab, self.specimens_tab, self.costs_tab)
        for tab in self.job_tabs:
            tab.changed.connect(self._tab_changed_handler(tab))

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(header)
        body_layout.addWidget(self.subtitle_label)
        body_layout.addLayout(self.transitions_row)
        body_layout.addWidget(self.tabs, 1)
        self.empty_label = QLabel(self.tr("Choose a job in the list."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.body, 1)
        self.set_job(None)

    # -- loading ---------------------------------------------------------------------------

    def set_job(self, job_id: int | None) -> None:
        """Shows the job (None: nothing) on every tab."""
        self._load(job_id)
        for tab in (self.timeline_tab, *self.job_tabs, self.results_tab, self.reports_tab):
            tab.set_job(job_id)

    def _load(self, job_id: int | None) -> None:
        job: JobDetail | None = None
        if job_id is not None:
            with self.context.db.reader() as session:
                job = job_service.get_job(session, self.context.actor, job_id)
        self.job = job
        self.body.setVisible(job is not None)
        self.empty_label.setVisible(job is None)
        self._build_transition_buttons()
        if job is None:
            return
        self.reference_label.setText(job.reference)
        self.status_label.setText(status_label(job.status))
        self.status_label.setStyleSheet(status_badge_style(job.status))
        self.overdue_label.setVisible(job.overdue)
        due = format_date(job.due_date) if job.due_date else self.tr("no due date")
        self.subtitle_label.setText(
            self.tr("{title} — {company} · due {due}").format(
                title=job.title, company=job.company_name, due=due
            )
        )
        self.form.set_values(job.as_input(), job.contact_name)
        editable = self.can_manage and job.status not in CLOSED_STATUS_VALUES
        self.form.set_read_only(not editable)
        self.save_button.setVisible(editable)
        self.code_button.setEnabled(self.can_manage)
        self.on_form_changed()

    def _build_transition_buttons(self) -> None:
        while self.transitions_row.count():
            item = self.transitions_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.transitions_hint:
                widget.hide()  # gone at once, even before the event loop deletes it
                widget.deleteLater()
        self.status_buttons = {}
        if self.job is None:
            return
        targets = job_workflow.allowed_transitions(self.job, self.context.actor)
        for target in targets:
            button = QPushButton(self.transition_text(target))
            button.setObjectName(f"to_{target.value}")
            button.clicked.connect(
                lambda _checked=False, value=target.value: self.on_transition(value)
            )
            self.transitions_row.addWidget(button)
            self.status_buttons[target.value] = button
        if not targets:
            self.transitions_hint.setText(
                self.tr("Final state: no further status changes.")
                if self.job.status in CLOSED_STATUS_VALUES
                else self.tr("The next status change is for a manager.")
            )
        self.transitions_hint.setVisible(not targets)
        self.transitions_row.addWidget(self.transitions_hint)
        self.transitions_row.addStretch(1)

    def transition_text(self, target: JobStatus) -> str:
        if (
            self.job is not None
            and self.job.status == JobStatus.ON_HOLD.value
            and target not in (JobStatus.CANCELLED,)
        ):
            return self.tr("Resume ({status})…").format(status=status_label(target.value))
        texts = {
            JobStatus.QUOTED: self.tr("Quote sent…"),
            JobStatus.APPROVED: self.tr("Approve quote…"),
            JobStatus.IN_PROGRESS: self.tr("Start work…"),
            JobStatus.TESTING: self.tr("Start testing…"),
            JobStatus.COMPLETED: self.tr("Complete…"),
            JobStatus.DELIVERED: self.tr("Delivered…"),
            JobStatus.ON_HOLD: self.tr("Put on hold…"),
            JobStatus.CANCELLED: self.tr("Cancel job…"),
        }
        return texts.get(target, status_label(target.value))

    # -- actions ---------------------------------------------------------------------------

    def _tab_changed_handler(self, source: QWidget) -> Callable[[], None]:
        def handler() -> None:
            if self.job is None:
                return
            self._load(self.job.id)
            self.timeline_tab.set_job(self.job.id)
            for tab in self.job_tabs:
                if tab is not source:
                    tab.set_job(self.job.id)
            self.job_changed.emit(self.job.id)

        return handler

    def _after_change(self) -> None:
        if self.job is not None:
            job_id = self.job.id
            self.set_job(job_id)
            self.job_changed.emit(job_id)

    @Slot()
    def on_form_changed(self) -> None:
        problems = self.form.problems()
        self.save_button.setEnabled(not problems)
        if problems and self.save_button.isVisible():
            self.form_message.show_problem("\n".join(problems))
        else:
            self.form_message.clear_message()

    @Slot()
    def on_save(self) -> bool:
        if self.job is None:
            return False
        job, data = self.job, self.form.job_input()
        try:
            with self.context.db.transaction(self.context.actor) as session:
                job_service.update_job(
                    session, self.context.actor, job.id, data, expected_version=job.version
                )
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self._after_change()
        self.form_message.show_success(self.tr("Saved."))
        return True

    @Slot(str)
    def on_transition(self, to_status: str) -> None:
        if self.job is None:
            return
        drafts = DraftStore.for_user(self.context.db.location, self.context.actor.username)
        dialog = TransitionDialog(
            self.job.reference, self.job.status, to_status, self, drafts=drafts
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change_status(to_status, dialog.internal_note(), dialog.public_note())

    def change_status(self, to_status: str, internal_note: str, public_note: str | None) -> bool:
        """Asks the workflow service to move the job; its refusal is shown as a message."""
        if self.job is None:
            return False
        job = self.job
        try:
            with self.context.db.transaction(self.context.actor) as session:
                job_workflow.change_status(
                    session,
                    self.context.actor,
                    job.id,
                    to_status,
                    internal_note=internal_note,
                    public_note=public_note,
                    expected_version=job.version,
                )
        except DomainError as error:
            show_domain_error(self, error)
            self._after_change()  # someone may have moved it meanwhile: show what is true
            return False
        self._after_change()
        return True

    def confirm_regenerate(self, reference: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("New kiosk code"),
            self.tr(
                "Generate a new kiosk access code for {reference}? The code the customer "
                "has now stops working."
            ).format(reference=reference),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def on_regenerate_code(self) -> None:
        if self.job is None or not self.confirm_regenerate(self.job.reference):
            return
        job_id, reference = self.job.id, self.job.reference
        db, actor = self.context.db, self.context.actor

        def regenerate() -> str:
            with db.transaction(actor) as session:
                return job_service.regenerate_access_code(session, actor, job_id)

        self.code_button.setEnabled(False)
        self.context.runner.run(
            regenerate,
            lambda code: self.on_code_ready(reference, code),
            self.on_code_failed,
        )

    @Slot()
    def on_test_report(self) -> None:
        if self.job is None:
            return
        dialog = JobReportDialog(self.context, self.job.id, self.job.reference, self)
        dialog.issued.connect(lambda _id: self.reports_tab.set_job(dialog.job_id))
        dialog.on_draft()
        dialog.exec()

    @Slot()
    def on_intake_slip(self) -> None:
        if self.job is None or not ask(
            self,
            self.tr("Intake slip"),
            self.tr(
                "Make the intake slip of {reference}? It carries a NEW kiosk access code: the "
                "code the customer has now stops working."
            ).format(reference=self.job.reference),
        ):
            return
        dialog = ReportDialog(
            self.context,
            self.tr("Intake slip of {reference}").format(reference=self.job.reference),
            self,
        )
        db, actor, job_id = self.context.db, self.context.actor, self.job.id
        dialog.pane.generate(
            lambda: report_work.intake_slip(db, actor, job_id, "en"),
            self.tr("Making the intake slip…"),
        )
        dialog.exec()

    def on_code_ready(self, reference: str, code: str) -> None:
        self.code_button.setEnabled(self.can_manage)
        AccessCodeDialog(reference, code, self).exec()

    def on_code_failed(self, error: BaseException) -> None:
        self.code_button.setEnabled(self.can_manage)
        if isinstance(error, DomainError):
            show_domain_error(self, error)
        else:
            report_unexpected(error)
