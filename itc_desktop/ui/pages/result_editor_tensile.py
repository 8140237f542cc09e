"""Tensile inputs: the machine's raw file (through the import dialog), the specimen's shape
and dimensions, and the stress–strain plot beside them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.services.errors import ValidationError
from itc_desktop.services.result_inputs import Evaluation, TensileInputs
from itc_desktop.services.results import RawFile
from itc_desktop.ui.pages.result_editor_common import format_number, parse_number
from itc_desktop.ui.pages.result_editor_types import TypePanel
from itc_desktop.ui.pages.tensile_import_dialog import TensileImportDialog
from itc_desktop.ui.widgets.stress_strain_plot import StressStrainPlot

FloatArray = np.ndarray


class TensilePanel(TypePanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns: dict[str, FloatArray] | None = None
        self.file_name = ""
        self.file_content: bytes | None = None
        self.mapping: dict[str, int] = {}
        self.import_button = QPushButton(self.tr("Import file…"))
        self.import_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file imported"))
        self.shape = QComboBox()
        self.shape.addItem(self.tr("Round (d0)"), "round")
        self.shape.addItem(self.tr("Flat (a0 × b0)"), "flat")
        self.shape.addItem(self.tr("Cross-section S0"), "area")
        self.d0, self.a0, self.b0, self.s0 = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.l0, self.lu, self.su = QLineEdit(), QLineEdit(), QLineEdit()
        self.l0.setPlaceholderText(self.tr("empty = 5.65·√S0"))
        self.lu.setPlaceholderText(self.tr("optional"))
        self.su.setPlaceholderText(self.tr("optional"))
        self.rp10 = QCheckBox(self.tr("Report Rp1.0"))
        form = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.file_label, 1)
        form.addRow(top)
        form.addRow(self.tr("Shape"), self.shape)
        form.addRow(self.tr("d0 (mm)"), self.d0)
        form.addRow(self.tr("a0 thickness (mm)"), self.a0)
        form.addRow(self.tr("b0 width (mm)"), self.b0)
        form.addRow(self.tr("S0 (mm²)"), self.s0)
        form.addRow(self.tr("L0 (mm)"), self.l0)
        form.addRow(self.tr("Lu (mm)"), self.lu)
        form.addRow(self.tr("Su (mm²)"), self.su)
        form.addRow(self.rp10)
        self.form = form
        self.plot = StressStrainPlot()
        self.plot.setMinimumSize(420, 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        for edit in (self.d0, self.a0, self.b0, self.s0, self.l0, self.lu, self.su):
            edit.textChanged.connect(self.changed)
        self.rp10.toggled.connect(self.changed)
        self.shape.currentIndexChanged.connect(self._shape_changed)
        self._shape_changed()

    def _shape_changed(self) -> None:
        shape = self.shape.currentData()
        self.form.setRowVisible(self.d0, shape == "round")
        self.form.setRowVisible(self.a0, shape == "flat")
        self.form.setRowVisible(self.b0, shape == "flat")
        self.form.setRowVisible(self.s0, shape == "area")
        self.changed.emit()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Tensile machine file"),
            "",
            self.tr("Machine records (*.txt *.csv *.TXT *.CSV *.dat);;All files (*)"),
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> bool:
        dialog = TensileImportDialog(path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.take_import(dialog, Path(path).name)

    def take_import(self, dialog: TensileImportDialog, name: str) -> bool:
        record, content = dialog.record(), dialog.file_bytes()
        if record is None or content is None:
            return False
        self.columns = dict(record.data)
        self.file_content = content
        self.file_name = name
        self.mapping = dialog.mapping()
        self.file_label.setText(name)
        self.file_label.setStyleSheet("")
        dims = record.dimensions
        if dims.diameter_mm is not None:
            self.shape.setCurrentIndex(self.shape.findData("round"))
            self.d0.setText(format_number(dims.diameter_mm))
        elif dims.width_mm is not None and dims.thickness_mm is not None:
            self.shape.setCurrentIndex(self.shape.findData("flat"))
            self.a0.setText(format_number(dims.thickness_mm))
            self.b0.setText(format_number(dims.width_mm))
        elif dims.area_mm2 is not None:
            self.shape.setCurrentIndex(self.shape.findData("area"))
            self.s0.setText(format_number(dims.area_mm2))
        if dims.gauge_length_mm is not None:
            self.l0.setText(format_number(dims.gauge_length_mm))
        self.changed.emit()
        return True

    def set_stored(
        self, inputs: TensileInputs, columns: dict[str, FloatArray] | None, file_name: str
    ) -> None:
        self.columns = columns
        self.mapping = dict(inputs.mapping)
        self.file_name = file_name
        self.file_label.setText(self.tr("{name} (stored)").format(name=file_name))
        self.set_inputs(inputs)

    def inputs(self) -> TensileInputs:
        if self.columns is None:
            raise ValidationError({self.tr("File"): self.tr("import the machine's raw file first")})
        shape = self.shape.currentData()
        required = {
            "round": ((self.d0, self.tr("Diameter d0")),),
            "flat": ((self.a0, self.tr("Thickness a0")), (self.b0, self.tr("Width b0"))),
            "area": ((self.s0, self.tr("Cross-section S0")),),
        }[shape]
        missing = {name: self.tr("required") for edit, name in required if not edit.text().strip()}
        if missing:
            raise ValidationError(missing)
        return TensileInputs(
            shape=shape,
            diameter_mm=parse_number(self.d0.text(), self.tr("Diameter d0"))
            if shape == "round"
            else None,
            thickness_mm=parse_number(self.a0.text(), self.tr("Thickness a0"))
            if shape == "flat"
            else None,
            width_mm=parse_number(self.b0.text(), self.tr("Width b0")) if shape == "flat" else None,
            area_mm2=parse_number(self.s0.text(), self.tr("Cross-section S0"))
            if shape == "area"
            else None,
            gauge_length_mm=parse_number(self.l0.text(), "L0"),
            Lu_mm=parse_number(self.lu.text(), "Lu"),
            Su_mm2=parse_number(self.su.text(), "Su"),
            report_rp10=self.rp10.isChecked(),
            mapping=dict(self.mapping),
        )

    def set_inputs(self, inputs: TensileInputs) -> None:
        self.shape.setCurrentIndex(max(0, self.shape.findData(inputs.shape)))
        self.d0.setText(format_number(inputs.diameter_mm))
        self.a0.setText(format_number(inputs.thickness_mm))
        self.b0.setText(format_number(inputs.width_mm))
        self.s0.setText(format_number(inputs.area_mm2))
        self.l0.setText(format_number(inputs.gauge_length_mm))
        self.lu.setText(format_number(inputs.Lu_mm))
        self.su.setText(format_number(inputs.Su_mm2))
        self.rp10.setChecked(inputs.report_rp10)

    def draft_fields(self) -> dict[str, QWidget]:
        return {
            "shape": self.shape,
            "d0": self.d0,
            "a0": self.a0,
            "b0": self.b0,
            "s0": self.s0,
            "l0": self.l0,
            "lu": self.lu,
            "su": self.su,
            "rp10": self.rp10,
        }

    def draft_extra(self) -> dict[str, Any]:
        # The machine file itself is not kept (megabytes): only that it must be imported again.
        return {"file_name": self.file_name, "file_imported": self.file_content is not None}

    def restore_draft_extra(self, extra: dict[str, Any]) -> None:
        if extra.get("file_imported"):
            self.file_label.setText(
                self.tr("Import {name} again: the draft kept what was typed, not the file").format(
                    name=extra.get("file_name", "")
                )
            )
            self.file_label.setStyleSheet("color: #c62828;")
            self.file_label.setWordWrap(True)  # the whole sentence in the narrow column

    def raw_file(self) -> RawFile | None:
        """The newly imported file (None when editing with the stored curve)."""
        if self.file_content is None or self.columns is None:
            return None
        return RawFile(self.file_name, self.file_content, self.columns)

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        result = evaluation.tensile if evaluation is not None else None
        self.plot.set_curves([(self.file_name or "1", result)] if result is not None else [])
