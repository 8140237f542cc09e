"""companies, contacts and jobs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Companies with their contacts; jobs with their timeline (job_events), plan (job_steps),
items received (specimens) and material costs; the per-year reference counter. Usage
sessions gain links to the job and step they served.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "companies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("search_key", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.Column("tax_number", sa.String(length=32), nullable=True),
        sa.Column("registration_number", sa.String(length=64), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("default_currency", sa.String(length=3), nullable=False),
        sa.Column("nda_signed", sa.Boolean(), nullable=False),
        sa.Column("nda_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "country IN ('HU', 'RS', 'other')", name=op.f("ck_companies_country_valid")
        ),
        sa.CheckConstraint(
            "default_currency IN ('EUR', 'HUF', 'RSD')", name=op.f("ck_companies_currency_valid")
        ),
        sa.CheckConstraint("length(name) >= 1", name=op.f("ck_companies_name_present")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companies")),
        sa.UniqueConstraint("tax_number", name=op.f("uq_companies_tax_number")),
    )
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.create_index("ix_companies_search_key", ["search_key"], unique=False)

    op.create_table(
        "job_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_job_counters")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=100), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_contacts_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_company_id"), ["company_id"], unique=False)

    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=16), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("material", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=True),
        sa.Column("quoted_price", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("customer_order_number", sa.String(length=64), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_before_hold", sa.String(length=16), nullable=True),
        sa.Column("access_code_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(status = 'on_hold') = (status_before_hold IS NOT NULL)",
            name=op.f("ck_jobs_hold_consistent"),
        ),
        sa.CheckConstraint(
            "currency IN ('EUR', 'HUF', 'RSD')", name=op.f("ck_jobs_currency_valid")
        ),
        sa.CheckConstraint(
            "priority IN ('low', 'normal', 'high', 'urgent')", name=op.f("ck_jobs_priority_valid")
        ),
        sa.CheckConstraint(
            "status IN ('received', 'quoted', 'approved', 'in_progress', 'testing', "
            "'completed', 'delivered', 'on_hold', 'cancelled')",
            name=op.f("ck_jobs_status_valid"),
        ),
        sa.CheckConstraint(
            "status_before_hold IS NULL OR status_before_hold IN ('received', 'quoted', "
            "'approved', 'in_progress', 'testing', 'completed')",
            name=op.f("ck_jobs_status_before_hold_valid"),
        ),
        sa.CheckConstraint("quantity >= 1", name=op.f("ck_jobs_quantity_positive")),
        sa.CheckConstraint(
            "quoted_price IS NULL OR quoted_price >= 0", name=op.f("ck_jobs_quote_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_jobs_company_id_companies")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_jobs_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["technician_id"], ["users.id"], name=op.f("fk_jobs_technician_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.UniqueConstraint("reference", name=op.f("uq_jobs_reference")),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_jobs_company_id"), ["company_id"], unique=False)
        batch_op.create_index("ix_jobs_status_due", ["status", "due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_jobs_technician_id"), ["technician_id"], unique=False)

    op.create_table(
        "job_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("internal_note", sa.Text(), nullable=False),
        sa.Column("public_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_job_events_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_job_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_events")),
    )
    with op.batch_alter_table("job_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_job_events_job_id"), ["job_id"], unique=False)

    op.create_table(
        "job_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=True),
        sa.Column("planned_hours", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'in_progress', 'done')", name=op.f("ck_job_steps_status_valid")
        ),
        sa.CheckConstraint(
            "planned_hours >= 0", name=op.f("ck_job_steps_planned_hours_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_job_steps_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_job_steps_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_steps")),
        sa.UniqueConstraint("job_id", "sequence", name=op.f("uq_job_steps_job_id_sequence")),
    )
    with op.batch_alter_table("job_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_job_steps_equipment_id"), ["equipment_id"], unique=False
        )

    op.create_table(
        "specimens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("material", sa.String(length=200), nullable=False),
        sa.Column("condition_on_receipt", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("storage_location", sa.String(length=200), nullable=False),
        sa.Column("disposition", sa.String(length=16), nullable=True),
        sa.Column("disposition_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "disposition IS NULL OR disposition IN ('stored', 'returned', 'disposed')",
            name=op.f("ck_specimens_disposition_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_specimens_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_specimens")),
        sa.UniqueConstraint("job_id", "code", name=op.f("uq_specimens_job_id_code")),
    )
    op.create_table(
        "job_material_costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=12, scale=3), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("unit_cost", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "currency IN ('EUR', 'HUF', 'RSD')", name=op.f("ck_job_material_costs_currency_valid")
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_job_material_costs_quantity_positive")),
        sa.CheckConstraint(
            "unit_cost >= 0", name=op.f("ck_job_material_costs_unit_cost_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["jobs.id"],
            name=op.f("fk_job_material_costs_job_id_jobs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_job_material_costs_recorded_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["job_steps.id"],
            name=op.f("fk_job_material_costs_step_id_job_steps"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_material_costs")),
    )
    with op.batch_alter_table("job_material_costs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_job_material_costs_job_id"), ["job_id"], unique=False)

    with op.batch_alter_table("usage_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("job_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("job_step_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_usage_sessions_job_id"), ["job_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_usage_sessions_job_step_id"), ["job_step_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_usage_sessions_job_step_id_job_steps"),
            "job_steps",
            ["job_step_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_usage_sessions_job_id_jobs"), "jobs", ["job_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("usage_sessions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_usage_sessions_job_id_jobs"), type_="foreignkey")
        batch_op.drop_constraint(
            batch_op.f("fk_usage_sessions_job_step_id_job_steps"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_usage_sessions_job_step_id"))
        batch_op.drop_index(batch_op.f("ix_usage_sessions_job_id"))
        batch_op.drop_column("job_step_id")
        batch_op.drop_column("job_id")

    with op.batch_alter_table("job_material_costs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_job_material_costs_job_id"))

    op.drop_table("job_material_costs")
    op.drop_table("specimens")
    with op.batch_alter_table("job_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_job_steps_equipment_id"))

    op.drop_table("job_steps")
    with op.batch_alter_table("job_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_job_events_job_id"))

    op.drop_table("job_events")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jobs_technician_id"))
        batch_op.drop_index("ix_jobs_status_due")
        batch_op.drop_index(batch_op.f("ix_jobs_company_id"))

    op.drop_table("jobs")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_company_id"))

    op.drop_table("contacts")
    op.drop_table("job_counters")
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.drop_index("ix_companies_search_key")

    op.drop_table("companies")
