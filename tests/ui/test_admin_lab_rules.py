"""The Lab rules tab: administrators edit the due-soon limits, the opening hours and the
no-show grace period; wrong values are named as typed; managers only read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime

from itc_desktop.db import Actor, Database
from itc_desktop.services.booking_settings import (
    DEFAULT_OPENING_HOURS,
    BookingSettings,
    get_booking_settings,
    update_booking_settings,
)
from itc_desktop.services.equipment_settings import EquipmentSettings, get_equipment_settings
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.ui.pages.admin import AdminPage
from itc_desktop.ui.pages.admin_lab_rules import LabRulesTab

FRIDAY = 4
SUNDAY = 6


def _tab(qtbot, context_for, actor: Actor) -> LabRulesTab:
    tab = LabRulesTab(context_for(actor))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _stored(db: Database) -> tuple[EquipmentSettings, BookingSettings]:
    with db.reader() as session:
        return get_equipment_settings(session), get_booking_settings(session)


def _retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def test_the_tab_shows_the_stored_rules(qtbot, context_for, admin: Actor) -> None:
    tab = _tab(qtbot, context_for, admin)
    assert tab.calibration_days.text() == "30"
    assert tab.maintenance_days.text() == "7"
    assert tab.forgotten_hours.text() == "12"
    assert tab.grace_minutes.text() == "30"
    assert [day.text() for day in tab.days] == list(DEFAULT_OPENING_HOURS)
    assert not tab.days[SUNDAY].open.isChecked()
    assert not tab.days[SUNDAY].opens.isEnabled()


def test_admin_changes_due_soon_days_and_opening_hours(
    qtbot, context_for, admin: Actor, db: Database
) -> None:
    tab = _tab(qtbot, context_for, admin)
    _retype(qtbot, tab.calibration_days, "45")
    _retype(qtbot, tab.maintenance_days, "14")
    _retype(qtbot, tab.forgotten_hours, "10")
    _retype(qtbot, tab.grace_minutes, "20")
    friday = tab.days[FRIDAY]
    friday.opens.setTime(QTime(6, 30))
    friday.closes.setTime(QTime(0, 0))  # until midnight
    sunday = tab.days[SUNDAY]
    qtbot.mouseClick(sunday.open, Qt.MouseButton.LeftButton)
    assert sunday.opens.isEnabled()
    sunday.opens.setTime(QTime(9, 0))
    sunday.closes.setTime(QTime(13, 0))
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Lab rules saved."

    equipment, bookings = _stored(db)
    assert equipment == EquipmentSettings(
        calibration_due_soon_days=45, maintenance_due_soon_days=14, forgotten_session_hours=10
    )
    assert bookings.no_show_grace_minutes == 20
    assert bookings.opening_hours[FRIDAY] == "06:30-24:00"
    assert bookings.opening_hours[SUNDAY] == "09:00-13:00"
    assert bookings.opening_hours[:FRIDAY] == list(DEFAULT_OPENING_HOURS[:FRIDAY])

    # Closing a day stores it as closed.
    qtbot.mouseClick(tab.days[FRIDAY].open, Qt.MouseButton.LeftButton)
    tab.save_button.click()
    assert _stored(db)[1].opening_hours[FRIDAY] == ""
    # A fresh tab reads back what was stored.
    again = _tab(qtbot, context_for, admin)
    assert again.calibration_days.text() == "45"
    assert again.days[SUNDAY].text() == "09:00-13:00"
    assert not again.days[FRIDAY].open.isChecked()


def test_closing_before_opening_is_named_and_nothing_saved(
    qtbot, context_for, admin: Actor, db: Database
) -> None:
    before = _stored(db)
    tab = _tab(qtbot, context_for, admin)
    _retype(qtbot, tab.calibration_days, "60")
    tab.days[FRIDAY].closes.setTime(QTime(6, 0))  # opens 07:00
    assert tab.message.text() == "• Friday: the closing time is not after the opening time"
    assert not tab.save_button.isEnabled()
    tab.on_save()  # even if the button were pressed somehow
    assert _stored(db) == before
    tab.days[FRIDAY].closes.setTime(QTime(15, 0))
    assert tab.message.text() == ""
    assert tab.save_button.isEnabled()


def test_negative_and_non_numeric_values_are_named_and_nothing_saved(
    qtbot, context_for, admin: Actor, db: Database
) -> None:
    before = _stored(db)
    tab = _tab(qtbot, context_for, admin)
    _retype(qtbot, tab.calibration_days, "-5")
    _retype(qtbot, tab.grace_minutes, "half an hour")
    _retype(qtbot, tab.forgotten_hours, "0")
    assert tab.message.text().splitlines() == [
        "• Calibration due soon: a whole number from 0 to 365",
        "• Usage session forgotten after: a whole number from 1 to 168",
        "• No-show after: a whole number from 0 to 1440",
    ]
    assert not tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    tab.on_save()
    assert _stored(db) == before


def test_a_refusal_of_the_service_is_shown_and_nothing_saved(
    qtbot, context_for, admin: Actor, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form checks what it can; whatever the service still refuses is shown, and the
    equipment half of the save is rolled back with the bookings half."""
    before = _stored(db)
    tab = _tab(qtbot, context_for, admin)
    _retype(qtbot, tab.calibration_days, "90")

    def refuse(session, actor, settings) -> None:
        raise PermissionDenied("You may not change the lab rules.")

    monkeypatch.setattr("itc_desktop.services.booking_settings.update_booking_settings", refuse)
    tab.save_button.click()
    assert tab.message.text() == "You may not change the lab rules."
    assert _stored(db) == before


def test_a_manager_sees_the_rules_disabled(
    qtbot, context_for, manager: Actor, db: Database
) -> None:
    page = AdminPage(context_for(manager))
    qtbot.addWidget(page)
    tab = page.lab_rules_tab
    assert tab.calibration_days.text() == "30"
    for field in tab.numbers:
        assert not field.edit.isEnabled()
    for day in tab.days:
        assert not day.open.isEnabled()
        assert not day.opens.isEnabled() and not day.closes.isEnabled()
    assert not tab.save_button.isEnabled()
    # ... and the service refuses the manager anyway.
    with pytest.raises(PermissionDenied), db.transaction(manager) as session:
        update_booking_settings(session, manager, BookingSettings(no_show_grace_minutes=5))
