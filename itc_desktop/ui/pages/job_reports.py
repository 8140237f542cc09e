"""Reports from the job detail: the "Test report…" window (draft preview, issue), the
"Intake slip…" window (a new kiosk code), and the Reports tab with the job's issued reports."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.pages import report_work
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.report_views import (
    AmendDialog,
    IssuedReportsList,
    ReportDialog,
    ask,
    language_combo,
)
from itc_desktop.ui.pages.report_work import MadeReport


class JobReportDialog(ReportDialog):
    """The job's test report: a draft preview at once (any language), and for managers
    "Issue report…". `issued(report id)` after a report was issued."""

    issued = Signal(int)

    def __init__(
        self, context: PageContext, job_id: int, reference: str, parent: QWidget | None = None
    ):
        super().__init__(context, "", parent)
        self.setWindowTitle(self.tr("Test report of {reference}").format(reference=reference))
        self.context = context
        self.job_id = job_id
        self.reference = reference
        self.language = language_combo()
        self.language.setObjectName("reportLanguage")
        self.draft_button = QPushButton(self.tr("&Preview draft"))
        self.draft_button.setObjectName("draftButton")
        self.draft_button.clicked.connect(self.on_draft)
        self.issue_button = QPushButton(self.tr("&Issue report…"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.clicked.connect(self.on_issue)
        self.issue_button.setVisible(can(context.actor, Permission.ISSUE_REPORTS))
        for position, widget in enumerate(
            (QLabel(self.tr("Language:")), self.language, self.draft_button, self.issue_button)
        ):
            self.actions_row.insertWidget(position, widget)
        self.pane.made.connect(self.on_made)

    def lang(self) -> str:
        return str(self.language.currentData())

    @Slot()
    def on_draft(self) -> None:
        db, actor, job_id, lang = self.context.db, self.context.actor, self.job_id, self.lang()
        self.pane.generate(
            lambda: report_work.draft_report(db, actor, job_id, lang),
            self.tr("Making the draft report…"),
        )

    @Slot()
    def on_issue(self) -> None:
        if not ask(
            self,
            self.tr("Issue test report"),
            self.tr(
                "Issue the test report of {reference}? It gets the next report number and is "
                "archived for good; a later correction is an amendment."
            ).format(reference=self.reference),
        ):
            return
        db, actor, job_id, lang = self.context.db, self.context.actor, self.job_id, self.lang()
        self.pane.generate(
            lambda: report_work.issue_report(db, actor, job_id, lang),
            self.tr("Issuing the test report…"),
        )

    def on_made(self, report: MadeReport) -> None:
        if report.issued is not None:
            self.issue_button.setEnabled(False)  # issued: a second one would be a duplicate
            self.issued.emit(report.issued.id)


class JobReportsTab(QWidget):
    """The job's issued test reports: open one exactly as issued (to reprint), amend one."""

    changed = Signal()

    def __init__(self, context: PageContext, zone: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.list = IssuedReportsList(context, zone, one_job=True)
        self.list.empty_label.setText(self.tr("No test report of this job has been issued yet."))
        self.list.open_requested.connect(self.open_report)
        self.list.amend_requested.connect(self.amend_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def set_job(self, job_id: int | None) -> None:
        self.list.set_job(job_id) if job_id is not None else self.list.show_reports([])

    def _dialog(self, title: str) -> ReportDialog:
        return ReportDialog(self.context, title, self)

    @Slot(int)
    def open_report(self, report_id: int) -> None:
        report = next((r for r in self.list.reports if r.id == report_id), None)
        if report is None:
            return
        dialog = self._dialog(report.report_number)
        db, actor = self.context.db, self.context.actor
        dialog.pane.generate(
            lambda: report_work.stored_report(db, actor, report_id),
            self.tr("Opening the archived report…"),
        )
        dialog.exec()

    @Slot(int)
    def amend_report(self, report_id: int) -> None:
        report = next((r for r in self.list.reports if r.id == report_id), None)
        if report is None:
            return
        amend = AmendDialog(report, self)
        if amend.exec() != QDialog.DialogCode.Accepted:
            return
        reason, lang = amend.reason_text(), amend.lang()
        dialog = self._dialog(self.tr("Amendment of {number}").format(number=report.report_number))
        db, actor = self.context.db, self.context.actor
        dialog.pane.made.connect(lambda _made: self._after_change())
        dialog.pane.generate(
            lambda: report_work.amend_report(db, actor, report_id, reason, lang),
            self.tr("Issuing the amendment…"),
        )
        dialog.exec()

    def _after_change(self) -> None:
        self.list.reload()
        self.changed.emit()
