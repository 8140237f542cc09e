"""Job costs: machine time from usage sessions × hourly rate, materials, per step and in
total against the quote; other currencies only with an explicit rate."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import UsageSession
from itc_desktop.services import job_costs as cost_service
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from itc_desktop.services.job_costs import MaterialCostInput, MixedCurrencies
from itc_desktop.services.job_steps import StepInput
from tests.services.jobs_support import log_usage, make_company, make_equipment, make_job

DAY2 = datetime(2026, 11, 21, 8, tzinfo=UTC)
DAY3 = datetime(2026, 11, 22, 8, tzinfo=UTC)


@pytest.fixture
def job_id(db: Database, manager: Actor) -> int:
    return make_job(db, manager, make_company(db, manager), quoted_price=Decimal("1200")).id


@pytest.fixture
def steps(db: Database, manager: Actor, job_id: int) -> tuple[int, int]:
    with db.transaction(manager) as session:
        turn = step_service.add_step(
            session, manager, job_id, StepInput("Turn", planned_hours=Decimal(4))
        )
        inspect = step_service.add_step(session, manager, job_id, StepInput("Inspect"))
    return turn, inspect


def _material(db: Database, actor: Actor, job_id: int, data: MaterialCostInput) -> int:
    with db.transaction(actor) as session:
        return cost_service.add_material_cost(session, actor, job_id, data)


def _costs(db: Database, actor: Actor, job_id: int, **rates: Decimal) -> cost_service.JobCosts:
    with db.reader() as session:
        return cost_service.job_costs(session, actor, job_id, rates=rates or None)


def test_costs_per_step_and_total_against_the_quote(
    db: Database, manager: Actor, technician: Actor, job_id: int, steps: tuple[int, int]
) -> None:
    turn, inspect = steps
    lathe = make_equipment(db, manager, "ITC-0001", Decimal("60.00"))
    log_usage(db, technician, lathe, 1.5, job_id=job_id, step_id=turn)
    log_usage(db, technician, lathe, 2.25, job_id=job_id, step_id=turn, start=DAY2)
    log_usage(db, technician, lathe, 0.5, job_id=job_id, start=DAY3)  # on no step
    log_usage(
        db,
        technician,
        lathe,
        None,
        job_id=job_id,
        step_id=inspect,
        start=datetime(2026, 11, 23, 8, tzinfo=UTC),
    )  # still running: not counted
    log_usage(
        db, technician, lathe, 8, job_id=None, start=datetime(2026, 11, 10, 8, tzinfo=UTC)
    )  # not this job
    _material(
        db,
        technician,
        job_id,
        MaterialCostInput("Gauge blocks rental", Decimal(2), Decimal("45.50"), step_id=inspect),
    )
    _material(
        db,
        technician,
        job_id,
        MaterialCostInput("42CrMo4 bar Ø60", Decimal("1.5"), Decimal("6.67"), unit="kg"),
    )

    costs = _costs(db, manager, job_id)
    assert costs.currency == "EUR"
    by_step = {line.step_id: line for line in costs.lines}
    assert [line.step_id for line in costs.lines] == [turn, inspect, None]
    assert by_step[turn].actual_hours == Decimal("3.75")
    assert by_step[turn].planned_hours == Decimal("4.00")
    assert by_step[turn].machine_cost == Decimal("225.00")  # 3.75 h × 60
    assert by_step[turn].material_cost == Decimal("0.00")
    assert by_step[inspect].material_cost == Decimal("91.00")  # 2 × 45.50
    assert by_step[inspect].total == Decimal("91.00")
    assert by_step[None].machine_cost == Decimal("30.00")  # 0.5 h × 60
    assert by_step[None].material_cost == Decimal("10.01")  # 1.5 × 6.67 = 10.005
    assert costs.machine_total == Decimal("255.00")
    assert costs.material_total == Decimal("101.01")
    assert costs.total == Decimal("356.01")
    assert costs.actual_hours == Decimal("4.25")
    assert costs.quote_difference == Decimal("843.99")
    assert costs.running_sessions == 1
    assert costs.unpriced_equipment == () and costs.rates_used == ()


def test_no_unassigned_line_when_everything_is_on_a_step(
    db: Database, manager: Actor, technician: Actor, job_id: int, steps: tuple[int, int]
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    log_usage(db, technician, lathe, 1, job_id=job_id, step_id=steps[0])
    costs = _costs(db, manager, job_id)
    assert [line.step_id for line in costs.lines] == list(steps)
    assert costs.total == Decimal("60.00")


def test_other_currencies_are_refused_without_a_rate(
    db: Database, manager: Actor, technician: Actor, job_id: int, steps: tuple[int, int]
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001", Decimal("60.00"), "EUR")
    laser = make_equipment(db, manager, "ITC-0002", Decimal("24000.00"), "HUF")
    log_usage(db, technician, lathe, 1, job_id=job_id, step_id=steps[0])
    log_usage(db, technician, laser, 2, job_id=job_id, step_id=steps[0], start=DAY2)
    _material(
        db,
        technician,
        job_id,
        MaterialCostInput("Protective gas", Decimal(1), Decimal("1170.00"), currency="RSD"),
    )
    with pytest.raises(MixedCurrencies) as caught:
        _costs(db, manager, job_id)
    assert caught.value.currencies == {"HUF", "RSD"}
    assert "HUF, RSD" in str(caught.value) and "EUR" in str(caught.value)
    with pytest.raises(MixedCurrencies, match="RSD") as partly:
        _costs(db, manager, job_id, HUF=Decimal("0.0025"))
    assert partly.value.currencies == {"RSD"}

    costs = _costs(db, manager, job_id, HUF=Decimal("0.0025"), RSD=Decimal("0.0085"))
    turn = costs.lines[0]
    assert turn.machine_cost == Decimal("180.00")  # 60 + 48 000 HUF × 0.0025
    assert costs.material_total == Decimal("9.95")  # 1170 RSD × 0.0085 = 9.945
    assert costs.total == Decimal("189.95")
    assert costs.rates_used == (("HUF", Decimal("0.0025")), ("RSD", Decimal("0.0085")))


def test_rates_are_checked(db: Database, manager: Actor, job_id: int) -> None:
    for rates in ({"HUF": Decimal(0)}, {"HUF": Decimal(-1)}, {"USD": Decimal(1)}):
        with pytest.raises(ValidationError), db.reader() as session:
            cost_service.job_costs(session, manager, job_id, rates=rates)
    # A rate for the job's own currency is harmless and unused.
    assert _costs(db, manager, job_id, EUR=Decimal(2)).rates_used == ()


def test_equipment_without_a_rate_is_named_not_guessed(
    db: Database, manager: Actor, technician: Actor, job_id: int, steps: tuple[int, int]
) -> None:
    cmm = make_equipment(db, manager, "ITC-0009", rate=None)
    log_usage(db, technician, cmm, 1.25, job_id=job_id, step_id=steps[1])
    costs = _costs(db, manager, job_id)
    assert costs.unpriced_equipment == ("Machine ITC-0009",)
    assert costs.lines[1].actual_hours == Decimal("1.25")
    assert costs.total == Decimal("0.00")


def test_corrected_duration_is_what_counts(
    db: Database, manager: Actor, technician: Actor, job_id: int, steps: tuple[int, int]
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001", Decimal("100.00"))
    usage_id = log_usage(db, technician, lathe, 2, job_id=job_id, step_id=steps[0])
    with db.transaction() as session:
        usage = session.get(UsageSession, usage_id)
        assert usage is not None
        usage.duration_hours = Decimal("1.500")  # the equipment service's own figure
    assert _costs(db, manager, job_id).lines[0].machine_cost == Decimal("150.00")


def test_material_cost_validation(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    other = make_job(db, manager, make_company(db, manager, "Drugi d.o.o.", "RS", "104052135"))
    with db.transaction(manager) as session:
        foreign_step = step_service.add_step(session, manager, other.id, StepInput("X"))
    with pytest.raises(ValidationError) as caught, db.transaction(technician) as session:
        cost_service.add_material_cost(
            session,
            technician,
            job_id,
            MaterialCostInput(
                " ", Decimal(0), Decimal("1.001"), currency="USD", step_id=foreign_step
            ),
        )
    assert set(caught.value.errors) == {"Description", "Quantity", "Unit cost", "Currency", "Step"}
    with pytest.raises(PermissionDenied), db.transaction() as session:
        cost_service.add_material_cost(
            session, None, job_id, MaterialCostInput("Bar", Decimal(1), Decimal(1))
        )


def test_material_costs_list_update_remove(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    cost_id = _material(
        db,
        technician,
        job_id,
        MaterialCostInput("Weld wire ER70S-6", Decimal("2.5"), Decimal("8.40"), unit="kg"),
    )
    with db.reader() as session:
        (view,) = cost_service.list_material_costs(session, manager, job_id)
    assert (view.amount, view.currency, view.recorded_by) == (
        Decimal("21.00"),
        "EUR",
        "Szőke Bence",
    )
    with db.transaction(technician) as session:
        cost_service.update_material_cost(
            session,
            technician,
            cost_id,
            MaterialCostInput("Weld wire ER70S-6", Decimal(3), Decimal("8.40"), unit="kg"),
        )
    assert _costs(db, manager, job_id).material_total == Decimal("25.20")
    with db.transaction(technician) as session:
        cost_service.remove_material_cost(session, technician, cost_id)
    with db.reader() as session:
        assert cost_service.list_material_costs(session, manager, job_id) == []


def test_no_new_costs_on_a_closed_job(db: Database, manager: Actor, job_id: int) -> None:
    with db.transaction(manager) as session:
        workflow.change_status(session, manager, job_id, "cancelled", internal_note="Withdrawn")
    with pytest.raises(Conflict), db.transaction(manager) as session:
        cost_service.add_material_cost(
            session, manager, job_id, MaterialCostInput("Bar", Decimal(1), Decimal(1))
        )
    # Reading the costs of a closed job still works.
    assert _costs(db, manager, job_id).total == Decimal("0.00")
