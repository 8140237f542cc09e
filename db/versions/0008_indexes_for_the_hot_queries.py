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

The same on SQLite and PostgreSQL; tests/test_query_plans.py checks the plans on SQLite.
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


def downgrade() -> None:
    op.drop_index("ix_usage_sessions_stopped_at_started_at", table_name="usage_sessions")
    op.drop_index("ix_usage_sessions_period", table_name="usage_sessions")
    op.create_index("ix_test_records_job_id", "test_records", ["job_id"])
    op.create_index("ix_test_records_status", "test_records", ["status"])
    op.drop_index("ix_test_records_job_id_performed_at", table_name="test_records")
    op.drop_index("ix_test_records_status_performed_at", table_name="test_records")
    op.drop_index("ix_bookings_equipment_id_starts_at", table_name="bookings")
