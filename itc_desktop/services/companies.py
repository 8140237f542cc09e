"""Companies (the SMEs) and their contact people: create, edit, search.

Everyone signed in may read (VIEW_JOBS); managers and admins edit (MANAGE_COMPANIES)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.companies import (
    COUNTRY_VALUES,
    CURRENCY_VALUES,
    Company,
    Contact,
    Country,
    Currency,
)
from itc_desktop.models.jobs import CLOSED_STATUS_VALUES, Job
from itc_desktop.services.errors import Conflict, NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.taxnumbers import TaxNumberError, normalize_tax_number
from itc_desktop.services.text_rules import check_texts

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()/.\-]{5,30}$")

# Serbian Cyrillic to Latin (Vuk Karadžić's alphabet and Gaj's Latin), so a search typed in
# either script finds names written in the other.
_CYRILLIC = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "đ",
            "e",
            "ž",
            "z",
            "i",
            "j",
            "k",
            "l",
            "lj",
            "m",
            "n",
            "nj",
            "o",
            "p",
            "r",
            "s",
            "t",
            "ć",
            "u",
            "f",
            "h",
            "c",
            "č",
            "dž",
            "š",
        ],
        strict=True,
    )
)


def search_key(text: str) -> str:
    """Lower case, Cyrillic transliterated, accents dropped: `Ђорђевић` -> `djordjevic`,
    `Szőke` -> `szoke`."""
    lowered = "".join(_CYRILLIC.get(ch, ch) for ch in text.casefold())
    lowered = lowered.replace("đ", "dj")
    decomposed = unicodedata.normalize("NFKD", lowered)
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


@dataclass
class CompanyInput:
    """What a user fills in for a company; the service normalises and checks it."""

    name: str
    country: str = Country.HUNGARY.value
    tax_number: str = ""
    registration_number: str = ""
    address: str = ""
    default_currency: str = Currency.EUR.value
    nda_signed: bool = False
    nda_date: date | None = None
    notes: str = ""
    active: bool = True


@dataclass
class ContactInput:
    name: str
    email: str = ""
    phone: str = ""
    role: str = ""


@dataclass(frozen=True)
class ContactView:
    id: int
    company_id: int
    name: str
    email: str | None
    phone: str | None
    role: str | None
    active: bool


@dataclass(frozen=True)
class CompanyView:
    id: int
    name: str
    country: str
    tax_number: str | None
    registration_number: str | None
    address: str
    default_currency: str
    nda_signed: bool
    nda_date: date | None
    notes: str
    active: bool
    contacts: tuple[ContactView, ...] = field(default=())
    job_count: int = 0
    open_job_count: int = 0


def _contact_view(contact: Contact) -> ContactView:
    return ContactView(
        id=contact.id,
        company_id=contact.company_id,
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
        role=contact.role,
        active=contact.active,
    )


def _company_view(
    company: Company,
    contacts: tuple[ContactView, ...] = (),
    job_count: int = 0,
    open_job_count: int = 0,
) -> CompanyView:
    return CompanyView(
        id=company.id,
        name=company.name,
        country=company.country,
        tax_number=company.tax_number,
        registration_number=company.registration_number,
        address=company.address,
        default_currency=company.default_currency,
        nda_signed=company.nda_signed,
        nda_date=company.nda_date,
        notes=company.notes,
        active=company.active,
        contacts=contacts,
        job_count=job_count,
        open_job_count=open_job_count,
    )


def _checked(session: Session, data: CompanyInput, company_id: int | None) -> dict[str, object]:
    """The column values for `data`, or ValidationError naming every wrong field."""
    errors: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        errors[_("Name")] = _("required")
    elif len(name) > 200:
        errors[_("Name")] = _("at most {n} characters", n=200)
    if data.country not in COUNTRY_VALUES:
        errors[_("Country")] = _("one of {list}", list=", ".join(COUNTRY_VALUES))
    if data.default_currency not in CURRENCY_VALUES:
        errors[_("Default currency")] = _("one of {list}", list=", ".join(CURRENCY_VALUES))
    tax_number: str | None = None
    if data.tax_number.strip():
        try:
            tax_number = normalize_tax_number(data.country, data.tax_number)
        except TaxNumberError as error:
            errors.update(error.errors)
    elif data.country in (Country.HUNGARY.value, Country.SERBIA.value):
        errors[_("Tax number")] = _("required for a company in Hungary or Serbia")
    if data.nda_signed and data.nda_date is None:
        errors[_("NDA date")] = _("required when an NDA is signed")
    if data.nda_date is not None and not data.nda_signed:
        errors[_("NDA date")] = _("only with a signed NDA")
    check_texts(
        errors,
        {
            _("Name"): name,
            _("Registration number"): data.registration_number,
            _("Address"): data.address,
            _("Notes"): data.notes,
        },
    )
    if errors:
        raise ValidationError(errors)
    if tax_number:
        clash = session.scalar(
            select(Company).where(Company.tax_number == tax_number, Company.id != company_id)
        )
        if clash is not None:
            raise Conflict(
                _(
                    "The tax number {tax} already belongs to {company}.",
                    tax=tax_number,
                    company=clash.name,
                )
            )
    return {
        "name": name,
        "search_key": search_key(name),
        "country": data.country,
        "tax_number": tax_number,
        "registration_number": data.registration_number.strip() or None,
        "address": data.address.strip(),
        "default_currency": data.default_currency,
        "nda_signed": data.nda_signed,
        "nda_date": data.nda_date,
        "notes": data.notes.strip(),
        "active": data.active,
    }


def create_company(session: Session, actor: Actor | None, data: CompanyInput) -> int:
    """Returns the new company's id. Nothing is saved when a field is wrong."""
    require(actor, Permission.MANAGE_COMPANIES)
    company = Company(**_checked(session, data, None))
    session.add(company)
    session.flush()
    return company.id


def _get(session: Session, company_id: int) -> Company:
    company = session.get(Company, company_id)
    if company is None:
        raise NotFound(_("No company with id {id}.", id=company_id))
    return company


def update_company(
    session: Session, actor: Actor | None, company_id: int, data: CompanyInput
) -> None:
    require(actor, Permission.MANAGE_COMPANIES)
    company = _get(session, company_id)
    for key, value in _checked(session, data, company_id).items():
        if getattr(company, key) != value:
            setattr(company, key, value)


def company_input(view: CompanyView) -> CompanyInput:
    """A form's starting values for editing a company."""
    return CompanyInput(
        name=view.name,
        country=view.country,
        tax_number=view.tax_number or "",
        registration_number=view.registration_number or "",
        address=view.address,
        default_currency=view.default_currency,
        nda_signed=view.nda_signed,
        nda_date=view.nda_date,
        notes=view.notes,
        active=view.active,
    )


def get_company(session: Session, actor: Actor | None, company_id: int) -> CompanyView:
    """The company with its contacts (active first) and how many jobs it has."""
    require(actor, Permission.VIEW_JOBS)
    company = _get(session, company_id)
    contacts = tuple(
        _contact_view(c)
        for c in session.scalars(
            select(Contact)
            .where(Contact.company_id == company_id)
            .order_by(Contact.active.desc(), Contact.name)
        )
    )
    jobs = session.scalar(select(func.count()).where(Job.company_id == company_id)) or 0
    open_jobs = (
        session.scalar(
            select(func.count()).where(
                Job.company_id == company_id,
                Job.status.not_in(CLOSED_STATUS_VALUES),
            )
        )
        or 0
    )
    return _company_view(company, contacts, jobs, open_jobs)


def list_companies(
    session: Session,
    actor: Actor | None,
    search: str = "",
    *,
    country: str | None = None,
    include_inactive: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[CompanyView]:
    """Companies by name. `search` matches the name without regard to case, accents or
    script (Latin/Cyrillic), or the tax number's digits."""
    require(actor, Permission.VIEW_JOBS)
    query = select(Company)
    words = search_key(search).split()
    for word in words:
        condition = Company.search_key.contains(word, autoescape=True)
        digits = re.sub(r"\D", "", word)
        if digits and len(digits) >= 3:
            condition = or_(
                condition,
                func.replace(Company.tax_number, "-", "").contains(digits, autoescape=True),
            )
        query = query.where(condition)
    if country is not None:
        query = query.where(Company.country == country)
    if not include_inactive:
        query = query.where(Company.active.is_(True))
    query = query.order_by(Company.search_key, Company.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_company_view(c) for c in session.scalars(query)]


def _checked_contact(data: ContactInput) -> dict[str, str | None]:
    errors: dict[str, str] = {}
    name = " ".join(data.name.split())
    email = data.email.strip()
    phone = data.phone.strip()
    if not name:
        errors[_("Name")] = _("required")
    if email and not EMAIL_PATTERN.match(email):
        errors[_("E-mail")] = _("not an e-mail address: {text}", text=email)
    if phone and not PHONE_PATTERN.match(phone):
        errors[_("Phone")] = _("digits, spaces, +, /, (, ), - only: {text}", text=phone)
    check_texts(errors, {_("Name"): name, _("E-mail"): email, _("Role"): data.role})
    if errors:
        raise ValidationError(errors)
    return {
        "name": name,
        "email": email or None,
        "phone": phone or None,
        "role": data.role.strip() or None,
    }


def add_contact(session: Session, actor: Actor | None, company_id: int, data: ContactInput) -> int:
    require(actor, Permission.MANAGE_COMPANIES)
    _get(session, company_id)
    contact = Contact(company_id=company_id, **_checked_contact(data))
    session.add(contact)
    session.flush()
    return contact.id


def _get_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(_("No contact with id {id}.", id=contact_id))
    return contact


def update_contact(
    session: Session,
    actor: Actor | None,
    contact_id: int,
    data: ContactInput,
    *,
    active: bool | None = None,
) -> None:
    require(actor, Permission.MANAGE_COMPANIES)
    contact = _get_contact(session, contact_id)
    for key, value in _checked_contact(data).items():
        if getattr(contact, key) != value:
            setattr(contact, key, value)
    if active is not None and contact.active != active:
        contact.active = active


def remove_contact(session: Session, actor: Actor | None, contact_id: int) -> bool:
    """Deletes the contact; one named on a job is deactivated instead, so the job keeps its
    link. Returns True when deleted, False when deactivated."""
    require(actor, Permission.MANAGE_COMPANIES)
    contact = _get_contact(session, contact_id)
    used = session.scalar(select(Job.id).where(Job.contact_id == contact_id).limit(1))
    if used is not None:
        contact.active = False
        return False
    session.delete(contact)
    session.flush()
    return True


def list_contacts(
    session: Session, actor: Actor | None, company_id: int, *, include_inactive: bool = False
) -> list[ContactView]:
    require(actor, Permission.VIEW_JOBS)
    query = select(Contact).where(Contact.company_id == company_id)
    if not include_inactive:
        query = query.where(Contact.active.is_(True))
    return [_contact_view(c) for c in session.scalars(query.order_by(Contact.name))]
