"""Usage report figures against a plain recomputation on generated data: sessions and
bookings crossing both ends of the period, running sessions, zero-length sessions, overlapping
downtime (records, windows, open and cancelled), no-shows, selections and refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from itc_desktop.db import Actor, Database
from itc_desktop.models.bookings import Booking
from itc_desktop.models.equipment import Equipment, MaintenanceRecord, UsageSession
from itc_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from itc_desktop.services.usage_report import (
    UsageFigures,
    epoch_seconds,
    merge_intervals,
    named_period,
    overlap_seconds,
    usage_figures,
)
from tests.services.usage_report_support import (
    DATE_FROM,
    DATE_TO,
    NOW,
    P0,
    P1,
    Generated,
    cents,
    generate,
    recompute,
)

TOL = 1e-6


def _figures(db: Database, actor: Actor, **kwargs: object) -> UsageFigures:
    with db.reader() as session:
        return usage_figures(session, actor, DATE_FROM, DATE_TO, now=NOW, **kwargs)  # type: ignore[arg-type]


def _check_against(figures: UsageFigures, g: Generated, ids: list[int]) -> None:
    expected = recompute(g, ids)
    assert [e.equipment_id for e in figures.equipment] == sorted(ids)
    for item in figures.equipment:
        want = expected["equipment"][item.equipment_id]
        assert item.used_hours == pytest.approx(want["used"], abs=TOL), item.asset_tag
        assert item.booked_hours == pytest.approx(want["booked"], abs=TOL), item.asset_tag
        assert item.sessions == want["sessions"]
        assert item.running_sessions == want["running"]
        assert item.no_shows == want["no_shows"]
        assert item.opening_hours == pytest.approx(want["opening"], abs=TOL)
        assert item.downtime_hours == pytest.approx(want["downtime"], abs=TOL), item.asset_tag
        assert item.downtime_total_hours == pytest.approx(want["downtime_total"], abs=TOL)
        assert item.available_hours == pytest.approx(want["available"], abs=TOL)
        assert item.utilization == pytest.approx(want["used"] / want["available"], abs=1e-9)
        if want["has_energy"]:
            assert item.energy_kwh == pytest.approx(want["energy"], abs=1e-6)
        else:
            assert item.energy_kwh is None
    companies = {c.company_id: c for c in figures.companies}
    assert set(companies) == set(expected["companies"])
    for key, want in expected["companies"].items():
        got = companies[key]
        assert got.hours == pytest.approx(want["hours"], abs=TOL)
        assert got.jobs == len(want["jobs"])
        assert got.unpriced_hours == pytest.approx(want["unpriced"], abs=TOL)
        assert dict(got.costs) == {c: cents(v) for c, v in want["costs"].items() if v > 0}
        assert got.name == (g.company_names[key] if key else "Not linked to a job")
    operators = {o.user_id: o for o in figures.operators}
    assert set(operators) == set(expected["operators"])
    for key, want in expected["operators"].items():
        assert operators[key].hours == pytest.approx(want["hours"], abs=TOL)
        assert operators[key].sessions == want["sessions"]
    assert [m.month for m in figures.months] == [date(2026, 3, 1), date(2026, 4, 1)]
    for month in figures.months:
        want = expected["months"].get(month.month, {"used": 0.0, "booked": 0.0})
        assert month.used_hours == pytest.approx(want["used"], abs=TOL)
        assert month.booked_hours == pytest.approx(want["booked"], abs=TOL)
    totals = figures.totals
    assert totals.used_hours == pytest.approx(sum(e.used_hours for e in figures.equipment))
    assert totals.used_hours == pytest.approx(sum(m.used_hours for m in figures.months), abs=TOL)
    assert totals.used_hours == pytest.approx(sum(c.hours for c in figures.companies), abs=TOL)
    assert totals.sessions == sum(want["sessions"] for want in expected["equipment"].values())
    assert totals.no_shows == sum(want["no_shows"] for want in expected["equipment"].values())


@pytest.fixture
def lab(db: Database, admin: Actor, manager: Actor, technician: Actor) -> Generated:
    return generate(db, admin, [admin, manager, technician], seed=7)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_figures_agree_with_a_recomputation(
    db: Database, admin: Actor, manager: Actor, technician: Actor, seed: int
) -> None:
    g = generate(db, admin, [admin, manager, technician], seed=seed)
    figures = _figures(db, manager)
    _check_against(figures, g, list(g.equipment.values()))
    # The generator really made the edge cases the comparison is about.
    crossing = [
        r for r in g.sessions
        if r["stopped_at"] and (r["started_at"] < P0 < r["stopped_at"]
                                or r["started_at"] < P1 < r["stopped_at"])
    ]  # fmt: skip
    assert crossing and any(r["stopped_at"] is None for r in g.sessions)
    assert figures.totals.downtime_hours > 0 and figures.totals.no_shows > 0
    assert figures.totals.running_sessions > 0


def test_selection_by_tags_and_by_category(db: Database, admin: Actor, lab: Generated) -> None:
    tags = ["ITC-0003", "ITC-0001"]
    figures = _figures(db, admin, equipment_tags=tags)
    _check_against(figures, lab, [lab.equipment[t] for t in tags])
    assert figures.equipment_tags == tuple(tags)
    machine_tools = _figures(db, admin, category="machine_tool")
    _check_against(machine_tools, lab, [lab.equipment["ITC-0001"], lab.equipment["ITC-0002"]])
    assert {e.category for e in machine_tools.equipment} == {"machine_tool"}
    both = _figures(db, admin, equipment_tags=["ITC-0002"], category="machine_tool")
    assert [e.asset_tag for e in both.equipment] == ["ITC-0002"]


def test_the_parts_of_a_session_inside_the_period(db: Database, admin: Actor) -> None:
    """Known numbers: only the part inside counts; a running session counts up to now."""
    with db.transaction(admin) as s:
        item = Equipment(
            asset_tag="ITC-0100", name="Šlajferica", category="machine_tool",
            hourly_rate=60, nominal_power_kw=10,
        )  # fmt: skip
        s.add(item)
        s.flush()
        # 3 h before the start, 2 h inside (energy 50 kWh over 5 h -> 20 kWh inside)
        s.add(UsageSession(equipment_id=item.id, operator_id=admin.id,
                           started_at=P0 - timedelta(hours=3), stopped_at=P0 + timedelta(hours=2),
                           energy_kwh=50))  # fmt: skip
        # 1.5 h inside, 4 h after the end
        s.add(UsageSession(equipment_id=item.id, operator_id=admin.id,
                           started_at=P1 - timedelta(hours=1.5), stopped_at=P1 + timedelta(hours=4),
                           energy_kwh=55))  # fmt: skip
        # entirely before and exactly ending at the start: not in the period
        s.add(UsageSession(equipment_id=item.id, operator_id=admin.id,
                           started_at=P0 - timedelta(hours=5), stopped_at=P0))  # fmt: skip
        # running since 10 h before now: 10 h, energy estimated from the nominal power
        s.add(UsageSession(equipment_id=item.id, operator_id=admin.id,
                           started_at=NOW - timedelta(hours=10)))  # fmt: skip
        # a blocking incident, 2 days, open: until now
        s.add(MaintenanceRecord(equipment_id=item.id, kind="incident", blocking=True,
                                started_at=NOW - timedelta(days=2),
                                description="Kvar"))  # fmt: skip
    [figures] = _figures(db, admin).equipment
    assert figures.used_hours == pytest.approx(2 + 1.5 + 10, abs=TOL)
    assert figures.sessions == 3 and figures.running_sessions == 1
    assert figures.energy_kwh == pytest.approx(20 + 55 * 1.5 / 5.5 + 100, abs=1e-9)
    assert figures.downtime_total_hours == pytest.approx(48, abs=TOL)
    # 48 h back from Monday 20 April 10:30 UTC (12:30 local): Sat 18 April 12:30 local ->
    # 1.5 h of Saturday's 08-14, Sunday closed, Monday 07:00-12:30 = 5.5 h.
    assert figures.downtime_hours == pytest.approx(7, abs=TOL)
    assert figures.available_hours == pytest.approx(figures.opening_hours - 7, abs=TOL)
    [company] = _figures(db, admin).companies
    assert company.company_id is None and company.costs == (("EUR", cents(13.5 * 60)),)


def test_sessions_and_bookings_that_start_long_before_the_period(
    db: Database, admin: Actor
) -> None:
    """The period's rows are read as ranges of indexes (revision 0008): what starts in the
    period, and what started before it and runs into it however long ago. Both parts count,
    with or without a selection; an instant's microseconds count to the microsecond."""
    day = timedelta(days=1)
    with db.transaction(admin) as s:
        furnace = Equipment(asset_tag="ITC-0200", name="Пећ", category="furnace",
                            hourly_rate=10, nominal_power_kw=4)  # fmt: skip
        press = Equipment(asset_tag="ITC-0201", name="Prés ő", category="machine_tool")
        s.add_all([furnace, press])
        s.flush()
        # 40 days before the start until 3 h after it: 3 h inside, 100 kWh of 963 h.
        s.add(UsageSession(equipment_id=furnace.id, operator_id=admin.id,
                           started_at=P0 - 40 * day, stopped_at=P0 + timedelta(hours=3),
                           energy_kwh=100))  # fmt: skip
        # .9997 s past a whole second: 1 h less 0.9997 s (not 1.9997 s).
        s.add(UsageSession(equipment_id=furnace.id, operator_id=admin.id,
                           started_at=P0 + timedelta(hours=5, seconds=0.9997),
                           stopped_at=P0 + timedelta(hours=6)))  # fmt: skip
        # Running since a year before the period: counts from the start up to now.
        s.add(UsageSession(equipment_id=press.id, operator_id=admin.id,
                           started_at=P0 - 365 * day))  # fmt: skip
        # Ended long before: not in the period.
        s.add(UsageSession(equipment_id=press.id, operator_id=admin.id,
                           started_at=P0 - 400 * day, stopped_at=P0 - 399 * day))  # fmt: skip
        # A week's booking ending 53 days before the start: none; a month's over the start:
        # 2 days inside.
        for first, last in ((P0 - 60 * day, P0 - 53 * day), (P0 - 30 * day, P0 + 2 * day)):
            s.add(Booking(equipment_id=furnace.id, booked_for_id=admin.id,
                          created_by_id=admin.id, starts_at=first, ends_at=last,
                          status="completed"))  # fmt: skip
    inside = 3 + 1 - 0.9997 / 3600
    running = (NOW - P0) / timedelta(hours=1)
    for selection in ({}, {"equipment_tags": ["ITC-0200", "ITC-0201"]}):
        figures = _figures(db, admin, **selection)  # type: ignore[arg-type]
        by_tag = {e.asset_tag: e for e in figures.equipment}
        oven, press_usage = by_tag["ITC-0200"], by_tag["ITC-0201"]
        assert oven.sessions == 2 and oven.used_hours == pytest.approx(inside, abs=TOL)
        assert oven.energy_kwh == pytest.approx(100 * 3 / (40 * 24 + 3), abs=1e-9)
        assert oven.booked_hours == pytest.approx(48, abs=TOL)
        assert press_usage.sessions == 1 and press_usage.running_sessions == 1
        assert press_usage.used_hours == pytest.approx(running, abs=TOL)
        assert press_usage.energy_kwh is None  # no nominal power, nothing recorded
        # March 2026 in Budapest: 31 days less the hour of the spring DST change.
        assert figures.months[0].used_hours == pytest.approx(inside + 31 * 24 - 1, abs=TOL)
        assert figures.months[0].booked_hours == pytest.approx(48, abs=TOL)
        [operator] = figures.operators
        assert operator.sessions == 3
        assert operator.hours == pytest.approx(inside + running, abs=TOL)
        [company] = figures.companies
        assert company.hours == pytest.approx(inside + running, abs=TOL)
        assert company.costs == (("EUR", cents(inside * 10)),)
        assert company.unpriced_hours == pytest.approx(running, abs=TOL)


def test_an_empty_period_has_zeros_and_no_rows(db: Database, admin: Actor, lab: Generated) -> None:
    with db.reader() as session:
        figures = usage_figures(session, admin, date(2020, 1, 1), date(2020, 1, 31), now=NOW)
    assert len(figures.equipment) == len(lab.equipment)
    assert all(e.used_hours == 0 and e.sessions == 0 and e.booked_hours == 0
               for e in figures.equipment)  # fmt: skip
    assert figures.companies == () and figures.operators == ()
    assert [m.used_hours for m in figures.months] == [0.0]
    assert figures.totals.costs == ()
    # January 2020 is over: 23 weekdays x 12 h + 4 Saturdays x 6 h
    assert figures.equipment[0].opening_hours == pytest.approx(23 * 12 + 4 * 6)


def test_a_future_period_has_nothing_available_yet(
    db: Database, admin: Actor, lab: Generated
) -> None:
    with db.reader() as session:
        figures = usage_figures(session, admin, date(2027, 1, 1), date(2027, 1, 31), now=NOW)
    assert figures.totals.available_hours == 0 and figures.totals.utilization is None


def test_retired_equipment_only_with_something_in_the_period(
    db: Database, admin: Actor, lab: Generated
) -> None:
    with db.transaction(admin) as s:
        s.add(Equipment(asset_tag="ITC-0900", name="Old", category="other", status="retired"))
        s.get(Equipment, lab.equipment["ITC-0005"]).status = "retired"
    tags = [e.asset_tag for e in _figures(db, admin).equipment]
    assert "ITC-0900" not in tags and "ITC-0005" in tags
    assert [e.asset_tag for e in _figures(db, admin, equipment_tags=["ITC-0900"]).equipment] == []


def test_refusals(db: Database, admin: Actor, technician: Actor, lab: Generated) -> None:
    with db.reader() as session:
        with pytest.raises(ValidationError, match=r"ends \(2026-02-01\) before it starts"):
            usage_figures(session, admin, date(2026, 3, 1), date(2026, 2, 1))
        with pytest.raises(ValidationError, match="at most 10 years"):
            usage_figures(session, admin, date(2010, 1, 1), date(2026, 1, 1))
        with pytest.raises(ValidationError, match="one of machine_tool"):
            usage_figures(session, admin, DATE_FROM, DATE_TO, category="boats")
        with pytest.raises(NotFound, match="ITC-9999"):
            usage_figures(session, admin, DATE_FROM, DATE_TO, equipment_tags=["ITC-9999"])
        with pytest.raises(ValidationError, match="ITC-0003 is not equipment of the category"):
            usage_figures(
                session, admin, DATE_FROM, DATE_TO,
                equipment_tags=["ITC-0003"], category="machine_tool",
            )  # fmt: skip
        with pytest.raises(PermissionDenied):
            usage_figures(session, technician, DATE_FROM, DATE_TO)


def test_interval_helpers() -> None:
    t = datetime(2026, 1, 1, tzinfo=UTC)
    h = timedelta(hours=1)
    assert merge_intervals([(t + 3 * h, t + 4 * h), (t, t + 2 * h), (t + h, t + 3 * h)]) == [
        (t, t + 4 * h)
    ]
    assert overlap_seconds([(t, t + 2 * h), (t + 5 * h, t + 6 * h)], [(t + h, t + 5.5 * h)]) == (
        1.5 * 3600
    )


def test_epoch_seconds_sql_for_both_databases() -> None:
    expr = epoch_seconds(UsageSession.started_at, "postgresql")
    text = str(expr.compile(dialect=postgresql.dialect()))
    assert "EXTRACT(epoch FROM usage_sessions.started_at)" in text
    text = str(epoch_seconds(UsageSession.started_at, "sqlite").compile(dialect=sqlite.dialect()))
    assert "strftime" in text and "substr(usage_sessions.started_at" in text
    with pytest.raises(ValueError, match="SQLite and PostgreSQL"):
        epoch_seconds(UsageSession.started_at, "mysql")


def test_the_session_query_compiles_for_postgresql() -> None:
    """No PostgreSQL driver ships with the tests: check the SQL the dialect gets."""
    from itc_desktop.services.usage_report import _clipped, _Period, _session_rows

    period = _Period(P0, P1, NOW, ())
    rows = _session_rows([1, 2], period, "postgresql")
    text = str(rows.select().compile(dialect=postgresql.dialect()))
    assert "EXTRACT(epoch FROM usage_sessions.started_at)" in text and "LIMIT" not in text
    clipped = str(_clipped(rows.c.s, rows.c.e, 0.0, 1.0, "postgresql").compile(
        dialect=postgresql.dialect()))  # fmt: skip
    assert "greatest(least(" in clipped.lower()
    # SQLite's unary + keeps "started before the period" off the indexes; PostgreSQL's
    # planner needs no such hint (and + of a timestamp is no PostgreSQL operator).
    assert "+usage_sessions" not in text
    sqlite_rows = _session_rows(None, period, "sqlite").select()
    assert "+usage_sessions.started_at <" in str(sqlite_rows.compile(dialect=sqlite.dialect()))


@pytest.mark.parametrize(
    ("kind", "year", "part", "first", "last"),
    [
        ("month", 2024, 2, date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        ("month", 2026, 12, date(2026, 12, 1), date(2026, 12, 31)),
        ("quarter", 2026, 1, date(2026, 1, 1), date(2026, 3, 31)),
        ("quarter", 2026, 4, date(2026, 10, 1), date(2026, 12, 31)),
        ("year", 2025, 1, date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_named_periods(kind: str, year: int, part: int, first: date, last: date) -> None:
    assert named_period(kind, year, part) == (first, last)


@pytest.mark.parametrize(
    ("kind", "part"), [("month", 13), ("month", 0), ("quarter", 5), ("week", 1)]
)
def test_impossible_named_periods_are_refused(kind: str, part: int) -> None:
    with pytest.raises(ValidationError):
        named_period(kind, 2026, part)
