"""What the Steps, Specimens and Costs tabs of a job share: money and hours texts, typed
numbers read the lab's way, step status names, and a small read-only table model."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

from itc_desktop.i18n import format_number
from itc_desktop.models.jobs import CLOSED_STATUS_VALUES, StepStatus
from itc_desktop.ui.widgets.tables import configure_table

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
TOOLTIP_FROM = 24  # characters: longer cell texts also show in full as a tooltip
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("JobTabs", text)


def money_text(amount: Decimal | None, currency: str) -> str:
    """`1 234.50 EUR`: two decimals, thousands set apart by a space, the currency code."""
    if amount is None:
        return ""
    grouped = f"{amount:,.2f}".replace(",", " ")
    return f"{grouped} {currency}"


def hours_text(hours: Decimal | None) -> str:
    return "" if hours is None else format_number(hours, 2)


def parse_number(
    text: str, *, decimals: int, positive: bool = False, maximum: Decimal | None = None
) -> tuple[Decimal | None, str]:
    """(number, problem) from what was typed: `1 250,5` and `1250.5` read alike. The problem
    is "" when the number is fine; an empty text is (None, "")."""
    cleaned = "".join(text.split()).replace(",", ".")
    if not cleaned:
        return None, ""
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None, _tr("not a number")
    if not number.is_finite():
        return None, _tr("not a number")
    if number < 0 or (positive and number == 0):
        return None, _tr("more than zero") if positive else _tr("zero or more")
    if maximum is not None and number >= maximum:
        return None, _tr("too large")
    if number != number.quantize(Decimal(1).scaleb(-decimals)):
        return None, QCoreApplication.translate("JobTabs", "at most %n decimal(s)", "", decimals)
    return number, ""


def step_status_label(status: str) -> str:
    labels = {
        StepStatus.PLANNED.value: _tr("planned"),
        StepStatus.IN_PROGRESS.value: _tr("in progress"),
        StepStatus.DONE.value: _tr("done"),
    }
    return labels.get(status, status)


def is_closed(status: str | None) -> bool:
    """Delivered and cancelled jobs are frozen (the services refuse changes anyway)."""
    return status in CLOSED_STATUS_VALUES


class RowsModel(QAbstractTableModel):
    """Read-only rows of frozen dataclasses with an `id`. Subclasses give HEADERS, CONTEXT,
    `text(row, column)` and optionally RIGHT_COLUMNS / `foreground(row, column)`."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "JobTabs"
    RIGHT_COLUMNS: frozenset[int] = frozenset()
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

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
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.text(item, column)
            return text if len(text) > TOOLTIP_FROM else None  # a narrow column elides it
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(item, column)
        return None

    def text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def foreground(self, item: Any, column: int) -> Any:
        return None


def table_view(model: QAbstractTableModel, stretch_column: int | None, name: str) -> QTableView:
    """A read-only table on `model` whose `stretch_column` takes the spare width (None: the
    last column does)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # before configure_table: the header's sections exist only then
    configure_table(view, stretch_column)
    if stretch_column is None:
        view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widest: int = 220) -> None:
    """Columns as wide as their contents, but none wider than `widest` pixels (a long
    remark elides instead of pushing the rest out of sight)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
