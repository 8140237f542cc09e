"""The audit trail: recorded by the session, append-only, hash-chained."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from itc_desktop.db import Actor, Database
from itc_desktop.models import AuditEntry
from itc_desktop.services import audit as audit_service
from itc_desktop.services import settings as settings_service
from itc_desktop.services import users as user_service
from itc_desktop.services.audit import AuditFilter
from itc_desktop.services.errors import PermissionDenied
from tests.backends import tamper


def _entries(db: Database) -> list[AuditEntry]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_service_change_is_recorded_with_its_user(
    db: Database, admin: Actor, technician: Actor
) -> None:
    with db.transaction(admin) as session:
        user_service.set_role(session, admin, technician.id, "manager")
    last = _entries(db)[-1]
    assert (last.username, last.user_id, last.table_name, last.action) == (
        "admin",
        admin.id,
        "users",
        "update",
    )
    assert last.row_id == str(technician.id)
    assert json.loads(last.changes) == {"role": {"old": "technician", "new": "manager"}}


def test_insert_records_values_and_redacts_password(db: Database, admin: Actor) -> None:
    with db.transaction(admin) as session:
        user_service.create_user(
            session, admin, "milica", "Милица Ђорђевић", "technician", "secret-pass-9"
        )
    last = _entries(db)[-1]
    changes = json.loads(last.changes)
    assert last.action == "insert"
    assert changes["full_name"] == "Милица Ђорђевић"
    assert re.fullmatch(r"\*\*\* [0-9a-f]{16}", changes["password_hash"])  # a fingerprint
    assert "secret-pass-9" not in last.changes


def test_rolled_back_work_leaves_no_entry(db: Database, admin: Actor) -> None:
    count = len(_entries(db))
    with pytest.raises(RuntimeError), db.transaction(admin) as session:
        user_service.create_user(session, admin, "temp", "Temp", "technician", "password1")
        raise RuntimeError("cancelled")
    assert len(_entries(db)) == count


def test_preferences_are_not_audited(db: Database, admin: Actor) -> None:
    count = len(_entries(db))
    with db.transaction(admin) as session:
        settings_service.set_preference(session, admin, "window.geometry", "abc")
    assert len(_entries(db)) == count


def test_audit_table_is_append_only(db: Database, admin: Actor) -> None:
    for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(SADatabaseError, match="append-only"), db.transaction() as session:
            session.execute(text(statement))


def test_chain_verifies_and_detects_raw_sql_tampering(db: Database, admin: Actor) -> None:
    with db.transaction(admin) as session:
        settings_service.update_center(
            session, admin, settings_service.CenterSettings(name="ITC Szeged–Subotica")
        )
    with db.reader() as session:
        result = audit_service.verify_chain(session)
    assert result.ok and result.checked == len(_entries(db))
    victim = _entries(db)[2]
    # Someone with the file (or a database superuser) drops the trigger and edits history.
    tamper(
        db,
        "audit_log",
        "UPDATE",
        "UPDATE audit_log SET changes = replace(changes, 'Szőke', 'Smith') WHERE id = :id",
        id=victim.id,
    )
    with db.reader() as session:
        result = audit_service.verify_chain(session)
    assert not result.ok
    assert result.first_bad_id == victim.id
    assert "altered" in result.describe()


def test_deleted_entry_breaks_the_chain(db: Database, admin: Actor) -> None:
    victim = _entries(db)[1]
    tamper(db, "audit_log", "DELETE", "DELETE FROM audit_log WHERE id = :id", id=victim.id)
    with db.reader() as session:
        result = audit_service.verify_chain(session)
    assert not result.ok and result.first_bad_id == victim.id + 1


def test_listing_filters_and_permission(db: Database, actors: dict[str, Actor]) -> None:
    admin, technician = actors["admin"], actors["technician"]
    with db.transaction(admin) as session:
        settings_service.update_center(session, admin, settings_service.CenterSettings())
    with db.reader() as session:
        settings_rows = audit_service.list_entries(
            session, actors["manager"], AuditFilter(table_name="settings")
        )
        assert settings_rows and {e.table_name for e in settings_rows} == {"settings"}
        page = audit_service.list_entries(session, admin, limit=2)
        older = audit_service.list_entries(session, admin, before_id=page[-1].id, limit=2)
        assert [e.id for e in page] == sorted((e.id for e in page), reverse=True)
        assert older[0].id < page[-1].id
        assert "users" in audit_service.audited_tables(session, admin)
        with pytest.raises(PermissionDenied):
            audit_service.list_entries(session, technician)
