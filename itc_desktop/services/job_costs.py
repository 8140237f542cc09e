"""What a job costs: machine time from the usage log × the equipment's hourly rate, plus the
materials recorded for it, per step and in total, compared with the quote, in the job's
currency.

Amounts in another currency are never added silently: the caller passes explicit rates
(`{"HUF": Decimal("0.0025")}` = 1 HUF is 0.0025 in the job's currency), otherwise
MixedCurrencies names the currencies that need one.

Whoever works on the job records materials (WORK_ON_JOBS); everyone may read costs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.companies import CURRENCY_VALUES
from itc_desktop.models.equipment import Equipment, UsageSession
from itc_desktop.models.jobs import JobMaterialCost, JobStep
from itc_desktop.models.users import User
from itc_desktop.services.errors import DomainError, NotFound, ValidationError
from itc_desktop.services.jobs import get_job_row, refuse_if_closed
from itc_desktop.services.permissions import Permission, require

CENT = Decimal("0.01")
_HOURS_STEP = Decimal("0.01")
_SECONDS_PER_HOUR = Decimal(3600)


class MixedCurrencies(DomainError):
    """Costs in a currency other than the job's, and no conversion rate given for it."""

    def __init__(self, job_currency: str, currencies: set[str]):
        self.job_currency = job_currency
        self.currencies = frozenset(currencies)
        super().__init__(
            _(
                "This job is priced in {currency}, but some costs are in {others}. Give a "
                "conversion rate for each ({others} → {currency}); amounts are never mixed "
                "without one.",
                currency=job_currency,
                others=", ".join(sorted(currencies)),
            )
        )


def to_cents(amount: Decimal) -> Decimal:
    """Money rounded the commercial way (half up), as on an invoice."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def session_hours(usage: UsageSession) -> Decimal | None:
    """Hours of a finished usage session; None while it is still running."""
    if usage.stopped_at is None:
        return None
    if usage.duration_hours is not None:
        # Set by the equipment service at stop and on a manager's correction.
        return Decimal(usage.duration_hours)
    seconds = Decimal(str((usage.stopped_at - usage.started_at).total_seconds()))
    return seconds / _SECONDS_PER_HOUR


@dataclass
class MaterialCostInput:
    description: str
    quantity: Decimal
    unit_cost: Decimal
    currency: str = ""  # empty: the job's currency
    unit: str = "pcs"
    step_id: int | None = None


@dataclass(frozen=True)
class MaterialCostView:
    id: int
    job_id: int
    step_id: int | None
    description: str
    quantity: Decimal
    unit: str
    unit_cost: Decimal
    currency: str
    amount: Decimal  # quantity × unit cost, in `currency`
    recorded_by: str | None


@dataclass(frozen=True)
class CostLine:
    """One step of the job (or, with step_id None, what is not assigned to a step)."""

    step_id: int | None
    sequence: int | None
    description: str
    planned_hours: Decimal
    actual_hours: Decimal
    machine_cost: Decimal
    material_cost: Decimal

    @property
    def total(self) -> Decimal:
        return self.machine_cost + self.material_cost


@dataclass(frozen=True)
class JobCosts:
    job_id: int
    currency: str
    lines: tuple[CostLine, ...]
    quoted_price: Decimal | None
    running_sessions: int  # still running: not counted yet
    unpriced_equipment: tuple[str, ...]  # used, but without an hourly rate: counted as 0
    rates_used: tuple[tuple[str, Decimal], ...]  # (currency, rate to the job's currency)

    @property
    def machine_total(self) -> Decimal:
        return sum((line.machine_cost for line in self.lines), Decimal("0.00"))

    @property
    def material_total(self) -> Decimal:
        return sum((line.material_cost for line in self.lines), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        return self.machine_total + self.material_total

    @property
    def actual_hours(self) -> Decimal:
        return sum((line.actual_hours for line in self.lines), Decimal("0.00"))

    @property
    def quote_difference(self) -> Decimal | None:
        """Quote minus cost: positive is margin, negative is a loss."""
        return None if self.quoted_price is None else self.quoted_price - self.total


def _decimal(value: object, field: str, errors: dict[str, str], *, positive: bool) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        errors[field] = _("not a number: {value}", value=value)
        return Decimal("0")
    if not number.is_finite() or number < 0 or (positive and number == 0):
        errors[field] = _("more than zero") if positive else _("zero or more")
    elif number >= Decimal("1e11"):
        errors[field] = _("too large")
    return number


def _checked_material(
    session: Session, job_id: int, job_currency: str, data: MaterialCostInput
) -> dict[str, object]:
    errors: dict[str, str] = {}
    description = " ".join(data.description.split())
    if not description:
        errors[_("Description")] = _("required")
    quantity = _decimal(data.quantity, _("Quantity"), errors, positive=True)
    unit_cost = _decimal(data.unit_cost, _("Unit cost"), errors, positive=False)
    if _("Quantity") not in errors and quantity != quantity.quantize(Decimal("0.001")):
        errors[_("Quantity")] = _("at most three decimals")
    if _("Unit cost") not in errors and unit_cost != unit_cost.quantize(CENT):
        errors[_("Unit cost")] = _("at most two decimals")
    currency = data.currency or job_currency
    if currency not in CURRENCY_VALUES:
        errors[_("Currency")] = _("one of {list}", list=", ".join(CURRENCY_VALUES))
    unit = data.unit.strip() or "pcs"
    if data.step_id is not None:
        step = session.get(JobStep, data.step_id)
        if step is None or step.job_id != job_id:
            errors[_("Step")] = _("not a step of this job")
    if errors:
        raise ValidationError(errors)
    return {
        "description": description,
        "quantity": quantity,
        "unit": unit[:16],
        "unit_cost": unit_cost.quantize(CENT),
        "currency": currency,
        "step_id": data.step_id,
    }


def add_material_cost(
    session: Session, actor: Actor | None, job_id: int, data: MaterialCostInput
) -> int:
    actor = require(actor, Permission.WORK_ON_JOBS)
    job = get_job_row(session, job_id)
    refuse_if_closed(job)
    row = JobMaterialCost(
        job_id=job_id,
        recorded_by_id=actor.id or None,
        **_checked_material(session, job_id, job.currency, data),
    )
    session.add(row)
    session.flush()
    return row.id


def _get_material(session: Session, cost_id: int) -> JobMaterialCost:
    row = session.get(JobMaterialCost, cost_id)
    if row is None:
        raise NotFound(_("No material cost with id {id}.", id=cost_id))
    return row


def update_material_cost(
    session: Session, actor: Actor | None, cost_id: int, data: MaterialCostInput
) -> None:
    require(actor, Permission.WORK_ON_JOBS)
    row = _get_material(session, cost_id)
    job = get_job_row(session, row.job_id)
    refuse_if_closed(job)
    for key, value in _checked_material(session, job.id, job.currency, data).items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    session.flush()


def remove_material_cost(session: Session, actor: Actor | None, cost_id: int) -> None:
    require(actor, Permission.WORK_ON_JOBS)
    row = _get_material(session, cost_id)
    refuse_if_closed(get_job_row(session, row.job_id))
    session.delete(row)
    session.flush()


def list_material_costs(
    session: Session, actor: Actor | None, job_id: int
) -> list[MaterialCostView]:
    require(actor, Permission.VIEW_JOBS)
    get_job_row(session, job_id)
    rows = session.execute(
        select(JobMaterialCost, User.full_name)
        .outerjoin(User, User.id == JobMaterialCost.recorded_by_id)
        .where(JobMaterialCost.job_id == job_id)
        .order_by(JobMaterialCost.recorded_at, JobMaterialCost.id)
    )
    return [
        MaterialCostView(
            id=row.id,
            job_id=row.job_id,
            step_id=row.step_id,
            description=row.description,
            quantity=row.quantity,
            unit=row.unit,
            unit_cost=row.unit_cost,
            currency=row.currency,
            amount=to_cents(row.quantity * row.unit_cost),
            recorded_by=name,
        )
        for row, name in rows
    ]


def _checked_rates(job_currency: str, rates: Mapping[str, Decimal] | None) -> dict[str, Decimal]:
    checked: dict[str, Decimal] = {job_currency: Decimal(1)}
    errors: dict[str, str] = {}
    for currency, rate in (rates or {}).items():
        field = _("Rate {currency} → {job}", currency=currency, job=job_currency)
        if currency not in CURRENCY_VALUES:
            errors[field] = _("unknown currency {currency}", currency=currency)
            continue
        if currency == job_currency:
            continue
        number = _decimal(rate, field, errors, positive=True)
        if field not in errors:
            checked[currency] = number
    if errors:
        raise ValidationError(errors)
    return checked


def job_costs(
    session: Session,
    actor: Actor | None,
    job_id: int,
    *,
    rates: Mapping[str, Decimal] | None = None,
) -> JobCosts:
    """Actual costs per step and in total, in the job's currency. Machine time counts the
    finished usage sessions linked to the job; a session on the job but on no step, and
    materials on no step, form the line with `step_id` None (listed last when non-zero)."""
    require(actor, Permission.VIEW_JOBS)
    job = get_job_row(session, job_id)
    currency = job.currency
    conversion = _checked_rates(currency, rates)
    usage_rows = list(
        session.execute(
            select(UsageSession, Equipment)
            .join(Equipment, Equipment.id == UsageSession.equipment_id)
            .where(UsageSession.job_id == job_id)
        )
    )
    materials = list(
        session.scalars(select(JobMaterialCost).where(JobMaterialCost.job_id == job_id))
    )
    running = sum(1 for usage, _equipment in usage_rows if usage.stopped_at is None)
    unpriced = sorted(
        {
            equipment.name
            for usage, equipment in usage_rows
            if usage.stopped_at is not None and equipment.hourly_rate is None
        }
    )
    needed = {
        equipment.currency
        for usage, equipment in usage_rows
        if usage.stopped_at is not None and equipment.hourly_rate is not None
    } | {row.currency for row in materials}
    missing = needed - set(conversion)
    if missing:
        raise MixedCurrencies(currency, missing)

    hours: dict[int | None, Decimal] = {}
    machine: dict[int | None, Decimal] = {}
    material: dict[int | None, Decimal] = {}
    for usage, equipment in usage_rows:
        spent = session_hours(usage)
        if spent is None:
            continue
        key = usage.job_step_id
        hours[key] = hours.get(key, Decimal(0)) + spent
        if equipment.hourly_rate is not None:
            cost = spent * equipment.hourly_rate * conversion[equipment.currency]
            machine[key] = machine.get(key, Decimal(0)) + cost
    for row in materials:
        cost = row.quantity * row.unit_cost * conversion[row.currency]
        material[row.step_id] = material.get(row.step_id, Decimal(0)) + cost

    steps = session.scalars(
        select(JobStep).where(JobStep.job_id == job_id).order_by(JobStep.sequence)
    )
    lines = [
        CostLine(
            step_id=step.id,
            sequence=step.sequence,
            description=step.description,
            planned_hours=step.planned_hours,
            actual_hours=hours.get(step.id, Decimal(0)).quantize(_HOURS_STEP),
            machine_cost=to_cents(machine.get(step.id, Decimal(0))),
            material_cost=to_cents(material.get(step.id, Decimal(0))),
        )
        for step in steps
    ]
    if None in hours or None in material:
        lines.append(
            CostLine(
                step_id=None,
                sequence=None,
                description=_("Not assigned to a step"),
                planned_hours=Decimal("0.00"),
                actual_hours=hours.get(None, Decimal(0)).quantize(_HOURS_STEP),
                machine_cost=to_cents(machine.get(None, Decimal(0))),
                material_cost=to_cents(material.get(None, Decimal(0))),
            )
        )
    return JobCosts(
        job_id=job_id,
        currency=currency,
        lines=tuple(lines),
        quoted_price=job.quoted_price,
        running_sessions=running,
        unpriced_equipment=tuple(unpriced),
        rates_used=tuple(
            sorted((c, r) for c, r in conversion.items() if c != currency and c in needed)
        ),
    )
