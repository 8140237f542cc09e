"""iCalendar export read back line by line: CRLF, folding at 75 octets (never inside a UTF-8
character), escaping, UTC times, stable UIDs with a rising SEQUENCE, cancelled events; and
`itc-desktop export ics`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from itc_desktop.db import Actor, Database
from itc_desktop.importers.ics import IcsEvent, calendar_text
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.booking_export import export_ics, export_ics_for
from itc_desktop.services.errors import NotFound, ValidationError
from tests.backends import cli_db, run_cli
from tests.services.bookings_support import at, book, next_monday
from tests.services.equipment_support import make_equipment

PURPOSE = (
    "Szakítóvizsgálat, Kőszegi Fém; ötvözet\\AlSi10Mg\n"
    "Друга линија: čćđšž – hosszú leírás, hogy a sor biztosan hajtogatva legyen"
)


def _unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def parse(text: str) -> list[dict[str, str]]:
    """A strict little reader: checks the physical lines, unfolds, returns the VEVENTs."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert "\n" not in line and "\r" not in line
        assert len(line.encode("utf-8")) <= 75, line
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    assert logical[0] == "BEGIN:VCALENDAR" and logical[-1] == "END:VCALENDAR"
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in logical:
        name, _sep, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            current[name] = value
    return events


def test_long_text_folds_without_splitting_characters_and_round_trips() -> None:
    start = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    event = IcsEvent("booking-1@itc-lab", start, start + timedelta(hours=2), "ő" * 100, PURPOSE)
    text = calendar_text([event], "Gép; „naptár”", start)
    (read,) = parse(text)  # the strict reader checks CRLF and 75-octet lines
    assert _unescape(read["SUMMARY"]) == "ő" * 100
    assert _unescape(read["DESCRIPTION"]) == PURPOSE
    # The icalendar package reads back exactly what was written.
    (vevent,) = Calendar.from_ical(text).walk("VEVENT")
    assert str(vevent["DESCRIPTION"]) == PURPOSE
    assert vevent.decoded("DTSTART") == start
    with pytest.raises(ValueError):
        calendar_text(
            [IcsEvent("x", datetime(2026, 1, 1), datetime(2026, 1, 2), "naive")],
            "c",
            datetime.now(UTC),
        )


def test_export_of_one_equipment_reads_back(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    day = next_monday()
    first = book(db, technician, lathe, at(day, 8), at(day, 10), purpose=PURPOSE)
    second = book(db, technician, lathe, at(day, 11), at(day, 12))
    with db.transaction(technician) as session:
        booking_service.cancel_booking(session, technician, second, "Nincs minta; no specimen")
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    with db.reader() as session:
        text = export_ics(session, technician, equipment_id=lathe, now=now)
    events = parse(text)
    assert [e["UID"] for e in events] == [f"booking-{first}@itc-lab", f"booking-{second}@itc-lab"]
    one, two = events
    assert one["DTSTART"] == at(day, 8).strftime("%Y%m%dT%H%M%SZ")
    assert one["DTEND"] == at(day, 10).strftime("%Y%m%dT%H%M%SZ")
    assert one["DTSTAMP"] == "20261128T120000Z"
    assert one["STATUS"] == "CONFIRMED" and one["SEQUENCE"] == "0"
    assert _unescape(one["SUMMARY"]) == "ITC-0001 CNC lathe — Szőke Bence"
    assert _unescape(one["DESCRIPTION"]).startswith(PURPOSE + "\n")
    assert _unescape(one["LOCATION"]) == "Műhely A"
    assert two["STATUS"] == "CANCELLED" and two["SEQUENCE"] == "1"
    assert "Nincs minta; no specimen" in _unescape(two["DESCRIPTION"])
    # A moved booking keeps its UID and raises SEQUENCE, so calendars update it.
    with db.transaction(technician) as session:
        booking_service.move_booking(session, technician, first, at(day, 14))
    with db.reader() as session:
        again = parse(export_ics(session, technician, equipment_id=lathe, now=now))
    moved = next(e for e in again if e["UID"] == f"booking-{first}@itc-lab")
    assert moved["SEQUENCE"] == "1"
    assert moved["DTSTART"] == at(day, 14).strftime("%Y%m%dT%H%M%SZ")


def test_export_by_user_and_by_key_refuses_unknown(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    press = make_equipment(db, manager, "ITC-0005", name="Press")
    day = next_monday()
    mine = book(db, technician, lathe, at(day, 8), at(day, 9))
    book(db, manager, press, at(day, 8), at(day, 9))
    with db.reader() as session:
        events = parse(export_ics_for(session, manager, username="technician"))
        assert [e["UID"] for e in events] == [f"booking-{mine}@itc-lab"]
        with pytest.raises(NotFound):
            export_ics_for(session, manager, asset_tag="ITC-9999")
        with pytest.raises(NotFound):
            export_ics_for(session, manager, job_reference="ITC-2026-999")
        with pytest.raises(ValidationError):
            export_ics(session, manager, equipment_id=lathe, user_id=technician.id)


def test_cli_export_ics(db: Database, manager: Actor, technician: Actor, tmp_path: Path) -> None:
    lathe = make_equipment(db, manager, "ITC-0042")
    day = next_monday()
    for hour in (8, 10, 12):
        book(db, technician, lathe, at(day, hour), at(day, hour) + timedelta(hours=1))
    out = tmp_path / "lathe.ics"
    assert (
        run_cli(
            [
                "--db",
                cli_db(db),
                "export",
                "ics",
                "--equipment",
                "itc-0042",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    raw = out.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # every line ends with CRLF
    assert len(parse(raw.decode("utf-8"))) == 3
    assert (
        run_cli(["--db", cli_db(db), "export", "ics", "--equipment", "NOPE", "--out", str(out)])
        == 2
    )
