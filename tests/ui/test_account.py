"""My account: every user sees who they are and changes their own password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from itc_desktop.db import Actor, Database
from itc_desktop.services import users as user_service
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.ui.pages.account import AccountPage
from tests.conftest import PASSWORDS


@pytest.fixture
def account_page(qtbot, open_window, technician: Actor) -> AccountPage:
    window = open_window(technician)
    window.show_page("account")
    assert window.current_page_key() == "account"
    page = window.page_widget("account")
    assert isinstance(page, AccountPage)
    return page


def test_shows_who_is_signed_in(account_page: AccountPage) -> None:
    assert account_page.full_name_label.text() == "Szőke Bence"
    assert account_page.username_label.text() == "technician"
    assert account_page.role_label.text() == "Technician"
    assert account_page.language_label.text() == "English"
    assert account_page.email_label.text() == "(none)"


def test_change_own_password(qtbot, account_page: AccountPage, db: Database) -> None:
    assert not account_page.change_button.isEnabled()
    qtbot.keyClicks(account_page.current_password, PASSWORDS["technician"])
    qtbot.keyClicks(account_page.new_password, "a-new-secret")
    qtbot.keyClicks(account_page.repeat_password, "a-new-secret")
    assert account_page.change_button.isEnabled()
    qtbot.mouseClick(account_page.change_button, Qt.MouseButton.LeftButton)
    assert account_page.message.text() == "Your password was changed."
    assert account_page.current_password.text() == ""
    assert not account_page.change_button.isEnabled()
    with db.reader() as session:
        assert user_service.authenticate(session, "technician", "a-new-secret").role == "technician"
        with pytest.raises(PermissionDenied):
            user_service.authenticate(session, "technician", PASSWORDS["technician"])


def test_wrong_current_password_is_named(qtbot, account_page: AccountPage, db: Database) -> None:
    qtbot.keyClicks(account_page.current_password, "not-my-password")
    qtbot.keyClicks(account_page.new_password, "a-new-secret")
    qtbot.keyClicks(account_page.repeat_password, "a-new-secret")
    account_page.change_button.click()
    assert account_page.message.text() == "• Current password: does not match"
    with db.reader() as session:
        user_service.authenticate(session, "technician", PASSWORDS["technician"])


def test_new_password_must_be_repeated_and_long_enough(qtbot, account_page: AccountPage) -> None:
    qtbot.keyClicks(account_page.current_password, PASSWORDS["technician"])
    qtbot.keyClicks(account_page.new_password, "short")
    assert account_page.message.text() == "Password: at least 8 characters"
    qtbot.keyClicks(account_page.new_password, "-but-now-long")
    qtbot.keyClicks(account_page.repeat_password, "short-but-now-lon")
    assert account_page.message.text() == "Repeat password: does not match"
    assert not account_page.change_button.isEnabled()


def test_everyone_has_the_account_page(open_window, actors) -> None:
    for actor in actors.values():
        window = open_window(actor)
        assert window.page_keys()[-1] == "account"
        page = window.page_widget("account")
        assert page.full_name_label.text() == actor.full_name
