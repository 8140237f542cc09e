"""The Documents tab of an equipment's detail panel: manuals, certificates and drawings kept
in the database. Add (anyone on the staff), Save as…, Delete (managers and admins)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.i18n import format_number
from itc_desktop.services import equipment_documents as document_service
from itc_desktop.services.equipment_documents import DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, DocumentRow
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import DomainError, ValidationError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import configure_table, local_text, size_text

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsTab", text)


def type_title(row: DocumentRow) -> str:
    """`PDF`, `PNG`, `DOCX`: the file's suffix, or its MIME type when it has none."""
    suffix = Path(row.file_name).suffix.lstrip(".")
    return suffix.upper() if suffix else row.mime_type


class DocumentsTableModel(QAbstractTableModel):
    NAME, TYPE, SIZE, DESCRIPTION, ADDED_BY, ADDED_AT = range(6)
    HEADERS = ("Name", "Type", "Size", "Description", "Added by", "Added at")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[DocumentRow] = []
        self.time_zone: tzinfo = UTC

    def set_rows(self, rows: list[DocumentRow], time_zone: tzinfo) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.time_zone = time_zone
        self.endResetModel()

    def row_at(self, row: int) -> DocumentRow:
        return self._rows[row]

    def row_of(self, document_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), -1)

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
            return QCoreApplication.translate("DocumentsTableModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.file_name
            if column == self.TYPE:
                return type_title(row)
            if column == self.SIZE:
                return size_text(row.size_bytes)
            if column == self.DESCRIPTION:
                return row.description
            if column == self.ADDED_BY:
                return row.uploaded_by or ""
            if column == self.ADDED_AT:
                return local_text(row.uploaded_at, self.time_zone)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.file_name}\n{row.mime_type}\nSHA-256 {row.sha256}"
        return None


def too_large(path: Path) -> ValidationError | None:
    """The refusal for a file over the limit, told before reading it into memory."""
    size = path.stat().st_size
    if size <= MAX_DOCUMENT_BYTES:
        return None
    return ValidationError(
        {
            _tr("File"): _tr("{name}: {size} MB is larger than the limit of {limit} MB").format(
                name=path.name,
                size=format_number(size / 1024 / 1024, 1),
                limit=MAX_DOCUMENT_BYTES // 1024 // 1024,
            )
        }
    )


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No question (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_file_to_add(parent: QWidget) -> str:
    patterns = " ".join(f"*{suffix}" for suffix in sorted(DOCUMENT_TYPES))
    name, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Add a document"), "", _tr("Documents ({patterns})").format(patterns=patterns)
    )
    return name


def choose_save_path(parent: QWidget, file_name: str) -> str:
    name, _filter = QFileDialog.getSaveFileName(parent, _tr("Save the document as"), file_name)
    return name


@dataclass(frozen=True)
class _Loaded:
    equipment_id: int
    zone: tzinfo
    rows: list[DocumentRow]


class DocumentsTab(QWidget):
    """`set_equipment(id)` loads; `changed` after a document was added or deleted."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id: int | None = None
        self.zone: tzinfo = UTC
        self.may_add = can(context.actor, Permission.ADD_EQUIPMENT_DOCUMENTS)
        self.may_delete = can(context.actor, Permission.MANAGE_EQUIPMENT)
        # Where the file dialogs come from (tests put their own chooser here).
        self.choose_file_to_add: Callable[[QWidget], str] = choose_file_to_add
        self.choose_save_path: Callable[[QWidget, str], str] = choose_save_path
        self.confirm: Callable[[QWidget, str, str], bool] = confirm

        self.model = DocumentsTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("documentsTable")
        self.view.setModel(self.model)
        configure_table(self.view, DocumentsTableModel.DESCRIPTION)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self.on_save_as)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addDocument")
        self.add_button.clicked.connect(self.on_add)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("saveDocument")
        self.save_button.clicked.connect(self.on_save_as)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteDocument")
        self.delete_button.clicked.connect(self.on_delete)
        self.add_button.setToolTip(
            self.tr("PDF, images, text and office files up to {limit} MB").format(
                limit=MAX_DOCUMENT_BYTES // 1024 // 1024
            )
        )
        if not self.may_delete:
            self.delete_button.setToolTip(
                self.tr("Only a manager or an administrator deletes documents.")
            )

        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------

    def set_equipment(self, equipment_id: int | None) -> None:
        self.equipment_id = equipment_id
        if equipment_id is None:
            self.model.set_rows([], self.zone)
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        equipment_id = self.equipment_id
        if equipment_id is None:
            return
        db, actor = self.context.db, self.context.actor

        def load() -> _Loaded:
            with db.reader() as session:
                return _Loaded(
                    equipment_id,
                    lab_zone(session),
                    document_service.list_documents(session, actor, equipment_id),
                )

        self.context.runner.run(load, self._show_loaded)

    def _show_loaded(self, loaded: _Loaded) -> None:
        if loaded.equipment_id != self.equipment_id:
            return
        self.zone = loaded.zone
        self.model.set_rows(loaded.rows, loaded.zone)
        self.view.resizeColumnsToContents()
        if not loaded.rows:  # headers alone would squeeze the name column
            self.view.setColumnWidth(DocumentsTableModel.NAME, 260)
        self._update_buttons()

    def selected_document(self) -> DocumentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_document(self, document_id: int) -> bool:
        row = self.model.row_of(document_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected_document() is not None
        self.add_button.setEnabled(self.may_add and self.equipment_id is not None)
        self.save_button.setEnabled(selected)
        self.delete_button.setEnabled(self.may_delete and selected)

    # -- actions ---------------------------------------------------------------------------

    def add_file(self, path: str | Path) -> int | None:
        """Stores one file; a refusal (too large, wrong type, not allowed) is shown and
        nothing is stored. The new document's id, or None."""
        equipment_id = self.equipment_id
        if equipment_id is None:
            return None
        source = Path(path)
        try:
            refusal = too_large(source)
            if refusal is not None:
                raise refusal
            content = source.read_bytes()
            with self.context.db.transaction(self.context.actor) as session:
                document_id = document_service.add_document(
                    session, self.context.actor, equipment_id, source.name, content
                )
        except DomainError as error:
            show_domain_error(self, error)
            return None
        except OSError as error:
            show_domain_error(
                self,
                ValidationError(
                    {
                        self.tr("File"): self.tr("cannot read {name}: {reason}").format(
                            name=source.name, reason=error.strerror or str(error)
                        )
                    }
                ),
            )
            return None
        self.reload()
        self.select_document(document_id)
        self.changed.emit()
        return document_id

    def save_document(self, document_id: int, target: str | Path) -> Path | None:
        try:
            with self.context.db.reader() as session:
                _name, content = document_service.document_content(
                    session, self.context.actor, document_id
                )
        except DomainError as error:
            show_domain_error(self, error)
            return None
        path = Path(target)
        try:
            path.write_bytes(content)
        except OSError as error:
            show_domain_error(
                self,
                ValidationError(
                    {
                        self.tr("File"): self.tr("cannot write {name}: {reason}").format(
                            name=path.name, reason=error.strerror or str(error)
                        )
                    }
                ),
            )
            return None
        return path

    def delete(self, document_id: int) -> bool:
        try:
            with self.context.db.transaction(self.context.actor) as session:
                document_service.delete_document(session, self.context.actor, document_id)
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self.reload()
        self.changed.emit()
        return True

    @Slot()
    def on_add(self) -> None:
        name = self.choose_file_to_add(self)
        if name:
            self.add_file(name)

    @Slot()
    def on_save_as(self, *_args: object) -> None:
        document = self.selected_document()
        if document is None:
            return
        name = self.choose_save_path(self, document.file_name)
        if name:
            self.save_document(document.id, name)

    @Slot()
    def on_delete(self) -> None:
        document = self.selected_document()
        if document is None or not self.may_delete:
            return
        question = self.tr("Delete {name}? A backup made earlier still holds it.").format(
            name=document.file_name
        )
        if self.confirm(self, self.tr("Delete the document"), question):
            self.delete(document.id)
