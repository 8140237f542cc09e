"""Helpers of the Bookings page tests: equipment, a shown page on next week, mouse drags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from itc_desktop.db import Actor, Database
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.bookings import BookingFilter, BookingRow
from itc_desktop.services.equipment import EquipmentData
from itc_desktop.ui.pages.bookings import BookingsPage
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.calendar_view import CalendarView
from tests.services.bookings_support import next_monday


def add_equipment(db: Database, manager: Actor, tag: str, **fields: object) -> int:
    with db.transaction(manager) as session:
        return equipment_service.create_equipment(
            session,
            manager,
            EquipmentData(  # type: ignore[arg-type]
                asset_tag=tag, name=f"Machine {tag}", **{"category": "machine_tool", **fields}
            ),
        )


def open_page(qtbot, context: Callable[[Actor], PageContext], actor: Actor) -> BookingsPage:  # type: ignore[no-untyped-def]
    page = BookingsPage(context(actor))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # the page's shortcuts need an active window
    page.go_to(next_monday())
    return page


def drag(view: CalendarView, start: QPoint, end: QPoint) -> None:
    """Press, move in a few steps, release — as a hand does."""
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(view, start + (end - start) * step / 4)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def all_bookings(db: Database, actor: Actor, **flt: object) -> list[BookingRow]:
    with db.reader() as session:
        return booking_service.list_bookings(session, actor, BookingFilter(**flt))  # type: ignore[arg-type]


def stored(db: Database, actor: Actor, booking_id: int) -> tuple[datetime, datetime]:
    with db.reader() as session:
        row = booking_service.get_booking(session, actor, booking_id)
    return row.start, row.end
