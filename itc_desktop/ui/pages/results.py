"""The Results page: test records (paged in through the background runner as the table
scrolls) filtered by job, test type, status, instrument, period, out of specification and
superseded revisions; the chosen record's detail and plot beside it; entering, reviewing,
approving and correcting records for the users allowed to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QItemSelection, QPoint, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.models.results import (
    RESULT_STATUS_LABELS,
    RESULT_TYPE_LABELS,
    ResultStatus,
    ResultType,
)
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services import results as result_service
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import DomainError
from itc_desktop.services.jobs import JobFilter
from itc_desktop.services.results import RecordView, ResultFilter
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.models.results import (
    OUTCOME_SIGNS,
    ResultsTableModel,
    outcome_text,
    records_fetcher,
    status_label,
    status_text,
    type_label,
)
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.result_detail import ResultDetailPanel
from itc_desktop.ui.pages.result_workflow import ResultActions
from itc_desktop.ui.widgets.combos import fit_combo
from itc_desktop.ui.widgets.search_combo import SearchCombo
from itc_desktop.ui.widgets.tables import (
    column_menu,
    configure_table,
    set_column_widths,
    width_for_texts,
)

JOB_CHOICES = 1000  # the newest jobs offered in the job filter (typing narrows them)
HIDDEN_AT_START = (ResultsTableModel.METHOD, ResultsTableModel.BY)


def day_start(on: date, zone: tzinfo) -> datetime:
    """Midnight at the lab of that day, in UTC (the service filters on UTC moments)."""
    return datetime.combine(on, time(0), tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class FilterChoices:
    jobs: list[tuple[int, str]]
    instruments: list[tuple[int, str]]


def _refill(combo: QComboBox, any_text: str, items: list[tuple[int, str]]) -> None:
    """Replaces a filter combo's entries, keeping the chosen one, without announcing it."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, None)
    for item_id, text in items:
        combo.addItem(text, item_id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


class ResultsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._shown_before = False
        self._pending_select: int | None = None
        with context.db.reader() as session:
            self.time_zone: tzinfo = lab_zone(session)

        # -- filters -----------------------------------------------------------------------
        self.job_filter = SearchCombo(self.tr("Job reference or title…"), 22)
        self.job_filter.setObjectName("resultJobFilter")
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("resultTypeFilter")
        self.type_filter.addItem(self.tr("All tests"), None)
        for result_type in ResultType:
            self.type_filter.addItem(type_label(result_type.value), result_type.value)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("resultStatusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ResultStatus:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.instrument_filter = QComboBox()
        self.instrument_filter.setObjectName("resultInstrumentFilter")
        fit_combo(self.instrument_filter, 14)
        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("&From"))
        self.from_edit = QDateEdit(today.addMonths(-1))
        self.to_check = QCheckBox(self.tr("&To"))
        self.to_edit = QDateEdit(today)
        for check, edit, name in (
            (self.from_check, self.from_edit, "resultFrom"),
            (self.to_check, self.to_edit, "resultTo"),
        ):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.out_of_spec_check = QCheckBox(self.tr("Out of spec &only"))
        self.out_of_spec_check.setObjectName("outOfSpecCheck")
        self.out_of_spec_check.setToolTip(self.tr("Records with a failed or inconclusive value"))
        self.superseded_check = QCheckBox(self.tr("Show &superseded revisions"))
        self.superseded_check.setObjectName("supersededCheck")
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")

        # -- table -----------------------------------------------------------------------
        self.applied_filter = ResultFilter()
        self.model = ResultsTableModel(
            records_fetcher(context.db, context.actor, self.applied_filter),
            context.runner,
            self.time_zone,
            parent=self,
        )
        self.model.rows_loaded.connect(self.on_rows_loaded)
        self.model.load_failed.connect(self.on_load_failed)
        self.view = QTableView()
        self.view.setObjectName("resultsTable")
        self.view.setModel(self.model)
        configure_table(self.view, None)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)  # the outcome takes what is left
        set_column_widths(
            header,
            (
                (ResultsTableModel.JOB, 102),
                (ResultsTableModel.SPECIMEN, 68),
                (
                    ResultsTableModel.TEST,
                    width_for_texts(self.view, map(type_label, RESULT_TYPE_LABELS)),
                ),
                (ResultsTableModel.METHOD, 170),
                (ResultsTableModel.INSTRUMENT, 74),
                (ResultsTableModel.PERFORMED, 116),
                (ResultsTableModel.BY, 120),
                (
                    ResultsTableModel.STATUS,
                    width_for_texts(self.view, (status_text(s, 2) for s in RESULT_STATUS_LABELS)),
                ),
            ),
        )
        for column in HIDDEN_AT_START:
            self.view.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.on_header_menu)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.on_table_menu)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        # -- detail and actions ------------------------------------------------------------
        self.detail = ResultDetailPanel(context, self.time_zone)
        self.detail.loaded.connect(self.on_record_loaded)
        self.detail.record_requested.connect(self.select_item)
        self.actions = ResultActions(context, self)
        self.actions.record_changed.connect(self.on_record_changed)
        self.actions.record_removed.connect(self.on_record_removed)
        self.actions.records_added.connect(self.on_records_added)
        self.actions.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.actions.review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.actions.approve_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        for action in self.actions.actions.values():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.buttons: dict[str, QToolButton] = {}
        for key in ("edit", "review", "return", "approve", "correct", "discard"):
            self.buttons[key] = self._tool_button(key)
            self.detail.actions_row.addWidget(self.buttons[key])
        self.detail.actions_row.addStretch(1)
        self.new_button = self._tool_button("new")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setMenu(self.actions.new_menu)
        self.new_button.setVisible(self.actions.new_action.isEnabled())

        # -- layout ----------------------------------------------------------------------
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Job:")))
        first.addWidget(self.job_filter, 2)
        first.addWidget(self.type_filter)
        first.addWidget(self.status_filter)
        first.addWidget(QLabel(self.tr("Instrument:")))
        first.addWidget(self.instrument_filter, 1)
        second = QHBoxLayout()
        second.addWidget(self.from_check)
        second.addWidget(self.from_edit)
        second.addWidget(self.to_check)
        second.addWidget(self.to_edit)
        second.addSpacing(12)
        second.addWidget(self.out_of_spec_check)
        second.addWidget(self.superseded_check)
        second.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        left_layout.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)

        for combo in (
            self.job_filter,
            self.type_filter,
            self.status_filter,
            self.instrument_filter,
        ):
            combo.currentIndexChanged.connect(self.on_apply_filter)
        for check in (
            self.from_check,
            self.to_check,
            self.out_of_spec_check,
            self.superseded_check,
        ):
            check.toggled.connect(self.on_apply_filter)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.on_apply_filter)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.on_refresh)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.job_filter.setFocus)
        self._load_filter_choices()
        self.reload()

    def _tool_button(self, key: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"{key}ResultButton")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setDefaultAction(self.actions.actions[key])
        return button

    # -- filter choices ----------------------------------------------------------------------

    def _load_filter_choices(self) -> None:
        db, actor = self.context.db, self.context.actor

        def load() -> FilterChoices:
            with db.reader() as session:
                jobs = job_service.list_jobs(
                    session, actor, JobFilter(include_closed=True), limit=JOB_CHOICES
                )
                equipment = equipment_service.list_equipment(session, actor, limit=None)
            return FilterChoices(
                jobs=[(job.id, f"{job.reference} — {job.title}") for job in jobs],
                instruments=[(item.id, f"{item.asset_tag} {item.name}") for item in equipment],
            )

        self.context.runner.run(load, self._show_choices)

    def _show_choices(self, choices: FilterChoices) -> None:
        _refill(self.job_filter, self.tr("All jobs"), choices.jobs)
        _refill(self.instrument_filter, self.tr("Any instrument"), choices.instruments)

    def choose_job(self, job_id: int | None) -> bool:
        """Filters by that job (None: every job); False when it is not among the choices."""
        index = self.job_filter.findData(job_id) if job_id is not None else 0
        if index < 0:
            return False
        self.job_filter.setCurrentIndex(index)
        self.on_apply_filter()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_before:
            self.on_refresh()  # coming back: what others changed meanwhile is shown
        else:
            # Once the page has its real width (built hidden, it had none).
            width = self._table_width()
            self.splitter.setSizes([width, max(self.splitter.width() - width, 1)])
        self._shown_before = True
        super().showEvent(event)

    def _table_width(self) -> int:
        """The table as wide as its shown columns with the outcome whole; the record the rest."""
        header = self.view.horizontalHeader()
        columns = sum(
            header.sectionSize(c)
            for c in range(header.count() - 1)
            if not header.isSectionHidden(c)
        )
        return (
            columns
            + width_for_texts(self.view, map(outcome_text, OUTCOME_SIGNS))
            + self.view.verticalScrollBar().sizeHint().width()
            + 2 * self.view.frameWidth()
        )

    @Slot()
    def on_refresh(self) -> None:
        self._load_filter_choices()
        self.reload()
        self.detail.reload()

    def live_refresh(self) -> None:
        """Another station changed something (the main window's watcher): as F5, keeping
        the shown record chosen (entries are edited in a dialog, never here); hidden, the
        page reads again when shown."""
        if self.isVisible():
            self.on_refresh()

    # -- filter ------------------------------------------------------------------------------

    def current_filter(self) -> ResultFilter:
        zone = self.time_zone
        performed_from = performed_to = None
        if self.from_check.isChecked():
            performed_from = day_start(self.from_edit.date().toPython(), zone)
        if self.to_check.isChecked():
            performed_to = day_start(self.to_edit.date().toPython() + timedelta(days=1), zone)
        return ResultFilter(
            job_id=self.job_filter.currentData(),
            test_type=self.type_filter.currentData(),
            status=self.status_filter.currentData(),
            equipment_id=self.instrument_filter.currentData(),
            performed_from=performed_from,
            performed_to=performed_to,
            out_of_spec_only=self.out_of_spec_check.isChecked(),
            include_superseded=self.superseded_check.isChecked(),
        )

    @Slot()
    def on_apply_filter(self) -> None:
        where = self.current_filter()
        if where == self.applied_filter:
            return
        self.applied_filter = where
        self.reload()

    def reload(self) -> None:
        """Reads the table again with the applied filter, keeping the shown record chosen."""
        if self.detail.view is not None and self._pending_select is None:
            self._pending_select = self.detail.view.id
        self.model.reset(records_fetcher(self.context.db, self.context.actor, self.applied_filter))
        self.model.fetchMore()
        self.update_count()

    def update_count(self) -> None:
        db, actor, where = self.context.db, self.context.actor, self.applied_filter

        def count() -> int:
            with db.reader() as session:
                return result_service.count_records(session, actor, where)

        def show(total: int) -> None:
            if where == self.applied_filter:
                self.count_label.setText(self.tr("%n record(s)", "", total))

        self.context.runner.run(count, show, receiver=self)

    @Slot(object)
    def on_load_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            show_domain_error(self, error)
        else:
            report_unexpected(error)

    def column_menu(self) -> QMenu:
        return column_menu(self.view)

    @Slot(QPoint)
    def on_header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    @Slot(QPoint)
    def on_table_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.selectRow(index.row())
        self.actions.context_menu().exec(self.view.viewport().mapToGlobal(pos))

    # -- selection -------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    @Slot(int)
    def select_item(self, record_id: int) -> None:
        """Shows the record; it is chosen in the table when the filter lists it among the
        rows loaded so far (or once its page arrives)."""
        row = self.model.row_of(record_id)
        self._pending_select = None if row >= 0 else record_id
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self.view.clearSelection()
        if self.detail.view is None or self.detail.view.id != record_id:
            self.detail.set_record(record_id)

    @Slot()
    def on_rows_loaded(self) -> None:
        wanted = self._pending_select
        if wanted is None:
            return
        row = self.model.row_of(wanted)
        if row >= 0:
            self._pending_select = None
            if self.selected_id() != wanted:
                self.view.selectRow(row)

    @Slot()
    def on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        record_id = self.selected_id()
        if record_id is not None and (self.detail.view is None or self.detail.view.id != record_id):
            self.detail.set_record(record_id)

    @Slot(object)
    def on_record_loaded(self, view: RecordView | None) -> None:
        self.actions.set_record(view)
        job_id = self.job_filter.currentData()
        if job_id is None and view is not None:
            job_id = view.job_id
        self.actions.set_new_defaults(job_id, None)

    # -- after an action ---------------------------------------------------------------------

    @Slot(int)
    def on_record_changed(self, record_id: int) -> None:
        self._pending_select = record_id
        self.detail.set_record(record_id)
        self.reload()

    @Slot(int)
    def on_record_removed(self, _record_id: int) -> None:
        self._pending_select = None
        self.detail.set_record(None)
        self.reload()

    @Slot()
    def on_records_added(self) -> None:
        self.reload()
