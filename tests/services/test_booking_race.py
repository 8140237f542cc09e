"""Two processes race for one machine on one database (a SQLite file, or PostgreSQL with
--backend postgresql) — for the very same slot and for slots overlapping by an hour — through
the service: exactly one wins each round, the other gets the conflict naming the winner, and
the table never holds an overlap — also when the service's own check is blinded and only the
database decides (SQLite's trigger, PostgreSQL's exclusion constraint)."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import pytest
from sqlalchemy import text

from itc_desktop.db import Actor, Database
from tests.services.booking_race_worker import race
from tests.services.bookings_support import at, next_monday
from tests.services.equipment_support import make_equipment

ROUNDS = 30


@pytest.mark.parametrize("blind", [False, True], ids=["service-check", "trigger-only"])
@pytest.mark.parametrize(
    "later", [timedelta(0), timedelta(hours=1)], ids=["same-slot", "overlapping-slot"]
)
def test_two_processes_race_for_the_same_slot(
    db: Database, manager: Actor, technician: Actor, blind: bool, later: timedelta
) -> None:
    lathe = make_equipment(db, manager)
    first = at(next_monday(), 7)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    sides = [
        context.Process(
            target=race,
            args=(db.url, actor, lathe, first, ROUNDS, offset, blind, barrier, results),
        )
        for actor, offset in ((manager, timedelta(0)), (technician, later))
    ]
    for side in sides:
        side.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for side in sides:
        side.join(timeout=60)
        assert side.exitcode == 0
    errors = [o for o in outcomes if o[1] == "error"]
    assert errors == []
    by_round: dict[int, list[tuple[int, str, int | None, str]]] = {}
    for outcome in outcomes:
        by_round.setdefault(outcome[0], []).append(outcome)
    assert sorted(by_round) == list(range(ROUNDS))
    for number, pair in by_round.items():
        kinds = sorted(kind for _n, kind, _id, _msg in pair)
        assert kinds == ["conflict", "won"], (number, pair)
        won = next(p for p in pair if p[1] == "won")
        lost = next(p for p in pair if p[1] == "conflict")
        assert lost[2] == won[2]  # the loser is told which booking won
        assert "is already booked by" in lost[3]
    with db.engine.connect() as conn:
        overlaps = conn.execute(
            text(
                "SELECT count(*) FROM bookings a JOIN bookings b "
                "ON a.equipment_id = b.equipment_id AND a.id < b.id "
                "AND a.status = 'confirmed' AND b.status = 'confirmed' "
                "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
            )
        ).scalar_one()
        total = conn.execute(text("SELECT count(*) FROM bookings")).scalar_one()
    assert overlaps == 0
    assert total == ROUNDS
