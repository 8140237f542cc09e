"""equipment, calibration, maintenance, qualifications and usage

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

Partial unique indexes hold two rules in the database itself: at most one running usage
session per equipment, and one current (not revoked) qualification per operator and equipment.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "equipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_tag", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("manufacturer", sa.String(length=200), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("serial_number", sa.String(length=100), nullable=False),
        sa.Column("firmware_version", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("commissioned_on", sa.Date(), nullable=True),
        sa.Column("hourly_rate", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("nominal_power_kw", sa.Numeric(precision=10, scale=3), nullable=True),
        sa.Column("bookable", sa.Boolean(), nullable=False),
        sa.Column("requires_qualification", sa.Boolean(), nullable=False),
        sa.Column("is_measuring_instrument", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("max_booking_hours", sa.Integer(), nullable=True),
        sa.Column("min_notice_hours", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "category IN ('machine_tool', 'testing_machine', 'measuring_instrument', 'furnace', "
            "'welding', 'additive_manufacturing', 'other')",
            name=op.f("ck_equipment_category_valid"),
        ),
        sa.CheckConstraint(
            "currency IN ('EUR', 'HUF', 'RSD')", name=op.f("ck_equipment_currency_valid")
        ),
        sa.CheckConstraint(
            "status IN ('available', 'maintenance', 'out_of_service', 'retired')",
            name=op.f("ck_equipment_status_valid"),
        ),
        sa.CheckConstraint(
            "hourly_rate IS NULL OR hourly_rate >= 0", name=op.f("ck_equipment_rate_not_negative")
        ),
        sa.CheckConstraint("length(asset_tag) >= 1", name=op.f("ck_equipment_asset_tag_present")),
        sa.CheckConstraint("length(name) >= 1", name=op.f("ck_equipment_name_present")),
        sa.CheckConstraint(
            "max_booking_hours IS NULL OR max_booking_hours > 0",
            name=op.f("ck_equipment_max_booking_positive"),
        ),
        sa.CheckConstraint(
            "min_notice_hours IS NULL OR min_notice_hours >= 0",
            name=op.f("ck_equipment_min_notice_not_negative"),
        ),
        sa.CheckConstraint(
            "nominal_power_kw IS NULL OR nominal_power_kw >= 0",
            name=op.f("ck_equipment_power_not_negative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment")),
        sa.UniqueConstraint("asset_tag", name=op.f("uq_equipment_asset_tag")),
    )
    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.create_index("ix_equipment_category_status", ["category", "status"], unique=False)

    op.create_table(
        "calibration_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("granted_by_id", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("single_use", sa.Boolean(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "length(justification) >= 1",
            name=op.f("ck_calibration_overrides_justification_present"),
        ),
        sa.CheckConstraint(
            "valid_until >= valid_from", name=op.f("ck_calibration_overrides_range_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_calibration_overrides_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["granted_by_id"],
            ["users.id"],
            name=op.f("fk_calibration_overrides_granted_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_overrides")),
    )
    with op.batch_alter_table("calibration_overrides", schema=None) as batch_op:
        batch_op.create_index(
            "ix_calibration_overrides_equipment_id", ["equipment_id", "valid_from"], unique=False
        )

    op.create_table(
        "equipment_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "size_bytes >= 0", name=op.f("ck_equipment_documents_size_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_equipment_documents_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["users.id"],
            name=op.f("fk_equipment_documents_uploaded_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_documents")),
    )
    with op.batch_alter_table("equipment_documents", schema=None) as batch_op:
        batch_op.create_index("ix_equipment_documents_equipment_id", ["equipment_id"], unique=False)

    op.create_table(
        "maintenance_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("interval_days", sa.Integer(), nullable=True),
        sa.Column("interval_hours", sa.Numeric(precision=10, scale=1), nullable=True),
        sa.Column("last_done_at", sa.DateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "interval_days IS NOT NULL OR interval_hours IS NOT NULL",
            name=op.f("ck_maintenance_plans_has_interval"),
        ),
        sa.CheckConstraint(
            "interval_days IS NULL OR interval_days > 0",
            name=op.f("ck_maintenance_plans_days_positive"),
        ),
        sa.CheckConstraint(
            "interval_hours IS NULL OR interval_hours > 0",
            name=op.f("ck_maintenance_plans_hours_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_maintenance_plans_equipment_id_equipment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_plans")),
    )
    with op.batch_alter_table("maintenance_plans", schema=None) as batch_op:
        batch_op.create_index("ix_maintenance_plans_equipment_id", ["equipment_id"], unique=False)

    op.create_table(
        "qualifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("granted_by_id", sa.Integer(), nullable=True),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by_id", sa.Integer(), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "valid_until IS NULL OR valid_until >= granted_on",
            name=op.f("ck_qualifications_valid_after_granted"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_qualifications_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["granted_by_id"], ["users.id"], name=op.f("fk_qualifications_granted_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["revoked_by_id"], ["users.id"], name=op.f("fk_qualifications_revoked_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_qualifications_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qualifications")),
    )
    with op.batch_alter_table("qualifications", schema=None) as batch_op:
        batch_op.create_index("ix_qualifications_equipment_id", ["equipment_id"], unique=False)
        batch_op.create_index(
            "uq_qualifications_current",
            ["user_id", "equipment_id"],
            unique=True,
            sqlite_where=sa.text("revoked_at IS NULL"),
            postgresql_where=sa.text("revoked_at IS NULL"),
        )

    op.create_table(
        "calibrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("calibrated_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("accredited", sa.Boolean(), nullable=False),
        sa.Column("certificate_number", sa.String(length=100), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("acceptance_criteria", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("certificate_document_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "result IN ('pass', 'fail', 'adjusted')", name=op.f("ck_calibrations_result_valid")
        ),
        sa.CheckConstraint(
            "valid_until >= calibrated_on", name=op.f("ck_calibrations_valid_after_calibrated")
        ),
        sa.ForeignKeyConstraint(
            ["certificate_document_id"],
            ["equipment_documents.id"],
            name=op.f("fk_calibrations_certificate_document_id_equipment_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_calibrations_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_calibrations_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibrations")),
    )
    with op.batch_alter_table("calibrations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_calibrations_equipment_id_calibrated_on",
            ["equipment_id", "calibrated_on"],
            unique=False,
        )

    op.create_table(
        "maintenance_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("performed_by_id", sa.Integer(), nullable=True),
        sa.Column("external_company", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cost", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("blocking", sa.Boolean(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "NOT blocking OR kind = 'incident'",
            name=op.f("ck_maintenance_records_only_incidents_block"),
        ),
        sa.CheckConstraint(
            "currency IN ('EUR', 'HUF', 'RSD')", name=op.f("ck_maintenance_records_currency_valid")
        ),
        sa.CheckConstraint(
            "kind IN ('preventive', 'corrective', 'incident')",
            name=op.f("ck_maintenance_records_kind_valid"),
        ),
        sa.CheckConstraint(
            "cost IS NULL OR cost >= 0", name=op.f("ck_maintenance_records_cost_not_negative")
        ),
        sa.CheckConstraint(
            "ended_at IS NULL OR ended_at >= started_at",
            name=op.f("ck_maintenance_records_end_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_maintenance_records_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["performed_by_id"],
            ["users.id"],
            name=op.f("fk_maintenance_records_performed_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["maintenance_plans.id"],
            name=op.f("fk_maintenance_records_plan_id_maintenance_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_maintenance_records_recorded_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_records")),
    )
    with op.batch_alter_table("maintenance_records", schema=None) as batch_op:
        batch_op.create_index(
            "ix_maintenance_records_equipment_id_started_at",
            ["equipment_id", "started_at"],
            unique=False,
        )

    op.create_table(
        "usage_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("job_reference", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("stopped_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("meter_start", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("meter_stop", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("material_consumed", sa.Text(), nullable=False),
        sa.Column("duration_hours", sa.Numeric(precision=10, scale=3), nullable=True),
        sa.Column("energy_kwh", sa.Numeric(precision=12, scale=3), nullable=True),
        sa.Column("override_id", sa.Integer(), nullable=True),
        sa.Column("corrected", sa.Boolean(), nullable=False),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "energy_kwh IS NULL OR energy_kwh >= 0",
            name=op.f("ck_usage_sessions_energy_not_negative"),
        ),
        sa.CheckConstraint(
            "meter_start IS NULL OR meter_stop IS NULL OR meter_stop >= meter_start",
            name=op.f("ck_usage_sessions_meter_forward"),
        ),
        sa.CheckConstraint(
            "stopped_at IS NULL OR stopped_at >= started_at",
            name=op.f("ck_usage_sessions_stop_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_usage_sessions_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["users.id"], name=op.f("fk_usage_sessions_operator_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["override_id"],
            ["calibration_overrides.id"],
            name=op.f("fk_usage_sessions_override_id_calibration_overrides"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usage_sessions")),
    )
    with op.batch_alter_table("usage_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_usage_sessions_equipment_id_started_at",
            ["equipment_id", "started_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_usage_sessions_operator_id_started_at", ["operator_id", "started_at"], unique=False
        )
        batch_op.create_index(
            "uq_usage_sessions_one_running",
            ["equipment_id"],
            unique=True,
            sqlite_where=sa.text("stopped_at IS NULL"),
            postgresql_where=sa.text("stopped_at IS NULL"),
        )

    op.create_table(
        "equipment_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("maintenance_record_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "from_status IN ('available', 'maintenance', 'out_of_service', 'retired')",
            name=op.f("ck_equipment_status_changes_from_valid"),
        ),
        sa.CheckConstraint(
            "to_status IN ('available', 'maintenance', 'out_of_service', 'retired')",
            name=op.f("ck_equipment_status_changes_to_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_equipment_status_changes_changed_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_equipment_status_changes_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["maintenance_record_id"],
            ["maintenance_records.id"],
            name=op.f("fk_equipment_status_changes_maintenance_record_id_maintenance_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_status_changes")),
    )
    with op.batch_alter_table("equipment_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_equipment_status_changes_equipment_id", ["equipment_id", "changed_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("equipment_status_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_equipment_status_changes_equipment_id")

    op.drop_table("equipment_status_changes")
    with op.batch_alter_table("usage_sessions", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_usage_sessions_one_running",
            sqlite_where=sa.text("stopped_at IS NULL"),
            postgresql_where=sa.text("stopped_at IS NULL"),
        )
        batch_op.drop_index("ix_usage_sessions_operator_id_started_at")
        batch_op.drop_index("ix_usage_sessions_equipment_id_started_at")

    op.drop_table("usage_sessions")
    with op.batch_alter_table("maintenance_records", schema=None) as batch_op:
        batch_op.drop_index("ix_maintenance_records_equipment_id_started_at")

    op.drop_table("maintenance_records")
    with op.batch_alter_table("calibrations", schema=None) as batch_op:
        batch_op.drop_index("ix_calibrations_equipment_id_calibrated_on")

    op.drop_table("calibrations")
    with op.batch_alter_table("qualifications", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_qualifications_current",
            sqlite_where=sa.text("revoked_at IS NULL"),
            postgresql_where=sa.text("revoked_at IS NULL"),
        )
        batch_op.drop_index("ix_qualifications_equipment_id")

    op.drop_table("qualifications")
    with op.batch_alter_table("maintenance_plans", schema=None) as batch_op:
        batch_op.drop_index("ix_maintenance_plans_equipment_id")

    op.drop_table("maintenance_plans")
    with op.batch_alter_table("equipment_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_equipment_documents_equipment_id")

    op.drop_table("equipment_documents")
    with op.batch_alter_table("calibration_overrides", schema=None) as batch_op:
        batch_op.drop_index("ix_calibration_overrides_equipment_id")

    op.drop_table("calibration_overrides")
    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.drop_index("ix_equipment_category_status")

    op.drop_table("equipment")
