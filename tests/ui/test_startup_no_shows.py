"""Signing in runs the booking sweep: a booking nobody used within the grace period becomes a
no-show; a failing sweep is logged and the window opens anyway."""

from __future__ import annotations

import logging
import sys
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.models.base import utcnow
from itc_desktop.models.users import Role
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.services.permissions import PERMISSIONS, Permission
from itc_desktop.ui import app as app_module
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.login import LoginDialog
from itc_desktop.ui.main_window import MainWindow
from tests.conftest import PASSWORDS
from tests.services.equipment_support import make_equipment


@pytest.fixture
def keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _bookings(db: Database, manager: Actor, technician: Actor) -> tuple[int, int]:
    """A booking that started two hours ago and one that starts tomorrow, both confirmed."""
    lathe = make_equipment(db, manager)
    now = utcnow()
    with db.transaction(manager) as session:
        missed = booking_service.create_booking(
            session,
            manager,
            BookingRequest(
                lathe,
                now - timedelta(hours=2),
                now - timedelta(hours=1),
                booked_for_id=technician.id,
            ),
            now=now - timedelta(days=1),
        )
        coming = booking_service.create_booking(
            session,
            manager,
            BookingRequest(
                lathe,
                now + timedelta(days=1),
                now + timedelta(days=1, hours=1),
                booked_for_id=technician.id,
            ),
            now=now - timedelta(days=1),
        )
    return missed, coming


def _status(db: Database, actor: Actor, booking_id: int) -> str:
    with db.reader() as session:
        return booking_service.get_booking(session, actor, booking_id).status


def _sign_in_once(
    qtbot, db: Database, username: str, monkeypatch: pytest.MonkeyPatch
) -> list[MainWindow]:
    """Runs the app: the login dialog gets the typed credentials, the window is closed."""
    windows: list[MainWindow] = []

    def login(dialog: LoginDialog) -> int:
        if windows:
            return QDialog.DialogCode.Rejected.value
        qtbot.keyClicks(dialog.username, username)
        qtbot.keyClicks(dialog.password, PASSWORDS[username])
        dialog.sign_in_button.click()
        return dialog.result()

    def event_loop(app: QApplication) -> int:
        for window in app.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                windows.append(window)
                window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", login)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.run_gui(db.url, demo=False) == app_module.EXIT_OK
    return windows


def test_signing_in_marks_a_missed_booking_as_no_show(
    qtbot, db: Database, manager: Actor, technician: Actor, monkeypatch, keep_excepthook
) -> None:
    missed, coming = _bookings(db, manager, technician)
    assert _status(db, manager, missed) == "confirmed"
    windows = _sign_in_once(qtbot, db, "technician", monkeypatch)
    assert [w.actor.username for w in windows] == ["technician"]
    assert _status(db, manager, missed) == "no_show"
    assert _status(db, manager, coming) == "confirmed"
    # The audit trail names whose sign-in changed the booking.
    with db.reader() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "bookings", AuditEntry.row_id == str(missed))
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and entry.username == "technician"


def test_a_failing_sweep_is_logged_and_the_window_opens(
    qtbot, db: Database, manager: Actor, technician: Actor, monkeypatch, keep_excepthook, caplog
) -> None:
    missed, _coming = _bookings(db, manager, technician)

    def broken(session, actor, now=None):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(booking_service, "mark_overdue_no_shows", broken)
    with caplog.at_level(logging.ERROR, logger="itc_desktop.ui.app"):
        windows = _sign_in_once(qtbot, db, "manager", monkeypatch)
    assert [w.actor.username for w in windows] == ["manager"]
    assert "start-up booking sweep failed" in caplog.text
    assert "disk on fire" in caplog.text
    assert _status(db, manager, missed) == "confirmed"


def test_a_role_without_the_right_sweeps_as_the_system_account(
    qtbot, db: Database, manager: Actor, technician: Actor, monkeypatch
) -> None:
    missed, _coming = _bookings(db, manager, technician)
    monkeypatch.setitem(
        PERMISSIONS, Permission.VIEW_BOOKINGS, frozenset({Role.ADMIN, Role.MANAGER})
    )
    app_module.sweep_overdue_bookings(db, technician, BackgroundRunner(synchronous=True))
    assert _status(db, manager, missed) == "no_show"
    with db.reader() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "bookings", AuditEntry.row_id == str(missed))
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and entry.username == "system"
