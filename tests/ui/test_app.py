"""Starting the window: database problems, --demo, the sign-in / sign-out loop."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from itc_desktop.config import sqlite_url
from itc_desktop.db import Database
from itc_desktop.demo import DEMO_ACCOUNTS
from itc_desktop.services import users as user_service
from itc_desktop.ui import app as app_module
from itc_desktop.ui.app import EXIT_DATABASE, EXIT_OK, DatabaseProblemBox, run_gui
from itc_desktop.ui.login import LoginDialog
from itc_desktop.ui.main_window import MainWindow


@pytest.fixture
def problem_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    boxes: list[tuple[str, str]] = []

    def capture(box: DatabaseProblemBox) -> int:
        boxes.append((box.windowTitle(), box.text()))
        return 0

    monkeypatch.setattr(DatabaseProblemBox, "exec", capture)
    return boxes


@pytest.fixture
def keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_a_database_from_a_newer_version_is_refused_with_exit_code_2(
    qapp: QApplication, tmp_path: Path, problem_boxes, keep_excepthook
) -> None:
    path = tmp_path / "newer.sqlite"
    Database(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    hook_before = sys.excepthook
    assert run_gui(sqlite_url(path), demo=False) == EXIT_DATABASE
    assert problem_boxes[0][0] == "Database from a newer version"
    assert "newer version of ITC Lab" in problem_boxes[0][1]
    assert sys.excepthook is hook_before  # the reporter is uninstalled on the way out


def test_an_unopenable_database_is_reported(
    qapp: QApplication, tmp_path: Path, problem_boxes, keep_excepthook
) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database file at all" * 100)
    assert run_gui(sqlite_url(path), demo=False) == EXIT_DATABASE
    assert problem_boxes[0][0] == "The database cannot be opened"
    assert "file is not a database" in problem_boxes[0][1]


def test_a_database_of_another_program_is_refused_with_exit_code_2(
    qapp: QApplication, tmp_path: Path, problem_boxes, keep_excepthook
) -> None:
    path = tmp_path / "invoices.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    assert run_gui(sqlite_url(path), demo=False) == EXIT_DATABASE
    assert "not an ITC Lab database" in problem_boxes[0][1]


def test_demo_start_fills_the_database_and_lists_the_demo_accounts(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep_excepthook
) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite")
    windows: list[MainWindow] = []
    logins: list[list[str]] = []

    def sign_in_as_manager(dialog: LoginDialog) -> int:
        assert dialog.demo_table is not None
        logins.append([dialog.demo_table.item(r, 0).text() for r in range(3)])
        qtbot.keyClicks(dialog.username, "manager")
        qtbot.keyClicks(dialog.password, DEMO_ACCOUNTS[1][3])
        dialog.sign_in_button.click()
        return dialog.result()

    def event_loop(app: QApplication) -> int:
        found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        windows.extend(found)
        for window in found:
            window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", sign_in_as_manager)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert run_gui(url, demo=True) == EXIT_OK
    assert logins == [["admin", "manager", "technician"]]
    assert len(windows) == 1
    assert windows[0].actor.username == "manager"
    assert windows[0].page_keys() == [
        "dashboard",
        "equipment",
        "bookings",
        "jobs",
        "results",
        "companies",
        "reports",
        "admin",
        "account",
    ]
    db = Database(url)
    with db.reader() as session:
        admin = user_service.authenticate(session, "admin", DEMO_ACCOUNTS[0][3])
        names = {u.full_name for u in user_service.list_users(session, admin)}
    db.dispose()
    assert {"Kovács Ildikó", "Petrović Đorđe", "Милош Станковић"} <= names


def test_sign_out_returns_to_the_login_and_cancel_quits(
    qtbot, db: Database, actors, monkeypatch: pytest.MonkeyPatch, keep_excepthook
) -> None:
    logins: list[str] = []

    def login(dialog: LoginDialog) -> int:
        if logins:  # second time: the user gives up
            logins.append("cancel")
            return QDialog.DialogCode.Rejected.value
        logins.append("admin")
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.password, "admin-pass-1")
        dialog.sign_in_button.click()
        return dialog.result()

    signed_out: list[str] = []

    def event_loop(app: QApplication) -> int:
        for window in app.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                signed_out.append(window.actor.username)
                window.sign_out_action.trigger()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", login)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.run_gui(db.url, demo=False) == EXIT_OK
    assert logins == ["admin", "cancel"]
    assert signed_out == ["admin"]


def test_sign_in_visit_every_page_create_a_user_and_see_it_listed(
    qtbot, db: Database, actors, monkeypatch: pytest.MonkeyPatch, keep_excepthook
) -> None:
    """The whole path a new administrator takes, through run_gui as the program starts."""
    from PySide6.QtCore import Qt

    from itc_desktop.ui.pages.admin import AdminPage
    from itc_desktop.ui.pages.admin_dialogs import CreateUserDialog

    def login(dialog: LoginDialog) -> int:
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.password, "admin-pass-1")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    def create_user(dialog: CreateUserDialog) -> int:
        qtbot.keyClicks(dialog.username, "dragana")
        dialog.full_name.setText("Đurić Dragana")
        dialog.role.setCurrentIndex(dialog.role.findData("technician"))
        qtbot.keyClicks(dialog.password, "dragana-pass-1")
        qtbot.keyClicks(dialog.repeat, "dragana-pass-1")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    keys: list[str] = []
    visited: list[str] = []
    listed: list[str] = []

    def event_loop(app: QApplication) -> int:
        (window,) = [
            w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        keys.extend(window.page_keys())
        for row, key in enumerate(keys):
            rect = window.sidebar.visualItemRect(window.sidebar.item(row))
            qtbot.mouseClick(
                window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
            assert window.stack.currentWidget() is window.page_widget(key)
            visited.append(window.current_page_key())
        window.show_page("admin")
        admin_page = window.page_widget("admin")
        assert isinstance(admin_page, AdminPage) and admin_page.users_tab is not None
        admin_page.tabs.setCurrentWidget(admin_page.users_tab)
        qtbot.mouseClick(admin_page.users_tab.new_button, Qt.MouseButton.LeftButton)
        model = admin_page.users_tab.model
        listed.extend(model.row_at(r).username for r in range(model.rowCount()))
        window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", login)
    monkeypatch.setattr(CreateUserDialog, "exec", create_user)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert run_gui(db.url, demo=False) == EXIT_OK
    assert visited == keys
    pages = ["dashboard", "equipment", "bookings", "jobs", "results", "companies", "reports"]
    assert keys == [*pages, "admin", "account"]
    assert "dragana" in listed
    with db.reader() as session:
        assert user_service.authenticate(session, "dragana", "dragana-pass-1").role == "technician"
