"""`itc-desktop report job|intake|usage`: the printable reports without the window, so a
manager can schedule the monthly usage report."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import _

REPORT_LANGUAGES = ("en", "hu", "sr", "sr-Cyrl")


def add_report_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help=_("printable reports (PDF, XLSX, CSV)"))
    kinds = report.add_subparsers(dest="report_kind", metavar="REPORT", required=True)

    job = kinds.add_parser("job", help=_("test report of a job (ISO/IEC 17025 §7.8)"))
    job.add_argument("reference", metavar="REF", help=_("job reference, e.g. ITC-2026-0001"))
    job.add_argument("--out", required=True, type=Path, metavar="FILE")
    job.add_argument("--lang", choices=REPORT_LANGUAGES, default="en")
    job.add_argument(
        "--draft",
        action="store_true",
        help=_("a watermarked draft (not issued, not archived)"),
    )

    intake = kinds.add_parser("intake", help=_("intake slip with a new kiosk access code"))
    intake.add_argument("reference", metavar="REF")
    intake.add_argument("--out", required=True, type=Path, metavar="FILE")
    intake.add_argument("--lang", choices=REPORT_LANGUAGES, default="en")

    usage = kinds.add_parser("usage", help=_("equipment usage report for managers"))
    usage.add_argument("--from", dest="date_from", required=True, type=date.fromisoformat)
    usage.add_argument("--to", dest="date_to", required=True, type=date.fromisoformat)
    usage.add_argument("--out", required=True, type=Path, metavar="FILE")
    usage.add_argument("--xlsx", type=Path, metavar="FILE", help=_("the figures as XLSX too"))
    usage.add_argument("--csv", type=Path, metavar="FILE", help=_("the figures as CSV too"))
    usage.add_argument("--lang", choices=REPORT_LANGUAGES, default="en")
    usage.add_argument(
        "--equipment", action="append", metavar="TAG", help=_("only these asset tags")
    )
    usage.add_argument("--category", help=_("only equipment of this category"))


def run_report_command(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    if args.report_kind in ("job", "intake"):
        from itc_desktop.reports.job_command import run_job_report_command

        return run_job_report_command(args, database, actor)
    from itc_desktop.reports.usage_command import run_usage_report_command

    return run_usage_report_command(args, database, actor)
