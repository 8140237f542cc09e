"""SME jobs: creation with a gap-free reference, editing, the lazy list, the detail, the
dashboard lists and the kiosk access code.

Reading needs VIEW_JOBS (every role); creating and editing a job needs MANAGE_JOBS (managers,
admins). The status workflow is in job_workflow.py, steps in job_steps.py, items received in
specimens.py, costs in job_costs.py."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.companies import CURRENCY_VALUES, Company, Contact
from itc_desktop.models.jobs import (
    CLOSED_STATUS_VALUES,
    JOB_STATUS_VALUES,
    PRIORITY_VALUES,
    Job,
    JobCounter,
    JobEvent,
    JobStatus,
    Priority,
)
from itc_desktop.models.users import User
from itc_desktop.services.companies import search_key
from itc_desktop.services.errors import Conflict, NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.text_rules import check_texts
from itc_desktop.services.users import hash_password, password_matches, spend_a_check
from itc_desktop.services.versions import check_version as _check_version

REFERENCE_PREFIX = "ITC"
ACCESS_CODE_DIGITS = 6
_MONEY_STEP = Decimal("0.01")


def format_reference(year: int, number: int) -> str:
    return f"{REFERENCE_PREFIX}-{year:04d}-{number:04d}"


def next_reference(session: Session, year: int) -> str:
    """Takes the next number of `year` from the counter table in the caller's transaction.

    One statement increments and reads (INSERT .. ON CONFLICT DO UPDATE .. RETURNING), so on
    PostgreSQL the row lock serialises concurrent stations and on SQLite the unit of work
    already holds the write lock (BEGIN IMMEDIATE). A rolled-back job rolls its number back:
    references stay gap-free."""
    table = JobCounter.__table__
    dialect = session.connection().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(table)
        .values(year=year, last=1)
        .on_conflict_do_update(index_elements=[table.c.year], set_={"last": table.c.last + 1})
        .returning(table.c.last)
    )
    number = session.execute(statement).scalar_one()
    return format_reference(year, number)


def new_access_code() -> str:
    """Six random digits from the OS's cryptographic source: not sequential, not derived
    from the reference."""
    return f"{secrets.randbelow(10**ACCESS_CODE_DIGITS):0{ACCESS_CODE_DIGITS}d}"


@dataclass
class JobInput:
    """What a user fills in for a job. `currency` empty: the company's default currency;
    `requested_on` empty: today."""

    company_id: int
    title: str
    contact_id: int | None = None
    description: str = ""
    material: str = ""
    quantity: int = 1
    requested_on: date | None = None
    due_date: date | None = None
    priority: str = Priority.NORMAL.value
    technician_id: int | None = None
    quoted_price: Decimal | None = None
    currency: str = ""
    customer_order_number: str = ""


@dataclass(frozen=True)
class CreatedJob:
    """A new job; `access_code` is the only time the clear code exists (show it once)."""

    id: int
    reference: str
    access_code: str


@dataclass(frozen=True)
class JobRow:
    """One line of the jobs table."""

    id: int
    reference: str
    title: str
    company_id: int
    company_name: str
    status: str
    priority: str
    requested_on: date
    due_date: date | None
    technician_id: int | None
    technician_name: str | None
    quoted_price: Decimal | None
    currency: str
    overdue: bool


@dataclass(frozen=True)
class JobDetail:
    id: int
    reference: str
    company_id: int
    company_name: str
    contact_id: int | None
    contact_name: str | None
    title: str
    description: str
    material: str
    quantity: int
    requested_on: date
    due_date: date | None
    priority: str
    technician_id: int | None
    technician_name: str | None
    quoted_price: Decimal | None
    currency: str
    customer_order_number: str
    status: str
    status_before_hold: str | None
    has_access_code: bool
    created_at: datetime
    version: int
    overdue: bool

    def as_input(self) -> JobInput:
        """A form's starting values for editing this job."""
        return JobInput(
            company_id=self.company_id,
            title=self.title,
            contact_id=self.contact_id,
            description=self.description,
            material=self.material,
            quantity=self.quantity,
            requested_on=self.requested_on,
            due_date=self.due_date,
            priority=self.priority,
            technician_id=self.technician_id,
            quoted_price=self.quoted_price,
            currency=self.currency,
            customer_order_number=self.customer_order_number,
        )


@dataclass(frozen=True)
class JobFilter:
    """What the jobs table shows. Empty fields do not filter. `overdue`: due before today
    and not delivered or cancelled; `due_this_week`: open and due from today to Sunday
    (what is already late is overdue instead). `include_closed=False` hides delivered and
    cancelled jobs unless `statuses` names them."""

    statuses: frozenset[str] = frozenset()
    company_id: int | None = None
    technician_id: int | None = None
    overdue: bool = False
    due_this_week: bool = False
    search: str = ""
    include_closed: bool = True


def is_overdue(status: str, due_date: date | None, today: date | None = None) -> bool:
    today = today or date.today()
    return due_date is not None and due_date < today and status not in CLOSED_STATUS_VALUES


def week_of(today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def _money(value: Decimal | None, field: str, errors: dict[str, str]) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        errors[field] = _("not an amount: {value}", value=value)
        return None
    if not amount.is_finite() or amount < 0:
        errors[field] = _("must be zero or more")
        return None
    if amount != amount.quantize(_MONEY_STEP):
        errors[field] = _("at most two decimals")
        return None
    if amount >= Decimal("1e12"):
        errors[field] = _("too large")
        return None
    return amount.quantize(_MONEY_STEP)


def _checked(session: Session, data: JobInput, today: date) -> dict[str, object]:
    errors: dict[str, str] = {}
    company = session.get(Company, data.company_id)
    if company is None:
        errors[_("Company")] = _("no company with id {id}", id=data.company_id)
    title = " ".join(data.title.split())
    if not title:
        errors[_("Title")] = _("required")
    elif len(title) > 200:
        errors[_("Title")] = _("at most {n} characters", n=200)
    if data.contact_id is not None:
        contact = session.get(Contact, data.contact_id)
        if contact is None or contact.company_id != data.company_id:
            errors[_("Contact")] = _("not a contact of this company")
    if not isinstance(data.quantity, int) or data.quantity < 1:
        errors[_("Quantity")] = _("a whole number of at least 1")
    requested_on = data.requested_on or today
    if data.due_date is not None and data.due_date < requested_on:
        errors[_("Due date")] = _("before the request date {date}", date=requested_on)
    if data.priority not in PRIORITY_VALUES:
        errors[_("Priority")] = _("one of {list}", list=", ".join(PRIORITY_VALUES))
    if data.technician_id is not None:
        technician = session.get(User, data.technician_id)
        if technician is None or not technician.active:
            errors[_("Responsible technician")] = _("not an active user")
    quoted = _money(data.quoted_price, _("Quoted price"), errors)
    currency = data.currency or (company.default_currency if company is not None else "")
    if currency not in CURRENCY_VALUES:
        errors[_("Currency")] = _("one of {list}", list=", ".join(CURRENCY_VALUES))
    check_texts(
        errors,
        {
            _("Title"): title,
            _("Description"): data.description,
            _("Material"): data.material,
            _("Customer order number"): data.customer_order_number,
        },
    )
    if errors:
        raise ValidationError(errors)
    return {
        "company_id": data.company_id,
        "contact_id": data.contact_id,
        "title": title,
        "description": data.description.strip(),
        "material": " ".join(data.material.split()),
        "quantity": data.quantity,
        "requested_on": requested_on,
        "due_date": data.due_date,
        "priority": data.priority,
        "technician_id": data.technician_id,
        "quoted_price": quoted,
        "currency": currency,
        "customer_order_number": data.customer_order_number.strip(),
    }


def _search_text(reference: str, values: dict[str, object]) -> str:
    parts = [reference, values["title"], values["material"], values["customer_order_number"]]
    return search_key(" ".join(str(p) for p in parts))


def create_job(
    session: Session, actor: Actor | None, data: JobInput, *, today: date | None = None
) -> CreatedJob:
    """A new job in status `received` with its first timeline event and a fresh access
    code (returned in clear this once)."""
    actor = require(actor, Permission.MANAGE_JOBS)
    today = today or date.today()
    # Hash before the first query: on SQLite that query takes the write lock for the whole
    # unit of work, and argon2 is deliberately slow.
    code = new_access_code()
    code_hash = hash_password(code)
    values = _checked(session, data, today)
    company = session.get(Company, data.company_id)
    if company is not None and not company.active:
        raise ValidationError(
            _("{company} is deactivated", company=company.name), field=_("Company")
        )
    reference = next_reference(session, today.year)
    job = Job(
        reference=reference,
        search_text=_search_text(reference, values),
        status=JobStatus.RECEIVED.value,
        access_code_hash=code_hash,
        **values,
    )
    session.add(job)
    session.flush()
    session.add(
        JobEvent(
            job_id=job.id,
            user_id=actor.id or None,
            from_status=None,
            to_status=JobStatus.RECEIVED.value,
            internal_note=_("Job registered."),
        )
    )
    session.flush()
    return CreatedJob(id=job.id, reference=job.reference, access_code=code)


def get_job_row(session: Session, job_id: int) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(_("No job with id {id}.", id=job_id))
    return job


def check_version(job: Job, expected_version: int | None) -> None:
    """Optimistic locking: refuses when someone saved the job since the caller read it."""
    _check_version(job, expected_version, job.reference)


def refuse_if_closed(job: Job) -> None:
    if job.status in CLOSED_STATUS_VALUES:
        raise Conflict(
            _(
                "{reference} is {status}; it can no longer be changed.",
                reference=job.reference,
                status=job.status,
            )
        )


def update_job(
    session: Session,
    actor: Actor | None,
    job_id: int,
    data: JobInput,
    *,
    expected_version: int | None = None,
) -> None:
    """Edits the job's fields (not its status). Refused on delivered or cancelled jobs."""
    require(actor, Permission.MANAGE_JOBS)
    job = get_job_row(session, job_id)
    check_version(job, expected_version)
    refuse_if_closed(job)
    values = _checked(
        session, replace(data, requested_on=data.requested_on or job.requested_on), date.today()
    )
    values["search_text"] = _search_text(job.reference, values)
    for key, value in values.items():
        if getattr(job, key) != value:
            setattr(job, key, value)
    session.flush()


_Technician = aliased(User)


def _base_query() -> Select[tuple[Job, str, str | None]]:
    return (
        select(Job, Company.name, _Technician.full_name)
        .join(Company, Company.id == Job.company_id)
        .outerjoin(_Technician, _Technician.id == Job.technician_id)
    )


def _filtered(query: Select, flt: JobFilter, today: date) -> Select:  # type: ignore[type-arg]
    open_only = Job.status.not_in(CLOSED_STATUS_VALUES)
    if flt.statuses:
        unknown = set(flt.statuses) - set(JOB_STATUS_VALUES)
        if unknown:
            raise ValidationError(
                _("unknown status {status}", status=", ".join(sorted(unknown))),
                field=_("Status"),
            )
        query = query.where(Job.status.in_(sorted(flt.statuses)))
    elif not flt.include_closed:
        query = query.where(open_only)
    if flt.company_id is not None:
        query = query.where(Job.company_id == flt.company_id)
    if flt.technician_id is not None:
        query = query.where(Job.technician_id == flt.technician_id)
    if flt.overdue:
        query = query.where(open_only, Job.due_date < today)
    if flt.due_this_week:
        _monday, sunday = week_of(today)
        query = query.where(open_only, and_(Job.due_date >= today, Job.due_date <= sunday))
    for word in search_key(flt.search).split():
        query = query.where(
            or_(
                Job.search_text.contains(word, autoescape=True),
                Company.search_key.contains(word, autoescape=True),
            )
        )
    return query


def _row(job: Job, company_name: str, technician_name: str | None, today: date) -> JobRow:
    return JobRow(
        id=job.id,
        reference=job.reference,
        title=job.title,
        company_id=job.company_id,
        company_name=company_name,
        status=job.status,
        priority=job.priority,
        requested_on=job.requested_on,
        due_date=job.due_date,
        technician_id=job.technician_id,
        technician_name=technician_name,
        quoted_price=job.quoted_price,
        currency=job.currency,
        overdue=is_overdue(job.status, job.due_date, today),
    )


def list_jobs(
    session: Session,
    actor: Actor | None,
    flt: JobFilter | None = None,
    *,
    limit: int | None = 200,
    after: JobRow | None = None,
    order: str = "newest",
    today: date | None = None,
) -> list[JobRow]:
    """A page of the jobs table. `order`: "newest" (reference, newest first) or "due"
    (earliest due date first, jobs without one last; the id breaks ties). The next page
    starts after `after`, the last row shown (keyset paging: no OFFSET to read and skip)."""
    require(actor, Permission.VIEW_JOBS)
    today = today or date.today()
    query = _filtered(_base_query(), flt or JobFilter(), today)
    if order == "due":
        query = query.order_by(Job.due_date.is_(None), Job.due_date, Job.id)
        if after is not None and after.due_date is None:
            query = query.where(Job.due_date.is_(None), Job.id > after.id)
        elif after is not None:
            query = query.where(
                or_(
                    Job.due_date.is_(None),
                    Job.due_date > after.due_date,
                    and_(Job.due_date == after.due_date, Job.id > after.id),
                )
            )
    elif order == "newest":
        query = query.order_by(Job.id.desc())
        if after is not None:
            query = query.where(Job.id < after.id)
    else:
        raise ValidationError(_("unknown order {order}", order=order), field=_("Order"))
    if limit is not None:
        query = query.limit(limit)
    return [_row(job, company, tech, today) for job, company, tech in session.execute(query)]


def count_jobs(
    session: Session,
    actor: Actor | None,
    flt: JobFilter | None = None,
    *,
    today: date | None = None,
) -> int:
    require(actor, Permission.VIEW_JOBS)
    query = _filtered(
        select(func.count(Job.id)).join(Company, Company.id == Job.company_id),
        flt or JobFilter(),
        today or date.today(),
    )
    return session.scalar(query) or 0


def get_job(
    session: Session, actor: Actor | None, job_id: int, *, today: date | None = None
) -> JobDetail:
    require(actor, Permission.VIEW_JOBS)
    job = get_job_row(session, job_id)
    company = session.get(Company, job.company_id)
    contact = session.get(Contact, job.contact_id) if job.contact_id is not None else None
    technician = session.get(User, job.technician_id) if job.technician_id is not None else None
    return JobDetail(
        id=job.id,
        reference=job.reference,
        company_id=job.company_id,
        company_name=company.name if company is not None else "",
        contact_id=job.contact_id,
        contact_name=contact.name if contact is not None else None,
        title=job.title,
        description=job.description,
        material=job.material,
        quantity=job.quantity,
        requested_on=job.requested_on,
        due_date=job.due_date,
        priority=job.priority,
        technician_id=job.technician_id,
        technician_name=technician.full_name if technician is not None else None,
        quoted_price=job.quoted_price,
        currency=job.currency,
        customer_order_number=job.customer_order_number,
        status=job.status,
        status_before_hold=job.status_before_hold,
        has_access_code=job.access_code_hash is not None,
        created_at=job.created_at,
        version=job.version,
        overdue=is_overdue(job.status, job.due_date, today),
    )


@dataclass(frozen=True)
class PersonOption:
    """A user a job can be assigned to (the form's "responsible technician" list)."""

    id: int
    full_name: str
    role: str


def assignable_users(session: Session, actor: Actor | None) -> list[PersonOption]:
    """Active technicians and managers, technicians first, by name. Readable by everyone
    who sees jobs (the user admin list is admin-only)."""
    require(actor, Permission.VIEW_JOBS)
    rows = session.execute(
        select(User.id, User.full_name, User.role)
        .where(User.active.is_(True), User.role.in_(("technician", "manager")))
        .order_by(User.role.desc(), User.full_name)
    )
    return [PersonOption(id=i, full_name=name, role=role) for i, name, role in rows]


def find_job_id(session: Session, actor: Actor | None, reference: str) -> int | None:
    """The id of the job with this reference (case and spaces forgiven), or None."""
    require(actor, Permission.VIEW_JOBS)
    return session.scalar(select(Job.id).where(Job.reference == normalize_reference(reference)))


def normalize_reference(text: str) -> str:
    return "".join(text.split()).upper()


# Dashboard ------------------------------------------------------------------------------


def jobs_due_this_week(
    session: Session, actor: Actor | None, *, today: date | None = None
) -> list[JobRow]:
    return list_jobs(
        session, actor, JobFilter(due_this_week=True), limit=None, order="due", today=today
    )


def overdue_jobs(
    session: Session, actor: Actor | None, *, today: date | None = None
) -> list[JobRow]:
    return list_jobs(session, actor, JobFilter(overdue=True), limit=None, order="due", today=today)


def jobs_waiting_for_approval(
    session: Session, actor: Actor | None, *, today: date | None = None
) -> list[JobRow]:
    """Quoted jobs: the customer has the quote, a manager must record the approval."""
    return list_jobs(
        session,
        actor,
        JobFilter(statuses=frozenset({JobStatus.QUOTED.value})),
        limit=None,
        order="due",
        today=today,
    )


# Kiosk access code ----------------------------------------------------------------------


def regenerate_access_code(session: Session, actor: Actor | None, job_id: int) -> str:
    """A new random code for the job's kiosk page; the old one stops working. Returns the
    clear code, the only time it exists: only its argon2 hash is stored."""
    require(actor, Permission.MANAGE_JOBS)
    code = new_access_code()
    code_hash = hash_password(code)
    get_job_row(session, job_id).access_code_hash = code_hash
    session.flush()
    return code


def check_access_code(session: Session, reference: str, code: str) -> bool:
    """Whether `code` opens the job `reference` at the kiosk (no sign-in there). Unknown
    references cost the same time as a wrong code, so timing does not reveal which exist."""
    job = session.scalar(select(Job).where(Job.reference == normalize_reference(reference)))
    code = "".join(code.split())
    if job is None or job.access_code_hash is None:
        spend_a_check(code)
        return False
    if not (code.isdigit() and len(code) == ACCESS_CODE_DIGITS):
        spend_a_check(code)
        return False
    return password_matches(job.access_code_hash, code)
