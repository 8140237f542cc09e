"""The Lab rules tab of the Admin page: when calibrations and maintenance count as due soon,
when a running usage session is probably forgotten, the opening hours per weekday and the
no-show grace period. Administrators edit; managers read."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTime, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.i18n import _
from itc_desktop.services import booking_settings as booking_settings_service
from itc_desktop.services import equipment_settings as equipment_settings_service
from itc_desktop.services.booking_settings import WEEKDAY_NAMES, BookingSettings, parse_hours
from itc_desktop.services.equipment_settings import EquipmentSettings
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.registry import PageContext

TIME_FORMAT = "HH:mm"
MIDNIGHT = QTime(0, 0)


@dataclass(frozen=True)
class NumberField:
    """A whole-number rule: its input, its label for messages and the range the service takes."""

    edit: QLineEdit
    label: str
    lowest: int
    highest: int

    def value(self) -> int | None:
        text = self.edit.text().strip()
        try:
            number = int(text)
        except ValueError:
            return None
        return number if self.lowest <= number <= self.highest else None


class DayRow:
    """One weekday of the opening hours: open or closed, from, to (00:00 = until midnight)."""

    def __init__(self, name: str, parent: QWidget):
        self.name = name
        self.open = QCheckBox(parent.tr("Open"))
        self.opens = QTimeEdit()
        self.closes = QTimeEdit()
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat(TIME_FORMAT)
        self.closes.setToolTip(parent.tr("00:00 means open until midnight"))
        self.open.toggled.connect(self.on_open_toggled)

    def on_open_toggled(self, is_open: bool) -> None:
        self.opens.setEnabled(is_open and self.open.isEnabled())
        self.closes.setEnabled(is_open and self.open.isEnabled())

    def set_text(self, text: str) -> None:
        """Shows a stored entry; an unreadable one shows as closed, as the calendar treats it."""
        try:
            hours = parse_hours(text)
        except ValueError:
            hours = None
        self.open.setChecked(hours is not None)
        if hours is None:
            self.opens.setTime(QTime(8, 0))
            self.closes.setTime(QTime(16, 0))
        else:
            self.opens.setTime(QTime(hours.opens.hour, hours.opens.minute))
            self.closes.setTime(QTime(hours.closes.hour, hours.closes.minute))
        self.on_open_toggled(self.open.isChecked())

    def text(self) -> str:
        if not self.open.isChecked():
            return ""
        closes = "24:00" if self.closes.time() == MIDNIGHT else self.closes.time().toString("HH:mm")
        return f"{self.opens.time().toString('HH:mm')}-{closes}"

    def closes_too_early(self) -> bool:
        if not self.open.isChecked() or self.closes.time() == MIDNIGHT:
            return False
        return self.closes.time() <= self.opens.time()


class LabRulesTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.editable = can(context.actor, Permission.EDIT_SETTINGS)

        self.calibration_days = self._number_edit("calibrationDueSoonDays")
        self.maintenance_days = self._number_edit("maintenanceDueSoonDays")
        self.forgotten_hours = self._number_edit("forgottenSessionHours")
        self.grace_minutes = self._number_edit("noShowGraceMinutes")
        self.numbers = [
            NumberField(self.calibration_days, self.tr("Calibration due soon"), 0, 365),
            NumberField(self.maintenance_days, self.tr("Maintenance due soon"), 0, 365),
            NumberField(self.forgotten_hours, self.tr("Usage session forgotten after"), 1, 168),
            NumberField(self.grace_minutes, self.tr("No-show after"), 0, 24 * 60),
        ]
        self.days = [DayRow(_(name), self) for name in WEEKDAY_NAMES]
        self.save_button = QPushButton(self.tr("Sa&ve lab rules"))
        self.save_button.setObjectName("saveLabRules")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.on_save)
        self.message = FormMessage()

        equipment_box = QGroupBox(self.tr("Equipment"))
        equipment_form = QFormLayout(equipment_box)
        equipment_form.addRow(
            self.tr("&Calibration due soon:"),
            self._with_unit(self.calibration_days, self.tr("days before it expires")),
        )
        equipment_form.addRow(
            self.tr("&Maintenance due soon:"),
            self._with_unit(self.maintenance_days, self.tr("days before the planned date")),
        )
        equipment_form.addRow(
            self.tr("Usage session &forgotten after:"),
            self._with_unit(self.forgotten_hours, self.tr("hours running")),
        )

        bookings_box = QGroupBox(self.tr("Bookings"))
        bookings_layout = QVBoxLayout(bookings_box)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Opening hours</b>")), 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("From")), 0, 2)
        grid.addWidget(QLabel(self.tr("To")), 0, 3)
        for row, day in enumerate(self.days, start=1):
            grid.addWidget(QLabel(day.name), row, 0)
            grid.addWidget(day.open, row, 1)
            grid.addWidget(day.opens, row, 2)
            grid.addWidget(day.closes, row, 3)
        grid.setColumnStretch(4, 1)
        bookings_layout.addLayout(grid)
        grace_form = QFormLayout()
        grace_form.addRow(
            self.tr("&No-show after:"),
            self._with_unit(self.grace_minutes, self.tr("minutes without use after the start")),
        )
        bookings_layout.addLayout(grace_form)

        content = QWidget()
        content.setMaximumWidth(720)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(equipment_box)
        content_layout.addWidget(bookings_box)

        layout = QVBoxLayout(self)
        if not self.editable:
            note = QLabel(self.tr("Only administrators change the lab rules."))
            note.setObjectName("readOnlyNote")
            layout.addWidget(note)
        layout.addWidget(content)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for field in self.numbers:
            field.edit.setEnabled(self.editable)
            field.edit.textEdited.connect(self.on_changed)
        for day in self.days:
            day.open.setEnabled(self.editable)
            day.open.toggled.connect(self.on_changed)
            day.opens.timeChanged.connect(self.on_changed)
            day.closes.timeChanged.connect(self.on_changed)
        self.save_button.setEnabled(self.editable)
        self.load()

    def _number_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaximumWidth(80)
        return edit

    def _with_unit(self, edit: QLineEdit, unit: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        row.addWidget(QLabel(unit))
        row.addStretch(1)
        return box

    def load(self) -> None:
        with self.context.db.reader() as session:
            equipment = equipment_settings_service.get_equipment_settings(session)
            bookings = booking_settings_service.get_booking_settings(session)
        self.calibration_days.setText(str(equipment.calibration_due_soon_days))
        self.maintenance_days.setText(str(equipment.maintenance_due_soon_days))
        self.forgotten_hours.setText(str(equipment.forgotten_session_hours))
        self.grace_minutes.setText(str(bookings.no_show_grace_minutes))
        hours = list(bookings.opening_hours[:7]) + [""] * (7 - len(bookings.opening_hours))
        for day, text in zip(self.days, hours, strict=True):
            day.set_text(text)
        self.message.clear_message()
        self.save_button.setEnabled(self.editable)

    def problems(self) -> list[str]:
        """What is wrong with the entered values, each line naming its field."""
        lines = [
            self.tr("{field}: a whole number from {lowest} to {highest}").format(
                field=field.label, lowest=field.lowest, highest=field.highest
            )
            for field in self.numbers
            if field.value() is None
        ]
        lines += [
            self.tr("{day}: the closing time is not after the opening time").format(day=day.name)
            for day in self.days
            if day.closes_too_early()
        ]
        return lines

    @Slot()
    def on_changed(self) -> None:
        if not self.editable:
            return
        problems = self.problems()
        if problems:
            self.message.show_problem("\n".join(f"• {line}" for line in problems))
        else:
            self.message.clear_message()
        self.save_button.setEnabled(not problems)

    def entered(self) -> tuple[EquipmentSettings, BookingSettings] | None:
        """The entered rules, or None while something is wrong (see problems())."""
        calibration, maintenance, forgotten, grace = (field.value() for field in self.numbers)
        if calibration is None or maintenance is None or forgotten is None or grace is None:
            return None
        if any(day.closes_too_early() for day in self.days):
            return None
        return (
            EquipmentSettings(
                calibration_due_soon_days=calibration,
                maintenance_due_soon_days=maintenance,
                forgotten_session_hours=forgotten,
            ),
            BookingSettings(
                opening_hours=[day.text() for day in self.days],
                no_show_grace_minutes=grace,
            ),
        )

    @Slot()
    def on_save(self) -> None:
        rules = self.entered()
        if rules is None:
            self.on_changed()
            return
        equipment, bookings = rules
        actor = self.context.actor
        try:
            # One unit of work: either both groups are stored or neither.
            with self.context.db.transaction(actor) as session:
                equipment_settings_service.update_equipment_settings(session, actor, equipment)
                booking_settings_service.update_booking_settings(session, actor, bookings)
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.message.show_success(self.tr("Lab rules saved."))
