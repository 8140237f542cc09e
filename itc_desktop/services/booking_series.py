"""Recurring bookings: daily or weekly (chosen weekdays) until a date or for N occurrences, in
the lab's local wall-clock time (an 08:00 slot stays 08:00 across the DST changes). A preview
lists every occurrence with the rule it would break, so the user can skip those; the series
is saved in the caller's one transaction. One occurrence, this-and-following or the whole
series can be moved or cancelled."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import utcnow
from itc_desktop.models.bookings import Booking, BookingSeries, BookingStatus, Frequency
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.booking_rules import BookingRefused, Refusal, local_text
from itc_desktop.services.booking_settings import local_instant
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.versions import check_version

MAX_OCCURRENCES = 366


class SeriesScope(StrEnum):
    ONE = "one"
    THIS_AND_FOLLOWING = "this_and_following"
    ALL = "all"


@dataclass(frozen=True)
class SeriesSpec:
    equipment_id: int
    frequency: str  # Frequency
    first_date: date
    local_start: time
    duration: timedelta
    until: date | None = None
    count: int | None = None
    weekdays: frozenset[int] = frozenset()  # ISO weekdays, Monday = 1 (weekly only)
    every: int = 1  # every N days / weeks
    booked_for_id: int | None = None
    purpose: str = ""
    job_id: int | None = None
    job_step_id: int | None = None


@dataclass(frozen=True)
class Occurrence:
    index: int
    start: datetime  # UTC
    end: datetime


@dataclass(frozen=True)
class OccurrencePreview:
    index: int
    start: datetime
    end: datetime
    refusals: tuple[Refusal, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.refusals


@dataclass(frozen=True)
class CreatedSeries:
    series_id: int
    booking_ids: tuple[int, ...]
    skipped: tuple[int, ...] = field(default=())


def _validate_spec(spec: SeriesSpec) -> None:
    errors: dict[str, str] = {}
    if spec.frequency not in (Frequency.DAILY, Frequency.WEEKLY):
        errors[_("Repeat")] = _("daily or weekly")
    if spec.until is None and spec.count is None:
        errors[_("Until")] = _("give an end date or a number of occurrences")
    if spec.count is not None and not 1 <= spec.count <= MAX_OCCURRENCES:
        errors[_("Occurrences")] = _("between 1 and {n}", n=MAX_OCCURRENCES)
    if spec.until is not None and spec.until < spec.first_date:
        errors[_("Until")] = _("must not be before the first day")
    if spec.every < 1:
        errors[_("Every")] = _("must be 1 or more")
    if spec.frequency == Frequency.WEEKLY and (
        not spec.weekdays or not set(spec.weekdays) <= set(range(1, 8))
    ):
        errors[_("Weekdays")] = _("choose at least one weekday")
    if spec.duration <= timedelta(0):
        errors[_("Duration")] = _("must be more than zero")
    if errors:
        raise ValidationError(errors)


def _dates(spec: SeriesSpec) -> list[date]:
    result: list[date] = []

    def more(day: date) -> bool:
        if spec.until is not None and day > spec.until:
            return False
        return spec.count is None or len(result) < spec.count

    if spec.frequency == Frequency.DAILY:
        day = spec.first_date
        while more(day) and len(result) < MAX_OCCURRENCES:
            result.append(day)
            day += timedelta(days=spec.every)
        return result
    week = spec.first_date - timedelta(days=spec.first_date.isoweekday() - 1)
    weekdays = sorted(spec.weekdays)
    while len(result) < MAX_OCCURRENCES:
        for weekday in weekdays:
            day = week + timedelta(days=weekday - 1)
            if day < spec.first_date:
                continue
            if not more(day):
                return result
            result.append(day)
        week += timedelta(weeks=spec.every)
    return result


def wall_slot(
    day: date, at: time, duration: timedelta, zone: ZoneInfo
) -> tuple[datetime, datetime]:
    """Start and end in UTC of a slot given in local wall-clock time: both ends are wall
    times, so an overnight slot across a DST change keeps its local end."""
    start = local_instant(day, at, zone)
    local_end = datetime.combine(day, at) + duration
    end = local_instant(local_end.date(), local_end.time(), zone)
    return start, end


def expand(spec: SeriesSpec, zone: ZoneInfo) -> list[Occurrence]:
    """The occurrences of a rule in UTC; refuses a rule whose occurrences overlap each other
    or that has more than MAX_OCCURRENCES."""
    _validate_spec(spec)
    if spec.until is not None and spec.count is None:
        span = (spec.until - spec.first_date).days // (
            spec.every * (7 if spec.frequency == Frequency.WEEKLY else 1)
        )
        per = len(spec.weekdays) if spec.frequency == Frequency.WEEKLY else 1
        if (span + 1) * per > MAX_OCCURRENCES:
            raise ValidationError(
                _("at most {n} occurrences; choose an earlier end", n=MAX_OCCURRENCES),
                field=_("Until"),
            )
    occurrences = []
    for index, day in enumerate(_dates(spec)):
        start, end = wall_slot(day, spec.local_start, spec.duration, zone)
        occurrences.append(Occurrence(index, start, end))
    for before, after in pairwise(occurrences):
        if after.start < before.end:
            raise ValidationError(
                _("longer than the time between two occurrences"), field=_("Duration")
            )
    return occurrences


def _request(spec: SeriesSpec, occurrence: Occurrence) -> BookingRequest:
    return BookingRequest(
        equipment_id=spec.equipment_id,
        start=occurrence.start,
        end=occurrence.end,
        booked_for_id=spec.booked_for_id,
        purpose=spec.purpose,
        job_id=spec.job_id,
        job_step_id=spec.job_step_id,
    )


def preview_series(
    session: Session,
    actor: Actor | None,
    spec: SeriesSpec,
    *,
    override_reason: str = "",
    now: datetime | None = None,
) -> list[OccurrencePreview]:
    """Every occurrence with the refusals it would meet (empty: it can be booked)."""
    require(actor, Permission.BOOK_EQUIPMENT)
    zone = lab_zone(session)
    return [
        OccurrencePreview(
            o.index,
            o.start,
            o.end,
            booking_service.check_booking(
                session, actor, _request(spec, o), override_reason=override_reason, now=now
            ).refusals,
        )
        for o in expand(spec, zone)
    ]


def create_series(
    session: Session,
    actor: Actor | None,
    spec: SeriesSpec,
    *,
    skip: Collection[int] = (),
    override_reason: str = "",
    now: datetime | None = None,
) -> CreatedSeries:
    """Saves the rule and its occurrences except the skipped indexes. Any other occurrence
    that is refused refuses the whole series (naming the day); nothing is saved then, as the
    caller's transaction rolls back."""
    actor = require(actor, Permission.BOOK_EQUIPMENT)
    zone = lab_zone(session)
    occurrences = [o for o in expand(spec, zone) if o.index not in set(skip)]
    if not occurrences:
        raise ValidationError(_("every occurrence is skipped"), field=_("Occurrences"))
    series = BookingSeries(
        equipment_id=spec.equipment_id,
        booked_for_id=spec.booked_for_id if spec.booked_for_id is not None else actor.id,
        created_by_id=actor.id,
        job_id=spec.job_id,
        job_step_id=spec.job_step_id,
        purpose=spec.purpose.strip(),
        frequency=str(spec.frequency),
        every=spec.every,
        weekdays="".join(str(d) for d in sorted(spec.weekdays)),
        first_date=spec.first_date,
        until_date=spec.until,
        occurrences=spec.count,
        local_start=spec.local_start,
        duration_minutes=int(spec.duration.total_seconds() // 60),
        time_zone=zone.key,
    )
    session.add(series)
    session.flush()
    ids = []
    for occurrence in occurrences:
        try:
            ids.append(
                booking_service.create_booking(
                    session,
                    actor,
                    _request(spec, occurrence),
                    override_reason=override_reason,
                    now=now,
                    series_id=series.id,
                    occurrence=occurrence.index,
                )
            )
        except BookingRefused as error:
            raise type(error)(
                error.refusals,
                _("Occurrence on {day}: ", day=local_text(occurrence.start, zone)),
            ) from None
    skipped = tuple(sorted(set(skip)))
    return CreatedSeries(series.id, tuple(ids), skipped)


def _series_of(session: Session, booking: Booking) -> BookingSeries:
    if booking.series_id is None:
        raise ValidationError(
            _("booking {id} is not part of a series", id=booking.id), field=_("Scope")
        )
    series = session.get(BookingSeries, booking.series_id)
    if series is None:
        raise NotFound(_("There is no booking series with id {id}.", id=booking.series_id))
    return series


def _affected(
    session: Session, booking: Booking, scope: SeriesScope, now: datetime
) -> list[Booking]:
    """Confirmed occurrences in scope: from this one on, or all that have not started."""
    if scope == SeriesScope.ONE:
        return [booking]
    stmt = select(Booking).where(
        Booking.series_id == booking.series_id,
        Booking.status == BookingStatus.CONFIRMED.value,
    )
    if scope == SeriesScope.THIS_AND_FOLLOWING:
        stmt = stmt.where(Booking.starts_at >= booking.starts_at)
    else:
        stmt = stmt.where(Booking.starts_at > now)
    return list(session.scalars(stmt.order_by(Booking.starts_at)))


def _check_chosen(booking: Booking, expected_version: int | None) -> None:
    """Optimistic locking of a series edit, on the occurrence the user chose: another
    station's move or cancel of it, of "all", or of "this and following" from an earlier
    occurrence changed this one too, so the stale copy is refused, naming who and when,
    before any occurrence is touched. (Occurrences split off into a new series meanwhile
    are no longer in this one's scope.)"""
    check_version(booking, expected_version, _("Booking {id}", id=booking.id))


def _check_series(series: BookingSeries, expected_version: int | None) -> None:
    """Optimistic locking of the other occurrences a series edit moves or cancels: any change
    of one of them since the caller read the series (`BookingRow.series_version`) moved the
    series' version on (bookings._note_series_change), so the edit is refused, naming who
    and when, rather than overwrite that change."""
    check_version(series, expected_version, _("Booking series {id}", id=series.id))


def cancel_occurrences(
    session: Session,
    actor: Actor | None,
    booking_id: int,
    reason: str,
    scope: SeriesScope = SeriesScope.ONE,
    now: datetime | None = None,
    *,
    expected_version: int | None = None,
    expected_series_version: int | None = None,
) -> list[int]:
    """Cancels one occurrence, it and the following ones, or every one not yet started;
    returns the cancelled ids. The series rule ends before the first cancelled day. With
    `expected_version` (the version the caller read of the chosen occurrence) nothing is
    cancelled when someone changed that occurrence meanwhile (see `_check_chosen`); with
    `expected_series_version`, nor when any occurrence of the series changed (a scope of
    more than one; see `_check_series`)."""
    require(actor, Permission.BOOK_EQUIPMENT)
    now = now or utcnow()
    booking = booking_service.get_row(session, booking_id)
    _check_chosen(booking, expected_version)
    series = _series_of(session, booking) if scope != SeriesScope.ONE else None
    if series is not None:
        _check_series(series, expected_series_version)
    affected = _affected(session, booking, scope, now)
    for item in affected:
        booking_service.cancel_booking(session, actor, item.id, reason)
    if series is not None and affected:
        zone = ZoneInfo(series.time_zone)
        last_day = affected[0].starts_at.astimezone(zone).date() - timedelta(days=1)
        series.until_date = max(last_day, series.first_date)
        series.occurrences = None
        session.flush()
    return [b.id for b in affected]


def update_occurrences(
    session: Session,
    actor: Actor | None,
    booking_id: int,
    *,
    start: datetime,
    end: datetime,
    scope: SeriesScope = SeriesScope.ONE,
    equipment_id: int | None = None,
    purpose: str | None = None,
    override_reason: str = "",
    now: datetime | None = None,
    expected_version: int | None = None,
    expected_series_version: int | None = None,
) -> list[int]:
    """Moves/resizes one occurrence, it and the following ones, or all not yet started. The
    others take the same local time of day, the same length and the same shift in days as
    this one; each passes every booking rule again (a refusal names the day). "This and
    following" splits the series: a new rule from this day on. `expected_version` and
    `expected_series_version` as for `cancel_occurrences`."""
    actor = require(actor, Permission.BOOK_EQUIPMENT)
    now = now or utcnow()
    booking = booking_service.get_row(session, booking_id)
    _check_chosen(booking, expected_version)
    if scope != SeriesScope.ONE:
        _check_series(_series_of(session, booking), expected_series_version)
    base = booking_service.request_of(booking)
    target = equipment_id if equipment_id is not None else booking.equipment_id
    text = purpose if purpose is not None else booking.purpose
    if scope == SeriesScope.ONE:
        booking_service.update_booking(
            session,
            actor,
            booking_id,
            BookingRequest(
                **{
                    **base.__dict__,
                    "start": start,
                    "end": end,
                    "equipment_id": target,
                    "purpose": text,
                }
            ),
            override_reason=override_reason,
            now=now,
        )
        return [booking_id]
    series = _series_of(session, booking)
    zone = ZoneInfo(series.time_zone)
    new_local = start.astimezone(zone)
    shift_days = (new_local.date() - booking.starts_at.astimezone(zone).date()).days
    local_duration = end.astimezone(zone).replace(tzinfo=None) - new_local.replace(tzinfo=None)
    affected = _affected(session, booking, scope, now)
    moves: list[tuple[Booking, datetime, datetime]] = []
    for item in affected:
        day = item.starts_at.astimezone(zone).date() + timedelta(days=shift_days)
        new_start, new_end = wall_slot(day, new_local.time(), local_duration, zone)
        moves.append((item, new_start, new_end))
    targets = sorted((s, e) for _b, s, e in moves)
    for (_s1, e1), (s2, _e2) in pairwise(targets):
        if s2 < e1:
            raise ValidationError(
                _("longer than the time between two occurrences"), field=_("Duration")
            )
    # Moving later: the last first, so no occurrence lands on one not yet moved.
    if shift_days > 0 or (shift_days == 0 and start > booking.starts_at):
        moves.reverse()
    moved_ids = [b.id for b, _s, _e in moves]
    for item, new_start, new_end in moves:
        request = BookingRequest(
            **{
                **booking_service.request_of(item).__dict__,
                "start": new_start,
                "end": new_end,
                "equipment_id": target,
                "purpose": text,
            }
        )
        try:
            booking_service.update_booking(
                session,
                actor,
                item.id,
                request,
                override_reason=override_reason,
                now=now,
                exclude_ids=moved_ids,
            )
        except BookingRefused as error:
            raise type(error)(
                error.refusals, _("Occurrence on {day}: ", day=local_text(new_start, zone))
            ) from None
    if scope == SeriesScope.ALL:
        _reshape(series, shift_days, new_local, local_duration, target, text)
    else:
        _split(session, series, moves, target, text)
    session.flush()
    return moved_ids


def _reshape(
    series: BookingSeries,
    shift_days: int,
    new_local: datetime,
    duration: timedelta,
    equipment_id: int,
    purpose: str,
) -> None:
    """ "All": the rule itself takes the new day, time, length, equipment and purpose."""
    series.first_date = series.first_date + timedelta(days=shift_days)
    if series.until_date is not None:
        series.until_date = series.until_date + timedelta(days=shift_days)
    if series.weekdays:
        series.weekdays = "".join(
            sorted({str((int(d) - 1 + shift_days) % 7 + 1) for d in series.weekdays})
        )
    series.local_start = new_local.time().replace(tzinfo=None)
    series.duration_minutes = int(duration.total_seconds() // 60)
    series.equipment_id = equipment_id
    series.purpose = purpose


def _split(
    session: Session,
    series: BookingSeries,
    moves: list[tuple[Booking, datetime, datetime]],
    equipment_id: int,
    purpose: str,
) -> None:
    """ "This and following": the moved occurrences get a rule of their own from their first
    day to their last; the old rule ends with its last remaining occurrence."""
    zone = ZoneInfo(series.time_zone)
    ordered = sorted(moves, key=lambda m: m[1])
    first_local = ordered[0][1].astimezone(zone)
    duration = ordered[0][2].astimezone(zone).replace(tzinfo=None) - first_local.replace(
        tzinfo=None
    )
    tail = BookingSeries(
        equipment_id=equipment_id,
        booked_for_id=series.booked_for_id,
        created_by_id=series.created_by_id,
        job_id=series.job_id,
        job_step_id=series.job_step_id,
        purpose=purpose,
        frequency=series.frequency,
        every=series.every,
        weekdays="".join(sorted({str(m[1].astimezone(zone).isoweekday()) for m in ordered}))
        if series.frequency == Frequency.WEEKLY
        else "",
        first_date=first_local.date(),
        until_date=ordered[-1][1].astimezone(zone).date(),
        occurrences=None,
        local_start=first_local.time().replace(tzinfo=None),
        duration_minutes=int(duration.total_seconds() // 60),
        time_zone=series.time_zone,
    )
    session.add(tail)
    session.flush()
    for index, (item, _start, _end) in enumerate(ordered):
        item.series_id = tail.id
        item.occurrence = index
    session.flush()
    remaining = session.scalar(
        select(Booking.starts_at)
        .where(Booking.series_id == series.id)
        .order_by(Booking.starts_at.desc())
        .limit(1)
    )
    series.until_date = (
        remaining.astimezone(zone).date() if remaining is not None else series.first_date
    )
    series.occurrences = None


def series_occurrences(
    session: Session, actor: Actor | None, series_id: int
) -> list[booking_service.BookingRow]:
    """Every occurrence of a series (any status), in order."""
    require(actor, Permission.VIEW_BOOKINGS)
    if session.get(BookingSeries, series_id) is None:
        raise NotFound(_("There is no booking series with id {id}.", id=series_id))
    rows = booking_service.list_bookings(
        session, actor, booking_service.BookingFilter(series_id=series_id), limit=MAX_OCCURRENCES
    )
    return rows[::-1]
