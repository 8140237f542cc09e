"""Inputs of the hardness, Charpy and dimensional editors; each panel emits `changed`, gives
its inputs (raising ValidationError naming the field) and shows an evaluation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.analysis.decision import DecisionRule
from itc_desktop.analysis.hardness import ROCKWELL_RANGES, VICKERS_SCALES, hardness_notation
from itc_desktop.i18n import format_number as shown_number
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.result_inputs import (
    Characteristic,
    DimensionalInputs,
    Evaluation,
    HardnessInputs,
    ImpactInputs,
)
from itc_desktop.ui.pages.result_editor_common import format_number, numbers_from_text, parse_number


class TypePanel(QWidget):
    changed = Signal()

    def inputs(self) -> Any:
        raise NotImplementedError

    def set_inputs(self, inputs: Any) -> None:
        raise NotImplementedError

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        """None: the inputs are incomplete or wrong (the dialog shows why)."""

    def draft_fields(self) -> dict[str, QWidget]:
        """The fields an unsaved draft keeps, in the order they are refilled."""
        raise NotImplementedError

    def draft_extra(self) -> dict[str, Any]:
        """What an unsaved draft keeps besides the fields."""
        return {}

    def restore_draft_extra(self, extra: dict[str, Any]) -> None:
        """Puts back what draft_extra() kept (nothing, unless a panel keeps more)."""


def _scale_text(scale: float) -> str:
    return f"{scale:g}"


class _RowsTable(QTableWidget):
    def __init__(self, headers: list[str], rows: int, parent: QWidget | None = None):
        super().__init__(rows, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row in range(rows):
            self._fill(row)

    def _fill(self, row: int) -> None:
        for col in range(self.columnCount()):
            if self.item(row, col) is None:
                self.setItem(row, col, QTableWidgetItem(""))

    def add_row(self) -> None:
        self.insertRow(self.rowCount())
        self._fill(self.rowCount() - 1)

    def remove_row(self) -> None:
        row = self.currentRow() if self.currentRow() >= 0 else self.rowCount() - 1
        if row >= 0:
            self.removeRow(row)

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def set_text(self, row: int, col: int, text: str) -> None:
        while self.rowCount() <= row:
            self.add_row()
        self.item(row, col).setText(text)


def _buttons(table: _RowsTable, owner: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    add = QPushButton(QCoreApplication.translate("TableButtons", "Add row"))
    remove = QPushButton(QCoreApplication.translate("TableButtons", "Remove row"))
    add.clicked.connect(table.add_row)
    remove.clicked.connect(table.remove_row)
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    return row


class HardnessPanel(TypePanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.method = QComboBox()
        self.method.addItem(self.tr("Vickers HV (ISO 6507-1)"), "HV")
        self.method.addItem(self.tr("Brinell HBW (ISO 6506-1)"), "HBW")
        self.method.addItem(self.tr("Rockwell (ISO 6508-1)"), "HR")
        self.force = QComboBox()
        for scale in VICKERS_SCALES:
            self.force.addItem(f"HV {_scale_text(scale)}", _scale_text(scale))
        self.force.setCurrentIndex(self.force.findData("10"))
        self.rockwell = QComboBox()
        for scale in ROCKWELL_RANGES:
            self.rockwell.addItem(scale, scale)
        self.rockwell.setCurrentIndex(max(0, self.rockwell.findData("HRC")))
        self.ball = QLineEdit("2.5")
        self.force_kgf = QLineEdit("187.5")
        self.thickness = QLineEdit()
        self.thickness.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Test force"), self.force)
        form.addRow(self.tr("Rockwell scale"), self.rockwell)
        form.addRow(self.tr("Ball D (mm)"), self.ball)
        form.addRow(self.tr("Force F (kgf)"), self.force_kgf)
        form.addRow(self.tr("Specimen thickness (mm)"), self.thickness)
        self.form = form
        self.readings = _RowsTable([], 3)
        self.summary = QLabel()
        self.summary.setObjectName("hardnessSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Readings per indentation")))
        layout.addWidget(self.readings, 1)
        layout.addLayout(_buttons(self.readings, self))
        layout.addWidget(self.summary)
        for edit in (self.ball, self.force_kgf, self.thickness):
            edit.textChanged.connect(self.changed)
        for combo in (self.force, self.rockwell):
            combo.currentIndexChanged.connect(self.changed)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.readings.itemChanged.connect(lambda _i: self.changed.emit())
        self.readings.model().rowsRemoved.connect(self.changed)
        self._method_changed()

    def _method_changed(self) -> None:
        method = self.method.currentData()
        self.form.setRowVisible(self.force, method == "HV")
        self.form.setRowVisible(self.thickness, method == "HV")
        self.form.setRowVisible(self.rockwell, method == "HR")
        self.form.setRowVisible(self.ball, method == "HBW")
        self.form.setRowVisible(self.force_kgf, method == "HBW")
        if method == "HR":
            headers = [self.tr("Value"), self.tr("HV / flags")]
        elif method == "HBW":
            headers = [self.tr("d1 (mm)"), self.tr("d2 (mm)"), self.tr("HBW / flags")]
        else:
            headers = [self.tr("d1 (mm)"), self.tr("d2 (mm)"), self.tr("HV / flags")]
        self.readings.setColumnCount(len(headers))
        self.readings.setHorizontalHeaderLabels(headers)
        for row in range(self.readings.rowCount()):
            self.readings._fill(row)
        self.changed.emit()

    def _entry_columns(self) -> int:
        return self.readings.columnCount() - 1

    def inputs(self) -> HardnessInputs:
        method = self.method.currentData()
        readings = []
        for row in range(self.readings.rowCount()):
            cells = [
                parse_number(
                    self.readings.text(row, c), self.tr("Indentation {n}").format(n=row + 1)
                )
                for c in range(self._entry_columns())
            ]
            if all(c is None for c in cells):
                continue
            readings.append(tuple(c for c in cells if c is not None))
        scale = self.force.currentData() if method == "HV" else self.rockwell.currentData()
        return HardnessInputs(
            method=method,
            scale=scale if method != "HBW" else "",
            ball_mm=parse_number(self.ball.text(), self.tr("Ball D")) if method == "HBW" else None,
            force_kgf=parse_number(self.force_kgf.text(), self.tr("Force F"))
            if method == "HBW"
            else None,
            readings=tuple(readings),
            thickness_mm=parse_number(self.thickness.text(), self.tr("Specimen thickness"))
            if method == "HV"
            else None,
        )

    def set_inputs(self, inputs: HardnessInputs) -> None:
        self.method.setCurrentIndex(max(0, self.method.findData(inputs.method)))
        if inputs.method == "HV":
            self.force.setCurrentIndex(max(0, self.force.findData(inputs.scale)))
        elif inputs.method == "HR":
            self.rockwell.setCurrentIndex(max(0, self.rockwell.findData(inputs.scale)))
        self.ball.setText(format_number(inputs.ball_mm))
        self.force_kgf.setText(format_number(inputs.force_kgf))
        self.thickness.setText(format_number(inputs.thickness_mm))
        self.readings.setRowCount(0)
        for row, reading in enumerate(inputs.readings):
            for col, value in enumerate(reading):
                self.readings.set_text(row, col, format_number(value))

    def draft_fields(self) -> dict[str, QWidget]:
        return {
            "method": self.method,  # first: it sets the readings' columns
            "force": self.force,
            "rockwell": self.rockwell,
            "ball": self.ball,
            "force_kgf": self.force_kgf,
            "thickness": self.thickness,
            "readings": self.readings,
        }

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        series = evaluation.hardness if evaluation is not None else None
        result_col = self.readings.columnCount() - 1
        self.readings.blockSignals(True)
        rows = [
            r
            for r in range(self.readings.rowCount())
            if any(self.readings.text(r, c).strip() for c in range(result_col))
        ]
        for r in range(self.readings.rowCount()):
            self.readings.set_text(r, result_col, "")
        if series is not None:
            for r, ind in zip(rows, series.indentations, strict=False):
                text = f"{ind.value:.0f}" if not series.method.startswith("HR") else ""
                if ind.flags:
                    text = (text + " ⚠ " + "; ".join(ind.flags)).strip()
                self.readings.set_text(r, result_col, text)
        self.readings.blockSignals(False)
        if series is None:
            self.summary.setText("")
            return
        self.summary.setText(
            self.tr("Mean {mean}, range {range}").format(
                mean=hardness_notation(series.mean, series.method, series.condition),
                range=f"{series.range:.3g}",
            )
        )


SIZES = ("10 × 10 × 55 mm", "10 × 7.5 × 55 mm", "10 × 5 × 55 mm", "10 × 2.5 × 55 mm")


class CharpyPanel(TypePanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.notch = QComboBox()
        self.notch.addItem(self.tr("V-notch"), "V")
        self.notch.addItem(self.tr("U-notch"), "U")
        self.striker = QComboBox()
        self.striker.addItem(self.tr("2 mm striker (KV2)"), 2.0)
        self.striker.addItem(self.tr("8 mm striker (KV8)"), 8.0)
        self.initial = QLineEdit("300")
        self.temperature = QLineEdit()
        self.size = QComboBox()
        self.size.setEditable(True)
        self.size.addItems(SIZES)
        form = QFormLayout()
        form.addRow(self.tr("Notch"), self.notch)
        form.addRow(self.tr("Striker"), self.striker)
        form.addRow(self.tr("Pendulum initial energy (J)"), self.initial)
        form.addRow(self.tr("Test temperature (°C)"), self.temperature)
        form.addRow(self.tr("Specimen size"), self.size)
        self.energies = _RowsTable([self.tr("Absorbed energy (J)"), self.tr("Flags")], 3)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.energies, 1)
        layout.addLayout(_buttons(self.energies, self))
        layout.addWidget(self.summary)
        for edit in (self.initial, self.temperature):
            edit.textChanged.connect(self.changed)
        for combo in (self.notch, self.striker):
            combo.currentIndexChanged.connect(self.changed)
        self.size.currentTextChanged.connect(self.changed)
        self.energies.itemChanged.connect(lambda _i: self.changed.emit())
        self.energies.model().rowsRemoved.connect(self.changed)

    def _energy_rows(self) -> list[int]:
        return [r for r in range(self.energies.rowCount()) if self.energies.text(r, 0).strip()]

    def inputs(self) -> ImpactInputs:
        energies = []
        for r in self._energy_rows():
            value = parse_number(self.energies.text(r, 0), self.tr("Specimen {n}").format(n=r + 1))
            assert value is not None
            energies.append(value)
        return ImpactInputs(
            notch=self.notch.currentData(),
            striker_radius_mm=self.striker.currentData(),
            initial_energy_J=parse_number(self.initial.text(), self.tr("Initial energy")),
            test_temperature_C=parse_number(self.temperature.text(), self.tr("Test temperature")),
            specimen_size=self.size.currentText().strip(),
            energies_J=tuple(energies),
        )

    def set_inputs(self, inputs: ImpactInputs) -> None:
        self.notch.setCurrentIndex(max(0, self.notch.findData(inputs.notch)))
        self.striker.setCurrentIndex(max(0, self.striker.findData(inputs.striker_radius_mm)))
        self.initial.setText(format_number(inputs.initial_energy_J))
        self.temperature.setText(format_number(inputs.test_temperature_C))
        self.size.setCurrentText(inputs.specimen_size)
        self.energies.setRowCount(0)
        for row, energy in enumerate(inputs.energies_J):
            self.energies.set_text(row, 0, format_number(energy))

    def draft_fields(self) -> dict[str, QWidget]:
        return {
            "notch": self.notch,
            "striker": self.striker,
            "initial": self.initial,
            "temperature": self.temperature,
            "size": self.size,
            "energies": self.energies,
        }

    def flag_text(self, row: int) -> str:
        return self.energies.text(row, 1)

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        series = evaluation.impact if evaluation is not None else None
        self.energies.blockSignals(True)
        for r in range(self.energies.rowCount()):
            self.energies.set_text(r, 1, "")
        if series is not None:
            rows = self._energy_rows()
            for index in series.flagged_indices:
                self.energies.set_text(
                    rows[index], 1, "⚠ " + self.tr("above 80 % of the initial energy")
                )
        self.energies.blockSignals(False)
        if series is None:
            self.summary.setText("")
            return
        self.summary.setText(
            self.tr("{symbol}: mean {mean} J, lowest single value {low} J").format(
                symbol=series.symbol,
                mean=shown_number(series.mean_J, 1),
                low=shown_number(series.minimum_J, 1),
            )
        )


class DimensionalPanel(TypePanel):
    """Characteristics table; the selected characteristic's measured values (one per line)."""

    HEADERS = ("Name", "Nominal", "− tol", "+ tol", "Unit", "U", "Rule", "Subgroup size")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = _RowsTable([self.tr(h) for h in self.HEADERS], 0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((0, 70, 60, 60, 50, 60, 110, 100)):
            if width:
                self.table.setColumnWidth(col, width)
        self.measurements: list[str] = []
        self.values = QPlainTextEdit()
        self.values.setPlaceholderText(self.tr("One measured value per line (paste a column)"))
        self.values_label = QLabel(self.tr("Measured values"))
        self.judged = QPlainTextEdit()
        self.judged.setReadOnly(True)
        self.capability = QLabel()
        self.capability.setObjectName("capability")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(self.table, self))
        row = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.values_label)
        column.addWidget(self.values)
        row.addLayout(column, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Per value")))
        right.addWidget(self.judged, 1)
        right.addWidget(self.capability)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)
        self.table.model().rowsInserted.connect(self._rows_inserted)
        self.table.model().rowsRemoved.connect(self._rows_removed)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.currentCellChanged.connect(self._select)
        self.values.textChanged.connect(self._values_edited)
        self._current = -1
        self.table.add_row()
        self.table.setCurrentCell(0, 0)

    def _rows_inserted(self, _parent: object, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.measurements.insert(row, "")
            rule = QComboBox()
            rule.addItem(self.tr("simple"), DecisionRule.SIMPLE.value)
            rule.addItem(self.tr("guard band"), DecisionRule.GUARD_BAND.value)
            rule.currentIndexChanged.connect(self.changed)
            self.table.setCellWidget(row, 6, rule)
            self.table.item(row, 4).setText("mm") if self.table.item(row, 4) else None

    def _rows_removed(self, _parent: object, first: int, last: int) -> None:
        del self.measurements[first : last + 1]
        self._current = -1
        self._select(self.table.currentRow(), 0, -1, -1)
        self.changed.emit()

    def _select(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if row == self._current:
            return
        self._current = row
        self.values.blockSignals(True)
        self.values.setPlainText(
            self.measurements[row] if 0 <= row < len(self.measurements) else ""
        )
        self.values.blockSignals(False)
        self._name_label()
        self.changed.emit()

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if item.row() == self._current and item.column() == 0:
            self._name_label()
        self.changed.emit()

    def _name_label(self) -> None:
        row = self._current
        name = self.table.text(row, 0) if row >= 0 else ""
        self.values_label.setText(self.tr("Measured values of {name}").format(name=name))

    def _values_edited(self) -> None:
        if 0 <= self._current < len(self.measurements):
            self.measurements[self._current] = self.values.toPlainText()
        self.changed.emit()

    def select(self, row: int) -> None:
        self.table.setCurrentCell(row, 0)

    def inputs(self) -> DimensionalInputs:
        characteristics = []
        for row in range(self.table.rowCount()):
            name = self.table.text(row, 0).strip()
            if not name and not self.measurements[row].strip():
                continue
            label = name or self.tr("row {n}").format(n=row + 1)

            def num(col: int, what: str, *, label: str = label, row: int = row) -> float | None:
                return parse_number(self.table.text(row, col), f"{label}: {what}")

            nominal, lower, upper = num(1, self.tr("nominal")), num(2, "− tol"), num(3, "+ tol")
            for value, what in ((nominal, self.tr("nominal")), (lower, "− tol"), (upper, "+ tol")):
                if value is None:
                    raise ValidationError({f"{label}: {what}": self.tr("required")})
            assert nominal is not None and lower is not None and upper is not None
            subgroup = num(7, self.tr("subgroup size"))
            rule = self.table.cellWidget(row, 6)
            assert isinstance(rule, QComboBox)
            characteristics.append(
                Characteristic(
                    name=name,
                    nominal=nominal,
                    lower_tol=lower,
                    upper_tol=upper,
                    unit=self.table.text(row, 4).strip(),
                    measurements=tuple(numbers_from_text(self.measurements[row], label)),
                    uncertainty=num(5, "U"),
                    rule=rule.currentData(),
                    subgroup_size=int(subgroup) if subgroup is not None else None,
                )
            )
        return DimensionalInputs(tuple(characteristics))

    def set_inputs(self, inputs: DimensionalInputs) -> None:
        self.table.setRowCount(0)
        for row, c in enumerate(inputs.characteristics):
            self.table.add_row()
            texts = (
                c.name,
                format_number(c.nominal),
                format_number(c.lower_tol),
                format_number(c.upper_tol),
                c.unit,
                format_number(c.uncertainty),
                "",
                "" if c.subgroup_size is None else str(c.subgroup_size),
            )
            for col, text in enumerate(texts):
                if col != 6:
                    self.table.item(row, col).setText(text)
            rule = self.table.cellWidget(row, 6)
            assert isinstance(rule, QComboBox)
            rule.setCurrentIndex(max(0, rule.findData(c.rule)))
            self.measurements[row] = "\n".join(format_number(m, 10) for m in c.measurements)
        self._current = -1
        self.select(0)

    def draft_fields(self) -> dict[str, QWidget]:
        return {"characteristics": self.table}

    def draft_extra(self) -> dict[str, Any]:
        return {"measurements": list(self.measurements)}

    def restore_draft_extra(self, extra: dict[str, Any]) -> None:
        measurements = [str(text) for text in extra.get("measurements", [])]
        self.measurements[: len(measurements)] = measurements[: len(self.measurements)]
        self._current = -1  # the shown values are read again, even when row 0 stays current
        self.select(0)
        self._select(self.table.currentRow(), 0, -1, -1)

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        row = self._current
        name = self.table.text(row, 0).strip() if row >= 0 else ""
        if evaluation is None or not name:
            self.judged.setPlainText("")
            self.capability.setText("")
            return
        parts = [v for v in evaluation.values if v.quantity == f"dim:{name}"]
        self.judged.setPlainText(
            "\n".join(
                f"{v.item}: {v.value:g} {v.unit} — {v.decision.value if v.decision else ''}"
                for v in parts
            )
        )
        cp = [v.value for v in evaluation.values if v.quantity == f"cp:{name}"]
        cpk = [v.value for v in evaluation.values if v.quantity == f"cpk:{name}"]
        if cpk:
            cp_text = shown_number(cp[0], 2) if cp else "–"
            self.capability.setText(f"Cp {cp_text}   Cpk {shown_number(cpk[0], 2)}")
        else:
            self.capability.setText(self.tr("Cp/Cpk once the series is complete"))
