"""Pieces the Reports page and the job detail share: the preview pane that makes a report in
the background (progress, then the PDF with Print… / Save as…, and XLSX/CSV for a usage
report), the list of issued test reports, the amendment dialog and a preview dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.errors import error_text, show_domain_error
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.report_work import LANGUAGES, MadeReport, report_list
from itc_desktop.ui.widgets.pdf_preview import PdfPreview
from itc_desktop.ui.widgets.tables import GREY, local_text

if TYPE_CHECKING:
    from itc_desktop.services.report_archive import IssuedReportView


def language_combo(selected: str = "en") -> QComboBox:
    """The report languages, each named in itself (English, Magyar, Srpski, Српски)."""
    combo = QComboBox()
    for value, name in LANGUAGES:
        combo.addItem(name, value)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question before a report that writes something (issue, a new kiosk code)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


class ReportPane(QWidget):
    """Makes a report in the background and shows it. `made(report)` when one is shown."""

    made = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.report: MadeReport | None = None
        self.caption = QLabel(self.tr("Choose a report and its parameters, then make it."))
        self.caption.setObjectName("reportCaption")
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-weight: bold;")
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 0)  # the services give no steps: a moving bar
        self.progress.setMaximumHeight(16)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setStyleSheet(f"color: {GREY};")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.setVisible(False)
        self.message = FormMessage()
        self.preview = PdfPreview()
        self.preview.printed.connect(self.on_printed)
        self.preview.saved.connect(
            lambda path: self.message.show_success(self.tr("Saved {path}").format(path=path))
        )
        self.preview.failed.connect(self.message.show_problem)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.xlsx_button.setObjectName("xlsxButton")
        self.xlsx_button.clicked.connect(lambda: self.on_export("xlsx"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.setObjectName("csvButton")
        self.csv_button.clicked.connect(lambda: self.on_export("csv"))
        for button in (self.xlsx_button, self.csv_button):
            button.setVisible(False)
            self.preview.tools.insertWidget(self.preview.tools.count(), button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)

    @property
    def busy(self) -> bool:
        return self.progress_box.isVisible()

    def generate(
        self,
        work: Callable[[], MadeReport],
        busy_text: str,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Runs `work` on the runner; the bar moves meanwhile. A refusal (DomainError) is
        shown in a message box and under the caption; the previous preview stays."""
        self.message.clear_message()
        self.progress_label.setText(busy_text)
        self.progress_box.setVisible(True)
        self.context.runner.run(work, self._done, lambda error: self._failed(error, on_error))

    def _done(self, report: MadeReport) -> None:
        self.progress_box.setVisible(False)
        try:
            self.preview.show_pdf(report.pdf, report.file_name)
        except ValueError as error:
            self.message.show_problem(str(error))
            return
        self.report = report
        self.caption.setText(report.caption)
        usage = report.figures is not None
        self.xlsx_button.setVisible(usage)
        self.csv_button.setVisible(usage)
        self.made.emit(report)

    def _failed(
        self, error: BaseException, on_error: Callable[[BaseException], None] | None
    ) -> None:
        self.progress_box.setVisible(False)
        if on_error is not None:
            on_error(error)
        if isinstance(error, DomainError):
            self.message.show_problem(error_text(error))
            show_domain_error(self, error)
        else:
            report_unexpected(error)

    @Slot(int)
    def on_printed(self, pages: int) -> None:
        self.message.show_success(
            self.tr("Sent {pages} page(s) to the printer.").format(pages=pages)
        )

    def choose_export_path(self, suffix: str) -> str:
        assert self.report is not None
        name = Path(self.report.file_name).with_suffix(f".{suffix}").name
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the figures"), name, f"{suffix.upper()} (*.{suffix})"
        )
        return path

    def on_export(self, suffix: str) -> None:
        if self.report is None or self.report.figures is None:
            return
        path = self.choose_export_path(suffix)
        if path:
            self.export_to(Path(path), suffix)

    def export_to(self, path: Path, suffix: str) -> bool:
        """Writes the shown usage report's figures as XLSX or CSV (the report's language)."""
        assert self.report is not None and self.report.figures is not None
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        from itc_desktop.reports.usage_export import usage_csv, usage_workbook  # openpyxl: ~0.3 s

        data = (
            usage_workbook(self.report.figures)
            if suffix == "xlsx"
            else usage_csv(self.report.figures, self.report.lang)
        )
        try:
            path.write_bytes(data)
        except OSError as error:
            self.message.show_problem(
                self.tr("Cannot write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        self.message.show_success(self.tr("Saved {path}").format(path=path))
        return True


class IssuedReportsList(QWidget):
    """Issued test reports (all with a search, or `one_job`'s), newest first, Open, Amend….
    `open_requested(id)` and `amend_requested(id)`."""

    open_requested = Signal(int)
    amend_requested = Signal(int)

    def __init__(
        self,
        context: PageContext,
        zone: tzinfo,
        *,
        one_job: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.zone = zone
        self.job_id: int | None = None
        self.reports: list[IssuedReportView] = []
        self.may_amend = can(context.actor, Permission.ISSUE_REPORTS)
        self.search = QLineEdit()
        self.search.setObjectName("reportSearch")
        self.search.setPlaceholderText(self.tr("Search report number, job or company…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.search.setVisible(not one_job)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("issuedReports")
        self.table.setHorizontalHeaderLabels(list(self._column_titles()))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (1, 2):  # the job and its company: the same on every line of one job
            self.table.setColumnHidden(column, one_job)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.on_open())
        self.empty_label = QLabel(self.tr("No report has been issued yet."))
        self.empty_label.setStyleSheet(f"color: {GREY};")
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openReportButton")
        self.open_button.setToolTip(self.tr("Show the report exactly as issued, to reprint it"))
        self.open_button.clicked.connect(self.on_open)
        self.amend_button = QPushButton(self.tr("A&mend…"))
        self.amend_button.setObjectName("amendReportButton")
        self.amend_button.setToolTip(
            self.tr("Issue an amendment that replaces this report (the old one stays archived)")
        )
        self.amend_button.clicked.connect(self.on_amend)
        self.amend_button.setVisible(self.may_amend)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.amend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Report"),
            self.tr("Job"),
            self.tr("Company"),
            self.tr("Issued"),
            self.tr("By"),
            self.tr("Status"),
        )

    def set_job(self, job_id: int | None) -> None:
        self.job_id = job_id
        self.reload()

    @Slot()
    def reload(self) -> None:
        db, actor, job_id = self.context.db, self.context.actor, self.job_id
        search = self.search.text()
        self.context.runner.run(
            lambda: report_list(db, actor, job_id=job_id, search=search), self.show_reports
        )

    def show_reports(self, reports: Sequence[IssuedReportView]) -> None:
        selected = self.selected_id()
        self.reports = list(reports)
        self.table.setRowCount(len(self.reports))
        for row, report in enumerate(self.reports):
            status = self.tr("current")
            if report.superseded:
                status = self.tr("superseded by {number}").format(
                    number=report.superseded_by_number
                )
            elif report.amendment:
                status = self.tr("amends {number}").format(number=report.amends_number)
            values = (
                report.report_number,
                report.job_reference,
                report.company_name,
                local_text(report.issued_at, self.zone),
                report.issued_by,
                status,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, report.id)
                item.setToolTip(f"{report.job_reference} — {report.job_title}")
                if report.superseded:
                    item.setForeground(QColor(GREY))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not self.reports)
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def select(self, report_id: int) -> bool:
        for row, report in enumerate(self.reports):
            if report.id == report_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_id(self) -> int | None:
        report = self.selected_report()
        return report.id if report is not None else None

    def selected_report(self) -> IssuedReportView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.reports[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        report = self.selected_report()
        self.open_button.setEnabled(report is not None)
        self.amend_button.setEnabled(report is not None and not report.superseded)

    @Slot()
    def on_open(self) -> None:
        report_id = self.selected_id()
        if report_id is not None:
            self.open_requested.emit(report_id)

    @Slot()
    def on_amend(self) -> None:
        report = self.selected_report()
        if report is not None and self.may_amend and not report.superseded:
            self.amend_requested.emit(report.id)


class AmendDialog(QDialog):
    """The reason for an amendment (required; it is printed on the new report) and its
    language (the amended report's by default)."""

    def __init__(self, report: IssuedReportView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend {number}").format(number=report.report_number))
        intro = QLabel(
            self.tr(
                "A new report, “Amendment to report {number}”, is issued from the job's "
                "approved results as they are now. {number} stays archived and is marked "
                "superseded."
            ).format(number=report.report_number)
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("amendReason")
        self.reason.setPlaceholderText(self.tr("What was wrong or has changed"))
        self.reason.textChanged.connect(self._update)
        self.language = language_combo(report.lang)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Language:"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue amendment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 280)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def lang(self) -> str:
        return str(self.language.currentData())


class ReportDialog(QDialog):
    """A report pane in its own window (from the job detail)."""

    def __init__(self, context: PageContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pane = ReportPane(context)
        self.actions_row = QHBoxLayout()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane, 1)
        layout.addLayout(self.actions_row)
        self.resize(820, 900)
