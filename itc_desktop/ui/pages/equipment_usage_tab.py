"""The Usage tab of an equipment's detail panel: its usage sessions (newest first, fetched a
page at a time as the table scrolls), the hours per month of the last 12 months as a bar chart,
and for managers "Correct times…" on a selected session."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.i18n import format_number
from itc_desktop.models.base import utcnow
from itc_desktop.services import usage as usage_service
from itc_desktop.services.equipment_settings import get_equipment_settings, lab_zone
from itc_desktop.services.errors import DomainError
from itc_desktop.services.lazy_rows import RowPages
from itc_desktop.services.permissions import Permission, can
from itc_desktop.services.usage import MonthHours, UsageCursor, UsageRow, usage_cursor_of
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import AMBER, RED, configure_table, local_text

if TYPE_CHECKING:
    from itc_desktop.ui.widgets.bar_chart import BarChart

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PAGE_SIZE = 100
MONTHS = 12

# fetch_page(after, limit): sessions newest first, the next page after the cursor (None: the
# first page)
FetchPage = Callable[[UsageCursor | None, int], Sequence[UsageRow]]


def month_label(first_day: Any) -> str:
    """`Mar 26`: the locale's short month name and the two-digit year."""
    name = QLocale().monthName(first_day.month, QLocale.FormatType.ShortFormat)
    return f"{name} {first_day.year % 100:02d}"


class UsageTableModel(QAbstractTableModel):
    OPERATOR, JOB, PURPOSE, START, STOP, HOURS, ENERGY, FLAGS = range(8)
    HEADERS = ("Operator", "Job", "Purpose", "Start", "Stop", "Hours", "Energy kWh", "Flags")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.page_size = page_size
        self._fetch_page: FetchPage | None = None
        self._rows: RowPages[UsageRow] = RowPages()  # rows are built as the view reads them
        self._exhausted = True
        self.time_zone: tzinfo = UTC
        self.forgotten_after = timedelta(hours=12)
        self.now: Callable[[], datetime] = utcnow

    def reset(self, fetch_page: FetchPage | None) -> None:
        """New data source (another equipment, or after a change); the view fetches again."""
        self.beginResetModel()
        self._fetch_page = fetch_page
        self._rows = RowPages()
        self._exhausted = fetch_page is None
        self.endResetModel()

    def row_at(self, row: int) -> UsageRow:
        return self._rows[row]

    def row_of(self, usage_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == usage_id), -1)

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if parent.isValid() or self._exhausted or self._fetch_page is None:
            return
        after = usage_cursor_of(self._rows[-1]) if self._rows else None
        page = self._fetch_page(after, self.page_size)
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.append(page)
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("UsageTableModel", self.HEADERS[section])
        return None

    def is_forgotten(self, row: UsageRow) -> bool:
        return row.stopped_at is None and self.now() - row.started_at > self.forgotten_after

    def flags_text(self, row: UsageRow) -> str:
        flags = []
        if row.stopped_at is None:
            flags.append(QCoreApplication.translate("UsageTableModel", "running"))
        if self.is_forgotten(row):
            flags.append(QCoreApplication.translate("UsageTableModel", "probably forgotten"))
        if row.corrected:
            flags.append(QCoreApplication.translate("UsageTableModel", "corrected"))
        return ", ".join(flags)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for about eight roles per cell when it paints or sizes a column; the
        # ones answered below are checked before the row is looked up (and built).
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.OPERATOR:
                return row.operator_name
            if column == self.JOB:
                return row.job_reference
            if column == self.PURPOSE:
                return row.purpose
            if column == self.START:
                return local_text(row.started_at, self.time_zone)
            if column == self.STOP:
                return local_text(row.stopped_at, self.time_zone)
            if column == self.HOURS:
                return "" if row.duration_hours is None else format_number(row.duration_hours, 2)
            if column == self.ENERGY:
                return "" if row.energy_kwh is None else format_number(row.energy_kwh, 1)
            if column == self.FLAGS:
                return self.flags_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.HOURS, self.ENERGY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FLAGS:
            if self.is_forgotten(row):
                return QColor(RED)
            if row.stopped_at is None or row.corrected:
                return QColor(AMBER)
        if role == Qt.ItemDataRole.ToolTipRole and row.corrected and row.correction_reason:
            return QCoreApplication.translate("UsageTableModel", "Corrected: {reason}").format(
                reason=row.correction_reason
            )
        return None


_ROLES_ANSWERED = frozenset(
    int(role)
    for role in (
        UsageTableModel.ROW_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)


def to_qdatetime(at: datetime, zone: tzinfo) -> QDateTime:
    local = at.astimezone(zone)
    return QDateTime(local.date(), local.time().replace(microsecond=0))


def from_qdatetime(value: QDateTime, zone: tzinfo) -> datetime:
    """The instant a lab-time wall clock reading means, tz-aware UTC."""
    naive = datetime(
        value.date().year(),
        value.date().month(),
        value.date().day(),
        value.time().hour(),
        value.time().minute(),
        value.time().second(),
    )
    return naive.replace(tzinfo=zone).astimezone(UTC)


SaveTimes = Callable[[datetime, datetime | None, str], None]


class CorrectTimesDialog(QDialog):
    """Start, stop (or "still running" for a running session) and the reason, in lab time.
    OK calls `save`; a refusal appears under the form and the dialog stays open."""

    def __init__(self, row: UsageRow, zone: tzinfo, save: SaveTimes, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.zone = zone
        self._save = save
        self.setWindowTitle(self.tr("Correct the times of a session"))
        self.setMinimumWidth(420)

        self.start = QDateTimeEdit(to_qdatetime(row.started_at, zone))
        self.start.setObjectName("start")
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setCalendarPopup(True)
        stop_at = row.stopped_at or utcnow()
        self.stop = QDateTimeEdit(to_qdatetime(stop_at, zone))
        self.stop.setObjectName("stop")
        self.stop.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.stop.setCalendarPopup(True)
        self.still_running = QCheckBox(self.tr("Still running (no stop time)"))
        self.still_running.setObjectName("stillRunning")
        self.still_running.setVisible(row.stopped_at is None)
        self.still_running.setChecked(False)
        self.still_running.toggled.connect(lambda on: self.stop.setEnabled(not on))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. the operator forgot to stop it"))
        self.message = FormMessage()

        form = QFormLayout()
        form.addRow(self.tr("Operator:"), QLabel(row.operator_name))
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("S&top:"), self.stop)
        form.addRow("", self.still_running)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Correct"))
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def chosen_start(self) -> datetime:
        return from_qdatetime(self.start.dateTime(), self.zone)

    def chosen_stop(self) -> datetime | None:
        if self.row.stopped_at is None and self.still_running.isChecked():
            return None
        return from_qdatetime(self.stop.dateTime(), self.zone)

    @Slot()
    def on_ok(self) -> None:
        try:
            self._save(self.chosen_start(), self.chosen_stop(), self.reason.text())
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


@dataclass(frozen=True)
class _Loaded:
    equipment_id: int
    zone: tzinfo
    forgotten_hours: int
    months: list[MonthHours]


class UsageTab(QWidget):
    """`set_equipment(id)` loads; `changed` after a correction was saved."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id: int | None = None
        self.zone: tzinfo = UTC
        self.may_correct = can(context.actor, Permission.CORRECT_USAGE)

        self.model = UsageTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("usageTable")
        self.view.setModel(self.model)
        configure_table(self.view, UsageTableModel.PURPOSE)
        # Columns fit the rows on screen, not every row of the first page (Qt's default reads
        # up to 1,000 rows, eight roles per cell, on every load).
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self.on_correct)

        self.correct_button = QPushButton(self.tr("&Correct times…"))
        self.correct_button.setObjectName("correctTimes")
        self.correct_button.clicked.connect(self.on_correct)
        if not self.may_correct:
            self.correct_button.setToolTip(self.tr("Only a manager can correct session times."))
        self.summary = QLabel()
        self.summary.setObjectName("usageSummary")

        # The chart (pyqtgraph, ~0.6 s to import) is built when the tab is first shown, not
        # with the equipment page; until then its place is an empty frame.
        self._chart: BarChart | None = None
        self._chart_data: tuple[list[str], list[float]] = ([], [])
        self._chart_place = QWidget()
        QVBoxLayout(self._chart_place).setContentsMargins(0, 0, 0, 0)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.correct_button)
        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(buttons)
        table_layout.addWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table_part)
        splitter.addWidget(self._chart_place)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    @property
    def chart(self) -> BarChart:
        """The hours-per-month chart, built on first use."""
        return self._built_chart()

    def _built_chart(self) -> BarChart:
        if self._chart is None:
            from itc_desktop.ui.widgets.bar_chart import BarChart

            self._chart = BarChart(unit=self.tr("h"), title=self.tr("Hours of use per month"))
            self._chart.setObjectName("monthlyHoursChart")
            self._chart.set_data(*self._chart_data)
            layout = self._chart_place.layout()
            assert layout is not None
            layout.addWidget(self._chart)
        return self._chart

    def _set_chart_data(self, labels: list[str], values: list[float]) -> None:
        self._chart_data = (labels, values)
        if self._chart is not None:
            self._chart.set_data(labels, values)

    def showEvent(self, event: QShowEvent) -> None:
        self._built_chart()
        super().showEvent(event)

    # -- data ------------------------------------------------------------------------------

    def set_equipment(self, equipment_id: int | None) -> None:
        self.equipment_id = equipment_id
        if equipment_id is None:
            self.model.reset(None)
            self._set_chart_data([], [])
            self.summary.setText("")
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        equipment_id = self.equipment_id
        if equipment_id is None:
            return
        db, actor = self.context.db, self.context.actor

        def load() -> _Loaded:
            with db.reader() as session:
                return _Loaded(
                    equipment_id=equipment_id,
                    zone=lab_zone(session),
                    forgotten_hours=get_equipment_settings(session).forgotten_session_hours,
                    months=usage_service.monthly_hours(session, actor, equipment_id, months=MONTHS),
                )

        self.context.runner.run(load, self._show_loaded)

    def _fetch_page(self, equipment_id: int) -> FetchPage:
        db, actor = self.context.db, self.context.actor

        def fetch(after: UsageCursor | None, limit: int) -> Sequence[UsageRow]:
            with db.reader() as session:
                return usage_service.list_sessions(
                    session, actor, equipment_id=equipment_id, after=after, limit=limit
                )

        return fetch

    def _show_loaded(self, loaded: _Loaded) -> None:
        if loaded.equipment_id != self.equipment_id:
            return  # the user moved on to another equipment meanwhile
        self.zone = loaded.zone
        self.model.time_zone = loaded.zone
        self.model.forgotten_after = timedelta(hours=loaded.forgotten_hours)
        self.model.reset(self._fetch_page(loaded.equipment_id))
        if self.model.canFetchMore():
            self.model.fetchMore()
        self.view.resizeColumnsToContents()
        self._set_chart_data(
            [month_label(m.month) for m in loaded.months], [m.hours for m in loaded.months]
        )
        total = sum(m.hours for m in loaded.months)
        self.summary.setText(
            self.tr("{hours} hours of use in the last {n} months").format(
                hours=format_number(total, 1), n=len(loaded.months)
            )
        )
        self._update_buttons()

    # -- selection and correction ----------------------------------------------------------

    def selected_session(self) -> UsageRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_session(self, usage_id: int) -> bool:
        while self.model.row_of(usage_id) < 0 and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(usage_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        self.correct_button.setEnabled(self.may_correct and self.selected_session() is not None)

    def correct(
        self, usage_id: int, started_at: datetime, stopped_at: datetime | None, reason: str
    ) -> None:
        """Saves a correction through the service (raises its refusal), then reloads."""
        with self.context.db.transaction(self.context.actor) as session:
            usage_service.correct_session(
                session,
                self.context.actor,
                usage_id,
                started_at=started_at,
                stopped_at=stopped_at,
                reason=reason,
            )
        self.reload()
        self.select_session(usage_id)
        self.changed.emit()

    def make_correct_dialog(self, row: UsageRow) -> CorrectTimesDialog:
        return CorrectTimesDialog(
            row,
            self.zone,
            lambda start, stop, reason: self.correct(row.id, start, stop, reason),
            self,
        )

    @Slot()
    def on_correct(self, *_args: object) -> None:
        row = self.selected_session()
        if row is None or not self.may_correct:
            return
        self.make_correct_dialog(row).exec()
