"""Items received for a job (ISO/IEC 17025 §7.4): unique IDs within the job, condition on
receipt, storage, and what became of them (returned or disposed, with the date).

Technicians, managers and admins record them (WORK_ON_JOBS). Specimens are records of the
lab's work: they are never deleted, so a code is never given out twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.jobs import DISPOSITION_VALUES, Specimen
from itc_desktop.services.errors import NotFound, ValidationError
from itc_desktop.services.jobs import get_job_row, refuse_if_closed
from itc_desktop.services.permissions import Permission, require


def specimen_code(reference: str, number: int) -> str:
    """`ITC-2026-0042-S03`: the job's reference and a running number (two digits or more)."""
    return f"{reference}-S{number:02d}"


@dataclass
class SpecimenInput:
    description: str
    material: str = ""
    condition_on_receipt: str = ""
    received_on: date | None = None  # empty: today
    storage_location: str = ""
    disposition: str | None = None  # stored, returned or disposed
    disposition_on: date | None = None


@dataclass(frozen=True)
class SpecimenView:
    id: int
    job_id: int
    code: str
    description: str
    material: str
    condition_on_receipt: str
    received_on: date
    storage_location: str
    disposition: str | None
    disposition_on: date | None


def _view(specimen: Specimen) -> SpecimenView:
    return SpecimenView(
        id=specimen.id,
        job_id=specimen.job_id,
        code=specimen.code,
        description=specimen.description,
        material=specimen.material,
        condition_on_receipt=specimen.condition_on_receipt,
        received_on=specimen.received_on,
        storage_location=specimen.storage_location,
        disposition=specimen.disposition,
        disposition_on=specimen.disposition_on,
    )


def _checked(data: SpecimenInput, today: date) -> dict[str, object]:
    errors: dict[str, str] = {}
    description = data.description.strip()
    if not description:
        errors[_("Description")] = _("required")
    received_on = data.received_on or today
    if received_on > today:
        errors[_("Received on")] = _("cannot be in the future")
    disposition = data.disposition or None
    if disposition is not None and disposition not in DISPOSITION_VALUES:
        errors[_("Disposition")] = _("one of {list}", list=", ".join(DISPOSITION_VALUES))
    if disposition in ("returned", "disposed") and data.disposition_on is None:
        errors[_("Returned or disposed on")] = _("required when the item left the lab")
    if data.disposition_on is not None:
        if disposition not in ("returned", "disposed"):
            errors[_("Returned or disposed on")] = _("only for an item returned or disposed of")
        elif data.disposition_on < received_on:
            errors[_("Returned or disposed on")] = _(
                "before it was received ({date})", date=received_on
            )
    if errors:
        raise ValidationError(errors)
    return {
        "description": description,
        "material": " ".join(data.material.split()),
        "condition_on_receipt": data.condition_on_receipt.strip(),
        "received_on": received_on,
        "storage_location": data.storage_location.strip(),
        "disposition": disposition,
        "disposition_on": data.disposition_on,
    }


def add_specimen(
    session: Session,
    actor: Actor | None,
    job_id: int,
    data: SpecimenInput,
    *,
    today: date | None = None,
) -> SpecimenView:
    """Registers a received item; its code is the next free `<reference>-Snn`."""
    require(actor, Permission.WORK_ON_JOBS)
    job = get_job_row(session, job_id)
    refuse_if_closed(job)
    values = _checked(data, today or date.today())
    codes = session.scalars(select(Specimen.code).where(Specimen.job_id == job_id))
    prefix = f"{job.reference}-S"
    numbers = [int(c.removeprefix(prefix)) for c in codes if c.removeprefix(prefix).isdigit()]
    specimen = Specimen(
        job_id=job_id, code=specimen_code(job.reference, max(numbers, default=0) + 1), **values
    )
    session.add(specimen)
    session.flush()
    return _view(specimen)


def update_specimen(
    session: Session,
    actor: Actor | None,
    specimen_id: int,
    data: SpecimenInput,
    *,
    today: date | None = None,
) -> SpecimenView:
    """Edits an item's record, e.g. its storage location or its return/disposal. The code
    never changes. Allowed on closed jobs too: items are returned after delivery."""
    require(actor, Permission.WORK_ON_JOBS)
    specimen = session.get(Specimen, specimen_id)
    if specimen is None:
        raise NotFound(_("No specimen with id {id}.", id=specimen_id))
    for key, value in _checked(data, today or date.today()).items():
        if getattr(specimen, key) != value:
            setattr(specimen, key, value)
    session.flush()
    return _view(specimen)


def list_specimens(session: Session, actor: Actor | None, job_id: int) -> list[SpecimenView]:
    require(actor, Permission.VIEW_JOBS)
    get_job_row(session, job_id)
    rows = session.scalars(select(Specimen).where(Specimen.job_id == job_id).order_by(Specimen.id))
    return [_view(s) for s in rows]
