"""The Users tab, driven as an administrator would; and who may not use it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.services import users as user_service
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.ui.models.users import UserRow, UsersTableModel
from itc_desktop.ui.pages.admin import AdminPage
from itc_desktop.ui.pages.admin_dialogs import CreateUserDialog, ResetPasswordDialog, RoleDialog
from itc_desktop.ui.pages.admin_users import UsersTab
from tests.conftest import PASSWORDS
from tests.ui.keyboard import type_text


@pytest.fixture
def users_tab(qtbot, context_for, admin: Actor, actors) -> UsersTab:
    tab = UsersTab(context_for(admin))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _listed(tab: UsersTab) -> list[str]:
    return [tab.model.row_at(r).username for r in range(tab.model.rowCount())]


def _select(qtbot, tab: UsersTab, username: str) -> UserRow:
    row = tab.proxy.mapFromSource(tab.model.index(_listed(tab).index(username), 0)).row()
    rect = tab.view.visualRect(tab.proxy.index(row, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = tab.selected_user()
    assert selected is not None and selected.username == username
    return selected


def _fill_new_user(qtbot, dialog: CreateUserDialog, username: str, role: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    type_text(dialog.full_name, "Милица Ђурђевић")
    qtbot.keyClicks(dialog.email, f"{username}@itc-lab.example")
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    qtbot.keyClicks(dialog.password, "new-user-pass")
    qtbot.keyClicks(dialog.repeat, "new-user-pass")


def _driving(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], drive: Callable[[QDialog], None]
) -> list[QDialog]:
    """Replaces `cls.exec` by a user who does `drive` and then whatever the dialog does."""
    opened: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        opened.append(dialog)
        drive(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return opened


def test_users_are_listed_with_their_roles(users_tab: UsersTab) -> None:
    assert _listed(users_tab) == ["admin", "manager", "technician"]
    shown = [users_tab.proxy.index(r, UsersTableModel.ROLE).data() for r in range(3)]
    assert shown == ["Administrator", "Manager", "Technician"]
    assert not users_tab.role_button.isEnabled()  # nothing selected yet


def test_create_a_user_through_the_dialog_and_see_it_listed(
    qtbot, users_tab: UsersTab, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, CreateUserDialog)
        _fill_new_user(qtbot, dialog, "milica", "manager")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    opened = _driving(monkeypatch, CreateUserDialog, drive)
    qtbot.mouseClick(users_tab.new_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert "milica" in _listed(users_tab)
    selected = users_tab.selected_user()
    assert selected is not None and selected.full_name == "Милица Ђурђевић"
    assert selected.role == "manager" and selected.email == "milica@itc-lab.example"
    with db.reader() as session:
        assert user_service.authenticate(session, "milica", "new-user-pass").role == "manager"


def test_create_user_dialog_refusals_name_the_field_and_keep_it_open(
    qtbot, db: Database, admin: Actor, actors
) -> None:
    dialog = CreateUserDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.username, "jovana")
    assert dialog.message.text() == "Full name: required"
    type_text(dialog.full_name, "Jovanović Jovana")
    qtbot.keyClicks(dialog.password, "short")
    assert dialog.message.text() == "Password: at least 8 characters"
    qtbot.keyClicks(dialog.password, "-enough")
    qtbot.keyClicks(dialog.repeat, "short-enougX")
    assert dialog.message.text() == "Repeat password: does not match"
    assert not dialog.ok_button.isEnabled()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "short-enough")
    assert dialog.ok_button.isEnabled()
    # The service's rule on usernames: named under the form, the dialog stays.
    dialog.username.setText("Jovana Jovanović")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.created is None
    assert dialog.message.text().startswith("• Username: 2–64 characters")
    # A taken username: the conflict is shown too.
    dialog.username.setText("technician")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The username technician is taken."
    assert dialog.created is None


def test_change_role(qtbot, users_tab: UsersTab, monkeypatch: pytest.MonkeyPatch, db) -> None:
    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, RoleDialog)
        dialog.role.setCurrentIndex(dialog.role.findData("manager"))
        dialog.accept()

    _select(qtbot, users_tab, "technician")
    _driving(monkeypatch, RoleDialog, drive)
    qtbot.mouseClick(users_tab.role_button, Qt.MouseButton.LeftButton)
    row = users_tab.model.row_at(_listed(users_tab).index("technician"))
    assert row.role == "manager"
    assert users_tab.selected_user() == row  # the selection survives the reload


def test_demoting_the_last_admin_is_refused_with_a_message(
    qtbot, users_tab: UsersTab, monkeypatch: pytest.MonkeyPatch, shown_boxes
) -> None:
    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, RoleDialog)
        dialog.role.setCurrentIndex(dialog.role.findData("technician"))
        dialog.accept()

    _select(qtbot, users_tab, "admin")
    _driving(monkeypatch, RoleDialog, drive)
    users_tab.role_button.click()
    assert [(b.kind, b.text) for b in shown_boxes] == [
        ("error", "The last active administrator must stay an administrator.")
    ]
    assert users_tab.model.row_at(_listed(users_tab).index("admin")).role == "admin"


def test_double_click_opens_the_role_dialog(
    qtbot, users_tab: UsersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _driving(monkeypatch, RoleDialog, lambda dialog: dialog.reject())
    _select(qtbot, users_tab, "manager")
    row = users_tab.proxy.mapFromSource(
        users_tab.model.index(_listed(users_tab).index("manager"), 0)
    )
    rect = users_tab.view.visualRect(row)
    qtbot.mouseDClick(users_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    assert opened[0].role.currentData() == "manager"  # type: ignore[attr-defined]


def test_cancelled_role_dialog_changes_nothing(
    qtbot, users_tab: UsersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drive(dialog: QDialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData("admin"))  # type: ignore[attr-defined]
        dialog.reject()

    _select(qtbot, users_tab, "manager")
    _driving(monkeypatch, RoleDialog, drive)
    users_tab.role_button.click()
    assert users_tab.model.row_at(_listed(users_tab).index("manager")).role == "manager"


def test_deactivate_and_activate(qtbot, users_tab: UsersTab, db: Database, shown_boxes) -> None:
    _select(qtbot, users_tab, "manager")
    assert users_tab.active_button.text().replace("&", "") == "Deactivate"
    users_tab.active_button.click()
    assert users_tab.selected_user().active is False
    assert users_tab.active_button.text().replace("&", "") == "Activate"
    with db.reader() as session, pytest.raises(PermissionDenied):
        user_service.authenticate(session, "manager", PASSWORDS["manager"])
    users_tab.active_button.click()
    assert users_tab.selected_user().active is True
    # The last active admin cannot be switched off.
    _select(qtbot, users_tab, "admin")
    users_tab.active_button.click()
    assert shown_boxes[-1].text == "The last active administrator cannot be deactivated."
    assert users_tab.selected_user().active is True


def test_reset_password(
    qtbot, users_tab: UsersTab, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.password, "fresh-start-1")
        qtbot.keyClicks(dialog.repeat, "fresh-start-1")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _select(qtbot, users_tab, "technician")
    _driving(monkeypatch, ResetPasswordDialog, drive)
    users_tab.password_button.click()
    with db.reader() as session:
        assert user_service.authenticate(session, "technician", "fresh-start-1").role == (
            "technician"
        )
        with pytest.raises(PermissionDenied):
            user_service.authenticate(session, "technician", PASSWORDS["technician"])


def test_reset_password_dialog_refuses_a_mismatch(qtbot, actors) -> None:
    dialog = ResetPasswordDialog(UserRow(3, "technician", "Szőke Bence", "technician", None, True))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "fresh-start-1")
    qtbot.keyClicks(dialog.repeat, "fresh-start-2")
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Repeat password: does not match"


def test_manager_has_no_users_tab(qtbot, context_for, manager: Actor) -> None:
    page = AdminPage(context_for(manager))
    qtbot.addWidget(page)
    assert page.users_tab is None
    assert page.tab_titles() == ["Audit trail", "Settings", "Lab rules"]


def test_technician_gets_no_users_tab_and_the_service_refuses_anyway(
    qtbot, context_for, technician: Actor, db: Database
) -> None:
    page = AdminPage(context_for(technician))
    qtbot.addWidget(page)
    assert page.users_tab is None and page.audit_tab is None
    assert page.tab_titles() == ["Settings", "Lab rules"]
    # Even a Users tab built by mistake lists nobody and offers nothing ...
    tab = UsersTab(context_for(technician))
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0
    assert not tab.new_button.isEnabled()
    # ... and the service is the real protection.
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        user_service.create_user(session, technician, "sneaky", "Sneaky", "admin", "password-1")
    with db.reader() as session, pytest.raises(PermissionDenied):
        user_service.list_users(session, technician)


def test_users_model_passes_the_model_tester(qtmodeltester) -> None:
    model = UsersTableModel()
    model.set_rows(
        [
            UserRow(1, "admin", "Kovács Ildikó", "admin", None, True),
            UserRow(2, "milos", "Милош Станковић", "technician", "m@example.com", False),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, UsersTableModel.ACTIVE).data() == "deactivated"
    assert model.index(1, UsersTableModel.FULL_NAME).data() == "Милош Станковић"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.gray
    assert model.row_of(2) == 1 and model.row_of(99) == -1
