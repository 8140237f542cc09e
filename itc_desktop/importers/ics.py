"""iCalendar (RFC 5545) files written with the icalendar package: a VCALENDAR of VEVENTs with
UTC times; the package folds lines at 75 octets and escapes TEXT values.

Stable UIDs plus SEQUENCE let a calendar program update an event it imported before instead
of adding a duplicate (RFC 5545 §3.8.4.7, §3.8.7.4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event

PRODID = "-//ITC Lab//Bookings//EN"


@dataclass(frozen=True)
class IcsEvent:
    uid: str
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    location: str = ""
    sequence: int = 0
    cancelled: bool = False
    last_modified: datetime | None = None


def _utc(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("naive datetime; attach a time zone")
    return at.astimezone(UTC)


def calendar_text(events: Iterable[IcsEvent], name: str, now: datetime) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    stamp = _utc(now)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", _utc(item.start))
        event.add("dtend", _utc(item.end))
        event.add("sequence", item.sequence)
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        if item.location:
            event.add("location", item.location)
        if item.last_modified is not None:
            event.add("last-modified", _utc(item.last_modified))
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")
