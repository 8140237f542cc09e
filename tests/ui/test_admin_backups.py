"""The Backups tab of the Admin page (#12): administrators only; Back up now lists the new
backup; Restore… asks first, refuses a bad file with the reason (nothing changed), and after a
restore tells the user and closes the program."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from itc_desktop.db import Actor, Database
from itc_desktop.services import settings as settings_service
from itc_desktop.services.backups import RestoreResult
from itc_desktop.ui.pages.admin import AdminPage
from itc_desktop.ui.pages.admin_backups import BackupsTab


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ITC_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ITC_BACKUP_HOURS", raising=False)
    return tmp_path / "home"


@pytest.fixture
def quits() -> list[str]:
    return []


@pytest.fixture
def tab(qtbot, context_for, admin: Actor, home: Path, quits: list[str]) -> BackupsTab:
    widget = BackupsTab(context_for(admin), quit_program=lambda: quits.append("quit"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_only_administrators_get_the_backups_tab(
    qtbot, context_for, admin: Actor, manager: Actor, technician: Actor, home: Path
) -> None:
    for actor, expected in ((admin, True), (manager, False), (technician, False)):
        page = AdminPage(context_for(actor))
        qtbot.addWidget(page)
        assert ("Backups" in page.tab_titles()) is expected
        assert (page.backups_tab is not None) is expected


def _sqlite_only(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("backups made and restored by the program are for a database file")


def test_back_up_now_lists_the_new_backup(qtbot, tab: BackupsTab, db: Database) -> None:
    _sqlite_only(db)
    assert "newest one is older than 24 h" in tab.summary.text()
    assert str(tab.folder) in tab.summary.text()
    assert tab.table.rowCount() == 0
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1
    (made,) = tab.listed_paths()
    assert made.exists() and made.parent == tab.folder
    assert tab.message.text() == f"Backup made: {made}"
    assert tab.backup_button.isEnabled()


def _rename_center(db: Database, admin: Actor, name: str) -> None:
    with db.transaction(admin) as session:
        settings_service.update_center(session, admin, settings_service.CenterSettings(name=name))


def test_restore_asks_then_replaces_the_database_and_closes_the_program(
    qtbot, tab: BackupsTab, db: Database, admin: Actor, quits: list[str], monkeypatch
) -> None:
    _sqlite_only(db)
    _rename_center(db, admin, "Before the backup")
    tab.backup_button.click()
    (backup,) = tab.listed_paths()
    _rename_center(db, admin, "After the backup")
    asked: list[Path] = []
    told: list[RestoreResult] = []
    monkeypatch.setattr(tab, "pick_backup_file", lambda: backup)
    monkeypatch.setattr(tab, "confirm_restore", lambda path: asked.append(path) or True)
    monkeypatch.setattr(tab, "tell_restored", told.append)
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert asked == [backup]
    assert quits == ["quit"]
    (result,) = told
    assert result.kept_aside is not None and result.kept_aside.exists()
    assert tab.message.text() == f"Restored from {backup}. ITC Lab closes now."
    db.dispose()
    with db.reader() as session:
        assert settings_service.get_center(session).name == "Before the backup"


def test_restore_cancelled_at_the_question_changes_nothing(
    tab: BackupsTab, db: Database, quits: list[str], monkeypatch, tmp_path: Path
) -> None:
    _sqlite_only(db)
    monkeypatch.setattr(tab, "pick_backup_file", lambda: tmp_path / "whatever.sqlite")
    monkeypatch.setattr(tab, "confirm_restore", lambda path: False)
    tab.restore_button.click()
    assert quits == [] and tab.message.text() == ""


def test_a_refused_backup_is_named_and_the_program_stays(
    tab: BackupsTab, db: Database, quits: list[str], monkeypatch, tmp_path: Path
) -> None:
    _sqlite_only(db)
    foreign = tmp_path / "invoices.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    monkeypatch.setattr(tab, "pick_backup_file", lambda: foreign)
    monkeypatch.setattr(tab, "confirm_restore", lambda path: True)
    tab.restore_button.click()
    assert quits == []
    assert tab.message.text() == (
        f"{foreign} cannot be restored: it is not an ITC Lab database (it holds: invoices). "
        "The database in use was not changed."
    )
    assert tab.restore_button.isEnabled() and tab.backup_button.isEnabled()


def test_on_a_server_the_tab_explains_pg_dump(tab: BackupsTab, db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("the server case (--backend postgresql)")
    assert "pg_dump" in tab.summary.text() and "pg_restore" in tab.summary.text()
    assert not tab.backup_button.isEnabled() and not tab.restore_button.isEnabled()
    assert not tab.table.isVisible()
