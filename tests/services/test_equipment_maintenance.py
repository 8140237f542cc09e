"""Maintenance plans (due by days, by operating hours), records, and the out-of-service rule."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import maintenance as maintenance_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.errors import InvalidTransition, PermissionDenied, ValidationError
from itc_desktop.services.maintenance import PlanState
from tests.services.equipment_support import hours_ago, make_equipment


def _status(db: Database, actor: Actor, equipment_id: int) -> str:
    with db.reader() as session:
        return equipment_service.get_equipment(session, actor, equipment_id).status


def _plans(db: Database, actor: Actor, equipment_id: int) -> list[maintenance_service.PlanStatus]:
    with db.reader() as session:
        return maintenance_service.list_plans(session, actor, equipment_id)


def test_plan_due_by_days(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    now = utcnow()
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        maintenance_service.create_plan(
            session, technician, lathe, description="Lubrication", interval_days=30
        )
    with db.transaction(manager) as session:
        ok = maintenance_service.create_plan(
            session,
            manager,
            lathe,
            description="Way lubrication check",
            interval_days=30,
            last_done_at=now - timedelta(days=10),
        )
        due = maintenance_service.create_plan(
            session,
            manager,
            lathe,
            description="Coolant change",
            interval_days=90,
            last_done_at=now - timedelta(days=85),
        )
        overdue = maintenance_service.create_plan(
            session,
            manager,
            lathe,
            description="Annual geometry check",
            interval_days=365,
            last_done_at=now - timedelta(days=380),
        )
    by_id = {p.plan_id: p for p in _plans(db, manager, lathe)}
    assert (by_id[ok].state, by_id[ok].days_left) == (PlanState.OK, 20)
    assert (by_id[due].state, by_id[due].days_left) == (PlanState.DUE, 5)
    assert (by_id[overdue].state, by_id[overdue].days_left) == (PlanState.OVERDUE, -15)
    with db.reader() as session:
        listed = maintenance_service.due_plans(session, technician)
    assert [p.description for p in listed] == ["Annual geometry check", "Coolant change"]


def test_plan_due_by_operating_hours_from_the_usage_log(
    db: Database, manager: Actor, technician: Actor
) -> None:
    mill = make_equipment(db, manager, "ITC-0002", name="5-axis milling centre")
    with db.transaction(manager) as session:
        plan = maintenance_service.create_plan(
            session,
            manager,
            mill,
            description="Spindle service",
            interval_hours=Decimal("10"),
            last_done_at=utcnow() - timedelta(days=3),
        )
    assert _plans(db, manager, mill)[0].hours_since == Decimal("0")
    with db.transaction(technician) as session:
        # Before the last service: not counted.
        old = usage_service.start_use(session, technician, mill, started_at=hours_ago(100))
        usage_service.stop_use(session, technician, old, stopped_at=hours_ago(90))
        # 6 wall-clock hours.
        first = usage_service.start_use(session, technician, mill, started_at=hours_ago(30))
        usage_service.stop_use(session, technician, first, stopped_at=hours_ago(24))
        # 4 metered operating hours in a 5-hour session.
        second = usage_service.start_use(
            session, technician, mill, started_at=hours_ago(10), meter_start=Decimal("100")
        )
        usage_service.stop_use(
            session, technician, second, stopped_at=hours_ago(5), meter_stop=Decimal("104")
        )
    status = _plans(db, manager, mill)[0]
    assert status.plan_id == plan
    assert status.hours_since == Decimal("10")
    assert status.hours_left == Decimal("0")
    assert status.state == PlanState.DUE
    assert status.next_due_date is None
    with db.transaction(technician) as session:
        third = usage_service.start_use(session, technician, mill, started_at=hours_ago(4))
        usage_service.stop_use(session, technician, third, stopped_at=hours_ago(3))
    assert _plans(db, manager, mill)[0].state == PlanState.OVERDUE
    # Doing the planned work resets the count.
    with db.transaction(technician) as session:
        maintenance_service.record_maintenance(
            session,
            technician,
            mill,
            kind="preventive",
            started_at=hours_ago(2),
            ended_at=hours_ago(1),
            description="Spindle bearings greased, runout 2 µm",
            plan_id=plan,
        )
    status = _plans(db, manager, mill)[0]
    assert status.state == PlanState.OK and status.hours_since == Decimal("0")
    assert status.last_done_at is not None


def test_plan_validation(db: Database, manager: Actor) -> None:
    lathe = make_equipment(db, manager)
    with db.transaction(manager) as session, pytest.raises(ValidationError) as caught:
        maintenance_service.create_plan(session, manager, lathe, description=" ")
    assert set(caught.value.errors) == {"Description", "Interval"}
    with db.transaction(manager) as session, pytest.raises(ValidationError) as caught:
        maintenance_service.create_plan(
            session, manager, lathe, description="x", interval_days=0, interval_hours=Decimal(-5)
        )
    assert set(caught.value.errors) == {"Every N days", "Every N operating hours"}


def test_blocking_incident_takes_out_of_service_until_a_manager_returns_it(
    db: Database, admin: Actor, manager: Actor, technician: Actor
) -> None:
    press = make_equipment(db, manager, "ITC-0005", name="Press brake")
    with db.transaction(technician) as session:
        record_id = maintenance_service.record_maintenance(
            session,
            technician,
            press,
            kind="incident",
            started_at=utcnow() - timedelta(minutes=30),
            description="Light curtain does not stop the ram",
            blocking=True,
        )
    assert _status(db, manager, press) == "out_of_service"
    with db.transaction(technician) as session, pytest.raises(InvalidTransition) as caught:
        usage_service.start_use(session, technician, press)
    assert "out of service (Blocking incident: Light curtain does not stop the ram)" in str(
        caught.value
    )
    for somebody in (technician, admin):
        with db.transaction(somebody) as session, pytest.raises(PermissionDenied):
            maintenance_service.return_to_service(session, somebody, press, "looks fine")
    with db.transaction(manager) as session, pytest.raises(ValidationError, match="Note"):
        maintenance_service.return_to_service(session, manager, press, "")
    with db.transaction(manager) as session:
        maintenance_service.return_to_service(
            session, manager, press, "Light curtain replaced by Sick service; tested 10×."
        )
    assert _status(db, manager, press) == "available"
    with db.transaction(manager) as session, pytest.raises(InvalidTransition):
        maintenance_service.return_to_service(session, manager, press, "again")
    with db.reader() as session:
        records = maintenance_service.list_records(session, technician, press)
        history = equipment_service.status_history(session, manager, press)
    assert records[0].id == record_id and records[0].ended_at is not None  # downtime closed
    assert records[0].performed_by == "Szőke Bence"
    assert [(h.to_status, h.changed_by) for h in history] == [
        ("available", "Petrović Đorđe"),
        ("out_of_service", "Szőke Bence"),
    ]
    assert history[0].note == "Light curtain replaced by Sick service; tested 10×."
    assert history[1].maintenance_record_id == record_id
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, press)


def test_open_maintenance_blocks_use_until_finished(
    db: Database, manager: Actor, technician: Actor
) -> None:
    cmm = make_equipment(db, manager, "ITC-0010", name="CMM")
    with db.transaction(technician) as session:
        record_id = maintenance_service.record_maintenance(
            session,
            technician,
            cmm,
            kind="corrective",
            started_at=utcnow() - timedelta(hours=1),
            description="Probe head replacement",
            external_company="Zeiss Hungária Kft.",
            cost=Decimal("1250.00"),
            currency="EUR",
        )
    assert _status(db, manager, cmm) == "maintenance"
    with db.transaction(technician) as session, pytest.raises(InvalidTransition, match="maint"):
        usage_service.start_use(session, technician, cmm)
    with db.transaction(technician) as session:
        maintenance_service.finish_maintenance(session, technician, record_id)
    assert _status(db, manager, cmm) == "available"
    with db.transaction(technician) as session, pytest.raises(InvalidTransition):
        maintenance_service.finish_maintenance(session, technician, record_id)
    with db.reader() as session:
        row = maintenance_service.list_records(session, manager, cmm)[0]
    assert row.performed_by is None and row.external_company == "Zeiss Hungária Kft."
    assert row.cost == Decimal("1250.00") and row.downtime is not None


def test_record_validation(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    other = make_equipment(db, manager, "ITC-0002")
    with db.transaction(manager) as session:
        other_plan = maintenance_service.create_plan(
            session, manager, other, description="x", interval_days=10
        )
    now = utcnow()
    with db.transaction(technician) as session, pytest.raises(ValidationError) as caught:
        maintenance_service.record_maintenance(
            session,
            technician,
            lathe,
            kind="preventive",
            started_at=now,
            ended_at=now - timedelta(hours=1),
            description="",
            blocking=True,
            cost=Decimal("-3"),
            currency="USD",
            plan_id=other_plan,
        )
    assert set(caught.value.errors) == {
        "Description",
        "End",
        "Blocking",
        "Cost",
        "Currency",
        "Plan",
    }
    assert caught.value.errors["Blocking"] == "only an incident can block the equipment"
    with db.transaction(technician) as session, pytest.raises(ValidationError, match="Kind"):
        maintenance_service.record_maintenance(
            session, technician, lathe, kind="sabotage", started_at=now, description="x"
        )
    assert _status(db, manager, lathe) == "available"


def test_edit_and_deactivate_a_plan_and_finish_planned_work(
    db: Database, manager: Actor, technician: Actor
) -> None:
    furnace = make_equipment(db, manager, "ITC-0012", name="Furnace", category="furnace")
    with db.transaction(manager) as session:
        plan = maintenance_service.create_plan(
            session,
            manager,
            furnace,
            description="Thermocouple check",
            interval_days=180,
            last_done_at=utcnow() - timedelta(days=200),
        )
    assert _plans(db, manager, furnace)[0].state == PlanState.OVERDUE
    with db.transaction(technician) as session:
        record = maintenance_service.record_maintenance(
            session,
            technician,
            furnace,
            kind="preventive",
            started_at=hours_ago(2),
            description="Type S thermocouple compared with the reference",
            plan_id=plan,
        )
    assert _status(db, manager, furnace) == "maintenance"
    assert _plans(db, manager, furnace)[0].state == PlanState.OVERDUE  # not done yet
    with db.transaction(technician) as session:
        maintenance_service.finish_maintenance(session, technician, record)
    status = _plans(db, manager, furnace)[0]
    assert (status.state, status.days_left) == (PlanState.OK, 180)
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        maintenance_service.update_plan(
            session, technician, plan, description="x", interval_days=90, interval_hours=None
        )
    with db.transaction(manager) as session:
        maintenance_service.update_plan(
            session,
            manager,
            plan,
            description="Thermocouple check (type S)",
            interval_days=90,
            interval_hours=None,
            active=False,
        )
    assert _plans(db, manager, furnace) == []
    with db.reader() as session:
        inactive = maintenance_service.list_plans(session, manager, furnace, include_inactive=True)
    assert [(p.description, p.interval_days, p.active) for p in inactive] == [
        ("Thermocouple check (type S)", 90, False)
    ]


def test_finish_refuses_an_end_before_the_start_or_in_the_future(
    db: Database, manager: Actor, technician: Actor
) -> None:
    cmm = make_equipment(db, manager, "ITC-0010", name="CMM")
    with db.transaction(technician) as session:
        record_id = maintenance_service.record_maintenance(
            session,
            technician,
            cmm,
            kind="corrective",
            started_at=hours_ago(2),
            description="Probe head replacement",
        )
    for ended_at in (hours_ago(3), utcnow() + timedelta(hours=1)):
        with db.transaction(technician) as session, pytest.raises(ValidationError) as caught:
            maintenance_service.finish_maintenance(session, technician, record_id, ended_at)
        assert list(caught.value.errors) == ["End"]
    assert _status(db, manager, cmm) == "maintenance"  # nothing changed
    with db.reader() as session:
        assert maintenance_service.list_records(session, manager, cmm)[0].ended_at is None
    with db.transaction(technician) as session:
        maintenance_service.finish_maintenance(session, technician, record_id, hours_ago(1))
    assert _status(db, manager, cmm) == "available"
