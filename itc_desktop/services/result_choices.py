"""Reads for the test record editor: open jobs, instruments with their calibration state,
active users who may perform a test, and the managers' calibration overrides still usable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.models.jobs import Job, JobStatus
from itc_desktop.models.users import User
from itc_desktop.services import calibration
from itc_desktop.services.calibration import CalibrationStatus
from itc_desktop.services.permissions import Permission, require

CLOSED_JOB_STATES = (JobStatus.DELIVERED.value, JobStatus.CANCELLED.value)


@dataclass(frozen=True)
class JobChoice:
    id: int
    reference: str
    title: str


@dataclass(frozen=True)
class UserChoice:
    id: int
    full_name: str


@dataclass(frozen=True)
class EditorChoices:
    jobs: tuple[JobChoice, ...]
    instruments: tuple[CalibrationStatus, ...]
    users: tuple[UserChoice, ...]


def editor_choices(
    session: Session,
    actor: Actor | None,
    at: datetime | None = None,
    include_job: int | None = None,
) -> EditorChoices:
    """Jobs that are not delivered or cancelled (plus `include_job`, newest first), every
    measuring instrument that is not retired with its calibration state on `at`, and the
    active users by name."""
    require(actor, Permission.ENTER_RESULTS)
    open_jobs = Job.status.not_in(CLOSED_JOB_STATES)
    if include_job is not None:
        open_jobs = open_jobs | (Job.id == include_job)
    jobs = session.execute(
        select(Job.id, Job.reference, Job.title).where(open_jobs).order_by(Job.id.desc())
    ).all()
    users = session.execute(
        select(User.id, User.full_name).where(User.active.is_(True)).order_by(User.full_name)
    ).all()
    return EditorChoices(
        jobs=tuple(JobChoice(i, r, t) for i, r, t in jobs),
        instruments=tuple(calibration.instrument_statuses(session, actor, at)),
        users=tuple(UserChoice(i, n) for i, n in users),
    )


def usable_overrides(
    session: Session, actor: Actor | None, equipment_id: int, on: date
) -> list[calibration.OverrideRow]:
    """The overrides of an instrument valid on `on`: not revoked, not used up."""
    require(actor, Permission.ENTER_RESULTS)
    return [
        o
        for o in calibration.list_overrides(session, actor, equipment_id)
        if o.revoked_at is None
        and not (o.single_use and o.used_at is not None)
        and o.valid_from <= on <= o.valid_until
    ]
