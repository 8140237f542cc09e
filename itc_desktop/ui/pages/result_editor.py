"""The test record editor: what was tested, how, with which instrument, by whom and against
which limits (common part), the type's inputs, and the values computed live as you type.

`open_result_editor(parent, context, record_id=… | job_id=…, specimen_id=…, test_type=…)`
opens it modal and answers True when the record was saved. Only drafts are edited; an
approved record is corrected through "Correct" (a new revision)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.drafts import DraftStore
from itc_desktop.i18n import _, format_date
from itc_desktop.models.results import RESULT_TYPE_LABELS, ResultStatus, ResultType
from itc_desktop.services import results as result_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.calibration import CalibrationState
from itc_desktop.services.errors import DomainError, InvalidTransition, ValidationError
from itc_desktop.services.result_choices import editor_choices, usable_overrides
from itc_desktop.services.result_inputs import DEFAULT_METHODS, LIMITABLE, Evaluation, evaluate
from itc_desktop.services.results import RecordInput, RecordView
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.errors import error_text, show_domain_error
from itc_desktop.ui.forms import FormDraft
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.result_editor_common import (
    LimitsTable,
    ValuesTable,
    format_number,
    parse_number,
)
from itc_desktop.ui.pages.result_editor_types import (
    CharpyPanel,
    DimensionalPanel,
    HardnessPanel,
    TypePanel,
)
from itc_desktop.ui.widgets.combos import fit_combo

DEBOUNCE_MS = 200
STATE_TEXTS = {
    CalibrationState.OK: "calibrated",
    CalibrationState.DUE_SOON: "calibration due soon",
    CalibrationState.OUT: "OUT OF CALIBRATION",
    CalibrationState.NOT_REQUIRED: "no calibration required",
}


def _panel_for(test_type: str) -> TypePanel:
    if test_type == ResultType.TENSILE:
        from itc_desktop.ui.pages.result_editor_tensile import TensilePanel

        return TensilePanel()
    if test_type == ResultType.HARDNESS:
        return HardnessPanel()
    if test_type == ResultType.IMPACT:
        return CharpyPanel()
    if test_type == ResultType.DIMENSIONAL:
        return DimensionalPanel()
    raise ValueError(test_type)


class ResultEditorDialog(QDialog):
    """New record of `test_type` (job/specimen preselected) or the draft `record`."""

    def __init__(
        self,
        context: PageContext,
        *,
        test_type: str,
        record: RecordView | None = None,
        columns: Any = None,
        job_id: int | None = None,
        specimen_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.test_type = test_type
        self.record = record
        self.saved_id: int | None = None
        self._loaded_time: QDateTime | None = None
        self.evaluation: Evaluation | None = None
        type_label = _(RESULT_TYPE_LABELS[ResultType(test_type)])
        self.setWindowTitle(
            self.tr("New {type} record").format(type=type_label)
            if record is None
            else self.tr("Edit {type} record").format(type=type_label)
        )
        job_id = record.job_id if record is not None else job_id
        with context.db.reader() as s:
            self.choices = editor_choices(s, context.actor, include_job=job_id)

        # ---- common part
        self.job = QComboBox()
        self.job.setEditable(True)
        self.job.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.specimen = QComboBox()
        self.instrument = QComboBox()
        self.override = QComboBox()
        for combo in (self.job, self.specimen, self.instrument, self.override):
            fit_combo(combo, 24)
        for j in self.choices.jobs:
            self.job.addItem(f"{j.reference} — {j.title}", j.id)
        completer = self.job.completer()
        if completer is not None:  # type a part of the reference or the title
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.method = QLineEdit(DEFAULT_METHODS[test_type])
        for i in self.choices.instruments:
            state = self.tr(STATE_TEXTS[CalibrationState(i.state)])
            self.instrument.addItem(f"{i.asset_tag} {i.name} ({state})", i.equipment_id)
        self.instrument_state = QLabel()
        self.instrument_state.setWordWrap(True)
        self.performer = QComboBox()
        for u in self.choices.users:
            self.performer.addItem(u.full_name, u.id)
        self.performer.setCurrentIndex(max(0, self.performer.findData(context.actor.id)))
        self.performed_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.performed_at.setCalendarPopup(True)
        self.performed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.temperature = QLineEdit()
        self.humidity = QLineEdit()
        self.deviations = QPlainTextEdit()
        self.remarks = QPlainTextEdit()
        for edit in (self.deviations, self.remarks):
            edit.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Job"), self.job)
        form.addRow(self.tr("Specimen"), self.specimen)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Instrument"), self.instrument)
        form.addRow("", self.instrument_state)
        form.addRow(self.tr("Override"), self.override)
        form.addRow(self.tr("Performed by"), self.performer)
        form.addRow(self.tr("Date and time"), self.performed_at)
        form.addRow(self.tr("Temperature (°C)"), self.temperature)
        form.addRow(self.tr("Humidity (%)"), self.humidity)
        form.addRow(self.tr("Deviations"), self.deviations)
        form.addRow(self.tr("Remarks"), self.remarks)
        self.common_form = form
        common = QGroupBox(self.tr("Test"))
        common.setLayout(form)

        # ---- type inputs, limits, values
        self.panel = _panel_for(test_type)
        self.limits = LimitsTable(LIMITABLE[test_type])
        self.values = ValuesTable()
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        inputs_box = QGroupBox(self.tr("Inputs"))
        QVBoxLayout(inputs_box).addWidget(self.panel)
        values_box = QGroupBox(self.tr("Computed values"))
        QVBoxLayout(values_box).addWidget(self.values)
        plot = getattr(self.panel, "plot", None)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(common)
        if plot is not None:  # tensile: the dimensions under the common part
            left_layout.addWidget(inputs_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(left)
        scroll.setMinimumWidth(420)

        top = QSplitter(Qt.Orientation.Horizontal)
        if plot is not None:  # the plot and the computed values side by side
            top.addWidget(plot)
            top.addWidget(values_box)
            top.setSizes([470, 400])
        else:
            top.addWidget(inputs_box)
            top.addWidget(values_box)
            wide = test_type == ResultType.DIMENSIONAL
            top.setSizes([560, 310] if wide else [400, 470])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        if self.limits.rowCount():
            limits_box = QGroupBox(self.tr("Limits (empty row = no limits)"))
            QVBoxLayout(limits_box).addWidget(self.limits)
            right.addWidget(limits_box)
            right.setSizes([560, 30 * self.limits.rowCount() + 70])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setSizes([430, 870])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1300, 850)

        # ---- live recomputation
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        self.panel.changed.connect(self.schedule)
        self.limits.changed.connect(self.schedule)
        self.job.currentIndexChanged.connect(self._job_changed)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.performed_at.dateTimeChanged.connect(self._instrument_changed)

        self._job_changed()
        if record is not None:
            self._load(record, columns)
        else:
            if job_id is not None:
                self.job.setCurrentIndex(max(0, self.job.findData(job_id)))
            if specimen_id is not None:
                self.specimen.setCurrentIndex(max(0, self.specimen.findData(specimen_id)))
        self._instrument_changed()
        # What is typed is kept in a draft while the editor is open (#12): after a crash,
        # the next opening of the same record (or a new one of the type) offers it back.
        self.draft = FormDraft(
            self,
            DraftStore.for_user(context.db.location, context.actor.username),
            f"result-{test_type}",
            "new" if record is None else str(record.id),
            self.draft_fields,
            extra=self.panel.draft_extra,
            restore_extra=self.panel.restore_draft_extra,
        )
        self.draft.offer()
        self.draft.watch()
        # Also what the field signals miss: a limit's rule, a row added to a panel's table.
        self.panel.changed.connect(self.draft.on_changed)
        self.limits.changed.connect(self.draft.on_changed)
        self.recompute()

    def draft_fields(self) -> dict[str, QWidget]:
        """The editor's fields in the order a draft refills them: the job before its
        specimens, the instrument and the date before the overrides valid then."""
        return {
            "job": self.job,
            "specimen": self.specimen,
            "method": self.method,
            "instrument": self.instrument,
            "performed_at": self.performed_at,
            "override": self.override,
            "performer": self.performer,
            "temperature": self.temperature,
            "humidity": self.humidity,
            "deviations": self.deviations,
            "remarks": self.remarks,
            **{f"inputs.{name}": w for name, w in self.panel.draft_fields().items()},
            "limits": self.limits,
        }

    # ---------------------------------------------------------------- common part
    def _job_changed(self) -> None:
        line = self.job.lineEdit()
        if line is not None:
            line.setCursorPosition(0)
        self.specimen.clear()
        if self.test_type == ResultType.DIMENSIONAL:
            self.specimen.addItem(self.tr("(no specimen)"), None)
        job_id = self.job.currentData()
        if job_id is None:
            return
        with self.context.db.reader() as s:
            specimens = specimen_service.list_specimens(s, self.context.actor, job_id)
        for sp in specimens:
            self.specimen.addItem(f"{sp.code} — {sp.description}", sp.id)

    def performed_at_utc(self) -> datetime:
        if self.record is not None and self.performed_at.dateTime() == self._loaded_time:
            return self.record.performed_at  # untouched: keep it to the microsecond
        return self.performed_at.dateTime().toPython().astimezone().astimezone(UTC)

    def _instrument_changed(self) -> None:
        index = self.instrument.currentIndex()
        self.override.clear()
        if index < 0:
            self.instrument_state.setText(self.tr("No instrument to choose"))
            self.common_form.setRowVisible(self.override, False)
            return
        status = self.choices.instruments[index]
        out = status.state == CalibrationState.OUT
        valid = (
            self.tr(", valid until {date}").format(date=format_date(status.valid_until))
            if status.valid_until
            else ""
        )
        self.instrument_state.setText(
            self.tr(STATE_TEXTS[CalibrationState(status.state)])
            + valid
            + (
                self.tr(" — the test will be refused unless a manager's override is chosen")
                if out
                else ""
            )
        )
        self.instrument_state.setStyleSheet("color: #c62828;" if out else "")
        with self.context.db.reader() as s:
            overrides = usable_overrides(
                s, self.context.actor, status.equipment_id, self.performed_at_utc().date()
            )
        self.override.addItem(self.tr("(none)"), None)
        for o in overrides:
            self.override.addItem(f"{o.granted_by}: {o.justification}", o.id)
        if out and overrides:
            self.override.setCurrentIndex(1)
        self.common_form.setRowVisible(self.override, bool(overrides))

    def _load(self, record: RecordView, columns: Any) -> None:
        self.job.setCurrentIndex(max(0, self.job.findData(record.job_id)))
        self.specimen.setCurrentIndex(max(0, self.specimen.findData(record.specimen_id)))
        self.method.setText(record.method)
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(record.equipment_id)))
        self.performer.setCurrentIndex(max(0, self.performer.findData(record.performed_by_id)))
        self._loaded_time = QDateTime(record.performed_at.astimezone().replace(tzinfo=None))
        self.performed_at.setDateTime(self._loaded_time)
        self.temperature.setText(format_number(record.temperature_c))
        self.humidity.setText(format_number(record.humidity_pct))
        self.deviations.setPlainText(record.deviations)
        self.remarks.setPlainText(record.remarks)
        self.limits.set_limits(record.limits)
        if self.test_type == ResultType.TENSILE:
            self.panel.set_stored(record.inputs, columns, record.raw_file_name)  # type: ignore[attr-defined]
        else:
            self.panel.set_inputs(record.inputs)
        self._instrument_changed()
        if record.calibration_override_id is not None:
            self.override.setCurrentIndex(
                max(0, self.override.findData(record.calibration_override_id))
            )

    # ---------------------------------------------------------------- live values
    def schedule(self) -> None:
        self.timer.start()

    def _columns(self) -> Any:
        return getattr(self.panel, "columns", None)

    def recompute(self) -> Evaluation | None:
        self.timer.stop()
        try:
            evaluation = evaluate(self.panel.inputs(), self.limits.limits(), self._columns())
        except DomainError as error:
            self.evaluation = None
            self.error.setText(error_text(error))
            self.values.show_values(())
            self.panel.show_evaluation(None)
            self.save_button.setEnabled(False)
            return None
        self.evaluation = evaluation
        self.error.setText("; ".join(evaluation.warnings))
        self.error.setStyleSheet("color: #b26a00;" if evaluation.warnings else "")
        self.values.show_values(evaluation.values)
        self.panel.show_evaluation(evaluation)
        self.save_button.setEnabled(True)
        return evaluation

    # ---------------------------------------------------------------- save
    def record_input(self) -> RecordInput:
        job_id = self.job.currentData()
        errors: dict[str, str] = {}
        if job_id is None:
            errors[self.tr("Job")] = self.tr("choose a job")
        if self.instrument.currentData() is None:
            errors[self.tr("Instrument")] = self.tr("choose an instrument")
        if self.specimen.currentData() is None and self.test_type != ResultType.DIMENSIONAL:
            errors[self.tr("Specimen")] = self.tr("choose a specimen")
        if errors:
            raise ValidationError(errors)
        return RecordInput(
            job_id=job_id,
            specimen_id=self.specimen.currentData(),
            method=self.method.text().strip(),
            equipment_id=self.instrument.currentData(),
            performed_by_id=self.performer.currentData(),
            performed_at=self.performed_at_utc(),
            inputs=self.panel.inputs(),
            limits=self.limits.limits(),
            temperature_c=parse_number(self.temperature.text(), self.tr("Temperature")),
            humidity_pct=parse_number(self.humidity.text(), self.tr("Humidity")),
            deviations=self.deviations.toPlainText().strip(),
            remarks=self.remarks.toPlainText().strip(),
            calibration_override_id=self.override.currentData() if self.override.count() else None,
        )

    def save(self) -> None:
        if self.recompute() is None:
            return
        try:
            data = self.record_input()
        except DomainError as error:
            show_domain_error(self, error)
            return
        raw_of = getattr(self.panel, "raw_file", None)
        raw = raw_of() if raw_of is not None else None
        actor, db, record = self.context.actor, self.context.db, self.record

        def work() -> int:
            with db.transaction(actor) as s:
                if record is None:
                    return result_service.create_record(s, actor, data, raw)
                result_service.update_record(
                    s, actor, record.id, data, raw, expected_version=record.version
                )
                return record.id

        self.save_button.setEnabled(False)
        self.context.runner.run(work, self._saved, self._failed)

    def _saved(self, record_id: int) -> None:
        self.saved_id = record_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, DomainError):
            show_domain_error(self, error)  # the dialog stays open with the input as typed
        else:
            report_unexpected(error)


def open_result_editor(
    parent: QWidget | None,
    context: PageContext,
    *,
    record_id: int | None = None,
    job_id: int | None = None,
    specimen_id: int | None = None,
    test_type: str | None = None,
) -> bool:
    """Opens the modal editor: a new record of `test_type` for the job/specimen, or the draft
    `record_id`. True when saved."""
    record = columns = None
    try:
        if record_id is not None:
            with context.db.reader() as s:
                record = result_service.get_record(s, context.actor, record_id)
                columns = result_service.record_columns(s, context.actor, record_id)
            if record.status != ResultStatus.DRAFT:
                raise InvalidTransition(
                    _(
                        "Only drafts are edited. This record is {status}: use Correct to make"
                        " a new revision with the reason.",
                        status=_(record.status_label),
                    )
                )
            test_type = record.test_type
        if test_type is None:
            raise ValueError("open_result_editor needs record_id or test_type")
        dialog = ResultEditorDialog(
            context,
            test_type=test_type,
            record=record,
            columns=columns,
            job_id=job_id,
            specimen_id=specimen_id,
            parent=parent,
        )
    except DomainError as error:
        show_domain_error(parent, error)
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted
