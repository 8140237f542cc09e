"""The Jobs page: the jobs table (paged in as it scrolls, overdue rows in red) with filters
for status, company, technician, overdue, due this week and a search; the chosen job's detail
beside it; "New job" registers one and shows its kiosk code once."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Actor, Database
from itc_desktop.models.jobs import JobStatus
from itc_desktop.services import companies as company_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.job_workflow import status_label
from itc_desktop.services.jobs import CreatedJob, JobFilter, JobRow
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.models.jobs import FetchJobs, JobsTableModel
from itc_desktop.ui.pages.job_detail import JobDetailPanel
from itc_desktop.ui.pages.job_dialogs import AccessCodeDialog, NewJobDialog
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.combos import fit_combo
from itc_desktop.ui.widgets.tables import column_menu, configure_table, set_column_widths

SEARCH_DELAY_MS = 250
OPEN_JOBS = "open"
ALL_JOBS = "all"
HIDDEN_AT_START = (JobsTableModel.PRIORITY, JobsTableModel.TECHNICIAN, JobsTableModel.QUOTE)


def jobs_fetcher(db: Database, actor: Actor, where: JobFilter) -> FetchJobs:
    """A page fetcher for JobsTableModel: one short read per page."""

    def fetch(after: JobRow | None, limit: int) -> list[JobRow]:
        with db.reader() as session:
            return job_service.list_jobs(session, actor, where, limit=limit, after=after)

    return fetch


def _refill(combo: QComboBox, any_text: str, items: list[tuple[int, str]]) -> None:
    """Replaces a filter combo's entries, keeping the chosen one if it is still there,
    without announcing a change."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, None)
    for item_id, text in items:
        combo.addItem(text, item_id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


class JobsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._shown_before = False
        self.can_manage = can(context.actor, Permission.MANAGE_JOBS)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Open jobs"), OPEN_JOBS)
        self.status_filter.addItem(self.tr("All jobs"), ALL_JOBS)
        for status in JobStatus:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.company_filter = QComboBox()
        self.company_filter.setObjectName("companyFilter")
        fit_combo(self.company_filter, 16)
        self.technician_filter = QComboBox()
        self.technician_filter.setObjectName("technicianFilter")
        self.overdue_check = QCheckBox(self.tr("O&verdue"))
        self.week_check = QCheckBox(self.tr("Due this &week"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("jobSearch")
        self.search_edit.setPlaceholderText(self.tr("Search reference, title, material, company…"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New job…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setVisible(self.can_manage)
        self.new_button.clicked.connect(self.on_new_job)
        self.count_label = QLabel()
        self.count_label.setObjectName("jobCount")
        self._load_filter_choices()

        self.applied_filter = self.current_filter()
        self.model = JobsTableModel(
            jobs_fetcher(context.db, context.actor, self.applied_filter), parent=self
        )
        self.view = QTableView()
        self.view.setObjectName("jobsTable")
        self.view.setModel(self.model)
        configure_table(self.view, JobsTableModel.TITLE)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        set_column_widths(
            header,
            (
                (JobsTableModel.REFERENCE, 100),
                (JobsTableModel.COMPANY, 135),
                (JobsTableModel.STATUS, 85),
                (JobsTableModel.PRIORITY, 65),
                (JobsTableModel.DUE, 92),
                (JobsTableModel.TECHNICIAN, 120),
                (JobsTableModel.QUOTE, 110),
            ),
        )
        # The detail beside the table needs the room: less used columns start hidden and
        # the header's context menu shows them.
        for column in HIDDEN_AT_START:
            self.view.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.on_header_menu)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.model.modelReset.connect(self.on_rows_reset)

        self.detail = JobDetailPanel(context)
        self.detail.job_changed.connect(self.on_job_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.company_filter, 1)
        filters.addWidget(self.technician_filter)
        filters.addWidget(self.overdue_check)
        filters.addWidget(self.week_check)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        left_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.on_apply_filter)
        self.search_edit.textChanged.connect(self.search_timer.start)
        for combo in (self.status_filter, self.company_filter, self.technician_filter):
            combo.currentIndexChanged.connect(self.on_apply_filter)
        for check in (self.overdue_check, self.week_check):
            check.toggled.connect(self.on_apply_filter)
        self.model.fetchMore()
        self.update_count()
        self._add_shortcuts()

    def _add_shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_edit.setFocus)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.on_refresh)

    @Slot()
    def on_refresh(self) -> None:
        """F5: the list and the shown job read again."""
        self._load_filter_choices()
        self.reload(keep_loaded=True)
        if self.detail.job is not None:
            self.detail.set_job(self.detail.job.id)

    def has_unsaved_edits(self) -> bool:
        """The shown job's form differs from the job as read."""
        job = self.detail.job
        return job is not None and self.detail.form.job_input() != job.as_input()

    def live_refresh(self) -> None:
        """Another station changed something: the list reads again (the shown job stays
        chosen), the shown job too unless its form has unsaved edits (their save then meets
        the version check). A hidden page does this when shown (showEvent)."""
        if not self.isVisible():
            return
        self._load_filter_choices()
        self.reload(keep_loaded=True)
        if self.detail.job is not None and not self.has_unsaved_edits():
            self.detail.set_job(self.detail.job.id)

    def _load_filter_choices(self) -> None:
        """Fills (or refills, keeping the choice) the company and technician filters."""
        with self.context.db.reader() as session:
            companies = company_service.list_companies(
                session, self.context.actor, include_inactive=True
            )
            people = job_service.assignable_users(session, self.context.actor)
        _refill(
            self.company_filter,
            self.tr("All companies"),
            [(company.id, company.name) for company in companies],
        )
        _refill(
            self.technician_filter,
            self.tr("Any technician"),
            [(person.id, person.full_name) for person in people],
        )

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back to the page: what others changed meanwhile is shown.
        if self._shown_before:
            self.on_refresh()
        self._shown_before = True
        super().showEvent(event)

    # -- filter ----------------------------------------------------------------------------

    def current_filter(self) -> JobFilter:
        status = self.status_filter.currentData()
        statuses: frozenset[str] = frozenset()
        if status not in (OPEN_JOBS, ALL_JOBS):
            statuses = frozenset({str(status)})
        return JobFilter(
            statuses=statuses,
            company_id=self.company_filter.currentData(),
            technician_id=self.technician_filter.currentData(),
            overdue=self.overdue_check.isChecked(),
            due_this_week=self.week_check.isChecked(),
            search=self.search_edit.text().strip(),
            include_closed=status != OPEN_JOBS,
        )

    @Slot()
    def on_apply_filter(self) -> None:
        self.search_timer.stop()
        where = self.current_filter()
        if where == self.applied_filter:
            return
        self.applied_filter = where
        self.reload()

    def reload(self, *, keep_loaded: bool = False) -> None:
        """Fetches the table again with the applied filter, keeping the chosen job. With
        `keep_loaded` (the same filter read again) as many rows as were loaded are fetched
        again and the list stays scrolled where it was, so a job chosen further down than
        the first page is found and stays chosen."""
        loaded = self.model.rowCount() if keep_loaded else 0
        scrolled = self.view.verticalScrollBar().value()
        self.model.reset(jobs_fetcher(self.context.db, self.context.actor, self.applied_filter))
        self.model.fetchMore()  # the first page now, so the shown job can be found in it
        while self.model.rowCount() < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        if keep_loaded:
            self._reselect()
            self.view.verticalScrollBar().setValue(scrolled)
        self.update_count()

    def update_count(self) -> None:
        with self.context.db.reader() as session:
            total = job_service.count_jobs(session, self.context.actor, self.applied_filter)
        self.count_label.setText(
            self.tr("1 job") if total == 1 else self.tr("{n} jobs").format(n=total)
        )

    def column_menu(self) -> QMenu:
        return column_menu(self.view)

    @Slot(QPoint)
    def on_header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    # -- selection -------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_item(self, job_id: int) -> None:
        """Shows the job; it is selected in the table when the current filter lists it
        among the rows loaded so far."""
        row = self.model.row_of(job_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self.view.clearSelection()
        if self.detail.job is None or self.detail.job.id != job_id:
            self.detail.set_job(job_id)

    @Slot()
    def on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        job_id = self.selected_id()
        if job_id is not None and (self.detail.job is None or self.detail.job.id != job_id):
            self.detail.set_job(job_id)

    @Slot()
    def on_rows_reset(self) -> None:
        # The view fetches the first page after a reset; reselect the shown job if listed.
        if self.detail.job is not None:
            QTimer.singleShot(0, self._reselect)

    def _reselect(self) -> None:
        if self.detail.job is None:
            return
        row = self.model.row_of(self.detail.job.id)
        if row >= 0 and self.selected_id() != self.detail.job.id:
            self.view.selectRow(row)

    @Slot(int)
    def on_job_changed(self, job_id: int) -> None:
        self.reload(keep_loaded=True)

    # -- new job ---------------------------------------------------------------------------

    @Slot()
    def on_new_job(self) -> None:
        dialog = NewJobDialog(self.context, self.company_filter.currentData(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.job_created(dialog.created)

    def job_created(self, created: CreatedJob) -> None:
        self.reload()
        self.select_item(created.id)
        self.show_access_code(created.reference, created.access_code)

    def show_access_code(self, reference: str, code: str) -> None:
        AccessCodeDialog(reference, code, self).exec()
