"""Dialogs of the Bookings page: the booking form (checked as you type), the recurrence
dialog with its preview of conflicts to skip, the free-slot search, cancel with a reason and
the "this one / this and following / all" chooser of a series."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.services.booking_series import OccurrencePreview, SeriesScope, SeriesSpec
from itc_desktop.services.free_slots import FreeSlot

Options = Sequence[tuple[int, str]]


@dataclass(frozen=True)
class BookingValues:
    equipment_id: int
    booked_for_id: int
    start: datetime  # UTC
    end: datetime
    purpose: str = ""
    override_reason: str = ""
    job_id: int | None = None
    job_step_id: int | None = None


def to_qdatetime(at: datetime, zone: tzinfo) -> QDateTime:
    local = at.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, zone: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone).astimezone(UTC)


def _combo(items: Options, chosen: int | None) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    if chosen is not None and combo.findData(chosen) >= 0:
        combo.setCurrentIndex(combo.findData(chosen))
    return combo


def _time_edit(at: datetime, zone: tzinfo) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(at, zone))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class BookingForm(QDialog):
    """New or changed booking. `check(values)` is the dry run shown under the fields as you
    type; `save(values)` returns "" when saved, else the reason (the form stays open)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        zone: tzinfo,
        equipment: Options,
        people: Options,
        values: BookingValues,
        jobs: Options = (),
        steps_of: Callable[[int], Sequence[tuple[int, str, int | None]]] = lambda job_id: (),
        may_book_for_others: bool,
        may_override: bool,
        check: Callable[[BookingValues], str],
        save: Callable[[BookingValues], str],
        repeat: Callable[[BookingValues], bool] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.zone, self._check, self._save, self._repeat = zone, check, save, repeat
        self.equipment = _combo(equipment, values.equipment_id)
        self.booked_for = _combo(people, values.booked_for_id)
        self.booked_for.setEnabled(may_book_for_others)
        self.start = _time_edit(values.start, zone)
        self.end = _time_edit(values.end, zone)
        self.purpose = QLineEdit(values.purpose)
        self.job = QComboBox()
        self.job.addItem(self.tr("No job"), None)
        for value, text in jobs:
            self.job.addItem(text, value)
        if values.job_id is not None and self.job.findData(values.job_id) >= 0:
            self.job.setCurrentIndex(self.job.findData(values.job_id))
        # The job's plan: which step the booking serves (optional).
        self._steps_of = steps_of
        self.step = QComboBox()
        self.fill_steps(values.job_step_id)
        self.job.currentIndexChanged.connect(lambda _i: self.fill_steps(None, match=True))
        self.override = QLineEdit(values.override_reason)
        self.override.setPlaceholderText(self.tr("only to accept less notice or a longer booking"))
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Equipment"), self.equipment)
        form.addRow(self.tr("Booked &for"), self.booked_for)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("E&nd"), self.end)
        form.addRow(self.tr("&Job"), self.job)
        form.addRow(self.tr("S&tep"), self.step)
        form.addRow(self.tr("&Purpose"), self.purpose)
        if may_override:
            form.addRow(self.tr("Override reason"), self.override)
        else:
            self.override.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.repeat_button: QPushButton | None = None
        if repeat is not None:
            self.repeat_button = buttons.addButton(
                self.tr("&Repeat…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.repeat_button.clicked.connect(self.on_repeat)
        buttons.accepted.connect(self.on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_label)
        layout.addWidget(buttons)
        for signal in (
            self.equipment.currentIndexChanged,
            self.booked_for.currentIndexChanged,
            self.start.dateTimeChanged,
            self.end.dateTimeChanged,
            self.override.textChanged,
        ):
            signal.connect(self.on_changed)
        self.setMinimumWidth(460)
        self.on_changed()

    def values(self) -> BookingValues:
        return BookingValues(
            equipment_id=int(self.equipment.currentData()),
            booked_for_id=int(self.booked_for.currentData()),
            start=from_qdatetime(self.start.dateTime(), self.zone),
            end=from_qdatetime(self.end.dateTime(), self.zone),
            purpose=self.purpose.text().strip(),
            override_reason=self.override.text().strip(),
            job_id=self.job.currentData(),
            job_step_id=self.step.currentData(),
        )

    def fill_steps(self, chosen: int | None, match: bool = False) -> None:
        """The chosen job's steps. A newly chosen job preselects its step on this booking's
        equipment when exactly one step is planned there."""
        self.step.clear()
        self.step.addItem(self.tr("— no step —"), None)
        job_id = self.job.currentData()
        steps = list(self._steps_of(job_id)) if job_id is not None else []
        for value, text, _equipment_id in steps:
            self.step.addItem(text, value)
        if match:
            here = [s[0] for s in steps if s[2] == self.equipment.currentData()]
            chosen = here[0] if len(here) == 1 else None
        if chosen is not None and self.step.findData(chosen) >= 0:
            self.step.setCurrentIndex(self.step.findData(chosen))

    def _show(self, problem: str) -> None:
        self.check_label.setText(problem or self.tr("The slot is free."))
        self.check_label.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20;")

    def on_changed(self) -> None:
        values = self.values()
        if values.end <= values.start:
            self._show(self.tr("End must be after the start."))
        else:
            self._show(self._check(values))

    def on_save(self) -> None:
        problem = self._save(self.values())
        if problem:
            self._show(problem)
        else:
            self.accept()

    def on_repeat(self) -> None:
        if self._repeat is not None and self._repeat(self.values()):
            self.accept()


class RecurrenceDialog(QDialog):
    """Daily or weekly until a date or for N occurrences; "Preview" lists every occurrence
    and ticks the conflicting ones to skip; the series is saved only without unticked
    conflicts. `save(spec, skip)` returns "" when saved, else the reason."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        zone: tzinfo,
        values: BookingValues,
        preview: Callable[[SeriesSpec], list[OccurrencePreview]],
        save: Callable[[SeriesSpec, set[int]], str],
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Repeat booking"))
        self.zone, self.values, self._preview, self._save = zone, values, preview, save
        self.previews: list[OccurrencePreview] = []
        local = values.start.astimezone(zone)
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("Weekly"), "weekly")
        self.frequency.addItem(self.tr("Daily"), "daily")
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.weekday_boxes = []
        days = QHBoxLayout()
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for index, name in enumerate(names):
            box = QCheckBox(name)
            box.setChecked(index == local.weekday())
            self.weekday_boxes.append(box)
            days.addWidget(box)
        self.by_count = QRadioButton(self.tr("&Occurrences"))
        self.by_until = QRadioButton(self.tr("&Until"))
        self.by_count.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_until)
        self.count = QSpinBox()
        self.count.setRange(1, 366)
        self.count.setValue(4)
        self.until = QDateEdit(QDate(local.year, local.month, local.day).addDays(28))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("Repeat"), self.frequency)
        form.addRow(self.tr("Every (days / weeks)"), self.every)
        form.addRow(self.tr("On"), days)
        ends = QHBoxLayout()
        for widget in (self.by_count, self.count, self.by_until, self.until):
            ends.addWidget(widget)
        form.addRow(self.tr("Ends"), ends)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.on_preview)
        self.occurrences = QListWidget()
        self.occurrences.itemChanged.connect(self.on_skip_changed)
        self.summary = QLabel(self.tr("Preview the occurrences before saving."))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.occurrences)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.frequency.currentIndexChanged.connect(self.on_rule_changed)
        for box in self.weekday_boxes:
            box.toggled.connect(self.on_rule_changed)
        for signal in (self.every.valueChanged, self.count.valueChanged, self.until.dateChanged):
            signal.connect(self.on_rule_changed)
        self.by_count.toggled.connect(self.on_rule_changed)
        self.resize(560, 520)
        self.on_rule_changed()

    def spec(self) -> SeriesSpec:
        local = self.values.start.astimezone(self.zone)
        until = self.until.date()
        weekly = self.frequency.currentData() == "weekly"
        return SeriesSpec(
            equipment_id=self.values.equipment_id,
            frequency=str(self.frequency.currentData()),
            first_date=local.date(),
            local_start=local.time().replace(second=0, microsecond=0),
            duration=self.values.end - self.values.start,
            until=None
            if self.by_count.isChecked()
            else date(until.year(), until.month(), until.day()),
            count=self.count.value() if self.by_count.isChecked() else None,
            weekdays=frozenset(i + 1 for i, b in enumerate(self.weekday_boxes) if b.isChecked())
            if weekly
            else frozenset(),
            every=self.every.value(),
            booked_for_id=self.values.booked_for_id,
            purpose=self.values.purpose,
            job_id=self.values.job_id,
        )

    def on_rule_changed(self) -> None:
        weekly = self.frequency.currentData() == "weekly"
        for box in self.weekday_boxes:
            box.setEnabled(weekly)
        self.count.setEnabled(self.by_count.isChecked())
        self.until.setEnabled(not self.by_count.isChecked())
        self.previews = []
        self.occurrences.clear()
        self.save_button.setEnabled(False)

    def on_preview(self) -> None:
        self.previews = self._preview(self.spec())
        self.occurrences.blockSignals(True)
        self.occurrences.clear()
        for preview in self.previews:
            start = preview.start.astimezone(self.zone)
            end = preview.end.astimezone(self.zone)
            text = f"{start:%a %Y-%m-%d %H:%M}–{end:%H:%M}"
            item = QListWidgetItem()
            if preview.ok:
                item.setText(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                reasons = "; ".join(r.message for r in preview.refusals)
                item.setText(self.tr("{0} — skip: {1}").format(text, reasons))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(reasons)
            item.setData(Qt.ItemDataRole.UserRole, preview.index)
            self.occurrences.addItem(item)
        self.occurrences.blockSignals(False)
        self.on_skip_changed()

    def skipped(self) -> set[int]:
        return {
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.occurrences.item(i) for i in range(self.occurrences.count()))
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState() == Qt.CheckState.Checked
        }

    def conflicts(self) -> list[int]:
        return [p.index for p in self.previews if not p.ok]

    def on_skip_changed(self, _item: QListWidgetItem | None = None) -> None:
        skip = self.skipped()
        unresolved = [i for i in self.conflicts() if i not in skip]
        kept = len(self.previews) - len(skip)
        if not self.previews:
            self.summary.setText(self.tr("No occurrence: check the rule."))
        elif unresolved:
            self.summary.setText(
                self.tr("{0} conflicting occurrence(s) are not skipped: tick them to skip.").format(
                    len(unresolved)
                )
            )
        else:
            self.summary.setText(
                self.tr("{0} occurrence(s) will be booked, {1} skipped.").format(kept, len(skip))
            )
        self.save_button.setEnabled(bool(self.previews) and not unresolved and kept > 0)

    def on_save(self) -> None:
        problem = self._save(self.spec(), self.skipped())
        if problem:
            self.summary.setText(problem)
        else:
            self.accept()


class FreeSlotDialog(QDialog):
    """Equipment or a category, a duration and the earliest start → the next free slots;
    the chosen one is `chosen` after accept."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        zone: tzinfo,
        equipment: Options,
        categories: Sequence[tuple[str, str]],
        earliest: datetime,
        search: Callable[[int | None, str | None, timedelta, datetime], list[FreeSlot]],
        equipment_id: int | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a free slot"))
        self.zone, self._search = zone, search
        self.slots: list[FreeSlot] = []
        self.chosen: FreeSlot | None = None
        self.equipment = QComboBox()
        self.equipment.addItem(self.tr("Any in the category"), None)
        for value, text in equipment:
            self.equipment.addItem(text, value)
        if equipment_id is not None and self.equipment.findData(equipment_id) >= 0:
            self.equipment.setCurrentIndex(self.equipment.findData(equipment_id))
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), None)
        for value, text in categories:
            self.category.addItem(text, value)
        self.hours = QSpinBox()
        self.hours.setRange(0, 72)
        self.hours.setValue(2)
        self.hours.setSuffix(self.tr(" h"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 45)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        duration = QHBoxLayout()
        duration.addWidget(self.hours)
        duration.addWidget(self.minutes)
        self.earliest = _time_edit(earliest, zone)
        form = QFormLayout()
        form.addRow(self.tr("&Equipment"), self.equipment)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Duration"), duration)
        form.addRow(self.tr("Earliest &start"), self.earliest)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.on_search)
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _item: self.on_pick())
        self.results.currentRowChanged.connect(self.on_selection)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.pick_button = self.buttons.addButton(
            self.tr("&Book this slot"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pick_button.setEnabled(False)
        self.buttons.accepted.connect(self.on_pick)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.search_button)
        layout.addWidget(self.results)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 460)

    def duration(self) -> timedelta:
        return timedelta(hours=self.hours.value(), minutes=self.minutes.value())

    def on_search(self) -> None:
        equipment_id = self.equipment.currentData()
        category = None if equipment_id is not None else self.category.currentData()
        try:
            self.slots = self._search(
                equipment_id,
                category,
                self.duration(),
                from_qdatetime(self.earliest.dateTime(), self.zone),
            )
        except ValueError as error:  # the page turns domain errors into text
            self.slots = []
            self.message.setText(str(error))
        self.results.clear()
        for slot in self.slots:
            start, end = slot.start.astimezone(self.zone), slot.end.astimezone(self.zone)
            self.results.addItem(
                f"{start:%a %Y-%m-%d %H:%M}–{end:%H:%M}  {slot.asset_tag} {slot.equipment_name}"
            )
        if self.slots:
            self.message.setText(self.tr("{0} free slot(s).").format(len(self.slots)))
            self.results.setCurrentRow(0)
        elif not self.message.text():
            self.message.setText(self.tr("No free slot found."))

    def on_selection(self, row: int) -> None:
        self.pick_button.setEnabled(0 <= row < len(self.slots))

    def on_pick(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.slots):
            self.chosen = self.slots[row]
            self.accept()


class CancelDialog(QDialog):
    """Cancel a booking: the reason is required."""

    def __init__(self, parent: QWidget | None, what: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel booking"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why the booking is cancelled"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel &booking"))
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(what))
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def reason_text(self) -> str:
        return self.reason.text().strip()


class MaintenanceWindowDialog(QDialog):
    """Plan a maintenance window (a manager): the equipment's calendar is blocked from start
    to end. `save(equipment_id, start, end, description)` returns "" when saved, else the
    reason (the dialog stays open)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        zone: tzinfo,
        equipment: Options,
        equipment_id: int | None,
        start: datetime,
        end: datetime,
        save: Callable[[int, datetime, datetime, str], str],
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan maintenance"))
        self.zone, self._save = zone, save
        self.equipment = _combo(equipment, equipment_id)
        self.start = _time_edit(start, zone)
        self.end = _time_edit(end, zone)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("what is done, e.g. spindle replacement"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Equipment"), self.equipment)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("E&nd"), self.end)
        form.addRow(self.tr("&Description"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("No booking may overlap the window while it is planned.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def on_save(self) -> None:
        problem = self._save(
            int(self.equipment.currentData()),
            from_qdatetime(self.start.dateTime(), self.zone),
            from_qdatetime(self.end.dateTime(), self.zone),
            self.description.text(),
        )
        self.problem.setText(problem)
        if not problem:
            self.accept()


class ScopeDialog(QDialog):
    """Which occurrences of a series an edit or cancellation applies to."""

    def __init__(self, parent: QWidget | None, question: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recurring booking"))
        self.choices = {
            SeriesScope.ONE: QRadioButton(self.tr("&Only this occurrence")),
            SeriesScope.THIS_AND_FOLLOWING: QRadioButton(self.tr("This and &following")),
            SeriesScope.ALL: QRadioButton(self.tr("&All occurrences")),
        }
        self.choices[SeriesScope.ONE].setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(question))
        for button in self.choices.values():
            layout.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def scope(self) -> SeriesScope:
        return next(s for s, b in self.choices.items() if b.isChecked())


def with_slot(values: BookingValues, slot: FreeSlot) -> BookingValues:
    return replace(values, equipment_id=slot.equipment_id, start=slot.start, end=slot.end)
