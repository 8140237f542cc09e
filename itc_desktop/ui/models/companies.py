"""The companies list and a company's contacts, as small table models with `set_rows`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from itc_desktop.services.companies import CompanyView, ContactView

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
INACTIVE_TEXT = QColor("#757575")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def country_label(country: str) -> str:
    labels = {
        "HU": _tr("companies", "Hungary"),
        "RS": _tr("companies", "Serbia"),
        "other": _tr("companies", "Other"),
    }
    return labels.get(country, country)


class _RowsModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

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
            return _tr(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self._text(item, 0)  # long names are elided in the cell
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QBrush(INACTIVE_TEXT)
        return None

    def _text(self, item: Any, column: int) -> str:
        raise NotImplementedError


class CompaniesTableModel(_RowsModel):
    NAME, COUNTRY, TAX_NUMBER, CURRENCY = range(4)
    HEADERS = ("Name", "Country", "Tax number", "Currency")
    CONTEXT = "CompaniesTableModel"

    def _text(self, item: CompanyView, column: int) -> str:
        if column == self.NAME:
            if item.active:
                return item.name
            return item.name + " " + _tr(self.CONTEXT, "(inactive)")
        if column == self.COUNTRY:
            return country_label(item.country)
        if column == self.TAX_NUMBER:
            return item.tax_number or ""
        if column == self.CURRENCY:
            return item.default_currency
        return ""


class ContactsTableModel(_RowsModel):
    NAME, ROLE, EMAIL, PHONE = range(4)
    HEADERS = ("Name", "Role", "E-mail", "Phone")
    CONTEXT = "ContactsTableModel"

    def _text(self, item: ContactView, column: int) -> str:
        if column == self.NAME:
            if item.active:
                return item.name
            return item.name + " " + _tr(self.CONTEXT, "(inactive)")
        if column == self.ROLE:
            return item.role or ""
        if column == self.EMAIL:
            return item.email or ""
        if column == self.PHONE:
            return item.phone or ""
        return ""
