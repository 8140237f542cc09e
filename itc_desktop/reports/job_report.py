"""The test report of a job (ISO/IEC 17025 §7.8.2): customer, job, items tested, methods,
instruments with their calibration, conditions, deviations, results by test type with the
decision rule and uncertainty, the sign-off block and "End of report".

`render_job_report(data)` is pure: `services/report_archive.py` gathers the data (only
approved results for an issued report) and stores the bytes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from itc_desktop.i18n import N_, _, language
from itc_desktop.models.results import RESULT_TYPE_LABELS, ResultType
from itc_desktop.reports.job_report_results import SECTIONS, ReportedRecord, plain_number
from itc_desktop.reports.template import (
    CONTENT_WIDTH,
    ReportMeta,
    build_pdf,
    data_table,
    format_date,
    format_datetime,
    format_number,
    key_value_table,
    para,
    report_styles,
)
from itc_desktop.services.settings import CenterSettings
from itc_desktop.services.specimens import SpecimenView

DRAFT_WATERMARK = N_("DRAFT — not valid")
RELATE_ONLY = N_("The results relate only to the items tested.")


@dataclass(frozen=True)
class InstrumentUse:
    """An instrument as used for a test, and its calibration on the test date."""

    tag: str
    name: str
    state: str  # "valid", "not_required", "override", "out"
    valid_until: date | None = None
    certificate: str = ""
    override_id: int | None = None
    override_by: str = ""  # the manager who granted it
    override_on: date | None = None
    override_justification: str = ""


@dataclass(frozen=True)
class JobReportData:
    center: CenterSettings
    lang: str
    report_number: str
    issue_date: date
    company_name: str
    company_address: str
    contact_name: str
    job_reference: str
    job_title: str
    customer_order_number: str
    specimens: tuple[SpecimenView, ...]
    records: tuple[ReportedRecord, ...]
    instruments: dict[int, InstrumentUse]  # by record id
    issued_by: str = ""  # empty for a draft
    draft: bool = False
    amendment: int = 0
    original_number: str = ""  # the first report of the chain (amendments)
    replaces_number: str = ""  # the report this one supersedes (amendments)
    amendment_reason: str = ""


def report_title(data: JobReportData) -> str:
    if data.amendment:
        return _(
            "Test report — Amendment {n} to report {number}",
            n=data.amendment,
            number=data.original_number,
        )
    return _("Test report")


def _calibration_text(use: InstrumentUse, lang: str) -> str:
    if use.state == "not_required":
        return _("no calibration required")
    if use.state == "override":
        text = _(
            "out of calibration; used under the manager's documented override no. {id}",
            id=use.override_id,
        )
        if use.override_by:
            text += _(
                " (granted by {name} on {date}: “{justification}”)",
                name=use.override_by,
                date=format_date(use.override_on, lang) if use.override_on else "—",
                justification=use.override_justification,
            )
        return text
    if use.state == "out":
        return _("out of calibration on the test date")
    until = format_date(use.valid_until, lang) if use.valid_until else "—"
    text = _("calibrated, valid until {date}", date=until)
    if use.certificate:
        text += _(" (certificate {number})", number=use.certificate)
    return text


def _local(data: JobReportData, moment: datetime) -> date:
    return moment.astimezone(ZoneInfo(data.center.time_zone)).date()


def _date_span(days: Sequence[date], lang: str) -> str:
    if not days:
        return "—"
    first, last = min(days), max(days)
    if first == last:
        return format_date(first, lang)
    return f"{format_date(first, lang)} – {format_date(last, lang)}"


def _header(data: JobReportData) -> list[Flowable]:
    styles = report_styles()
    lang = data.lang
    story: list[Flowable] = [para(report_title(data), styles.title)]
    if data.draft:
        story.append(
            para(
                _(
                    "DRAFT for checking — not valid as a test report; results not yet approved "
                    "may appear."
                ),
                styles.heading,
            )
        )
    if data.amendment:
        story.append(
            para(
                _(
                    "This report replaces report {old}, which is superseded and withdrawn. "
                    "Reason for the amendment: {reason}",
                    old=data.replaces_number,
                    reason=data.amendment_reason,
                ),
                styles.body,
            )
        )
    customer = data.company_name
    if data.company_address.strip():
        customer += "\n" + data.company_address.strip()
    test_days = [_local(data, r.record.performed_at) for r in data.records]
    pairs: list[tuple[str, str]] = [
        (_("Report number"), data.report_number),
        (_("Customer"), customer),
        (_("Contact"), data.contact_name or "—"),
        (_("Job reference"), data.job_reference),
        (_("Job"), data.job_title),
    ]
    if data.customer_order_number:
        pairs.append((_("Customer order"), data.customer_order_number))
    pairs += [
        (_("Items received"), _date_span([s.received_on for s in data.specimens], lang)),
        (_("Tests performed"), _date_span(test_days, lang)),
        (_("Issue date"), format_date(data.issue_date, lang)),
    ]
    story.append(key_value_table(pairs))
    return story


def _items(data: JobReportData) -> list[Flowable]:
    styles = report_styles()
    tested = {r.record.specimen_id for r in data.records}
    rows = [
        [
            s.code,
            s.description + (f"\n{s.material}" if s.material else ""),
            s.condition_on_receipt or "—",
            format_date(s.received_on, data.lang),
        ]
        for s in data.specimens
        if s.id in tested
    ]
    story: list[Flowable] = [para(_("Items tested"), styles.heading)]
    if rows:
        story.append(
            data_table(
                [_("Item"), _("Description"), _("Condition on receipt"), _("Received")],
                rows,
                (38 * mm, 62 * mm, 48 * mm, CONTENT_WIDTH - 148 * mm),
            )
        )
    if any(r.record.specimen_id is None for r in data.records):
        story.append(para(_("Parts measured as a series are named in the results."), styles.small))
    return story


def _methods(data: JobReportData) -> list[Flowable]:
    styles = report_styles()
    lang, zone = data.lang, data.center.time_zone
    rows = []
    for reported in data.records:
        record = reported.record
        use = data.instruments[record.id]
        conditions = []
        if record.temperature_c is not None:
            conditions.append(f"{format_number(record.temperature_c, 1, lang)} °C")
        if record.humidity_pct is not None:
            conditions.append(f"{format_number(record.humidity_pct, 0, lang)} % RH")
        rows.append(
            [
                record.specimen_code or "—",
                f"{_(RESULT_TYPE_LABELS[record.test_type])}\n{record.method}",
                f"{use.tag} {use.name}\n{_calibration_text(use, lang)}",
                format_datetime(record.performed_at, lang, zone),
                "\n".join(conditions) or _("not recorded"),
            ]
        )
    story: list[Flowable] = [
        para(_("Tests, methods and instruments"), styles.heading),
        data_table(
            [
                _("Item"),
                _("Test and method"),
                _("Instrument and calibration"),
                _("Date"),
                _("Conditions"),
            ],
            rows,
            (34 * mm, 38 * mm, 54 * mm, 22 * mm, CONTENT_WIDTH - 148 * mm),
        ),
    ]
    deviations = [
        f"{r.record.specimen_code or '—'} ({_(RESULT_TYPE_LABELS[r.record.test_type])}): "
        f"{r.record.deviations.strip()}"
        for r in data.records
        if r.record.deviations.strip()
    ]
    story.append(para(_("Deviations from the methods"), styles.subheading))
    story.append(para("\n".join(deviations) if deviations else _("None."), styles.body))
    return story


def _results(data: JobReportData) -> list[Flowable]:
    styles = report_styles()
    story: list[Flowable] = []
    for test_type in ResultType:
        records = [r for r in data.records if r.record.test_type == test_type.value]
        if not records:
            continue
        story.append(CondPageBreak(60 * mm))  # a heading never ends a page alone
        story.append(
            para(_("Results — {type}", type=_(RESULT_TYPE_LABELS[test_type])), styles.heading)
        )
        story.extend(SECTIONS[test_type.value](records, data.lang, data.center.time_zone))
    return story


RULE_TEXTS = {
    "simple": "Simple acceptance (ILAC-G8:09/2019 §4.2.1, shared risk): a result on or "
    "within the limits passes, a result outside them fails; the uncertainty is stated but "
    "not subtracted.",
    "guard_band": "Guarded acceptance (ISO 14253-1, guard band w = U): a result passes when "
    "it lies inside the limits by at least U, fails when it lies outside them by at least U, "
    "and is inconclusive in between.",
}


def _statements(data: JobReportData) -> list[Flowable]:
    styles = report_styles()
    values = [v for r in data.records for v in r.record.values]
    judged = [v for v in values if v.decision is not None]
    story: list[Flowable] = [para(_("Decision rule and uncertainty"), styles.heading)]
    if judged:
        for rule in sorted({v.rule for v in judged}):
            story.append(para(_(RULE_TEXTS[rule]), styles.body))
    else:
        story.append(
            para(_("No limits were given: no statement of conformity is made."), styles.body)
        )
    factors = sorted({v.k for v in values if v.uncertainty is not None})
    if factors:
        story.append(
            para(
                _(
                    "Uncertainty: the expanded uncertainty U is the standard uncertainty "
                    "multiplied by the coverage factor k = {k}, which for a normal "
                    "distribution gives a coverage probability of about 95 %.",
                    k=", ".join(plain_number(k, data.lang) for k in factors),
                ),
                styles.body,
            )
        )
    story.append(para(_(RELATE_ONLY), styles.body))
    story.append(
        para(
            _("This report may be reproduced only in full, unless the laboratory agrees in "
              "writing."),
            styles.body,
        )
    )  # fmt: skip
    return story


def _sign_off(data: JobReportData) -> list[Flowable]:
    styles = report_styles()
    lang, zone = data.lang, data.center.time_zone

    def who(name: str | None, moment: datetime | None) -> str:
        if not name or moment is None:
            return "—"
        return f"{name}\n{format_datetime(moment, lang, zone)}"

    rows = [
        [
            f"{r.record.specimen_code or '—'}\n{_(RESULT_TYPE_LABELS[r.record.test_type])}",
            who(r.record.performed_by, r.record.performed_at),
            who(r.record.reviewed_by, r.record.reviewed_at),
            who(r.record.approved_by, r.record.approved_at),
        ]
        for r in data.records
    ]
    width = (CONTENT_WIDTH - 44 * mm) / 3
    issued = (
        _("Report issued by {name}, {date}", name=data.issued_by,
          date=format_date(data.issue_date, lang))
        if not data.draft
        else _("Not issued: draft for checking.")
    )  # fmt: skip
    end_style = ParagraphStyle("end", parent=styles.heading, alignment=TA_CENTER)
    return [
        KeepTogether(
            [
                para(_("Performed, reviewed and approved by"), styles.heading),
                data_table(
                    [_("Item and test"), _("Performed by"), _("Reviewed by"), _("Approved by")],
                    rows,
                    (44 * mm, width, width, width),
                ),
                Spacer(1, 3 * mm),
                para(issued, styles.body),
            ]
        ),
        Spacer(1, 6 * mm),
        para(_("End of report"), end_style),
    ]


def _render_job_report(data: JobReportData) -> bytes:
    meta = ReportMeta(
        title=report_title(data),
        report_id=data.report_number,
        issue_date=data.issue_date,
        center=data.center,
        lang=data.lang,
        footer_note=_(RELATE_ONLY),
        watermark=_(DRAFT_WATERMARK) if data.draft else "",
    )
    story = [
        *_header(data),
        *_items(data),
        *_methods(data),
        *_results(data),
        *_statements(data),
        *_sign_off(data),
    ]
    return build_pdf(meta, story)


def render_job_report(data: JobReportData) -> bytes:
    """The report in its own language, whatever language the program is in."""
    with language(data.lang):
        return _render_job_report(data)
