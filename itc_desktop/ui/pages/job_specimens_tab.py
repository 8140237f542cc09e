"""The Specimens tab of a job (ISO/IEC 17025 §7.4): the items received, each with the code
the service gives it (`ITC-2026-0042-S03`), condition on receipt, storage, and whether it was
returned or disposed of and when.

Whoever works on jobs records items. A delivered or cancelled job takes no new items, but its
items may still be edited: they are returned or disposed of after delivery."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.models.base import utcnow
from itc_desktop.models.jobs import Disposition
from itc_desktop.services import jobs as job_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.equipment_settings import local_date
from itc_desktop.services.errors import DomainError
from itc_desktop.services.jobs import JobDetail
from itc_desktop.services.permissions import Permission, can
from itc_desktop.services.specimens import SpecimenInput, SpecimenView
from itc_desktop.ui.errors import error_text, show_domain_error
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.job_tab_support import RowsModel, fit_columns, is_closed, table_view
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import GREY, date_text

LEFT_THE_LAB = (Disposition.RETURNED.value, Disposition.DISPOSED.value)


def disposition_label(disposition: str | None) -> str:
    labels = {
        None: QCoreApplication.translate("SpecimensTab", "in the lab"),
        Disposition.STORED.value: QCoreApplication.translate("SpecimensTab", "stored"),
        Disposition.RETURNED.value: QCoreApplication.translate("SpecimensTab", "returned"),
        Disposition.DISPOSED.value: QCoreApplication.translate("SpecimensTab", "disposed of"),
    }
    return labels.get(disposition, disposition or "")


class SpecimensTableModel(RowsModel):
    CODE, DESCRIPTION, MATERIAL, CONDITION, RECEIVED, STORAGE, DISPOSITION, DISPOSITION_ON = range(
        8
    )
    HEADERS = (
        "Code",
        "Description",
        "Material",
        "Condition on receipt",
        "Received",
        "Storage location",
        "Disposition",
        "Returned/disposed on",
    )
    CONTEXT = "SpecimensTableModel"

    def text(self, item: SpecimenView, column: int) -> str:
        if column == self.CODE:
            return item.code
        if column == self.DESCRIPTION:
            return item.description
        if column == self.MATERIAL:
            return item.material
        if column == self.CONDITION:
            return item.condition_on_receipt
        if column == self.RECEIVED:
            return date_text(item.received_on)
        if column == self.STORAGE:
            return item.storage_location
        if column == self.DISPOSITION:
            return disposition_label(item.disposition)
        if column == self.DISPOSITION_ON:
            return date_text(item.disposition_on)
        return ""

    def foreground(self, item: SpecimenView, column: int) -> Any:
        if item.disposition in LEFT_THE_LAB:
            return QColor(GREY)  # no longer in the lab
        return None


def _qdate(on: date) -> QDate:
    return QDate(on.year, on.month, on.day)


class SpecimenDialog(QDialog):
    """The record of one received item. The code is not typed: the service gives it on the
    first save. OK calls `save`; a refusal stays in the dialog, naming the field."""

    def __init__(
        self,
        today: date,
        save: Callable[[SpecimenInput], None],
        specimen: SpecimenView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(
            self.tr("Edit {code}").format(code=specimen.code)
            if specimen is not None
            else self.tr("Receive an item")
        )
        self.setMinimumWidth(480)
        self.code = QLabel(specimen.code if specimen is not None else self.tr("given when saved"))
        self.code.setObjectName("specimenCode")
        self.description = QLineEdit(specimen.description if specimen else "")
        self.description.setObjectName("specimenDescription")
        self.material = QLineEdit(specimen.material if specimen else "")
        self.material.setObjectName("specimenMaterial")
        self.condition = QLineEdit(specimen.condition_on_receipt if specimen else "")
        self.condition.setObjectName("specimenCondition")
        self.condition.setPlaceholderText(self.tr("e.g. as machined, no visible damage"))
        self.received_on = QDateEdit(_qdate(specimen.received_on if specimen else today))
        self.received_on.setObjectName("specimenReceivedOn")
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.received_on.setCalendarPopup(True)
        self.received_on.setMaximumDate(_qdate(today))
        self.storage = QLineEdit(specimen.storage_location if specimen else "")
        self.storage.setObjectName("specimenStorage")
        self.disposition = QComboBox()
        self.disposition.setObjectName("specimenDisposition")
        for value in (None, Disposition.STORED.value, *LEFT_THE_LAB):
            self.disposition.addItem(disposition_label(value), value)
        if specimen is not None:
            self.disposition.setCurrentIndex(self.disposition.findData(specimen.disposition))
        self.disposition_on = QDateEdit(
            _qdate(specimen.disposition_on if specimen and specimen.disposition_on else today)
        )
        self.disposition_on.setObjectName("specimenDispositionOn")
        self.disposition_on.setDisplayFormat("yyyy-MM-dd")
        self.disposition_on.setCalendarPopup(True)
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Material:"), self.material)
        form.addRow(self.tr("&Condition on receipt:"), self.condition)
        form.addRow(self.tr("&Received on:"), self.received_on)
        form.addRow(self.tr("&Storage location:"), self.storage)
        form.addRow(self.tr("D&isposition:"), self.disposition)
        form.addRow(self.tr("Returned/disposed &on:"), self.disposition_on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.description.textChanged.connect(self.on_edited)
        self.disposition.currentIndexChanged.connect(self.on_edited)
        self.on_edited()

    def left_the_lab(self) -> bool:
        return self.disposition.currentData() in LEFT_THE_LAB

    @Slot()
    def on_edited(self, *_args: object) -> None:
        self.disposition_on.setEnabled(self.left_the_lab())
        if not self.description.text().strip():
            self.message.show_problem(self.tr("Description: required"))
            self.ok_button.setEnabled(False)
        else:
            self.message.clear_message()
            self.ok_button.setEnabled(True)

    def specimen_input(self) -> SpecimenInput:
        return SpecimenInput(
            description=self.description.text(),
            material=self.material.text(),
            condition_on_receipt=self.condition.text(),
            received_on=self.received_on.date().toPython(),  # type: ignore[arg-type]
            storage_location=self.storage.text(),
            disposition=self.disposition.currentData(),
            disposition_on=(
                self.disposition_on.date().toPython()  # type: ignore[arg-type]
                if self.left_the_lab()
                else None
            ),
        )

    @Slot()
    def on_ok(self) -> None:
        try:
            self._save(self.specimen_input())
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


@dataclass(frozen=True)
class _Loaded:
    job_id: int
    job: JobDetail
    specimens: list[SpecimenView]
    today: date


class SpecimensTab(QWidget):
    """`set_job(id)` loads; `changed` after an item was added or edited."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job_id: int | None = None
        self.job: JobDetail | None = None
        self.today = date.today()
        self.may_record = can(context.actor, Permission.WORK_ON_JOBS)
        self._select_after_load: int | None = None

        self.model = SpecimensTableModel(self)
        self.view = table_view(self.model, None, "specimensTable")
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self.on_edit)

        self.add_button = QPushButton(self.tr("&Receive item…"))
        self.add_button.setObjectName("addSpecimen")
        self.add_button.clicked.connect(self.on_add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editSpecimen")
        self.edit_button.clicked.connect(self.on_edit)
        self.message = FormMessage()
        self.message.setObjectName("specimensMessage")
        self.count_label = QLabel()
        self.count_label.setObjectName("specimensCount")
        self.detail = QLabel()  # the selected item in full: the table may be narrower
        self.detail.setObjectName("specimenDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------

    def set_job(self, job_id: int | None) -> None:
        if job_id != self.job_id:
            self.job = None
            self.message.clear_message()
        self.job_id = job_id
        if job_id is None:
            self.model.set_rows([])
            self.count_label.setText("")
            self._update_buttons()
            return
        self.reload()

    @Slot()
    def reload(self) -> None:
        job_id = self.job_id
        if job_id is None:
            return
        db, actor = self.context.db, self.context.actor

        def load() -> _Loaded:
            with db.reader() as session:
                return _Loaded(
                    job_id=job_id,
                    job=job_service.get_job(session, actor, job_id),
                    specimens=specimen_service.list_specimens(session, actor, job_id),
                    today=local_date(session, utcnow()),
                )

        self.context.runner.run(load, self._show_loaded)

    def _show_loaded(self, loaded: _Loaded) -> None:
        if loaded.job_id != self.job_id:
            return
        keep = self._select_after_load
        if keep is None:
            selected = self.selected_specimen()
            keep = selected.id if selected is not None else None
        self._select_after_load = None
        self.job = loaded.job
        self.today = loaded.today
        self.model.set_rows(loaded.specimens)
        fit_columns(self.view, widest=180)
        if (keep is None or not self.select_specimen(keep)) and loaded.specimens:
            self.view.selectRow(0)
        in_lab = sum(1 for s in loaded.specimens if s.disposition not in LEFT_THE_LAB)
        self.count_label.setText(
            self.tr("%n item(s), {in_lab} in the lab", "", len(loaded.specimens)).format(
                in_lab=in_lab
            )
        )
        self._update_buttons()

    def detail_text(self, item: SpecimenView | None) -> str:
        if item is None:
            return ""
        parts = [f"{item.code}: {item.description}"]
        if item.material:
            parts.append(item.material)
        if item.condition_on_receipt:
            parts.append(
                self.tr("on receipt: {condition}").format(condition=item.condition_on_receipt)
            )
        parts.append(self.tr("received {date}").format(date=date_text(item.received_on)))
        if item.storage_location:
            parts.append(self.tr("kept at {place}").format(place=item.storage_location))
        if item.disposition in LEFT_THE_LAB:
            parts.append(f"{disposition_label(item.disposition)} {date_text(item.disposition_on)}")
        else:
            parts.append(disposition_label(item.disposition))
        return " · ".join(parts)

    def selected_specimen(self) -> SpecimenView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_specimen(self, specimen_id: int) -> bool:
        row = self.model.row_of(specimen_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        self.detail.setText(self.detail_text(self.selected_specimen()))
        loaded = self.job is not None
        self.add_button.setEnabled(
            self.may_record and loaded and not is_closed(self.job.status if self.job else None)
        )
        self.edit_button.setEnabled(
            self.may_record and loaded and self.selected_specimen() is not None
        )

    # -- changes ---------------------------------------------------------------------------

    def _change(self, change: Callable[[Session, Actor], SpecimenView]) -> SpecimenView:
        with self.context.db.transaction(self.context.actor) as session:
            saved = change(session, self.context.actor)
        self._select_after_load = saved.id
        self.reload()
        self.changed.emit()
        return saved

    def add_specimen(self, data: SpecimenInput) -> SpecimenView:
        job_id = self.job_id
        if job_id is None:
            raise RuntimeError("no job is shown")
        today = self.today
        saved = self._change(
            lambda s, a: specimen_service.add_specimen(s, a, job_id, data, today=today)
        )
        self.message.show_success(self.tr("Received as {code}.").format(code=saved.code))
        return saved

    def update_specimen(self, specimen_id: int, data: SpecimenInput) -> SpecimenView:
        today = self.today
        saved = self._change(
            lambda s, a: specimen_service.update_specimen(s, a, specimen_id, data, today=today)
        )
        self.message.show_success(self.tr("{code} saved.").format(code=saved.code))
        return saved

    def make_specimen_dialog(self, specimen: SpecimenView | None = None) -> SpecimenDialog:
        if specimen is None:
            return SpecimenDialog(self.today, self.add_specimen, None, self)
        return SpecimenDialog(
            self.today, lambda data: self.update_specimen(specimen.id, data), specimen, self
        )

    @Slot()
    def on_add(self) -> None:
        if self.job_id is not None:
            self.make_specimen_dialog().exec()

    @Slot()
    def on_edit(self, *_args: object) -> None:
        specimen = self.selected_specimen()
        if specimen is None or not self.edit_button.isEnabled():
            return
        try:
            dialog = self.make_specimen_dialog(specimen)
        except DomainError as error:
            show_domain_error(self, error)
            return
        dialog.exec()
