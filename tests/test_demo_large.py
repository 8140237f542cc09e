"""The large demo generator (issue 11), at a tiny scale: the bulk rows are consistent — keys
valid, confirmed bookings never overlapping, statuses reached through the workflow, four
eyes on results — the audit chain verifies with its one summary entry, and the services read
the data. No timing here: benchmarks/run.py measures."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from itc_desktop.cli import build_parser
from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.demo_large import (
    MACHINES,
    SUMMARY_SETTING,
    USERS,
    fill_large_demo,
    large_summary,
)
from itc_desktop.services import audit as audit_service
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services import results as result_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.result_inputs import unpack_curve
from itc_desktop.services.usage_report import usage_figures

SCALE = 0.001


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path: Path = tmp_path_factory.mktemp("large") / "large.sqlite"
    database = Database(sqlite_url(path))
    messages: list[str] = []
    stats = fill_large_demo(database, seed=7, scale=SCALE, progress=messages.append)
    assert stats is not None
    assert any("usage sessions" in m for m in messages)  # progress is reported
    return database


def _scalar(db: Database, sql: str) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def _admin(db: Database) -> Actor:
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, username, full_name, role FROM users WHERE username = 'admin'")
        ).one()
    return Actor(*row)


def test_sizes_follow_the_issue(large: Database) -> None:
    assert _scalar(large, "SELECT count(*) FROM equipment") == MACHINES
    assert _scalar(large, "SELECT count(*) FROM users") == USERS
    assert _scalar(large, "SELECT count(*) FROM companies") == 300
    sessions = _scalar(large, "SELECT count(*) FROM usage_sessions")
    assert isinstance(sessions, int) and sessions >= 1_000_000 * SCALE
    tensile = _scalar(large, "SELECT count(*) FROM test_records WHERE raw_curve IS NOT NULL")
    assert isinstance(tensile, int) and tensile >= 5
    # Ten years of history.
    first = _scalar(large, "SELECT min(started_at) FROM usage_sessions")
    assert isinstance(first, str) and first < str(datetime.now(UTC).year - 9)


def test_foreign_keys_and_no_overlaps(large: Database) -> None:
    with large.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        overlapping_bookings = conn.exec_driver_sql(
            "SELECT count(*) FROM bookings a JOIN bookings b ON a.equipment_id = b.equipment_id "
            "AND a.id < b.id AND a.status = 'confirmed' AND b.status = 'confirmed' "
            "AND a.ends_at > b.starts_at AND a.starts_at < b.ends_at"
        ).scalar()
        overlapping_sessions = conn.exec_driver_sql(
            "SELECT count(*) FROM usage_sessions a JOIN usage_sessions b "
            "ON a.equipment_id = b.equipment_id AND a.id < b.id "
            "AND a.stopped_at > b.started_at AND a.started_at < b.stopped_at"
        ).scalar()
        running = conn.exec_driver_sql(
            "SELECT count(*) FROM usage_sessions WHERE stopped_at IS NULL"
        ).scalar()
    assert overlapping_bookings == 0
    assert overlapping_sessions == 0
    assert running <= 1  # only the ordinary demo's running session, if any


def test_the_trigger_still_refuses_an_overlapping_confirmed_booking(large: Database) -> None:
    with large.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT equipment_id, booked_for_id, starts_at, ends_at FROM bookings "
            "WHERE status = 'confirmed' LIMIT 1"
        ).one()
        count = conn.exec_driver_sql("SELECT count(*) FROM bookings").scalar()
        with pytest.raises(Exception, match="overlaps"):
            conn.exec_driver_sql(
                "INSERT INTO bookings (equipment_id, booked_for_id, created_by_id, starts_at, "
                "ends_at, purpose, status, cancel_reason, override_reason, created_at, version) "
                "VALUES (?, ?, ?, ?, ?, '', 'confirmed', '', '', ?, 1)",
                (row[0], row[1], row[1], row[2], row[3], row[2]),
            )
        conn.rollback()
        assert conn.exec_driver_sql("SELECT count(*) FROM bookings").scalar() == count


def test_workflow_consistency(large: Database) -> None:
    with large.engine.connect() as conn:
        # Each job's last event leads to its status; on hold remembers where it was.
        mismatched = conn.exec_driver_sql(
            "SELECT count(*) FROM jobs j JOIN job_events e ON e.job_id = j.id "
            "WHERE e.id = (SELECT max(id) FROM job_events WHERE job_id = j.id) "
            "AND e.to_status != j.status"
        ).scalar()
        no_events = conn.exec_driver_sql(
            "SELECT count(*) FROM jobs j WHERE NOT EXISTS "
            "(SELECT 1 FROM job_events e WHERE e.job_id = j.id)"
        ).scalar()
        # Gap-free references: the counter of each year is at its highest number.
        behind = conn.exec_driver_sql(
            "SELECT count(*) FROM job_counters c WHERE c.last < (SELECT max(CAST(substr("
            "reference, 10) AS INTEGER)) FROM jobs WHERE substr(reference, 5, 4) = "
            "CAST(c.year AS TEXT))"
        ).scalar()
        years_without_counter = conn.exec_driver_sql(
            "SELECT count(DISTINCT substr(reference, 5, 4)) FROM jobs WHERE CAST(substr("
            "reference, 5, 4) AS INTEGER) NOT IN (SELECT year FROM job_counters)"
        ).scalar()
        # Four eyes, and every record has its values.
        own_review = conn.exec_driver_sql(
            "SELECT count(*) FROM test_records WHERE reviewed_by_id = performed_by_id "
            "OR approved_by_id = performed_by_id"
        ).scalar()
        without_values = conn.exec_driver_sql(
            "SELECT count(*) FROM test_records r WHERE NOT EXISTS "
            "(SELECT 1 FROM test_values v WHERE v.record_id = r.id)"
        ).scalar()
        # Sessions are booked to a job only while it was in work, and to a step of that job.
        foreign_step = conn.exec_driver_sql(
            "SELECT count(*) FROM usage_sessions u JOIN job_steps s ON s.id = u.job_step_id "
            "WHERE s.job_id != u.job_id OR s.equipment_id != u.equipment_id"
        ).scalar()
        linked = conn.exec_driver_sql(
            "SELECT count(*) FROM usage_sessions WHERE job_id IS NOT NULL"
        ).scalar()
        unqualified = conn.exec_driver_sql(
            "SELECT count(*) FROM usage_sessions u JOIN equipment e ON e.id = u.equipment_id "
            "WHERE e.requires_qualification AND NOT EXISTS (SELECT 1 FROM qualifications q "
            "WHERE q.user_id = u.operator_id AND q.equipment_id = u.equipment_id)"
        ).scalar()
    assert (mismatched, no_events, behind, years_without_counter) == (0, 0, 0, 0)
    assert own_review == 0 and without_values == 0
    assert foreign_step == 0 and linked > 0
    assert unqualified == 0


def test_curves_are_stored_like_the_results_service_stores_them(large: Database) -> None:
    with large.engine.connect() as conn:
        blobs = conn.exec_driver_sql(
            "SELECT raw_curve FROM test_records WHERE raw_curve IS NOT NULL "
            "ORDER BY id DESC LIMIT 3"  # the generated ones, not the demo's own
        ).scalars()
        for blob in blobs:
            columns = unpack_curve(blob)
            assert set(columns) == {"force", "extension", "time"}
            assert 10_000 <= columns["force"].size <= 100_000


def test_audit_chain_verifies_with_one_summary_entry(large: Database) -> None:
    with large.reader() as session:
        check = audit_service.verify_chain(session)
    assert check.ok, check.describe()
    with large.engine.connect() as conn:
        last = conn.execute(
            text("SELECT table_name, row_id, action FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
        unaudited = conn.execute(
            text("SELECT count(*) FROM usage_sessions u WHERE NOT EXISTS (SELECT 1 FROM "
                 "audit_log a WHERE a.table_name = 'usage_sessions' "
                 "AND a.row_id = CAST(u.id AS TEXT))")
        ).scalar()  # fmt: skip
    assert tuple(last) == ("settings", SUMMARY_SETTING, "insert")
    summary = large_summary(large)
    assert summary is not None and summary["rows"]["usage_sessions"] > 0
    # The bulk sessions have no entries of their own: the summary stands for them.
    assert unaudited == summary["rows"]["usage_sessions"]
    assert json.dumps(summary)  # plain JSON


def test_services_read_the_first_pages(large: Database) -> None:
    admin = _admin(large)
    with large.reader() as session:
        assert len(equipment_service.list_equipment(session, admin)) == MACHINES
        bookings = booking_service.list_bookings(session, admin, limit=200)
        assert len(bookings) == 200
        assert bookings[0].start >= bookings[-1].start  # newest first
        jobs = job_service.list_jobs(session, admin, limit=200)
        assert len(jobs) == min(200, _scalar(large, "SELECT count(*) FROM jobs"))  # type: ignore[type-var]
        records = result_service.list_records(session, admin, limit=200)
        current = _scalar(
            large,
            "SELECT count(*) FROM test_records WHERE id NOT IN "
            "(SELECT supersedes_id FROM test_records WHERE supersedes_id IS NOT NULL)",
        )  # the list hides a record once corrected
        assert len(records) == min(200, current)  # type: ignore[type-var]
        sessions = usage_service.list_sessions(session, admin, equipment_id=20, limit=50)
        assert sessions and all(s.equipment_id == 20 for s in sessions)
        entries = audit_service.list_entries(session, admin, limit=200)
        assert entries[0].table_name == "settings"


def test_usage_report_figures_for_a_month(large: Database) -> None:
    admin = _admin(large)
    month_from = date(2024, 3, 1)
    month_to = date(2024, 3, 31)
    with large.reader() as session:
        figures = usage_figures(session, admin, month_from, month_to)
    with large.engine.connect() as conn:
        # Sessions inside the month (local dates; the generated ones are on working days
        # between 06:00 and 17:00 UTC, so none crosses a local midnight).
        expected = conn.execute(
            text(
                "SELECT count(*), sum(duration_hours) FROM usage_sessions "
                "WHERE started_at >= '2024-03-01' AND started_at < '2024-04-01'"
            )
        ).one()
    assert figures.totals.sessions == expected[0] > 0
    assert figures.totals.used_hours == pytest.approx(float(expected[1]), abs=0.05)


def test_a_filled_database_is_left_alone(large: Database) -> None:
    before = _scalar(large, "SELECT count(*) FROM usage_sessions")
    messages: list[str] = []
    assert fill_large_demo(large, seed=8, scale=SCALE, progress=messages.append) is None
    assert _scalar(large, "SELECT count(*) FROM usage_sessions") == before


def test_the_cli_offers_the_large_scale_and_refuses_others() -> None:
    parser = build_parser()
    assert parser.parse_args(["demo", "--scale", "large"]).scale == "large"
    assert parser.parse_args(["demo"]).scale is None  # the ordinary demo stays the default
    with pytest.raises(SystemExit):
        parser.parse_args(["demo", "--scale", "huge"])


def test_timestamps_lie_in_the_past_except_future_bookings(large: Database) -> None:
    later = (datetime.now(UTC) + timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M")
    with large.engine.connect() as conn:
        future_sessions = conn.execute(
            text("SELECT count(*) FROM usage_sessions WHERE started_at > :t"), {"t": later}
        ).scalar()
        future_records = conn.execute(
            text("SELECT count(*) FROM test_records WHERE performed_at > :t"), {"t": later}
        ).scalar()
        future_non_confirmed = conn.execute(
            text(
                "SELECT count(*) FROM bookings WHERE starts_at > :t "
                "AND status NOT IN ('confirmed', 'cancelled')"
            ),
            {"t": later},
        ).scalar()
    assert (future_sessions, future_records, future_non_confirmed) == (0, 0, 0)
