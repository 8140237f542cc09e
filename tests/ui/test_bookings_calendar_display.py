"""What the Bookings calendar shows and how it is narrowed: maintenance windows drawn and
blocking a drag, rows filtered by category, the date picker, opening hours shaded, the today
marker, blocks coloured by status and job; dragging an occurrence of a series asks which
occurrences and moves them through the series rules."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtGui import QColor

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import language
from itc_desktop.models.base import utcnow
from itc_desktop.services import booking_series as series_service
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.booking_series import SeriesScope, SeriesSpec
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.services.maintenance_windows import plan_maintenance_window
from itc_desktop.ui.pages.booking_dialogs import BookingForm, ScopeDialog
from itc_desktop.ui.pages.bookings import BookingsPage
from itc_desktop.ui.widgets.calendar_view import (
    CLOSED,
    HEADER_HEIGHT,
    NOW,
    ROW_HEIGHT,
    STATUS_COLOURS,
)
from tests.services.bookings_support import LAB, at, book, next_monday
from tests.services.jobs_support import make_company, make_job
from tests.ui.bookings_ui_support import add_equipment, all_bookings, drag, open_page, stored


@pytest.fixture
def no_forms(monkeypatch: pytest.MonkeyPatch) -> list[BookingForm]:
    opened: list[BookingForm] = []

    def exec_(form: BookingForm) -> int:
        opened.append(form)
        return 0

    monkeypatch.setattr(BookingForm, "exec", exec_)
    return opened


def pixel(page: BookingsPage, point: QPoint) -> QColor:
    image = page.calendar.grab().toImage()
    return image.pixelColor(point)


def close_to(colour: QColor, expected: QColor, slack: int = 6) -> bool:
    return all(
        abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def test_a_maintenance_window_is_drawn_and_a_drag_into_it_is_refused(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, no_forms
) -> None:
    machine = add_equipment(db, manager, "CNC-1")
    monday = next_monday()
    with db.transaction(manager) as session:
        plan_maintenance_window(
            session,
            manager,
            machine,
            start=at(monday, 12),
            end=at(monday, 16),
            description="Orsócsere / spindle replacement",
        )
    mine = book(db, technician, machine, at(monday, 8), at(monday, 10))
    page = open_page(qtbot, context_for, technician)
    view = page.calendar
    assert [(w.start, w.end) for w in view.windows] == [(at(monday, 12), at(monday, 16))]
    assert view.tooltip_at(view.point_for(machine, at(monday, 14))) == (
        "Maintenance: Orsócsere / spindle replacement"
    )
    assert view.tooltip_at(view.point_for(machine, at(monday, 17))) == ""
    # The window is hatched in orange over the white of the open hours.
    inside = pixel(page, view.point_for(machine, at(monday, 14)))
    outside = pixel(page, view.point_for(machine, at(monday, 17)) + QPoint(0, 8))
    assert inside.red() > inside.blue() + 10, inside.getRgb()
    assert close_to(outside, QColor("white")), outside.getRgb()
    page.calendar.grab().save("/tmp/audit4_maintenance.png")

    # Moving the booking into the window: refused with the reason, the block stays.
    drag(view, view.point_for(machine, at(monday, 9)), view.point_for(machine, at(monday, 13)))
    assert "is in maintenance from" in page.banner.text()
    assert "Orsócsere" in page.banner.text()
    assert stored(db, technician, mine) == (at(monday, 8), at(monday, 10))
    # Dragging on empty time across the window: refused too, no form opened.
    drag(view, view.point_for(machine, at(monday, 11)), view.point_for(machine, at(monday, 13)))
    assert "is in maintenance from" in page.banner.text()
    assert no_forms == []
    assert len(all_bookings(db, technician)) == 1


def test_rows_follow_the_category_filter_and_the_date_picker_moves_the_week(
    qtbot, db: Database, manager: Actor, context_for
) -> None:
    lathe = add_equipment(db, manager, "CNC-1")
    tester = add_equipment(db, manager, "UTM-1", category="testing_machine")
    page = open_page(qtbot, context_for, manager)
    assert [r.equipment_id for r in page.calendar.rows] == [lathe, tester]
    page.category.setCurrentIndex(page.category.findData("testing_machine"))
    assert [r.equipment_id for r in page.calendar.rows] == [tester]
    page.category.setCurrentIndex(page.category.findData("furnace"))
    assert page.calendar.rows == []
    page.category.setCurrentIndex(0)
    assert len(page.calendar.rows) == 2

    # A Thursday three weeks on: the week view starts on its Monday.
    monday = next_monday() + timedelta(days=21)
    thursday = monday + timedelta(days=3)
    page.date_edit.setDate(QDate(thursday.year, thursday.month, thursday.day))
    assert page.calendar.first_day == monday
    assert page.range_label.text() == f"{monday:%Y-%m-%d} – {monday + timedelta(days=6):%Y-%m-%d}"
    page.day_button.click()
    assert (page.calendar.days, page.calendar.first_day) == (1, thursday)


def test_closed_hours_are_shaded_and_today_is_marked(
    qtbot, db: Database, manager: Actor, context_for
) -> None:
    machine = add_equipment(db, manager, "CNC-1")
    page = open_page(qtbot, context_for, manager)
    view = page.calendar
    monday = next_monday()
    sunday = monday + timedelta(days=6)
    below = QPoint(0, ROW_HEIGHT // 2 - 2)  # low in the row, clear of labels
    # Default hours: Monday 07-19 open, 06:00 and 20:00 closed, Sunday closed all day.
    assert close_to(
        pixel(page, view.point_for(machine, at(monday, 10, 30)) + below), QColor("white")
    )
    assert close_to(pixel(page, view.point_for(machine, at(monday, 6, 30)) + below), CLOSED)
    assert close_to(pixel(page, view.point_for(machine, at(monday, 20, 30)) + below), CLOSED)
    assert close_to(pixel(page, view.point_for(machine, at(sunday, 12, 30)) + below), CLOSED)

    # The now line is drawn at the current instant of the shown week, not outside it.
    view.now = lambda: at(monday + timedelta(days=2), 10, 40)
    view.update()
    x = round(view.x_of(at(monday + timedelta(days=2), 10, 40)))
    marks = [pixel(page, QPoint(x + dx, HEADER_HEIGHT + ROW_HEIGHT - 4)) for dx in (-1, 0, 1)]
    assert any(close_to(c, NOW, 30) for c in marks), [c.getRgb() for c in marks]
    view.grab().save("/tmp/audit4_today.png")
    view.now = lambda: at(monday + timedelta(days=9), 10, 40)
    view.update()
    marks = [pixel(page, QPoint(x + dx, HEADER_HEIGHT + ROW_HEIGHT - 4)) for dx in (-1, 0, 1)]
    assert not any(close_to(c, NOW, 30) for c in marks)


def test_blocks_are_coloured_by_status_and_job(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for
) -> None:
    machine = add_equipment(db, manager, "CNC-1")
    other = add_equipment(db, manager, "CNC-2")
    job = make_job(db, manager, make_company(db, manager))
    now = utcnow()
    yesterday = now.astimezone(LAB).date() - timedelta(days=1)
    # Yesterday's booking nobody used (a no-show), and next week one with a job, one without.
    with db.transaction(manager) as session:
        missed = booking_service.create_booking(
            session,
            manager,
            BookingRequest(
                other, at(yesterday, 10), at(yesterday, 12), booked_for_id=technician.id
            ),
            now=now - timedelta(days=3),
        )
        booking_service.mark_no_show(session, manager, missed)
    monday = next_monday()
    plain = book(db, technician, machine, at(monday, 8), at(monday, 10))
    with_job = book(db, technician, machine, at(monday, 12), at(monday, 14), job_id=job.id)
    page = open_page(qtbot, context_for, technician)
    page.day_button.click()  # the day view: blocks wide enough to sample and label
    view = page.calendar

    def colour_of(booking_id: int) -> QColor:
        block = view.booking(booking_id)
        assert block is not None
        rect = view.block_rect(block)
        return pixel(page, QPoint(int(rect.right()) - 3, int(rect.top()) + 3))

    confirmed = STATUS_COLOURS["confirmed"]
    assert close_to(colour_of(plain), confirmed.lighter(115)), colour_of(plain).getRgb()
    assert close_to(colour_of(with_job), confirmed), colour_of(with_job).getRgb()
    view.grab().save("/tmp/audit4_colours.png")
    block = view.booking(with_job)
    assert block is not None
    tip = view.tooltip_at(view.block_rect(block).center().toPoint())
    assert technician.full_name in tip and job.reference in tip
    page.go_to(yesterday)
    no_show = STATUS_COLOURS["no_show"].lighter(115)
    assert close_to(colour_of(missed), no_show), colour_of(missed).getRgb()


def test_dragging_a_series_occurrence_asks_which_and_moves_them(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, monkeypatch
) -> None:
    machine = add_equipment(db, manager, "SAW-1")
    monday = next_monday()
    with db.transaction(technician) as session:
        created = series_service.create_series(
            session,
            technician,
            SeriesSpec(machine, "daily", monday, time(9), timedelta(hours=1), count=3),
        )
    blocker = book(
        db, manager, machine, at(monday + timedelta(days=2), 14), at(monday, 15) + timedelta(days=2)
    )
    page = open_page(qtbot, context_for, technician)
    view = page.calendar
    chosen: list[SeriesScope] = []

    def choose(scope: SeriesScope):  # type: ignore[no-untyped-def]
        def exec_(dialog: ScopeDialog) -> int:
            dialog.choices[scope].setChecked(True)
            chosen.append(dialog.scope())
            return 1

        return exec_

    def occurrences() -> list[tuple[object, object]]:
        return sorted(
            (r.start, r.end)
            for r in all_bookings(db, technician)
            if r.series_id is not None and r.status == "confirmed"
        )

    # All occurrences to 14:00: the third lands on the manager's booking, so none moves.
    monkeypatch.setattr(ScopeDialog, "exec", choose(SeriesScope.ALL))
    drag(
        view,
        view.point_for(machine, at(monday, 9, 30)),
        view.point_for(machine, at(monday, 14, 30)),
    )
    assert chosen == [SeriesScope.ALL]
    assert "Occurrence on" in page.banner.text() and "already booked by" in page.banner.text()
    assert occurrences() == [
        (at(monday + timedelta(days=d), 9), at(monday + timedelta(days=d), 10)) for d in range(3)
    ]
    # All to 11:00: each occurrence moves, the local time kept.
    monkeypatch.setattr(ScopeDialog, "exec", choose(SeriesScope.ALL))
    drag(
        view,
        view.point_for(machine, at(monday, 9, 30)),
        view.point_for(machine, at(monday, 11, 30)),
    )
    assert occurrences() == [
        (at(monday + timedelta(days=d), 11), at(monday + timedelta(days=d), 12)) for d in range(3)
    ]
    assert not page.banner.isVisible()
    # Only this one (the second) to 16:00.
    monkeypatch.setattr(ScopeDialog, "exec", choose(SeriesScope.ONE))
    tuesday = monday + timedelta(days=1)
    drag(
        view,
        view.point_for(machine, at(tuesday, 11, 30)),
        view.point_for(machine, at(tuesday, 16, 30)),
    )
    assert occurrences() == sorted(
        [
            (at(monday, 11), at(monday, 12)),
            (at(tuesday, 16), at(tuesday, 17)),
            (at(monday + timedelta(days=2), 11), at(monday + timedelta(days=2), 12)),
        ]
    )
    # Closing the question without choosing changes nothing and says so.
    monkeypatch.setattr(ScopeDialog, "exec", lambda _d: 0)
    drag(
        view,
        view.point_for(machine, at(monday, 11, 30)),
        view.point_for(machine, at(monday, 8, 30)),
    )
    assert "not made" in page.banner.text()
    assert (at(monday, 11), at(monday, 12)) in occurrences()
    assert stored(db, manager, blocker) == (
        at(monday + timedelta(days=2), 14),
        at(monday + timedelta(days=2), 15),
    )
    assert created.series_id


def test_dragging_the_start_edge_resizes_through_the_rules(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, no_forms
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    machine = add_equipment(db, manager, "PRESS-1")
    monday = next_monday()
    book(db, manager, machine, at(monday, 7), at(monday, 8))
    mine = book(db, technician, machine, at(monday, 10), at(monday, 11))
    page = open_page(qtbot, context_for, technician)
    QTest.keyClick(page.calendar, Qt.Key.Key_D)  # the day view: an hour is wide
    view = page.calendar
    edge = view.point_for(machine, at(monday, 10)) + QPoint(2, 0)

    drag(view, edge, view.point_for(machine, at(monday, 7, 30)))  # onto the manager's hour
    assert "already booked by" in page.banner.text()
    assert stored(db, technician, mine) == (at(monday, 10), at(monday, 11))

    drag(view, edge, view.point_for(machine, at(monday, 8)))  # touching it is fine
    assert stored(db, technician, mine) == (at(monday, 8), at(monday, 11))
    assert not page.banner.isVisible()
    assert no_forms == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "Mon {iso} 08:00 – 10:00"), ("hu", "H {hu} 08:00 – 10:00"),
     ("sr", "Pon {sr} 08:00 – 10:00"), ("sr-Cyrl", "Пон {sr} 08:00 – 10:00")],
)  # fmt: skip
def test_the_calendar_names_the_days_in_the_program_language(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, code: str, expected: str
) -> None:
    """Day names came from strftime("%a"), which speaks English whatever the language."""
    machine = add_equipment(db, manager, "CNC-1")
    monday = next_monday()
    book(db, technician, machine, at(monday, 8), at(monday, 10))
    page = open_page(qtbot, context_for, technician)
    view = page.calendar
    with language(code):
        tip = view.tooltip_at(view.point_for(machine, at(monday, 9)))
    dates = {
        "iso": f"{monday:%Y-%m-%d}",
        "hu": f"{monday:%Y. %m. %d.}",
        "sr": f"{monday:%d.%m.%Y.}",
    }
    assert expected.format(**dates) in tip
