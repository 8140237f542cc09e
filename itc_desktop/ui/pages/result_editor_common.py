"""Parts shared by every test record editor: number parsing (decimal comma), the limits
table (one row per limitable quantity) and the computed values table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from itc_desktop.analysis.decision import DecisionRule
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.result_inputs import JudgedValue, LimitSpec, quantity_label


def parse_number(text: str, field: str) -> float | None:
    """A number typed with a decimal comma or dot ("" → None); else a ValidationError
    naming the field."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise ValidationError({field: f"'{text.strip()}' is not a number"}) from None


def format_number(value: float | None, digits: int = 6) -> str:
    return "" if value is None else f"{value:.{digits}g}"


def display_number(value: float) -> str:
    """Five significant digits, without an exponent for the lab's usual magnitudes."""
    if abs(value) >= 1e4 and abs(value) < 1e9:
        return f"{value:.0f}"
    return f"{value:.5g}"


def numbers_from_text(text: str, field: str) -> list[float]:
    """One number per line (a pasted spreadsheet column; decimal comma allowed)."""
    values = []
    for line in text.replace("\t", "\n").splitlines():
        value = parse_number(line, field)
        if value is not None:
            values.append(value)
    return values


class LimitsTable(QTableWidget):
    """Lower, upper, U, k, rule and source per quantity; an empty row means no limits."""

    changed = Signal()
    COLUMNS = ("lower", "upper", "U", "k", "rule", "source")

    def __init__(self, quantities: Sequence[str], parent: QWidget | None = None):
        super().__init__(len(quantities), len(self.COLUMNS), parent)
        self.quantities = tuple(quantities)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Lower"),
                self.tr("Upper"),
                self.tr("U"),
                self.tr("k"),
                self.tr("Rule"),
                self.tr("Source"),
            ]
        )
        self.setVerticalHeaderLabels([quantity_label(q) for q in self.quantities])
        header = self.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for col in range(4):
            self.setColumnWidth(col, 80)
        self.setColumnWidth(4, 170)
        for row in range(len(self.quantities)):
            for col in (0, 1, 2, 3, 5):
                self.setItem(row, col, QTableWidgetItem("2" if col == 3 else ""))
            rule = QComboBox()
            rule.addItem(self.tr("simple"), DecisionRule.SIMPLE.value)
            rule.addItem(self.tr("guard band ISO 14253-1"), DecisionRule.GUARD_BAND.value)
            rule.currentIndexChanged.connect(self.changed)
            self.setCellWidget(row, 4, rule)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def _text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def set_cell(self, quantity: str, column: str, text: str) -> None:
        self.item(self.quantities.index(quantity), self.COLUMNS.index(column)).setText(text)

    def rule_combo(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, 4)
        assert isinstance(widget, QComboBox)
        return widget

    def limits(self) -> dict[str, LimitSpec]:
        result: dict[str, LimitSpec] = {}
        for row, quantity in enumerate(self.quantities):
            label = quantity_label(quantity)
            lower = parse_number(self._text(row, 0), f"{label}: {self.tr('lower')}")
            upper = parse_number(self._text(row, 1), f"{label}: {self.tr('upper')}")
            if lower is None and upper is None:
                continue
            u = parse_number(self._text(row, 2), f"{label}: U")
            k = parse_number(self._text(row, 3), f"{label}: k") or 2.0
            result[quantity] = LimitSpec(
                lower, upper, u, k, self.rule_combo(row).currentData(), self._text(row, 5).strip()
            )
        return result

    def set_limits(self, limits: dict[str, LimitSpec]) -> None:
        self.blockSignals(True)
        for quantity, spec in limits.items():
            if quantity not in self.quantities:
                continue
            row = self.quantities.index(quantity)
            for col, value in (
                (0, spec.lower),
                (1, spec.upper),
                (2, spec.uncertainty),
                (3, spec.k),
            ):
                self.item(row, col).setText(format_number(value))
            self.item(row, 5).setText(spec.source)
            combo = self.rule_combo(row)
            combo.setCurrentIndex(max(0, combo.findData(spec.rule)))
        self.blockSignals(False)


class ValuesTable(QTableWidget):
    """Computed values: quantity, item, value, unit, decision, flags."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Quantity"),
                self.tr("Item"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Decision"),
                self.tr("Flags"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def show_values(self, values: Sequence[JudgedValue]) -> None:
        self.setRowCount(len(values))
        for row, v in enumerate(values):
            decision = v.decision.value if v.decision is not None else ""
            cells = (
                quantity_label(v.quantity),
                v.item,
                display_number(v.value),
                v.unit,
                decision,
                "; ".join(v.flags),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, col, item)
        self.setColumnHidden(1, not any(v.item for v in values))

    def value_of(self, quantity: str, item: str = "") -> str | None:
        label = quantity_label(quantity)
        for row in range(self.rowCount()):
            if self.item(row, 0).text() == label and self.item(row, 1).text() == item:
                return self.item(row, 2).text()
        return None
