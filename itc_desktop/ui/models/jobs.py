"""The jobs table (rows fetched a page at a time as the view scrolls, overdue rows tinted) and
a job's timeline of status events (public notes marked)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from itc_desktop.i18n import format_date
from itc_desktop.services.job_workflow import JobEventView, status_label
from itc_desktop.services.jobs import JobRow

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: flat tables
DEFAULT_PAGE_SIZE = 200

OVERDUE_TEXT = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7e9")
PUBLIC_BADGE_TEXT = QColor("#ffffff")
PUBLIC_BADGE_BACKGROUND = QColor("#1565c0")

# fetch_page(after, limit): the rows of the current filter after the last row loaded (None: the
# first page), newest first
FetchJobs = Callable[[JobRow | None, int], list[JobRow]]


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def priority_label(priority: str) -> str:
    labels = {
        "low": _tr("JobsTableModel", "Low"),
        "normal": _tr("JobsTableModel", "Normal"),
        "high": _tr("JobsTableModel", "High"),
        "urgent": _tr("JobsTableModel", "Urgent"),
    }
    return labels.get(priority, priority)


class JobsTableModel(QAbstractTableModel):
    REFERENCE, TITLE, COMPANY, STATUS, PRIORITY, DUE, TECHNICIAN, QUOTE = range(8)
    HEADERS = (
        "Reference",
        "Title",
        "Company",
        "Status",
        "Priority",
        "Due",
        "Technician",
        "Quoted",
    )
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the JobRow of the line

    def __init__(
        self, fetch_page: FetchJobs, page_size: int = DEFAULT_PAGE_SIZE, parent: Any = None
    ):
        super().__init__(parent)
        self._fetch_page = fetch_page
        self.page_size = page_size
        self._rows: list[JobRow] = []
        self._exhausted = False

    def reset(self, fetch_page: FetchJobs | None = None) -> None:
        """Forget what was loaded (the filter changed or a job was saved); the view fetches
        the first page again."""
        self.beginResetModel()
        if fetch_page is not None:
            self._fetch_page = fetch_page
        self._rows = []
        self._exhausted = False
        self.endResetModel()

    def row_at(self, row: int) -> JobRow:
        return self._rows[row]

    def row_of(self, job_id: int) -> int:
        """The row of a loaded job, -1 when it is not (yet) loaded."""
        return next((i for i, r in enumerate(self._rows) if r.id == job_id), -1)

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch_page(self._rows[-1] if self._rows else None, self.page_size)
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
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
            return _tr("JobsTableModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        job = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return job
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == Qt.ItemDataRole.ForegroundRole and job.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and job.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DUE and job.overdue:
                return _tr("JobsTableModel", "Overdue: the due date has passed")
            if column in (self.TITLE, self.COMPANY):
                return self._text(job, column)  # the whole text where the cell elides it
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.QUOTE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, job: JobRow, column: int) -> str:
        if column == self.REFERENCE:
            return job.reference
        if column == self.TITLE:
            return job.title
        if column == self.COMPANY:
            return job.company_name
        if column == self.STATUS:
            return status_label(job.status)
        if column == self.PRIORITY:
            return priority_label(job.priority)
        if column == self.DUE:
            if job.due_date is None:
                return ""
            due = format_date(job.due_date)
            return f"{due} ⚠" if job.overdue else due
        if column == self.TECHNICIAN:
            return job.technician_name or ""
        if column == self.QUOTE:
            return "" if job.quoted_price is None else f"{job.quoted_price:,.2f} {job.currency}"
        return ""


class TimelineModel(QAbstractTableModel):
    """A job's status events, oldest first. The PUBLIC column carries a "public" badge on
    events whose note the customer sees at the kiosk."""

    WHEN, WHO, CHANGE, INTERNAL, PUBLIC, PUBLIC_NOTE = range(6)
    HEADERS = ("When", "Who", "Status", "Internal note", "Kiosk", "Public note")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, time_zone: tzinfo, parent: Any = None):
        super().__init__(parent)
        self._zone = time_zone
        self._rows: list[JobEventView] = []

    def set_rows(self, rows: Sequence[JobEventView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> JobEventView:
        return self._rows[row]

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
            return _tr("TimelineModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        column = index.column()
        public = bool(event.public_note)
        if role == self.ROW_ROLE:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.INTERNAL and event.internal_note:
                return event.internal_note
            if column in (self.PUBLIC, self.PUBLIC_NOTE) and public:
                return _tr("TimelineModel", "Shown to the customer at the kiosk")
        if column == self.PUBLIC and public:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(PUBLIC_BADGE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(PUBLIC_BADGE_TEXT)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, event: JobEventView, column: int) -> str:
        if column == self.WHEN:
            return event.at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        if column == self.WHO:
            return event.user_name or _tr("TimelineModel", "(system)")
        if column == self.CHANGE:
            target = status_label(event.to_status)
            if event.from_status is None:
                return target
            return f"{status_label(event.from_status)} → {target}"
        if column == self.INTERNAL:
            return " ".join(event.internal_note.split())
        if column == self.PUBLIC:
            return _tr("TimelineModel", "public") if event.public_note else ""
        if column == self.PUBLIC_NOTE:
            return event.public_note or ""
        return ""
