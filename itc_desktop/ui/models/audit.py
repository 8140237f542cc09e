"""The audit trail table: newest first, fetched a page at a time as the view scrolls
(canFetchMore/fetchMore with keyset paging on the entry id)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these are flat tables
DEFAULT_PAGE_SIZE = 200
_SUMMARY_LENGTH = 160


@dataclass(frozen=True)
class AuditRow:
    id: int
    ts: datetime  # tz-aware UTC
    username: str | None
    table_name: str
    row_id: str
    action: str
    changes: str  # JSON, as recorded


# fetch_page(before_id, limit): entries older than before_id (None: the newest), newest first
FetchPage = Callable[[int | None, int], list[AuditRow]]


def summarize_changes(row: AuditRow) -> str:
    """One line: `role: technician → manager; active: True → False` for an update,
    `username=…, full_name=…` for an insert or delete."""
    try:
        changes = json.loads(row.changes)
    except ValueError:
        return row.changes
    if not isinstance(changes, dict):
        return row.changes
    parts = []
    for key, value in changes.items():
        if isinstance(value, dict) and set(value) == {"old", "new"}:
            parts.append(f"{key}: {value['old']} → {value['new']}")
        else:
            parts.append(f"{key}={value}")
    text = "; ".join(parts) if row.action == "update" else ", ".join(parts)
    return text if len(text) <= _SUMMARY_LENGTH else text[: _SUMMARY_LENGTH - 1] + "…"


class AuditTableModel(QAbstractTableModel):
    TIME, USER, TABLE, ROW, ACTION, CHANGES = range(6)
    HEADERS = ("Time", "User", "Table", "Row", "Action", "Changes")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        fetch_page: FetchPage,
        time_zone: tzinfo,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: Any = None,
    ):
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._time_zone = time_zone
        self.page_size = page_size
        self._rows: list[AuditRow] = []
        self._exhausted = False

    def reset(self, fetch_page: FetchPage | None = None) -> None:
        """Forget what was loaded (e.g. the filter changed); the view fetches again."""
        self.beginResetModel()
        if fetch_page is not None:
            self._fetch_page = fetch_page
        self._rows = []
        self._exhausted = False
        self.endResetModel()

    def set_time_zone(self, time_zone: tzinfo) -> None:
        self._time_zone = time_zone
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.TIME), self.index(len(self._rows) - 1, self.TIME)
            )

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        before_id = self._rows[-1].id if self._rows else None
        page = self._fetch_page(before_id, self.page_size)
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
            return QCoreApplication.translate("AuditTableModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return entry.ts.astimezone(self._time_zone).strftime("%Y-%m-%d %H:%M:%S")
            if column == self.USER:
                return entry.username or QCoreApplication.translate("AuditTableModel", "(system)")
            if column == self.TABLE:
                return entry.table_name
            if column == self.ROW:
                return entry.row_id
            if column == self.ACTION:
                return entry.action
            if column == self.CHANGES:
                return summarize_changes(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHANGES:
            try:
                return json.dumps(json.loads(entry.changes), ensure_ascii=False, indent=2)
            except ValueError:
                return entry.changes
        return None
