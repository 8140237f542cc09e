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


def test_the_database_choice_reaches_every_command_and_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from itc_desktop.ui import app as app_module

    from_env = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("ITC_DATABASE_URL", sqlite_url(from_env))
    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0 and from_env.exists()
    # --db wins over the environment.
    chosen = tmp_path / "chosen.sqlite"
    code, out, _ = run(capsys, "--db", str(chosen), "demo")
    assert code == 0 and str(chosen) in out
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0 and out.startswith("OK: 0 audit entries")  # the env database: no demo data
    # The window gets the same choice.
    opened: list[tuple[str, bool]] = []
    monkeypatch.setattr(app_module, "run_gui", lambda url, demo: opened.append((url, demo)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["--db", str(chosen)]) == 0
    monkeypatch.setenv("ITC_HOME", str(tmp_path / "home"))
    assert cli.main(["--demo"]) == 0
    assert opened[:2] == [(sqlite_url(from_env), False), (sqlite_url(chosen), False)]
    assert opened[2][1] is True and opened[2][0].endswith("/home/data/itc-lab-demo.sqlite")
    # And --demo reaches the commands.
    code, out, _ = run(capsys, "--demo", "db", "upgrade")
    assert code == 0 and (tmp_path / "home" / "data" / "itc-lab-demo.sqlite").exists()


def test_db_current_does_not_migrate_and_db_upgrade_does_with_a_copy_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic import command

    from itc_desktop.db import alembic_config, create_db_engine, head_revision

    path = tmp_path / "old.sqlite"
    engine = create_db_engine(sqlite_url(path))
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    code, out, _ = run(capsys, "--db", str(path), "db", "current")
    assert code == 0 and out.strip() == f"0001 (head {head_revision()})"
    assert not (tmp_path / "old.sqlite.before-0001.bak").exists()
    code, out, _ = run(capsys, "--db", str(path), "db", "upgrade")
    assert code == 0 and f"Schema at revision {head_revision()}" in out
    assert (tmp_path / "old.sqlite.before-0001.bak").exists()
    code, out, _ = run(capsys, "--db", str(path), "db", "current")
    assert out.strip() == f"{head_revision()} (head {head_revision()})"


def test_user_add_refuses_passwords_that_do_not_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "lab.sqlite")
    prompts: list[str] = []
    answers = iter(["first-password", "other-password"])

    def no_echo(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", no_echo)
    # Standard input is not read for the password without --password-stdin.
    monkeypatch.setattr(sys, "stdin", io.StringIO("from-stdin-password\n"))
    code, _, err = run(capsys, "--db", path, "user", "add", "--username", "root", "--role", "admin")
    assert code == 2 and "do not match" in err
    assert prompts == ["Password: ", "Repeat password: "]
    with Database(sqlite_url(path)).reader() as session:
        assert user_service.needs_first_admin(session)


def test_db_backup_refuses_a_place_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "lab.sqlite")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup's folder should be")
    code, _, err = run(capsys, "--db", path, "db", "backup", "--out", str(blocker / "copy.sqlite"))
    assert code == 2 and "Error:" in err
    assert not list(blocker.parent.glob("*.partial"))


def test_db_backup_refuses_to_overwrite_the_database_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lab.sqlite"
    run(capsys, "--db", str(path), "demo")
    code, _, err = run(capsys, "--db", str(path), "db", "backup", "--out", str(path))
    assert code == 2 and "cannot overwrite the database itself" in err
    with Database(sqlite_url(path)).reader() as session:
        assert user_service.authenticate(session, "admin", "itc-admin-2026")


def test_user_add_is_audited_under_the_operating_system_login(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from itc_desktop.models import AuditEntry

    path = str(tmp_path / "lab.sqlite")
    monkeypatch.setattr("getpass.getuser", lambda: "kovacs.i")
    monkeypatch.setattr(sys, "stdin", io.StringIO("first-admin-pw\n"))
    run(
        capsys,
        "--db",
        path,
        "user",
        "add",
        "--username",
        "boss",
        "--role",
        "admin",
        "--password-stdin",
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("tech-password\n"))
    code, _, _ = run(
        capsys,
        "--db",
        path,
        "user",
        "add",
        "--username",
        "ana",
        "--role",
        "technician",
        "--password-stdin",
    )
    assert code == 0
    with Database(sqlite_url(path)).reader() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "users")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and entry.action == "insert"
    assert entry.username == "cli:kovacs.i" and '"username": "ana"' in entry.changes


@pytest.mark.parametrize(
    "command", [("db", "current"), ("db", "backup", "--out", "copy.sqlite"), ("audit", "verify")]
)
def test_reading_commands_refuse_a_missing_file_and_create_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    path = tmp_path / "typo.sqlite"
    argv = [a if a != "copy.sqlite" else str(tmp_path / a) for a in command]
    code, _, err = run(capsys, "--db", str(path), *argv)
    assert code == 2 and f"There is no database at {path}" in err
    assert list(tmp_path.iterdir()) == []


def test_headless_commands_never_load_qt(tmp_path: Path) -> None:
    """The demo fill and the db/audit commands run on a server without a display or Qt's
    libraries: Qt is not even imported."""
    import os

    path = (tmp_path / "lab.sqlite").as_posix()
    script = (
        "import sys; from itc_desktop import cli; "
        f"codes = [cli.main(['--db', {path!r}, 'demo', '--seed', '3']), "
        f"cli.main(['--db', {path!r}, 'db', 'current']), "
        f"cli.main(['--db', {path!r}, 'audit', 'verify'])]; "
        "print(codes, sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": ""},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[0, 0, 0] []"
