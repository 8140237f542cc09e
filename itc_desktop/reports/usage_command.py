"""`itc-desktop report usage --from --to --out [--xlsx] [--csv]`: the monthly usage report
without the window (a manager can schedule it)."""

from __future__ import annotations

import argparse

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import _
from itc_desktop.reports.usage_export import usage_csv, usage_workbook
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.usage_report import usage_report_pdf


def run_usage_report_command(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    if args.date_to < args.date_from:  # before any file is touched
        raise ValidationError(
            _("--to {to} is before --from {start}", to=args.date_to, start=args.date_from),
            field=_("Period"),
        )
    with database.reader() as session:
        figures, pdf = usage_report_pdf(
            session,
            actor,
            args.date_from,
            args.date_to,
            equipment_tags=args.equipment,
            category=args.category,
            lang=args.lang,
        )
    # Everything is rendered before the first file is written: a refusal leaves no half set.
    outputs = [(args.out, pdf, _("PDF"))]
    if args.xlsx is not None:
        outputs.append((args.xlsx, usage_workbook(figures), "XLSX"))
    if args.csv is not None:
        outputs.append((args.csv, usage_csv(figures, args.lang), "CSV"))
    for path, content, kind in outputs:
        path.write_bytes(content)
        print(_("Usage report ({kind}) written to {path}", kind=kind, path=path))
    print(
        _(
            "{start} – {end}: {equipment} equipment, {hours} used hours, {sessions} sessions.",
            start=figures.date_from,
            end=figures.date_to,
            equipment=len(figures.equipment),
            hours=f"{figures.totals.used_hours:.1f}",
            sessions=figures.totals.sessions,
        )
    )
    return 0
