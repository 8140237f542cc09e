"""The lab's equipment (ISO/IEC 17025 §6.4.13): records, documents, calibrations and their
overrides, maintenance, operator qualifications, status history and the usage log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from itc_desktop.i18n import N_
from itc_desktop.models.base import Base, utcnow


class EquipmentCategory(StrEnum):
    MACHINE_TOOL = "machine_tool"
    TESTING_MACHINE = "testing_machine"
    MEASURING_INSTRUMENT = "measuring_instrument"
    FURNACE = "furnace"
    WELDING = "welding"
    ADDITIVE_MANUFACTURING = "additive_manufacturing"
    OTHER = "other"


CATEGORY_LABELS: dict[str, str] = {
    EquipmentCategory.MACHINE_TOOL: N_("Machine tool"),
    EquipmentCategory.TESTING_MACHINE: N_("Testing machine"),
    EquipmentCategory.MEASURING_INSTRUMENT: N_("Measuring instrument"),
    EquipmentCategory.FURNACE: N_("Furnace"),
    EquipmentCategory.WELDING: N_("Welding"),
    EquipmentCategory.ADDITIVE_MANUFACTURING: N_("Additive manufacturing"),
    EquipmentCategory.OTHER: N_("Other"),
}


class EquipmentStatus(StrEnum):
    """The stored status. "In use" is not stored: it is derived from a running usage session."""

    AVAILABLE = "available"
    MAINTENANCE = "maintenance"
    OUT_OF_SERVICE = "out_of_service"
    RETIRED = "retired"


STATUS_LABELS: dict[str, str] = {
    EquipmentStatus.AVAILABLE: N_("Available"),
    EquipmentStatus.MAINTENANCE: N_("Maintenance"),
    EquipmentStatus.OUT_OF_SERVICE: N_("Out of service"),
    EquipmentStatus.RETIRED: N_("Retired"),
}
IN_USE = "in_use"  # the derived status shown in lists
IN_USE_LABEL = N_("In use")


class CalibrationResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    ADJUSTED = "adjusted"  # found out of tolerance, adjusted, then passed


class MaintenanceKind(StrEnum):
    PREVENTIVE = "preventive"
    CORRECTIVE = "corrective"
    INCIDENT = "incident"


EQUIPMENT_CURRENCIES = ("EUR", "HUF", "RSD")

CATEGORY_VALUES = tuple(c.value for c in EquipmentCategory)
STATUS_VALUES = tuple(s.value for s in EquipmentStatus)
RESULT_VALUES = tuple(r.value for r in CalibrationResult)
KIND_VALUES = tuple(k.value for k in MaintenanceKind)


class Equipment(Base):
    __tablename__ = "equipment"
    __table_args__ = (
        CheckConstraint("length(asset_tag) >= 1", name="asset_tag_present"),
        CheckConstraint("length(name) >= 1", name="name_present"),
        CheckConstraint(f"category IN {CATEGORY_VALUES!r}", name="category_valid"),
        CheckConstraint(f"status IN {STATUS_VALUES!r}", name="status_valid"),
        CheckConstraint(f"currency IN {EQUIPMENT_CURRENCIES!r}", name="currency_valid"),
        CheckConstraint("hourly_rate IS NULL OR hourly_rate >= 0", name="rate_not_negative"),
        CheckConstraint(
            "nominal_power_kw IS NULL OR nominal_power_kw >= 0", name="power_not_negative"
        ),
        CheckConstraint(
            "max_booking_hours IS NULL OR max_booking_hours > 0", name="max_booking_positive"
        ),
        CheckConstraint(
            "min_notice_hours IS NULL OR min_notice_hours >= 0", name="min_notice_not_negative"
        ),
        Index("ix_equipment_category_status", "category", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_tag: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32))
    manufacturer: Mapped[str] = mapped_column(String(200), default="")
    model: Mapped[str] = mapped_column(String(200), default="")
    serial_number: Mapped[str] = mapped_column(String(100), default="")
    firmware_version: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    commissioned_on: Mapped[date | None] = mapped_column(Date)
    hourly_rate: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    nominal_power_kw: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    bookable: Mapped[bool] = mapped_column(default=True)
    requires_qualification: Mapped[bool] = mapped_column(default=False)
    is_measuring_instrument: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16), default=EquipmentStatus.AVAILABLE.value)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Booking rules (the bookings issue reads them); NULL = no limit.
    max_booking_hours: Mapped[int | None] = mapped_column(Integer)
    min_notice_hours: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Optimistic locking: an update based on a stale copy fails instead of overwriting.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class EquipmentDocument(Base):
    """Manuals, certificates, drawings: the bytes live in the database so a backup has them."""

    __tablename__ = "equipment_documents"
    __table_args__ = (
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
        Index("ix_equipment_documents_equipment_id", "equipment_id"),
    )
    # The audit trail keeps name, size and hash; the content itself is not copied into it.
    __audit_redact__ = frozenset({"content"})

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(500), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    uploaded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Calibration(Base):
    __tablename__ = "calibrations"
    __table_args__ = (
        CheckConstraint("valid_until >= calibrated_on", name="valid_after_calibrated"),
        CheckConstraint(f"result IN {RESULT_VALUES!r}", name="result_valid"),
        Index("ix_calibrations_equipment_id_calibrated_on", "equipment_id", "calibrated_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    calibrated_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    provider: Mapped[str] = mapped_column(String(200))
    accredited: Mapped[bool] = mapped_column(default=False)
    certificate_number: Mapped[str] = mapped_column(String(100), default="")
    result: Mapped[str] = mapped_column(String(16))
    acceptance_criteria: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    certificate_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("equipment_documents.id", ondelete="SET NULL")
    )
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class CalibrationOverride(Base):
    """A manager's written permission to use an instrument that is out of calibration, for a
    date range or for one use. Usage sessions and test results point to the override they
    relied on, so reports can name it."""

    __tablename__ = "calibration_overrides"
    __table_args__ = (
        CheckConstraint("valid_until >= valid_from", name="range_ordered"),
        CheckConstraint("length(justification) >= 1", name="justification_present"),
        Index("ix_calibration_overrides_equipment_id", "equipment_id", "valid_from"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    justification: Mapped[str] = mapped_column(Text)
    granted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    single_use: Mapped[bool] = mapped_column(default=False)
    used_at: Mapped[datetime | None]  # set when a single-use override is spent
    revoked_at: Mapped[datetime | None]


class MaintenancePlan(Base):
    """Preventive maintenance every N days and/or every N operating hours."""

    __tablename__ = "maintenance_plans"
    __table_args__ = (
        CheckConstraint(
            "interval_days IS NOT NULL OR interval_hours IS NOT NULL", name="has_interval"
        ),
        CheckConstraint("interval_days IS NULL OR interval_days > 0", name="days_positive"),
        CheckConstraint("interval_hours IS NULL OR interval_hours > 0", name="hours_positive"),
        Index("ix_maintenance_plans_equipment_id", "equipment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    description: Mapped[str] = mapped_column(String(500))
    interval_days: Mapped[int | None] = mapped_column(Integer)
    interval_hours: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    # When it was last done; NULL = never since the plan was made (created_at counts then).
    last_done_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MaintenanceRecord(Base):
    """Preventive, corrective or incident work with its downtime (start to end)."""

    __tablename__ = "maintenance_records"
    __table_args__ = (
        CheckConstraint(f"kind IN {KIND_VALUES!r}", name="kind_valid"),
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="end_after_start"),
        CheckConstraint("NOT blocking OR kind = 'incident'", name="only_incidents_block"),
        CheckConstraint("cost IS NULL OR cost >= 0", name="cost_not_negative"),
        CheckConstraint(f"currency IN {EQUIPMENT_CURRENCIES!r}", name="currency_valid"),
        Index("ix_maintenance_records_equipment_id_started_at", "equipment_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("maintenance_plans.id"))
    kind: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    performed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    external_company: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text)
    cost: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    blocking: Mapped[bool] = mapped_column(default=False)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class EquipmentStatusChange(Base):
    """Why the stored status changed: out of service after an incident, back with a
    manager's note (ISO/IEC 17025 §6.4.9), retired, ..."""

    __tablename__ = "equipment_status_changes"
    __table_args__ = (
        CheckConstraint(f"from_status IN {STATUS_VALUES!r}", name="from_valid"),
        CheckConstraint(f"to_status IN {STATUS_VALUES!r}", name="to_valid"),
        Index("ix_equipment_status_changes_equipment_id", "equipment_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    maintenance_record_id: Mapped[int | None] = mapped_column(ForeignKey("maintenance_records.id"))


class Qualification(Base):
    """An operator may use a piece of equipment (ISO/IEC 17025 §6.2)."""

    __tablename__ = "qualifications"
    __table_args__ = (
        CheckConstraint(
            "valid_until IS NULL OR valid_until >= granted_on", name="valid_after_granted"
        ),
        # One current qualification per operator and equipment; revoked ones stay as history.
        Index(
            "uq_qualifications_current",
            "user_id",
            "equipment_id",
            unique=True,
            sqlite_where=text("revoked_at IS NULL"),
            postgresql_where=text("revoked_at IS NULL"),
        ),
        Index("ix_qualifications_equipment_id", "equipment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    granted_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    revoked_at: Mapped[datetime | None]
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoke_reason: Mapped[str] = mapped_column(Text, default="")


class UsageSession(Base):
    """One use of a piece of equipment, from start to stop. A row with stopped_at NULL is a
    running session; the database allows at most one per equipment."""

    __tablename__ = "usage_sessions"
    __table_args__ = (
        CheckConstraint("stopped_at IS NULL OR stopped_at >= started_at", name="stop_after_start"),
        CheckConstraint(
            "meter_start IS NULL OR meter_stop IS NULL OR meter_stop >= meter_start",
            name="meter_forward",
        ),
        CheckConstraint("energy_kwh IS NULL OR energy_kwh >= 0", name="energy_not_negative"),
        Index(
            "uq_usage_sessions_one_running",
            "equipment_id",
            unique=True,
            sqlite_where=text("stopped_at IS NULL"),
            postgresql_where=text("stopped_at IS NULL"),
        ),
        Index("ix_usage_sessions_equipment_id_started_at", "equipment_id", "started_at"),
        Index("ix_usage_sessions_operator_id_started_at", "operator_id", "started_at"),
        # The usage report (revision 0008): the sessions starting in a period, read from the
        # index alone; and those started before it that run into it.
        Index(
            "ix_usage_sessions_period",
            "started_at",
            "stopped_at",
            "equipment_id",
            "operator_id",
            "job_id",
            "duration_hours",
            "energy_kwh",
        ),
        Index("ix_usage_sessions_stopped_at_started_at", "stopped_at", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    operator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    job_reference: Mapped[str] = mapped_column(String(64), default="")
    # The job and step this use served (revision 0003): they give a job its actual hours and
    # machine costs (services/job_steps.link_usage_session, services/job_costs).
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"), index=True)
    job_step_id: Mapped[int | None] = mapped_column(ForeignKey("job_steps.id"), index=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime]
    stopped_at: Mapped[datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    # Readings of the machine's own operating-hour counter, in hours.
    meter_start: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    meter_stop: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    material_consumed: Mapped[str] = mapped_column(Text, default="")
    # Set at stop (and again on a correction): wall-clock hours and the energy estimate.
    duration_hours: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    energy_kwh: Mapped[Decimal | None] = mapped_column(Numeric(12, 3))
    override_id: Mapped[int | None] = mapped_column(ForeignKey("calibration_overrides.id"))
    corrected: Mapped[bool] = mapped_column(default=False)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
