"""The iCalendar writer with any text (hypothesis): every summary, description, location and
calendar name gives a file that calendar programs read back to the same text (line breaks as
LF); backslashes, `\\N`, separators and bare CRs used to break it."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import example, given
from hypothesis import strategies as st
from icalendar import Calendar

from itc_desktop.importers.ics import IcsEvent, calendar_text

# Any text the services store (they refuse NUL; lone surrogates are not text).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)


def lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@given(TEXT, TEXT, TEXT, TEXT)
@example("C:\\New folder\\Prüfung;1,2", "line 1\r\nline 2\rline 3", "x", "Szakító\ngép")
def test_any_text_reads_back(summary: str, description: str, location: str, name: str) -> None:
    event = IcsEvent("booking-1@itc-lab", NOW, NOW, summary, description, location)
    text = calendar_text([event], name, NOW)
    assert all(line for line in text.split("\r\n")[:-1])  # no broken or empty content lines
    calendar = Calendar.from_ical(text)
    (read,) = calendar.walk("VEVENT")
    assert str(read.get("summary")) == lf(summary)
    assert str(read.get("description", "")) == lf(description)
    assert str(read.get("location", "")) == lf(location)
    assert str(calendar.get("x-wr-calname")) == " ".join(name.split())
