"""PostgreSQL: no two confirmed bookings of one equipment overlap, as an exclusion constraint

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

SQLite has had this rule since 0004 as two triggers. On PostgreSQL a trigger that looks for
an overlapping row cannot see another station's uncommitted insert, so two stations could
both succeed; an exclusion constraint (btree_gist for `equipment_id WITH =`) can: the second
insert waits for the first transaction and fails when it commits. Touching end-to-start is
allowed ('[)' ranges). The columns are TIMESTAMP WITHOUT TIME ZONE holding UTC (see
models/base.py UTCDateTime), so the range is a tsrange: tstzrange() over them would need a
time-zone cast, which PostgreSQL does not accept in an index (not immutable).

TRUNCATE skips row triggers: the audit log refuses it too on PostgreSQL (0001 refuses UPDATE
and DELETE; SQLite has no TRUNCATE).

Nothing changes on SQLite.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The name the service recognises (services/bookings.py) to tell the user who was quicker.
NO_OVERLAP = "ex_bookings_no_overlap"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(
        f"ALTER TABLE bookings ADD CONSTRAINT {NO_OVERLAP} EXCLUDE USING gist "
        "(equipment_id WITH =, tsrange(starts_at, ends_at, '[)') WITH &&) "
        "WHERE (status = 'confirmed')"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
    op.execute(f"ALTER TABLE bookings DROP CONSTRAINT {NO_OVERLAP}")
    # The extension stays: other databases' objects or a later revision may use it, and
    # dropping it needs more rights than creating the constraint did.
