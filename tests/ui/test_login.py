"""Signing in through the real dialogs, typed as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.demo import DEMO_ACCOUNTS
from itc_desktop.services import users as user_service
from itc_desktop.ui import app as app_module
from itc_desktop.ui.login import FirstAdminDialog, LoginDialog
from tests.conftest import PASSWORDS
from tests.ui.keyboard import type_text


def _type_login(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_login_with_typed_username_and_password(qtbot, db: Database, actors) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    _type_login(qtbot, dialog, "Manager", PASSWORDS["manager"])  # username case is forgiven
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == actors["manager"]


def test_wrong_password_shows_the_message_and_keeps_the_dialog_open(
    qtbot, db: Database, actors
) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_login(qtbot, dialog, "admin", "not-the-password")
    assert dialog.isVisible()
    assert dialog.actor is None
    assert dialog.message.text() == "Wrong username or password, or the account is deactivated."
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.username.text() == "admin"
    # The second try with the right password gets in.
    _type_login(qtbot, dialog, "", PASSWORDS["admin"])
    assert dialog.actor == actors["admin"]


def test_deactivated_account_cannot_sign_in(qtbot, db: Database, admin: Actor, technician) -> None:
    with db.transaction(admin) as session:
        user_service.set_active(session, admin, technician.id, False)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    _type_login(qtbot, dialog, "technician", PASSWORDS["technician"])
    assert dialog.actor is None
    assert "deactivated" in dialog.message.text()


def test_demo_mode_lists_the_demo_accounts_and_a_click_fills_them_in(qtbot, db: Database) -> None:
    from itc_desktop.demo import fill_demo

    fill_demo(db)
    dialog = LoginDialog(db, DEMO_ACCOUNTS)
    qtbot.addWidget(dialog)
    table = dialog.demo_table
    assert table is not None and table.rowCount() == len(DEMO_ACCOUNTS)
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == [
        a[3] for a in DEMO_ACCOUNTS
    ]
    rect = table.visualRect(table.model().index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.username.text() == "technician"
    assert dialog.password.text() == "itc-tech-2026"
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.full_name == "Szőke Bence"


def test_outside_demo_mode_no_passwords_are_shown(qtbot, db: Database, actors) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.demo_table is None


def _fill_first_admin(qtbot, dialog: FirstAdminDialog, username: str, repeat: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    type_text(dialog.full_name, "Đurđević Milica")
    qtbot.keyClicks(dialog.password, "first-admin-1")
    qtbot.keyClicks(dialog.repeat, repeat)


def test_first_admin_dialog_checks_as_you_type_and_creates_the_admin(qtbot, db: Database) -> None:
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    _fill_first_admin(qtbot, dialog, "milica", "first-admin-")
    assert not dialog.create_button.isEnabled()
    assert dialog.message.text() == "Repeat password: does not match"
    qtbot.keyClicks(dialog.repeat, "1")
    assert dialog.create_button.isEnabled()
    assert dialog.message.text() == ""
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == "admin"
    with db.reader() as session:
        assert user_service.authenticate(session, "milica", "first-admin-1").full_name == (
            "Đurđević Milica"
        )


def test_first_admin_dialog_shows_the_services_refusal(qtbot, db: Database) -> None:
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_first_admin(qtbot, dialog, "milica ?", "first-admin-1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.message.text().startswith("• Username:")
    with db.reader() as session:
        assert user_service.needs_first_admin(session)


def test_first_admin_dialog_short_password_is_named(qtbot, db: Database) -> None:
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "x1")
    qtbot.keyClicks(dialog.full_name, "X")
    qtbot.keyClicks(dialog.password, "short")
    assert not dialog.create_button.isEnabled()
    assert dialog.message.text() == "Password: at least 8 characters"


def test_sign_in_offers_the_first_admin_dialog_on_an_empty_database(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def drive(dialog: FirstAdminDialog) -> int:
        opened.append(type(dialog).__name__)
        _fill_first_admin(qtbot, dialog, "milica", "first-admin-1")
        dialog.create_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstAdminDialog, "exec", drive)
    actor = app_module.sign_in(db, demo=False)
    assert opened == ["FirstAdminDialog"]
    assert actor is not None and actor.username == "milica"


def test_sign_in_uses_the_login_dialog_once_users_exist(
    qtbot, db: Database, actors, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def cancel(dialog: LoginDialog) -> int:
        seen.append(dialog.demo_table is not None)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(LoginDialog, "exec", cancel)
    assert app_module.sign_in(db, demo=False) is None
    assert app_module.sign_in(db, demo=True) is None
    assert seen == [False, True]
