"""Machine bookings: single bookings, recurring series (local wall-clock rules) and planned
maintenance windows that block the calendar.

The no-overlap rule of confirmed bookings is also enforced by the database: on SQLite by the
triggers of revision 0004 (`bookings_no_overlap_insert` / `_update`); on PostgreSQL by the
btree_gist exclusion constraint `ex_bookings_no_overlap` of revision 0007 (DDL of that server
only, so not declared here)."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column

from itc_desktop.i18n import N_
from itc_desktop.models.base import Base, utcnow


class BookingStatus(StrEnum):
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    NO_SHOW = "no_show"


BOOKING_STATUS_LABELS: dict[str, str] = {
    BookingStatus.CONFIRMED: N_("Confirmed"),
    BookingStatus.CANCELLED: N_("Cancelled"),
    BookingStatus.COMPLETED: N_("Completed"),
    BookingStatus.NO_SHOW: N_("No-show"),
}
BOOKING_STATUS_VALUES = tuple(s.value for s in BookingStatus)


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


FREQUENCY_VALUES = tuple(f.value for f in Frequency)


class BookingSeries(Base):
    """The rule of a recurring booking. Times are the lab's local wall-clock time in
    `time_zone`, so an 08:00 booking stays at 08:00 across the DST changes; the occurrences
    themselves are ordinary Booking rows pointing here."""

    __tablename__ = "booking_series"
    __table_args__ = (
        CheckConstraint(f"frequency IN {FREQUENCY_VALUES!r}", name="frequency_valid"),
        CheckConstraint("until_date IS NOT NULL OR occurrences IS NOT NULL", name="has_end"),
        CheckConstraint("occurrences IS NULL OR occurrences > 0", name="occurrences_positive"),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("every >= 1", name="every_positive"),
        # Weekdays as a string of ISO digits, Monday = 1 ("135" = Mon, Wed, Fri).
        CheckConstraint("frequency = 'daily' OR length(weekdays) >= 1", name="weekly_has_weekdays"),
        Index("ix_booking_series_equipment_id", "equipment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    booked_for_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"))
    job_step_id: Mapped[int | None] = mapped_column(ForeignKey("job_steps.id"))
    purpose: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(String(8))
    every: Mapped[int] = mapped_column(Integer, default=1)  # every N days / weeks
    weekdays: Mapped[str] = mapped_column(String(7), default="")
    first_date: Mapped[date] = mapped_column(Date)
    until_date: Mapped[date | None] = mapped_column(Date)
    occurrences: Mapped[int | None] = mapped_column(Integer)
    local_start: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    time_zone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="end_after_start"),
        CheckConstraint(f"status IN {BOOKING_STATUS_VALUES!r}", name="status_valid"),
        CheckConstraint(
            "status != 'cancelled' OR length(cancel_reason) >= 1", name="cancel_has_reason"
        ),
        # "(equipment, end, start)": a conflict check for a future slot reads only the few
        # bookings that end after the new start, not the equipment's whole history.
        Index("ix_bookings_equipment_id_ends_at_starts_at", "equipment_id", "ends_at", "starts_at"),
        # One machine's bookings newest first, in index order (revision 0008).
        Index("ix_bookings_equipment_id_starts_at", "equipment_id", "starts_at"),
        Index("ix_bookings_booked_for_id_starts_at", "booked_for_id", "starts_at"),
        Index("ix_bookings_starts_at", "starts_at"),
        Index("ix_bookings_job_id", "job_id"),
        Index("ix_bookings_series_id_occurrence", "series_id", "occurrence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    booked_for_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"))
    job_step_id: Mapped[int | None] = mapped_column(ForeignKey("job_steps.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    purpose: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=BookingStatus.CONFIRMED.value)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[datetime | None]
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("booking_series.id"))
    occurrence: Mapped[int | None] = mapped_column(Integer)  # 0-based index in the series
    # A manager's reason for accepting less notice or a longer booking than the equipment's
    # limits; empty when no limit was overridden.
    override_reason: Mapped[str] = mapped_column(Text, default="")
    overridden_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    usage_session_id: Mapped[int | None] = mapped_column(ForeignKey("usage_sessions.id"))
    status_changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Optimistic locking, and the iCalendar SEQUENCE of the exported event.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class MaintenanceWindow(Base):
    """Planned downtime of a piece of equipment (preventive maintenance, an external
    service visit): no booking may overlap it while it is not cancelled."""

    __tablename__ = "maintenance_windows"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="end_after_start"),
        CheckConstraint("length(description) >= 1", name="description_present"),
        Index("ix_maintenance_windows_equipment_id_ends_at", "equipment_id", "ends_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("maintenance_plans.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    description: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    cancelled_at: Mapped[datetime | None]
