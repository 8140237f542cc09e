"""Two stations issuing test reports at once (on the SQLite file, or on PostgreSQL with
--backend postgresql): every report number is given out once, the numbers have no gaps, each
stored PDF carries its own number, and the audit trail stays one chain."""

from __future__ import annotations

import multiprocessing

from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models import IssuedReport
from itc_desktop.services import report_archive
from itc_desktop.services.audit import verify_chain
from tests.reports.job_report_support import make_report_lab
from tests.services.report_number_worker import issue_reports

ROUNDS = 8


def test_two_processes_issue_distinct_consecutive_report_numbers(
    db: Database, actors: dict[str, Actor]
) -> None:
    manager = actors["manager"]
    lab = make_report_lab(db, actors, draft=False).lab
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    stations = [
        context.Process(
            target=issue_reports, args=(db.url, manager, lab.job_id, ROUNDS, barrier, results)
        )
        for _station in range(2)
    ]
    for station in stations:
        station.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for station in stations:
        station.join(timeout=60)
        assert station.exitcode == 0
    assert [error for _n, _number, error in outcomes if error] == []
    with db.reader() as session:
        rows = session.execute(
            select(IssuedReport.id, IssuedReport.report_number).order_by(IssuedReport.id)
        ).all()
        year = session.get(IssuedReport, rows[0].id).issue_date.year
        # Each stored PDF is the one its number was rendered into (read back, SHA-256 checked).
        for report_id, number in rows:
            view = report_archive.get_report(session, manager, report_id)
            assert view.report_number == number
            report_archive.get_report_pdf(session, manager, report_id)
        chain = verify_chain(session)
    numbers = [number for _id, number in rows]
    expected = [f"TR-{year}-{n:04d}" for n in range(1, 2 * ROUNDS + 1)]
    assert sorted(numbers) == expected
    assert sorted(number for _n, number, _e in outcomes) == expected
    assert chain.ok, chain.describe()
