"""Operator qualifications (ISO/IEC 17025 §6.2): who may operate which equipment, until when.

Managers and admins grant and revoke (GRANT_QUALIFICATION); equipment that requires a
qualification refuses usage sessions (and bookings) of operators without a valid one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import Equipment, EquipmentStatus, Qualification
from itc_desktop.models.users import User
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.equipment_settings import local_date
from itc_desktop.services.errors import DomainError, NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require


class NotQualified(DomainError):
    """The operator lacks a valid qualification for the equipment."""


class QualificationState(StrEnum):
    VALID = "valid"
    NOT_YET = "not_yet"  # granted from a later date
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(frozen=True)
class QualificationRow:
    id: int
    user_id: int
    user_name: str
    equipment_id: int
    asset_tag: str
    equipment_name: str
    granted_by: str | None
    granted_on: date
    valid_until: date | None
    notes: str
    revoked_at: datetime | None
    revoke_reason: str
    state: QualificationState


@dataclass(frozen=True)
class OperatorRow:
    id: int
    username: str
    full_name: str
    role: str


def list_operators(session: Session, actor: Actor | None) -> list[OperatorRow]:
    """Active staff, for the operator and "grant to" pickers (the user list is admin-only)."""
    require(actor, Permission.VIEW_EQUIPMENT)
    users = session.scalars(
        select(User).where(User.active.is_(True)).order_by(User.full_name, User.id)
    )
    return [OperatorRow(u.id, u.username, u.full_name, u.role) for u in users]


def _state(q: Qualification, on: date) -> QualificationState:
    if q.revoked_at is not None:
        return QualificationState.REVOKED
    if q.granted_on > on:
        return QualificationState.NOT_YET
    if q.valid_until is not None and q.valid_until < on:
        return QualificationState.EXPIRED
    return QualificationState.VALID


def _current(session: Session, user_id: int, equipment_id: int) -> Qualification | None:
    return session.scalars(
        select(Qualification).where(
            Qualification.user_id == user_id,
            Qualification.equipment_id == equipment_id,
            Qualification.revoked_at.is_(None),
        )
    ).first()


def grant_qualification(
    session: Session,
    actor: Actor | None,
    user_id: int,
    equipment_id: int,
    *,
    valid_until: date | None = None,
    granted_on: date | None = None,
    notes: str = "",
) -> int:
    """Grants, or renews the current qualification (the audit trail keeps the old dates)."""
    actor = require(actor, Permission.GRANT_QUALIFICATION)
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(_("There is no user with id {id}.", id=user_id))
    equipment = equipment_service.get(session, equipment_id)
    granted_on = granted_on or local_date(session, utcnow())
    errors: dict[str, str] = {}
    if not user.active:
        errors[_("Operator")] = _("{name} is deactivated", name=user.full_name)
    if equipment.status == EquipmentStatus.RETIRED:
        errors[_("Equipment")] = _("{tag} is retired", tag=equipment.asset_tag)
    if valid_until is not None and valid_until < granted_on:
        errors[_("Valid until")] = _("must not be before the grant date")
    if errors:
        raise ValidationError(errors)
    qualification = _current(session, user_id, equipment_id)
    if qualification is None:
        qualification = Qualification(user_id=user_id, equipment_id=equipment_id)
        session.add(qualification)
    qualification.granted_by_id = actor.id
    qualification.granted_on = granted_on
    qualification.valid_until = valid_until
    qualification.notes = notes.strip()
    session.flush()
    return qualification.id


def revoke_qualification(
    session: Session, actor: Actor | None, qualification_id: int, reason: str
) -> None:
    actor = require(actor, Permission.GRANT_QUALIFICATION)
    qualification = session.get(Qualification, qualification_id)
    if qualification is None:
        raise NotFound(_("There is no qualification with id {id}.", id=qualification_id))
    if qualification.revoked_at is not None:
        return
    if not reason.strip():
        raise ValidationError(_("say why the qualification is revoked"), field=_("Reason"))
    qualification.revoked_at = utcnow()
    qualification.revoked_by_id = actor.id
    qualification.revoke_reason = reason.strip()
    session.flush()


def list_qualifications(
    session: Session,
    actor: Actor | None,
    *,
    equipment_id: int | None = None,
    user_id: int | None = None,
    include_revoked: bool = False,
    on: date | None = None,
) -> list[QualificationRow]:
    """Qualified operators of one equipment, or one operator's qualifications."""
    require(actor, Permission.VIEW_EQUIPMENT)
    on = on or local_date(session, utcnow())
    granter = aliased(User)
    stmt = (
        select(
            Qualification, User.full_name, Equipment.asset_tag, Equipment.name, granter.full_name
        )
        .join(User, User.id == Qualification.user_id)
        .join(Equipment, Equipment.id == Qualification.equipment_id)
        .outerjoin(granter, granter.id == Qualification.granted_by_id)
        .order_by(Equipment.asset_tag, User.full_name, Qualification.id)
    )
    if equipment_id is not None:
        stmt = stmt.where(Qualification.equipment_id == equipment_id)
    if user_id is not None:
        stmt = stmt.where(Qualification.user_id == user_id)
    if not include_revoked:
        stmt = stmt.where(Qualification.revoked_at.is_(None))
    return [
        QualificationRow(
            id=q.id,
            user_id=q.user_id,
            user_name=user_name,
            equipment_id=q.equipment_id,
            asset_tag=tag,
            equipment_name=equipment_name,
            granted_by=granted_by,
            granted_on=q.granted_on,
            valid_until=q.valid_until,
            notes=q.notes,
            revoked_at=q.revoked_at,
            revoke_reason=q.revoke_reason,
            state=_state(q, on),
        )
        for q, user_name, tag, equipment_name, granted_by in session.execute(stmt).all()
    ]


def check_qualified(
    session: Session, user_id: int, equipment_id: int, until: datetime | date
) -> None:
    """Raises NotQualified unless the user may operate the equipment up to `until` (the end
    of a booking, or now for a usage session). Equipment that needs no qualification passes."""
    equipment = equipment_service.get(session, equipment_id)
    if not equipment.requires_qualification:
        return
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(_("There is no user with id {id}.", id=user_id))
    on = local_date(session, until) if isinstance(until, datetime) else until
    qualification = _current(session, user_id, equipment_id)
    what = _(
        "{name} is not qualified to operate {tag} {equipment}",
        name=user.full_name,
        tag=equipment.asset_tag,
        equipment=equipment.name,
    )
    if qualification is None:
        revoked = session.scalar(
            select(Qualification.id).where(
                Qualification.user_id == user_id, Qualification.equipment_id == equipment_id
            )
        )
        detail = (
            _("the qualification was revoked")
            if revoked is not None
            else _("no qualification recorded")
        )
        raise NotQualified(
            _("{what} ({detail}). A manager can grant it.", what=what, detail=detail)
        )
    state = _state(qualification, on)
    if state == QualificationState.EXPIRED:
        raise NotQualified(
            _(
                "{what} (the qualification expired on {date}). A manager can renew it.",
                what=what,
                date=qualification.valid_until,
            )
        )
    if state == QualificationState.NOT_YET:
        raise NotQualified(
            _(
                "{what} (the qualification is valid from {date}).",
                what=what,
                date=qualification.granted_on,
            )
        )
