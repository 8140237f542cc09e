"""The lab's opening hours per weekday and the no-show grace period (stored in the settings
table under "bookings."), and the opening intervals of a period in UTC for the calendar and
the free-slot search. Opening hours are local wall-clock times of the center's time zone."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import WEEKDAY_NAMES, _
from itc_desktop.models.settings import Setting
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.permissions import Permission, require

# Monday first, like date.weekday(); "" = closed that day.
DEFAULT_OPENING_HOURS: tuple[str, ...] = (
    "07:00-19:00",
    "07:00-19:00",
    "07:00-19:00",
    "07:00-19:00",
    "07:00-19:00",
    "08:00-14:00",
    "",
)
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


@dataclass
class BookingSettings:
    opening_hours: list[str] = field(default_factory=lambda: list(DEFAULT_OPENING_HOURS))
    # A booking without a usage session started this long after its start is a no-show.
    no_show_grace_minutes: int = 30


@dataclass(frozen=True)
class DayHours:
    """Opening hours of one weekday; `closes` may be 24:00 (`closes_next_midnight`)."""

    opens: time
    closes: time
    closes_next_midnight: bool = False


_KEY = "bookings."


def parse_hours(text: str) -> DayHours | None:
    """ "07:00-19:00" -> DayHours; "" -> None (closed). Raises ValueError when malformed."""
    text = text.strip().replace(" ", "").replace("–", "-")
    if not text:
        return None
    match = _HOURS.match(text)
    if match is None:
        raise ValueError(text)
    oh, om, ch, cm = (int(g) for g in match.groups())
    if oh > 23 or om > 59 or cm > 59 or ch > 24 or (ch == 24 and cm != 0):
        raise ValueError(text)
    opens = time(oh, om)
    if ch == 24:
        return DayHours(opens, time(0, 0), closes_next_midnight=True)
    closes = time(ch, cm)
    if closes <= opens:
        raise ValueError(text)
    return DayHours(opens, closes)


def get_booking_settings(session: Session) -> BookingSettings:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(_KEY)))
    stored = {row.key.removeprefix(_KEY): json.loads(row.value) for row in rows}
    known = {f.name for f in fields(BookingSettings)}
    return BookingSettings(**{k: v for k, v in stored.items() if k in known})


def update_booking_settings(
    session: Session, actor: Actor | None, settings: BookingSettings
) -> None:
    require(actor, Permission.EDIT_SETTINGS)
    errors: dict[str, str] = {}
    if len(settings.opening_hours) != 7:
        errors[_("Opening hours")] = _("give one entry per weekday, Monday first")
    else:
        for name, text in zip(WEEKDAY_NAMES, settings.opening_hours, strict=True):
            try:
                parse_hours(text)
            except ValueError:
                errors[_(name)] = _(
                    "write opening hours as 07:00-19:00, or leave empty when closed"
                )
    if not 0 <= settings.no_show_grace_minutes <= 24 * 60:
        errors[_("No-show after (minutes)")] = _("between 0 and 1440")
    if errors:
        raise ValidationError(errors)
    settings.opening_hours = [t.strip().replace(" ", "") for t in settings.opening_hours]
    for key, value in asdict(settings).items():
        encoded = json.dumps(value, ensure_ascii=False)
        row = session.get(Setting, _KEY + key)
        if row is None:
            session.add(Setting(key=_KEY + key, value=encoded))
        elif row.value != encoded:
            row.value = encoded


def weekly_hours(session: Session) -> list[DayHours | None]:
    """Monday first. An unreadable stored entry counts as closed rather than open all day."""
    result: list[DayHours | None] = []
    for text in get_booking_settings(session).opening_hours[:7]:
        try:
            result.append(parse_hours(text))
        except ValueError:
            result.append(None)
    return result + [None] * (7 - len(result))


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a local wall-clock time. A time that does not exist (the hour
    skipped in spring) falls forward, like a wall clock does."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def opening_intervals(
    session: Session, start: datetime, end: datetime, zone: ZoneInfo | None = None
) -> list[tuple[datetime, datetime]]:
    """The lab's open intervals between two instants, in UTC, in order and clipped."""
    zone = zone or lab_zone(session)
    hours = weekly_hours(session)
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date()
    intervals: list[tuple[datetime, datetime]] = []
    while day <= last:
        entry = hours[day.weekday()]
        if entry is not None:
            opens = local_instant(day, entry.opens, zone)
            closes = (
                local_instant(day + timedelta(days=1), time(0, 0), zone)
                if entry.closes_next_midnight
                else local_instant(day, entry.closes, zone)
            )
            lo, hi = max(opens, start), min(closes, end)
            if lo < hi:
                intervals.append((lo, hi))
        day += timedelta(days=1)
    return intervals
