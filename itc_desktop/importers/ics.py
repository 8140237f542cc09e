"""iCalendar (RFC 5545) text written by hand: VCALENDAR with VEVENTs, CRLF line ends, lines
folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, times in UTC.

Stable UIDs plus SEQUENCE let a calendar program update an event it imported before instead
of adding a duplicate (RFC 5545 §3.8.4.7, §3.8.7.4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

PRODID = "-//ITC Lab//Bookings//EN"
MAX_OCTETS = 75  # RFC 5545 §3.1, excluding the CRLF


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


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def utc_stamp(at: datetime) -> str:
    if at.tzinfo is None:
        raise ValueError("naive datetime; attach a time zone")
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str) -> str:
    """Splits a content line into chunks of at most 75 octets joined by CRLF + space; a
    multi-byte character is never cut (§3.1)."""
    out: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = "", 0
            limit = MAX_OCTETS - 1  # continuation lines start with a space
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def calendar_text(events: Iterable[IcsEvent], name: str, now: datetime) -> str:
    stamp = utc_stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{utc_stamp(event.start)}",
            f"DTEND:{utc_stamp(event.end)}",
            f"SEQUENCE:{event.sequence}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape_text(event.location)}")
        if event.last_modified is not None:
            lines.append(f"LAST-MODIFIED:{utc_stamp(event.last_modified)}")
        lines.append("STATUS:CANCELLED" if event.cancelled else "STATUS:CONFIRMED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
