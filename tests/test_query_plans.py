"""The hot queries of a large database read ranges of indexes, not the whole history: the SQL
the services really send (captured from the engine) is explained by SQLite, on a fresh
database and with the statistics of the large demo (`itc-desktop demo --scale large`, ANALYZE),
which is when SQLite's planner weighs skip-scans and full scans against the ranges."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import Equipment, UsageSession
from itc_desktop.services import (
    audit,
    booking_rules,
    bookings,
    free_slots,
    results,
    usage,
    usage_report,
)
from tests.backends import sqlite_only

pytestmark = sqlite_only("EXPLAIN QUERY PLAN is SQLite's")

# The tables that grow with the years; a plan line "SCAN <table>" reads all of it.
LARGE = ("usage_sessions", "bookings", "test_records", "audit_log")

# sqlite_stat1 of the large demo (ten years: 1 M sessions, 200 k bookings, 100 k records).
LARGE_DEMO_STATS = (
    ("bookings", "ix_bookings_booked_for_id_starts_at", "197284 598 1"),
    ("bookings", "ix_bookings_equipment_id_ends_at_starts_at", "197284 3946 1 1"),
    ("bookings", "ix_bookings_equipment_id_starts_at", "197284 3946 1"),
    ("bookings", "ix_bookings_job_id", "197284 12"),
    ("bookings", "ix_bookings_series_id_occurrence", "197284 98642 21921"),
    ("bookings", "ix_bookings_starts_at", "197284 1"),
    ("equipment", "ix_equipment_category_status", "50 9 8"),
    ("equipment", "sqlite_autoindex_equipment_1", "50 1"),
    ("jobs", "ix_jobs_company_id", "20025 67"),
    ("jobs", "sqlite_autoindex_jobs_1", "20025 1"),
    ("test_records", "ix_test_records_equipment_id", "100023 5884"),
    ("test_records", "ix_test_records_job_id_performed_at", "100023 6 1"),
    ("test_records", "ix_test_records_performed_at", "100023 1"),
    ("test_records", "ix_test_records_specimen_id", "100023 2"),
    ("test_records", "ix_test_records_status_performed_at", "100023 33341 1"),
    ("usage_sessions", "ix_usage_sessions_equipment_id_started_at", "1001158 20024 1"),
    ("usage_sessions", "ix_usage_sessions_job_id", "1001158 55"),
    ("usage_sessions", "ix_usage_sessions_operator_id_started_at", "1001158 3034 1"),
    ("usage_sessions", "ix_usage_sessions_period", "1001158 1 1 1 1 1 1 1"),
    ("usage_sessions", "ix_usage_sessions_stopped_at_started_at", "1001158 1 1"),
    ("usage_sessions", "uq_usage_sessions_one_running", "1 1"),
    ("users", "sqlite_autoindex_users_1", "400 1"),
)


@pytest.fixture(params=["fresh", "large statistics"])
def lab(request: pytest.FixtureRequest, db: Database, admin: Actor) -> Database:
    with db.transaction(admin) as s:
        s.add(Equipment(asset_tag="ITC-0001", name="Kidró gép", category="testing_machine"))
    if request.param == "large statistics":
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")  # creates sqlite_stat1
            conn.exec_driver_sql("DELETE FROM sqlite_stat1")
            for row in LARGE_DEMO_STATS:
                conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", row)
        db.engine.dispose()  # the statistics are read when a connection loads the schema
    return db


@contextmanager
def captured(db: Database) -> Iterator[list[tuple[str, Any]]]:
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def plans(db: Database, call: Callable[[Session], object]) -> list[list[str]]:
    """The plan of every statement the call sends that reads a large table."""
    with captured(db) as statements, db.reader() as session:
        call(session)
    found = []
    with db.engine.connect() as conn:
        for statement, parameters in statements:
            if not any(table in statement for table in LARGE):
                continue
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            found.append([str(row[-1]) for row in rows])
    assert found, "the call sent no statement on a large table"
    return found


def assert_ranges(found: list[list[str]], *indexes: str, sorted_ok: bool = False) -> None:
    """No scan of a large table, each of `indexes` searched; unless `sorted_ok` (a few rows
    of a range sorted afterwards), rows read in the order asked for."""
    lines = [line for plan in found for line in plan]
    text = "\n".join(lines)
    for line in lines:
        for table in LARGE:
            assert not line.startswith(f"SCAN {table}"), f"a scan of {table}:\n{text}"
    for index in indexes:
        assert any(f"INDEX {index} (" in line for line in lines), f"{index} not used:\n{text}"
    if not sorted_ok:
        assert "TEMP B-TREE FOR ORDER BY" not in text, f"sorted, not read in order:\n{text}"


NOW = datetime(2026, 4, 20, 10, 30, tzinfo=UTC)


def test_booking_conflict_check(lab: Database) -> None:
    found = plans(
        lab,
        lambda s: booking_rules.find_conflict(s, 1, NOW, NOW + timedelta(hours=2)),
    )
    assert_ranges(found, "ix_bookings_equipment_id_ends_at_starts_at")


# An overlap test ("ends after X, starts before Y") of given machines ranges over the bookings
# that end after X — not over (equipment_id, starts_at), a machine's whole history before Y.
OVERLAP_RANGE = "ix_bookings_equipment_id_ends_at_starts_at (equipment_id=? AND ends_at>?)"


@pytest.mark.parametrize(
    "what",
    ["week view", "free slots", "booking of a usage session"],
)
def test_overlap_queries_range_over_the_end_times(lab: Database, admin: Actor, what: str) -> None:
    calls: dict[str, Callable[[Session], object]] = {
        "week view": lambda s: bookings.bookings_in_range(
            s, admin, NOW, NOW + timedelta(days=7), [1]
        ),
        "free slots": lambda s: free_slots.find_free_slots(
            s, admin, duration=timedelta(hours=1), equipment_ids=[1], now=NOW
        ),
        "booking of a usage session": lambda s: bookings._booking_for_usage(
            s, UsageSession(equipment_id=1, operator_id=admin.id, started_at=NOW)
        ),
    }
    found = plans(lab, calls[what])
    assert_ranges(found, sorted_ok=True)
    assert any(OVERLAP_RANGE in line for plan in found for line in plan), found


def test_the_no_overlap_triggers_range_over_the_end_times(lab: Database) -> None:
    with lab.engine.connect() as conn:
        triggers = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
            "'bookings_no_overlap_%'"
        ).all()
        assert len(triggers) == 2
        for name, sql in triggers:
            check = re.search(r"SELECT 1 FROM bookings AS other.*?(?=\s*\);)", sql, re.DOTALL)
            assert check is not None, name
            query = re.sub(r"NEW\.\w+", "?", check.group(0))
            plan = [str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + query, (1, 2, "2026-04-20", "2026-04-21"))]  # fmt: skip
            assert any(OVERLAP_RANGE in line for line in plan), (name, plan)


def test_bookings_of_one_machine_newest_first(lab: Database, admin: Actor) -> None:
    found = plans(
        lab, lambda s: bookings.list_bookings(s, admin, bookings.BookingFilter(equipment_id=1))
    )
    assert_ranges(found, "ix_bookings_equipment_id_starts_at")


@pytest.mark.parametrize(
    ("where", "index"),
    [
        (results.ResultFilter(status="draft"), "ix_test_records_status_performed_at"),
        (results.ResultFilter(job_id=1), "ix_test_records_job_id_performed_at"),
    ],
)
def test_results_filtered_by_status_or_job(
    lab: Database, admin: Actor, where: results.ResultFilter, index: str
) -> None:
    found = plans(lab, lambda s: results.list_records(s, admin, where))
    assert_ranges(found, index)


@pytest.mark.parametrize(
    "selection", [{}, {"equipment_tags": ["ITC-0001"]}, {"category": "testing_machine"}]
)
def test_usage_figures_for_a_period(lab: Database, admin: Actor, selection: dict[str, Any]) -> None:
    found = plans(
        lab,
        lambda s: usage_report.usage_figures(
            s, admin, date(2026, 3, 1), date(2026, 3, 31), now=NOW, **selection
        ),
    )
    assert_ranges(
        found,
        "ix_usage_sessions_stopped_at_started_at",
        "ix_bookings_equipment_id_ends_at_starts_at",
    )
    lines = "\n".join(line for plan in found for line in plan)
    # What starts in the period is a range of the start times: of all equipment from the
    # covering index alone, or per selected machine.
    if selection:
        per_machine = "(equipment_id=? AND started_at>? AND started_at<?)"
        assert f"INDEX ix_usage_sessions_equipment_id_started_at {per_machine}" in lines
    else:
        assert "COVERING INDEX ix_usage_sessions_period (started_at>? AND started_at<?)" in lines


@pytest.mark.parametrize(
    ("what", "index"),
    [
        ({"operator_id": 1}, "ix_usage_sessions_operator_id_started_at"),
        ({"equipment_id": 1}, "ix_usage_sessions_equipment_id_started_at"),
    ],
)
def test_usage_list_of_one_operator_or_machine(
    lab: Database, admin: Actor, what: dict[str, int], index: str
) -> None:
    found = plans(lab, lambda s: usage.list_sessions(s, admin, **what))
    assert_ranges(found, index)


def test_audit_list_newest_first(lab: Database, admin: Actor) -> None:
    first = plans(lab, lambda s: audit.list_entries(s, admin))
    # Newest first is the table's own (rowid) order: read backwards, no sort, and stopped at
    # the page's LIMIT — the one "SCAN" that reads only a page.
    assert first == [["SCAN audit_log"]]
    following = plans(lab, lambda s: audit.list_entries(s, admin, before_id=1000))
    assert_ranges(following)
    assert any("INTEGER PRIMARY KEY (rowid<?)" in line for plan in following for line in plan)
