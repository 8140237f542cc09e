"""The shop-floor start/stop dialogs of the Equipment page: small, open with the cursor in the
first field, Enter confirms. Start asks only the optional job reference (completed from the
open jobs, whose title it then shows) and purpose; stop the optional notes, hour-meter reading
and material consumed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.services.jobs import normalize_reference
from itc_desktop.services.usage import JobChoice
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.equipment_form import parse_decimal


@dataclass(frozen=True)
class StartInput:
    job_reference: str
    purpose: str


@dataclass(frozen=True)
class StopInput:
    notes: str
    meter_stop: Decimal | None
    material_consumed: str


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class StartUseDialog(QDialog):
    def __init__(
        self,
        equipment_text: str,
        parent: QWidget | None = None,
        jobs: Sequence[JobChoice] = (),
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start use"))
        self.setMinimumWidth(380)
        self.jobs = {job.reference: job for job in jobs}
        self.job_reference = QLineEdit()
        self.job_reference.setObjectName("jobReference")
        self.job_reference.setMaxLength(64)
        self.job_reference.setPlaceholderText(self.tr("optional, e.g. ITC-2026-0042"))
        if self.jobs:
            completer = QCompleter(list(self.jobs), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.job_reference.setCompleter(completer)
        self.job_hint = QLabel()
        self.job_hint.setObjectName("jobHint")
        self.job_hint.setWordWrap(True)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        form.addRow(self.tr("&Job:"), self.job_reference)
        form.addRow("", self.job_hint)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        self.job_reference.textChanged.connect(self.on_job_changed)
        self.on_job_changed()
        self.buttons = _buttons(self, self.tr("Start"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{equipment_text}</b>"))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.job_reference.setFocus()

    @Slot()
    def on_job_changed(self) -> None:
        """Which job the session will count for, or that the text stays a free reference."""
        text = normalize_reference(self.job_reference.text())
        job = self.jobs.get(text)
        if job is not None:
            self.job_hint.setText(f"{job.title} — {job.company_name}")
        elif text and self.jobs:
            self.job_hint.setText(self.tr("Not an open job of the lab: kept as a free reference."))
        else:
            self.job_hint.setText("")
        self.job_hint.setVisible(bool(self.job_hint.text()))

    def value(self) -> StartInput:
        return StartInput(self.job_reference.text().strip(), self.purpose.text().strip())


class StopUseDialog(QDialog):
    def __init__(self, equipment_text: str, running_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stop use"))
        self.setMinimumWidth(400)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("optional"))
        self.meter = QLineEdit()
        self.meter.setObjectName("meterStop")
        self.meter.setPlaceholderText(self.tr("optional, hours"))
        self.material = QLineEdit()
        self.material.setObjectName("material")
        self.material.setPlaceholderText(self.tr("optional"))
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("&Hour meter:"), self.meter)
        form.addRow(self.tr("&Material used:"), self.material)
        self.buttons = _buttons(self, self.tr("Stop"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{equipment_text}</b><br>{running_text}"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.meter.textChanged.connect(self.on_meter_changed)
        self.notes.setFocus()

    @Slot()
    def on_meter_changed(self) -> None:
        try:
            parse_decimal(self.meter.text())
        except ValueError as error:
            self.message.show_problem(self.tr("Hour meter: {problem}").format(problem=error))
            self.ok_button.setEnabled(False)
            return
        self.message.clear_message()
        self.ok_button.setEnabled(True)

    def value(self) -> StopInput:
        return StopInput(
            self.notes.text().strip(),
            parse_decimal(self.meter.text()),
            self.material.text().strip(),
        )
