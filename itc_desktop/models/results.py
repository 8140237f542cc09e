"""Test results (ISO/IEC 17025 §7.5, §7.8): one record per test of a specimen, its computed
values with limits and decisions, review and approval.

An approved record is locked: the triggers of revision 0005 refuse any UPDATE or DELETE of an
approved record and any change to its values, so not even a raw SQL statement can alter it. A
correction is a new record (revision + 1) whose `supersedes_id` points to the one it replaces,
with the reason."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from itc_desktop.i18n import N_
from itc_desktop.models.base import Base, utcnow


class ResultType(StrEnum):
    TENSILE = "tensile"
    HARDNESS = "hardness"
    IMPACT = "impact"
    DIMENSIONAL = "dimensional"


RESULT_TYPE_LABELS: dict[str, str] = {
    ResultType.TENSILE: N_("Tensile"),
    ResultType.HARDNESS: N_("Hardness"),
    ResultType.IMPACT: N_("Charpy impact"),
    ResultType.DIMENSIONAL: N_("Dimensional"),
}
RESULT_TYPE_VALUES = tuple(t.value for t in ResultType)


class ResultStatus(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"
    APPROVED = "approved"


RESULT_STATUS_LABELS: dict[str, str] = {
    ResultStatus.DRAFT: N_("Draft"),
    ResultStatus.REVIEWED: N_("Reviewed"),
    ResultStatus.APPROVED: N_("Approved"),
}
RESULT_STATUS_VALUES = tuple(s.value for s in ResultStatus)

# The outcome of one value against its limits (analysis.decision.Decision), or none when the
# value has no limits.
DECISION_VALUES = ("pass", "fail", "inconclusive")
RULE_VALUES = ("simple", "guard_band")


class TestRecord(Base):
    __test__ = False  # not a pytest test class

    __tablename__ = "test_records"
    __table_args__ = (
        CheckConstraint(f"test_type IN {RESULT_TYPE_VALUES!r}", name="type_valid"),
        CheckConstraint(f"status IN {RESULT_STATUS_VALUES!r}", name="status_valid"),
        CheckConstraint(f"overall IS NULL OR overall IN {DECISION_VALUES!r}", name="overall_valid"),
        CheckConstraint("length(method) >= 1", name="method_present"),
        CheckConstraint("revision >= 1", name="revision_positive"),
        CheckConstraint(
            "(supersedes_id IS NULL) = (revision = 1)", name="revision_matches_supersedes"
        ),
        CheckConstraint(
            "supersedes_id IS NULL OR length(revision_reason) >= 1", name="revision_has_reason"
        ),
        # Four eyes: the reviewer and the approver are never the one who did the test.
        CheckConstraint(
            "reviewed_by_id IS NULL OR reviewed_by_id <> performed_by_id",
            name="reviewer_not_performer",
        ),
        CheckConstraint(
            "approved_by_id IS NULL OR approved_by_id <> performed_by_id",
            name="approver_not_performer",
        ),
        CheckConstraint(
            "status = 'draft' OR (reviewed_by_id IS NOT NULL AND reviewed_at IS NOT NULL)",
            name="reviewed_has_reviewer",
        ),
        CheckConstraint(
            "(status = 'approved') = (approved_by_id IS NOT NULL AND approved_at IS NOT NULL)",
            name="approved_has_approver",
        ),
        CheckConstraint(
            "humidity_pct IS NULL OR (humidity_pct >= 0 AND humidity_pct <= 100)",
            name="humidity_range",
        ),
        UniqueConstraint("supersedes_id", name="one_correction_per_record"),
        # A job's records and the list filtered by status, newest first (revision 0008).
        Index("ix_test_records_job_id_performed_at", "job_id", "performed_at"),
        Index("ix_test_records_specimen_id", "specimen_id"),
        Index("ix_test_records_equipment_id", "equipment_id"),
        Index("ix_test_records_performed_at", "performed_at"),
        Index("ix_test_records_status_performed_at", "status", "performed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"))
    specimen_id: Mapped[int | None] = mapped_column(ForeignKey("specimens.id"))
    test_type: Mapped[str] = mapped_column(String(16))
    # Method with its edition, e.g. "ISO 6892-1:2019 method B".
    method: Mapped[str] = mapped_column(String(120))
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    calibration_override_id: Mapped[int | None] = mapped_column(
        ForeignKey("calibration_overrides.id")
    )
    performed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    performed_at: Mapped[datetime]
    temperature_c: Mapped[float | None] = mapped_column(Float)
    humidity_pct: Mapped[float | None] = mapped_column(Float)
    deviations: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    # The inputs of the computation by test type (specimen geometry, indentations, energies,
    # characteristics ...): see services/result_inputs.py. The values are computed from them.
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The limits per quantity: {quantity: {lower, upper, U, k, rule, source}}.
    limits: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Warnings of the computation (noise, crosshead strain, flagged indentations ...), one per
    # line; they go into the report.
    warnings: Mapped[str] = mapped_column(Text, default="")
    # Worst decision over the values with limits (fail > inconclusive > pass); None = no limits.
    overall: Mapped[str | None] = mapped_column(String(16))
    # A tensile record keeps its raw machine file: name, SHA-256 and the curve as compressed
    # arrays (numpy .npz), so the plot and a recomputation are always possible.
    raw_file_name: Mapped[str] = mapped_column(String(255), default="")
    raw_file_sha256: Mapped[str] = mapped_column(String(64), default="")
    raw_curve: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    status: Mapped[str] = mapped_column(String(16), default=ResultStatus.DRAFT.value)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None]
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None]
    revision: Mapped[int] = mapped_column(default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("test_records.id"))
    revision_reason: Mapped[str] = mapped_column(Text, default="")
    # Optimistic locking: every UPDATE checks and bumps it (SQLAlchemy version_id_col).
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class TestValue(Base):
    """One computed value of a record (Rm, one indentation's HV, a Charpy specimen's KV, a
    measured dimension of part 3 ...), stored unrounded, with the limits it was judged
    against and the decision."""

    __test__ = False  # not a pytest test class

    __tablename__ = "test_values"
    __table_args__ = (
        UniqueConstraint("record_id", "position", name="position_unique"),
        CheckConstraint(
            f"decision IS NULL OR decision IN {DECISION_VALUES!r}", name="decision_valid"
        ),
        CheckConstraint(f"rule IN {RULE_VALUES!r}", name="rule_valid"),
        CheckConstraint("uncertainty IS NULL OR uncertainty >= 0", name="uncertainty_positive"),
        CheckConstraint("k > 0", name="k_positive"),
        CheckConstraint(
            "lower_limit IS NULL OR upper_limit IS NULL OR lower_limit <= upper_limit",
            name="limits_ordered",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("test_records.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    quantity: Mapped[str] = mapped_column(String(64))  # "Rm", "HV", "KV", "dim:Ø20 h7" ...
    item: Mapped[str] = mapped_column(String(32), default="")  # indentation / specimen / part
    unit: Mapped[str] = mapped_column(String(16), default="")
    value: Mapped[float] = mapped_column(Float)
    lower_limit: Mapped[float | None] = mapped_column(Float)
    upper_limit: Mapped[float | None] = mapped_column(Float)
    uncertainty: Mapped[float | None] = mapped_column(Float)  # expanded U, same unit
    k: Mapped[float] = mapped_column(Float, default=2.0)
    rule: Mapped[str] = mapped_column(String(16), default="simple")
    decision: Mapped[str | None] = mapped_column(String(16))
    flags: Mapped[str] = mapped_column(Text, default="")  # warnings, one per line
