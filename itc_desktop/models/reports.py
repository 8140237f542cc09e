"""Issued reports (ISO/IEC 17025 §7.8): the PDF exactly as it left the lab, with its SHA-256,
report number, job, language and who issued it when.

An issued report is never changed: the triggers of revision 0006 refuse every UPDATE and
DELETE of `issued_reports`, so not even a raw SQL statement can alter the stored bytes. An
amendment (§7.8.8) is a new row whose `amends_id` points to the report it replaces, with the
reason; "superseded" is derived from the newer row, so the old row never needs an update."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from itc_desktop.models.base import Base, utcnow

# Only job test reports are archived so far; usage reports and intake slips are not.
REPORT_KINDS = ("job",)
REPORT_LANGUAGE_VALUES = ("en", "hu", "sr", "sr-Cyrl")


class ReportCounter(Base):
    """The last test report number given out per year; incremented inside the transaction
    that issues the report, so numbers are gap-free (like `JobCounter`)."""

    __tablename__ = "report_counters"
    __audit__ = False

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(default=0)


class IssuedReport(Base):
    __tablename__ = "issued_reports"
    __table_args__ = (
        CheckConstraint("kind IN ('job')", name="kind_valid"),
        CheckConstraint(f"lang IN {REPORT_LANGUAGE_VALUES!r}", name="lang_valid"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("size_bytes > 0", name="size_positive"),
        CheckConstraint("amendment >= 0", name="amendment_not_negative"),
        CheckConstraint("(amends_id IS NULL) = (amendment = 0)", name="amendment_matches_amends"),
        CheckConstraint(
            "amends_id IS NULL OR length(amendment_reason) >= 1", name="amendment_has_reason"
        ),
        # One amendment per report: a chain, never a fork.
        UniqueConstraint("amends_id", name="one_amendment_per_report"),
        Index("ix_issued_reports_job_id", "job_id"),
        Index("ix_issued_reports_issued_at", "issued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # "TR-2026-0001"; an amendment carries its original's number with "-A1", "-A2" ...
    report_number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="job")
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"))
    lang: Mapped[str] = mapped_column(String(8))
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The date printed on the report (the lab's local date at issue).
    issue_date: Mapped[date] = mapped_column(Date)
    amendment: Mapped[int] = mapped_column(default=0)
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("issued_reports.id"))
    amendment_reason: Mapped[str] = mapped_column(Text, default="")
    # The test records the report was made from (traceability back to the results).
    record_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int]
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
