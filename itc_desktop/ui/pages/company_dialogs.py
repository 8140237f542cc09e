"""The company form (tax number checked by the country's rule as you type) and the contact
form. Both save through services/companies.py, which checks everything again."""

from __future__ import annotations

from PySide6.QtCore import QDate, Slot
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
    QVBoxLayout,
    QWidget,
)

from itc_desktop.models.companies import CURRENCY_VALUES, Country
from itc_desktop.services import companies as company_service
from itc_desktop.services.companies import CompanyInput, ContactInput, ContactView
from itc_desktop.services.errors import DomainError
from itc_desktop.services.taxnumbers import TaxNumberError, normalize_tax_number
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.models.companies import country_label
from itc_desktop.ui.pages.registry import PageContext

GOOD = "color: #1b5e20;"
BAD = "color: #b00020;"


class CompanyDialog(QDialog):
    """New company (`company_id` None) or edit. After Save, `saved_id` is the company's id."""

    def __init__(
        self,
        context: PageContext,
        company_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.company_id = company_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New company") if company_id is None else self.tr("Company"))
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("companyName")
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("companyCountry")
        for country in Country:
            self.country_combo.addItem(country_label(country.value), country.value)
        self.tax_edit = QLineEdit()
        self.tax_edit.setObjectName("taxNumber")
        self.tax_status = QLabel()
        self.tax_status.setObjectName("taxNumberStatus")
        self.tax_status.setWordWrap(True)
        self.registration_edit = QLineEdit()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setFixedHeight(60)
        self.currency_combo = QComboBox()
        for currency in CURRENCY_VALUES:
            self.currency_combo.addItem(currency, currency)
        self.nda_check = QCheckBox(self.tr("NDA signed on"))
        self.nda_date = QDateEdit(QDate.currentDate())
        self.nda_date.setCalendarPopup(True)
        self.nda_date.setDisplayFormat("yyyy-MM-dd")
        self.nda_date.setEnabled(False)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self.active_check = QCheckBox(self.tr("Active (new jobs may be registered)"))
        self.active_check.setChecked(True)
        self.active_check.setVisible(company_id is not None)

        nda = QHBoxLayout()
        nda.addWidget(self.nda_check)
        nda.addWidget(self.nda_date)
        nda.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Country:"), self.country_combo)
        form.addRow(self.tr("&Tax number:"), self.tax_edit)
        form.addRow("", self.tax_status)
        form.addRow(self.tr("&Registration no.:"), self.registration_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("Default c&urrency:"), self.currency_combo)
        form.addRow(self.tr("Confidentiality:"), nda)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        form.addRow("", self.active_check)

        self.message = FormMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if company_id is not None:
            self._load(company_id)
        for edit in (self.name_edit, self.tax_edit):
            edit.textChanged.connect(self.on_changed)
        self.country_combo.currentIndexChanged.connect(self.on_changed)
        self.nda_check.toggled.connect(self.nda_date.setEnabled)
        self.on_changed()

    def _load(self, company_id: int) -> None:
        with self.context.db.reader() as session:
            view = company_service.get_company(session, self.context.actor, company_id)
        data = company_service.company_input(view)
        self.name_edit.setText(data.name)
        self.country_combo.setCurrentIndex(self.country_combo.findData(data.country))
        self.tax_edit.setText(data.tax_number)
        self.registration_edit.setText(data.registration_number)
        self.address_edit.setPlainText(data.address)
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(data.default_currency))
        self.nda_check.setChecked(data.nda_signed)
        self.nda_date.setEnabled(data.nda_signed)
        if data.nda_date is not None:
            self.nda_date.setDate(QDate(data.nda_date))
        self.notes_edit.setPlainText(data.notes)
        self.active_check.setChecked(data.active)

    def country(self) -> str:
        return str(self.country_combo.currentData())

    def problems(self) -> list[str]:
        """What is wrong now, each naming its field; also shows the tax number's state."""
        problems = []
        if not self.name_edit.text().strip():
            problems.append(self.tr("Name: required"))
        tax_problem, normalised = self.tax_number_state()
        if tax_problem:
            problems.append(self.tr("Tax number: {problem}").format(problem=tax_problem))
            self.tax_status.setStyleSheet(BAD)
            self.tax_status.setText(tax_problem)
        elif normalised and self.country() in (Country.HUNGARY.value, Country.SERBIA.value):
            self.tax_status.setStyleSheet(GOOD)
            self.tax_status.setText(self.tr("✓ valid, saved as {number}").format(number=normalised))
        else:
            self.tax_status.setStyleSheet("")
            self.tax_status.setText(self.tr("not checked for this country"))
        return problems

    def tax_number_state(self) -> tuple[str, str]:
        text = self.tax_edit.text()
        country = self.country()
        if not text.strip():
            if country in (Country.HUNGARY.value, Country.SERBIA.value):
                return (self.tr("required for a company in Hungary or Serbia"), "")
            return ("", "")
        try:
            return ("", normalize_tax_number(country, text))
        except TaxNumberError as error:
            return ("; ".join(error.errors.values()), "")

    @Slot()
    def on_changed(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        if problems:
            self.message.show_problem("\n".join(problems))
        else:
            self.message.clear_message()

    def company_input(self) -> CompanyInput:
        nda = self.nda_check.isChecked()
        return CompanyInput(
            name=self.name_edit.text(),
            country=self.country(),
            tax_number=self.tax_edit.text(),
            registration_number=self.registration_edit.text(),
            address=self.address_edit.toPlainText(),
            default_currency=str(self.currency_combo.currentData()),
            nda_signed=nda,
            nda_date=self.nda_date.date().toPython() if nda else None,
            notes=self.notes_edit.toPlainText(),
            active=self.active_check.isChecked(),
        )

    @Slot()
    def save(self) -> bool:
        """Saves through the service (which refuses a wrong tax number even when the button
        was somehow pressed); a refusal is shown and the dialog stays open."""
        data = self.company_input()
        try:
            with self.context.db.transaction(self.context.actor) as session:
                if self.company_id is None:
                    saved = company_service.create_company(session, self.context.actor, data)
                else:
                    company_service.update_company(
                        session, self.context.actor, self.company_id, data
                    )
                    saved = self.company_id
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self.saved_id = saved
        self.accept()
        return True


class ContactDialog(QDialog):
    """Add a contact to a company, or edit one (`contact` given)."""

    def __init__(
        self,
        context: PageContext,
        company_id: int,
        contact: ContactView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.company_id = company_id
        self.contact = contact
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New contact") if contact is None else self.tr("Contact"))
        self.setMinimumWidth(380)
        self.name_edit = QLineEdit(contact.name if contact else "")
        self.name_edit.setObjectName("contactName")
        self.role_edit = QLineEdit((contact.role or "") if contact else "")
        self.email_edit = QLineEdit((contact.email or "") if contact else "")
        self.phone_edit = QLineEdit((contact.phone or "") if contact else "")
        self.active_check = QCheckBox(self.tr("Active"))
        self.active_check.setChecked(contact.active if contact else True)
        self.active_check.setVisible(contact is not None)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow("", self.active_check)
        self.message = FormMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.name_edit, self.email_edit, self.phone_edit):
            edit.textChanged.connect(self.on_changed)
        self.on_changed()

    def problems(self) -> list[str]:
        problems = []
        if not self.name_edit.text().strip():
            problems.append(self.tr("Name: required"))
        email = self.email_edit.text().strip()
        if email and not company_service.EMAIL_PATTERN.match(email):
            problems.append(self.tr("E-mail: not an e-mail address"))
        phone = self.phone_edit.text().strip()
        if phone and not company_service.PHONE_PATTERN.match(phone):
            problems.append(self.tr("Phone: digits, spaces, +, /, (, ), - only"))
        return problems

    @Slot()
    def on_changed(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        if problems:
            self.message.show_problem("\n".join(problems))
        else:
            self.message.clear_message()

    def contact_input(self) -> ContactInput:
        return ContactInput(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            role=self.role_edit.text(),
        )

    @Slot()
    def save(self) -> bool:
        data = self.contact_input()
        actor = self.context.actor
        try:
            with self.context.db.transaction(actor) as session:
                if self.contact is None:
                    saved = company_service.add_contact(session, actor, self.company_id, data)
                else:
                    company_service.update_contact(
                        session,
                        actor,
                        self.contact.id,
                        data,
                        active=self.active_check.isChecked(),
                    )
                    saved = self.contact.id
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self.saved_id = saved
        self.accept()
        return True
