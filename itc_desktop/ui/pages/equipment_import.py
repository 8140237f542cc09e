"""CSV import and export of the equipment list (Equipment page). The import checks the whole
file first: any bad row and nothing is written, every problem listed with row and column."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Database
from itc_desktop.importers.equipment_csv import ImportResult, RowError, import_equipment_csv
from itc_desktop.services.errors import DomainError
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.models.equipment import RecordsTableModel
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import configure_table

CSV_FILTER = "CSV (*.csv);;All files (*)"


def _import(db: Database, context: PageContext, content: bytes) -> ImportResult:
    """Runs off the UI thread. With problems nothing was created, so the (empty) unit of work
    commits nothing."""
    with db.transaction(context.actor) as session:
        return import_equipment_csv(session, context.actor, content)


def _error_cells(error: RowError) -> Sequence[str]:
    return ["" if error.row is None else str(error.row), error.column, error.message]


class ImportDialog(QDialog):
    """Choose a file, see the result; `imported` is emitted with the number of new rows."""

    imported = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import equipment from CSV"))
        self.resize(720, 420)
        self.intro = QLabel(
            self.tr(
                "UTF-8 (with or without BOM), comma or semicolon separated, with the header "
                "names of the export. Every row is checked first: if any row is wrong, nothing "
                "is imported."
            )
        )
        self.intro.setWordWrap(True)
        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("chooseImportFile")
        self.choose_button.clicked.connect(self.on_choose)
        self.message = FormMessage()
        self.errors = RecordsTableModel(("Row", "Column", "Problem"), "ImportDialog", self)
        self.view = configure_table(QTableView(), 2)
        self.view.setObjectName("importErrors")
        self.view.setModel(self.errors)
        self.view.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

    @Slot()
    def on_choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import equipment"), "", self.tr(CSV_FILTER)
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.file_label.setText(path.name)
        try:
            content = path.read_bytes()
        except OSError as error:
            self.message.show_problem(
                self.tr("Cannot read {name}: {reason}").format(
                    name=path.name, reason=error.strerror
                )
            )
            return
        self.choose_button.setEnabled(False)
        self.message.show_success(self.tr("Checking {name}…").format(name=path.name))
        db, context = self.context.db, self.context
        self.context.runner.run(lambda: _import(db, context, content), self.on_done, self.on_failed)

    @Slot(object)
    def on_done(self, result: ImportResult) -> None:
        self.choose_button.setEnabled(True)
        self.result = result
        self.errors.set_rows(result.errors, _error_cells)
        self.view.setVisible(bool(result.errors))
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        if result.errors:
            self.message.show_problem(
                self.tr(
                    "Nothing was imported: %n problem(s) to correct in the file.",
                    "",
                    len(result.errors),
                )
            )
        else:
            self.message.show_success(
                self.tr("%n piece(s) of equipment imported.", "", result.imported)
            )
            self.imported.emit(result.imported)

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        if isinstance(error, DomainError):
            self.message.show_problem(str(error))
        else:
            self.message.clear_message()
            report_unexpected(error)

    def error_texts(self) -> list[tuple[str, str, str]]:
        """What the error table shows, line by line."""
        return [
            tuple(self.errors.data(self.errors.index(row, column)) for column in range(3))  # type: ignore[misc]
            for row in range(self.errors.rowCount())
        ]
