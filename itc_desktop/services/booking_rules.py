"""The rules a booking must pass, on creation and on every edit, each refusal naming its
reason: time order, equipment state, maintenance windows, overlap with another confirmed
booking, operator qualification and instrument calibration up to the end, maximum length and
minimum notice (only these two a manager may override, with a reason).

`evaluate` is the dry run (the calendar calls it while a block is dragged); `find_conflict`
is the one fast overlap query, served by the (equipment_id, ends_at, starts_at) index."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from itc_desktop.i18n import _
from itc_desktop.models.base import UTCDateTime
from itc_desktop.models.bookings import Booking, BookingStatus
from itc_desktop.models.equipment import (
    CalibrationOverride,
    Equipment,
    EquipmentStatus,
    EquipmentStatusChange,
)
from itc_desktop.models.users import User
from itc_desktop.services.calibration import CalibrationState, calibration_statuses
from itc_desktop.services.equipment_settings import lab_zone, local_date
from itc_desktop.services.errors import Conflict, DomainError
from itc_desktop.services.maintenance_windows import blocking_windows
from itc_desktop.services.qualifications import NotQualified, check_qualified

# A booking may start this little in the past (clocks of two stations differ).
CLOCK_SLACK = timedelta(minutes=5)


class RefusalReason(StrEnum):
    END_NOT_AFTER_START = "end_not_after_start"
    IN_THE_PAST = "in_the_past"
    NOT_BOOKABLE = "not_bookable"
    RETIRED = "retired"
    OUT_OF_SERVICE = "out_of_service"
    MAINTENANCE = "maintenance"
    OVERLAP = "overlap"
    NOT_QUALIFIED = "not_qualified"
    CALIBRATION = "calibration"
    TOO_LONG = "too_long"
    SHORT_NOTICE = "short_notice"


# Only these limits may be overridden by a manager (with a reason).
OVERRIDABLE = frozenset({RefusalReason.TOO_LONG, RefusalReason.SHORT_NOTICE})


@dataclass(frozen=True)
class Refusal:
    reason: RefusalReason
    message: str
    other_booking_id: int | None = None  # the booking it overlaps

    @property
    def overridable(self) -> bool:
        return self.reason in OVERRIDABLE


@dataclass(frozen=True)
class BookingCheck:
    """The outcome of a dry run: `refusals` block; `overridden` were lifted by the manager's
    override reason and will be recorded with the booking."""

    refusals: tuple[Refusal, ...] = ()
    overridden: tuple[Refusal, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.refusals

    @property
    def message(self) -> str:
        return "\n".join(r.message for r in self.refusals)

    @property
    def reasons(self) -> tuple[RefusalReason, ...]:
        return tuple(r.reason for r in self.refusals)


class BookingRefused(DomainError):
    """A booking rule refused the operation; `refusals` names every reason."""

    def __init__(self, refusals: tuple[Refusal, ...], prefix: str = ""):
        self.refusals = refusals
        text = "\n".join(r.message for r in refusals)
        super().__init__(f"{prefix}{text}" if prefix else text)

    @property
    def reasons(self) -> tuple[RefusalReason, ...]:
        return tuple(r.reason for r in self.refusals)


class BookingConflict(BookingRefused, Conflict):
    """The slot overlaps another confirmed booking of the same equipment."""

    @property
    def other_booking_id(self) -> int | None:
        return self.refusals[0].other_booking_id


@dataclass(frozen=True)
class Slot:
    """What is checked: who books which equipment when. `exclude_ids` are bookings that do
    not count as conflicts (the booking being edited, a series being moved together)."""

    equipment_id: int
    booked_for_id: int
    start: datetime
    end: datetime
    exclude_ids: Collection[int] = ()
    check_notice: bool = True
    check_length: bool = True


def session_zone(session: Session) -> ZoneInfo:
    """The lab's time zone, read once per session: the calendar's dry runs come many per
    second, and the zone changes only through the admin's settings (another unit of work)."""
    zone = session.info.get("itc.lab_zone")
    if not isinstance(zone, ZoneInfo):
        zone = session.info["itc.lab_zone"] = lab_zone(session)
    return zone


def local_text(at: datetime, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M")


# Built once: a statement compiled from the cache and bound with parameters costs a fraction
# of one rebuilt per call (the calendar checks while a block is dragged).
_CONFLICT = (
    select(Booking.id)
    .where(
        Booking.equipment_id == bindparam("equipment_id"),
        Booking.ends_at > bindparam("start", type_=UTCDateTime()),
        Booking.starts_at < bindparam("end", type_=UTCDateTime()),
        Booking.status == BookingStatus.CONFIRMED.value,
        Booking.id.not_in(bindparam("exclude", expanding=True)),
    )
    .order_by(Booking.ends_at)
    .limit(1)
)


def find_conflict(
    session: Session,
    equipment_id: int,
    start: datetime,
    end: datetime,
    exclude_ids: Collection[int] = (),
) -> int | None:
    """The id of a confirmed booking of the equipment that overlaps [start, end), if any.
    Touching end-to-start is no overlap. The index (equipment_id, ends_at, starts_at) makes
    this a short range scan of the bookings that end after the new start."""
    return session.scalar(
        _CONFLICT,
        {"equipment_id": equipment_id, "start": start, "end": end, "exclude": list(exclude_ids)},
    )


def conflict_refusal(session: Session, other_id: int, zone: ZoneInfo) -> Refusal:
    row = session.execute(
        select(Booking, User.full_name, Equipment.asset_tag, Equipment.name)
        .join(User, User.id == Booking.booked_for_id)
        .join(Equipment, Equipment.id == Booking.equipment_id)
        .where(Booking.id == other_id)
    ).one()
    other, who, tag, name = row
    return Refusal(
        RefusalReason.OVERLAP,
        _(
            "{tag} {name} is already booked by {who} from {start} to {end} (booking {id}).",
            tag=tag,
            name=name,
            who=who,
            start=local_text(other.starts_at, zone),
            end=local_text(other.ends_at, zone),
            id=other.id,
        ),
        other_booking_id=other.id,
    )


def _status_refusal(session: Session, equipment: Equipment) -> Refusal | None:
    what = {"tag": equipment.asset_tag, "name": equipment.name}
    if equipment.status == EquipmentStatus.RETIRED:
        return Refusal(
            RefusalReason.RETIRED, _("{tag} {name} is retired and cannot be booked.", **what)
        )
    if equipment.status == EquipmentStatus.OUT_OF_SERVICE:
        note = session.scalar(
            select(EquipmentStatusChange.note)
            .where(
                EquipmentStatusChange.equipment_id == equipment.id,
                EquipmentStatusChange.to_status == EquipmentStatus.OUT_OF_SERVICE.value,
            )
            .order_by(EquipmentStatusChange.changed_at.desc(), EquipmentStatusChange.id.desc())
            .limit(1)
        )
        return Refusal(
            RefusalReason.OUT_OF_SERVICE,
            _(
                "{tag} {name} is out of service ({note}); it can be booked again when a "
                "manager returns it to service.",
                note=note or _("no reason given"),
                **what,
            ),
        )
    if not equipment.bookable:
        return Refusal(RefusalReason.NOT_BOOKABLE, _("{tag} {name} is not bookable.", **what))
    return None


def _calibration_refusal(
    session: Session, equipment: Equipment, slot: Slot, zone: ZoneInfo
) -> Refusal | None:
    """A measuring instrument must be in calibration for the whole booking, up to its end,
    unless a manager's standing override covers every day of it."""
    if not equipment.is_measuring_instrument:
        return None
    for at in (slot.start, slot.end):
        status = calibration_statuses(session, [equipment], at)[equipment.id]
        if status.state != CalibrationState.OUT:
            continue
        first, last = local_date(session, slot.start, zone), local_date(session, slot.end, zone)
        covered = session.scalar(
            select(CalibrationOverride.id).where(
                CalibrationOverride.equipment_id == equipment.id,
                CalibrationOverride.revoked_at.is_(None),
                CalibrationOverride.single_use.is_(False),
                CalibrationOverride.valid_from <= first,
                CalibrationOverride.valid_until >= last,
            )
        )
        if covered is not None:
            return None
        return Refusal(
            RefusalReason.CALIBRATION,
            _(
                "{tag} {name} is out of calibration by {when} ({reason}); it can be booked "
                "up to the end of its calibration, or a manager records an override.",
                tag=equipment.asset_tag,
                name=equipment.name,
                when=local_text(at, zone),
                reason=status.describe(),
            ),
        )
    return None


def _hours(value: timedelta) -> str:
    """Hours to one decimal for messages: 2, 2.5, 1.9 (not 1.93373)."""
    return f"{round(value.total_seconds() / 3600, 1):g}"


def evaluate(
    session: Session, equipment: Equipment, slot: Slot, now: datetime
) -> tuple[Refusal, ...]:
    """Every rule the slot breaks, most fundamental first (empty: it may be booked)."""
    zone = session_zone(session)
    if slot.end <= slot.start:
        return (
            Refusal(
                RefusalReason.END_NOT_AFTER_START,
                _(
                    "The end ({end}) must be after the start ({start}).",
                    end=local_text(slot.end, zone),
                    start=local_text(slot.start, zone),
                ),
            ),
        )
    refusals: list[Refusal] = []
    if slot.check_notice and slot.start < now - CLOCK_SLACK:
        refusals.append(
            Refusal(
                RefusalReason.IN_THE_PAST,
                _(
                    "The start ({start}) is in the past; a booking reserves time to come.",
                    start=local_text(slot.start, zone),
                ),
            )
        )
    status = _status_refusal(session, equipment)
    if status is not None:
        refusals.append(status)
    for window in blocking_windows(session, [equipment.id], slot.start, slot.end):
        refusals.append(
            Refusal(
                RefusalReason.MAINTENANCE,
                _(
                    "{tag} {name} is in maintenance from {start} to {end} ({what}).",
                    tag=equipment.asset_tag,
                    name=equipment.name,
                    start=local_text(window.start, zone),
                    end=local_text(window.end, zone) if window.end else _("until finished"),
                    what=window.description,
                ),
            )
        )
        break
    other = find_conflict(session, equipment.id, slot.start, slot.end, slot.exclude_ids)
    if other is not None:
        refusals.append(conflict_refusal(session, other, zone))
    if equipment.requires_qualification:
        try:
            check_qualified(session, slot.booked_for_id, equipment.id, slot.start)
            check_qualified(session, slot.booked_for_id, equipment.id, slot.end)
        except NotQualified as error:
            refusals.append(Refusal(RefusalReason.NOT_QUALIFIED, error.message))
    calibration = _calibration_refusal(session, equipment, slot, zone)
    if calibration is not None:
        refusals.append(calibration)
    length = slot.end - slot.start
    if (
        slot.check_length
        and equipment.max_booking_hours is not None
        and length > timedelta(hours=equipment.max_booking_hours)
    ):
        refusals.append(
            Refusal(
                RefusalReason.TOO_LONG,
                _(
                    "{tag} may be booked for at most {max} hours at a time; this booking is "
                    "{hours} hours.",
                    tag=equipment.asset_tag,
                    max=equipment.max_booking_hours,
                    hours=_hours(length),
                ),
            )
        )
    if (
        slot.check_notice
        and equipment.min_notice_hours is not None
        and slot.start >= now - CLOCK_SLACK
        and slot.start - now < timedelta(hours=equipment.min_notice_hours)
    ):
        refusals.append(
            Refusal(
                RefusalReason.SHORT_NOTICE,
                _(
                    "{tag} must be booked at least {min} hours ahead; this booking starts in "
                    "{hours} hours.",
                    tag=equipment.asset_tag,
                    min=equipment.min_notice_hours,
                    hours=_hours(max(slot.start - now, timedelta(0))),
                ),
            )
        )
    return tuple(refusals)


def split_override(refusals: tuple[Refusal, ...], override: bool) -> BookingCheck:
    """With a manager's override the notice/length refusals are lifted (and kept to record)."""
    if not override:
        return BookingCheck(refusals=refusals)
    return BookingCheck(
        refusals=tuple(r for r in refusals if not r.overridable),
        overridden=tuple(r for r in refusals if r.overridable),
    )


def refuse(check: BookingCheck, prefix: str = "") -> None:
    """Raises the refusal: BookingConflict when the first reason is an overlap."""
    if check.ok:
        return
    if check.refusals[0].reason == RefusalReason.OVERLAP:
        raise BookingConflict(check.refusals, prefix)
    raise BookingRefused(check.refusals, prefix)
