"""The intake slip: one page for the SME when a job is received — reference, company, items
received, the agreed due date, and the kiosk's QR code with the access code in clear text.

It is the only document that carries the code, so it is never archived (the database keeps
only the code's hash); printing it again makes a new code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from itc_desktop.i18n import _, language
from itc_desktop.reports.labels import qr_drawing
from itc_desktop.reports.template import (
    CONTENT_WIDTH,
    ReportMeta,
    build_pdf,
    data_table,
    format_date,
    key_value_table,
    para,
    report_styles,
    table_style,
)
from itc_desktop.services.settings import CenterSettings
from itc_desktop.services.specimens import SpecimenView

KIOSK_PREFIX = "ITC-KIOSK"
QR_SIZE = 42 * mm


def kiosk_payload(reference: str, code: str) -> str:
    """What the QR code holds: the kiosk reads the reference and the code from one scan."""
    return f"{KIOSK_PREFIX}:{reference}:{code}"


def spaced_code(code: str) -> str:
    """ "905 318": easier to read out and to type."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


@dataclass(frozen=True)
class IntakeSlipData:
    center: CenterSettings
    lang: str
    issue_date: date
    job_reference: str
    job_title: str
    company_name: str
    contact_name: str
    requested_on: date
    due_date: date | None
    quantity: int
    material: str
    specimens: Sequence[SpecimenView]
    access_code: str


def _render_intake_slip(data: IntakeSlipData) -> bytes:
    styles = report_styles()
    lang = data.lang
    story: list[Flowable] = [para(_("Intake slip"), styles.title)]
    story.append(
        key_value_table(
            [
                (_("Job reference"), data.job_reference),
                (_("Customer"), data.company_name),
                (_("Contact"), data.contact_name or "—"),
                (_("Job"), data.job_title),
                (_("Material"), data.material or "—"),
                (_("Requested on"), format_date(data.requested_on, lang)),
                (
                    _("Agreed due date"),
                    format_date(data.due_date, lang) if data.due_date else _("to be agreed"),
                ),
            ]
        )
    )
    story.append(para(_("Items received"), styles.heading))
    if data.specimens:
        story.append(
            data_table(
                [_("Item"), _("Description"), _("Condition on receipt"), _("Received")],
                [
                    [
                        s.code,
                        s.description + (f"\n{s.material}" if s.material else ""),
                        s.condition_on_receipt or "—",
                        format_date(s.received_on, lang),
                    ]
                    for s in data.specimens
                ],
                (38 * mm, 62 * mm, 48 * mm, CONTENT_WIDTH - 148 * mm),
            )
        )
    else:
        story.append(
            para(_("{n} item(s) expected; none registered yet.", n=data.quantity), styles.body)
        )
    story.append(Spacer(1, 6 * mm))
    story.append(para(_("Job status at the kiosk"), styles.heading))
    explanation = [
        para(
            _(
                "Scan the code at the kiosk in our lobby, or type the job reference and the "
                "access code, to see the status of your job."
            ),
            styles.body,
        ),
        para(_("Access code"), styles.subheading),
        para(spaced_code(data.access_code), styles.title),
        para(
            _(
                "Keep this slip: the code is not stored in readable form and is printed only "
                "here. A new slip makes a new code, and the old one stops working."
            ),
            styles.muted,
        ),
    ]
    box = Table(
        [[qr_drawing(kiosk_payload(data.job_reference, data.access_code), QR_SIZE), explanation]],
        colWidths=[QR_SIZE + 6 * mm, CONTENT_WIDTH - QR_SIZE - 6 * mm],
        hAlign="LEFT",
    )
    box.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("BOX", (0, 0), (-1, -1), 0.6, (0.55, 0.58, 0.62)),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    story.append(box)
    meta = ReportMeta(
        title=_("Intake slip"),
        report_id=data.job_reference,
        issue_date=data.issue_date,
        center=data.center,
        lang=lang,
    )
    return build_pdf(meta, story)


def render_intake_slip(data: IntakeSlipData) -> bytes:
    """The slip in its own language, whatever language the program is in."""
    with language(data.lang):
        return _render_intake_slip(data)
