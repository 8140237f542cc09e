"""The headless commands, run in-process through `cli.main` and once as a real process."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from itc_desktop import cli
from itc_desktop.config import sqlite_url
from itc_desktop.db import Database
from itc_desktop.services import users as user_service


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_fills_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "demo.sqlite")
    code, out, _ = run(capsys, "--db", path, "demo", "--seed", "7")
    assert code == 0 and "Demo data written" in out
    code, out, _ = run(capsys, "--db", path, "demo")
    assert code == 0 and "nothing was changed" in out
    with Database(sqlite_url(path)).reader() as session:
        assert user_service.authenticate(session, "admin", "itc-admin-2026").role == "admin"


def test_db_current_backup_and_audit_verify(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "lab.sqlite")
    run(capsys, "--db", path, "demo")
    code, out, _ = run(capsys, "--db", path, "db", "current")
    assert code == 0 and "(head " in out
    code, out, _ = run(capsys, "--db", path, "db", "upgrade")
    assert code == 0
    backup = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, "--db", path, "db", "backup", "--out", str(backup))
    assert code == 0 and backup.exists()
    code, out, _ = run(capsys, "--db", path, "audit", "verify")
    assert code == 0 and out.startswith("OK")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 3")
    code, out, _ = run(capsys, "--db", path, "audit", "verify")
    assert code == 1 and "BROKEN at audit entry 3" in out


def test_user_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "lab.sqlite")
    monkeypatch.setattr(sys, "stdin", io.StringIO("first-admin-pw\n"))
    code, out, _ = run(
        capsys,
        "--db",
        path,
        "user",
        "add",
        "--username",
        "root",
        "--role",
        "admin",
        "--password-stdin",
    )
    assert code == 0 and "root (admin) created" in out
    passwords = iter(["tech-password", "tech-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(passwords))
    code, out, _ = run(
        capsys,
        "--db",
        path,
        "user",
        "add",
        "--username",
        "ana",
        "--role",
        "technician",
        "--full-name",
        "Ана Јовановић",
    )
    assert code == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    code, _, err = run(
        capsys,
        "--db",
        path,
        "user",
        "add",
        "--username",
        "bob",
        "--role",
        "technician",
        "--password-stdin",
    )
    assert code == 2 and "Password" in err and "at least 8" in err
    with Database(sqlite_url(path)).reader() as session:
        assert user_service.authenticate(session, "ana", "tech-password").full_name == (
            "Ана Јовановић"
        )


def test_newer_database_is_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lab.sqlite"
    run(capsys, "--db", str(path), "db", "upgrade")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    code, _, err = run(capsys, "--db", str(path), "audit", "verify")
    assert code == 2 and "newer version of ITC Lab" in err


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "itc_desktop", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "itc-desktop" in result.stdout
