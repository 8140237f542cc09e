"""The Reports page: choose a report (a job's test report, a job's intake slip, the usage
report) and its parameters, make it in the background, see it, print or save it; below, the
issued test reports to reprint or amend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.i18n import _
from itc_desktop.models.equipment import CATEGORY_LABELS
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.jobs import JobFilter
from itc_desktop.services.permissions import Permission, can
from itc_desktop.services.usage_report import named_period
from itc_desktop.ui.pages import report_work
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.report_views import (
    AmendDialog,
    IssuedReportsList,
    ReportPane,
    ask,
    language_combo,
)
from itc_desktop.ui.pages.report_work import MadeReport, UsageRequest
from itc_desktop.ui.widgets.search_combo import SearchCombo

JOB_CHOICES = 1000  # the newest jobs offered (typing narrows them)
JOB_REPORT, INTAKE_SLIP, USAGE_REPORT = "job", "intake", "usage"


@dataclass(frozen=True)
class Choices:
    jobs: list[tuple[int, str]]
    equipment: list[tuple[str, str, str]]  # asset tag, name, category


class UsagePanel(QWidget):
    """Period (month, quarter, year or custom dates), category and equipment of the usage
    report."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for value, text in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("custom", self.tr("Custom dates")),
        ):
            self.kind.addItem(text, value)
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox()
        self.part.setObjectName("periodPart")
        self.date_from = QDateEdit()
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit()
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.category = QComboBox()
        self.category.setObjectName("usageCategory")
        self.category.addItem(self.tr("All categories"), None)
        for value, label in CATEGORY_LABELS.items():
            self.category.addItem(_(label), str(value))
        self.equipment = QListWidget()
        self.equipment.setObjectName("usageEquipment")
        self.equipment.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.equipment.setMaximumHeight(130)
        self.equipment_hint = QLabel(self.tr("None ticked: all equipment of the category."))
        self.equipment_hint.setStyleSheet("color: #757575;")
        self.equipment_hint.setWordWrap(True)
        self._all_equipment: list[tuple[str, str, str]] = []

        period_row = QHBoxLayout()
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.addWidget(self.kind)
        period_row.addWidget(self.part, 1)
        period_row.addWidget(self.year)
        dates_row = QHBoxLayout()
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel("–"))
        dates_row.addWidget(self.date_to)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Period:"), period_row)
        form.addRow(self.tr("From – to:"), dates_row)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Equipment:"), self.equipment)
        form.addRow("", self.equipment_hint)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part.currentIndexChanged.connect(self._apply_period)
        self.year.valueChanged.connect(self._apply_period)
        self.category.currentIndexChanged.connect(self._fill_equipment)
        # Start with the last complete month: what a manager prints at the start of a month.
        last_month = today.replace(day=1).toordinal() - 1
        previous = date.fromordinal(last_month)
        self.year.setValue(previous.year)
        self._kind_changed()
        self.part.setCurrentIndex(previous.month - 1)

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "month":
            for month in range(1, 13):
                self.part.addItem(QDate(2000, month, 1).toString("MMMM"), month)
        elif kind == "quarter":
            for quarter in range(1, 5):
                self.part.addItem(self.tr("Q{n}").format(n=quarter), quarter)
        self.part.blockSignals(False)
        self.part.setVisible(kind in ("month", "quarter"))
        self.year.setVisible(kind != "custom")
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(kind == "custom")
        self._apply_period()

    @Slot()
    def _apply_period(self) -> None:
        kind = self.kind.currentData()
        if kind == "custom":
            return
        part = self.part.currentData() or 1
        first, last = named_period(kind, self.year.value(), int(part))
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))

    def set_period(self, kind: str, year: int, part: int = 1) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(year)
        if kind in ("month", "quarter"):
            self.part.setCurrentIndex(self.part.findData(part))

    def set_equipment(self, equipment: list[tuple[str, str, str]]) -> None:
        self._all_equipment = equipment
        self._fill_equipment()

    @Slot()
    def _fill_equipment(self) -> None:
        ticked = set(self.ticked_tags())
        category = self.category.currentData()
        self.equipment.clear()
        for tag, name, item_category in self._all_equipment:
            if category is not None and item_category != category:
                continue
            item = QListWidgetItem(f"{tag}  {name}")
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag in ticked else Qt.CheckState.Unchecked)
            self.equipment.addItem(item)

    def tick(self, tags: set[str]) -> None:
        for row in range(self.equipment.count()):
            item = self.equipment.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in tags
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def ticked_tags(self) -> list[str]:
        items = (self.equipment.item(row) for row in range(self.equipment.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def request(self, lang: str) -> UsageRequest:
        tags = self.ticked_tags()
        return UsageRequest(
            date_from=self.date_from.date().toPython(),
            date_to=self.date_to.date().toPython(),
            equipment_tags=tuple(tags) if tags else None,
            category=self.category.currentData(),
            lang=lang,
        )


class ReportsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        actor = context.actor
        self._shown_before = False
        with context.db.reader() as session:
            zone = lab_zone(session)
        self.may_issue = can(actor, Permission.ISSUE_REPORTS)

        # -- what to make --------------------------------------------------------------
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind.addItem(self.tr("Test report of a job"), JOB_REPORT)
        if can(actor, Permission.MANAGE_JOBS):
            self.kind.addItem(self.tr("Intake slip of a job"), INTAKE_SLIP)
        if can(actor, Permission.VIEW_USAGE_REPORTS):
            self.kind.addItem(self.tr("Equipment usage report"), USAGE_REPORT)
        self.job = SearchCombo(self.tr("Job reference or title…"))
        self.job.setObjectName("reportJob")
        job_panel = QWidget()
        job_form = QFormLayout(job_panel)
        job_form.setContentsMargins(0, 0, 0, 0)
        job_form.addRow(self.tr("Job:"), self.job)
        self.usage = UsagePanel(date.today())
        self.panels = QStackedWidget()
        self.panels.addWidget(job_panel)
        self.panels.addWidget(self.usage)
        self.language = language_combo()
        self.language.setObjectName("reportLanguage")

        self.draft_button = QPushButton(self.tr("&Preview draft"))
        self.draft_button.setObjectName("draftButton")
        self.draft_button.setToolTip(
            self.tr("Every current result, watermarked “DRAFT — not valid”; nothing is stored")
        )
        self.draft_button.clicked.connect(self.on_draft)
        self.issue_button = QPushButton(self.tr("&Issue report…"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setToolTip(
            self.tr("The approved results get the next report number and are archived for good")
        )
        self.issue_button.clicked.connect(self.on_issue)
        self.issue_button.setVisible(self.may_issue)
        self.intake_button = QPushButton(self.tr("&Make intake slip…"))
        self.intake_button.setObjectName("intakeButton")
        self.intake_button.clicked.connect(self.on_intake)
        self.usage_button = QPushButton(self.tr("&Make report"))
        self.usage_button.setObjectName("usageButton")
        self.usage_button.clicked.connect(self.on_usage)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.draft_button, self.issue_button, self.intake_button, self.usage_button):
            buttons.addWidget(button)

        make_box = QGroupBox(self.tr("Make a report"))
        make_layout = QVBoxLayout(make_box)
        top = QFormLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addRow(self.tr("Report:"), self.kind)
        make_layout.addLayout(top)
        make_layout.addWidget(self.panels)
        language_form = QFormLayout()
        language_form.setContentsMargins(0, 0, 0, 0)
        language_form.addRow(self.tr("Language:"), self.language)
        make_layout.addLayout(language_form)
        make_layout.addLayout(buttons)

        self.issued = IssuedReportsList(context, zone)
        self.issued.open_requested.connect(self.open_issued)
        self.issued.amend_requested.connect(self.amend_issued)
        issued_box = QGroupBox(self.tr("Issued test reports"))
        issued_layout = QVBoxLayout(issued_box)
        issued_layout.addWidget(self.issued)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(make_box)
        left_layout.addWidget(issued_box, 1)
        self.pane = ReportPane(context)
        self.pane.made.connect(self.on_made)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.job.currentIndexChanged.connect(self._update_buttons)
        self._kind_changed()
        self._load_choices()
        self.issued.reload()

    # -- choices -------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        db, actor = self.context.db, self.context.actor
        with_equipment = can(actor, Permission.VIEW_USAGE_REPORTS)

        def load() -> Choices:
            with db.reader() as session:
                jobs = job_service.list_jobs(
                    session, actor, JobFilter(include_closed=True), limit=JOB_CHOICES
                )
                equipment = (
                    equipment_service.list_equipment(session, actor, limit=None)
                    if with_equipment
                    else []
                )
            return Choices(
                jobs=[(job.id, f"{job.reference} — {job.title}") for job in jobs],
                equipment=[(e.asset_tag, e.name, e.category) for e in equipment],
            )

        self.context.runner.run(load, self._show_choices)

    def _show_choices(self, choices: Choices) -> None:
        chosen = self.job_id()
        self.job.blockSignals(True)
        self.job.clear()
        for job_id, text in choices.jobs:
            self.job.addItem(text, job_id)
        self.job.setCurrentIndex(self.job.findData(chosen) if chosen is not None else -1)
        self.job.blockSignals(False)
        self.usage.set_equipment(choices.equipment)
        self._update_buttons()

    def job_id(self) -> int | None:
        data = self.job.currentData() if self.job.currentIndex() >= 0 else None
        return int(data) if data is not None else None

    def choose_job(self, job_id: int) -> bool:
        index = self.job.findData(job_id)
        if index < 0:
            return False
        self.job.setCurrentIndex(index)
        return True

    def choose_kind(self, kind: str) -> bool:
        index = self.kind.findData(kind)
        if index < 0:
            return False
        self.kind.setCurrentIndex(index)
        return True

    def select_item(self, job_id: int) -> None:
        """The job's test report (the main window's navigate)."""
        self.choose_kind(JOB_REPORT)
        self.choose_job(job_id)

    def live_refresh(self) -> None:
        """Another station changed something (the main window's watcher): new jobs,
        equipment and issued reports are offered, the choices made kept; hidden, the page
        reads again when shown."""
        if self.isVisible():
            self._load_choices()
            self.issued.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_before:  # coming back: new jobs, equipment and reports are offered
            self._load_choices()
            self.issued.reload()
        self._shown_before = True
        super().showEvent(event)

    # -- making ---------------------------------------------------------------------------------

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.panels.setCurrentIndex(1 if kind == USAGE_REPORT else 0)
        # The stack takes the height of the shown panel only, not of the tallest one.
        for index in range(self.panels.count()):
            shown = index == self.panels.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            self.panels.widget(index).setSizePolicy(policy, policy)
        self.panels.adjustSize()
        self.draft_button.setVisible(kind == JOB_REPORT)
        self.issue_button.setVisible(kind == JOB_REPORT and self.may_issue)
        self.intake_button.setVisible(kind == INTAKE_SLIP)
        self.usage_button.setVisible(kind == USAGE_REPORT)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has_job = self.job_id() is not None
        for button in (self.draft_button, self.issue_button, self.intake_button):
            button.setEnabled(has_job)

    def lang(self) -> str:
        return str(self.language.currentData())

    def confirm(self, title: str, text: str) -> bool:
        return ask(self, title, text)

    @Slot()
    def on_draft(self) -> None:
        job_id = self.job_id()
        if job_id is None:
            return
        db, actor, lang = self.context.db, self.context.actor, self.lang()
        self.pane.generate(
            lambda: report_work.draft_report(db, actor, job_id, lang),
            self.tr("Making the draft report…"),
        )

    @Slot()
    def on_issue(self) -> None:
        job_id = self.job_id()
        if job_id is None or not self.confirm(
            self.tr("Issue test report"),
            self.tr(
                "Issue the test report of {job}? It gets the next report number and is "
                "archived for good; a later correction is an amendment."
            ).format(job=self.job.currentText()),
        ):
            return
        db, actor, lang = self.context.db, self.context.actor, self.lang()
        self.pane.generate(
            lambda: report_work.issue_report(db, actor, job_id, lang),
            self.tr("Issuing the test report…"),
        )

    @Slot()
    def on_intake(self) -> None:
        job_id = self.job_id()
        if job_id is None or not self.confirm(
            self.tr("Intake slip"),
            self.tr(
                "Make the intake slip of {job}? It carries a NEW kiosk access code: the code "
                "the customer has now stops working."
            ).format(job=self.job.currentText()),
        ):
            return
        db, actor, lang = self.context.db, self.context.actor, self.lang()
        self.pane.generate(
            lambda: report_work.intake_slip(db, actor, job_id, lang),
            self.tr("Making the intake slip…"),
        )

    @Slot()
    def on_usage(self) -> None:
        db, actor = self.context.db, self.context.actor
        request = self.usage.request(self.lang())
        self.pane.generate(
            lambda: report_work.usage_report(db, actor, request),
            self.tr("Adding up the usage figures…"),
        )

    def on_made(self, report: MadeReport) -> None:
        if report.issued is not None:
            self.issued.reload()
            self.issued.select(report.issued.id)

    # -- issued reports ------------------------------------------------------------------------

    @Slot(int)
    def open_issued(self, report_id: int) -> None:
        db, actor = self.context.db, self.context.actor
        self.pane.generate(
            lambda: report_work.stored_report(db, actor, report_id),
            self.tr("Opening the archived report…"),
        )

    @Slot(int)
    def amend_issued(self, report_id: int) -> None:
        report = next((r for r in self.issued.reports if r.id == report_id), None)
        if report is None:
            return
        dialog = AmendDialog(report, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, actor = self.context.db, self.context.actor
        reason, lang = dialog.reason_text(), dialog.lang()
        self.pane.generate(
            lambda: report_work.amend_report(db, actor, report_id, reason, lang),
            self.tr("Issuing the amendment…"),
        )
