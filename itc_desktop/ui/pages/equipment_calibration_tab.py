"""The Calibration tab of the Equipment page: the instrument's calibration state, its
calibration records (add one, with the certificate file), and managers' overrides for use
out of calibration (record one with a written justification, revoke one still usable)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.i18n import format_date
from itc_desktop.models.equipment import CalibrationResult
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment_documents as documents_service
from itc_desktop.services.calibration import (
    MIN_JUSTIFICATION,
    CalibrationRow,
    CalibrationState,
    CalibrationStatus,
    OverrideRow,
)
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import error_text, show_domain_error
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.models.equipment import CALIBRATION_COLOURS, GREY, RED, RecordsTableModel
from itc_desktop.ui.pages.equipment_documents_tab import too_large
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import configure_table


def _date_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def fit_columns(view: QTableView, stretch: int, widest: int = 170) -> None:
    """Columns as wide as their content (at most `widest`), the `stretch` one takes the rest,
    so a long text does not push the table into a horizontal scroll bar."""
    model = view.model()
    # Set here, not before the model: a reset model forgets the modes of its sections.
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in range(model.columnCount()):
        if column != stretch:
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, min(view.columnWidth(column), widest))


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class AddCalibrationDialog(QDialog):
    """Date, validity, provider, result ...; an optional certificate file is stored as a
    document of the equipment and linked to the record, in one unit of work."""

    def __init__(self, context: PageContext, equipment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id = equipment_id
        self.certificate_path: Path | None = None
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Add calibration"))
        self.setMinimumWidth(460)
        today = date.today()
        self.calibrated_on = _date_edit(today, "calibratedOn")
        self.valid_until = _date_edit(_add_years(today, 1), "validUntil")
        self.provider = QLineEdit()
        self.provider.setObjectName("provider")
        self.accredited = QCheckBox(self.tr("Accredited calibration laboratory"))
        self.certificate_number = QLineEdit()
        self.certificate_number.setObjectName("certificateNumber")
        self.result = QComboBox()
        self.result.setObjectName("result")
        for value, title in (
            (CalibrationResult.PASS, self.tr("Pass")),
            (CalibrationResult.ADJUSTED, self.tr("Adjusted, then passed")),
            (CalibrationResult.FAIL, self.tr("Fail")),
        ):
            self.result.addItem(title, value.value)
        self.criteria = QPlainTextEdit()
        self.criteria.setFixedHeight(50)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.file_label = QLabel(self.tr("(none)"))
        self.file_label.setObjectName("certificateFile")
        self.file_button = QPushButton(self.tr("C&hoose…"))
        self.file_button.clicked.connect(self.on_choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)
        self.message = FormMessage()

        form = QFormLayout()
        form.addRow(self.tr("Calibrated &on:"), self.calibrated_on)
        form.addRow(self.tr("&Valid until:"), self.valid_until)
        form.addRow(self.tr("&Provider:"), self.provider)
        form.addRow("", self.accredited)
        form.addRow(self.tr("Certificate &number:"), self.certificate_number)
        form.addRow(self.tr("&Result:"), self.result)
        form.addRow(self.tr("Acceptance &criteria:"), self.criteria)
        form.addRow(self.tr("No&tes:"), self.notes)
        form.addRow(self.tr("Certificate &file:"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record calibration"))
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.provider.textChanged.connect(self.on_input_changed)
        self.calibrated_on.dateChanged.connect(self.on_input_changed)
        self.valid_until.dateChanged.connect(self.on_input_changed)
        self.on_input_changed()

    def problem(self) -> str:
        if self.valid_until.date() < self.calibrated_on.date():
            return self.tr("Valid until: must not be before the calibration date")
        if self.calibrated_on.date() > QDate.currentDate():
            return self.tr("Calibration date: cannot be in the future")
        if not self.provider.text().strip():
            return self.tr("Provider: required")
        return ""

    @Slot()
    def on_input_changed(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        if problem and self.provider.text():
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    @Slot()
    def on_choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Calibration certificate"),
            "",
            self.tr("Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.certificate_path = Path(path)
            self.file_label.setText(self.certificate_path.name)

    @Slot()
    def on_save(self) -> None:
        if self.problem():
            return
        content = b""
        if self.certificate_path is not None:
            refusal = too_large(self.certificate_path)  # told before reading it into memory
            if refusal is not None:
                self.message.show_problem(error_text(refusal))
                return
            try:
                content = self.certificate_path.read_bytes()
            except OSError as error:
                self.message.show_problem(
                    self.tr("Cannot read {name}: {reason}").format(
                        name=self.certificate_path.name, reason=error.strerror
                    )
                )
                return
        actor = self.context.actor
        try:
            with self.context.db.transaction(actor) as session:
                document_id = None
                if self.certificate_path is not None:
                    document_id = documents_service.add_document(
                        session,
                        actor,
                        self.equipment_id,
                        self.certificate_path.name,
                        content,
                        self.tr("Calibration certificate {number}").format(
                            number=self.certificate_number.text().strip()
                        ),
                    )
                self.created_id = calibration_service.record_calibration(
                    session,
                    actor,
                    self.equipment_id,
                    calibrated_on=self.calibrated_on.date().toPython(),
                    valid_until=self.valid_until.date().toPython(),
                    provider=self.provider.text(),
                    result=self.result.currentData(),
                    accredited=self.accredited.isChecked(),
                    certificate_number=self.certificate_number.text(),
                    acceptance_criteria=self.criteria.toPlainText(),
                    notes=self.notes.toPlainText(),
                    certificate_document_id=document_id,
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


class OverrideDialog(QDialog):
    """A manager's written permission to use the instrument out of calibration."""

    def __init__(self, context: PageContext, equipment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id = equipment_id
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Record calibration override"))
        self.setMinimumWidth(460)
        today = date.today()
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justification")
        self.justification.setPlaceholderText(
            self.tr("Why may it be used although it is out of calibration?")
        )
        self.valid_from = _date_edit(today, "validFrom")
        self.valid_until = _date_edit(today, "overrideValidUntil")
        self.single_use = QCheckBox(self.tr("For one use only"))
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Justification:"), self.justification)
        form.addRow(self.tr("Valid &from:"), self.valid_from)
        form.addRow(self.tr("Valid &until:"), self.valid_until)
        form.addRow("", self.single_use)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record override"))
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.justification.textChanged.connect(self.on_input_changed)
        self.valid_from.dateChanged.connect(self.on_input_changed)
        self.valid_until.dateChanged.connect(self.on_input_changed)
        self.on_input_changed()

    def problem(self) -> str:
        if len(self.justification.toPlainText().strip()) < MIN_JUSTIFICATION:
            return self.tr("Justification: at least %n characters", "", MIN_JUSTIFICATION)
        if self.valid_until.date() < self.valid_from.date():
            return self.tr("Valid until: must not be before the first day")
        return ""

    @Slot()
    def on_input_changed(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        if problem and self.justification.toPlainText():
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    @Slot()
    def on_save(self) -> None:
        if self.problem():
            return
        try:
            with self.context.db.transaction(self.context.actor) as session:
                self.created_id = calibration_service.grant_override(
                    session,
                    self.context.actor,
                    self.equipment_id,
                    justification=self.justification.toPlainText(),
                    valid_from=self.valid_from.date().toPython(),
                    valid_until=self.valid_until.date().toPython(),
                    single_use=self.single_use.isChecked(),
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


def result_title(result: str) -> str:
    return {
        CalibrationResult.PASS.value: QCoreApplication.translate("CalibrationTab", "Pass"),
        CalibrationResult.ADJUSTED.value: QCoreApplication.translate("CalibrationTab", "Adjusted"),
        CalibrationResult.FAIL.value: QCoreApplication.translate("CalibrationTab", "Fail"),
    }.get(result, result)


def _calibration_cells(row: CalibrationRow) -> list[str]:
    return [
        format_date(row.calibrated_on),
        format_date(row.valid_until),
        row.provider,
        "✓" if row.accredited else "",
        row.certificate_number,
        result_title(row.result),
        row.certificate_file_name or "",
    ]


def override_revocable(row: OverrideRow) -> bool:
    """Not revoked, not spent and not ended: it could still allow a use."""
    return (
        row.revoked_at is None
        and not (row.single_use and row.used_at is not None)
        and row.valid_until >= date.today()
    )


def _override_cells(row: OverrideRow) -> list[str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("CalibrationTab", text)

    if row.revoked_at is not None:
        state = tr("revoked {date}").format(date=format_date(row.revoked_at.date()))
    elif row.single_use and row.used_at is not None:
        state = tr("used")
    elif row.valid_until < date.today():
        state = tr("ended")
    else:
        state = tr("single use") if row.single_use else tr("in force")
    return [
        format_date(row.valid_from),
        format_date(row.valid_until),
        row.granted_by,
        state,
        row.justification,
    ]


class CalibrationTab(QWidget):
    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id: int | None = None
        self.status: CalibrationStatus | None = None
        self.may_record = can(context.actor, Permission.RECORD_CALIBRATION)
        self.may_override = can(context.actor, Permission.OVERRIDE_CALIBRATION)

        self.state_label = QLabel()
        self.state_label.setObjectName("calibrationState")
        self.add_button = QPushButton(self.tr("&Add calibration…"))
        self.add_button.setObjectName("addCalibration")
        self.add_button.clicked.connect(self.on_add)
        self.override_button = QPushButton(self.tr("Record &override…"))
        self.override_button.setObjectName("recordOverride")
        self.override_button.clicked.connect(self.on_override)
        self.revoke_button = QPushButton(self.tr("Re&voke override…"))
        self.revoke_button.setObjectName("revokeOverride")
        self.revoke_button.clicked.connect(self.on_revoke)
        if not self.may_override:
            self.override_button.setToolTip(self.tr("Only a manager can record an override."))
            self.revoke_button.setToolTip(self.tr("Only a manager can revoke an override."))

        self.model = RecordsTableModel(
            ("Calibrated", "Valid until", "Provider", "Accr.", "Certificate", "Result", "File"),
            "CalibrationTab",
            self,
        )
        self.view = configure_table(QTableView(), 2)
        self.view.setObjectName("calibrationTable")
        self.view.setModel(self.model)
        self.overrides = RecordsTableModel(
            ("From", "Until", "Granted by", "State", "Justification"), "CalibrationTab", self
        )
        self.overrides_view = configure_table(QTableView(), 4)
        self.overrides_view.setObjectName("overridesTable")
        self.overrides_view.setModel(self.overrides)
        self.overrides_view.selectionModel().selectionChanged.connect(self.on_override_selected)

        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        overrides_title = QLabel(self.tr("<b>Overrides</b> (use while out of calibration)"))
        # The titles wrap rather than widen the tab (and the window) in longer languages.
        for label in (self.state_label, overrides_title):
            label.setWordWrap(True)
        bottom.addWidget(overrides_title, 1)
        bottom.addWidget(self.revoke_button)
        bottom.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addLayout(bottom)
        layout.addWidget(self.overrides_view, 2)
        self.set_equipment(None)

    def set_equipment(self, equipment_id: int | None) -> None:
        self.equipment_id = equipment_id
        self.status = None
        calibrations: list[CalibrationRow] = []
        overrides: list[OverrideRow] = []
        if equipment_id is not None:
            actor = self.context.actor
            with self.context.db.reader() as session:
                self.status = calibration_service.calibration_status(session, actor, equipment_id)
                calibrations = calibration_service.list_calibrations(session, actor, equipment_id)
                overrides = calibration_service.list_overrides(session, actor, equipment_id)
        self.model.set_rows(
            calibrations,
            _calibration_cells,
            lambda r: RED if r.result == CalibrationResult.FAIL else None,
        )
        self.overrides.set_rows(
            overrides, _override_cells, lambda r: GREY if r.revoked_at is not None else None
        )
        fit_columns(self.view, 2)
        fit_columns(self.overrides_view, 4)
        if self.status is None:
            self.state_label.setText("")
        else:
            colour = CALIBRATION_COLOURS[self.status.state]
            self.state_label.setText(
                f'<span style="color:{colour}; font-weight:bold">{self.status.describe()}</span>'
            )
        instrument = self.status is not None and self.status.state != CalibrationState.NOT_REQUIRED
        self.add_button.setEnabled(self.may_record and instrument)
        self.override_button.setEnabled(self.may_override and instrument)
        self.on_override_selected()

    def selected_override(self) -> OverrideRow | None:
        rows = self.overrides_view.selectionModel().selectedRows()
        return self.overrides.record_at(rows[0].row()) if rows else None

    @Slot()
    def on_override_selected(self, *_args: object) -> None:
        selected = self.selected_override()
        self.revoke_button.setEnabled(
            self.may_override and selected is not None and override_revocable(selected)
        )

    def confirm_revoke(self, row: OverrideRow) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Revoke override"),
            self.tr(
                "Revoke the override valid from {start} to {end}? The instrument can no "
                "longer be used under it; sessions and results that already used it keep it."
            ).format(start=format_date(row.valid_from), end=format_date(row.valid_until)),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def on_add(self) -> None:
        if self.equipment_id is None:
            return
        dialog = AddCalibrationDialog(self.context, self.equipment_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_equipment(self.equipment_id)
            self.changed.emit()

    @Slot()
    def on_override(self) -> None:
        if self.equipment_id is None:
            return
        dialog = OverrideDialog(self.context, self.equipment_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_equipment(self.equipment_id)
            self.changed.emit()

    @Slot()
    def on_revoke(self) -> None:
        row = self.selected_override()
        if self.equipment_id is None or row is None or not self.confirm_revoke(row):
            return
        try:
            with self.context.db.transaction(self.context.actor) as session:
                calibration_service.revoke_override(session, self.context.actor, row.id)
        except DomainError as error:
            show_domain_error(self, error)
            return
        self.set_equipment(self.equipment_id)
        self.changed.emit()
