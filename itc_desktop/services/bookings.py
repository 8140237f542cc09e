"""Machine bookings: the dry-run check, create, move/resize/change of equipment, cancel,
complete, no-show, the link to usage sessions, and the queries of the calendar and the list.

Technicians book for themselves; managers (and admins) for anyone. Every edit passes the same
rules as a new booking (services/booking_rules.py); a manager may accept less notice or a
longer booking than the equipment allows, recorded with the reason. The database's triggers
are the last word on overlaps when two stations book at the same moment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any, NoReturn

from sqlalchemy import Select, and_, bindparam, or_, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import OffIndex, utcnow
from itc_desktop.models.bookings import (
    BOOKING_STATUS_VALUES,
    Booking,
    BookingSeries,
    BookingStatus,
)
from itc_desktop.models.equipment import Equipment, UsageSession
from itc_desktop.models.jobs import CLOSED_STATUS_VALUES, Job, JobStep
from itc_desktop.models.users import User
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.booking_rules import (
    BookingCheck,
    BookingConflict,
    RefusalReason,
    Slot,
    conflict_refusal,
    evaluate,
    find_conflict,
    refuse,
    split_override,
)
from itc_desktop.services.booking_settings import get_booking_settings
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import (
    Conflict,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from itc_desktop.services.lazy_rows import LazyRows
from itc_desktop.services.permissions import Permission, can, require
from itc_desktop.services.text_rules import check_texts
from itc_desktop.services.versions import check_version

# A usage session started this long before a booking's start still belongs to it.
EARLY_START = timedelta(minutes=15)
MAX_PURPOSE = 2000
# PostgreSQL's SQLSTATE for a deadlock, and how often a flush is tried again after one.
DEADLOCK = "40P01"
DEADLOCK_RETRIES = 3


@dataclass(frozen=True)
class BookingRequest:
    equipment_id: int
    start: datetime
    end: datetime
    booked_for_id: int | None = None  # None: the acting user
    purpose: str = ""
    job_id: int | None = None
    job_step_id: int | None = None


@dataclass(frozen=True)
class BookingRow:
    """A booking as the calendar and the list show it."""

    id: int
    equipment_id: int
    asset_tag: str
    equipment_name: str
    booked_for_id: int
    booked_for_name: str
    created_by_id: int
    job_id: int | None
    job_reference: str | None
    job_step_id: int | None
    start: datetime
    end: datetime
    purpose: str
    status: str
    cancel_reason: str
    series_id: int | None
    occurrence: int | None
    override_reason: str
    usage_session_id: int | None
    version: int
    # The series' version when read: any change of one of its occurrences moves it on, so a
    # series edit based on an older reading is refused (booking_series._check_series).
    series_version: int | None = None


@dataclass(frozen=True)
class BookingFilter:
    equipment_id: int | None = None
    user_id: int | None = None
    job_id: int | None = None
    status: str | None = None
    start_from: datetime | None = None  # bookings that end after this
    start_to: datetime | None = None  # bookings that start before this
    series_id: int | None = None


@dataclass(frozen=True)
class BookingCursor:
    """Keyset paging of the list (newest start first): the last row of the previous page."""

    start: datetime
    id: int


@dataclass(frozen=True)
class NoShowSweep:
    no_show_ids: tuple[int, ...]
    linked_ids: tuple[int, ...]  # bookings that got their usage session linked
    completed_ids: tuple[int, ...]


def get_row(session: Session, booking_id: int) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise NotFound(_("There is no booking with id {id}.", id=booking_id))
    return booking


def _booked_for(actor: Actor, booked_for_id: int | None) -> int:
    booked_for_id = actor.id if booked_for_id is None else booked_for_id
    if booked_for_id != actor.id and not can(actor, Permission.MANAGE_BOOKINGS):
        raise PermissionDenied(_("Only a manager may book equipment for someone else."))
    return booked_for_id


def _may_change(actor: Actor, booking: Booking) -> None:
    if booking.booked_for_id == actor.id or booking.created_by_id == actor.id:
        return
    if not can(actor, Permission.MANAGE_BOOKINGS):
        raise PermissionDenied(_("Only a manager may change someone else's booking."))


def _override_allowed(actor: Actor, override_reason: str) -> bool:
    if not override_reason.strip():
        return False
    if not can(actor, Permission.OVERRIDE_BOOKING_LIMITS):
        raise PermissionDenied(
            _("Only a manager may accept less notice or a longer booking than the limits.")
        )
    return True


def _validate(
    session: Session, request: BookingRequest, booked_for_id: int, existing: Booking | None
) -> None:
    errors: dict[str, str] = {}
    user = session.get(User, booked_for_id)
    if user is None or not user.active:
        errors[_("Booked for")] = _("not an active user")
    if len(request.purpose) > MAX_PURPOSE:
        errors[_("Purpose")] = _("at most {n} characters", n=MAX_PURPOSE)
    check_texts(errors, {_("Purpose"): request.purpose})
    job = session.get(Job, request.job_id) if request.job_id is not None else None
    if request.job_id is not None and job is None:
        errors[_("Job")] = _("unknown job")
    unchanged = existing is not None and (
        existing.job_id == request.job_id
        and existing.starts_at == request.start
        and existing.ends_at == request.end
        and existing.equipment_id == request.equipment_id
    )
    if job is not None and job.status in CLOSED_STATUS_VALUES and not unchanged:
        # Like a usage session: a delivered or cancelled job takes no more machine time (an
        # existing booking of it may still get a new purpose or person).
        errors[_("Job")] = _(
            "{reference} is {status}; machine time can no longer be booked to it",
            reference=job.reference,
            status=job.status,
        )
    if request.job_step_id is not None:
        step = session.get(JobStep, request.job_step_id)
        if step is None or step.job_id != request.job_id:
            errors[_("Job step")] = _("not a step of the chosen job")
    if errors:
        raise ValidationError(errors)


def _check(
    session: Session,
    actor: Actor,
    request: BookingRequest,
    *,
    existing: Booking | None,
    override_reason: str,
    now: datetime,
    exclude_ids: Sequence[int] = (),
) -> tuple[BookingCheck, int]:
    booked_for_id = _booked_for(actor, request.booked_for_id)
    override = _override_allowed(actor, override_reason)
    _validate(session, request, booked_for_id, existing)
    equipment = equipment_service.get(session, request.equipment_id)
    excluded = list(exclude_ids)
    moved = True
    resized = True
    if existing is not None:
        excluded.append(existing.id)
        same_equipment = existing.equipment_id == request.equipment_id
        moved = not same_equipment or existing.starts_at != request.start
        resized = not same_equipment or (existing.ends_at - existing.starts_at) != (
            request.end - request.start
        )
    slot = Slot(
        equipment_id=request.equipment_id,
        booked_for_id=booked_for_id,
        start=request.start,
        end=request.end,
        exclude_ids=excluded,
        check_notice=moved,
        check_length=resized,
    )
    return split_override(evaluate(session, equipment, slot, now), override), booked_for_id


def check_booking(
    session: Session,
    actor: Actor | None,
    request: BookingRequest,
    *,
    booking_id: int | None = None,
    override_reason: str = "",
    now: datetime | None = None,
) -> BookingCheck:
    """The dry run: every refusal with its reason, nothing saved. With `booking_id` it checks
    moving/resizing that booking to the request's slot (the calendar calls it while dragging)."""
    actor = require(actor, Permission.BOOK_EQUIPMENT)
    existing = get_row(session, booking_id) if booking_id is not None else None
    if existing is not None:
        _may_change(actor, existing)
    check, _unused = _check(
        session,
        actor,
        request,
        existing=existing,
        override_reason=override_reason,
        now=now or utcnow(),
    )
    return check


# The database's own no-overlap refusal: SQLite's trigger message (db/versions/0004), and the
# name of PostgreSQL's exclusion constraint (db/versions/0007).
_OVERLAP_MARKS = ("booking overlaps another confirmed booking", "ex_bookings_no_overlap")


def _is_overlap(error: IntegrityError) -> bool:
    message = str(error.orig)
    return any(mark in message for mark in _OVERLAP_MARKS)


def _flush_guarded(session: Session, booking: Booking) -> None:
    """Flushes; an overlap the trigger caught (another station was quicker) becomes the same
    BookingConflict the service check raises."""
    for attempt in range(DEADLOCK_RETRIES + 1):
        try:
            with session.begin_nested():
                session.add(booking)
                session.flush()
            return
        except OperationalError as error:
            # PostgreSQL: two stations checking the exclusion constraint against each other's
            # new row may deadlock; the server aborts one. Tried again, it waits for the other
            # and then sees its booking (the overlap below), or goes through.
            if getattr(error.orig, "sqlstate", None) != DEADLOCK or attempt == DEADLOCK_RETRIES:
                raise
        except IntegrityError as error:
            _refuse_overlap(session, booking, error)


def _refuse_overlap(session: Session, booking: Booking, error: IntegrityError) -> NoReturn:
    """The database's no-overlap guard refused the row: the same refusal as the service's."""
    if not _is_overlap(error):
        raise error
    other = find_conflict(session, booking.equipment_id, booking.starts_at, booking.ends_at)
    zone = lab_zone(session)
    refusal = conflict_refusal(session, other, zone) if other is not None else None
    if refusal is None:
        raise Conflict(_("Another station booked this slot just now.")) from None
    raise BookingConflict((refusal,)) from None


def _record_override(booking: Booking, actor: Actor, check: BookingCheck, reason: str) -> None:
    if check.overridden:
        booking.override_reason = reason.strip()
        booking.overridden_by_id = actor.id


def create_booking(
    session: Session,
    actor: Actor | None,
    request: BookingRequest,
    *,
    override_reason: str = "",
    now: datetime | None = None,
    series_id: int | None = None,
    occurrence: int | None = None,
) -> int:
    """Books the slot or raises BookingRefused / BookingConflict naming every reason."""
    actor = require(actor, Permission.BOOK_EQUIPMENT)
    check, booked_for_id = _check(
        session,
        actor,
        request,
        existing=None,
        override_reason=override_reason,
        now=now or utcnow(),
    )
    refuse(check)
    booking = Booking(
        equipment_id=request.equipment_id,
        booked_for_id=booked_for_id,
        created_by_id=actor.id,
        job_id=request.job_id,
        job_step_id=request.job_step_id,
        starts_at=request.start,
        ends_at=request.end,
        purpose=request.purpose.strip(),
        series_id=series_id,
        occurrence=occurrence,
    )
    _record_override(booking, actor, check, override_reason)
    _flush_guarded(session, booking)
    return booking.id


def _editable(actor: Actor, booking: Booking, expected_version: int | None) -> None:
    _may_change(actor, booking)
    # A copy read before another station cancelled or completed it: "changed by … — reload"
    # says more than "only confirmed bookings can be changed".
    check_version(booking, expected_version, _("Booking {id}", id=booking.id))
    if booking.status != BookingStatus.CONFIRMED:
        raise InvalidTransition(
            _(
                "Booking {id} is {status}; only confirmed bookings can be changed.",
                id=booking.id,
                status=booking.status,
            )
        )


def request_of(booking: Booking) -> BookingRequest:
    return BookingRequest(
        equipment_id=booking.equipment_id,
        start=booking.starts_at,
        end=booking.ends_at,
        booked_for_id=booking.booked_for_id,
        purpose=booking.purpose,
        job_id=booking.job_id,
        job_step_id=booking.job_step_id,
    )


def update_booking(
    session: Session,
    actor: Actor | None,
    booking_id: int,
    request: BookingRequest,
    *,
    expected_version: int | None = None,
    override_reason: str = "",
    now: datetime | None = None,
    exclude_ids: Sequence[int] = (),
) -> None:
    """Moves, resizes, changes equipment, person, job or purpose: the new state passes every
    rule again (notice only when the start or equipment changes, length when the duration or
    equipment changes)."""
    actor = require(actor, Permission.BOOK_EQUIPMENT)
    booking = get_row(session, booking_id)
    _editable(actor, booking, expected_version)
    check, booked_for_id = _check(
        session,
        actor,
        request,
        existing=booking,
        override_reason=override_reason,
        now=now or utcnow(),
        exclude_ids=exclude_ids,
    )
    refuse(check)
    booking.equipment_id = request.equipment_id
    booking.booked_for_id = booked_for_id
    booking.starts_at = request.start
    booking.ends_at = request.end
    booking.purpose = request.purpose.strip()
    booking.job_id = request.job_id
    booking.job_step_id = request.job_step_id
    _record_override(booking, actor, check, override_reason)
    _note_series_change(session, booking)
    _flush_guarded(session, booking)


def _note_series_change(session: Session, booking: Booking) -> None:
    """An occurrence changed: its series' version moves on too (and the trail names who), so
    a series edit read before it — which would move or cancel this occurrence as well, over
    the change — is refused instead."""
    if booking.series_id is None:
        return
    series = session.get(BookingSeries, booking.series_id)
    if series is not None:
        flag_modified(series, "purpose")  # an UPDATE of the row: the version moves on


def move_booking(
    session: Session,
    actor: Actor | None,
    booking_id: int,
    new_start: datetime,
    *,
    expected_version: int | None = None,
    override_reason: str = "",
    now: datetime | None = None,
) -> None:
    """Same length, new start (a block dragged in the calendar)."""
    require(actor, Permission.BOOK_EQUIPMENT)  # before the booking is read
    booking = get_row(session, booking_id)
    current = request_of(booking)
    length = booking.ends_at - booking.starts_at
    update_booking(
        session,
        actor,
        booking_id,
        BookingRequest(**{**current.__dict__, "start": new_start, "end": new_start + length}),
        expected_version=expected_version,
        override_reason=override_reason,
        now=now,
    )


def resize_booking(
    session: Session,
    actor: Actor | None,
    booking_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    expected_version: int | None = None,
    override_reason: str = "",
    now: datetime | None = None,
) -> None:
    """A new start and/or end (an edge dragged)."""
    require(actor, Permission.BOOK_EQUIPMENT)  # before the booking is read
    booking = get_row(session, booking_id)
    current = request_of(booking)
    update_booking(
        session,
        actor,
        booking_id,
        BookingRequest(
            **{
                **current.__dict__,
                "start": start or booking.starts_at,
                "end": end or booking.ends_at,
            }
        ),
        expected_version=expected_version,
        override_reason=override_reason,
        now=now,
    )


def change_equipment(
    session: Session,
    actor: Actor | None,
    booking_id: int,
    equipment_id: int,
    *,
    expected_version: int | None = None,
    override_reason: str = "",
    now: datetime | None = None,
) -> None:
    require(actor, Permission.BOOK_EQUIPMENT)  # before the booking is read
    booking = get_row(session, booking_id)
    current = request_of(booking)
    update_booking(
        session,
        actor,
        booking_id,
        BookingRequest(**{**current.__dict__, "equipment_id": equipment_id}),
        expected_version=expected_version,
        override_reason=override_reason,
        now=now,
    )


def cancel_booking(
    session: Session,
    actor: Actor | None,
    booking_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> None:
    actor = require(actor, Permission.BOOK_EQUIPMENT)
    booking = get_row(session, booking_id)
    _editable(actor, booking, expected_version)
    if not reason.strip():
        raise ValidationError(_("say why the booking is cancelled"), field=_("Reason"))
    _set_status(booking, actor, BookingStatus.CANCELLED)
    booking.cancel_reason = reason.strip()
    booking.cancelled_at = utcnow()
    booking.cancelled_by_id = actor.id
    _note_series_change(session, booking)
    session.flush()


def _set_status(booking: Booking, actor: Actor | None, status: BookingStatus) -> None:
    booking.status = status.value
    booking.status_changed_by_id = actor.id if actor is not None and actor.id else None


def complete_booking(
    session: Session, actor: Actor | None, booking_id: int, now: datetime | None = None
) -> None:
    """The booked work is done (from its start on)."""
    actor = require(actor, Permission.BOOK_EQUIPMENT)
    booking = get_row(session, booking_id)
    _editable(actor, booking, None)
    if booking.starts_at > (now or utcnow()):
        raise InvalidTransition(_("A booking that has not started cannot be completed."))
    _set_status(booking, actor, BookingStatus.COMPLETED)
    session.flush()


def mark_no_show(
    session: Session,
    actor: Actor | None,
    booking_id: int,
    now: datetime | None = None,
    *,
    expected_version: int | None = None,
) -> None:
    """A manager marks by hand that the booked time was not used; with `expected_version`
    (the version the list or calendar read) not when someone changed the booking meanwhile."""
    actor = require(actor, Permission.MANAGE_BOOKINGS)
    booking = get_row(session, booking_id)
    _editable(actor, booking, expected_version)
    if booking.starts_at > (now or utcnow()):
        raise InvalidTransition(_("A booking that has not started cannot be a no-show."))
    if booking.usage_session_id is not None:
        raise InvalidTransition(
            _("Booking {id} has a usage session; it was not a no-show.", id=booking.id)
        )
    _set_status(booking, actor, BookingStatus.NO_SHOW)
    session.flush()


def _booking_for_usage(session: Session, usage: UsageSession) -> Booking | None:
    return session.scalars(
        select(Booking)
        .where(
            Booking.equipment_id == usage.equipment_id,
            # The few bookings of the machine ending after the start, not all of the person's.
            OffIndex(Booking.booked_for_id) == usage.operator_id,
            Booking.status == BookingStatus.CONFIRMED.value,
            Booking.usage_session_id.is_(None),
            Booking.ends_at > usage.started_at,
            OffIndex(Booking.starts_at) <= usage.started_at + EARLY_START,
        )
        .order_by(OffIndex(Booking.starts_at))  # the range over ends_at, then sorted
        .limit(1)
    ).first()


def link_usage_session(session: Session, usage_id: int) -> int | None:
    """Links a usage session to the booking of the same operator and equipment it was started
    in (or up to 15 minutes before); returns the booking id. The usage service calls it when
    a session starts."""
    usage = session.get(UsageSession, usage_id)
    if usage is None:
        raise NotFound(_("There is no usage session with id {id}.", id=usage_id))
    linked = session.scalar(select(Booking.id).where(Booking.usage_session_id == usage_id))
    if linked is not None:
        return linked
    booking = _booking_for_usage(session, usage)
    if booking is None:
        return None
    booking.usage_session_id = usage.id
    session.flush()
    return booking.id


def mark_overdue_no_shows(
    session: Session, actor: Actor | None, now: datetime | None = None
) -> NoShowSweep:
    """Run when the app starts: confirmed bookings whose start is more than the grace period
    ago get their usage session linked when one was started in time, else become no-shows;
    ended bookings with a linked session become completed."""
    require(actor, Permission.VIEW_BOOKINGS)
    now = now or utcnow()
    grace = timedelta(minutes=get_booking_settings(session).no_show_grace_minutes)
    overdue = session.scalars(
        select(Booking)
        .where(
            Booking.status == BookingStatus.CONFIRMED.value,
            Booking.starts_at <= now - grace,
        )
        .order_by(Booking.starts_at, Booking.id)
    ).all()
    no_show: list[int] = []
    linked: list[int] = []
    completed: list[int] = []
    for booking in overdue:
        if booking.usage_session_id is None:
            usage_id = session.scalar(
                select(UsageSession.id)
                .where(
                    UsageSession.equipment_id == booking.equipment_id,
                    UsageSession.operator_id == booking.booked_for_id,
                    UsageSession.started_at >= booking.starts_at - EARLY_START,
                    UsageSession.started_at <= booking.starts_at + grace,
                    UsageSession.id.not_in(
                        select(Booking.usage_session_id).where(
                            Booking.usage_session_id.is_not(None)
                        )
                    ),
                )
                .order_by(UsageSession.started_at)
                .limit(1)
            )
            if usage_id is None:
                _set_status(booking, None, BookingStatus.NO_SHOW)
                no_show.append(booking.id)
                continue
            booking.usage_session_id = usage_id
            linked.append(booking.id)
        if booking.ends_at <= now:
            _set_status(booking, None, BookingStatus.COMPLETED)
            completed.append(booking.id)
    session.flush()
    return NoShowSweep(tuple(no_show), tuple(linked), tuple(completed))


# --- queries of the calendar and the list ------------------------------------------------


def _rows_query() -> Select:  # type: ignore[type-arg]
    person = aliased(User)
    return (
        select(
            Booking,
            Equipment.asset_tag,
            Equipment.name,
            person.full_name,
            Job.reference,
            BookingSeries.version,
        )
        .join(Equipment, Equipment.id == Booking.equipment_id)
        .join(person, person.id == Booking.booked_for_id)
        .outerjoin(Job, Job.id == Booking.job_id)
        .outerjoin(BookingSeries, BookingSeries.id == Booking.series_id)
    )


def _to_rows(session: Session, stmt: Select) -> list[BookingRow]:  # type: ignore[type-arg]
    return [
        BookingRow(
            id=b.id,
            equipment_id=b.equipment_id,
            asset_tag=tag,
            equipment_name=name,
            booked_for_id=b.booked_for_id,
            booked_for_name=who,
            created_by_id=b.created_by_id,
            job_id=b.job_id,
            job_reference=reference,
            job_step_id=b.job_step_id,
            start=b.starts_at,
            end=b.ends_at,
            purpose=b.purpose,
            status=b.status,
            cancel_reason=b.cancel_reason,
            series_id=b.series_id,
            occurrence=b.occurrence,
            override_reason=b.override_reason,
            usage_session_id=b.usage_session_id,
            version=b.version,
            series_version=series_version,
        )
        for b, tag, name, who, reference, series_version in session.execute(stmt).all()
    ]


def get_booking(session: Session, actor: Actor | None, booking_id: int) -> BookingRow:
    require(actor, Permission.VIEW_BOOKINGS)
    rows = _to_rows(session, _rows_query().where(Booking.id == booking_id))
    if not rows:
        raise NotFound(_("There is no booking with id {id}.", id=booking_id))
    return rows[0]


def bookings_in_range(
    session: Session,
    actor: Actor | None,
    start: datetime,
    end: datetime,
    equipment_ids: Sequence[int] | None = None,
    *,
    include_cancelled: bool = False,
) -> list[BookingRow]:
    """Bookings overlapping [start, end) of many equipment in one query (the week view),
    ordered by equipment and start."""
    require(actor, Permission.VIEW_BOOKINGS)
    stmt = (
        _rows_query()
        # The range over (equipment_id, ends_at, ...), the week's few rows then sorted: not
        # (equipment_id, starts_at) in its order, a machine's whole history (models.OffIndex).
        .where(Booking.ends_at > start, OffIndex(Booking.starts_at) < end)
        .order_by(Booking.equipment_id, OffIndex(Booking.starts_at), Booking.id)
    )
    if equipment_ids is not None:
        stmt = stmt.where(Booking.equipment_id.in_(list(equipment_ids)))
    if not include_cancelled:
        stmt = stmt.where(Booking.status != BookingStatus.CANCELLED.value)
    return _to_rows(session, stmt)


_LIST_PERSON = aliased(User)
_LIST_COLUMNS = (  # in BookingRow's order
    Booking.id,
    Booking.equipment_id,
    Equipment.asset_tag,
    Equipment.name,
    Booking.booked_for_id,
    _LIST_PERSON.full_name,
    Booking.created_by_id,
    Booking.job_id,
    Job.reference,
    Booking.job_step_id,
    Booking.starts_at,
    Booking.ends_at,
    Booking.purpose,
    Booking.status,
    Booking.cancel_reason,
    Booking.series_id,
    Booking.occurrence,
    Booking.override_reason,
    Booking.usage_session_id,
    Booking.version,
    BookingSeries.version,
)
# BookingFilter field -> its condition on a bound parameter of the same name
_LIST_CONDITIONS = {
    "equipment_id": lambda: Booking.equipment_id == bindparam("equipment_id"),
    "user_id": lambda: Booking.booked_for_id == bindparam("user_id"),
    "job_id": lambda: Booking.job_id == bindparam("job_id"),
    "series_id": lambda: Booking.series_id == bindparam("series_id"),
    "status": lambda: Booking.status == bindparam("status"),
    "start_from": lambda: Booking.ends_at > bindparam("start_from"),
    "start_to": lambda: Booking.starts_at < bindparam("start_to"),
}


@cache
def _list_statement(filtered_by: tuple[str, ...], after: bool) -> Select[Any]:
    """The list statement of one shape (the filter fields set, a cursor or not), built once:
    the values are bound at each call, so neither it nor its compiled form is rebuilt per page."""
    stmt = (
        select(*_LIST_COLUMNS)
        .join(Equipment, Equipment.id == Booking.equipment_id)
        .join(_LIST_PERSON, _LIST_PERSON.id == Booking.booked_for_id)
        .outerjoin(Job, Job.id == Booking.job_id)
        .outerjoin(BookingSeries, BookingSeries.id == Booking.series_id)
        .where(*(_LIST_CONDITIONS[name]() for name in filtered_by))
        .order_by(Booking.starts_at.desc(), Booking.id.desc())
    )
    if after:
        after_start = bindparam("after_start", type_=Booking.starts_at.type)
        stmt = stmt.where(
            or_(
                Booking.starts_at < after_start,
                and_(Booking.starts_at == after_start, Booking.id < bindparam("after_id")),
            )
        )
    return stmt.limit(bindparam("limit"))


def list_bookings(
    session: Session,
    actor: Actor | None,
    flt: BookingFilter | None = None,
    *,
    after: BookingCursor | None = None,
    limit: int = 200,
) -> Sequence[BookingRow]:
    """The bookings list, newest start first; the next page starts after the cursor made
    from the last row (`cursor_of`). The rows are built as they are read (a view reads the
    visible ones)."""
    require(actor, Permission.VIEW_BOOKINGS)
    flt = flt or BookingFilter()
    if flt.status is not None and flt.status not in BOOKING_STATUS_VALUES:
        raise ValidationError(
            _("one of {list}", list=", ".join(BOOKING_STATUS_VALUES)), field=_("Status")
        )
    parameters: dict[str, Any] = {
        name: getattr(flt, name) for name in _LIST_CONDITIONS if getattr(flt, name) is not None
    }
    stmt = _list_statement(tuple(parameters), after is not None)
    parameters["limit"] = limit
    if after is not None:
        parameters["after_start"] = after.start
        parameters["after_id"] = after.id
    # Through the session's connection, as a Core statement: the ORM's result layer and
    # identity map would cost several times the rows themselves.
    session.flush()  # what autoflush did (a no-op when nothing changed)
    return LazyRows(session.connection(), stmt, parameters, BookingRow)


def cursor_of(row: BookingRow) -> BookingCursor:
    return BookingCursor(row.start, row.id)


__all__ = [
    "BookingCheck",
    "BookingCursor",
    "BookingFilter",
    "BookingRequest",
    "BookingRow",
    "NoShowSweep",
    "RefusalReason",
    "bookings_in_range",
    "cancel_booking",
    "change_equipment",
    "check_booking",
    "complete_booking",
    "create_booking",
    "cursor_of",
    "get_booking",
    "link_usage_session",
    "list_bookings",
    "mark_no_show",
    "mark_overdue_no_shows",
    "move_booking",
    "resize_booking",
    "update_booking",
]
