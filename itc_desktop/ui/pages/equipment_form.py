"""The Overview tab of the Equipment page: the equipment record as a form that checks as you
type and names the wrong field, with Save/Revert; the "New equipment" dialog reuses it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.i18n import _
from itc_desktop.models.equipment import (
    CATEGORY_LABELS,
    EQUIPMENT_CURRENCIES,
)
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import settings as settings_service
from itc_desktop.services.equipment import ASSET_TAG_PATTERN, EquipmentData, EquipmentDetail
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.registry import PageContext

_ERROR_STYLE = "border: 1px solid #c62828;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EquipmentForm", text)


def parse_decimal(text: str) -> Decimal | None:
    """A number as people type it (decimal comma accepted); None for blank; ValueError."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(_tr("not a number")) from None
    if not number.is_finite():
        raise ValueError(_tr("not a number"))
    if number < 0:
        raise ValueError(_tr("must be zero or more"))
    return number


def _parse_int(text: str, minimum: int) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        number = int(text)
    except ValueError:
        raise ValueError(_tr("not a whole number")) from None
    if number < minimum:
        raise ValueError(_tr("must be at least {n}").format(n=minimum))
    return number


def _parse_date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(_tr("not a date (YYYY-MM-DD)")) from None


class EquipmentForm(QWidget):
    """The fields of one equipment record. `data()` gives an EquipmentData or raises
    ValueError; `problems()` lists {field label: message} as the user types."""

    input_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.asset_tag = self._line("assetTag", "ITC-0042")
        self.name = self._line("name")
        self.category = QComboBox()
        self.category.setObjectName("category")
        for value, label in CATEGORY_LABELS.items():
            self.category.addItem(_(label), str(value))
        self.manufacturer = self._line("manufacturer")
        self.model = self._line("model")
        self.serial_number = self._line("serialNumber")
        self.firmware_version = self._line("firmwareVersion")
        self.location = self._line("location")
        self.commissioned_on = self._line("commissionedOn", "YYYY-MM-DD")
        self.hourly_rate = self._line("hourlyRate")
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItems(list(EQUIPMENT_CURRENCIES))
        self.nominal_power_kw = self._line("nominalPower")
        self.bookable = QCheckBox(_tr("&Bookable"))
        self.bookable.setChecked(True)
        self.requires_qualification = QCheckBox(_tr("Requires operator &qualification"))
        self.is_measuring_instrument = QCheckBox(_tr("Measuring &instrument (calibrated)"))
        self.max_booking_hours = self._line("maxBookingHours", _tr("no limit"))
        self.min_notice_hours = self._line("minNoticeHours", _tr("none"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(60)
        self.message = FormMessage()

        rate = QHBoxLayout()
        rate.setContentsMargins(0, 0, 0, 0)
        rate.addWidget(self.hourly_rate, 1)
        rate.addWidget(self.currency)
        rate_label = QLabel(_tr("Hourly &rate:"))
        rate_label.setBuddy(self.hourly_rate)
        form = QFormLayout()
        form.addRow(_tr("Asset &tag:"), self.asset_tag)
        form.addRow(_tr("&Name:"), self.name)
        form.addRow(_tr("&Category:"), self.category)
        form.addRow(_tr("&Location:"), self.location)
        form.addRow(_tr("&Manufacturer:"), self.manufacturer)
        form.addRow(_tr("M&odel:"), self.model)
        form.addRow(_tr("&Serial number:"), self.serial_number)
        form.addRow(_tr("&Firmware/software:"), self.firmware_version)
        form.addRow(_tr("Commissioning &date:"), self.commissioned_on)
        form.addRow(rate_label, rate)
        form.addRow(_tr("Nominal &power (kW):"), self.nominal_power_kw)
        form.addRow(_tr("Max. booking (h):"), self.max_booking_hours)
        form.addRow(_tr("Min. notice (h):"), self.min_notice_hours)
        for check in (self.bookable, self.requires_qualification, self.is_measuring_instrument):
            form.addRow("", check)
        form.addRow(_tr("No&tes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)

        # field label (as the service names it) -> widget, to mark the wrong one
        self._widgets: dict[str, QWidget] = {
            self._label("asset_tag"): self.asset_tag,
            self._label("name"): self.name,
            self._label("category"): self.category,
            self._label("location"): self.location,
            self._label("manufacturer"): self.manufacturer,
            self._label("model"): self.model,
            self._label("serial_number"): self.serial_number,
            self._label("firmware_version"): self.firmware_version,
            self._label("commissioned_on"): self.commissioned_on,
            self._label("hourly_rate"): self.hourly_rate,
            self._label("currency"): self.currency,
            self._label("nominal_power_kw"): self.nominal_power_kw,
            self._label("max_booking_hours"): self.max_booking_hours,
            self._label("min_notice_hours"): self.min_notice_hours,
        }
        for widget in self._widgets.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.on_input_changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.on_input_changed)
        for check in (self.bookable, self.requires_qualification, self.is_measuring_instrument):
            check.toggled.connect(self.on_input_changed)
        self.notes.textChanged.connect(self.on_input_changed)

    @staticmethod
    def _label(name: str) -> str:
        return _(equipment_service.FIELD_LABELS[name])

    @staticmethod
    def _line(object_name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        edit.setPlaceholderText(placeholder)
        return edit

    # -- values ----------------------------------------------------------------------------

    def set_data(self, data: EquipmentData) -> None:
        self.asset_tag.setText(data.asset_tag)
        self.name.setText(data.name)
        self.category.setCurrentIndex(max(0, self.category.findData(data.category)))
        self.manufacturer.setText(data.manufacturer)
        self.model.setText(data.model)
        self.serial_number.setText(data.serial_number)
        self.firmware_version.setText(data.firmware_version)
        self.location.setText(data.location)
        self.commissioned_on.setText(
            data.commissioned_on.isoformat() if data.commissioned_on else ""
        )
        self.hourly_rate.setText("" if data.hourly_rate is None else str(data.hourly_rate))
        self.currency.setCurrentIndex(max(0, self.currency.findText(data.currency)))
        power = data.nominal_power_kw
        self.nominal_power_kw.setText("" if power is None else format(power.normalize(), "f"))
        self.bookable.setChecked(data.bookable)
        self.requires_qualification.setChecked(data.requires_qualification)
        self.is_measuring_instrument.setChecked(data.is_measuring_instrument)
        self.max_booking_hours.setText(
            "" if data.max_booking_hours is None else str(data.max_booking_hours)
        )
        self.min_notice_hours.setText(
            "" if data.min_notice_hours is None else str(data.min_notice_hours)
        )
        self.notes.setPlainText(data.notes)
        self.show_problems({})

    def problems(self) -> dict[str, str]:
        """What is wrong, by field label, without asking the database."""
        problems: dict[str, str] = {}
        tag = equipment_service.normalize_tag(self.asset_tag.text())
        if not tag:
            problems[self._label("asset_tag")] = _tr("required")
        elif not ASSET_TAG_PATTERN.match(tag):
            problems[self._label("asset_tag")] = _tr(
                "letters, digits and . _ / - only, at most 32 characters (e.g. ITC-0042)"
            )
        if not self.name.text().strip():
            problems[self._label("name")] = _tr("required")
        parsers = (
            ("commissioned_on", self.commissioned_on, _parse_date),
            ("hourly_rate", self.hourly_rate, parse_decimal),
            ("nominal_power_kw", self.nominal_power_kw, parse_decimal),
            ("max_booking_hours", self.max_booking_hours, lambda t: _parse_int(t, 1)),
            ("min_notice_hours", self.min_notice_hours, lambda t: _parse_int(t, 0)),
        )
        for name, edit, parse in parsers:
            try:
                value = parse(edit.text())
            except ValueError as error:
                problems[self._label(name)] = str(error)
                continue
            if name == "commissioned_on" and value is not None and value > date.today():
                problems[self._label(name)] = _tr("cannot be in the future")
        return problems

    def data(self) -> EquipmentData:
        """The form's values; call when problems() is empty (raises ValueError otherwise)."""
        problems = self.problems()
        if problems:
            raise ValueError(problems)
        return EquipmentData(
            asset_tag=equipment_service.normalize_tag(self.asset_tag.text()),
            name=self.name.text().strip(),
            category=self.category.currentData(),
            manufacturer=self.manufacturer.text().strip(),
            model=self.model.text().strip(),
            serial_number=self.serial_number.text().strip(),
            firmware_version=self.firmware_version.text().strip(),
            location=self.location.text().strip(),
            commissioned_on=_parse_date(self.commissioned_on.text()),
            hourly_rate=parse_decimal(self.hourly_rate.text()),
            currency=self.currency.currentText(),
            nominal_power_kw=parse_decimal(self.nominal_power_kw.text()),
            bookable=self.bookable.isChecked(),
            requires_qualification=self.requires_qualification.isChecked(),
            is_measuring_instrument=self.is_measuring_instrument.isChecked(),
            notes=self.notes.toPlainText().strip(),
            max_booking_hours=_parse_int(self.max_booking_hours.text(), 1),
            min_notice_hours=_parse_int(self.min_notice_hours.text(), 0),
        )

    def show_problems(self, problems: dict[str, str], text: str | None = None) -> None:
        """Marks the named fields red and lists the problems under the form."""
        for label, widget in self._widgets.items():
            widget.setStyleSheet(_ERROR_STYLE if label in problems else "")
        if text is None:
            text = "\n".join(f"{label}: {message}" for label, message in problems.items())
        if text:
            self.message.show_problem(text)
        else:
            self.message.clear_message()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self._widgets.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        for check in (self.bookable, self.requires_qualification, self.is_measuring_instrument):
            check.setEnabled(not read_only)
        self.notes.setReadOnly(read_only)

    @Slot()
    def on_input_changed(self) -> None:
        self.show_problems(self.problems())
        self.input_changed.emit()


def _save_failed(form: EquipmentForm, error: DomainError) -> None:
    errors = getattr(error, "errors", None)
    form.show_problems(dict(errors) if errors else {}, error_text(error))


class OverviewTab(QWidget):
    """The form of the selected equipment; managers save, everyone else reads."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id: int | None = None
        self.detail: EquipmentDetail | None = None
        self.may_edit = can(context.actor, Permission.MANAGE_EQUIPMENT)
        self.form = EquipmentForm()
        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.setObjectName("saveEquipment")
        self.revert_button = QPushButton(_tr("Re&vert"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.form.set_read_only(not self.may_edit)
        self.save_button.setVisible(self.may_edit)
        self.revert_button.setVisible(self.may_edit)
        self.save_button.clicked.connect(self.on_save)
        self.revert_button.clicked.connect(self.on_revert)
        self.form.input_changed.connect(self.update_buttons)
        self.set_equipment(None)

    def set_equipment(self, equipment_id: int | None) -> None:
        self.equipment_id = equipment_id
        self.detail = None
        if equipment_id is not None:
            with self.context.db.reader() as session:
                self.detail = equipment_service.get_equipment(
                    session, self.context.actor, equipment_id
                )
        self.setEnabled(self.detail is not None)
        self.form.set_data(self.detail.data if self.detail else EquipmentData("", "", "other"))
        self.update_buttons()

    def is_dirty(self) -> bool:
        if self.detail is None:
            return False
        try:
            return self.form.data() != self.detail.data
        except ValueError:
            return True

    @Slot()
    def update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(self.may_edit and dirty and not self.form.problems())
        self.revert_button.setEnabled(self.may_edit and dirty)

    @Slot()
    def on_revert(self) -> None:
        self.set_equipment(self.equipment_id)

    @Slot()
    def on_save(self) -> None:
        if self.detail is None or self.form.problems():
            return
        data = self.form.data()
        try:
            with self.context.db.transaction(self.context.actor) as session:
                equipment_service.update_equipment(
                    session, self.context.actor, self.detail.id, data, self.detail.version
                )
        except DomainError as error:
            _save_failed(self.form, error)
            return
        self.set_equipment(self.detail.id)
        self.form.message.show_success(_tr("Saved."))
        self.changed.emit()


class NewEquipmentDialog(QDialog):
    """The same form for a new record; `created_id` after accept."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.created_id: int | None = None
        self.setWindowTitle(_tr("New equipment"))
        self.setMinimumWidth(760)
        self.form = EquipmentForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("Create"))
        self.buttons.accepted.connect(self.on_create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        with context.db.reader() as session:
            currency = settings_service.get_center(session).default_currency
        self.form.currency.setCurrentIndex(max(0, self.form.currency.findText(currency)))
        self.form.input_changed.connect(self.on_input_changed)
        self.ok_button.setEnabled(False)
        self.form.asset_tag.setFocus()

    @Slot()
    def on_input_changed(self) -> None:
        self.ok_button.setEnabled(not self.form.problems())

    @Slot()
    def on_create(self) -> None:
        problems = self.form.problems()
        if problems:
            self.form.show_problems(problems)
            return
        try:
            with self.context.db.transaction(self.context.actor) as session:
                self.created_id = equipment_service.create_equipment(
                    session, self.context.actor, self.form.data()
                )
        except DomainError as error:
            _save_failed(self.form, error)
            return
        self.accept()
