"""`itc-desktop report job REF` and `report intake REF`: the job's test report (issued and
archived, or a draft) and its intake slip, written to a file."""

from __future__ import annotations

import argparse

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import _
from itc_desktop.services import jobs as job_service
from itc_desktop.services import report_archive
from itc_desktop.services.errors import NotFound


def _job_id(database: Database, actor: Actor, reference: str) -> int:
    with database.reader() as session:
        job_id = job_service.find_job_id(session, actor, reference)
    if job_id is None:
        raise NotFound(_("There is no job {reference}.", reference=reference))
    return job_id


def run_job_report_command(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    job_id = _job_id(database, actor, args.reference)
    if args.report_kind == "intake":
        # A new access code is stored: a transaction, and the slip is its only clear copy.
        with database.transaction(actor) as session:
            pdf = report_archive.intake_slip_pdf(session, actor, job_id, args.lang)
        args.out.write_bytes(pdf)
        print(_("Intake slip of {reference} written to {path}; it carries a new access code "
                "(the previous one no longer works).",
                reference=args.reference, path=args.out))  # fmt: skip
        return 0
    if args.draft:
        with database.reader() as session:
            pdf = report_archive.draft_job_report_pdf(session, actor, job_id, args.lang)
        args.out.write_bytes(pdf)
        print(_("Draft report written to {path} (not issued, not archived).", path=args.out))
        return 0
    with database.transaction(actor) as session:
        issued = report_archive.issue_job_report(session, actor, job_id, args.lang)
        # Written before the commit: a path that cannot be written issues nothing.
        args.out.write_bytes(report_archive.get_report_pdf(session, actor, issued.id))
    print(_("Report {number} issued and archived: {path}", number=issued.report_number,
            path=args.out))  # fmt: skip
    print(f"SHA-256 {issued.sha256}")
    return 0
