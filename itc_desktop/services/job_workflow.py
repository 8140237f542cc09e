"""The status workflow of a job and its timeline of events.

    received → quoted → approved → in_progress → testing → completed → delivered
    any open state → on_hold → (resume) the state it left
    any open state or on_hold → cancelled (a reason is required)

Open states are received, quoted, approved, in_progress, testing and completed; delivered and
cancelled are final. Any other transition raises InvalidTransition naming both states.

Who may do what (services/permissions.py):
- received → quoted (the quote is sent) and completed → delivered (handed over, closes the
  job commercially): MANAGE_JOBS — managers and admins;
- quoted → approved (the customer accepted the quote; the lab commits to the work):
  APPROVE_QUOTES — managers and admins;
- approved → in_progress → testing → completed, putting on hold and resuming:
  WORK_ON_JOBS — technicians, managers and admins (a technician holds a job when a machine or
  material is missing);
- → cancelled: CANCEL_JOBS — managers and admins.

Every transition is a JobEvent: when, who, from, to, an internal note and an optional public
note (what the SME sees at the kiosk)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import N_, _
from itc_desktop.models.jobs import RESUMABLE_VALUES, Job, JobEvent, JobStatus
from itc_desktop.models.users import User
from itc_desktop.services.errors import InvalidTransition, ValidationError
from itc_desktop.services.jobs import (
    check_access_code,
    check_version,
    get_job_row,
    normalize_reference,
)
from itc_desktop.services.permissions import Permission, can, require

S = JobStatus
OPEN_STATUSES: tuple[JobStatus, ...] = tuple(JobStatus(v) for v in RESUMABLE_VALUES)
FINAL_STATUSES: tuple[JobStatus, ...] = (S.DELIVERED, S.CANCELLED)

_FORWARD: dict[tuple[JobStatus, JobStatus], Permission] = {
    (S.RECEIVED, S.QUOTED): Permission.MANAGE_JOBS,
    (S.QUOTED, S.APPROVED): Permission.APPROVE_QUOTES,
    (S.APPROVED, S.IN_PROGRESS): Permission.WORK_ON_JOBS,
    (S.IN_PROGRESS, S.TESTING): Permission.WORK_ON_JOBS,
    (S.TESTING, S.COMPLETED): Permission.WORK_ON_JOBS,
    (S.COMPLETED, S.DELIVERED): Permission.MANAGE_JOBS,
}

STATUS_LABELS: dict[JobStatus, str] = {
    S.RECEIVED: N_("Received"),
    S.QUOTED: N_("Quoted"),
    S.APPROVED: N_("Approved"),
    S.IN_PROGRESS: N_("In progress"),
    S.TESTING: N_("Testing"),
    S.COMPLETED: N_("Completed"),
    S.DELIVERED: N_("Delivered"),
    S.ON_HOLD: N_("On hold"),
    S.CANCELLED: N_("Cancelled"),
}


def status_label(status: str) -> str:
    try:
        return _(STATUS_LABELS[JobStatus(status)])
    except ValueError:
        return status


class HasStatus(Protocol):
    """A Job row or a JobDetail: anything with the two status fields."""

    @property
    def status(self) -> str: ...

    @property
    def status_before_hold(self) -> str | None: ...


def transition_permission(
    from_status: str, to_status: str, status_before_hold: str | None = None
) -> Permission | None:
    """The permission a transition needs, or None when the workflow forbids it."""
    try:
        source, target = JobStatus(from_status), JobStatus(to_status)
    except ValueError:
        return None
    if (source, target) in _FORWARD:
        return _FORWARD[(source, target)]
    if target is S.ON_HOLD and source in OPEN_STATUSES:
        return Permission.WORK_ON_JOBS
    if target is S.CANCELLED and (source in OPEN_STATUSES or source is S.ON_HOLD):
        return Permission.CANCEL_JOBS
    if source is S.ON_HOLD and status_before_hold == target.value and target in OPEN_STATUSES:
        return Permission.WORK_ON_JOBS
    return None


def allowed_transitions(job: HasStatus, actor: Actor | None) -> list[JobStatus]:
    """The statuses `actor` may move `job` to now, in workflow order: the buttons to show."""
    return [
        target
        for target in JobStatus
        if (permission := transition_permission(job.status, target, job.status_before_hold))
        is not None
        and can(actor, permission)
    ]


@dataclass(frozen=True)
class JobEventView:
    id: int
    job_id: int
    at: datetime
    user_id: int | None
    user_name: str | None
    from_status: str | None
    to_status: str
    internal_note: str
    public_note: str | None


def change_status(
    session: Session,
    actor: Actor | None,
    job_id: int,
    to_status: str,
    *,
    internal_note: str = "",
    public_note: str | None = None,
    expected_version: int | None = None,
) -> JobEventView:
    """Moves the job and records the event. Resuming a job on hold is a move to the status
    in `status_before_hold`. Cancelling needs the reason in `internal_note`. Seeing jobs is
    checked before the job is read; the move's own permission once its statuses are known."""
    require(actor, Permission.VIEW_JOBS)
    job = get_job_row(session, job_id)
    check_version(job, expected_version)
    source = job.status
    permission = transition_permission(source, to_status, job.status_before_hold)
    if permission is None:
        if source == S.ON_HOLD and to_status in RESUMABLE_VALUES:
            raise InvalidTransition(
                _(
                    "{reference} is on hold: it can only return to {previous} (or be "
                    "cancelled), not go to {to}.",
                    reference=job.reference,
                    previous=status_label(job.status_before_hold or ""),
                    to=status_label(to_status),
                )
            )
        raise InvalidTransition(
            _(
                "{reference} cannot go from {from_} to {to}.",
                reference=job.reference,
                from_=status_label(source),
                to=status_label(to_status),
            )
        )
    actor = require(actor, permission)
    to_status = JobStatus(to_status).value
    internal = internal_note.strip()
    public = (public_note or "").strip() or None
    if to_status == S.CANCELLED and not internal:
        raise ValidationError(_("required to cancel a job"), field=_("Reason"))
    if to_status == S.QUOTED and job.quoted_price is None:
        raise ValidationError(
            _("enter the quoted price before sending the quote"), field=_("Quoted price")
        )
    if to_status == S.ON_HOLD:
        job.status_before_hold = source
    elif source == S.ON_HOLD:
        job.status_before_hold = None
    job.status = to_status
    event = JobEvent(
        job_id=job.id,
        user_id=actor.id or None,
        from_status=source,
        to_status=to_status,
        internal_note=internal,
        public_note=public,
    )
    session.add(event)
    session.flush()
    return _event_view(event, actor.full_name)


def resume(
    session: Session,
    actor: Actor | None,
    job_id: int,
    *,
    internal_note: str = "",
    public_note: str | None = None,
    expected_version: int | None = None,
) -> JobEventView:
    """Takes a job off hold, back to the status it left."""
    require(actor, Permission.VIEW_JOBS)  # before the job is read; change_status checks the move
    job = get_job_row(session, job_id)
    if job.status != S.ON_HOLD or job.status_before_hold is None:
        raise InvalidTransition(
            _(
                "{reference} is not on hold ({status}); there is nothing to resume.",
                reference=job.reference,
                status=status_label(job.status),
            )
        )
    return change_status(
        session,
        actor,
        job_id,
        job.status_before_hold,
        internal_note=internal_note,
        public_note=public_note,
        expected_version=expected_version,
    )


def _event_view(event: JobEvent, user_name: str | None) -> JobEventView:
    return JobEventView(
        id=event.id,
        job_id=event.job_id,
        at=event.at,
        user_id=event.user_id,
        user_name=user_name,
        from_status=event.from_status,
        to_status=event.to_status,
        internal_note=event.internal_note,
        public_note=event.public_note,
    )


def list_events(session: Session, actor: Actor | None, job_id: int) -> list[JobEventView]:
    """The job's timeline, oldest first."""
    require(actor, Permission.VIEW_JOBS)
    get_job_row(session, job_id)
    rows = session.execute(
        select(JobEvent, User.full_name)
        .outerjoin(User, User.id == JobEvent.user_id)
        .where(JobEvent.job_id == job_id)
        .order_by(JobEvent.at, JobEvent.id)
    )
    return [_event_view(event, name) for event, name in rows]


class PublicEvent(NamedTuple):
    """One line of the kiosk's timeline: never an internal note or a name."""

    at: datetime
    status: str
    public_note: str | None


def public_timeline(session: Session, job_id: int) -> list[PublicEvent]:
    """What the kiosk may show once the access code was checked: when, the status reached
    and its public note. Internal notes and names are never part of it."""
    rows = session.execute(
        select(JobEvent.at, JobEvent.to_status, JobEvent.public_note)
        .where(JobEvent.job_id == job_id)
        .order_by(JobEvent.at, JobEvent.id)
    )
    return [PublicEvent(at, status, note) for at, status, note in rows]


@dataclass(frozen=True)
class PublicJobStatus:
    """What an SME sees at the kiosk after typing the reference and the access code."""

    reference: str
    title: str
    status: str
    due_date: date | None
    timeline: tuple[PublicEvent, ...]


def public_status(session: Session, reference: str, code: str) -> PublicJobStatus | None:
    """The kiosk's view of a job, or None when the reference and code do not match (the
    same answer for an unknown reference, so the kiosk reveals nothing)."""
    if not check_access_code(session, reference, code):
        return None
    job = session.scalar(select(Job).where(Job.reference == normalize_reference(reference)))
    if job is None:
        return None
    return PublicJobStatus(
        reference=job.reference,
        title=job.title,
        status=job.status,
        due_date=job.due_date,
        timeline=tuple(public_timeline(session, job.id)),
    )
