"""A database server that restarts or goes away while the program runs (PostgreSQL): reads
continue after the restart, a save during the outage is refused as ConnectionLost with
nothing written (and works once the server is back), the change probe fails and recovers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError, OperationalError

from itc_desktop.db import (
    CONNECT_TIMEOUT_S,
    Actor,
    ConnectionLost,
    Database,
    connection_lost,
    create_db_engine,
)
from itc_desktop.services import jobs as job_service
from itc_desktop.services import users as user_service
from itc_desktop.services.audit import verify_chain
from itc_desktop.services.changes import ChangeProbe
from itc_desktop.services.errors import DomainError
from tests import pg_support
from tests.services.jobs_support import make_company, make_job


@pytest.fixture
def server_db(pg_server: pg_support.PgServer, pg_url: str) -> Iterator[Database]:
    database = Database(pg_url)
    yield database
    database.dispose()


@pytest.fixture
def manager(server_db: Database) -> Actor:
    with server_db.transaction() as session:
        admin = user_service.create_first_admin(session, "admin", "Kovács Ildikó", "admin-pass-1")
    with server_db.transaction(admin) as session:
        return user_service.create_user(
            session, admin, "manager", "Petrović Đorđe", "manager", "manager-pass-1"
        )


def test_a_read_after_the_server_restarted_works(
    pg_server: pg_support.PgServer, server_db: Database, manager: Actor
) -> None:
    job = make_job(server_db, manager, make_company(server_db, manager))
    with server_db.reader() as session:  # the pool now holds an open connection
        assert job_service.get_job(session, manager, job.id).title
    pg_server.restart()  # every open connection is cut
    with server_db.reader() as session:
        assert job_service.get_job(session, manager, job.id).reference == job.reference
    # And a save too.
    with server_db.reader() as session:
        data = job_service.get_job(session, manager, job.id).as_input()
    data.title = "After the restart"
    with server_db.transaction(manager) as session:
        job_service.update_job(session, manager, job.id, data)
    with server_db.reader() as session:
        assert job_service.get_job(session, manager, job.id).title == "After the restart"


def test_a_save_while_the_server_is_down_is_refused_and_nothing_is_written(
    pg_server: pg_support.PgServer, server_db: Database, manager: Actor
) -> None:
    job = make_job(server_db, manager, make_company(server_db, manager))
    with server_db.reader() as session:
        seen = job_service.get_job(session, manager, job.id)
    data = seen.as_input()
    data.title = "Typed while the server was down"
    pg_server.stop()
    try:
        with (
            pytest.raises(ConnectionLost, match="connection to the database server was lost"),
            server_db.transaction(manager) as session,
        ):
            job_service.update_job(session, manager, job.id, data, expected_version=seen.version)
        # The message is for the user: a DomainError, so forms show it and keep the input.
        with (
            pytest.raises(DomainError, match="nothing was saved"),
            server_db.transaction(manager) as session,
        ):
            job_service.update_job(session, manager, job.id, data)
        # A read reports the driver's error (after its retries) instead of hanging.
        with pytest.raises(OperationalError), server_db.reader() as session:
            session.execute(text("SELECT 1"))
    finally:
        pg_server.restart()  # a stopped server starts with its last options
    with server_db.reader() as session:
        assert job_service.get_job(session, manager, job.id).title == seen.title
    # The same save, tried again once the server is back, goes through.
    with server_db.transaction(manager) as session:
        job_service.update_job(session, manager, job.id, data, expected_version=seen.version)
    with server_db.reader() as session:
        assert job_service.get_job(session, manager, job.id).title == data.title
        assert verify_chain(session).ok


def test_a_connection_cut_in_the_middle_of_a_save_rolls_it_back(
    pg_server: pg_support.PgServer, server_db: Database, manager: Actor
) -> None:
    job = make_job(server_db, manager, make_company(server_db, manager))
    with server_db.reader() as session:
        seen = job_service.get_job(session, manager, job.id)
    data = seen.as_input()
    data.title = "Half saved?"
    with pytest.raises(ConnectionLost), server_db.transaction(manager) as session:
        job_service.update_job(session, manager, job.id, data, expected_version=seen.version)
        pg_server.restart()  # the server goes away before the commit
    with server_db.reader() as session:
        after = job_service.get_job(session, manager, job.id)
    assert (after.title, after.version) == (seen.title, seen.version)


def test_the_change_probe_fails_while_down_and_sees_changes_after(
    pg_server: pg_support.PgServer, server_db: Database, manager: Actor
) -> None:
    probe = ChangeProbe(server_db)
    assert not probe.poll()
    assert not probe.poll()
    pg_server.stop()
    try:
        with pytest.raises(OperationalError):
            probe.poll()
    finally:
        pg_server.restart()  # a stopped server starts with its last options
    assert not probe.poll()  # back, nothing changed meanwhile
    make_company(server_db, manager)
    assert probe.poll()
    assert not probe.poll()


def test_what_counts_as_a_lost_connection() -> None:
    refused = OperationalError("SELECT 1", {}, Exception("connection refused"))
    assert connection_lost(refused, "postgresql")
    assert not connection_lost(refused, "sqlite")  # SQLite: locked, read-only … not "lost"
    cut = OperationalError("SELECT 1", {}, Exception("x"), connection_invalidated=True)
    assert connection_lost(cut, "sqlite")
    assert not connection_lost(IntegrityError("INSERT", {}, Exception("unique")), "postgresql")
    assert not connection_lost(ValueError("no"), "postgresql")


def test_a_server_that_cannot_be_reached_fails_within_seconds() -> None:
    """connect_timeout is given to psycopg (unless the URL sets its own), so a server on an
    unreachable network does not freeze the program for the TCP timeout (minutes)."""
    seen: list[dict[str, object]] = []
    for url, expected in (
        ("postgresql+psycopg://itc@127.0.0.1:1/lab", CONNECT_TIMEOUT_S),
        ("postgresql+psycopg://itc@127.0.0.1:1/lab?connect_timeout=2", "2"),
    ):
        engine = create_db_engine(url)
        event.listen(engine, "do_connect", lambda _d, _r, _a, cparams: seen.append(cparams))
        with pytest.raises(OperationalError), engine.connect():
            pass
        engine.dispose()
        assert seen[-1]["connect_timeout"] == expected
