"""The main window: pages per role, navigation, status bar, menus, per-user memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from itc_desktop.db import Actor, Database
from itc_desktop.services import settings as settings_service
from itc_desktop.ui.main_window import PREF_LAST_PAGE, AboutDialog, MainWindow
from itc_desktop.ui.pages.account import AccountPage
from itc_desktop.ui.pages.admin import AdminPage
from itc_desktop.ui.pages.bookings import BookingsPage
from itc_desktop.ui.pages.companies import CompaniesPage
from itc_desktop.ui.pages.dashboard import DashboardPage
from itc_desktop.ui.pages.equipment import EquipmentPage
from itc_desktop.ui.pages.jobs import JobsPage
from itc_desktop.ui.pages.registry import PageContext, PageSpec, visible_pages
from itc_desktop.ui.pages.reports import ReportsPage
from itc_desktop.ui.pages.results import ResultsPage


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (
            "admin",
            [
                "dashboard",
                "equipment",
                "bookings",
                "jobs",
                "results",
                "companies",
                "reports",
                "admin",
                "account",
            ],
        ),
        (
            "manager",
            [
                "dashboard",
                "equipment",
                "bookings",
                "jobs",
                "results",
                "companies",
                "reports",
                "admin",
                "account",
            ],
        ),
        (
            "technician",
            [
                "dashboard",
                "equipment",
                "bookings",
                "jobs",
                "results",
                "companies",
                "reports",
                "account",
            ],
        ),
    ],
)
def test_each_role_sees_only_its_pages(open_window, actors, role: str, expected) -> None:
    window = open_window(actors[role])
    assert window.page_keys() == expected
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    names = {
        "dashboard": "Dashboard",
        "equipment": "Equipment",
        "bookings": "Bookings",
        "jobs": "Jobs",
        "results": "Results",
        "companies": "Companies",
        "reports": "Reports",
        "admin": "Admin",
        "account": "My account",
    }
    assert titles == [names[k] for k in expected]


@pytest.mark.parametrize("role", ["admin", "manager", "technician"])
def test_every_visible_page_opens_by_sidebar_click(qtbot, open_window, actors, role: str) -> None:
    window = open_window(actors[role])
    for row, key in enumerate(window.page_keys()):
        item = window.sidebar.item(row)
        rect = window.sidebar.visualItemRect(item)
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.page_widget(key)
    expected = {
        "dashboard": DashboardPage,
        "equipment": EquipmentPage,
        "bookings": BookingsPage,
        "jobs": JobsPage,
        "results": ResultsPage,
        "companies": CompaniesPage,
        "reports": ReportsPage,
        "admin": AdminPage,
        "account": AccountPage,
    }
    for key in window.page_keys():
        assert isinstance(window.page_widget(key), expected[key])
    assert not window.grab().isNull()


def test_pages_have_ctrl_number_shortcuts(qtbot, open_window, manager: Actor) -> None:
    window = open_window(manager)
    assert window.page_actions["dashboard"].shortcut() == QKeySequence("Ctrl+1")
    assert window.page_actions["equipment"].shortcut() == QKeySequence("Ctrl+2")
    assert window.page_actions["bookings"].shortcut() == QKeySequence("Ctrl+3")
    assert window.page_actions["jobs"].shortcut() == QKeySequence("Ctrl+4")
    assert window.page_actions["results"].shortcut() == QKeySequence("Ctrl+5")
    assert window.page_actions["companies"].shortcut() == QKeySequence("Ctrl+6")
    assert window.page_actions["reports"].shortcut() == QKeySequence("Ctrl+7")
    assert window.page_actions["admin"].shortcut() == QKeySequence("Ctrl+8")
    assert window.page_actions["account"].shortcut() == QKeySequence("Ctrl+9")
    window.page_actions["account"].trigger()
    assert window.current_page_key() == "account"
    window.page_actions["admin"].trigger()
    assert window.current_page_key() == "admin"


def test_pages_are_built_on_first_visit_only(open_window, admin: Actor) -> None:
    window = open_window(admin)
    first = window.page_widget("account")
    window.show_page("account")
    window.show_page("admin")
    window.show_page("account")
    assert window.page_widget("account") is first
    assert window.stack.count() == len(window.page_keys())


def test_status_bar_shows_database_and_signed_in_user(
    open_window, db: Database, technician: Actor
) -> None:
    window = open_window(technician)
    location = window.findChild(QLabel, "databaseLocation").text()
    assert location == f"Database: {db.location}"
    # The file, or the server without the password.
    assert (str(db.sqlite_path) if db.is_sqlite else "@127.0.0.1:") in location
    user = window.findChild(QLabel, "signedInUser").text()
    assert user == "Signed in: Szőke Bence (technician, Technician)"


def test_window_title_names_the_center(open_window, db: Database, admin: Actor) -> None:
    with db.transaction(admin) as session:
        settings_service.update_center(
            session, admin, settings_service.CenterSettings(name="ITC Szeged–Subotica")
        )
    assert open_window(admin).windowTitle() == "ITC Lab — ITC Szeged–Subotica"


def test_geometry_and_last_page_are_restored_after_signing_in_again(
    qtbot, db: Database, admin: Actor, manager: Actor, runner
) -> None:
    first = MainWindow(db, admin, runner=runner)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 540)
    remembered = (first.width(), first.height())
    assert remembered != (1200, 780)  # not the default size, so restoring it means something
    first.show_page("account")
    first.sign_out_action.trigger()
    assert first.sign_out_requested and not first.isVisible()

    again = MainWindow(db, admin, runner=runner)
    qtbot.addWidget(again)
    assert again.current_page_key() == "account"
    assert (again.width(), again.height()) == remembered

    # Preferences are per user: the manager starts on the first page with the default size.
    other = MainWindow(db, manager, runner=runner)
    qtbot.addWidget(other)
    assert other.current_page_key() == "dashboard"
    assert (other.width(), other.height()) == (1200, 780)


def test_a_remembered_page_that_is_no_longer_visible_falls_back(
    qtbot, db: Database, technician: Actor, runner
) -> None:
    with db.transaction(technician) as session:
        settings_service.set_preference(session, technician, PREF_LAST_PAGE, "admin")
    window = MainWindow(db, technician, runner=runner)
    qtbot.addWidget(window)
    assert window.current_page_key() == "dashboard"


def test_sign_out_emits_signed_out(qtbot, open_window, admin: Actor) -> None:
    window = open_window(admin)
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        window.sign_out_action.trigger()
    assert window.sign_out_requested


def test_quit_closes_without_signing_out(qtbot, open_window, admin: Actor) -> None:
    window = open_window(admin)
    signals: list[bool] = []
    window.signed_out.connect(lambda: signals.append(True))
    window.quit_action.trigger()
    assert not window.isVisible()
    assert not window.sign_out_requested and signals == []


def test_about_dialog(open_window, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda box: shown.append(box.text()) or 0)
    window = open_window(admin)
    window.about_action.trigger()
    assert len(shown) == 1 and "ITC Lab" in shown[0]
    assert window.center_name in shown[0]


def test_registry_orders_pages_and_asks_each_for_visibility(admin: Actor, technician) -> None:
    def factory(_context: PageContext) -> QWidget:
        return QWidget()

    pages = [
        PageSpec("account", "My account", factory, lambda a: True),
        PageSpec("jobs", "Jobs", factory, lambda a: True),
        PageSpec("admin", "Admin", factory, lambda a: a.role == "admin"),
        PageSpec("dashboard", "Dashboard", factory, lambda a: True),
    ]
    assert [p.key for p in visible_pages(admin, pages)] == ["dashboard", "jobs", "admin", "account"]
    assert [p.key for p in visible_pages(technician, pages)] == ["dashboard", "jobs", "account"]


def test_a_technician_cannot_open_the_admin_page(open_window, technician: Actor) -> None:
    window = open_window(technician)
    assert "admin" not in window.page_keys()
    assert "admin" not in window.page_actions
    with pytest.raises(ValueError):
        window.show_page("admin")


def test_closing_survives_a_database_that_went_away(
    open_window, admin: Actor, db: Database, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    from sqlalchemy.exc import OperationalError

    window = open_window(admin)

    def unreachable(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("UPDATE", {}, Exception("database is locked"))

    monkeypatch.setattr(MainWindow, "save_preferences", unreachable)
    window.close()
    assert not window.isVisible()
    assert "could not save the window preferences" in caplog.text
