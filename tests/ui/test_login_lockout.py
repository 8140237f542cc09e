"""The login dialog after repeated wrong passwords: the pause is shown, then lifts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from itc_desktop.db import Actor, Database
from itc_desktop.services import users as user_service
from itc_desktop.services.lockout import Lockouts
from itc_desktop.ui.login import LoginDialog
from tests.conftest import PASSWORDS


def test_five_wrong_passwords_pause_the_sign_in_and_say_for_how_long(
    qtbot, db: Database, actors: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [0.0]
    lockouts = Lockouts(max_failures=5, lock_seconds=30.0, clock=lambda: now[0])
    monkeypatch.setattr(user_service, "SIGN_IN_LOCKOUTS", lockouts)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "manager")
    for attempt in range(6):
        password = PASSWORDS["manager"] if attempt == 5 else f"guess-{attempt}"
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        now[0] += 1
    # The fifth miss started a 30 s pause; the right password in it is refused too.
    assert dialog.actor is None and dialog.isVisible()
    assert dialog.message.text() == "Too many failed sign-ins as manager: try again in 29 s."
    now[0] += 29
    qtbot.keyClicks(dialog.password, PASSWORDS["manager"])
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.actor == actors["manager"]
