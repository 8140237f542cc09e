"""Crash safety (#12): a separate process writes the lab's everyday records through the
services (tests/crash_worker.py) and is killed with SIGKILL at a random moment, again and
again, on one database (a SQLite file, or PostgreSQL with --backend postgresql, where the
server rolls back the killed client's open transaction). After every kill the database is
whole: SQLite's integrity check passes, every id the process reported as committed is there
in the state it reported, no record is half-written (a result without its values, a job
without its first timeline event, a row without its audit entry, a stopped session without
its hours), the audit chain verifies, and the program opens the database and reads from it.
At the end the real main window opens on it."""

from __future__ import annotations

import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from multiprocessing.context import ForkServerContext

import pytest
from sqlalchemy import text

from itc_desktop.db import Actor, Database
from itc_desktop.services import audit as audit_service
from itc_desktop.services import results as result_service
from itc_desktop.services import usage as usage_service
from tests.backends import outside
from tests.crash_worker import (
    Lab,
    forkserver,
    hardness_record,
    prepare_lab,
    read_lines,
    write_forever,
)

KILLS = 20
# The writer is killed this long after it said it is ready: from before its first commit to
# well into its stream (a unit of work takes a few milliseconds to a few tens).
DELAY_S = (0.0, 0.4)
READY_TIMEOUT_S = 30

# A row of each audited table the stream writes must have its audit entry ('insert').
AUDITED = ("usage_sessions", "bookings", "test_records", "test_values", "jobs", "job_events")
# Half-written records: each query counts rows that a unit of work cut in two would leave.
HALF_WRITTEN = {
    "a result without its values": "SELECT count(*) FROM test_records r WHERE NOT EXISTS "
    "(SELECT 1 FROM test_values v WHERE v.record_id = r.id)",
    "a job without its first timeline event": "SELECT count(*) FROM jobs j WHERE NOT EXISTS "
    "(SELECT 1 FROM job_events e WHERE e.job_id = j.id AND e.from_status IS NULL)",
    "a stopped session without its hours": "SELECT count(*) FROM usage_sessions "
    "WHERE stopped_at IS NOT NULL AND duration_hours IS NULL",
    "a reviewed or approved result without its reviewer": "SELECT count(*) FROM test_records "
    "WHERE status IN ('reviewed', 'approved') AND (reviewed_by_id IS NULL OR reviewed_at IS NULL)",
    "an approved result without its approver": "SELECT count(*) FROM test_records "
    "WHERE status = 'approved' AND (approved_by_id IS NULL OR approved_at IS NULL)",
    "a stopped session without the audit entry of its stop": "SELECT count(*) FROM "
    "usage_sessions u WHERE u.stopped_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_log a "
    "WHERE a.table_name = 'usage_sessions' AND a.row_id = CAST(u.id AS VARCHAR(64)) "
    "AND a.action = 'update')",
    **{
        f"a row of {table} without its audit entry": f"SELECT count(*) FROM {table} t "
        "WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = '" + table + "' "
        "AND a.row_id = CAST(t.id AS VARCHAR(64)) AND a.action = 'insert')"
        for table in AUDITED
    },
}
# What a reported id promises: the row exists, in this state (or a later one).
PROMISES = {
    "usage": "SELECT id FROM usage_sessions",
    "usage-stopped": "SELECT id FROM usage_sessions WHERE stopped_at IS NOT NULL",
    "booking": "SELECT id FROM bookings WHERE status = 'confirmed'",
    "result": "SELECT id FROM test_records",
    "reviewed": "SELECT id FROM test_records WHERE status IN ('reviewed', 'approved')",
    "approved": "SELECT id FROM test_records WHERE status = 'approved'",
    "job": "SELECT id FROM jobs",
}


@dataclass
class Tally:
    """What the kills found, for the assertions and the figures in docs/reliability.md."""

    reported: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    kills: int = 0
    inside_unit_of_work: int = 0
    before_first_commit: int = 0
    checking_s: float = 0.0


def kill_one_stream(context: ForkServerContext, lab: Lab, seed: int, delay: float) -> list[str]:
    reader, writer = context.Pipe(duplex=False)
    process = context.Process(target=write_forever, args=(lab, seed, writer), daemon=True)
    process.start()
    writer.close()
    try:
        head = read_lines(reader.fileno(), time.monotonic() + READY_TIMEOUT_S, "ready")
        assert "ready" in head, f"the writer did not start (seed {seed}): {head}"
        time.sleep(delay)
        process.kill()  # SIGKILL: no handler, no clean-up, no flush
        process.join(timeout=10)
        # Everything the process wrote before it died is in the pipe.
        return head + read_lines(reader.fileno(), time.monotonic() + 5)
    finally:
        reader.close()


def check_database(db: Database, reader: Actor, tally: Tally, seed: int) -> None:
    where = f"after kill {tally.kills} (seed {seed})"
    with db.engine.connect() as conn:
        if db.is_sqlite:
            assert conn.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"], where
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == [], where
        for what, query in HALF_WRITTEN.items():
            assert conn.execute(text(query)).scalar_one() == 0, f"{what} {where}"
        for kind, query in PROMISES.items():
            present = set(conn.execute(text(query)).scalars())
            missing = tally.reported[kind] - present
            assert not missing, f"reported {kind} ids {sorted(missing)} missing {where}"
    # The program opens the database as it would after the crash (a new engine, the revision
    # check) and reads through the services.
    again = Database(db.url)
    try:
        with again.reader() as session:
            chain = audit_service.verify_chain(session)
            assert chain.ok, f"{chain.describe()} {where}"
            assert result_service.count_records(session, reader) >= len(tally.reported["result"])
            usage_service.running_sessions(session, reader)
    finally:
        again.dispose()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_sigkilled_writer_leaves_a_whole_database(
    db: Database,
    manager: Actor,
    technician: Actor,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lab = prepare_lab(db, manager, technician)
    context = forkserver()
    base_seed = random.randrange(1_000_000)
    rng = random.Random(base_seed)
    tally = Tally()
    started = time.monotonic()
    for round_ in range(KILLS):
        seed = base_seed + round_
        lines = kill_one_stream(context, lab, seed, rng.uniform(*DELAY_S))
        tally.kills += 1
        events = lines[lines.index("ready") + 1 :]
        if not any(not line.startswith("begin ") for line in events):
            tally.before_first_commit += 1
        if events and events[-1].startswith("begin "):
            tally.inside_unit_of_work += 1
        for line in events:
            kind, _sep, value = line.partition(" ")
            if kind != "begin":
                tally.reported[kind].add(int(value))
        checked_from = time.monotonic()
        check_database(db, manager, tally, seed)
        tally.checking_s += time.monotonic() - checked_from
    elapsed = time.monotonic() - started
    ids = sum(len(ids) for ids in tally.reported.values())
    print(
        f"crash safety ({db.engine.dialect.name}, seed {base_seed}): {tally.kills} kills in "
        f"{elapsed:.1f} s ({tally.checking_s:.1f} s checking), {ids} reported ids checked "
        + ", ".join(f"{k} {len(v)}" for k, v in sorted(tally.reported.items()))
        + f"; {tally.inside_unit_of_work} kills inside a unit of work, "
        f"{tally.before_first_commit} before the first commit"
    )
    assert tally.kills >= 20 and ids > 0
    # The random delays really cut streams at work, not only between runs.
    assert tally.inside_unit_of_work > 0

    # The real window opens on the database the kills left behind.
    from itc_desktop.ui import background
    from itc_desktop.ui.background import BackgroundRunner
    from itc_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(background, "SYNCHRONOUS", True)
    monkeypatch.setattr(background, "_default_runner", None)
    again = Database(db.url)
    try:
        window = MainWindow(again, manager, runner=BackgroundRunner(synchronous=True))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        with again.reader() as session:
            records = result_service.count_records(session, manager)
        window.show_page("results")  # the records the kills left are listed
        page = window.page_widget("results")
        qtbot.waitUntil(lambda: page.count_label.text().startswith(f"{records} "), timeout=5000)
        window.close()
    finally:
        again.dispose()


def test_the_checks_see_a_half_written_record_and_a_lost_id(
    db: Database, manager: Actor, technician: Actor
) -> None:
    """The checks above are not blind: a result whose values were removed behind the
    program's back, and an id reported but never committed, are both named."""
    lab = prepare_lab(db, manager, technician)
    with db.transaction(technician) as session:
        record_id = result_service.create_record(
            session, technician, hardness_record(lab, random.Random(1))
        )
    tally = Tally()
    tally.reported["result"].add(record_id)
    check_database(db, manager, tally, seed=0)
    tally.reported["job"].add(999_999)
    with pytest.raises(AssertionError, match=r"reported job ids \[999999\] missing"):
        check_database(db, manager, tally, seed=0)
    tally.reported["job"].clear()
    with outside(db) as conn:
        conn.execute(text("DELETE FROM test_values WHERE record_id = :id"), {"id": record_id})
    with pytest.raises(AssertionError, match="a result without its values"):
        check_database(db, manager, tally, seed=0)
