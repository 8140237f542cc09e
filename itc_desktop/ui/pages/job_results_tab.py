"""The Results tab of a job: its current test records with status and verdict, "New result…"
for the job, and "Open in Results" for the full record, its plot and the review actions."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.models.results import ResultType
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.permissions import Permission, can
from itc_desktop.services.results import RecordRow, ResultFilter
from itc_desktop.ui.models.results import (
    ResultsTableModel,
    outcome_label,
    records_fetcher,
    type_label,
)
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import configure_table, set_column_widths

RESULTS_PAGE = "results"
JOB_PAGE_SIZE = 500  # a job's records come in one page


def _no_records(_offset: int, _limit: int) -> list[RecordRow]:
    return []


class JobResultsTab(QWidget):
    """`changed()` after a new result was saved (the same contract as the other job tabs);
    `open_record_requested(id)` when a record is opened (the main window's
    `navigate("results", id)` is called too when the tab sits in one)."""

    changed = Signal()
    open_record_requested = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job_id: int | None = None
        with context.db.reader() as session:
            zone = lab_zone(session)
        self.model = ResultsTableModel(
            _no_records, context.runner, zone, page_size=JOB_PAGE_SIZE, parent=self
        )
        self.model.rows_loaded.connect(self.on_rows_loaded)
        self.view = QTableView()
        self.view.setObjectName("jobResultsTable")
        self.view.setModel(self.model)
        configure_table(self.view, ResultsTableModel.METHOD)
        self.view.setWordWrap(False)
        self.view.setColumnHidden(ResultsTableModel.JOB, True)
        header = self.view.horizontalHeader()
        set_column_widths(
            header,
            (
                (ResultsTableModel.SPECIMEN, 70),
                (ResultsTableModel.TEST, 90),
                (ResultsTableModel.INSTRUMENT, 78),
                (ResultsTableModel.PERFORMED, 118),
                (ResultsTableModel.BY, 110),
                (ResultsTableModel.STATUS, 110),
                (ResultsTableModel.OUTCOME, 112),
            ),
        )
        self.view.doubleClicked.connect(self.on_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("jobResultsSummary")
        self.new_menu = QMenu(self)
        for result_type in ResultType:
            action = self.new_menu.addAction(type_label(result_type.value) + "…")
            action.triggered.connect(lambda _checked=False, t=result_type.value: self.on_new(t))
        self.new_button = QPushButton(self.tr("&New result…"))
        self.new_button.setObjectName("newJobResult")
        self.new_button.setMenu(self.new_menu)
        self.new_button.setVisible(can(context.actor, Permission.ENTER_RESULTS))
        self.open_button = QPushButton(self.tr("Open in &Results"))
        self.open_button.setObjectName("openInResults")
        self.open_button.clicked.connect(self.on_open)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------

    def set_job(self, job_id: int | None) -> None:
        self.job_id = job_id
        if job_id is None:
            self.model.reset(_no_records)
            self.summary_label.setText("")
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        if self.job_id is None:
            return
        fetch = records_fetcher(
            self.context.db, self.context.actor, ResultFilter(job_id=self.job_id)
        )
        self.model.reset(fetch)
        self.model.fetchMore()

    @Slot()
    def on_rows_loaded(self) -> None:
        rows = self.model.rows()
        if rows and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self.summary_label.setText(self.summary_text(rows))
        self._update_buttons()

    def summary_text(self, rows: list[RecordRow]) -> str:
        """`4 records: 2 pass, 1 fail, 1 not judged`."""
        if not rows:
            return self.tr("No test results yet.")
        counts = Counter(row.overall for row in rows)
        parts = [
            f"{counts[decision]} {outcome_label(decision)}"
            for decision in ("pass", "fail", "inconclusive")
            if counts[decision]
        ]
        if counts[None]:
            parts.append(self.tr("{n} not judged").format(n=counts[None]))
        return self.tr("%n record(s): ", "", len(rows)) + ", ".join(parts)

    def selected_row(self) -> RecordRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.job_id is not None)
        self.open_button.setEnabled(self.selected_row() is not None)

    @Slot()
    def on_selection_changed(self) -> None:
        self._update_buttons()

    # -- actions ---------------------------------------------------------------------------

    def open_editor(self, test_type: str) -> bool:
        from itc_desktop.ui.pages.result_editor import open_result_editor

        return open_result_editor(self, self.context, job_id=self.job_id, test_type=test_type)

    @Slot(str)
    def on_new(self, test_type: str) -> bool:
        if self.job_id is None:
            return False
        saved = self.open_editor(test_type)
        if saved:
            self.reload()
            self.changed.emit()
        return saved

    @Slot()
    def on_open(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_record(row.id)

    @Slot(QModelIndex)
    def on_double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.open_record(self.model.row_at(index.row()).id)

    def open_record(self, record_id: int) -> None:
        self.open_record_requested.emit(record_id)
        window = self.window()
        navigate = getattr(window, "navigate", None)
        if window is not self and callable(navigate):
            navigate(RESULTS_PAGE, record_id)
