"""A scripted session at DEBUG into the real rotating log file, then the file is searched:
no password (right or wrong), no kiosk access code and no argon2 hash may be in it."""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import IntegrityError

from itc_desktop import cli
from itc_desktop.config import sqlite_url
from itc_desktop.db import Database
from itc_desktop.logsetup import LOG_FILE_NAME, configure_logging
from itc_desktop.models.users import User
from itc_desktop.services import jobs as job_service
from itc_desktop.services import report_archive
from itc_desktop.services import users as user_service
from itc_desktop.services.kiosk import KioskReader
from itc_desktop.services.lockout import Lockouts
from itc_desktop.ui.login import LoginDialog
from tests.backends import run_cli
from tests.services.jobs_support import make_company, make_job
from tests.ui.keyboard import type_text

ADMIN_PASSWORD = "Adm1n-Ő-secret"
TECH_PASSWORD = "Tech-č-secret-7"
WRONG_PASSWORD = "Adm1n-Ő-secreT"  # a near miss: as secret as the real one
NEW_USER_PASSWORD = "Mgr-đ-secret-42"
CHANGED_PASSWORD = "Mgr-đ-changed-43"
CODES = iter((739154, 482617, 905328))


@pytest.fixture
def debug_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root, sql = logging.getLogger(), logging.getLogger("sqlalchemy.engine")
    levels = root.level, sql.level
    path = configure_logging(logging.DEBUG)
    # A developer debugging with the SQL statements on (SQLAlchemy's own logger).
    sql.setLevel(logging.INFO)
    # The command line sets its own level: keep DEBUG for the whole session.
    monkeypatch.setattr(cli, "configure_logging", lambda: configure_logging(logging.DEBUG))
    try:
        yield path
    finally:
        root.setLevel(levels[0])
        sql.setLevel(levels[1])


def _log_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in path.parent.glob(f"{LOG_FILE_NAME}*")
    )


def test_a_scripted_session_leaves_no_secret_in_the_log(
    qtbot, tmp_path: Path, debug_log: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(job_service.secrets, "randbelow", lambda _n: next(CODES))
    monkeypatch.setattr(user_service, "SIGN_IN_LOCKOUTS", Lockouts(max_failures=3))
    before = len(_log_text(debug_log))
    path = tmp_path / "lab.sqlite"

    # The command line: the first administrator and a technician, passwords on stdin.
    for username, role, password in (
        ("ildiko", "admin", ADMIN_PASSWORD),
        ("bence", "technician", TECH_PASSWORD),
    ):
        monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
        argv = ["--db", str(path), "user", "add", "--username", username, "--role", role]
        assert run_cli([*argv, "--password-stdin"]) == 0
    capsys.readouterr()

    db = Database(sqlite_url(path))
    try:
        # The login dialog: a wrong password, then the right one.
        dialog = LoginDialog(db)
        qtbot.addWidget(dialog)
        for password in (WRONG_PASSWORD, ADMIN_PASSWORD):
            dialog.username.setText("")
            dialog.password.setText("")
            type_text(dialog.username, "ildiko")
            type_text(dialog.password, password)
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        admin = dialog.actor
        assert admin is not None and admin.username == "ildiko"
        # Guessing until the name is paused (the pause is logged, without the name).
        with db.reader() as session:
            for _ in range(3):
                with pytest.raises(user_service.PermissionDenied):
                    user_service.authenticate(session, "bence", WRONG_PASSWORD)
        # A user made with a password, who then changes it.
        with db.transaction(admin) as session:
            manager = user_service.create_user(
                session, admin, "dora", "Dóra Petrović", "manager", NEW_USER_PASSWORD
            )
        with db.transaction(manager) as session:
            user_service.change_own_password(session, manager, NEW_USER_PASSWORD, CHANGED_PASSWORD)
        # A database refusal with a password hash among its parameters (two admins adding the
        # same name at once get past the service's check), logged with its traceback as the
        # command line and the window's error handler log an unexpected error.
        with pytest.raises(IntegrityError), db.transaction(admin) as session:
            session.add(
                User(
                    username="dora",
                    full_name="Dóra",
                    role="manager",
                    password_hash=user_service.hash_password(NEW_USER_PASSWORD),
                )
            )
            try:
                session.flush()
            except IntegrityError:
                logging.getLogger("itc_desktop.cli").exception("command failed")
                raise
        # A job (an access code) and its intake slip (a new code).
        job = make_job(db, manager, make_company(db, manager))
        with db.transaction(manager) as session:
            pdf = report_archive.intake_slip_pdf(session, manager, job.id)
        assert pdf.startswith(b"%PDF")
        slip_code = "482617"
        # The kiosk: a wrong code, the right one, a staff exit attempt.
        reader = KioskReader.open(db.url)
        try:
            assert reader.look_up(job.reference, job.access_code) is None  # replaced by the slip
            assert reader.look_up(job.reference, slip_code) is not None
            assert reader.verify_admin("ildiko", ADMIN_PASSWORD)
            assert not reader.verify_admin("ildiko", WRONG_PASSWORD)
        finally:
            reader.dispose()
    finally:
        db.dispose()

    text = _log_text(debug_log)[before:] if before else _log_text(debug_log)
    assert "INSERT INTO users" in text  # the statements were logged, and the refusal:
    assert "UNIQUE constraint failed: users.username" in text or "duplicate key" in text
    assert "Sign-in to one account paused" in text
    for secret in (
        ADMIN_PASSWORD,
        TECH_PASSWORD,
        WRONG_PASSWORD,
        NEW_USER_PASSWORD,
        CHANGED_PASSWORD,
        job.access_code,
        slip_code,
        "$argon2",
    ):
        assert secret not in text, f"{secret!r} is in the log"
