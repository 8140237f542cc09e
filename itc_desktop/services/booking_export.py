"""Bookings of one equipment, one person or one job as an iCalendar file. UIDs are
`booking-<id>@itc-lab` and SEQUENCE is the booking's version, so importing the file again
updates the events (a cancelled booking comes as STATUS:CANCELLED) instead of duplicating."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.importers.ics import IcsEvent, calendar_text
from itc_desktop.models.base import utcnow
from itc_desktop.models.bookings import BOOKING_STATUS_LABELS, Booking, BookingStatus
from itc_desktop.models.equipment import Equipment
from itc_desktop.models.jobs import Job
from itc_desktop.models.users import User
from itc_desktop.services.equipment import normalize_tag
from itc_desktop.services.errors import NotFound, ValidationError
from itc_desktop.services.jobs import normalize_reference
from itc_desktop.services.permissions import Permission, require

UID_DOMAIN = "itc-lab"


def booking_uid(booking_id: int) -> str:
    return f"booking-{booking_id}@{UID_DOMAIN}"


def export_ics(
    session: Session,
    actor: Actor | None,
    *,
    equipment_id: int | None = None,
    user_id: int | None = None,
    job_id: int | None = None,
    now: datetime | None = None,
) -> str:
    """The .ics text (CRLF line ends) of the bookings of exactly one equipment, person or job."""
    require(actor, Permission.VIEW_BOOKINGS)
    chosen = [v for v in (equipment_id, user_id, job_id) if v is not None]
    if len(chosen) != 1:
        raise ValidationError(_("choose one equipment, one person or one job"), field=_("Export"))
    person = aliased(User)
    stmt = (
        select(Booking, Equipment, person.full_name, Job.reference, Job.title)
        .join(Equipment, Equipment.id == Booking.equipment_id)
        .join(person, person.id == Booking.booked_for_id)
        .outerjoin(Job, Job.id == Booking.job_id)
        .order_by(Booking.starts_at, Booking.id)
    )
    if equipment_id is not None:
        equipment = session.get(Equipment, equipment_id)
        if equipment is None:
            raise NotFound(_("There is no equipment with id {id}.", id=equipment_id))
        stmt = stmt.where(Booking.equipment_id == equipment_id)
        name = f"{equipment.asset_tag} {equipment.name}"
    elif user_id is not None:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(_("There is no user with id {id}.", id=user_id))
        stmt = stmt.where(Booking.booked_for_id == user_id)
        name = _("Bookings of {name}", name=user.full_name)
    else:
        job = session.get(Job, job_id)
        if job is None:
            raise NotFound(_("There is no job with id {id}.", id=job_id))
        stmt = stmt.where(Booking.job_id == job_id)
        name = f"{job.reference} {job.title}"
    events = []
    for booking, equipment_row, who, reference, title in session.execute(stmt).all():
        summary = f"{equipment_row.asset_tag} {equipment_row.name} — {who}"
        details = [booking.purpose] if booking.purpose else []
        if reference:
            details.append(_("Job {reference}: {title}", reference=reference, title=title))
        details.append(_("Status: {status}", status=_(BOOKING_STATUS_LABELS[booking.status])))
        if booking.status == BookingStatus.CANCELLED:
            details.append(_("Cancelled: {reason}", reason=booking.cancel_reason))
        events.append(
            IcsEvent(
                uid=booking_uid(booking.id),
                start=booking.starts_at,
                end=booking.ends_at,
                summary=summary,
                description="\n".join(details),
                location=equipment_row.location,
                sequence=booking.version - 1,
                cancelled=booking.status == BookingStatus.CANCELLED,
            )
        )
    return calendar_text(events, name, now or utcnow())


def export_ics_for(
    session: Session,
    actor: Actor | None,
    *,
    asset_tag: str | None = None,
    username: str | None = None,
    job_reference: str | None = None,
    now: datetime | None = None,
) -> str:
    """The same, chosen by asset tag, user name or job reference (the command line)."""
    require(actor, Permission.VIEW_BOOKINGS)
    chosen = [v for v in (asset_tag, username, job_reference) if v]
    if len(chosen) != 1:
        raise ValidationError(
            _("give exactly one of --equipment, --user, --job"), field=_("Export")
        )
    if asset_tag:
        equipment_id = session.scalar(
            select(Equipment.id).where(Equipment.asset_tag == normalize_tag(asset_tag))
        )
        if equipment_id is None:
            raise NotFound(_("There is no equipment with asset tag {tag}.", tag=asset_tag))
        return export_ics(session, actor, equipment_id=equipment_id, now=now)
    if username:
        user_id = session.scalar(select(User.id).where(User.username == username.strip()))
        if user_id is None:
            raise NotFound(_("There is no user {name}.", name=username))
        return export_ics(session, actor, user_id=user_id, now=now)
    reference = normalize_reference(job_reference or "")
    job_id = session.scalar(select(Job.id).where(Job.reference == reference))
    if job_id is None:
        raise NotFound(_("There is no job {reference}.", reference=job_reference))
    return export_ics(session, actor, job_id=job_id, now=now)
