"""Tests on either backend (`--backend sqlite|postgresql`): what `--db` is for the CLI, which
tests are SQLite-specific, and work done behind the program's back — someone with the SQLite
file and a sqlite3 shell, or a PostgreSQL superuser with psql — to prove that the database
itself refuses what the program would never do, and that tampering done anyway (guard trigger
dropped first) is detected."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, text

from itc_desktop.db import Database

# What the database says when a guard refuses (SQLite: RAISE(ABORT); PostgreSQL: RAISE
# EXCEPTION), as a pattern for pytest.raises(match=...).
DB_OVERLAP = "booking overlaps|ex_bookings_no_overlap"

# The guard triggers, per backend (db/versions/0001, 0005, 0006).
_TRIGGERS = {
    "sqlite": {
        ("audit_log", "UPDATE"): ["audit_log_no_update"],
        ("audit_log", "DELETE"): ["audit_log_no_delete"],
        ("issued_reports", "UPDATE"): ["issued_reports_locked_update"],
        ("issued_reports", "DELETE"): ["issued_reports_locked_delete"],
    },
    "postgresql": {
        ("audit_log", "UPDATE"): ["audit_log_append_only"],
        ("audit_log", "DELETE"): ["audit_log_append_only"],
        ("issued_reports", "UPDATE"): ["issued_reports_locked"],
        ("issued_reports", "DELETE"): ["issued_reports_locked"],
    },
}


def sqlite_only(why: str) -> pytest.MarkDecorator:
    """Skips a test when the run's `db` fixture is PostgreSQL (--backend postgresql); `why` says
    what about SQLite it tests."""
    return pytest.mark.skipif(
        "config.getoption('--backend') == 'postgresql'", reason=f"SQLite-specific: {why}"
    )


def cli_db(db: Database) -> str:
    """What `itc-desktop --db …` is given for this database: the file, or the server URL."""
    return str(db.sqlite_path) if db.is_sqlite else db.url


def run_cli(argv: Sequence[str]) -> int:
    """`cli.main(argv)`, then makes sure every Database it opened is disposed: a psycopg
    connection left to the garbage collector warns (ResourceWarning) in whatever test happens
    to run then, far from its cause."""
    from itc_desktop import cli

    opened: list[Database] = []
    original = Database.__init__

    def tracked(self: Database, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        opened.append(self)

    Database.__init__ = tracked  # type: ignore[method-assign]
    try:
        return cli.main(list(argv))
    finally:
        Database.__init__ = original  # type: ignore[method-assign]
        for database in opened:
            database.dispose()


@contextmanager
def outside(db: Database) -> Iterator[Connection]:
    """A connection of another program (no ITC Lab session, no audit), committed at the end.
    The program's own engine is disposed first, as a sqlite3 shell would find it."""
    db.dispose()
    engine = create_engine(db.url)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def tamper(db: Database, table: str, verb: str, statement: str, **params: Any) -> None:
    """Drops the trigger that guards `verb` on `table`, then runs `statement` on it."""
    backend = db.engine.dialect.name
    with outside(db) as conn:
        for trigger in _TRIGGERS[backend][(table, verb)]:
            on = f" ON {table}" if backend == "postgresql" else ""
            conn.execute(text(f"DROP TRIGGER {trigger}{on}"))
        conn.execute(text(statement), params)
