"""The kiosk on PostgreSQL, as docs/kiosk.md tells the lab to run it: its own role made by
`itc-desktop kiosk --print-grants`, which may read what the kiosk shows and write nothing.
Runs on a throwaway server (tests/pg_support.py); skipped only where PostgreSQL is missing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from itc_desktop.db import Actor, Database
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import users as user_service
from itc_desktop.services.kiosk import KioskReader, KioskUnavailable, postgres_grants
from tests.conftest import PASSWORDS
from tests.pg_support import PgServer
from tests.services.jobs_support import make_company, make_job


@pytest.fixture
def lab(pg_server: PgServer) -> Iterator[tuple[Database, str]]:
    name = pg_server.new_database()
    database = Database(pg_server.url(name))
    yield database, name
    database.dispose()
    pg_server.drop_database(name)


def staff(db: Database) -> dict[str, Actor]:
    with db.transaction() as session:
        admin = user_service.create_first_admin(session, "admin", "Admin", PASSWORDS["admin"])
    with db.transaction(admin) as session:
        manager = user_service.create_user(
            session, admin, "manager", "Manager", "manager", PASSWORDS["manager"]
        )
    return {"admin": admin, "manager": manager}


def test_the_kiosk_role_reads_what_the_kiosk_shows_and_writes_nothing(
    pg_server: PgServer, lab: tuple[Database, str]
) -> None:
    db, name = lab
    manager = staff(db)["manager"]
    job = make_job(db, manager, make_company(db, manager))
    role = f"kiosk_{uuid.uuid4().hex[:8]}"
    pg_server.execute(*postgres_grants(role), database=name)
    reader = KioskReader.open(pg_server.url(name, user=role, password="change-me"))
    try:
        reader.check()
        seen = reader.look_up(job.reference.replace("-", ""), job.access_code)
        assert seen is not None and seen.company_name == "Kőszegi Fémmegmunkáló Kft."
        assert reader.verify_admin("admin", PASSWORDS["admin"])
        assert not reader.verify_admin("manager", PASSWORDS["manager"])
        assert reader.branding().center_name
        with db.transaction(manager) as session:
            workflow.change_status(session, manager, job.id, "quoted", public_note="Sent")
        again = reader.refresh(seen.job_id)
        assert again is not None and again.status == "quoted"
        # Writes: refused by the role's read-only default and by the missing grants.
        with (
            pytest.raises(DBAPIError, match="read-only transaction"),
            reader.database.reader() as session,
        ):
            session.execute(text("UPDATE jobs SET title = 'changed at the kiosk'"))
            session.commit()
        with (
            pytest.raises(DBAPIError, match="permission denied"),
            reader.database.reader() as session,
        ):
            session.execute(text("SET TRANSACTION READ WRITE"))
            session.execute(text("UPDATE jobs SET title = 'changed at the kiosk'"))
            session.commit()
        # Tables the kiosk has no business reading stay closed to it; of the audit trail it
        # reads the change marker (the newest id) and nothing of who changed what.
        for statement in (
            *(f"SELECT count(*) FROM {t}" for t in ("job_material_costs", "contacts")),
            "SELECT count(*) FROM test_values",
            "SELECT changes FROM audit_log",
            "SELECT username, table_name, row_id FROM audit_log",
            "SELECT * FROM audit_log",
        ):
            with (
                pytest.raises(DBAPIError, match="permission denied"),
                reader.database.reader() as session,
            ):
                session.execute(text(statement))
        assert reader.check() > 0
    finally:
        reader.dispose()
    with db.reader() as session:
        assert session.scalar(text("SELECT title FROM jobs")) == "Prototype flange, 5-axis milling"


def test_an_unreachable_server_is_unavailable_and_cut_connections_are_survived(
    pg_server: PgServer, lab: tuple[Database, str]
) -> None:
    db, name = lab
    manager = staff(db)["manager"]
    job = make_job(db, manager, make_company(db, manager))
    nowhere = KioskReader.open(pg_server.url(name).replace(f":{pg_server.port}/", ":1/"))
    try:
        with pytest.raises(KioskUnavailable):
            nowhere.check()
        with pytest.raises(KioskUnavailable):
            nowhere.look_up(job.reference, job.access_code)
    finally:
        nowhere.dispose()
    role = f"kiosk_{uuid.uuid4().hex[:8]}"
    pg_server.execute(*postgres_grants(role), database=name)
    reader = KioskReader.open(pg_server.url(name, user=role, password="change-me"))
    try:
        assert reader.look_up(job.reference, job.access_code) is not None
        # The server drops the kiosk's connections (a restart, a network blip) ...
        pg_server.execute(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'"
        )
        # ... and the next poll simply connects again.
        reader.check()
        assert reader.look_up(job.reference, job.access_code) is not None
    finally:
        reader.dispose()
