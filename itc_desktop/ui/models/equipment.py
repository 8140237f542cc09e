"""The equipment table of the Equipment page: rows fetched a page at a time as the view
scrolls (canFetchMore/fetchMore over `equipment.list_equipment`), with colour badges for the
status and the calibration state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from itc_desktop.models.equipment import IN_USE, EquipmentStatus
from itc_desktop.services.calibration import CalibrationState, OutReason
from itc_desktop.services.equipment import EquipmentRow

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: a flat table
DEFAULT_PAGE_SIZE = 200

# fetch_page(offset, limit): the rows of the current filter, ordered by asset tag
FetchPage = Callable[[int, int], list[EquipmentRow]]

# Badge colours (text colour; the delegate tints the pill with it).
RED = "#c62828"
AMBER = "#b26a00"
GREEN = "#2e7d32"
BLUE = "#1565c0"
GREY = "#757575"

STATUS_COLOURS = {
    EquipmentStatus.AVAILABLE.value: GREEN,
    IN_USE: BLUE,
    EquipmentStatus.MAINTENANCE.value: AMBER,
    EquipmentStatus.OUT_OF_SERVICE.value: RED,
    EquipmentStatus.RETIRED.value: GREY,
}
CALIBRATION_COLOURS = {
    CalibrationState.OK: GREEN,
    CalibrationState.DUE_SOON: AMBER,
    CalibrationState.OUT: RED,
    CalibrationState.NOT_REQUIRED: GREY,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EquipmentTableModel", text)


def calibration_text(row: EquipmentRow) -> str:
    """The calibration cell: state and the valid-until date."""
    status = row.calibration
    if status.state == CalibrationState.NOT_REQUIRED:
        return "—"
    if status.state == CalibrationState.OK:
        return _tr("until {date}").format(date=status.valid_until)
    if status.state == CalibrationState.DUE_SOON:
        return _tr("due {date}").format(date=status.valid_until)
    if status.reason == OutReason.FAILED:
        return _tr("failed")
    if status.valid_until is None:
        return _tr("not calibrated")
    return _tr("expired {date}").format(date=status.valid_until)


class EquipmentTableModel(QAbstractTableModel):
    TAG, NAME, CATEGORY, LOCATION, STATUS, CALIBRATION = range(6)
    HEADERS = ("Asset tag", "Name", "Category", "Location", "Status", "Calibration")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the EquipmentRow of the line
    BADGE_ROLE = Qt.ItemDataRole.UserRole + 2  # "#rrggbb" for badge columns, else None
    SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # what the proxy sorts by

    def __init__(
        self, fetch_page: FetchPage, page_size: int = DEFAULT_PAGE_SIZE, parent: Any = None
    ):
        super().__init__(parent)
        self._fetch_page = fetch_page
        self.page_size = page_size
        self._rows: list[EquipmentRow] = []
        self._exhausted = False
        # Views and model testers ask for more while rows are being inserted or the model is
        # being reset; those nested requests must not fetch the same page twice.
        self._busy = False

    # -- loading ---------------------------------------------------------------------------

    def reset(self, fetch_page: FetchPage | None = None) -> None:
        """Forget what was loaded (a filter changed); the view fetches the first page."""
        self._busy = True
        try:
            self.beginResetModel()
            if fetch_page is not None:
                self._fetch_page = fetch_page
            self._rows = []
            self._exhausted = False
            self.endResetModel()
        finally:
            self._busy = False

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._busy

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._busy = True
        try:
            page = self._fetch_page(len(self._rows), self.page_size)
            if len(page) < self.page_size:
                self._exhausted = True
            if not page:
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._busy = False

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # -- rows ------------------------------------------------------------------------------

    def row_at(self, row: int) -> EquipmentRow:
        return self._rows[row]

    def row_of(self, equipment_id: int) -> int:
        """The line of an equipment among the loaded rows, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == equipment_id), -1)

    def find_row(self, equipment_id: int) -> int:
        """Like row_of, fetching further pages until it is found or all are loaded."""
        row = self.row_of(equipment_id)
        while row < 0 and self.canFetchMore():
            self.fetchMore()
            row = self.row_of(equipment_id)
        return row

    def replace_rows(self, fresh: Sequence[EquipmentRow]) -> None:
        """Puts the newly read version of loaded rows in place (after a change)."""
        for item in fresh:
            row = self.row_of(item.id)
            if row >= 0:
                self._rows[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    # -- Qt --------------------------------------------------------------------------------

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
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == self.SORT_ROLE:
            if column == self.CALIBRATION:
                # Out of calibration first when sorted ascending, then by date.
                order = (CalibrationState.OUT, CalibrationState.DUE_SOON, CalibrationState.OK)
                state = item.calibration.state
                rank = order.index(state) if state in order else len(order)
                return f"{rank}{item.calibration.valid_until or ''}"
            return self._text(item, column).casefold()
        if role == self.BADGE_ROLE:
            return self._badge(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            badge = self._badge(item, column)
            if badge is not None:
                return QColor(badge)
            if item.status == EquipmentStatus.RETIRED.value:
                return QColor(GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CALIBRATION:
                return item.calibration.describe()
            if column == self.STATUS and item.running_operator:
                return _tr("In use by {name}").format(name=item.running_operator)
        return None

    def _text(self, item: EquipmentRow, column: int) -> str:
        if column == self.TAG:
            return item.asset_tag
        if column == self.NAME:
            return item.name
        if column == self.CATEGORY:
            return item.category_label
        if column == self.LOCATION:
            return item.location
        if column == self.STATUS:
            return item.status_label
        if column == self.CALIBRATION:
            return calibration_text(item)
        return ""

    def _badge(self, item: EquipmentRow, column: int) -> str | None:
        if column == self.STATUS:
            return STATUS_COLOURS.get(item.display_status, GREY)
        if column == self.CALIBRATION:
            return CALIBRATION_COLOURS[item.calibration.state]
        return None


class RecordsTableModel(QAbstractTableModel):
    """A small read-only table of the detail tabs (calibrations, overrides, plans, records):
    `set_rows(records, cells)` where `cells(record)` gives the texts of one line and
    `colour(record)` an optional text colour."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, headers: Sequence[str], context: str, parent: Any = None):
        super().__init__(parent)
        self._headers = tuple(headers)
        self._context = context
        self._records: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._colours: list[str | None] = []

    def set_rows(
        self,
        records: Sequence[Any],
        cells: Callable[[Any], Sequence[str]],
        colour: Callable[[Any], str | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._cells = [tuple(cells(record)) for record in self._records]
        self._colours = [colour(record) if colour else None for record in self._records]
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if role == self.ROW_ROLE:
            return self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._cells[index.row()]
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole and self._colours[index.row()]:
            return QColor(self._colours[index.row()])
        return None
