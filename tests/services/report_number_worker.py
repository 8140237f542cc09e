"""One station of the two-process report-number race (run by test_report_numbers_concurrency.py
in a spawned process)."""

from __future__ import annotations

from typing import Any

from itc_desktop.db import Actor, Database
from itc_desktop.services import report_archive


def issue_reports(
    url: str, actor: Actor, job_id: int, rounds: int, barrier: Any, results: Any
) -> None:
    """Issues the job's report `rounds` times, each round in step with the other station."""
    database = Database(url, migrate_on_open=False)
    try:
        for number in range(rounds):
            barrier.wait(timeout=60)
            try:
                with database.transaction(actor) as session:
                    view = report_archive.issue_job_report(session, actor, job_id)
                results.put((number, view.report_number, ""))
            except Exception as error:  # reported, so the test fails with the reason
                results.put((number, None, repr(error)))
    finally:
        database.dispose()
