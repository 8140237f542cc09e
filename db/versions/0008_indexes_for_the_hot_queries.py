"""Indexes for the hot queries of a large database (issue 11)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

Measured on the large demo (benchmarks/run.py, benchmarks/misses.md):
- bookings (equipment_id, starts_at): one machine's bookings newest first read in index
  order instead of sorting the machine's whole history. The conflict check keeps its
  (equipment_id, ends_at, starts_at).
- test_records (status, performed_at) and (job_id, performed_at): the results list filtered
  by status or job, newest first, without scanning every record; they replace the
  single-column (status) and (job_id) indexes they start with.
- usage_sessions (started_at, stopped_at, equipment_id, operator_id, job_id, duration_hours,
  energy_kwh): the usage report reads the sessions that start in the period from this index
  alone (a range scan, no table rows); (stopped_at, started_at) finds the few that started
  before the period and run into it (services/usage_report.py).

SQLite, given (equipment_id, starts_at), would take it for the "starts before the new end"
term of the no-overlap triggers (0004) — a machine's whole history — rather than
(equipment_id, ends_at, starts_at) for "ends after the new start"; the triggers are made again
with that term off the indexes (a unary +, as the services' queries do: models.base.OffIndex).

The same indexes on SQLite and PostgreSQL; tests/test_query_plans.py checks the plans on SQLite.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

USAGE_PERIOD_COLUMNS = [
    "started_at",
    "stopped_at",
    "equipment_id",
    "operator_id",
    "job_id",
    "duration_hours",
    "energy_kwh",
]


# 0004's overlap test, with the start term kept off the indexes (SQLite).
_OVERLAP = """
    SELECT RAISE(ABORT, 'booking overlaps another confirmed booking of the same equipment')
    WHERE EXISTS (
        SELECT 1 FROM bookings AS other
        WHERE other.equipment_id = NEW.equipment_id
          AND other.status = 'confirmed'
          AND other.id IS NOT NEW.id
          AND other.ends_at > NEW.starts_at
          AND {start} < NEW.ends_at
    );
"""


def _no_overlap_triggers(start: str) -> None:
    overlap = _OVERLAP.format(start=start)
    op.execute("DROP TRIGGER bookings_no_overlap_insert")
    op.execute("DROP TRIGGER bookings_no_overlap_update")
    op.execute(
        "CREATE TRIGGER bookings_no_overlap_insert BEFORE INSERT ON bookings "
        f"WHEN NEW.status = 'confirmed' BEGIN {overlap} END"
    )
    op.execute(
        "CREATE TRIGGER bookings_no_overlap_update "
        "BEFORE UPDATE OF equipment_id, starts_at, ends_at, status ON bookings "
        f"WHEN NEW.status = 'confirmed' BEGIN {overlap} END"
    )


def upgrade() -> None:
    op.create_index("ix_bookings_equipment_id_starts_at", "bookings", ["equipment_id", "starts_at"])
    op.create_index(
        "ix_test_records_status_performed_at", "test_records", ["status", "performed_at"]
    )
    op.create_index(
        "ix_test_records_job_id_performed_at", "test_records", ["job_id", "performed_at"]
    )
    op.drop_index("ix_test_records_status", table_name="test_records")
    op.drop_index("ix_test_records_job_id", table_name="test_records")
    op.create_index("ix_usage_sessions_period", "usage_sessions", USAGE_PERIOD_COLUMNS)
    op.create_index(
        "ix_usage_sessions_stopped_at_started_at", "usage_sessions", ["stopped_at", "started_at"]
    )
    if op.get_bind().dialect.name == "sqlite":
        _no_overlap_triggers("+other.starts_at")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _no_overlap_triggers("other.starts_at")
    op.drop_index("ix_usage_sessions_stopped_at_started_at", table_name="usage_sessions")
    op.drop_index("ix_usage_sessions_period", table_name="usage_sessions")
    op.create_index("ix_test_records_job_id", "test_records", ["job_id"])
    op.create_index("ix_test_records_status", "test_records", ["status"])
    op.drop_index("ix_test_records_job_id_performed_at", table_name="test_records")
    op.drop_index("ix_test_records_status_performed_at", table_name="test_records")
    op.drop_index("ix_bookings_equipment_id_starts_at", table_name="bookings")
