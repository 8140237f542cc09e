"""Taking equipment out of service and retiring it from the Equipment page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from itc_desktop.db import Actor, Database
from itc_desktop.services import usage as usage_service
from itc_desktop.ui.pages import equipment_status_actions as status_module
from tests.services.equipment_support import make_equipment
from tests.ui import test_equipment_page as page_tests
from tests.ui.equipment_support import row_texts

open_page = page_tests.open_page  # the same fixture
_scan = page_tests._scan


def test_manager_takes_out_of_service_then_retires(
    qtbot,
    open_page,
    db: Database,
    manager: Actor,
    shown_boxes,
    monkeypatch,
) -> None:
    press = make_equipment(db, manager, "ITC-0004", name="Press brake")
    notes = iter(["", "Hydraulic leak, do not use", "Scrapped after the leak"])
    monkeypatch.setattr(status_module, "ask_note", lambda *args: next(notes))
    monkeypatch.setattr(status_module, "confirm_retire", lambda *args: True)
    page = open_page(manager)
    _scan(qtbot, page, "ITC-0004")
    actions = page.status_actions
    assert actions.out_of_service_action.isEnabled() and actions.retire_action.isEnabled()

    # An empty note is refused by the service, and nothing changes.
    assert not actions.on_out_of_service()
    assert shown_boxes and "note" in shown_boxes[-1].text.lower()
    assert row_texts(page, "ITC-0004")["Status"] == "Available"

    actions.out_of_service_action.trigger()
    assert row_texts(page, "ITC-0004")["Status"] == "Out of service"
    assert not actions.out_of_service_action.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_F9)
    assert "out of service" in shown_boxes[-1].text.lower()
    with db.reader() as session:
        assert usage_service.running_sessions(session, manager) == []

    actions.retire_action.trigger()
    with db.reader() as session:
        from itc_desktop.services import equipment as equipment_service

        assert equipment_service.get_equipment(session, manager, press).status == "retired"
    assert not actions.retire_action.isEnabled()


def test_technician_has_no_status_actions(
    qtbot,
    open_page,
    db: Database,
    manager: Actor,
    technician: Actor,
) -> None:
    make_equipment(db, manager, "ITC-0004", name="Press brake")
    page = open_page(technician)
    _scan(qtbot, page, "ITC-0004")
    assert not page.status_actions.out_of_service_action.isEnabled()
    assert not page.status_actions.retire_action.isEnabled()
