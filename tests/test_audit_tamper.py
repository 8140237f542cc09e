"""Tampering behind the program's back (a sqlite3 shell, psql) is found by `itc-desktop audit
verify`: a raw UPDATE and a raw DELETE on every audited table, a raw INSERT, and an edit,
removal or insertion in the audit table itself — each named in the report."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.demo import fill_demo
from itc_desktop.models.audit import AuditEntry, entry_hash
from itc_desktop.services import audit as audit_service
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment_documents as document_service
from itc_desktop.services import report_archive
from itc_desktop.services.audit import audited_mappers
from itc_desktop.services.users import authenticate
from tests.backends import outside, run_cli, tamper
from tests.pg_support import PgServer

# Per audited table: a column and the raw SQL value written over it. A new audited table
# fails test_every_audited_table_is_covered until it is added here.
UPDATES: dict[str, tuple[str, str]] = {
    "booking_series": ("purpose", "'tampered'"),
    "bookings": ("purpose", "'tampered'"),
    "calibration_overrides": ("justification", "'tampered'"),
    "calibrations": ("certificate_number", "'tampered'"),
    "companies": ("name", "'tampered'"),
    "contacts": ("name", "'tampered'"),
    "equipment": ("name", "'tampered'"),
    "equipment_documents": ("description", "'tampered'"),
    "equipment_status_changes": ("note", "'tampered'"),
    "issued_reports": ("report_number", "'TR-1999-9999'"),
    "job_events": ("public_note", "'tampered'"),
    "job_material_costs": ("description", "'tampered'"),
    "job_steps": ("description", "'tampered'"),
    "jobs": ("title", "'tampered'"),
    "maintenance_plans": ("description", "'tampered'"),
    "maintenance_records": ("description", "'tampered'"),
    "maintenance_windows": ("description", "'tampered'"),
    "qualifications": ("notes", "'tampered'"),
    "settings": ("value", "'\"tampered\"'"),
    "specimens": ("description", "'tampered'"),
    "test_records": ("remarks", "'tampered'"),
    "test_values": ("flags", "'tampered'"),
    "usage_sessions": ("notes", "'tampered'"),
    "users": ("full_name", "'tampered'"),
}
# Rows the database itself guards (approved results and their values, issued reports): the
# row tampered with is one the guard lets through, or the guard is dropped first (tamper()).
ROW_CHOICE = {
    "test_records": "status <> 'approved'",
    "test_values": "record_id IN (SELECT id FROM test_records WHERE status <> 'approved')",
}
GUARDED = {"issued_reports"}


def test_every_audited_table_is_covered() -> None:
    assert sorted(UPDATES) == [m.local_table.name for m in audited_mappers()]


def _fill(url: str) -> None:
    db = Database(url)
    try:
        fill_demo(db)
        with db.reader() as session:
            admin = authenticate(session, "admin", "itc-admin-2026")
            manager = authenticate(session, "manager", "itc-manager-2026")
        _add_rows_the_demo_lacks(db, admin, manager)
    finally:
        db.dispose()


def _add_rows_the_demo_lacks(db: Database, admin: Actor, manager: Actor) -> None:
    """An equipment document, a calibration override and an issued report."""
    with db.transaction(manager) as session:
        equipment_id = session.execute(text("SELECT min(id) FROM equipment")).scalar_one()
        instrument_id = session.execute(
            text("SELECT min(id) FROM equipment WHERE is_measuring_instrument")
        ).scalar_one()
        document_service.add_document(
            session, manager, equipment_id, "manual.pdf", b"%PDF-1.4\n%tampering test\n"
        )
        calibration_service.grant_override(
            session,
            manager,
            instrument_id,
            justification="certificate on its way",
            valid_from=date.today(),
        )
    with db.reader() as session:
        job_id = session.execute(
            text(
                "SELECT min(job_id) FROM test_records WHERE status = 'approved' "
                "AND job_id IS NOT NULL"
            )
        ).scalar_one()
    with db.transaction(manager) as session:
        report_archive.issue_job_report(session, manager, job_id)


@pytest.fixture(scope="module")
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo, filled once per module: a SQLite file, or a PostgreSQL database that serves as
    the template of each test's copy (its engine is disposed: a template takes no connections)."""
    if request.config.getoption("--backend") == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        name = server.new_database()
        _fill(server.url(name))
        yield name
        server.drop_database(name)
    else:
        path = tmp_path_factory.mktemp("tamper") / "demo.sqlite"
        _fill(sqlite_url(path))
        yield str(path)


@pytest.fixture
def lab(request: pytest.FixtureRequest, demo: str, tmp_path: Path) -> Iterator[Database]:
    """This test's own copy of the demo: the file copied, or `CREATE DATABASE … TEMPLATE`."""
    if request.config.getoption("--backend") == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        name = server.new_database(template=demo)
        database = Database(server.url(name))
        yield database
        database.dispose()
        server.drop_database(name)
    else:
        copy = tmp_path / "lab.sqlite"
        shutil.copyfile(demo, copy)
        database = Database(sqlite_url(copy))
        yield database
        database.dispose()


def _verify(db: Database) -> audit_service.AuditCheck:
    with db.reader() as session:
        return audit_service.verify_audit(session)


def _row_id(db: Database, table: str) -> int | str:
    where = ROW_CHOICE.get(table, "1 = 1")
    key = "key" if table == "settings" else "id"
    with db.reader() as session:
        found = session.execute(
            text(f"SELECT {key} FROM {table} WHERE {where} ORDER BY {key} LIMIT 1")
        ).scalar()
    assert found is not None, f"no row in {table} to tamper with"
    return found


def _raw(db: Database, table: str, verb: str, statement: str, **params: object) -> None:
    """Someone with a sqlite3 shell or psql as the owner: foreign keys off (rows others point
    at can go too). On PostgreSQL, `session_replication_role = replica` (a superuser's right)
    turns the foreign-key checks off."""
    if table in GUARDED:
        tamper(db, table, verb, statement, **params)
        return
    with outside(db) as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        else:
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.execute(text(statement), params)


def test_the_untouched_demo_verifies(lab: Database) -> None:
    check = _verify(lab)
    assert check.ok, check.describe()
    assert check.tables.checked_rows > 1000


@pytest.mark.parametrize("table", sorted(UPDATES))
def test_a_raw_update_is_named(lab: Database, table: str) -> None:
    column, value = UPDATES[table]
    row = _row_id(lab, table)
    key = "key" if table == "settings" else "id"
    _raw(lab, table, "UPDATE", f"UPDATE {table} SET {column} = {value} WHERE {key} = :row", row=row)
    check = _verify(lab)
    assert check.chain.ok and not check.tables.ok
    assert [m.describe() for m in check.tables.mismatches] == [
        f"{table} row {row}: {column} is {_shown(value)}, the audit trail says "
        + check.tables.mismatches[0].problem.split("the audit trail says ", 1)[1]
    ]
    assert f"{table} row {row}: {column} is" in check.describe()


def _shown(sql_value: str) -> str:
    """How the report shows a text written as an SQL literal."""
    return repr(sql_value[1:-1])


@pytest.mark.parametrize("table", sorted(UPDATES))
def test_a_raw_delete_is_named(lab: Database, table: str) -> None:
    row = _row_id(lab, table)
    key = "key" if table == "settings" else "id"
    _raw(lab, table, "DELETE", f"DELETE FROM {table} WHERE {key} = :row", row=row)
    check = _verify(lab)
    assert check.chain.ok
    assert [m.describe() for m in check.tables.mismatches] == [
        f"{table} row {row}: the row is missing, and the audit trail records no deletion of it"
    ]


def test_a_raw_insert_is_named(lab: Database) -> None:
    _raw(
        lab,
        "settings",
        "INSERT",
        "INSERT INTO settings (key, value) VALUES ('center.secret', '\"x\"')",
    )
    (mismatch,) = _verify(lab).tables.mismatches
    assert mismatch.describe() == (
        "settings row center.secret: the row is not in the audit trail (added behind the "
        "program's back)"
    )


def _entry(db: Database, offset_from_end: int) -> dict[str, object]:
    with db.reader() as session:
        table = AuditEntry.__table__
        row = session.execute(
            select(table).order_by(table.c.id.desc()).limit(1).offset(offset_from_end)
        ).one()
    return dict(row._mapping)


def test_an_edited_audit_entry_is_named(db: Database, actors) -> None:
    victim = _entry(db, 1)
    tamper(
        db,
        "audit_log",
        "UPDATE",
        "UPDATE audit_log SET username = 'x' WHERE id = :id",
        id=victim["id"],
    )
    check = _verify(db)
    assert not check.ok
    assert check.chain.first_bad_id == victim["id"]
    assert f"BROKEN at audit entry {victim['id']}: its content was altered" in check.describe()


def test_a_removed_audit_entry_is_named(db: Database, actors) -> None:
    victim = _entry(db, 1)
    tamper(db, "audit_log", "DELETE", "DELETE FROM audit_log WHERE id = :id", id=victim["id"])
    check = _verify(db)
    assert check.chain.first_bad_id == victim["id"] + 1
    assert "it does not follow the entry before it" in check.describe()


def test_removing_the_newest_audit_entry_leaves_its_row_unexplained(db: Database, actors) -> None:
    last = _entry(db, 0)
    tamper(db, "audit_log", "DELETE", "DELETE FROM audit_log WHERE id = :id", id=last["id"])
    check = _verify(db)
    assert check.chain.ok  # nothing after it to break
    assert [m.table for m in check.tables.mismatches] == [last["table_name"]]
    assert check.tables.mismatches[0].row_id == last["row_id"]


def test_an_inserted_audit_entry_is_named(db: Database, actors) -> None:
    """A forged entry with a made-up hash breaks the chain; one whose hash is computed
    correctly but records a change that never happened no longer matches the table."""
    last = _entry(db, 0)
    with outside(db) as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (ts, user_id, username, table_name, row_id, action, "
                "changes, prev_hash, hash) VALUES (:ts, NULL, 'x', 'users', '1', 'update', "
                "'{}', :prev, :hash)"
            ),
            {"ts": last["ts"], "prev": last["hash"], "hash": "f" * 64},
        )
    check = _verify(db)
    assert check.chain.first_bad_id == last["id"] + 1
    assert "its content was altered" in check.chain.problem


def test_a_forged_but_well_chained_entry_is_named_by_the_table_check(db: Database, actors) -> None:
    last = _entry(db, 0)
    changes = '{"full_name": {"new": "Forged Name", "old": "Kovács Ildikó"}}'
    admin_id = actors["admin"].id
    stamp = last["ts"]
    assert isinstance(stamp, datetime)
    digest = entry_hash(
        stamp, None, "x", "users", str(admin_id), "update", changes,
        str(last["hash"]),
    )  # fmt: skip
    with outside(db) as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (ts, user_id, username, table_name, row_id, action, "
                "changes, prev_hash, hash) VALUES (:ts, NULL, 'x', 'users', :row, 'update', "
                ":changes, :prev, :hash)"
            ),
            {"ts": last["ts"], "row": str(admin_id), "changes": changes, "prev": last["hash"],
             "hash": digest},
        )  # fmt: skip
    check = _verify(db)
    assert check.chain.ok
    assert [m.describe() for m in check.tables.mismatches] == [
        f"users row {admin_id}: full_name is 'Kovács Ildikó', the audit trail says 'Forged Name'"
    ]


def test_audit_verify_command_exits_1_and_names_the_row(
    db: Database, actors, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.backends import cli_db

    assert run_cli(["--db", cli_db(db), "audit", "verify"]) == 0
    admin_id = actors["admin"].id
    with outside(db) as conn:
        conn.execute(text("UPDATE users SET role = 'manager' WHERE id = :id"), {"id": admin_id})
    capsys.readouterr()
    assert run_cli(["--db", cli_db(db), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"users row {admin_id}: role is 'manager', the audit trail says 'admin'" in out


def test_the_audit_table_refuses_update_and_delete_itself(db: Database, actors) -> None:
    """Without dropping the guard first, the database refuses (both backends)."""
    from sqlalchemy.exc import DBAPIError

    for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match=r"append-only|audit"), outside(db) as conn:
            conn.execute(text(statement))
    assert _verify(db).ok


def test_a_password_hash_swapped_behind_the_programs_back_is_named(
    db: Database, actors: dict[str, Actor]
) -> None:
    """The audit keeps only a fingerprint of a password hash, enough to see it was replaced
    (say, by the hash of a password the intruder knows)."""
    from itc_desktop.services.users import hash_password

    technician = actors["technician"].id
    with outside(db) as conn:
        conn.execute(
            text("UPDATE users SET password_hash = :h WHERE id = :id"),
            {"h": hash_password("intruder-knows-1"), "id": technician},
        )
    (mismatch,) = _verify(db).tables.mismatches
    assert mismatch.describe() == (
        f"users row {technician}: password_hash is not what the audit trail recorded (redacted)"
    )
