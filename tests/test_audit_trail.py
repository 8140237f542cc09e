"""The audit trail sees every insert, update and delete of a domain row: through the unit of
work, and through bulk UPDATE / DELETE statements, which bypass it (a bulk INSERT is refused)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import delete, func, insert, select, update

from itc_desktop.db import Actor, Database
from itc_desktop.models import AuditEntry, Setting, TestValue, User
from itc_desktop.models.audit import BulkInsertRefused, redacted
from itc_desktop.services import audit as audit_service
from itc_desktop.services import companies as company_service
from itc_desktop.services import results as result_service
from itc_desktop.services import settings as settings_service
from itc_desktop.services.companies import ContactInput
from tests.services import results_support as lab_support
from tests.services.jobs_support import make_company


def _entries_after(db: Database, last_id: int) -> list[AuditEntry]:
    with db.reader() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.id > last_id).order_by("id"))
        )


def _last_id(db: Database) -> int:
    with db.reader() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def _chain_ok(db: Database) -> bool:
    with db.reader() as session:
        return audit_service.verify_chain(session).ok


def test_a_delete_through_a_service_is_recorded_with_the_old_values(
    db: Database, manager: Actor
) -> None:
    company_id = make_company(db, manager)
    with db.transaction(manager) as session:
        contact_id = company_service.add_contact(
            session, manager, company_id, ContactInput(name="Šimić Željka", email="z@x.rs")
        )
    mark = _last_id(db)
    with db.transaction(manager) as session:
        company_service.remove_contact(session, manager, contact_id)
    (entry,) = _entries_after(db, mark)
    assert (entry.table_name, entry.row_id, entry.action) == ("contacts", str(contact_id), "delete")
    assert (entry.user_id, entry.username) == (manager.id, "manager")
    assert json.loads(entry.changes)["name"] == "Šimić Željka"
    assert _chain_ok(db)


def test_bulk_delete_records_each_row_it_removes(db: Database, admin: Actor) -> None:
    with db.transaction(admin) as session:
        settings_service.update_center(
            session, admin, settings_service.CenterSettings(name="ITC Szeged–Subotica")
        )
    with db.reader() as session:
        keys = sorted(session.scalars(select(Setting.key)))
    assert len(keys) >= 2
    mark = _last_id(db)
    with db.transaction(admin) as session:
        removed = session.execute(delete(Setting).where(Setting.key.in_(keys[:2]))).rowcount
    assert removed == 2
    entries = _entries_after(db, mark)
    assert [(e.table_name, e.row_id, e.action, e.username) for e in entries] == [
        ("settings", key, "delete", "admin") for key in keys[:2]
    ]
    assert set(json.loads(entries[0].changes)) == {"key", "value"}
    assert _chain_ok(db)


def test_core_form_bulk_delete_is_recorded_too(db: Database, admin: Actor) -> None:
    with db.transaction(admin) as session:
        settings_service.update_center(session, admin, settings_service.CenterSettings())
    mark = _last_id(db)
    with db.transaction(admin) as session:
        session.execute(delete(Setting.__table__))
    entries = _entries_after(db, mark)
    assert entries and {(e.table_name, e.action) for e in entries} == {("settings", "delete")}


def test_bulk_update_records_old_and_new_of_the_changed_rows_only(
    db: Database, actors: dict[str, Actor]
) -> None:
    admin = actors["admin"]
    with db.reader() as session:
        old_hash = session.scalar(select(User.password_hash).where(User.username == "manager"))
    mark = _last_id(db)
    with db.transaction(admin) as session:
        session.execute(
            update(User)
            .where(User.username.in_(["manager", "technician"]))
            .values(full_name="Szőke Bence", password_hash="$argon2id$changed")
        )
    entries = _entries_after(db, mark)
    # The technician already had that name: only its (redacted) password hash changed.
    by_row = {e.row_id: json.loads(e.changes) for e in entries}
    assert set(by_row) == {str(actors["manager"].id), str(actors["technician"].id)}
    assert by_row[str(actors["manager"].id)] == {
        "full_name": {"old": "Petrović Đorđe", "new": "Szőke Bence"},
        "password_hash": {"old": redacted(old_hash), "new": redacted("$argon2id$changed")},
    }
    assert by_row[str(actors["technician"].id)]["password_hash"]["new"] == (
        redacted("$argon2id$changed")
    )
    assert {(e.action, e.username) for e in entries} == {("update", "admin")}
    assert "$argon2id$changed" not in "".join(e.changes for e in entries)
    assert _chain_ok(db)


def test_a_bulk_statement_that_matches_nothing_records_nothing(db: Database, admin: Actor) -> None:
    mark = _last_id(db)
    with db.transaction(admin) as session:
        session.execute(delete(Setting).where(Setting.key == "no-such-key"))
        session.execute(update(User).where(User.id == -1).values(full_name="x"))
    assert _entries_after(db, mark) == []


def test_bulk_insert_into_an_audited_table_is_refused_and_writes_nothing(
    db: Database, admin: Actor
) -> None:
    mark = _last_id(db)
    with pytest.raises(BulkInsertRefused, match="settings"), db.transaction(admin) as session:
        session.execute(insert(Setting), [{"key": "sneaky", "value": '"x"'}])
    with pytest.raises(BulkInsertRefused, match="users"), db.transaction(admin) as session:
        session.execute(update(User), [{"id": admin.id, "full_name": "Sneaky"}])
    with db.reader() as session:
        assert session.get(Setting, "sneaky") is None
        assert session.get(User, admin.id).full_name == "Kovács Ildikó"
    assert _entries_after(db, mark) == []


def test_editing_a_result_records_the_values_it_replaces(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lab = lab_support.make_lab(db, manager)
    data = lab_support.hardness_input(lab, technician)
    record_id = lab_support.create(db, technician, data)
    with db.reader() as session:
        old_values = {
            str(v.id): v.value
            for v in session.scalars(select(TestValue).where(TestValue.record_id == record_id))
        }
    assert old_values
    mark = _last_id(db)
    with db.transaction(technician) as session:
        result_service.update_record(
            session,
            technician,
            record_id,
            replace(data, inputs=replace(data.inputs, readings=((0.300, 0.302),))),
        )
    deleted = [
        e for e in _entries_after(db, mark) if (e.table_name, e.action) == ("test_values", "delete")
    ]
    assert {e.row_id for e in deleted} == set(old_values)
    assert {e.username for e in deleted} == {"technician"}
    for entry in deleted:
        assert json.loads(entry.changes)["value"] == old_values[entry.row_id]
    assert _chain_ok(db)
