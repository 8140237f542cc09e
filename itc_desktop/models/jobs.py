"""SME jobs: the request, its plan (steps), the items received, costs and status history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from itc_desktop.models.base import Base, utcnow
from itc_desktop.models.companies import CURRENCY_VALUES


class JobStatus(StrEnum):
    RECEIVED = "received"
    QUOTED = "quoted"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    TESTING = "testing"
    COMPLETED = "completed"
    DELIVERED = "delivered"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class StepStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Disposition(StrEnum):
    """What became of a received item (ISO/IEC 17025 §7.4)."""

    STORED = "stored"
    RETURNED = "returned"
    DISPOSED = "disposed"


JOB_STATUS_VALUES = tuple(s.value for s in JobStatus)
PRIORITY_VALUES = tuple(p.value for p in Priority)
STEP_STATUS_VALUES = tuple(s.value for s in StepStatus)
DISPOSITION_VALUES = tuple(d.value for d in Disposition)
# Finished for good: no transition leaves these.
CLOSED_STATUS_VALUES = (JobStatus.DELIVERED.value, JobStatus.CANCELLED.value)
# States a job on hold may return to (every open state except on_hold itself).
RESUMABLE_VALUES = tuple(
    s.value
    for s in (
        JobStatus.RECEIVED,
        JobStatus.QUOTED,
        JobStatus.APPROVED,
        JobStatus.IN_PROGRESS,
        JobStatus.TESTING,
        JobStatus.COMPLETED,
    )
)


class JobCounter(Base):
    """The last reference number given out per year: incremented inside the transaction
    that creates the job, so numbers are gap-free and two stations never collide."""

    __tablename__ = "job_counters"
    __audit__ = False

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(default=0)


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (
        CheckConstraint(f"status IN {JOB_STATUS_VALUES!r}", name="status_valid"),
        CheckConstraint(
            f"status_before_hold IS NULL OR status_before_hold IN {RESUMABLE_VALUES!r}",
            name="status_before_hold_valid",
        ),
        CheckConstraint(
            "(status = 'on_hold') = (status_before_hold IS NOT NULL)", name="hold_consistent"
        ),
        CheckConstraint(f"priority IN {PRIORITY_VALUES!r}", name="priority_valid"),
        CheckConstraint(f"currency IN {CURRENCY_VALUES!r}", name="currency_valid"),
        CheckConstraint("quantity >= 1", name="quantity_positive"),
        CheckConstraint("quoted_price IS NULL OR quoted_price >= 0", name="quote_not_negative"),
        Index("ix_jobs_status_due", "status", "due_date"),
    )
    __audit_redact__ = frozenset({"access_code_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    material: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(default=1)
    requested_on: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[str] = mapped_column(String(8), default=Priority.NORMAL.value)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    quoted_price: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    customer_order_number: Mapped[str] = mapped_column(String(64), default="")
    # Reference, title, material and order number in lower case without accents or
    # Cyrillic (services.companies.search_key): what the jobs search compares with.
    search_text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.RECEIVED.value)
    status_before_hold: Mapped[str | None] = mapped_column(String(16))
    access_code_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Optimistic locking: every UPDATE checks and bumps it (SQLAlchemy version_id_col).
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class JobEvent(Base):
    """One status change of a job: the timeline, and what the SME sees at the kiosk."""

    __tablename__ = "job_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    internal_note: Mapped[str] = mapped_column(Text, default="")
    public_note: Mapped[str | None] = mapped_column(Text)


class JobStep(Base):
    """One planned operation of a job (machining, heat treatment, a test)."""

    __tablename__ = "job_steps"
    __table_args__ = (
        UniqueConstraint("job_id", "sequence"),
        CheckConstraint(f"status IN {STEP_STATUS_VALUES!r}", name="status_valid"),
        CheckConstraint("planned_hours >= 0", name="planned_hours_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    sequence: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id"), index=True)
    planned_hours: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(16), default=StepStatus.PLANNED.value)


class Specimen(Base):
    """An item received for a job, with its ID unique within the job (ISO/IEC 17025 §7.4)."""

    __tablename__ = "specimens"
    __table_args__ = (
        UniqueConstraint("job_id", "code"),
        CheckConstraint(
            f"disposition IS NULL OR disposition IN {DISPOSITION_VALUES!r}",
            name="disposition_valid",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    material: Mapped[str] = mapped_column(String(200), default="")
    condition_on_receipt: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date] = mapped_column(Date)
    storage_location: Mapped[str] = mapped_column(String(200), default="")
    disposition: Mapped[str | None] = mapped_column(String(16))
    disposition_on: Mapped[date | None] = mapped_column(Date)


class JobMaterialCost(Base):
    """Material bought or used for a job, optionally against one step."""

    __tablename__ = "job_material_costs"
    __table_args__ = (
        CheckConstraint(f"currency IN {CURRENCY_VALUES!r}", name="currency_valid"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_cost >= 0", name="unit_cost_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("job_steps.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    unit: Mapped[str] = mapped_column(String(16), default="pcs")
    unit_cost: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
