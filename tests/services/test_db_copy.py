"""`itc-desktop db copy`: the demo database (a SQLite file, with issued and amended reports
and an equipment document added) moved to an empty database on a real PostgreSQL server,
compared table by table; refusals leave the target as it was. Skipped only where PostgreSQL
is missing (tests/pg_support.py)."""

from __future__ import annotations

import gc
import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import DBAPIError

from itc_desktop import cli, db_copy
from itc_desktop.config import sqlite_url
from itc_desktop.db import Database, DatabaseError, alembic_config, head_revision
from itc_desktop.demo import fill_demo
from itc_desktop.models import Base, TestRecord, User
from itc_desktop.services import companies as company_service
from itc_desktop.services import equipment_documents as document_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services import report_archive
from itc_desktop.services.companies import CompanyInput
from itc_desktop.services.errors import DomainError
from itc_desktop.services.users import actor_of
from tests.pg_support import PgServer

DOCUMENT = b"%PDF-1.4\n" + bytes(range(256)) * 4096 + b"\x00\xff%%EOF"  # every byte value, 1 MB


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database plus what the demo lacks: an issued report, its amendment (a row
    referring to another of its table) and a 1 MB document."""
    path = tmp_path_factory.mktemp("copy") / "single-pc.sqlite"
    db = Database(sqlite_url(path))
    try:
        assert fill_demo(db)
        with db.transaction() as session:
            admin = actor_of(session.scalars(select(User).where(User.username == "admin")).one())
            jobs = session.scalars(
                select(TestRecord.job_id).where(TestRecord.status == "approved").distinct()
            ).all()
        issued = None
        for job_id in jobs:
            try:
                with db.transaction(admin) as session:
                    issued = report_archive.issue_job_report(session, admin, job_id)
                break
            except DomainError:
                continue
        assert issued is not None
        with db.transaction(admin) as session:
            report_archive.amend_report(session, admin, issued.id, "Typing error in the title")
            document_service.add_document(session, admin, 1, "certificate.pdf", DOCUMENT)
    finally:
        db.dispose()
    return path


@pytest.fixture
def empty(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.new_database(template=None)
    yield pg_server.url(name)
    pg_server.drop_database(name)


def sqlite_counts(path: Path) -> dict[str, int]:
    """Row counts read with sqlite3 itself, not through the code under test."""
    connection = sqlite3.connect(path)
    try:
        return {
            table.name: connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            for table in Base.metadata.sorted_tables
        }
    finally:
        connection.close()


def pg_counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            return {
                table.name: conn.execute(text(f'SELECT count(*) FROM "{table.name}"')).scalar_one()
                for table in Base.metadata.sorted_tables
                if table.name in present
            }
    finally:
        engine.dispose()


def audit_verify(url: str) -> int:
    """`itc-desktop --db URL audit verify`. The command leaves its engine to the garbage
    collector (cli.py does not dispose the Database it opens): its pooled PostgreSQL
    connection is closed here, before pytest reports it as a ResourceWarning."""
    code = cli.main(["--db", url, "audit", "verify"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    return code


def test_the_demo_database_arrives_whole_on_the_server(
    demo_file: Path, empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sqlite_counts(demo_file)
    assert before["issued_reports"] == 2 and before["equipment_documents"] == 1
    assert before["audit_log"] > 2000 and before["test_values"] > 100

    assert cli.main(["db", "copy", "--from", str(demo_file), "--to", empty]) == 0
    out = capsys.readouterr().out
    for table, rows in before.items():
        line = next(line for line in out.splitlines() if line.startswith(f"{table} "))
        assert line.split()[1:3] == [str(rows), str(rows)] and line.endswith("OK"), line
    assert f"OK: {before['audit_log']} audit entries verified." in out
    assert f"Copied {sum(before.values())} rows of {len(before)} tables" in out

    # Checked again independently: counts by plain SQL, checksums read afresh, bytes exact.
    assert pg_counts(empty) == before  # the copy wrote no audit entries of its own
    assert all(check.ok for check in db_copy.compare_databases(sqlite_url(demo_file), empty))
    source = sqlite3.connect(demo_file)
    try:
        pdfs = source.execute(
            "SELECT id, pdf, amends_id FROM issued_reports ORDER BY id"
        ).fetchall()
        document = source.execute("SELECT content FROM equipment_documents").fetchone()[0]
        curves = source.execute(
            "SELECT id, raw_curve FROM test_records WHERE raw_curve IS NOT NULL ORDER BY id"
        ).fetchall()
    finally:
        source.close()
    engine = create_engine(empty)
    try:
        with engine.connect() as conn:
            copied = conn.execute(
                text("SELECT id, pdf, amends_id FROM issued_reports ORDER BY id")
            ).all()
            assert [tuple(row) for row in copied] == pdfs
            assert pdfs[1][2] == pdfs[0][0]  # the amendment still points at the original
            assert conn.execute(text("SELECT content FROM equipment_documents")).scalar_one() == (
                DOCUMENT
            )
            assert document == DOCUMENT
            assert [
                tuple(row)
                for row in conn.execute(
                    text(
                        "SELECT id, raw_curve FROM test_records WHERE raw_curve IS NOT NULL "
                        "ORDER BY id"
                    )
                )
            ] == curves
            # The copy switched the target's own rules off for itself only.
            for statement in (
                "UPDATE audit_log SET username = 'x' WHERE id = 1",
                "UPDATE test_records SET title = 'x' WHERE status = 'approved'",
                "DELETE FROM issued_reports",
            ):
                with pytest.raises(DBAPIError), engine.begin() as writer:
                    writer.execute(text(statement))
    finally:
        engine.dispose()

    assert audit_verify(empty) == 0
    assert f"OK: {before['audit_log']} audit entries verified." in capsys.readouterr().out

    # The program opens the server and carries on: new rows get the next free ids.
    db = Database(empty)
    try:
        with db.reader() as session:
            admin = actor_of(session.scalars(select(User).where(User.username == "admin")).one())
            jobs = job_service.list_jobs(session, admin, limit=None)
        assert len(jobs) == before["jobs"]
        with db.transaction(admin) as session:
            company_id = company_service.create_company(
                session, admin, CompanyInput(name="Grazer Gießerei GmbH", country="other")
            )
        assert company_id == before["companies"] + 1
    finally:
        db.dispose()
    assert audit_verify(empty) == 0
    assert f"OK: {before['audit_log'] + 1} audit entries" in capsys.readouterr().out


def test_a_target_that_holds_data_is_refused_and_left_as_it_was(
    demo_file: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(pg_url)
    try:
        with db.transaction() as session:
            from itc_desktop.services import users as user_service

            user_service.create_first_admin(session, "admin", "Admin", "admin-pass-1")
    finally:
        db.dispose()
    before = db_copy.compare_databases(pg_url, pg_url)
    assert cli.main(["db", "copy", "--from", str(demo_file), "--to", pg_url]) == 2
    err = capsys.readouterr().err
    assert "The target database is not empty: audit_log (1), users (1)." in err
    assert "nothing was written" in err
    assert db_copy.compare_databases(pg_url, pg_url) == before


def test_sources_that_cannot_be_copied_are_refused_before_anything_is_written(
    tmp_path: Path, empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database, just text\n" * 200)
    older = tmp_path / "older.sqlite"
    engine = create_engine(sqlite_url(older))
    command.upgrade(alembic_config(engine), "0005")
    engine.dispose()
    foreign = tmp_path / "foreign.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE invoices (id integer)")
    connection.close()
    cases = [
        (tmp_path / "missing.sqlite", "There is no database at"),
        (garbage, "cannot be read"),
        (older, f"schema revision 0005, this program's is {head_revision()}"),
        (foreign, "is not an ITC Lab database"),
    ]
    for source, message in cases:
        assert cli.main(["db", "copy", "--from", str(source), "--to", empty]) == 2, source
        assert message in capsys.readouterr().err, source
        assert pg_counts(empty) == {}, source  # not even migrated
    assert not (tmp_path / "missing.sqlite").exists()  # and no empty file left behind
    assert garbage.read_bytes().startswith(b"this is not a database")
    with pytest.raises(DatabaseError, match="goes to a PostgreSQL server"):
        db_copy.copy_database(sqlite_url(older), sqlite_url(tmp_path / "new.sqlite"))


def test_a_copy_that_fails_half_way_leaves_no_rows(
    demo_file: Path, empty: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = db_copy._copy_table

    def failing(source, target, table):  # type: ignore[no-untyped-def]
        copied = real(source, target, table)
        if table.name == "jobs":
            target.execute(text("SELECT 1/0"))
        return copied

    monkeypatch.setattr(db_copy, "_copy_table", failing)
    with pytest.raises(DatabaseError, match="undone"):
        db_copy.copy_database(sqlite_url(demo_file), empty)
    counts = pg_counts(empty)
    assert set(counts) == {t.name for t in Base.metadata.sorted_tables}  # migrated
    assert set(counts.values()) == {0}  # but empty: the next attempt may start over
    monkeypatch.undo()
    assert db_copy.copy_database(sqlite_url(demo_file), empty).ok


def test_a_value_the_server_does_not_accept_undoes_the_copy(
    demo_file: Path, tmp_path: Path, empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite does not enforce a column's length; PostgreSQL does. The copy names the
    problem and leaves no rows."""
    path = tmp_path / "long-name.sqlite"
    source = sqlite3.connect(demo_file)
    target = sqlite3.connect(path)
    source.backup(target)
    source.close()
    with target:
        target.execute("UPDATE companies SET name = ? WHERE id = 2", ("Kft. " * 50,))
    target.close()
    assert cli.main(["db", "copy", "--from", str(path), "--to", empty]) == 2
    err = capsys.readouterr().err
    assert "The copy failed and was undone (the target holds no rows)" in err
    assert "value too long for type character varying(200)" in err
    assert set(pg_counts(empty).values()) == {0}


def test_a_difference_is_reported_and_fails_the_command(
    demo_file: Path, empty: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = db_copy._copy_table

    def altering(source, target, table):  # type: ignore[no-untyped-def]
        copied = real(source, target, table)
        if table.name == "companies":  # one letter of one name lost on the way
            target.execute(text("UPDATE companies SET name = substr(name, 2) WHERE id = 1"))
        return copied

    monkeypatch.setattr(db_copy, "_copy_table", altering)
    assert cli.main(["db", "copy", "--from", str(demo_file), "--to", empty]) == 1
    captured = capsys.readouterr()
    lines = {line.split()[0]: line for line in captured.out.splitlines()[1:] if line.strip()}
    assert lines["companies"].endswith("DIFFERENT")
    assert lines["jobs"].endswith("OK")
    assert "does NOT match the source (companies)" in captured.err


def test_a_row_that_refers_to_a_later_row_of_its_table_is_copied(
    demo_file: Path, tmp_path: Path, empty: str
) -> None:
    """Rows go in id order; a reference to a later row of the same table (not made by the
    program today, but allowed by the schema) is filled in once that row exists."""
    path = tmp_path / "forward.sqlite"
    source = sqlite3.connect(demo_file)
    target = sqlite3.connect(path)
    source.backup(target)
    source.close()
    newest = target.execute("SELECT max(id) FROM test_records").fetchone()[0]
    older = target.execute(
        "SELECT min(id) FROM test_records WHERE status <> 'approved' AND supersedes_id IS NULL"
    ).fetchone()[0]
    assert older < newest
    with target:
        target.execute(
            "UPDATE test_records SET supersedes_id = ?, revision = 2, revision_reason = 'test' "
            "WHERE id = ?",
            (newest, older),
        )
    target.close()
    result = db_copy.copy_database(sqlite_url(path), empty)
    assert result.ok
    engine = create_engine(empty)
    try:
        with engine.connect() as conn:
            copied = conn.execute(
                text("SELECT supersedes_id FROM test_records WHERE id = :id"), {"id": older}
            ).scalar_one()
    finally:
        engine.dispose()
    assert copied == newest


def test_rows_wait_for_the_row_of_their_table_they_refer_to() -> None:
    rows = [
        {"id": 1, "up": 4},  # waits for 4, which waits for 5
        {"id": 2, "up": None},
        {"id": 3, "up": 2},
        {"id": 4, "up": 5},
        {"id": 5, "up": 5},  # itself: no wait
        {"id": 6, "up": 9},  # never comes: last, for the database to refuse
    ]
    ordered = [row["id"] for row in db_copy._in_reference_order(rows, [("up", "id")])]
    assert ordered == [2, 3, 5, 4, 1, 6]
    assert [r["id"] for r in db_copy._in_reference_order(rows, [])] == [1, 2, 3, 4, 5, 6]
