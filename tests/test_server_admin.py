"""`itc-desktop db init-server` on a real PostgreSQL server (tests/pg_support.py): the schema,
the program's role (works, cannot touch the audit trail) and the kiosk's role (reads what the
kiosk shows, writes nothing); safe to run twice. Skipped only where PostgreSQL is missing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from itc_desktop import cli
from itc_desktop.db import (
    Database,
    DatabaseError,
    alembic_config,
    current_revision,
    head_revision,
)
from itc_desktop.server_admin import KIOSK_COLUMNS, RoleRequest, init_server
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services import users as user_service
from itc_desktop.services.kiosk import KIOSK_TABLES, KioskReader
from tests.conftest import PASSWORDS
from tests.pg_support import PgServer
from tests.services.jobs_support import make_company, make_job


@pytest.fixture
def empty(pg_server: PgServer) -> Iterator[str]:
    """A new database without any table (not the migrated template)."""
    name = pg_server.new_database(template=None)
    yield name
    pg_server.drop_database(name)


def roles() -> tuple[str, str]:
    """Role names of their own: roles belong to the whole server, not one database."""
    tag = uuid.uuid4().hex[:8]
    return f"app_{tag}", f"kiosk_{tag}"


def run_init(pg_server: PgServer, name: str, app: str, kiosk: str, *extra: str) -> int:
    return cli.main(
        ["db", "init-server", "--url", pg_server.url(name), "--app-role", app,
         "--app-password", "app-secret-1", "--kiosk-role", kiosk,
         "--kiosk-password", "kiosk-secret-1", *extra]
    )  # fmt: skip


def privileges(pg_server: PgServer, name: str, *grantees: str) -> set[tuple[str, ...]]:
    engine = create_engine(pg_server.url(name))
    try:
        with engine.connect() as conn:
            tables = conn.execute(
                text(
                    "SELECT grantee, table_name, privilege_type FROM "
                    "information_schema.role_table_grants WHERE grantee = ANY(:g)"
                ),
                {"g": list(grantees)},
            )
            columns = conn.execute(
                text(
                    "SELECT grantee, table_name, column_name, privilege_type FROM "
                    "information_schema.column_privileges WHERE grantee = ANY(:g)"
                ),
                {"g": list(grantees)},
            )
            sequences = conn.execute(
                text(
                    "SELECT r.rolname, c.relname, has_sequence_privilege(r.rolname, c.oid, "
                    "'USAGE')::text FROM pg_class c, pg_roles r "
                    "WHERE c.relkind = 'S' AND r.rolname = ANY(:g)"
                ),
                {"g": list(grantees)},
            )
            return {tuple(row) for result in (tables, columns, sequences) for row in result}
    finally:
        engine.dispose()


def test_init_server_builds_the_schema_and_both_roles_and_may_run_again(
    pg_server: PgServer, empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    app, kiosk = roles()
    assert run_init(pg_server, empty, app, kiosk, "--client-host", "labserver") == 0
    out = capsys.readouterr().out
    assert f"Schema migrated from (empty) to {head_revision()}" in out
    assert f"ITC_DATABASE_URL=postgresql+psycopg://{app}:***@labserver:{pg_server.port}/" in out
    assert f"postgresql+psycopg://{kiosk}:***@labserver:{pg_server.port}/{empty}" in out
    assert "app-secret-1" not in out and "kiosk-secret-1" not in out
    engine = create_engine(pg_server.url(empty))
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            found = conn.execute(
                text(
                    "SELECT rolname, rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, "
                    "coalesce(rolconfig, '{}') FROM pg_roles WHERE rolname IN (:a, :k)"
                ),
                {"a": app, "k": kiosk},
            ).all()
        # The owner's own role stays the owner: the tables belong to it, not to the app.
        owners = {row[0] for row in _owners(engine)}
    finally:
        engine.dispose()
    by_name = {row[0]: row for row in found}
    assert by_name[app][1:5] == (True, False, False, False)
    assert by_name[kiosk][1:5] == (True, False, False, False)
    assert "default_transaction_read_only=on" in by_name[kiosk][5]
    assert owners == {"itc"}
    first = privileges(pg_server, empty, app, kiosk)
    assert (app, "jobs", "UPDATE") in first
    assert (kiosk, "jobs", "SELECT") in first and (kiosk, "jobs", "UPDATE") not in first

    # Twice: nothing to migrate, the roles are updated, the privileges are the same.
    assert run_init(pg_server, empty, app, kiosk) == 0
    out = capsys.readouterr().out
    assert f"Schema at revision {head_revision()} (already)" in out
    assert f"{app}: the program's role, updated" in out
    assert "--client-host" in out  # the URL says 127.0.0.1: the PCs need the server's name
    assert privileges(pg_server, empty, app, kiosk) == first


def _owners(engine: Engine) -> list[tuple[str]]:
    with engine.connect() as conn:
        return list(
            conn.execute(
                text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
            )
        )


def test_the_app_role_runs_the_program_but_cannot_change_the_audit_trail(
    pg_server: PgServer, empty: str
) -> None:
    app, kiosk = roles()
    init_server(
        pg_server.url(empty), RoleRequest(app, "app-secret-1"), RoleRequest(kiosk, "k-secret-1")
    )
    app_url = pg_server.url(empty, user=app, password="app-secret-1")
    db = Database(app_url)  # at head already: opens without migrating
    try:
        with db.transaction() as session:
            admin = user_service.create_first_admin(session, "admin", "Admin", PASSWORDS["admin"])
        with db.transaction(admin) as session:
            manager = user_service.create_user(
                session, admin, "manager", "Manager", "manager", PASSWORDS["manager"]
            )
        job = make_job(db, manager, make_company(db, manager))
        with db.transaction(manager) as session:
            workflow.change_status(session, manager, job.id, "quoted", public_note="Sent")
        with db.reader() as session:
            detail = job_service.get_job(session, manager, job.id)
            assert detail.reference == job.reference
            entries = session.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        assert entries >= 5
        with db.engine.connect() as conn:
            user = conn.execute(text("SELECT current_user")).scalar_one()
        assert user == app
        statements = (
            "UPDATE audit_log SET username = 'someone else'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "UPDATE alembic_version SET version_num = '0001'",
            "DROP TABLE jobs",
            "CREATE TABLE private_notes (id integer)",
            "ALTER TABLE jobs DISABLE TRIGGER USER",
        )
        for statement in statements:
            with pytest.raises(DBAPIError) as refused, db.engine.begin() as conn:
                conn.execute(text(statement))
            message = str(refused.value.orig)
            assert "permission denied" in message or "must be owner" in message, statement
        with db.reader() as session:
            after = session.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        assert after == entries
    finally:
        db.dispose()


def test_the_kiosk_role_reads_what_the_kiosk_needs_and_writes_nothing(
    pg_server: PgServer, empty: str
) -> None:
    app, kiosk = roles()
    url = pg_server.url(empty)
    init_server(url, RoleRequest(app, "a-secret-1"), RoleRequest(kiosk, "k-secret-1"))
    db = Database(pg_server.url(empty, user=app, password="a-secret-1"))
    try:
        with db.transaction() as session:
            admin = user_service.create_first_admin(session, "admin", "Admin", PASSWORDS["admin"])
        job = make_job(db, admin, make_company(db, admin))
        with db.transaction(admin) as session:
            workflow.change_status(
                session, admin, job.id, "quoted", public_note="Quote sent", internal_note="cheap"
            )
    finally:
        db.dispose()

    kiosk_url = pg_server.url(empty, user=kiosk, password="k-secret-1")
    reader = KioskReader.open(kiosk_url)
    try:
        reader.check()
        seen = reader.look_up(job.reference, job.access_code)
        assert seen is not None
        assert seen.company_name == "Kőszegi Fémmegmunkáló Kft."
        assert [event.status for event in seen.timeline] == ["received", "quoted"]
        assert seen.specimens_received == 0 and not seen.report_ready
        assert reader.refresh(seen.job_id) == seen
        assert reader.look_up(job.reference, "000000") is None
        assert reader.verify_admin("admin", PASSWORDS["admin"])
        assert reader.branding().center_name
    finally:
        reader.dispose()

    engine = create_engine(kiosk_url)
    try:
        writes = (
            "INSERT INTO companies (name) VALUES ('x')",
            "UPDATE jobs SET title = 'changed'",
            "DELETE FROM job_events",
            "UPDATE users SET active = false",
            "UPDATE settings SET value = '\"x\"'",
            "DELETE FROM issued_reports",
            "INSERT INTO audit_log (id) VALUES (1)",
            "TRUNCATE specimens",
        )
        for statement in writes:
            # Read-only by default, and without the privilege even when it asks to write.
            with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
                conn.execute(text(statement))
            assert "read-only transaction" in str(refused.value.orig), statement
            with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
                conn.execute(text("SET TRANSACTION READ WRITE"))
                conn.execute(text(statement))
            assert "permission denied" in str(refused.value.orig), statement
        hidden = (
            "SELECT internal_note FROM job_events",
            "SELECT address FROM companies",
            "SELECT pdf FROM issued_reports",
            "SELECT raw_curve FROM test_records",
            "SELECT * FROM equipment",
            "SELECT * FROM audit_log",
            "SELECT changes FROM audit_log",
            "SELECT * FROM contacts",
        )
        for statement in hidden:
            with pytest.raises(DBAPIError) as refused, engine.connect() as conn:
                conn.execute(text(statement))
            assert "permission denied" in str(refused.value.orig), statement
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM jobs")).scalar_one() == 1
            # The live-refresh change marker: the audit trail's ids, nothing else of it.
            assert conn.execute(text("SELECT max(id) FROM audit_log")).scalar_one() > 0
            assert conn.execute(text("SELECT name FROM companies")).scalar_one()
            visible = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert set(KIOSK_TABLES) <= visible
    assert set(KIOSK_COLUMNS) <= set(KIOSK_TABLES)


def test_init_server_refuses_what_it_must_not_do(
    pg_server: PgServer, empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    app, kiosk = roles()
    cases = [
        (["--url", "sqlite:////tmp/lab.sqlite"], "sets up a PostgreSQL server"),
        (["--url", pg_server.url(empty), "--app-role", "App; DROP TABLE x"], "Not a usable role"),
        (["--url", pg_server.url(empty), "--app-role", app, "--kiosk-role", app], "two different"),
        # The administrator's own role (a superuser) cannot become the program's.
        (["--url", pg_server.url(empty), "--app-role", "itc"], "running this set-up"),
    ]
    for args, message in cases:
        command = ["db", "init-server", *args, "--app-password", "a", "--kiosk-password", "k"]
        assert cli.main(command) == 2, args
        assert message in capsys.readouterr().err, args
    engine = create_engine(pg_server.url(empty))
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []  # nothing was migrated either
            assert not conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname IN (:a, :k)"), {"a": app, "k": kiosk}
            ).first()
    finally:
        engine.dispose()


def test_passwords_are_asked_without_echo(
    pg_server: PgServer,
    empty: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app, kiosk = roles()
    prompts: list[str] = []
    answers = iter(["app-secret-1", "app-secret-1", "kiosk-secret-1", "typo"])
    monkeypatch.setattr(
        "getpass.getpass", lambda prompt="": prompts.append(prompt) or next(answers)
    )
    base = ["db", "init-server", "--url", pg_server.url(empty), "--app-role", app,
            "--kiosk-role", kiosk]  # fmt: skip
    assert cli.main(base) == 2  # the kiosk's password was repeated wrongly
    assert "do not match" in capsys.readouterr().err
    assert prompts[0] == f"Password for the new role {app}: "
    assert prompts[2] == f"Password for the new role {kiosk}: "
    # Existing roles: Enter keeps their passwords.
    init_server(pg_server.url(empty), RoleRequest(app, "a-1"), RoleRequest(kiosk, "k-1"))
    prompts.clear()
    answers = iter(["", ""])
    assert cli.main(base) == 0
    assert prompts == [
        f"Password for {app} (Enter keeps the current one): ",
        f"Password for {kiosk} (Enter keeps the current one): ",
    ]


def test_a_newer_program_on_the_app_role_asks_for_init_server(
    pg_server: PgServer, empty: str
) -> None:
    """The server's schema is older than the program (the administrator has not run
    init-server after the update): the program's role may not migrate it, and says so."""
    app, kiosk = roles()
    init_server(
        pg_server.url(empty), RoleRequest(app, "app-secret-1"), RoleRequest(kiosk, "k-secret-1")
    )
    owner = create_engine(pg_server.url(empty))
    try:
        command.downgrade(alembic_config(owner), "-1")  # as if the program were one newer
        before = current_revision(owner)
        with pytest.raises(DatabaseError, match="db init-server") as caught:
            Database(pg_server.url(empty, user=app, password="app-secret-1"))
        assert str(caught.value).count(head_revision()) == 1
        assert current_revision(owner) == before  # nothing changed
    finally:
        owner.dispose()
