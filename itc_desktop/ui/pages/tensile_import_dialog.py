"""The import dialog of a raw tensile machine record: what the importer detected (encoding,
number format, metadata, dimensions), a preview of the table, and the column mapping, which
the user checks or corrects before the curve is taken (ISO 6892-1 records, issue 6)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.importers.tensile_files import (
    CANONICAL_UNITS,
    UNIT_CHOICES,
    ColumnInfo,
    MetadataItem,
    SpecimenDimensions,
    TensileFileError,
    TensileRecord,
    mapping_problem,
    parse_tensile_bytes,
    read_record_bytes,
)
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.widgets.combos import fit_combo
from itc_desktop.ui.widgets.tables import AMBER, GREY, configure_table

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# The order the mapping rows are shown in: what the curve is made of first.
MAPPED_QUANTITIES = ("force", "extension", "strain", "stress", "time")
PREVIEW_ROWS = 20


def _unit_text(unit: str) -> str:
    """A unit as written, without the brackets some machines put around it: `(kN)` → `kN`."""
    return unit.strip().strip("()[]").strip()


def column_label(column: ColumnInfo) -> str:
    """`Erő (kN)`, `Load [kN]`, `Column 2`: the header with its unit unless it already says it."""
    unit = _unit_text(column.unit)
    header = column.header.strip()
    if not unit or f"({unit})" in header or f"[{unit}]" in header:
        return header
    return f"{header} [{unit}]"


def _number_text(value: float) -> str:
    """As short as the value allows, never in exponent form: 0.000062, not 6.2e-05."""
    return str(np.format_float_positional(value, trim="-"))


def _count_text(count: int) -> str:
    return f"{count:,}".replace(",", "\u202f")  # 4 001: a thin space reads in every language


class MetadataModel(QAbstractTableModel):
    """The metadata block above the table: key, value, unit, as written in the file."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._items: tuple[MetadataItem, ...] = ()

    def set_items(self, items: tuple[MetadataItem, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = (self.tr("Key"), self.tr("Value"), self.tr("Unit"))
            return titles[section] if 0 <= section < 3 else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            item = self._items[index.row()]
            return (item.key, item.value, _unit_text(item.unit))[index.column()]
        return None


class PreviewModel(QAbstractTableModel):
    """The first rows of the table as read (numbers in the file's units), one column per
    file column; the header says which quantity a column is used as, unused ones are grey."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._columns: tuple[ColumnInfo, ...] = ()
        self._rows: list[tuple[str, ...]] = []
        self._used_as: dict[int, str] = {}

    def set_table(self, columns: tuple[ColumnInfo, ...], raw: np.ndarray) -> None:
        self.beginResetModel()
        self._columns = columns
        self._rows = [tuple(_number_text(v) for v in row) for row in raw[:PREVIEW_ROWS]]
        self.endResetModel()

    def set_used_as(self, used_as: dict[int, str]) -> None:
        """column index → the title of the quantity it is used as."""
        self._used_as = dict(used_as)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(max(0, len(self._rows) - 1), len(self._columns) - 1)
            )

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def header_text(self, section: int) -> str:
        used = self._used_as.get(section)
        role = f"→ {used}" if used else self.tr("not used")
        return f"{column_label(self._columns[section])}\n{role}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.ForegroundRole and section not in self._used_as:
            return QColor(GREY)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self._used_as:
            return QColor(GREY)
        return None


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while a large file is parsed (a few seconds for a million rows)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class TensileImportDialog(QDialog):
    """Opened with the path of a raw record the caller chose. After `accept()`: `record()`
    (parsed with the chosen mapping and units), `mapping()`, `units()`, `file_bytes()`,
    `file_sha256()`. A file that cannot be read shows why (with its line) and OK stays off."""

    def __init__(self, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self._path = Path(path)
        self._data: bytes | None = None
        self._detected: TensileRecord | None = None  # as recognised, before any change
        self._current: TensileRecord | None = None  # parsed with the chosen mapping, if usable
        self._problem = ""
        self._check_text = ""
        self._updating = False
        self.setObjectName("tensileImportDialog")
        self.setWindowTitle(self.tr("Import tensile record – {name}").format(name=self._path.name))
        self.resize(900, 650)

        self.file_label = QLabel(self._path.name)
        self.file_label.setObjectName("tensileImportFile")
        self.file_label.setToolTip(str(self._path))
        font = QFont(self.file_label.font())
        font.setBold(True)
        self.file_label.setFont(font)
        self.file_error = FormMessage()
        self.file_error.setObjectName("tensileImportFileError")

        self.content = QWidget()
        self.content.setObjectName("tensileImportContent")
        self._build_content()

        self.problem = FormMessage()
        self.problem.setObjectName("tensileImportProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.file_error)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self._load()

    # ------------------------------------------------------------------ building

    def _build_content(self) -> None:
        self.encoding_label = QLabel()
        self.delimiter_label = QLabel()
        self.decimal_label = QLabel()
        self.thousands_label = QLabel()
        self.rows_label = QLabel()
        for name, label in (
            ("encoding", self.encoding_label),
            ("delimiter", self.delimiter_label),
            ("decimal", self.decimal_label),
            ("thousands", self.thousands_label),
            ("rows", self.rows_label),
        ):
            label.setObjectName(f"tensileImport_{name}")
        format_box = QGroupBox(self.tr("File format"))
        format_form = QFormLayout(format_box)
        format_form.addRow(self.tr("Encoding:"), self.encoding_label)
        format_form.addRow(self.tr("Delimiter:"), self.delimiter_label)
        format_form.addRow(self.tr("Decimal sign:"), self.decimal_label)
        format_form.addRow(self.tr("Thousands separator:"), self.thousands_label)
        format_form.addRow(self.tr("Data rows:"), self.rows_label)

        self.metadata_model = MetadataModel(self)
        self.metadata_view = QTableView()
        self.metadata_view.setObjectName("tensileImportMetadata")
        self.metadata_view.setModel(self.metadata_model)
        configure_table(self.metadata_view, 1)
        for section in (0, 2):
            self.metadata_view.horizontalHeader().setSectionResizeMode(
                section, QHeaderView.ResizeMode.ResizeToContents
            )
        self.dimensions_label = QLabel()
        self.dimensions_label.setObjectName("tensileImportDimensions")
        self.dimensions_label.setWordWrap(True)
        metadata_box = QGroupBox(self.tr("Metadata"))
        metadata_layout = QVBoxLayout(metadata_box)
        self.no_metadata_label = QLabel(self.tr("The file has no metadata before the table."))
        self.no_metadata_label.setObjectName("tensileImportNoMetadata")
        self.no_metadata_label.setStyleSheet(f"color: {GREY};")
        metadata_layout.addWidget(self.metadata_view, 1)
        metadata_layout.addWidget(self.no_metadata_label)
        metadata_layout.addWidget(self.dimensions_label)

        top = QHBoxLayout()
        top.addWidget(format_box)
        top.addWidget(metadata_box, 1)

        self.check_note = QLabel()
        self.check_note.setObjectName("tensileImportCheckNote")
        self.check_note.setWordWrap(True)
        self.check_note.setStyleSheet(f"color: {AMBER};")
        self.check_note.setVisible(False)

        self.column_combos: dict[str, QComboBox] = {}
        self.unit_combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns used"))
        grid = QGridLayout(mapping_box)
        grid.addWidget(QLabel(self.tr("Quantity")), 0, 0)
        grid.addWidget(QLabel(self.tr("Column in the file")), 0, 1)
        grid.addWidget(QLabel(self.tr("Unit")), 0, 2)
        for row, quantity in enumerate(MAPPED_QUANTITIES, start=1):
            title = QLabel(self.quantity_title(quantity))
            column_combo = QComboBox()
            column_combo.setObjectName(f"tensileImportColumn_{quantity}")
            fit_combo(column_combo, 14)
            title.setBuddy(column_combo)
            unit_combo = QComboBox()
            unit_combo.setObjectName(f"tensileImportUnit_{quantity}")
            column_combo.currentIndexChanged.connect(
                lambda _i, q=quantity: self.on_column_changed(q)
            )
            unit_combo.currentIndexChanged.connect(lambda _i: self.on_unit_changed())
            grid.addWidget(title, row, 0)
            grid.addWidget(column_combo, row, 1)
            grid.addWidget(unit_combo, row, 2)
            self.column_combos[quantity] = column_combo
            self.unit_combos[quantity] = unit_combo
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(MAPPED_QUANTITIES) + 1, 1)

        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("tensileImportPreview")
        self.preview_view.setModel(self.preview_model)
        configure_table(self.preview_view)
        self.preview_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview_view)

        bottom = QHBoxLayout()
        bottom.addWidget(mapping_box)
        bottom.addWidget(self.preview_box, 1)

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 2)
        layout.addWidget(self.check_note)
        layout.addLayout(bottom, 5)

    def quantity_title(self, quantity: str) -> str:
        titles = {
            "force": self.tr("Force"),
            "extension": self.tr("Extension"),
            "strain": self.tr("Strain"),
            "stress": self.tr("Stress"),
            "time": self.tr("Time"),
        }
        return titles[quantity]

    def _unit_title(self, spelling: str) -> str:
        return self.tr("1 (fraction)") if spelling == "1" else spelling

    # ------------------------------------------------------------------ reading

    def _load(self) -> None:
        try:
            with _busy():
                self._data = read_record_bytes(self._path)
                record = parse_tensile_bytes(self._data, source=str(self._path))
        except TensileFileError as error:
            self._show_unreadable(str(error))
            return
        self._detected = record
        self._show_format(record)
        self._fill_combos(record)
        self._show_check_note(record)
        self.preview_model.set_table(record.columns, record.raw)
        # A few columns share the width; many keep their own and scroll.
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
            if len(record.columns) <= 6
            else QHeaderView.ResizeMode.ResizeToContents
        )
        self._reparse()  # the record is always the one parsed with an explicit mapping
        self.ok_button.setDefault(True)
        self.column_combos["force"].setFocus()

    def _show_unreadable(self, reason: str) -> None:
        self._current = None
        self.content.setVisible(False)
        self.file_error.show_problem(
            self.tr("This file cannot be imported; nothing is taken from it.\n{reason}").format(
                reason=reason
            )
        )
        self.ok_button.setEnabled(False)

    def _show_format(self, record: TensileRecord) -> None:
        delimiters = {
            "\t": self.tr("tab"),
            ";": self.tr("semicolon (;)"),
            ",": self.tr("comma (,)"),
        }
        signs = {".": self.tr("point (.)"), ",": self.tr("comma (,)")}
        self.encoding_label.setText(record.encoding)
        self.delimiter_label.setText(delimiters.get(record.delimiter, repr(record.delimiter)))
        self.decimal_label.setText(signs.get(record.decimal, record.decimal))
        self.thousands_label.setText(
            self.tr("none") if not record.thousands else signs.get(record.thousands, "")
        )
        self.rows_label.setText(
            self.tr("{rows} (from line {line})").format(
                rows=_count_text(record.row_count),
                line=record.first_data_line,
            )
        )
        self.metadata_model.set_items(record.metadata)
        self.metadata_view.setVisible(bool(record.metadata))
        self.no_metadata_label.setVisible(not record.metadata)
        self.dimensions_label.setText(self.dimensions_text(record.dimensions))
        self.preview_box.setTitle(
            self.tr("Preview: first {n} of {rows} rows, in the file's units").format(
                n=min(PREVIEW_ROWS, record.row_count), rows=_count_text(record.row_count)
            )
        )

    def dimensions_text(self, dims: SpecimenDimensions) -> str:
        parts: list[str] = []
        if dims.diameter_mm is not None:
            parts.append(self.tr("d0 = {d} mm").format(d=_number_text(dims.diameter_mm)))
        elif dims.thickness_mm is not None and dims.width_mm is not None:
            parts.append(
                self.tr("a0 × b0 = {a} × {b} mm").format(
                    a=_number_text(dims.thickness_mm), b=_number_text(dims.width_mm)
                )
            )
        elif dims.area_mm2 is not None:
            parts.append(self.tr("S0 = {s} mm²").format(s=_number_text(dims.area_mm2)))
        if dims.gauge_length_mm is not None:
            parts.append(self.tr("L0 = {l} mm").format(l=_number_text(dims.gauge_length_mm)))
        elif parts:
            parts.append(self.tr("L0 not in the file"))
        if not parts:
            return self.tr("Specimen dimensions: none in the file; enter them with the result.")
        if len(parts) == 1 and dims.gauge_length_mm is not None:
            parts.append(self.tr("cross-section not in the file"))
        return self.tr("Specimen dimensions: {dims}").format(dims=" · ".join(parts))

    def _fill_combos(self, record: TensileRecord) -> None:
        self._updating = True
        try:
            for quantity, combo in self.column_combos.items():
                combo.clear()
                combo.addItem(self.tr("— not used —"), -1)
                for column in record.columns:
                    combo.addItem(f"{column.index + 1}: {column_label(column)}", column.index)
                combo.setCurrentIndex(combo.findData(record.mapping.get(quantity, -1)))
                self._fill_units(quantity)
        finally:
            self._updating = False

    def _fill_units(self, quantity: str) -> None:
        """The unit of the chosen column: fixed when the file states it, else a choice that
        starts at what the importer assumes (the canonical unit, % for large strains)."""
        combo = self.unit_combos[quantity]
        combo.setStyleSheet("")
        was = self._updating
        self._updating = True
        try:
            combo.clear()
            index = self._chosen_column(quantity)
            if index is None or self._detected is None:
                combo.setEnabled(False)
                return
            file_unit = _unit_text(self._detected.columns[index].unit)
            if file_unit:
                combo.addItem(file_unit, file_unit)
                combo.setEnabled(False)
                combo.setToolTip(self.tr("The unit stated in the file"))
                return
            for spelling in UNIT_CHOICES[quantity]:
                combo.addItem(self._unit_title(spelling), spelling)
            assumed = CANONICAL_UNITS[quantity]
            values = self._detected.raw[:, index]
            if quantity == "strain" and values.size and float(np.nanmax(np.abs(values))) > 2.0:
                assumed = "%"
            combo.setCurrentIndex(combo.findData(assumed))
            combo.setEnabled(True)
            combo.setToolTip(self.tr("The file gives no unit for this column: choose it"))
            combo.setStyleSheet(f"QComboBox {{ border: 1px solid {AMBER}; }}")
        finally:
            self._updating = was

    def _show_check_note(self, record: TensileRecord) -> None:
        """What the recognition was unsure about; it stays while the user maps."""
        lines: list[str] = []
        if record.ambiguous or record.confidence < 1.0:
            lines.append(
                self.tr(
                    "The columns were not recognised with certainty: check the mapping and the "
                    "units below before you import."
                )
            )
        if record.header_line is None:
            lines.append("• " + self.tr("The table has no header row: choose the columns."))
        for quantity in MAPPED_QUANTITIES:
            alike = [c for c in record.columns if c.quantity == quantity]
            if len(alike) > 1:
                lines.append(
                    "• "
                    + self.tr("Several columns look like {quantity}: {names}.").format(
                        quantity=self.quantity_title(quantity),
                        names=", ".join(f"'{column_label(c)}'" for c in alike),
                    )
                )
        self._check_text = "\n".join(lines)

    # ------------------------------------------------------------------ mapping

    def _chosen_column(self, quantity: str) -> int | None:
        value = self.column_combos[quantity].currentData()
        return None if value is None or value < 0 else int(value)

    def mapping(self) -> dict[str, int]:
        """quantity → column index (0-based) as chosen; empty for an unreadable file."""
        if self._detected is None:
            return {}
        chosen = {q: self._chosen_column(q) for q in MAPPED_QUANTITIES}
        return {q: i for q, i in chosen.items() if i is not None}

    def units(self) -> dict[str, str]:
        """quantity → unit for the chosen columns whose unit the file does not state (pass it
        as `units=` to the importer); empty when the file states every unit used."""
        if self._detected is None:
            return {}
        out: dict[str, str] = {}
        for quantity, index in self.mapping().items():
            combo = self.unit_combos[quantity]
            if not _unit_text(self._detected.columns[index].unit) and combo.currentData():
                out[quantity] = str(combo.currentData())
        return out

    def on_column_changed(self, quantity: str) -> None:
        if self._updating:
            return
        self._fill_units(quantity)
        self._reparse()

    @Slot()
    def on_unit_changed(self) -> None:
        if not self._updating:
            self._reparse()

    def _reparse(self) -> None:
        if self._data is None or self._detected is None:
            return
        mapping = self.mapping()
        problem = mapping_problem(mapping, self._detected.header)
        self._current = None
        if problem is None:
            try:
                with _busy():
                    self._current = parse_tensile_bytes(
                        self._data, source=str(self._path), mapping=mapping, units=self.units()
                    )
            except TensileFileError as error:
                problem = str(error)
        self._problem = problem or ""
        self._refresh()

    def _refresh(self) -> None:
        """Preview header, notes and OK from the current mapping and parse."""
        mapping = self.mapping()
        self.preview_model.set_used_as(
            {index: self.quantity_title(q) for q, index in reversed(list(mapping.items()))}
        )
        self.preview_view.resizeColumnsToContents()
        lines = [self._check_text] if self._check_text else []
        if self._current is not None:
            lines += [f"• {note}" for note in self._current.notes]
        for quantity in self.units():
            lines.append(
                "• "
                + self.tr("{quantity}: the file gives no unit; check the one chosen.").format(
                    quantity=self.quantity_title(quantity)
                )
            )
        self.check_note.setText("\n".join(lines))
        self.check_note.setVisible(bool(lines))
        if self._problem:
            self.problem.show_problem(
                self.tr("This mapping cannot be imported: {reason}").format(reason=self._problem)
            )
        else:
            self.problem.clear_message()
        self.ok_button.setEnabled(self._current is not None)

    # ------------------------------------------------------------------ result

    def accept(self) -> None:
        if self._current is None:  # OK is off then; a keyboard Enter must not slip through
            return
        super().accept()

    def record(self) -> TensileRecord | None:
        """The record parsed with the chosen mapping and units; None while nothing usable."""
        return self._current

    def problem_text(self) -> str:
        """Why OK is off ("" when it is on): the file's or the mapping's problem."""
        if self._detected is None:
            return self.file_error.text()
        return self.problem.text() if self._problem else ""

    def file_bytes(self) -> bytes | None:
        """The bytes that were parsed (store these, not a second read); None if unreadable."""
        return self._data if self._detected is not None else None

    def file_sha256(self) -> str | None:
        data = self.file_bytes()
        return None if data is None else hashlib.sha256(data).hexdigest()

    def file_name(self) -> str:
        return self._path.name
