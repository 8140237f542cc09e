"""The headless commands against a PostgreSQL server (`--db URL` or ITC_DATABASE_URL), as the
lab's office PC runs them: schema revision, audit verification (and tampering found),
users, equipment import/export and labels; a server backup is made with pg_dump.
The SQLite-file versions are in test_cli.py and test_cli_equipment.py."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from itc_desktop.db import Database
from itc_desktop.models import Equipment
from itc_desktop.services import users as user_service
from itc_desktop.services.backups import find_pg_tool
from tests.backends import run_cli, tamper
from tests.pg_support import PgServer
from tests.test_cli_equipment import CSV


@pytest.fixture
def server_db(pg_server: PgServer) -> Iterator[str]:
    """An empty database on the server, as `itc-desktop db init-server` leaves one before the
    first command migrates it."""
    name = pg_server.new_database(template="template0")
    yield pg_server.url(name)
    pg_server.drop_database(name)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_cli(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_current_upgrade_audit_verify_and_backup_on_a_server(
    server_db: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    code, out, _ = run(capsys, "--db", server_db, "db", "current")
    assert code == 0 and out.startswith("(empty) (head ")
    code, out, _ = run(capsys, "--db", server_db, "db", "upgrade")
    assert code == 0 and "Schema at revision" in out
    # Without --db the URL comes from ITC_DATABASE_URL, as on a lab PC set up for the server.
    monkeypatch.setenv("ITC_DATABASE_URL", server_db)
    code, out, _ = run(capsys, "db", "current")
    assert code == 0 and "(head " in out and not out.startswith("(empty)")
    monkeypatch.setattr(sys, "stdin", io.StringIO("first-admin-pw\n"))
    code, out, _ = run(
        capsys, "user", "add", "--username", "root", "--role", "admin", "--password-stdin"
    )
    assert code == 0 and "root (admin) created" in out
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0 and out.startswith("OK")
    dump = tmp_path / "lab.dump"
    code, _, err = run(capsys, "db", "backup", "--out", str(dump))
    if find_pg_tool("pg_dump") is None:
        assert code == 2 and "pg_dump was not found" in err
    else:
        assert code == 0 and dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    database = Database(server_db, migrate_on_open=False)
    tamper(
        database, "audit_log", "UPDATE", "UPDATE audit_log SET username = 'mallory' WHERE id = 1"
    )
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 1 and "BROKEN at audit entry 1" in out


def test_user_add_and_equipment_on_a_server(
    server_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("first-admin-pw\n"))
    code, out, _ = run(
        capsys, "--db", server_db, "user", "add", "--username", "root", "--role", "admin",
        "--password-stdin",
    )  # fmt: skip
    assert code == 0 and "root (admin) created" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    code, _, err = run(
        capsys, "--db", server_db, "user", "add", "--username", "bob", "--role", "technician",
        "--password-stdin",
    )  # fmt: skip
    assert code == 2 and "at least 8" in err
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    code, out, err = run(capsys, "--db", server_db, "equipment", "import", str(source))
    assert (code, err) == (0, "") and "3 pieces of equipment imported" in out
    exported = tmp_path / "out.csv"
    code, _, _ = run(capsys, "--db", server_db, "equipment", "export", "--out", str(exported))
    assert code == 0 and "Stara peć Đurđevac" in exported.read_text(encoding="utf-8-sig")
    labels = tmp_path / "labels.pdf"
    code, _, _ = run(capsys, "--db", server_db, "labels", "--out", str(labels), "--tag", "itc-0003")
    assert code == 0 and labels.read_bytes().startswith(b"%PDF")
    database = Database(server_db, migrate_on_open=False)
    try:
        with database.reader() as session:
            assert session.scalar(select(func.count()).select_from(Equipment)) == 3
            assert user_service.authenticate(session, "root", "first-admin-pw").role == "admin"
    finally:
        database.dispose()
