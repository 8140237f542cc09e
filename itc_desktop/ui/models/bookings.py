"""The bookings list: rows paged in by keyset (newest start first) as the view scrolls."""

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
from PySide6.QtGui import QColor

from itc_desktop.services.bookings import BookingCursor, BookingRow, cursor_of
from itc_desktop.services.lazy_rows import RowPages
from itc_desktop.ui.widgets.tables import local_text

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DEFAULT_PAGE_SIZE = 200

# fetch(after, limit): the next page of the current filter after the cursor (None: the first)
FetchBookings = Callable[[BookingCursor | None, int], Sequence[BookingRow]]


def status_label(status: str) -> str:
    labels = {
        "confirmed": QCoreApplication.translate("BookingsTableModel", "Confirmed"),
        "cancelled": QCoreApplication.translate("BookingsTableModel", "Cancelled"),
        "completed": QCoreApplication.translate("BookingsTableModel", "Completed"),
        "no_show": QCoreApplication.translate("BookingsTableModel", "No-show"),
    }
    return labels.get(status, status)


class BookingsTableModel(QAbstractTableModel):
    START, END, EQUIPMENT, FOR, JOB, STATUS, PURPOSE = range(7)
    HEADERS = ("Start", "End", "Equipment", "Booked for", "Job", "Status", "Purpose / reason")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        fetch: FetchBookings,
        zone: tzinfo,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: Any = None,
    ):
        super().__init__(parent)
        self._fetch = fetch
        self.zone = zone
        self.page_size = page_size
        self._rows: RowPages[BookingRow] = RowPages()  # rows are built as the view reads them
        self._exhausted = False
        self._fetching = False

    def reset(self, fetch: FetchBookings | None = None) -> None:
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows = RowPages()
        self._exhausted = False
        self.endResetModel()

    def row_at(self, row: int) -> BookingRow:
        return self._rows[row]

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        try:
            after = cursor_of(self._rows[-1]) if self._rows else None
            page = self._fetch(after, self.page_size)
        finally:
            self._fetching = False
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
            return QCoreApplication.translate("BookingsTableModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ("cancelled", "no_show"):
            return QColor("#757575") if row.status == "cancelled" else QColor("#b00020")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.START:
                return local_text(row.start, self.zone)
            if column == self.END:
                return local_text(row.end, self.zone)
            if column == self.EQUIPMENT:
                return f"{row.asset_tag} {row.equipment_name}"
            if column == self.FOR:
                return row.booked_for_name
            if column == self.JOB:
                return row.job_reference or ""
            if column == self.STATUS:
                return status_label(row.status)
            if column == self.PURPOSE:
                return row.cancel_reason if row.status == "cancelled" else row.purpose
        return None
