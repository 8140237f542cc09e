"""The database layer: pragmas, migrate-on-open, refusal of newer databases, backups."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from itc_desktop.config import resolve_database_url, sqlite_url
from itc_desktop.db import Database, DatabaseError, DatabaseTooNew, current_revision, head_revision
from itc_desktop.models import Base
from tests.backends import sqlite_only


@sqlite_only("pragmas of each SQLite connection")
def test_sqlite_pragmas_on_every_connection(db: Database) -> None:
    # Two connections open at once: each new one gets the pragmas, not just the first.
    with db.engine.connect() as first, db.engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
            # NORMAL = 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    read_only = Database(db.url, read_only=True)
    with read_only.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    read_only.dispose()


def test_foreign_keys_are_enforced_in_service_sessions(db: Database) -> None:
    # SQLite needs its pragma on every connection for this; PostgreSQL always enforces them.
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), db.transaction() as session:
        session.execute(
            text("INSERT INTO user_preferences (user_id, key, value) VALUES (999, 'k', 'v')")
        )
    with db.reader() as session:
        assert session.execute(text("SELECT count(*) FROM user_preferences")).scalar() == 0


def test_models_and_revisions_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and db/versions differ; write a revision: {diff}"


def test_new_database_is_at_head(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()


def test_newer_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Database(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        Database(sqlite_url(path))
    assert path.read_bytes() == before


def test_migration_from_an_earlier_revision_keeps_a_copy(tmp_path: Path) -> None:
    from alembic import command

    from itc_desktop.db import alembic_config, create_db_engine

    revisions = _revision_chain()
    if len(revisions) < 2:
        pytest.skip("only one revision so far: nothing to migrate from")
    path = tmp_path / "lab.sqlite"
    engine = create_db_engine(sqlite_url(path))
    command.upgrade(alembic_config(engine), revisions[-2])
    engine.dispose()
    database = Database(sqlite_url(path))
    assert current_revision(database.engine) == head_revision()
    database.dispose()
    copy = tmp_path / f"lab.sqlite.before-{revisions[-2]}.bak"
    with sqlite3.connect(copy) as conn:  # the copy is the database as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            revisions[-2],
        )
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # Opening it again (already at head) makes no further copy.
    Database(sqlite_url(path)).dispose()
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == [copy.name]


def test_the_head_read_from_the_revision_files_is_alembics(tmp_path: Path, monkeypatch) -> None:
    from itc_desktop import db as db_module

    assert db_module.head_from_files() == head_revision()
    # Files it cannot read plainly (here a merge revision) leave the decision to Alembic.
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (versions / "b.py").write_text('revision: str = "b"\ndown_revision: str | None = "a"\n')
    monkeypatch.setattr(db_module, "migrations_dir", lambda: tmp_path)
    assert db_module.head_from_files() == "b"
    (versions / "c.py").write_text('revision = "c"\ndown_revision = ("a", "b")\n')
    assert db_module.head_from_files() is None


def test_opening_an_up_to_date_database_does_not_import_alembic(db: Database) -> None:
    """Alembic costs about half a second of every start-up; only a migration needs it."""
    script = (
        "import sys\n"
        "from itc_desktop.db import Database\n"
        "Database(sys.argv[1]).dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, db.url], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_new_database_gets_no_copy_aside(tmp_path: Path) -> None:
    Database(sqlite_url(tmp_path / "fresh.sqlite")).dispose()
    assert list(tmp_path.glob("*.bak")) == []


def _revision_chain() -> list[str]:
    from alembic.script import ScriptDirectory

    from itc_desktop.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


@sqlite_only("the online backup API of a SQLite file")
def test_backup_is_a_consistent_copy_while_open(db: Database, admin, tmp_path: Path) -> None:
    out = db.backup(tmp_path / "copy.sqlite")
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 3


@sqlite_only("the online backup API of a SQLite file")
def test_backup_while_another_station_is_writing_has_only_committed_work(
    db: Database, admin, tmp_path: Path
) -> None:
    from itc_desktop.services import users as user_service

    with db.transaction(admin) as session:
        user_service.create_user(session, admin, "pending", "Pending", "technician", "password1")
        session.flush()  # written to the WAL, not yet committed
        out = db.backup(tmp_path / "copy.sqlite")
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {row[0] for row in conn.execute("SELECT username FROM users")}
        assert "pending" not in names and "admin" in names
    # A later backup replaces the earlier one and includes the committed user.
    with sqlite3.connect(db.backup(out)) as conn:
        assert conn.execute("SELECT count(*) FROM users WHERE username = 'pending'").fetchone() == (
            1,
        )


def test_a_server_is_backed_up_with_pg_dump_not_by_the_program(pg_url: str, tmp_path: Path) -> None:
    database = Database(pg_url)
    try:
        with pytest.raises(DatabaseError, match="pg_dump"):
            database.backup(tmp_path / "copy.sqlite")
    finally:
        database.dispose()
    assert list(tmp_path.iterdir()) == []


def test_read_only_connection_refuses_writes(db: Database, admin) -> None:
    ro = Database(db.url, read_only=True)
    with ro.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM users")).scalar() == 3
        with pytest.raises(DBAPIError, match=r"readonly|read-only transaction"):
            conn.execute(text("UPDATE users SET full_name = 'x'"))
    with pytest.raises(DatabaseError), ro.transaction():
        pass
    ro.dispose()


def test_database_url_resolution(tmp_path: Path) -> None:
    env = {"ITC_HOME": str(tmp_path)}
    assert resolve_database_url("x.sqlite", env=env).endswith("/x.sqlite")
    assert resolve_database_url("postgresql+psycopg://u@h/d", env=env).startswith("postgresql")
    assert resolve_database_url(None, env={**env, "ITC_DATABASE_URL": "sqlite:///a"}) == (
        "sqlite:///a"
    )
    assert resolve_database_url(None, demo=True, env=env).endswith("itc-lab-demo.sqlite")
    assert resolve_database_url(None, env=env) == sqlite_url(tmp_path / "data" / "itc-lab.sqlite")


def test_the_location_shown_names_the_file_or_the_server_without_the_password(
    tmp_path: Path,
) -> None:
    from itc_desktop.db import database_location

    assert database_location(sqlite_url(tmp_path / "lab.sqlite")) == str(
        (tmp_path / "lab.sqlite").resolve()
    )
    shown = database_location("postgresql+psycopg://itc:s3cret-pw@db.itc.local:5432/itc_lab")
    assert "s3cret-pw" not in shown
    assert shown == "postgresql+psycopg://itc:***@db.itc.local:5432/itc_lab"


FOLDER_NAMES = ["ITC Lab", "Kovács Ildikó – Đorđe", "lab#2", "100%41", "what?"]


@pytest.mark.parametrize("folder", FOLDER_NAMES)
def test_a_database_in_a_folder_with_awkward_characters(tmp_path: Path, folder: str) -> None:
    import sys

    if sys.platform == "win32" and "?" in folder:
        pytest.skip("Windows file names cannot hold '?'")
    path = tmp_path / folder / "lab.sqlite"
    database = Database(sqlite_url(path))
    assert database.sqlite_path == path.resolve()
    with database.transaction() as session:
        session.execute(text("CREATE TABLE probe (x)"))
    database.dispose()
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray file beside it
    read_only = Database(sqlite_url(path), read_only=True)
    with read_only.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM probe")).scalar() == 0
        with pytest.raises(DBAPIError, match=r"readonly|read-only transaction"):
            conn.execute(text("INSERT INTO probe VALUES (1)"))
    read_only.dispose()


def test_a_database_of_another_program_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.close()
    with pytest.raises(DatabaseError, match=r"not an ITC Lab database.*invoices"):
        Database(sqlite_url(path))
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert tables == ["invoices"]
        assert conn.execute("SELECT total FROM invoices").fetchall() == [(12.5,)]
    conn.close()
    assert list(tmp_path.glob("*.bak")) == []
