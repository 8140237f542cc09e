"""The database-level guarantees on PostgreSQL (db/versions PG branches and 0007): they exist
after the migrations, they refuse what the program never does, and every revision downgrades
and upgrades again on both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from itc_desktop.db import Database, alembic_config, current_revision, head_revision
from itc_desktop.models import Base
from tests.pg_support import PgServer

GUARD_TRIGGERS = {
    ("audit_log", "audit_log_append_only"),
    ("audit_log", "audit_log_no_truncate"),
    ("test_records", "test_records_locked"),
    ("test_values", "test_values_locked"),
    ("issued_reports", "issued_reports_locked"),
    ("issued_reports", "issued_reports_no_truncate"),
}


@pytest.fixture
def empty_pg(pg_server: PgServer) -> Iterator[str]:
    """A PostgreSQL database with nothing in it (not the migrated template)."""
    name = pg_server.new_database(template="template0")
    yield pg_server.url(name)
    pg_server.drop_database(name)


def _guards(url: str) -> tuple[set[tuple[str, str]], set[str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            triggers = conn.execute(
                text(
                    "SELECT c.relname, t.tgname FROM pg_trigger t "
                    "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
                )
            ).all()
            exclusions = conn.execute(
                text("SELECT conname FROM pg_constraint WHERE contype = 'x'")
            ).scalars()
            return {(table, name) for table, name in triggers}, set(exclusions)
    finally:
        engine.dispose()


def test_a_new_server_database_gets_every_guard(empty_pg: str) -> None:
    Database(empty_pg).dispose()
    triggers, exclusions = _guards(empty_pg)
    assert triggers >= GUARD_TRIGGERS
    assert exclusions == {"ex_bookings_no_overlap"}


def test_truncate_cannot_empty_the_audit_log_or_the_issued_reports(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        for table, message in (
            ("audit_log", "append-only"),
            ("issued_reports", "never changed"),
        ):
            with pytest.raises(DBAPIError, match=message), engine.begin() as conn:
                conn.execute(text(f"TRUNCATE {table} CASCADE"))
    finally:
        engine.dispose()


def test_the_guards_go_with_a_downgrade_and_come_back(empty_pg: str) -> None:
    database = Database(empty_pg)
    config = alembic_config(database.engine)
    command.downgrade(config, "0006")
    assert _guards(empty_pg)[1] == set()
    command.upgrade(config, "head")
    assert _guards(empty_pg)[1] == {"ex_bookings_no_overlap"}
    database.dispose()


def test_every_revision_downgrades_to_nothing_and_upgrades_again(db: Database) -> None:
    """On the run's backend (SQLite, or PostgreSQL with --backend postgresql)."""
    config = alembic_config(db.engine)
    command.downgrade(config, "base")
    with db.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    assert current_revision(db.engine) is None
    command.upgrade(config, "head")
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
