"""iCalendar (RFC 5545) files written with the icalendar package: a VCALENDAR of VEVENTs with
UTC times; the package folds lines at 75 octets and escapes TEXT values.

Stable UIDs plus SEQUENCE let a calendar program update an event it imported before instead
of adding a duplicate (RFC 5545 §3.8.4.7, §3.8.7.4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event, vText

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


class _Text(vText):
    """A TEXT value escaped as RFC 5545 §3.3.11 says. The package's own escaping turns a
    backslash before N (`C:\\New`) into a line break and leaves a bare CR, which ends the
    content line and breaks the file; here every line break (CR, LF, CRLF) is `\\n`."""

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        return text.encode("utf-8")


def calendar_text(events: Iterable[IcsEvent], name: str, now: datetime) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # An X- property is not escaped by the package: the name is one line of text.
    calendar.add("x-wr-calname", " ".join(name.split()))
    stamp = _utc(now)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", _utc(item.start))
        event.add("dtend", _utc(item.end))
        event.add("sequence", item.sequence)
        event.add("summary", _Text(item.summary))
        if item.description:
            event.add("description", _Text(item.description))
        if item.location:
            event.add("location", _Text(item.location))
        if item.last_modified is not None:
            event.add("last-modified", _utc(item.last_modified))
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")
