"""Two stations creating jobs at once on one database (the SQLite file, or PostgreSQL with
--backend postgresql): every reference is given out once, and the numbers have no gaps."""

from __future__ import annotations

import itertools
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models.jobs import Job, JobEvent
from itc_desktop.services.audit import verify_chain
from tests.services.jobs_support import make_company

JOBS_PER_STATION = 50

STATION = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from pathlib import Path
    from itc_desktop.db import Actor, Database
    from itc_desktop.services import jobs as job_service

    url, actor_id, company_id, count, station, go = sys.argv[1:7]
    actor = Actor(id=int(actor_id), username="manager", full_name="Petrović Đorđe",
                  role="manager")
    db = Database(url)
    Path(go + "." + station).touch()  # ready
    while not Path(go).exists():  # start together
        time.sleep(0.01)
    for n in range(int(count)):
        with db.transaction(actor) as session:
            job_service.create_job(
                session,
                actor,
                job_service.JobInput(company_id=int(company_id), title=f"{station} #{n}"),
                today=date(2026, 11, 25),
            )
        time.sleep(0.005)  # a person between two jobs: the other station gets its turn
    db.dispose()
    """
)


def test_two_processes_get_distinct_consecutive_references(
    db: Database, manager: Actor, tmp_path: Path
) -> None:
    company_id = make_company(db, manager)
    go = tmp_path / "go"
    stations = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                STATION,
                db.url,
                str(manager.id),
                str(company_id),
                str(JOBS_PER_STATION),
                name,
                str(go),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("lab", "office")
    ]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"go.{name}").exists() for name in ("lab", "office")):
        assert time.monotonic() < deadline, "a station did not start"
        assert all(s.poll() is None for s in stations), stations[0].communicate()
        time.sleep(0.05)
    go.touch()
    for station in stations:
        _out, err = station.communicate(timeout=300)
        assert station.returncode == 0, err
    with db.reader() as session:
        rows = session.execute(select(Job.reference, Job.title).order_by(Job.id)).all()
        events = session.scalars(select(JobEvent.job_id).where(JobEvent.to_status == "received"))
        received = sorted(events)
        # The hash-chained audit trail stays one chain with two writers.
        chain = verify_chain(session)
    references = [reference for reference, _title in rows]
    expected = [f"ITC-2026-{n:04d}" for n in range(1, 2 * JOBS_PER_STATION + 1)]
    assert sorted(references) == expected
    # Both stations really ran side by side: their jobs interleave.
    owners = [title.split(" #")[0] for _ref, title in rows]
    assert owners.count("lab") == owners.count("office") == JOBS_PER_STATION
    switches = sum(1 for a, b in itertools.pairwise(owners) if a != b)
    assert switches > 1
    assert len(received) == len(set(received)) == 2 * JOBS_PER_STATION
    assert chain.ok, chain.describe()
