"""Shared builders for the companies and jobs tests: a company, a job, equipment and usage."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import Equipment, UsageSession
from itc_desktop.services import companies as company_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.companies import CompanyInput
from itc_desktop.services.jobs import CreatedJob, JobInput

TODAY = date(2026, 11, 25)  # a Wednesday


def make_company(
    db: Database,
    actor: Actor,
    name: str = "Kőszegi Fémmegmunkáló Kft.",
    country: str = "HU",
    tax_number: str = "10773381-2-44",
    currency: str = "EUR",
) -> int:
    with db.transaction(actor) as session:
        return company_service.create_company(
            session,
            actor,
            CompanyInput(
                name=name, country=country, tax_number=tax_number, default_currency=currency
            ),
        )


def make_job(
    db: Database,
    actor: Actor,
    company_id: int,
    *,
    quoted_price: Decimal | None = Decimal("1200.00"),
    due_date: date | None = None,
    today: date = TODAY,
    **fields: object,
) -> CreatedJob:
    with db.transaction(actor) as session:
        return job_service.create_job(
            session,
            actor,
            JobInput(
                company_id=company_id,
                title=fields.pop("title", "Prototype flange, 5-axis milling"),  # type: ignore[arg-type]
                quoted_price=quoted_price,
                due_date=due_date,
                requested_on=today,
                **fields,  # type: ignore[arg-type]
            ),
            today=today,
        )


def make_equipment(
    db: Database,
    actor: Actor,
    tag: str,
    rate: Decimal | None = Decimal("60.00"),
    currency: str = "EUR",
) -> int:
    with db.transaction(actor) as session:
        equipment = Equipment(
            asset_tag=tag,
            name=f"Machine {tag}",
            category="machine_tool",
            hourly_rate=rate,
            currency=currency,
        )
        session.add(equipment)
        session.flush()
        return equipment.id


def log_usage(
    db: Database,
    actor: Actor,
    equipment_id: int,
    hours: float | None,
    *,
    job_id: int | None,
    step_id: int | None = None,
    start: datetime = datetime(2026, 11, 20, 8, 0, tzinfo=UTC),
) -> int:
    """A usage session of `hours` (None: still running) linked to the job/step."""
    with db.transaction(actor) as session:
        usage = UsageSession(
            equipment_id=equipment_id,
            operator_id=actor.id,
            started_at=start,
            stopped_at=None if hours is None else start + timedelta(hours=hours),
            job_id=job_id,
            job_step_id=step_id,
        )
        session.add(usage)
        session.flush()
        return usage.id
