"""The work behind the report screens, run by the background runner: each function opens its
own database session, asks the report services for the PDF and returns a `MadeReport` (the
bytes, the file name Save as… proposes, the caption above the preview). No widgets here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import format_date, format_number
from itc_desktop.services import jobs as job_service

if TYPE_CHECKING:
    from itc_desktop.services.report_archive import IssuedReportView
    from itc_desktop.services.usage_report import UsageFigures

# The report services import reportlab (~0.5 s): each function below imports them when it runs
# (in the background), so the pages that offer reports open without it.

LANGUAGES = (("en", "English"), ("hu", "Magyar"), ("sr", "Srpski"), ("sr-Cyrl", "Српски"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


@dataclass(frozen=True)
class MadeReport:
    pdf: bytes
    file_name: str
    caption: str
    issued: IssuedReportView | None = None  # an issued (archived) test report
    figures: UsageFigures | None = None  # a usage report: the figures behind it, for export
    lang: str = "en"


@dataclass(frozen=True)
class UsageRequest:
    date_from: date
    date_to: date
    equipment_tags: tuple[str, ...] | None  # None: every piece (of the category)
    category: str | None
    lang: str


def draft_report(db: Database, actor: Actor, job_id: int, lang: str) -> MadeReport:
    from itc_desktop.services import report_archive

    with db.reader() as session:
        reference = job_service.get_job(session, actor, job_id).reference
        pdf = report_archive.draft_job_report_pdf(session, actor, job_id, lang)
    return MadeReport(
        pdf,
        f"{reference}-draft.pdf",
        _tr("Draft test report of {reference} — not valid, not archived").format(
            reference=reference
        ),
    )


def _issued(view: IssuedReportView, pdf: bytes) -> MadeReport:
    caption = _tr("{number} — {reference}, issued {date} by {name}").format(
        number=view.report_number,
        reference=view.job_reference,
        date=format_date(view.issue_date),
        name=view.issued_by,
    )
    if view.superseded:
        caption += " · " + _tr("superseded by {number}").format(number=view.superseded_by_number)
    return MadeReport(pdf, f"{view.report_number}.pdf", caption, issued=view)


def issue_report(db: Database, actor: Actor, job_id: int, lang: str) -> MadeReport:
    from itc_desktop.services import report_archive

    with db.transaction(actor) as session:
        view = report_archive.issue_job_report(session, actor, job_id, lang)
        pdf = report_archive.get_report_pdf(session, actor, view.id)
    return _issued(view, pdf)


def amend_report(db: Database, actor: Actor, report_id: int, reason: str, lang: str) -> MadeReport:
    from itc_desktop.services import report_archive

    with db.transaction(actor) as session:
        view = report_archive.amend_report(session, actor, report_id, reason, lang)
        pdf = report_archive.get_report_pdf(session, actor, view.id)
    return _issued(view, pdf)


def stored_report(db: Database, actor: Actor, report_id: int) -> MadeReport:
    """An issued report exactly as issued (a reprint)."""
    from itc_desktop.services import report_archive

    with db.reader() as session:
        view = report_archive.get_report(session, actor, report_id)
        pdf = report_archive.get_report_pdf(session, actor, report_id)
    return _issued(view, pdf)


def intake_slip(db: Database, actor: Actor, job_id: int, lang: str) -> MadeReport:
    """The slip with a NEW kiosk access code (stored in the same transaction)."""
    from itc_desktop.services import report_archive

    with db.transaction(actor) as session:
        reference = job_service.get_job(session, actor, job_id).reference
        pdf = report_archive.intake_slip_pdf(session, actor, job_id, lang)
    return MadeReport(
        pdf,
        f"{reference}-intake.pdf",
        _tr("Intake slip of {reference} — carries a new kiosk access code").format(
            reference=reference
        ),
    )


def usage_report(db: Database, actor: Actor, request: UsageRequest) -> MadeReport:
    from itc_desktop.services.usage_report import usage_report_pdf

    with db.reader() as session:
        figures, pdf = usage_report_pdf(
            session,
            actor,
            request.date_from,
            request.date_to,
            equipment_tags=request.equipment_tags,
            category=request.category,
            lang=request.lang,
        )
    span = f"{format_date(request.date_from)} – {format_date(request.date_to)}"
    return MadeReport(
        pdf,
        f"usage-{request.date_from.isoformat()}-{request.date_to.isoformat()}.pdf",
        _tr("Usage report {period}: {count} equipment, {hours} used hours").format(
            period=span,
            count=len(figures.equipment),
            hours=format_number(figures.totals.used_hours, 1),
        ),
        figures=figures,
        lang=request.lang,
    )


def report_list(
    db: Database, actor: Actor, *, job_id: int | None = None, search: str = "", limit: int = 500
) -> Sequence[IssuedReportView]:
    from itc_desktop.services import report_archive

    with db.reader() as session:
        return report_archive.list_reports(session, actor, job_id, search=search, limit=limit)
