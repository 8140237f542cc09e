"""The job status workflow: every allowed and every refused transition, hold/resume, who may
move what, and the timeline of events."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models.jobs import Job, JobEvent, JobStatus
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services.errors import (
    Conflict,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from tests.services.jobs_support import make_company, make_job

OPEN = ["received", "quoted", "approved", "in_progress", "testing", "completed"]
ALL = [*OPEN, "delivered", "on_hold", "cancelled"]
FORWARD = {
    ("received", "quoted"),
    ("quoted", "approved"),
    ("approved", "in_progress"),
    ("in_progress", "testing"),
    ("testing", "completed"),
    ("completed", "delivered"),
}
HOLD_LEFT_FROM = "in_progress"  # where the job on hold came from, in the table below
ALLOWED = (
    FORWARD
    | {(s, "on_hold") for s in OPEN}
    | {(s, "cancelled") for s in [*OPEN, "on_hold"]}
    | {("on_hold", HOLD_LEFT_FROM)}
)
REFUSED = sorted(set(itertools.product(ALL, ALL)) - ALLOWED)


@pytest.fixture
def job_id(db: Database, manager: Actor) -> int:
    return make_job(db, manager, make_company(db, manager)).id


def _force_status(db: Database, job_id: int, status: str) -> None:
    """Puts the job in `status` directly (the table tests every edge, not paths to it)."""
    with db.transaction() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.status = status
        job.status_before_hold = HOLD_LEFT_FROM if status == "on_hold" else None


def _event_count(db: Database, job_id: int) -> int:
    with db.reader() as session:
        return len(session.scalars(select(JobEvent).where(JobEvent.job_id == job_id)).all())


def _status(db: Database, job_id: int) -> tuple[str, str | None]:
    with db.reader() as session:
        job = session.get(Job, job_id)
        assert job is not None
        return job.status, job.status_before_hold


@pytest.mark.parametrize(("source", "target"), sorted(ALLOWED))
def test_allowed_transition(
    db: Database, admin: Actor, job_id: int, source: str, target: str
) -> None:
    _force_status(db, job_id, source)
    with db.transaction(admin) as session:
        event = workflow.change_status(
            session, admin, job_id, target, internal_note="reason given", public_note="Hello"
        )
    assert (event.from_status, event.to_status) == (source, target)
    assert _status(db, job_id) == (
        target,
        source if target == "on_hold" else None,
    )


@pytest.mark.parametrize("source", ALL)
def test_refused_transitions_name_both_states(
    db: Database, admin: Actor, job_id: int, source: str
) -> None:
    _force_status(db, job_id, source)
    before = _status(db, job_id)
    events_before = _event_count(db, job_id)
    targets = [target for from_, target in REFUSED if from_ == source]
    assert targets, "every state refuses something (at least itself)"
    for target in targets:
        with pytest.raises(InvalidTransition) as caught, db.transaction(admin) as session:
            workflow.change_status(session, admin, job_id, target, internal_note="try")
        message = str(caught.value)
        if source == "on_hold":
            assert "on hold" in message.lower(), target
        else:
            assert workflow.status_label(source) in message, target
        assert workflow.status_label(target) in message, target
        assert _status(db, job_id) == before, target
    assert _event_count(db, job_id) == events_before  # a refusal leaves no event


def test_the_tables_cover_every_pair() -> None:
    assert len(ALLOWED) + len(REFUSED) == len(ALL) ** 2 == 81
    assert len(ALLOWED) == 6 + 6 + 7 + 1


def test_unknown_status_is_refused(db: Database, admin: Actor, job_id: int) -> None:
    with pytest.raises(InvalidTransition, match="shipped"), db.transaction(admin) as session:
        workflow.change_status(session, admin, job_id, "shipped")


def test_full_path_with_hold_and_resume(
    db: Database, manager: Actor, technician: Actor, job_id: int
) -> None:
    moves = [
        (manager, "quoted", "Quote Q-17 sent", "Quote sent to you"),
        (manager, "approved", "PO 4711 received", None),
        (technician, "in_progress", "", "Machining started"),
        (technician, "on_hold", "Tool holder broken", "Waiting for a tool"),
    ]
    for actor, target, internal, public in moves:
        with db.transaction(actor) as session:
            workflow.change_status(
                session, actor, job_id, target, internal_note=internal, public_note=public
            )
    assert _status(db, job_id) == ("on_hold", "in_progress")
    with db.reader() as session:
        detail = job_service.get_job(session, technician, job_id)
    assert workflow.allowed_transitions(detail, technician) == [JobStatus.IN_PROGRESS]
    assert workflow.allowed_transitions(detail, manager) == [
        JobStatus.IN_PROGRESS,
        JobStatus.CANCELLED,
    ]
    with db.transaction(technician) as session:
        event = workflow.resume(session, technician, job_id, public_note="Back at work")
    assert (event.from_status, event.to_status) == ("on_hold", "in_progress")
    assert _status(db, job_id) == ("in_progress", None)
    for actor, target in [
        (technician, "testing"),
        (technician, "completed"),
        (manager, "delivered"),
    ]:
        with db.transaction(actor) as session:
            workflow.change_status(session, actor, job_id, target)
    with db.reader() as session:
        events = workflow.list_events(session, manager, job_id)
        timeline = workflow.public_timeline(session, job_id)
    assert [(e.from_status, e.to_status) for e in events] == [
        (None, "received"),
        ("received", "quoted"),
        ("quoted", "approved"),
        ("approved", "in_progress"),
        ("in_progress", "on_hold"),
        ("on_hold", "in_progress"),
        ("in_progress", "testing"),
        ("testing", "completed"),
        ("completed", "delivered"),
    ]
    assert events[4].internal_note == "Tool holder broken"
    assert events[4].user_name == "Szőke Bence"
    assert events[1].user_name == "Petrović Đorđe"
    assert [note for _at, _status_, note in timeline if note] == [
        "Quote sent to you",
        "Machining started",
        "Waiting for a tool",
        "Back at work",
    ]
    # The kiosk's view never carries internal notes.
    assert all("Tool holder" not in str(row) for row in timeline)


def test_resume_returns_to_the_state_it_left(db: Database, admin: Actor, job_id: int) -> None:
    for left_from in ["quoted", "testing", "completed"]:
        _force_status(db, job_id, left_from)
        with db.transaction(admin) as session:
            workflow.change_status(session, admin, job_id, "on_hold")
            assert workflow.allowed_transitions(session.get(Job, job_id), admin) == [
                JobStatus(left_from),
                JobStatus.CANCELLED,
            ]
        with db.transaction(admin) as session:
            workflow.resume(session, admin, job_id)
        assert _status(db, job_id) == (left_from, None)


def test_resume_when_not_on_hold_is_refused(db: Database, admin: Actor, job_id: int) -> None:
    with pytest.raises(InvalidTransition, match="not on hold"), db.transaction(admin) as session:
        workflow.resume(session, admin, job_id)


def test_cancel_needs_a_reason(db: Database, manager: Actor, job_id: int) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction(manager) as session:
        workflow.change_status(session, manager, job_id, "cancelled", internal_note="  ")
    assert "Reason" in caught.value.errors
    assert _status(db, job_id) == ("received", None)
    with db.transaction(manager) as session:
        workflow.change_status(
            session, manager, job_id, "cancelled", internal_note="Customer withdrew"
        )
    assert _status(db, job_id) == ("cancelled", None)


def test_quote_needs_a_price(db: Database, manager: Actor) -> None:
    job = make_job(db, manager, make_company(db, manager), quoted_price=None)
    with pytest.raises(ValidationError, match="quoted price"), db.transaction(manager) as session:
        workflow.change_status(session, manager, job.id, "quoted")
    assert _status(db, job.id) == ("received", None)


@pytest.mark.parametrize(
    ("source", "target", "allowed"),
    [
        ("received", "quoted", False),
        ("quoted", "approved", False),  # managers approve quotes
        ("approved", "in_progress", True),
        ("in_progress", "testing", True),
        ("testing", "completed", True),
        ("completed", "delivered", False),
        ("in_progress", "on_hold", True),
        ("on_hold", HOLD_LEFT_FROM, True),
        ("approved", "cancelled", False),  # managers cancel
        ("on_hold", "cancelled", False),
    ],
)
def test_technician_moves_work_states_only(
    db: Database,
    technician: Actor,
    job_id: int,
    source: str,
    target: str,
    allowed: bool,
) -> None:
    _force_status(db, job_id, source)
    with db.reader() as session:
        detail = job_service.get_job(session, technician, job_id)
    assert (JobStatus(target) in workflow.allowed_transitions(detail, technician)) is allowed
    if allowed:
        with db.transaction(technician) as session:
            workflow.change_status(session, technician, job_id, target, internal_note="r")
        assert _status(db, job_id)[0] == target
    else:
        with pytest.raises(PermissionDenied), db.transaction(technician) as session:
            workflow.change_status(session, technician, job_id, target, internal_note="r")
        assert _status(db, job_id)[0] == source


EVERYONE = frozenset({"admin", "manager", "technician"})
OFFICE = frozenset({"admin", "manager"})
# Who may make each allowed move: managers send and approve quotes, deliver and cancel;
# technicians (and managers) move the work states, hold and resume.
MAY: dict[tuple[str, str], frozenset[str]] = {
    ("received", "quoted"): OFFICE,
    ("quoted", "approved"): OFFICE,
    ("approved", "in_progress"): EVERYONE,
    ("in_progress", "testing"): EVERYONE,
    ("testing", "completed"): EVERYONE,
    ("completed", "delivered"): OFFICE,
    **{(s, "on_hold"): EVERYONE for s in OPEN},
    ("on_hold", HOLD_LEFT_FROM): EVERYONE,
    **{(s, "cancelled"): OFFICE for s in [*OPEN, "on_hold"]},
}


def test_the_role_table_covers_every_allowed_move() -> None:
    assert set(MAY) == ALLOWED


@pytest.mark.parametrize("role", sorted(EVERYONE))
def test_who_may_make_each_allowed_move(
    request: pytest.FixtureRequest, db: Database, job_id: int, role: str
) -> None:
    """Every allowed move for every role: the button is offered exactly when the service
    accepts it; a refusal is PermissionDenied and writes nothing."""
    actor: Actor = request.getfixturevalue(role)
    for (source, target), roles in sorted(MAY.items()):
        _force_status(db, job_id, source)
        events = _event_count(db, job_id)
        with db.reader() as session:
            detail = job_service.get_job(session, actor, job_id)
        offered = JobStatus(target) in workflow.allowed_transitions(detail, actor)
        assert offered is (role in roles), (role, source, target)
        if role in roles:
            with db.transaction(actor) as session:
                event = workflow.change_status(
                    session, actor, job_id, target, internal_note="why", public_note="Hi"
                )
            assert (event.user_id, event.user_name) == (actor.id, actor.full_name)
            assert _status(db, job_id)[0] == target
            assert _event_count(db, job_id) == events + 1
        else:
            with pytest.raises(PermissionDenied), db.transaction(actor) as session:
                workflow.change_status(session, actor, job_id, target, internal_note="why")
            assert _status(db, job_id)[0] == source, (role, source, target)
            assert _event_count(db, job_id) == events


def test_manager_sees_every_allowed_button(db: Database, manager: Actor, job_id: int) -> None:
    with db.reader() as session:
        detail = job_service.get_job(session, manager, job_id)
    assert workflow.allowed_transitions(detail, manager) == [
        JobStatus.QUOTED,
        JobStatus.ON_HOLD,
        JobStatus.CANCELLED,
    ]
    assert workflow.allowed_transitions(detail, None) == []


def test_closed_jobs_offer_no_transition(db: Database, admin: Actor, job_id: int) -> None:
    for final in ("delivered", "cancelled"):
        _force_status(db, job_id, final)
        with db.reader() as session:
            assert workflow.allowed_transitions(session.get(Job, job_id), admin) == []


def test_signed_out_caller_is_refused(db: Database, job_id: int) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as session:
        workflow.change_status(session, None, job_id, "quoted")


def test_stale_version_is_refused(db: Database, manager: Actor, job_id: int) -> None:
    with db.reader() as session:
        seen = job_service.get_job(session, manager, job_id).version
    with db.transaction(manager) as session:
        workflow.change_status(session, manager, job_id, "quoted", expected_version=seen)
    with (
        pytest.raises(Conflict, match=r"changed by .+ at \d{4}-\d\d-\d\d \d\d:\d\d — reload"),
        db.transaction(manager) as session,
    ):
        workflow.change_status(session, manager, job_id, "approved", expected_version=seen)
    with db.reader() as session:
        job = session.scalar(select(Job).where(Job.id == job_id))
        assert job is not None and job.status == "quoted" and job.version == seen + 1


def test_kiosk_sees_status_and_public_notes_only(db: Database, manager: Actor) -> None:
    created = make_job(db, manager, make_company(db, manager))
    with db.transaction(manager) as session:
        workflow.change_status(
            session,
            manager,
            created.id,
            "quoted",
            internal_note="Margin is thin; customer pays late",
            public_note="Your quote was sent on Monday.",
        )
    with db.reader() as session:
        seen = workflow.public_status(session, created.reference.lower(), created.access_code)
        wrong = f"{(int(created.access_code) + 1) % 1_000_000:06d}"
        assert workflow.public_status(session, created.reference, wrong) is None
        assert workflow.public_status(session, "ITC-2026-0999", created.access_code) is None
    assert seen is not None
    assert (seen.reference, seen.status) == (created.reference, "quoted")
    assert [(e.status, e.public_note) for e in seen.timeline] == [
        ("received", None),
        ("quoted", "Your quote was sent on Monday."),
    ]
    assert "Margin" not in repr(seen) and "Petrović" not in repr(seen)
