"""The job form (used by the Overview tab and the New job dialog), the status-change dialog
and the one-time display of a kiosk access code."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.drafts import DraftStore
from itc_desktop.models.companies import CURRENCY_VALUES
from itc_desktop.models.jobs import JobStatus, Priority
from itc_desktop.services import companies as company_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.errors import DomainError
from itc_desktop.services.job_workflow import status_label
from itc_desktop.services.jobs import CreatedJob, JobInput
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.forms import FormDraft, FormMessage
from itc_desktop.ui.models.jobs import priority_label
from itc_desktop.ui.pages.registry import PageContext

MAX_QUANTITY = 1_000_000


def parse_amount(text: str) -> tuple[Decimal | None, str]:
    """(amount, problem) from what was typed: "" is no amount; `1 250,5` and `1250.50` are
    read alike; the problem is empty when the amount is fine."""
    cleaned = "".join(text.split()).replace(",", ".")
    if not cleaned:
        return None, ""
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None, QCoreApplication.translate("JobForm", "not an amount")
    if not amount.is_finite():
        return None, QCoreApplication.translate("JobForm", "not an amount")
    if amount < 0:
        return None, QCoreApplication.translate("JobForm", "must be zero or more")
    if amount != amount.quantize(Decimal("0.01")):
        return None, QCoreApplication.translate("JobForm", "at most two decimals")
    return amount, ""


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose & shortcut focuses `widget` (QFormLayout only does this itself
    when the field is a widget, not a layout)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class JobForm(QWidget):
    """The fields of a job. `changed` whenever something was edited; `problems()` names the
    wrong fields; `job_input()` is what the service gets."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._currencies: dict[int, str] = {}
        self._keep_contact: tuple[int, str] | None = None

        self.company_combo = QComboBox()
        self.company_combo.setObjectName("jobCompany")
        self.contact_combo = QComboBox()
        self.contact_combo.setObjectName("jobContact")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("jobTitle")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("jobDescription")
        self.description_edit.setFixedHeight(70)
        self.material_edit = QLineEdit()
        self.material_edit.setPlaceholderText(self.tr("e.g. S355J2, AlSi10Mg"))
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, MAX_QUANTITY)
        self.requested_date = QDateEdit(QDate.currentDate())
        self.due_check = QCheckBox(self.tr("due"))
        self.due_date = QDateEdit(QDate.currentDate().addDays(14))
        for edit in (self.requested_date, self.due_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.due_date.setEnabled(False)
        self.priority_combo = QComboBox()
        for priority in Priority:
            self.priority_combo.addItem(priority_label(priority.value), priority.value)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData("normal"))
        self.technician_combo = QComboBox()
        self.technician_combo.setObjectName("jobTechnician")
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("quotedPrice")
        self.price_edit.setPlaceholderText(self.tr("not quoted yet"))
        self.currency_combo = QComboBox()
        for currency in CURRENCY_VALUES:
            self.currency_combo.addItem(currency, currency)
        self.order_edit = QLineEdit()

        dates = QHBoxLayout()
        dates.addWidget(self.requested_date)
        dates.addSpacing(12)
        dates.addWidget(self.due_check)
        dates.addWidget(self.due_date)
        dates.addStretch(1)
        price = QHBoxLayout()
        price.addWidget(self.price_edit, 1)
        price.addWidget(self.currency_combo)
        amount = QHBoxLayout()
        amount.addWidget(self.quantity_spin)
        amount.addSpacing(12)
        amount.addWidget(QLabel(self.tr("Priority:")))
        amount.addWidget(self.priority_combo)
        amount.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("C&ompany:"), self.company_combo)
        form.addRow(self.tr("Co&ntact:"), self.contact_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Material/grade:"), self.material_edit)
        form.addRow(_buddy(self.tr("&Quantity:"), self.quantity_spin), amount)
        form.addRow(_buddy(self.tr("Requested &on:"), self.requested_date), dates)
        form.addRow(self.tr("Responsible &technician:"), self.technician_combo)
        form.addRow(_buddy(self.tr("Quoted &price:"), self.price_edit), price)
        form.addRow(self.tr("Customer order &no.:"), self.order_edit)

        self._load_choices()
        self.company_combo.currentIndexChanged.connect(self.on_company_changed)
        self.due_check.toggled.connect(self.due_date.setEnabled)
        for signal in (
            self.title_edit.textChanged,
            self.material_edit.textChanged,
            self.price_edit.textChanged,
            self.order_edit.textChanged,
            self.description_edit.textChanged,
            self.quantity_spin.valueChanged,
            self.requested_date.dateChanged,
            self.due_date.dateChanged,
            self.due_check.toggled,
            self.priority_combo.currentIndexChanged,
            self.technician_combo.currentIndexChanged,
            self.currency_combo.currentIndexChanged,
            self.contact_combo.currentIndexChanged,
            self.company_combo.currentIndexChanged,
        ):
            signal.connect(self.on_edited)

    @Slot()
    def on_edited(self, *_args: object) -> None:
        self.changed.emit()

    def _load_choices(self, include_company: int | None = None) -> None:
        actor = self.context.actor
        with self.context.db.reader() as session:
            companies = company_service.list_companies(session, actor, include_inactive=True)
            people = job_service.assignable_users(session, actor)
        self.company_combo.blockSignals(True)
        self.company_combo.clear()
        self.company_combo.addItem(self.tr("— choose a company —"), None)
        for company in companies:
            if company.active or company.id == include_company:
                self.company_combo.addItem(company.name, company.id)
                self._currencies[company.id] = company.default_currency
        self.company_combo.blockSignals(False)
        self.technician_combo.clear()
        self.technician_combo.addItem(self.tr("— nobody yet —"), None)
        for person in people:
            self.technician_combo.addItem(person.full_name, person.id)

    def company_id(self) -> int | None:
        value = self.company_combo.currentData()
        return int(value) if value is not None else None

    @Slot()
    def on_company_changed(self) -> None:
        company_id = self.company_id()
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("— none —"), None)
        if company_id is None:
            return
        with self.context.db.reader() as session:
            contacts = company_service.list_contacts(session, self.context.actor, company_id)
        for contact in contacts:
            self.contact_combo.addItem(contact.name, contact.id)
        kept = self._keep_contact
        if kept is not None and self.contact_combo.findData(kept[0]) < 0:
            self.contact_combo.addItem(kept[1], kept[0])
        self.currency_combo.setCurrentIndex(
            self.currency_combo.findData(self._currencies.get(company_id, "EUR"))
        )

    def select_company(self, company_id: int) -> None:
        if self.company_combo.findData(company_id) < 0:
            self._load_choices(include_company=company_id)
        index = self.company_combo.findData(company_id)
        if index == self.company_combo.currentIndex():
            self.on_company_changed()  # the same company: its contacts are read again
        else:
            self.company_combo.setCurrentIndex(index)

    def set_values(self, data: JobInput, contact_name: str | None = None) -> None:
        """Fills the form from a job (editing)."""
        self._keep_contact = (
            (data.contact_id, contact_name or "") if data.contact_id is not None else None
        )
        self.select_company(data.company_id)
        self.contact_combo.setCurrentIndex(max(self.contact_combo.findData(data.contact_id), 0))
        self.title_edit.setText(data.title)
        self.description_edit.setPlainText(data.description)
        self.material_edit.setText(data.material)
        self.quantity_spin.setValue(data.quantity)
        if data.requested_on is not None:
            self.requested_date.setDate(QDate(data.requested_on))
        self.due_check.setChecked(data.due_date is not None)
        if data.due_date is not None:
            self.due_date.setDate(QDate(data.due_date))
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(data.priority))
        index = self.technician_combo.findData(data.technician_id)
        if index < 0 and data.technician_id is not None:
            self.technician_combo.addItem(self.tr("(inactive user)"), data.technician_id)
            index = self.technician_combo.count() - 1
        self.technician_combo.setCurrentIndex(max(index, 0))
        self.price_edit.setText("" if data.quoted_price is None else f"{data.quoted_price:.2f}")
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(data.currency))
        self.order_edit.setText(data.customer_order_number)

    def draft_fields(self) -> dict[str, QWidget]:
        """The fields an unsaved draft keeps; the company first (it loads its contacts and
        sets the currency)."""
        return {
            "company": self.company_combo,
            "contact": self.contact_combo,
            "title": self.title_edit,
            "description": self.description_edit,
            "material": self.material_edit,
            "quantity": self.quantity_spin,
            "requested_on": self.requested_date,
            "due": self.due_check,
            "due_date": self.due_date,
            "priority": self.priority_combo,
            "technician": self.technician_combo,
            "price": self.price_edit,
            "currency": self.currency_combo,
            "order": self.order_edit,
        }

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.company_combo,
            self.contact_combo,
            self.quantity_spin,
            self.requested_date,
            self.due_check,
            self.priority_combo,
            self.technician_combo,
            self.currency_combo,
        ):
            widget.setEnabled(not read_only)
        self.due_date.setEnabled(not read_only and self.due_check.isChecked())
        for edit in (self.title_edit, self.material_edit, self.price_edit, self.order_edit):
            edit.setReadOnly(read_only)
        self.description_edit.setReadOnly(read_only)

    def problems(self) -> list[str]:
        """What is wrong now, each line naming its field."""
        problems = []
        if self.company_id() is None:
            problems.append(self.tr("Company: choose one"))
        if not self.title_edit.text().strip():
            problems.append(self.tr("Title: required"))
        _amount, price_problem = parse_amount(self.price_edit.text())
        if price_problem:
            problems.append(self.tr("Quoted price: {problem}").format(problem=price_problem))
        if self.due_check.isChecked() and self.due_date.date() < self.requested_date.date():
            problems.append(self.tr("Due date: before the request date"))
        return problems

    def job_input(self) -> JobInput:
        amount, _problem = parse_amount(self.price_edit.text())
        contact = self.contact_combo.currentData()
        technician = self.technician_combo.currentData()
        due: date | None = self.due_date.date().toPython() if self.due_check.isChecked() else None
        return JobInput(
            company_id=self.company_id() or 0,
            title=self.title_edit.text(),
            contact_id=int(contact) if contact is not None else None,
            description=self.description_edit.toPlainText(),
            material=self.material_edit.text(),
            quantity=self.quantity_spin.value(),
            requested_on=self.requested_date.date().toPython(),
            due_date=due,
            priority=str(self.priority_combo.currentData()),
            technician_id=int(technician) if technician is not None else None,
            quoted_price=amount,
            currency=str(self.currency_combo.currentData()),
            customer_order_number=self.order_edit.text(),
        )


class NewJobDialog(QDialog):
    """Registers a job. The creation (argon2-hashing the kiosk code) runs in the background;
    afterwards `created` holds the reference and the clear access code."""

    def __init__(
        self, context: PageContext, company_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.created: CreatedJob | None = None
        self.setWindowTitle(self.tr("New job"))
        self.setMinimumWidth(560)
        self.form = JobForm(context)
        if company_id is not None:
            self.form.select_company(company_id)
        self.message = FormMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Register job"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self.on_changed)
        # A crash while registering a job loses nothing typed (#12).
        self.draft = FormDraft(
            self,
            DraftStore.for_user(context.db.location, context.actor.username),
            "job",
            "new",
            self.form.draft_fields,
        )
        self.draft.offer()
        self.draft.watch()
        self.on_changed()

    @Slot()
    def on_changed(self) -> None:
        problems = self.form.problems()
        self.save_button.setEnabled(not problems)
        if problems:
            self.message.show_problem("\n".join(problems))
        else:
            self.message.clear_message()

    @Slot()
    def save(self) -> None:
        data = self.form.job_input()
        db, actor = self.context.db, self.context.actor

        def create() -> CreatedJob:
            with db.transaction(actor) as session:
                return job_service.create_job(session, actor, data)

        self.save_button.setEnabled(False)
        self.context.runner.run(create, self.on_created, self.on_failed)

    @Slot(object)
    def on_created(self, created: CreatedJob) -> None:
        self.created = created
        self.accept()

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.on_changed()
        if isinstance(error, DomainError):
            show_domain_error(self, error)
        else:
            report_unexpected(error)


class TransitionDialog(QDialog):
    """Asks what to record with a status change: an internal note (the reason, required,
    when cancelling) and an optional public note the customer sees at the kiosk. With
    `drafts`, the notes are kept in a draft until the dialog ends (#12)."""

    def __init__(
        self,
        reference: str,
        from_status: str,
        to_status: str,
        parent: QWidget | None = None,
        *,
        drafts: DraftStore | None = None,
    ):
        super().__init__(parent)
        self.to_status = to_status
        self.cancelling = to_status == JobStatus.CANCELLED.value
        self.setWindowTitle(
            self.tr("{reference}: {from_} → {to}").format(
                reference=reference, from_=status_label(from_status), to=status_label(to_status)
            )
        )
        self.setMinimumWidth(460)
        self.internal_edit = QPlainTextEdit()
        self.internal_edit.setObjectName("internalNote")
        self.internal_edit.setFixedHeight(80)
        self.public_edit = QPlainTextEdit()
        self.public_edit.setObjectName("publicNote")
        self.public_edit.setFixedHeight(80)
        self.public_edit.setPlaceholderText(self.tr("optional — the customer sees this text"))
        internal_label = (
            self.tr("&Reason (required):") if self.cancelling else self.tr("&Internal note:")
        )
        form = QFormLayout()
        form.addRow(internal_label, self.internal_edit)
        form.addRow(self.tr("&Public note\n(kiosk):"), self.public_edit)
        self.message = FormMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change status"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.internal_edit.textChanged.connect(self.on_changed)
        if drafts is not None:
            self.draft = FormDraft(
                self,
                drafts,
                "job-status",
                f"{reference}-{to_status}",
                lambda: {"internal": self.internal_edit, "public": self.public_edit},
            )
            self.draft.offer()
            self.draft.watch()
        self.on_changed()

    @Slot()
    def on_changed(self) -> None:
        missing = self.cancelling and not self.internal_edit.toPlainText().strip()
        self.ok_button.setEnabled(not missing)
        if missing:
            self.message.show_problem(self.tr("Reason: required to cancel a job"))
        else:
            self.message.clear_message()

    def internal_note(self) -> str:
        return self.internal_edit.toPlainText()

    def public_note(self) -> str | None:
        return self.public_edit.toPlainText().strip() or None


class AccessCodeDialog(QDialog):
    """Shows a job's kiosk access code — the only time it can be seen."""

    def __init__(self, reference: str, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.reference = reference
        self.code = code
        self.setWindowTitle(self.tr("Kiosk access code of {reference}").format(reference=reference))
        intro = QLabel(
            self.tr("The customer opens {reference} at the kiosk with this code:").format(
                reference=reference
            )
        )
        intro.setWordWrap(True)
        self.code_label = QLabel(f"{code[:3]} {code[3:]}")
        self.code_label.setObjectName("accessCode")
        font = QFont(self.code_label.font())
        font.setPointSize(28)
        font.setBold(True)
        font.setFamily("monospace")
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel(
            self.tr(
                "⚠ This code is shown only this once. Only its hash is stored, so it cannot "
                "be looked up later: write it down or pass it to the customer now. A manager "
                "can generate a new code (the old one then stops working)."
            )
        )
        self.warning.setObjectName("accessCodeWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "color: #7a4a00; background: #fff4e0; border: 1px solid #e0b060; padding: 8px;"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have noted it"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
