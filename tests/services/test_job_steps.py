"""The plan of a job (steps, ordering, hours from the usage log) and the items received."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import UsageSession
from itc_desktop.models.jobs import JobStep
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from itc_desktop.services.job_steps import StepInput
from itc_desktop.services.specimens import SpecimenInput
from tests.services.jobs_support import TODAY, log_usage, make_company, make_equipment, make_job


@pytest.fixture
def job_id(db: Database, manager: Actor) -> int:
    return make_job(db, manager, make_company(db, manager)).id


def _plan(db: Database, actor: Actor, job_id: int, *descriptions: str) -> list[int]:
    with db.transaction(actor) as session:
        return [
            step_service.add_step(session, actor, job_id, StepInput(d, planned_hours=Decimal(2)))
            for d in descriptions
        ]


def _order(db: Database, actor: Actor, job_id: int) -> list[tuple[int, str]]:
    with db.reader() as session:
        return [
            (s.sequence, s.description) for s in step_service.list_steps(session, actor, job_id)
        ]


def test_steps_are_numbered_and_reordered(db: Database, manager: Actor, job_id: int) -> None:
    ids = _plan(db, manager, job_id, "Saw blanks", "Mill contour", "Heat treat", "Inspect")
    assert _order(db, manager, job_id) == [
        (1, "Saw blanks"),
        (2, "Mill contour"),
        (3, "Heat treat"),
        (4, "Inspect"),
    ]
    with db.transaction(manager) as session:
        step_service.move_step(session, manager, ids[3], 1)
    assert [d for _, d in _order(db, manager, job_id)] == [
        "Inspect",
        "Saw blanks",
        "Mill contour",
        "Heat treat",
    ]
    with db.transaction(manager) as session:
        step_service.reorder_steps(session, manager, job_id, [ids[0], ids[1], ids[2], ids[3]])
        step_service.add_step(session, manager, job_id, StepInput("Deburr"), position=3)
    assert _order(db, manager, job_id) == [
        (1, "Saw blanks"),
        (2, "Mill contour"),
        (3, "Deburr"),
        (4, "Heat treat"),
        (5, "Inspect"),
    ]
    with db.transaction(manager) as session:
        step_service.remove_step(session, manager, ids[1])
    assert [s for s, _ in _order(db, manager, job_id)] == [1, 2, 3, 4]


def test_reorder_must_name_every_step_once(db: Database, manager: Actor, job_id: int) -> None:
    ids = _plan(db, manager, job_id, "A", "B")
    for wrong in ([ids[0]], [ids[0], ids[0]], [ids[0], ids[1], 999]):
        with (
            pytest.raises(ValidationError, match="exactly once"),
            db.transaction(manager) as session,
        ):
            step_service.reorder_steps(session, manager, job_id, wrong)
    with (
        pytest.raises(ValidationError, match="between 1 and 3"),
        db.transaction(manager) as session,
    ):
        step_service.add_step(session, manager, job_id, StepInput("C"), position=4)
    assert _order(db, manager, job_id) == [(1, "A"), (2, "B")]


def test_unique_sequence_is_enforced_by_the_database(
    db: Database, manager: Actor, job_id: int
) -> None:
    from sqlalchemy.exc import IntegrityError

    _plan(db, manager, job_id, "A")
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(JobStep(job_id=job_id, sequence=1, description="duplicate"))
        session.flush()


def test_step_validation(db: Database, manager: Actor, job_id: int) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction(manager) as session:
        step_service.add_step(
            session,
            manager,
            job_id,
            StepInput(" ", equipment_id=404, planned_hours=Decimal(-1), status="paused"),
        )
    assert set(caught.value.errors) == {"Description", "Equipment", "Planned hours", "Status"}


def test_technician_sets_step_status_but_does_not_plan(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    (step_id,) = _plan(db, manager, job_id, "Mill")
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        step_service.add_step(session, technician, job_id, StepInput("Extra"))
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        step_service.remove_step(session, technician, step_id)
    with db.transaction(technician) as session:
        step_service.set_step_status(session, technician, step_id, "in_progress")
    with pytest.raises(ValidationError), db.transaction(technician) as session:
        step_service.set_step_status(session, technician, step_id, "paused")
    with db.reader() as session:
        (view,) = step_service.list_steps(session, technician, job_id)
    assert view.status == "in_progress"


def test_actual_hours_come_from_the_usage_log(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    mill_id, inspect_id = _plan(db, manager, job_id, "Turn", "Inspect")
    with db.transaction(manager) as session:
        step_service.update_step(
            session,
            manager,
            mill_id,
            StepInput("Turn", equipment_id=lathe, planned_hours=Decimal("3.5")),
        )
    log_usage(db, technician, lathe, 1.5, job_id=job_id, step_id=mill_id)
    log_usage(
        db,
        technician,
        lathe,
        2.25,
        job_id=job_id,
        step_id=mill_id,
        start=datetime(2026, 11, 21, 8, tzinfo=UTC),
    )
    log_usage(db, technician, lathe, None, job_id=job_id, step_id=inspect_id)  # running
    log_usage(db, technician, lathe, 5.0, job_id=None)  # another customer's work
    with db.reader() as session:
        turn, inspect = step_service.list_steps(session, manager, job_id)
    assert (turn.equipment_name, turn.planned_hours) == ("Machine ITC-0001", Decimal("3.50"))
    assert turn.actual_hours == Decimal("3.75")
    assert (inspect.actual_hours, inspect.running_sessions) == (Decimal("0.00"), 1)


def test_step_with_usage_cannot_be_removed(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    (step_id,) = _plan(db, manager, job_id, "Turn")
    log_usage(db, technician, lathe, 1.0, job_id=job_id, step_id=step_id)
    with pytest.raises(Conflict, match="usage session"), db.transaction(manager) as session:
        step_service.remove_step(session, manager, step_id)


def test_link_usage_session_to_a_job_step(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    other_job = make_job(db, manager, make_company(db, manager, "Drugi d.o.o.", "RS", "104052135"))
    (step_id,) = _plan(db, manager, job_id, "Turn")
    usage_id = log_usage(db, technician, lathe, 2.0, job_id=None)
    with (
        pytest.raises(ValidationError, match="not a step of"),
        db.transaction(technician) as session,
    ):
        step_service.link_usage_session(session, technician, usage_id, other_job.id, step_id)
    with db.transaction(technician) as session:
        step_service.link_usage_session(session, technician, usage_id, job_id, step_id)
    with db.reader() as session:
        usage = session.get(UsageSession, usage_id)
        assert usage is not None
        assert (usage.job_id, usage.job_step_id, usage.job_reference) == (
            job_id,
            step_id,
            "ITC-2026-0001",
        )
        assert step_service.list_steps(session, manager, job_id)[0].actual_hours == Decimal("2.00")
    with db.transaction(technician) as session:
        step_service.link_usage_session(session, technician, usage_id, None)
    with db.reader() as session:
        assert (
            session.scalar(select(UsageSession.job_id).where(UsageSession.id == usage_id)) is None
        )


def test_usage_of_a_closed_job_stays_with_it(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    """A delivered job's machine time is part of its record: it can be neither unlinked nor
    moved to another job (the target job is checked, and so is the one it leaves)."""
    lathe = make_equipment(db, manager, "ITC-0001")
    (step_id,) = _plan(db, manager, job_id, "Turn")
    usage_id = log_usage(db, technician, lathe, 2.0, job_id=job_id, step_id=step_id)
    other = make_job(db, manager, make_company(db, manager, "Drugi d.o.o.", "RS", "104052135"))
    with db.transaction(manager) as session:
        for status in ("quoted", "approved", "in_progress", "testing", "completed", "delivered"):
            workflow.change_status(session, manager, job_id, status)
    for target in (None, other.id):
        with (
            pytest.raises(Conflict, match="no longer be changed"),
            db.transaction(technician) as session,
        ):
            step_service.link_usage_session(session, technician, usage_id, target)
    with db.reader() as session:
        usage = session.get(UsageSession, usage_id)
        assert usage is not None
        assert (usage.job_id, usage.job_step_id) == (job_id, step_id)
        assert step_service.list_steps(session, manager, job_id)[0].actual_hours == Decimal("2.00")


def test_closed_job_plan_is_frozen(db: Database, manager: Actor, job_id: int) -> None:
    (step_id,) = _plan(db, manager, job_id, "Turn")
    with db.transaction(manager) as session:
        workflow.change_status(session, manager, job_id, "cancelled", internal_note="No order")
    with pytest.raises(Conflict), db.transaction(manager) as session:
        step_service.add_step(session, manager, job_id, StepInput("More"))
    with pytest.raises(Conflict), db.transaction(manager) as session:
        step_service.set_step_status(session, manager, step_id, "done")


# Specimens ------------------------------------------------------------------------------


def test_specimen_codes_follow_the_reference(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    with db.transaction(technician) as session:
        made = [
            specimen_service.add_specimen(
                session,
                technician,
                job_id,
                SpecimenInput(
                    f"Tensile bar {n}",
                    material="S355J2+N",
                    condition_on_receipt="as machined, no visible damage",
                    storage_location="Rack B2",
                ),
                today=TODAY,
            )
            for n in range(1, 4)
        ]
    assert [s.code for s in made] == ["ITC-2026-0001-S01", "ITC-2026-0001-S02", "ITC-2026-0001-S03"]
    assert made[0].received_on == TODAY
    other = make_job(db, manager, make_company(db, manager, "Drugi d.o.o.", "RS", "104052135"))
    with db.transaction(technician) as session:
        first_of_other = specimen_service.add_specimen(
            session, technician, other.id, SpecimenInput("Plate"), today=TODAY
        )
    assert first_of_other.code == "ITC-2026-0002-S01"
    assert specimen_service.specimen_code("ITC-2026-0042", 3) == "ITC-2026-0042-S03"
    assert specimen_service.specimen_code("ITC-2026-0042", 120) == "ITC-2026-0042-S120"


def test_specimen_code_unique_within_the_job_in_the_database(
    db: Database, technician: Actor, job_id: int
) -> None:
    from sqlalchemy.exc import IntegrityError

    from itc_desktop.models.jobs import Specimen

    with db.transaction(technician) as session:
        specimen_service.add_specimen(session, technician, job_id, SpecimenInput("Bar"))
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Specimen(job_id=job_id, code="ITC-2026-0001-S01", received_on=TODAY))
        session.flush()


def test_specimen_return_and_disposal(db: Database, technician: Actor, job_id: int) -> None:
    with db.transaction(technician) as session:
        specimen = specimen_service.add_specimen(
            session,
            technician,
            job_id,
            SpecimenInput("Charpy set", received_on=date(2026, 11, 2)),
            today=TODAY,
        )
    bad = [
        (SpecimenInput("Charpy set", disposition="returned"), "Returned or disposed on"),
        (SpecimenInput("Charpy set", disposition="lost"), "Disposition"),
        (
            SpecimenInput(
                "Charpy set",
                received_on=date(2026, 11, 2),
                disposition="disposed",
                disposition_on=date(2026, 11, 1),
            ),
            "Returned or disposed on",
        ),
        (SpecimenInput("Charpy set", disposition_on=TODAY), "Returned or disposed on"),
        (SpecimenInput(" ", received_on=date(2026, 12, 1)), "Received on"),
    ]
    for data, field in bad:
        with pytest.raises(ValidationError) as caught, db.transaction(technician) as session:
            specimen_service.update_specimen(session, technician, specimen.id, data, today=TODAY)
        assert field in caught.value.errors
    with db.transaction(technician) as session:
        specimen_service.update_specimen(
            session,
            technician,
            specimen.id,
            SpecimenInput(
                "Charpy set",
                received_on=date(2026, 11, 2),
                disposition="returned",
                disposition_on=TODAY,
            ),
            today=TODAY,
        )
    with db.reader() as session:
        (view,) = specimen_service.list_specimens(session, technician, job_id)
    assert (view.code, view.disposition, view.disposition_on) == (
        "ITC-2026-0001-S01",
        "returned",
        TODAY,
    )


def test_specimens_need_a_signed_in_worker(db: Database, job_id: int) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as session:
        specimen_service.add_specimen(session, None, job_id, SpecimenInput("Bar"))


def test_usage_of_a_job_and_what_can_be_linked(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    mill = make_equipment(db, manager, "ITC-0002")
    turn, paperwork = _plan(db, manager, job_id, "Turn", "Paperwork")
    with db.transaction(manager) as session:
        step_service.update_step(session, manager, turn, StepInput("Turn", equipment_id=lathe))
    linked = log_usage(db, technician, lathe, 1.5, job_id=job_id, step_id=turn)
    free_old = log_usage(
        db, technician, lathe, 2, job_id=None, start=datetime(2026, 11, 18, 8, tzinfo=UTC)
    )
    free_new = log_usage(
        db, technician, lathe, None, job_id=None, start=datetime(2026, 11, 24, 8, tzinfo=UTC)
    )
    log_usage(db, technician, mill, 1, job_id=None)  # another machine
    with db.reader() as session:
        lines = step_service.list_job_usage(session, manager, job_id)
        offered = step_service.linkable_usage_sessions(session, technician, turn)
        nothing = step_service.linkable_usage_sessions(session, technician, paperwork)
    assert [(u.id, u.step_id, u.hours, u.equipment_name, u.operator_name) for u in lines] == [
        (linked, turn, Decimal("1.50"), "Machine ITC-0001", "Szőke Bence")
    ]
    assert [u.id for u in offered] == [free_new, free_old]
    assert offered[0].hours is None  # still running
    assert nothing == []


def test_assignable_users_for_the_job_form(db: Database, technician: Actor) -> None:
    from itc_desktop.services import jobs as job_service

    with db.reader() as session:
        people = job_service.assignable_users(session, technician)
    assert [(p.full_name, p.role) for p in people] == [
        ("Szőke Bence", "technician"),
        ("Petrović Đorđe", "manager"),
    ]
    with pytest.raises(PermissionDenied), db.reader() as session:
        job_service.assignable_users(session, None)
