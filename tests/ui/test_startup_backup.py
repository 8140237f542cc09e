"""The automatic backup at start-up (#12): made in the background once the window is up, its
outcome in the status bar; a failure is logged and shown there, and the program goes on."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from itc_desktop.db import Database
from itc_desktop.services import backups
from itc_desktop.ui import app as app_module
from itc_desktop.ui import background
from itc_desktop.ui.app import EXIT_OK, backup_at_start, run_gui
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.login import LoginDialog
from itc_desktop.ui.main_window import MainWindow


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ITC_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ITC_BACKUP_HOURS", raising=False)
    return tmp_path / "home"


@pytest.fixture
def window(qtbot) -> QMainWindow:
    shown = QMainWindow()
    qtbot.addWidget(shown)
    return shown


def test_the_backup_is_made_and_shown_in_the_status_bar(
    db: Database, actors, home: Path, window: QMainWindow
) -> None:
    if not db.is_sqlite:
        pytest.skip("automatic backups are for a database file")
    backup_at_start(db, window, BackgroundRunner(synchronous=True))
    assert db.sqlite_path is not None
    (made,) = backups.list_backups(backups.backup_folder(db.sqlite_path))
    assert window.statusBar().currentMessage() == f"Backup made: {made.path}"
    window.statusBar().clearMessage()
    backup_at_start(db, window, BackgroundRunner(synchronous=True))  # not due again today
    assert window.statusBar().currentMessage() == ""
    assert len(backups.list_backups(backups.backup_folder(db.sqlite_path))) == 1


def test_a_failed_backup_is_logged_and_shown_never_raised(
    db: Database, home: Path, window: QMainWindow, monkeypatch, caplog
) -> None:
    def full_disk(database: Database) -> None:
        raise backups.BackupError("No space left on device")

    monkeypatch.setattr(app_module, "startup_backup", full_disk)
    with caplog.at_level(logging.ERROR, logger="itc_desktop.ui.app"):
        backup_at_start(db, window, BackgroundRunner(synchronous=True))
    assert window.statusBar().currentMessage() == (
        "The automatic backup failed: No space left on device (details in the log)"
    )
    assert "start-up backup failed" in caplog.text


def test_a_bad_interval_setting_is_reported_the_same_way(
    db: Database, home: Path, window: QMainWindow, monkeypatch, caplog
) -> None:
    if not db.is_sqlite:
        pytest.skip("automatic backups are for a database file")
    monkeypatch.setenv("ITC_BACKUP_HOURS", "daily")
    with caplog.at_level(logging.ERROR, logger="itc_desktop.ui.app"):
        backup_at_start(db, window, BackgroundRunner(synchronous=True))
    assert "ITC_BACKUP_HOURS=daily: expected a number of hours (0 = off)" in (
        window.statusBar().currentMessage()
    )


def test_starting_the_program_makes_the_backup_in_the_background(
    qtbot, db: Database, actors, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not db.is_sqlite:
        pytest.skip("automatic backups are for a database file")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(background, "SYNCHRONOUS", False)  # the real thread pool
    monkeypatch.setattr(background, "_default_runner", None)
    shown: list[str] = []

    def login(dialog: LoginDialog) -> int:
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.password, "admin-pass-1")
        dialog.sign_in_button.click()
        return dialog.result()

    def event_loop(app: QApplication) -> int:
        (main,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        qtbot.waitUntil(lambda: main.statusBar().currentMessage() != "", timeout=10_000)
        shown.append(main.statusBar().currentMessage())
        main.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", login)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert run_gui(db.url) == EXIT_OK
    assert db.sqlite_path is not None
    (made,) = backups.list_backups(backups.backup_folder(db.sqlite_path))
    assert shown == [f"Backup made: {made.path}"]
