"""Test reports of jobs: issue (number, PDF, SHA-256 stored for good), reprint the identical
bytes, amend (a new report that supersedes the old one, ISO/IEC 17025 §7.8.8), list; a
watermarked draft preview; and the job's intake slip with a new kiosk access code."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased, undefer

from itc_desktop.db import Actor
from itc_desktop.i18n import _, language
from itc_desktop.models.base import utcnow
from itc_desktop.models.companies import Company, Contact
from itc_desktop.models.equipment import Calibration, CalibrationOverride, Equipment
from itc_desktop.models.jobs import Job
from itc_desktop.models.reports import REPORT_LANGUAGE_VALUES, IssuedReport, ReportCounter
from itc_desktop.models.results import ResultStatus, ResultType, TestRecord
from itc_desktop.models.users import User
from itc_desktop.reports.intake_slip import IntakeSlipData, render_intake_slip
from itc_desktop.reports.job_report import InstrumentUse, JobReportData, render_job_report
from itc_desktop.reports.job_report_results import ReportedRecord
from itc_desktop.services import jobs as job_service
from itc_desktop.services import results as result_service
from itc_desktop.services.calibration import CalibrationState, calibration_statuses
from itc_desktop.services.companies import search_key
from itc_desktop.services.equipment_settings import local_date
from itc_desktop.services.errors import Conflict, DomainError, NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.results import ResultFilter
from itc_desktop.services.settings import get_center
from itc_desktop.services.specimens import list_specimens

TYPE_ORDER = {t.value: n for n, t in enumerate(ResultType)}


class NoApprovedResults(DomainError):
    """A test report was asked for a job that has no approved result to report."""


@dataclass(frozen=True)
class IssuedReportView:
    id: int
    report_number: str
    job_id: int
    job_reference: str
    job_title: str
    company_name: str
    lang: str
    issued_by: str
    issued_at: datetime
    issue_date: date
    sha256: str
    size_bytes: int
    amendment: int  # 0 for the original report
    amends_id: int | None
    amends_number: str | None
    amendment_reason: str
    superseded_by_id: int | None
    superseded_by_number: str | None
    record_ids: tuple[int, ...]

    @property
    def superseded(self) -> bool:
        """True once an amendment replaced this report (§7.8.8); its bytes stay as issued."""
        return self.superseded_by_id is not None


# --------------------------------------------------------------------------- numbers


def format_report_number(year: int, number: int) -> str:
    return f"TR-{year}-{number:04d}"


def next_report_number(session: Session, year: int) -> str:
    """The next test report number of `year`, taken in the caller's transaction: gap-free
    (a rolled-back issue rolls its number back), like the job references."""
    table = ReportCounter.__table__
    dialect = session.connection().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(table)
        .values(year=year, last=1)
        .on_conflict_do_update(index_elements=[table.c.year], set_={"last": table.c.last + 1})
        .returning(table.c.last)
    )
    return format_report_number(year, session.execute(statement).scalar_one())


# --------------------------------------------------------------------------- gathering


def _check_lang(lang: str) -> str:
    if lang not in REPORT_LANGUAGE_VALUES:
        raise ValidationError(
            _("unknown report language {lang} (one of {all})", lang=lang,
              all=", ".join(REPORT_LANGUAGE_VALUES)),
            "lang",
        )  # fmt: skip
    return lang


def _job(session: Session, job_id: int) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(_("No job with id {id}.", id=job_id))
    return job


def _instrument_use(session: Session, record: TestRecord) -> InstrumentUse:
    equipment = session.get(Equipment, record.equipment_id)
    assert equipment is not None
    status = calibration_statuses(session, [equipment], record.performed_at)[equipment.id]
    certificate = ""
    if status.calibration_id is not None:
        calibration = session.get(Calibration, status.calibration_id)
        certificate = calibration.certificate_number if calibration is not None else ""
    if status.state == CalibrationState.NOT_REQUIRED:
        state = "not_required"
    elif status.state == CalibrationState.OUT:
        state = "override" if record.calibration_override_id is not None else "out"
    else:
        state = "valid"
    override = (
        session.get(CalibrationOverride, record.calibration_override_id)
        if record.calibration_override_id is not None
        else None
    )
    return InstrumentUse(
        tag=equipment.asset_tag,
        name=equipment.name,
        state=state,
        valid_until=status.valid_until,
        certificate=certificate,
        override_id=record.calibration_override_id,
        override_by=_user_name(session, override.granted_by_id) if override else "",
        override_on=local_date(session, override.granted_at) if override else None,
        override_justification=override.justification if override else "",
    )


def _pending_corrections(session: Session, job_id: int) -> list[str]:
    """Approved records of the job replaced by a correction that is not approved yet."""
    newer = aliased(TestRecord)
    rows = session.execute(
        select(TestRecord.id, newer.id, newer.status)
        .join(newer, newer.supersedes_id == TestRecord.id)
        .where(TestRecord.job_id == job_id, newer.status != ResultStatus.APPROVED.value)
    )
    return [
        _("record {old} (its correction, record {new}, is {status})", old=old, new=new,
          status=status)
        for old, new, status in rows
    ]  # fmt: skip


def _gather(
    session: Session,
    actor: Actor,
    job: Job,
    *,
    lang: str,
    approved_only: bool,
    report_number: str,
    issue_date: date,
    issued_by: str = "",
) -> JobReportData:
    flt = ResultFilter(job_id=job.id, status=ResultStatus.APPROVED.value if approved_only else None)
    rows = result_service.list_records(session, actor, flt, limit=None)
    if not rows:
        if approved_only:
            raise NoApprovedResults(
                _("{reference} has no approved test result: there is nothing to report yet.",
                  reference=job.reference)
            )  # fmt: skip
        raise NoApprovedResults(_("{reference} has no test result yet.", reference=job.reference))
    views = [result_service.get_record(session, actor, row.id) for row in rows]
    views.sort(key=lambda v: (TYPE_ORDER[v.test_type], v.specimen_code or "", v.performed_at, v.id))
    reported = []
    instruments = {}
    for view in views:
        tensile = None
        if view.test_type == ResultType.TENSILE:
            tensile = result_service.evaluate_record(session, actor, view.id).tensile
        reported.append(ReportedRecord(view, tensile))
        record = session.get(TestRecord, view.id)
        assert record is not None
        instruments[view.id] = _instrument_use(session, record)
    company = session.get(Company, job.company_id)
    contact = session.get(Contact, job.contact_id) if job.contact_id is not None else None
    return JobReportData(
        center=get_center(session),
        lang=lang,
        report_number=report_number,
        issue_date=issue_date,
        company_name=company.name if company is not None else "",
        company_address=company.address if company is not None else "",
        contact_name=contact.name if contact is not None else "",
        job_reference=job.reference,
        job_title=job.title,
        customer_order_number=job.customer_order_number,
        specimens=tuple(list_specimens(session, actor, job.id)),
        records=tuple(reported),
        instruments=instruments,
        issued_by=issued_by,
        draft=not approved_only,
    )


def _user_name(session: Session, user_id: int) -> str:
    user = session.get(User, user_id)
    return user.full_name if user is not None else ""


# --------------------------------------------------------------------------- issuing


def _store(
    session: Session,
    actor: Actor,
    job: Job,
    data: JobReportData,
    issued_at: datetime,
    amends: IssuedReport | None = None,
) -> IssuedReportView:
    pdf = render_job_report(data)
    report = IssuedReport(
        report_number=data.report_number,
        kind="job",
        job_id=job.id,
        lang=data.lang,
        issued_by_id=actor.id,
        issued_at=issued_at,
        issue_date=data.issue_date,
        amendment=data.amendment,
        amends_id=amends.id if amends is not None else None,
        amendment_reason=data.amendment_reason,
        record_ids=[r.record.id for r in data.records],
        sha256=hashlib.sha256(pdf).hexdigest(),
        size_bytes=len(pdf),
        pdf=pdf,
    )
    session.add(report)
    session.flush()
    return get_report(session, actor, report.id)


def issue_job_report(
    session: Session, actor: Actor | None, job_id: int, lang: str = "en", *,
    at: datetime | None = None,
) -> IssuedReportView:  # fmt: skip
    """Issues the job's test report from its approved, current results: takes the next
    report number, renders the PDF and stores it with its SHA-256 for good."""
    actor = require(actor, Permission.ISSUE_REPORTS)
    _check_lang(lang)
    job = _job(session, job_id)
    pending = _pending_corrections(session, job.id)
    if pending:
        raise Conflict(
            _("A correction of {reference} is not approved yet: {list}. Approve or discard it "
              "before issuing the report.", reference=job.reference, list="; ".join(pending))
        )  # fmt: skip
    issued_at = at or utcnow()
    issue_date = local_date(session, issued_at)
    data = _gather(
        session, actor, job, lang=lang, approved_only=True,
        report_number="", issue_date=issue_date,
        issued_by=_user_name(session, actor.id),
    )  # fmt: skip
    number = next_report_number(session, issue_date.year)
    data = replace(data, report_number=number)
    return _store(session, actor, job, data, issued_at)


def amend_report(
    session: Session, actor: Actor | None, report_id: int, reason: str,
    lang: str | None = None, *, at: datetime | None = None,
) -> IssuedReportView:  # fmt: skip
    """A new report "Amendment N to report …" made from the job's approved results now,
    stating the reason; the amended report becomes superseded (its bytes stay as issued)."""
    actor = require(actor, Permission.ISSUE_REPORTS)
    old = _report(session, report_id)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("give the reason for the amendment"), "reason")
    newer = session.scalar(
        select(IssuedReport.report_number).where(IssuedReport.amends_id == old.id)
    )
    if newer is not None:
        raise Conflict(
            _("Report {old} is already superseded by {new}: amend {new} instead.",
              old=old.report_number, new=newer)
        )  # fmt: skip
    lang = _check_lang(lang or old.lang)
    original = old
    while original.amends_id is not None:
        original = _report(session, original.amends_id)
    job = _job(session, old.job_id)
    issued_at = at or utcnow()
    data = _gather(
        session, actor, job, lang=lang, approved_only=True,
        report_number=f"{original.report_number}-A{old.amendment + 1}",
        issue_date=local_date(session, issued_at),
        issued_by=_user_name(session, actor.id),
    )  # fmt: skip
    data = replace(
        data,
        amendment=old.amendment + 1,
        original_number=original.report_number,
        replaces_number=old.report_number,
        amendment_reason=reason,
    )
    return _store(session, actor, job, data, issued_at, amends=old)


# --------------------------------------------------------------------------- reading


def _report(session: Session, report_id: int) -> IssuedReport:
    report = session.get(IssuedReport, report_id)
    if report is None:
        raise NotFound(_("There is no issued report with id {id}.", id=report_id))
    return report


_Older = aliased(IssuedReport)
_Newer = aliased(IssuedReport)


def _views(
    session: Session, where: object, limit: int | None, offset: int
) -> list[IssuedReportView]:
    query = (
        select(IssuedReport, Job, Company.name, User.full_name, _Older.report_number,
               _Newer.id, _Newer.report_number)
        .join(Job, Job.id == IssuedReport.job_id)
        .join(Company, Company.id == Job.company_id)
        .join(User, User.id == IssuedReport.issued_by_id)
        .outerjoin(_Older, _Older.id == IssuedReport.amends_id)
        .outerjoin(_Newer, _Newer.amends_id == IssuedReport.id)
        .where(where)  # type: ignore[arg-type]
        .order_by(IssuedReport.issued_at.desc(), IssuedReport.id.desc())
        .offset(offset)
    )  # fmt: skip
    if limit is not None:
        query = query.limit(limit)
    return [
        IssuedReportView(
            id=r.id,
            report_number=r.report_number,
            job_id=r.job_id,
            job_reference=job.reference,
            job_title=job.title,
            company_name=company,
            lang=r.lang,
            issued_by=issuer,
            issued_at=r.issued_at,
            issue_date=r.issue_date,
            sha256=r.sha256,
            size_bytes=r.size_bytes,
            amendment=r.amendment,
            amends_id=r.amends_id,
            amends_number=older,
            amendment_reason=r.amendment_reason,
            superseded_by_id=newer_id,
            superseded_by_number=newer_number,
            record_ids=tuple(r.record_ids),
        )
        for r, job, company, issuer, older, newer_id, newer_number in session.execute(query)
    ]


def get_report(session: Session, actor: Actor | None, report_id: int) -> IssuedReportView:
    require(actor, Permission.VIEW_REPORTS)
    views = _views(session, IssuedReport.id == report_id, None, 0)
    if not views:
        raise NotFound(_("There is no issued report with id {id}.", id=report_id))
    return views[0]


def list_reports(
    session: Session, actor: Actor | None, job_id: int | None = None, *,
    search: str = "", limit: int | None = None, offset: int = 0,
) -> list[IssuedReportView]:  # fmt: skip
    """Issued reports, newest first: of one job, or all (the Reports page). `search` keeps
    the reports whose number, job (reference, title) or company contains every word, forgiving
    case, accents and script like the Jobs page's search."""
    require(actor, Permission.VIEW_REPORTS)
    conditions = [IssuedReport.id.isnot(None)]
    if job_id is not None:
        conditions.append(IssuedReport.job_id == job_id)
    for word in search_key(search).split():
        conditions.append(
            or_(
                func.lower(IssuedReport.report_number).contains(word, autoescape=True),
                Job.search_text.contains(word, autoescape=True),
                Company.search_key.contains(word, autoescape=True),
            )
        )
    return _views(session, and_(*conditions), limit, offset)


class DamagedReport(DomainError):
    """The stored bytes of an issued report no longer match the SHA-256 taken at issue."""


def get_report_pdf(session: Session, actor: Actor | None, report_id: int) -> bytes:
    """The issued PDF exactly as it was issued (checked against its SHA-256)."""
    require(actor, Permission.VIEW_REPORTS)
    report = session.scalar(
        select(IssuedReport).options(undefer(IssuedReport.pdf)).where(IssuedReport.id == report_id)
    )
    if report is None:
        raise NotFound(_("There is no issued report with id {id}.", id=report_id))
    pdf = bytes(report.pdf)
    if hashlib.sha256(pdf).hexdigest() != report.sha256:
        raise DamagedReport(
            _("The stored file of report {number} does not match its SHA-256: it was altered "
              "outside the program. Restore the database from a backup.",
              number=report.report_number)
        )  # fmt: skip
    return pdf


# --------------------------------------------------------------------------- previews


def draft_job_report_pdf(
    session: Session, actor: Actor | None, job_id: int, lang: str = "en", *,
    at: datetime | None = None,
) -> bytes:  # fmt: skip
    """A preview of the job's report with every current result (draft and reviewed too),
    watermarked "DRAFT — not valid". Nothing is stored and no number is taken."""
    actor = require(actor, Permission.VIEW_REPORTS)
    _check_lang(lang)
    job = _job(session, job_id)
    with language(lang):  # the report's language, not the program's
        number = _("DRAFT {reference}", reference=job.reference)
    data = _gather(
        session, actor, job, lang=lang, approved_only=False,
        report_number=number,
        issue_date=local_date(session, at or utcnow()),
    )  # fmt: skip
    return render_job_report(data)


def intake_slip_pdf(
    session: Session, actor: Actor | None, job_id: int, lang: str = "en", *,
    at: datetime | None = None,
) -> bytes:  # fmt: skip
    """The job's intake slip. Makes a NEW kiosk access code (the old one stops working): the
    slip is the only place the clear code exists, so it is not archived."""
    require(actor, Permission.MANAGE_JOBS)
    _check_lang(lang)
    job = _job(session, job_id)
    company = session.get(Company, job.company_id)
    contact = session.get(Contact, job.contact_id) if job.contact_id is not None else None
    specimens = list_specimens(session, actor, job.id)
    code = job_service.regenerate_access_code(session, actor, job.id)
    return render_intake_slip(
        IntakeSlipData(
            center=get_center(session),
            lang=lang,
            issue_date=local_date(session, at or utcnow()),
            job_reference=job.reference,
            job_title=job.title,
            company_name=company.name if company is not None else "",
            contact_name=contact.name if contact is not None else "",
            requested_on=job.requested_on,
            due_date=job.due_date,
            quantity=job.quantity,
            material=job.material,
            specimens=specimens,
            access_code=code,
        )
    )
