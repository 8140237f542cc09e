"""The dashboard summary, and the demo equipment (fast, consistent, audit chain intact)."""

from __future__ import annotations

import random
import time
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from itc_desktop import demo
from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import Equipment, Qualification, UsageSession
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.audit import verify_chain
from itc_desktop.services.dashboard import equipment_summary
from itc_desktop.services.maintenance import PlanState
from tests.services.equipment_support import hours_ago, make_equipment, make_instrument


def test_summary_lists_what_needs_attention(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    press = make_equipment(db, manager, "ITC-0004", name="Press brake")
    make_instrument(db, manager, "ITC-0101", calibrated_days_ago=10)
    make_instrument(db, manager, "ITC-0102", calibrated_days_ago=350)
    make_instrument(db, manager, "ITC-0103", calibrated_days_ago=400)
    make_instrument(db, manager, "ITC-0104", calibrated_days_ago=None)
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, lathe, started_at=hours_ago(14))
        maintenance_service.record_maintenance(
            session,
            technician,
            press,
            kind="incident",
            blocking=True,
            started_at=hours_ago(1),
            description="Hydraulic hose burst",
        )
    with db.transaction(manager) as session:
        maintenance_service.create_plan(
            session,
            manager,
            lathe,
            description="Coolant change",
            interval_days=30,
            last_done_at=utcnow() - timedelta(days=40),
        )
        maintenance_service.create_plan(
            session,
            manager,
            lathe,
            description="Lubrication",
            interval_hours=Decimal("500"),
        )
    with db.reader() as session:
        summary = equipment_summary(session, technician)
    assert [(r.asset_tag, r.forgotten) for r in summary.running] == [("ITC-0001", True)]
    assert [r.asset_tag for r in summary.forgotten] == ["ITC-0001"]
    assert [s.asset_tag for s in summary.out_of_calibration] == ["ITC-0103", "ITC-0104"]
    assert [s.asset_tag for s in summary.calibration_due_soon] == ["ITC-0102"]
    assert [(p.description, p.state) for p in summary.maintenance_due] == [
        ("Coolant change", PlanState.OVERDUE)
    ]
    assert [e.asset_tag for e in summary.out_of_service] == ["ITC-0004"]


def test_demo_equipment_is_fast_consistent_and_audited(db: Database) -> None:
    with db.transaction() as session:
        ctx = demo.DemoContext(session=session, rng=random.Random(2026))
        for step in demo.DEMO_STEPS:
            started = time.perf_counter()
            step(ctx)
            if step.__name__ == "demo_equipment":
                assert time.perf_counter() - started < 4.0
    manager = Actor(0, "manager", "", "manager")
    with db.reader() as session:
        assert verify_chain(session).ok
        assert session.scalar(select(func.count()).select_from(Equipment)) == 15
        sessions = session.scalar(select(func.count()).select_from(UsageSession)) or 0
        assert 800 < sessions < 3000
        summary = equipment_summary(session, manager)
        # Every finished session's operator was qualified on that day.
        unqualified = session.execute(
            select(UsageSession.id)
            .join(Equipment, Equipment.id == UsageSession.equipment_id)
            .where(
                Equipment.requires_qualification.is_(True),
                ~select(Qualification.id)
                .where(
                    Qualification.user_id == UsageSession.operator_id,
                    Qualification.equipment_id == UsageSession.equipment_id,
                    Qualification.valid_until >= func.date(UsageSession.started_at),
                )
                .exists(),
            )
        ).all()
    assert unqualified == []
    assert len(summary.running) == 1 and summary.running[0].asset_tag == "ITC-0001"
    assert [s.asset_tag for s in summary.out_of_calibration] == ["ITC-0014"]
    assert [s.asset_tag for s in summary.calibration_due_soon] == ["ITC-0008"]
    assert [e.asset_tag for e in summary.out_of_service] == ["ITC-0006"]
    assert {p.state for p in summary.maintenance_due} == {PlanState.DUE, PlanState.OVERDUE}
    with db.reader() as session:
        months = usage_service.monthly_hours(session, manager, summary.running[0].equipment_id)
    # Every full month of the year has use; the current one may not yet (say on the 1st, or
    # after a few working days the random year happened to leave idle).
    assert len(months) == 12
    assert all(m.hours > 0 for m in months[:-1])


def test_fill_demo_on_a_fresh_database(db: Database) -> None:
    assert demo.fill_demo(db) is True
    with db.reader() as session:
        assert verify_chain(session).ok
        assert session.scalar(select(func.count()).select_from(Equipment)) == 15
    assert demo.fill_demo(db) is False
