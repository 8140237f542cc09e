"""Calibration of measuring instruments (ISO/IEC 17025 §6.4.8, §6.5): records, the status
at a date, managers' overrides, and the gate every use of an instrument passes through.

An instrument is "out of calibration" when it has no calibration, its latest one failed, or
the latest one's validity has ended; "due soon" when it ends within the configured days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import (
    RESULT_VALUES,
    Calibration,
    CalibrationOverride,
    CalibrationResult,
    Equipment,
    EquipmentDocument,
    EquipmentStatus,
)
from itc_desktop.models.users import User
from itc_desktop.services.equipment_settings import (
    get_equipment_settings,
    lab_zone,
    local_date,
)
from itc_desktop.services.errors import DomainError, NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require

MIN_JUSTIFICATION = 10


class OutOfCalibration(DomainError):
    """An instrument out of calibration was about to be used without a manager's override."""


class CalibrationState(StrEnum):
    NOT_REQUIRED = "not_required"  # not a measuring instrument
    OK = "ok"
    DUE_SOON = "due_soon"  # amber
    OUT = "out"  # red


class OutReason(StrEnum):
    NONE = "none"  # never calibrated
    LAPSED = "lapsed"
    FAILED = "failed"


@dataclass(frozen=True)
class CalibrationStatus:
    equipment_id: int
    asset_tag: str
    name: str
    state: CalibrationState
    reason: OutReason | None = None  # set when state is OUT
    valid_until: date | None = None
    days_left: int | None = None  # negative when lapsed
    calibration_id: int | None = None

    def describe(self) -> str:
        if self.state == CalibrationState.NOT_REQUIRED:
            return _("not a measuring instrument")
        if self.state == CalibrationState.OK:
            return _("calibrated, valid until {date}", date=self.valid_until)
        if self.state == CalibrationState.DUE_SOON:
            return _(
                "calibration ends on {date} ({n} days left)",
                date=self.valid_until,
                n=self.days_left,
            )
        if self.reason == OutReason.FAILED:
            return _("the latest calibration failed")
        if self.reason == OutReason.LAPSED:
            return _("calibration expired on {date}", date=self.valid_until)
        return _("no calibration recorded")


@dataclass(frozen=True)
class CalibrationRow:
    id: int
    calibrated_on: date
    valid_until: date
    provider: str
    accredited: bool
    certificate_number: str
    result: str
    acceptance_criteria: str
    notes: str
    certificate_document_id: int | None
    certificate_file_name: str | None
    recorded_by: str | None


@dataclass(frozen=True)
class OverrideRow:
    id: int
    equipment_id: int
    justification: str
    granted_by: str
    granted_at: datetime
    valid_from: date
    valid_until: date
    single_use: bool
    used_at: datetime | None
    revoked_at: datetime | None


def _get_equipment(session: Session, equipment_id: int) -> Equipment:
    # Not services.equipment.get: that module imports this one for the list's badges.
    equipment = session.get(Equipment, equipment_id)
    if equipment is None:
        raise NotFound(_("There is no equipment with id {id}.", id=equipment_id))
    return equipment


def _status_of(
    equipment: Equipment, latest: Calibration | None, on: date, due_soon_days: int
) -> CalibrationStatus:
    def status(state: CalibrationState, reason: OutReason | None = None) -> CalibrationStatus:
        return CalibrationStatus(
            equipment_id=equipment.id,
            asset_tag=equipment.asset_tag,
            name=equipment.name,
            state=state,
            reason=reason,
            valid_until=latest.valid_until if latest else None,
            days_left=(latest.valid_until - on).days if latest else None,
            calibration_id=latest.id if latest else None,
        )

    if not equipment.is_measuring_instrument:
        return CalibrationStatus(
            equipment.id, equipment.asset_tag, equipment.name, CalibrationState.NOT_REQUIRED
        )
    if latest is None:
        return status(CalibrationState.OUT, OutReason.NONE)
    if latest.result == CalibrationResult.FAIL:
        return status(CalibrationState.OUT, OutReason.FAILED)
    days_left = (latest.valid_until - on).days
    if days_left < 0:
        return status(CalibrationState.OUT, OutReason.LAPSED)
    if days_left <= due_soon_days:
        return status(CalibrationState.DUE_SOON)
    return status(CalibrationState.OK)


def _latest_calibrations(
    session: Session, equipment_ids: Iterable[int], on: date
) -> dict[int, Calibration]:
    """The calibration in force on a date per instrument: the latest made on or before it."""
    latest: dict[int, Calibration] = {}
    ids = list(equipment_ids)
    if not ids:
        return latest
    rows = session.scalars(
        select(Calibration)
        .where(Calibration.equipment_id.in_(ids), Calibration.calibrated_on <= on)
        .order_by(Calibration.calibrated_on, Calibration.id)
    )
    for calibration in rows:
        latest[calibration.equipment_id] = calibration
    return latest


def calibration_statuses(
    session: Session, equipment: list[Equipment], at: datetime | None = None
) -> dict[int, CalibrationStatus]:
    """Status of many pieces of equipment at once (the list and the dashboard use it)."""
    on = local_date(session, at or utcnow())
    days = get_equipment_settings(session).calibration_due_soon_days
    latest = _latest_calibrations(session, (e.id for e in equipment), on)
    return {e.id: _status_of(e, latest.get(e.id), on, days) for e in equipment}


def calibration_status(
    session: Session, actor: Actor | None, equipment_id: int, at: datetime | None = None
) -> CalibrationStatus:
    require(actor, Permission.VIEW_EQUIPMENT)
    equipment = _get_equipment(session, equipment_id)
    return calibration_statuses(session, [equipment], at)[equipment_id]


def instrument_statuses(
    session: Session, actor: Actor | None, at: datetime | None = None
) -> list[CalibrationStatus]:
    """Every measuring instrument that is not retired, ordered by asset tag."""
    require(actor, Permission.VIEW_EQUIPMENT)
    instruments = list(
        session.scalars(
            select(Equipment)
            .where(
                Equipment.is_measuring_instrument.is_(True),
                Equipment.status != EquipmentStatus.RETIRED.value,
            )
            .order_by(Equipment.asset_tag)
        )
    )
    statuses = calibration_statuses(session, instruments, at)
    return [statuses[e.id] for e in instruments]


def record_calibration(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    *,
    calibrated_on: date,
    valid_until: date,
    provider: str,
    result: str,
    accredited: bool = False,
    certificate_number: str = "",
    acceptance_criteria: str = "",
    notes: str = "",
    certificate_document_id: int | None = None,
) -> int:
    require(actor, Permission.RECORD_CALIBRATION)
    equipment = _get_equipment(session, equipment_id)
    errors: dict[str, str] = {}
    if not equipment.is_measuring_instrument:
        errors[_("Equipment")] = _(
            "{tag} is not marked as a measuring instrument", tag=equipment.asset_tag
        )
    if calibrated_on > local_date(session, utcnow()):
        errors[_("Calibration date")] = _("cannot be in the future")
    if valid_until < calibrated_on:
        errors[_("Valid until")] = _("must not be before the calibration date")
    if not provider.strip():
        errors[_("Provider")] = _("required")
    if result not in RESULT_VALUES:
        errors[_("Result")] = _("one of {list}", list=", ".join(RESULT_VALUES))
    if len(certificate_number) > 100:
        errors[_("Certificate number")] = _("at most {n} characters", n=100)
    if certificate_document_id is not None:
        owner = session.scalar(
            select(EquipmentDocument.equipment_id).where(
                EquipmentDocument.id == certificate_document_id
            )
        )
        if owner != equipment_id:
            errors[_("Certificate")] = _("not a document of this equipment")
    if errors:
        raise ValidationError(errors)
    calibration = Calibration(
        equipment_id=equipment_id,
        calibrated_on=calibrated_on,
        valid_until=valid_until,
        provider=provider.strip(),
        accredited=accredited,
        certificate_number=certificate_number.strip(),
        result=result,
        acceptance_criteria=acceptance_criteria.strip(),
        notes=notes.strip(),
        certificate_document_id=certificate_document_id,
        recorded_by_id=actor.id if actor else None,
    )
    session.add(calibration)
    session.flush()
    return calibration.id


def list_calibrations(
    session: Session, actor: Actor | None, equipment_id: int
) -> list[CalibrationRow]:
    """Newest first."""
    require(actor, Permission.VIEW_EQUIPMENT)
    rows = session.execute(
        select(Calibration, EquipmentDocument.file_name, User.full_name)
        .outerjoin(EquipmentDocument, EquipmentDocument.id == Calibration.certificate_document_id)
        .outerjoin(User, User.id == Calibration.recorded_by_id)
        .where(Calibration.equipment_id == equipment_id)
        .order_by(Calibration.calibrated_on.desc(), Calibration.id.desc())
    ).all()
    return [
        CalibrationRow(
            id=c.id,
            calibrated_on=c.calibrated_on,
            valid_until=c.valid_until,
            provider=c.provider,
            accredited=c.accredited,
            certificate_number=c.certificate_number,
            result=c.result,
            acceptance_criteria=c.acceptance_criteria,
            notes=c.notes,
            certificate_document_id=c.certificate_document_id,
            certificate_file_name=file_name,
            recorded_by=recorded_by,
        )
        for c, file_name, recorded_by in rows
    ]


def grant_override(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    *,
    justification: str,
    valid_from: date,
    valid_until: date | None = None,
    single_use: bool = False,
) -> int:
    """A manager allows use of an instrument out of calibration, with a written reason, for
    the days valid_from..valid_until (one day if not given) or for one use only."""
    actor = require(actor, Permission.OVERRIDE_CALIBRATION)
    equipment = _get_equipment(session, equipment_id)
    valid_until = valid_until or valid_from
    errors: dict[str, str] = {}
    if not equipment.is_measuring_instrument:
        errors[_("Equipment")] = _(
            "{tag} is not a measuring instrument; no override is needed", tag=equipment.asset_tag
        )
    if len(justification.strip()) < MIN_JUSTIFICATION:
        errors[_("Justification")] = _(
            "write why it may be used (at least {n} characters)", n=MIN_JUSTIFICATION
        )
    if valid_until < valid_from:
        errors[_("Valid until")] = _("must not be before the first day")
    if (valid_until - valid_from).days > 90:
        errors[_("Valid until")] = _("an override lasts at most 90 days")
    if errors:
        raise ValidationError(errors)
    override = CalibrationOverride(
        equipment_id=equipment_id,
        justification=justification.strip(),
        granted_by_id=actor.id,
        valid_from=valid_from,
        valid_until=valid_until,
        single_use=single_use,
    )
    session.add(override)
    session.flush()
    return override.id


def revoke_override(session: Session, actor: Actor | None, override_id: int) -> None:
    require(actor, Permission.OVERRIDE_CALIBRATION)
    override = session.get(CalibrationOverride, override_id)
    if override is None:
        raise NotFound(_("There is no calibration override with id {id}.", id=override_id))
    if override.revoked_at is None:
        override.revoked_at = utcnow()
        session.flush()


def list_overrides(session: Session, actor: Actor | None, equipment_id: int) -> list[OverrideRow]:
    require(actor, Permission.VIEW_EQUIPMENT)
    rows = session.execute(
        select(CalibrationOverride, User.full_name)
        .join(User, User.id == CalibrationOverride.granted_by_id)
        .where(CalibrationOverride.equipment_id == equipment_id)
        .order_by(CalibrationOverride.granted_at.desc(), CalibrationOverride.id.desc())
    ).all()
    return [
        OverrideRow(
            id=o.id,
            equipment_id=o.equipment_id,
            justification=o.justification,
            granted_by=name,
            granted_at=o.granted_at,
            valid_from=o.valid_from,
            valid_until=o.valid_until,
            single_use=o.single_use,
            used_at=o.used_at,
            revoked_at=o.revoked_at,
        )
        for o, name in rows
    ]


def _override_problem(override: CalibrationOverride, equipment_id: int, on: date) -> str | None:
    if override.equipment_id != equipment_id:
        return _("override {id} is for another instrument", id=override.id)
    if override.revoked_at is not None:
        return _("override {id} was revoked", id=override.id)
    if override.single_use and override.used_at is not None:
        return _("single-use override {id} was already used", id=override.id)
    if not override.valid_from <= on <= override.valid_until:
        return _(
            "override {id} is valid from {start} to {end}",
            id=override.id,
            start=override.valid_from,
            end=override.valid_until,
        )
    return None


def check_instrument_usable(
    session: Session,
    equipment_id: int,
    at: datetime,
    actor: Actor | None,
    override_id: int | None = None,
) -> CalibrationOverride | None:
    """The calibration gate of usage sessions and test results.

    Returns None when the equipment needs no calibration or is calibrated at `at`. When it is
    out of calibration, returns the manager's override that allows the use (the given one, or
    else one in force that day) so the caller can store its id; a single-use override is spent
    by this call. Raises OutOfCalibration, naming the reason, when there is none."""
    require(actor, Permission.VIEW_EQUIPMENT)
    equipment = _get_equipment(session, equipment_id)
    zone = lab_zone(session)
    on = local_date(session, at, zone)
    status = calibration_statuses(session, [equipment], at)[equipment_id]
    if status.state != CalibrationState.OUT:
        return None
    refusal = _(
        "{tag} {name} is out of calibration ({reason}). A manager must record an override "
        "with a written justification before it can be used.",
        tag=equipment.asset_tag,
        name=equipment.name,
        reason=status.describe(),
    )
    if override_id is not None:
        override = session.get(CalibrationOverride, override_id)
        if override is None:
            raise NotFound(_("There is no calibration override with id {id}.", id=override_id))
        problem = _override_problem(override, equipment_id, on)
        if problem is not None:
            raise OutOfCalibration(f"{refusal} ({problem})")
    else:
        override = session.scalars(
            select(CalibrationOverride)
            .where(
                CalibrationOverride.equipment_id == equipment_id,
                CalibrationOverride.revoked_at.is_(None),
                CalibrationOverride.valid_from <= on,
                CalibrationOverride.valid_until >= on,
                or_(
                    CalibrationOverride.single_use.is_(False),
                    CalibrationOverride.used_at.is_(None),
                ),
            )
            # A standing override first, so single-use ones stay for the case they were for.
            .order_by(CalibrationOverride.single_use, CalibrationOverride.id)
            .limit(1)
        ).first()
        if override is None:
            raise OutOfCalibration(refusal)
    if override.single_use:
        override.used_at = utcnow()
        session.flush()
    return override
