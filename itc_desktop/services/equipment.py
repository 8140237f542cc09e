"""Equipment records: create, edit, retire, take out of service; the list with its derived
status and calibration badge; lookup by asset tag for the scanner fast path.

Everyone signed in reads (VIEW_EQUIPMENT); managers and admins edit (MANAGE_EQUIPMENT)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import N_, _
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import (
    CATEGORY_LABELS,
    CATEGORY_VALUES,
    EQUIPMENT_CURRENCIES,
    IN_USE,
    IN_USE_LABEL,
    STATUS_LABELS,
    Equipment,
    EquipmentStatus,
    EquipmentStatusChange,
    UsageSession,
)
from itc_desktop.models.users import User
from itc_desktop.services.calibration import CalibrationStatus, calibration_statuses
from itc_desktop.services.errors import Conflict, InvalidTransition, NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.text_rules import check_texts
from itc_desktop.services.versions import check_version

ASSET_TAG_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{0,31}$")

# The label of each field as error messages name it (the CSV importer maps them to columns).
FIELD_LABELS: dict[str, str] = {
    "asset_tag": N_("Asset tag"),
    "name": N_("Name"),
    "category": N_("Category"),
    "manufacturer": N_("Manufacturer"),
    "model": N_("Model"),
    "serial_number": N_("Serial number"),
    "firmware_version": N_("Firmware/software version"),
    "location": N_("Location"),
    "commissioned_on": N_("Commissioning date"),
    "hourly_rate": N_("Hourly rate"),
    "currency": N_("Currency"),
    "nominal_power_kw": N_("Nominal power (kW)"),
    "notes": N_("Notes"),
    "max_booking_hours": N_("Max. booking (hours)"),
    "min_notice_hours": N_("Min. notice (hours)"),
}
MAX_HOURS_SETTING = 87_840  # ten years in hours: the booking length and notice limits
_MAX_LENGTHS = {
    "asset_tag": 32,
    "name": 200,
    "manufacturer": 200,
    "model": 200,
    "serial_number": 100,
    "firmware_version": 100,
    "location": 200,
}


@dataclass
class EquipmentData:
    """What the form (or a CSV row) gives to create or edit a piece of equipment."""

    asset_tag: str
    name: str
    category: str
    manufacturer: str = ""
    model: str = ""
    serial_number: str = ""
    firmware_version: str = ""
    location: str = ""
    commissioned_on: date | None = None
    hourly_rate: Decimal | None = None
    currency: str = "EUR"
    nominal_power_kw: Decimal | None = None
    bookable: bool = True
    requires_qualification: bool = False
    is_measuring_instrument: bool = False
    notes: str = ""
    max_booking_hours: int | None = None
    min_notice_hours: int | None = None


@dataclass(frozen=True)
class EquipmentRow:
    """One line of the equipment table."""

    id: int
    asset_tag: str
    name: str
    category: str
    category_label: str
    manufacturer: str
    model: str
    serial_number: str
    location: str
    status: str  # stored: available / maintenance / out_of_service / retired
    display_status: str  # the stored one, or "in_use" while a session runs
    status_label: str
    is_measuring_instrument: bool
    requires_qualification: bool
    bookable: bool
    # The badge: state not_required / ok / due_soon (amber) / out (red), valid_until, describe().
    calibration: CalibrationStatus
    version: int  # what a status action taken from this line is based on
    running_session_id: int | None = None
    running_operator: str | None = None
    running_since: datetime | None = None


@dataclass(frozen=True)
class EquipmentDetail:
    """Everything the Overview form shows, plus the version the edit must be based on."""

    id: int
    data: EquipmentData
    status: str
    version: int
    created_at: datetime


@dataclass(frozen=True)
class StatusChangeRow:
    id: int
    from_status: str
    to_status: str
    changed_at: datetime
    changed_by: str | None
    note: str
    maintenance_record_id: int | None


@dataclass
class EquipmentQuery:
    """Filters of the equipment list. `status` may also be "in_use" (derived)."""

    text: str = ""
    category: str | None = None
    status: str | None = None
    include_retired: bool = True
    ids: list[int] | None = field(default=None)


def normalize_tag(tag: str) -> str:
    return tag.strip().upper()


def _label(field_name: str) -> str:
    return _(FIELD_LABELS[field_name])


def validate(session: Session, data: EquipmentData, exclude_id: int | None = None) -> None:
    """Raises ValidationError naming every wrong field."""
    errors: dict[str, str] = {}
    data.asset_tag = normalize_tag(data.asset_tag)
    data.name = data.name.strip()
    if not data.asset_tag:
        errors[_label("asset_tag")] = _("required")
    elif not ASSET_TAG_PATTERN.match(data.asset_tag):
        errors[_label("asset_tag")] = _(
            "letters, digits and . _ / - only, at most 32 characters (e.g. ITC-0042)"
        )
    else:
        other = session.execute(
            select(Equipment.id, Equipment.name).where(Equipment.asset_tag == data.asset_tag)
        ).first()
        if other is not None and other.id != exclude_id:
            errors[_label("asset_tag")] = _(
                "{tag} is already used by {name}", tag=data.asset_tag, name=other.name
            )
    if not data.name:
        errors[_label("name")] = _("required")
    for name, limit in _MAX_LENGTHS.items():
        if len(getattr(data, name)) > limit and _label(name) not in errors:
            errors[_label(name)] = _("at most {n} characters", n=limit)
    if data.category not in CATEGORY_VALUES:
        errors[_label("category")] = _(
            "unknown category {value}; one of {list}",
            value=data.category,
            list=", ".join(CATEGORY_VALUES),
        )
    if data.currency not in EQUIPMENT_CURRENCIES:
        errors[_label("currency")] = _("one of {list}", list=", ".join(EQUIPMENT_CURRENCIES))
    for name, too_large in (("hourly_rate", Decimal("1e9")), ("nominal_power_kw", Decimal("1e6"))):
        value = getattr(data, name)
        if value is None:
            continue
        try:
            number = Decimal(value)
        except (InvalidOperation, TypeError, ValueError):
            errors[_label(name)] = _("not a number")
            continue
        if not number.is_finite() or number < 0:
            errors[_label(name)] = _("must be zero or more")
        elif number >= too_large:  # the column's precision (NUMERIC(10, 3) for the power)
            errors[_label(name)] = _("too large")
        else:
            setattr(data, name, number)
    if data.max_booking_hours is not None and data.max_booking_hours <= 0:
        errors[_label("max_booking_hours")] = _("must be more than zero")
    if data.min_notice_hours is not None and data.min_notice_hours < 0:
        errors[_label("min_notice_hours")] = _("must be zero or more")
    for name in ("max_booking_hours", "min_notice_hours"):
        hours = getattr(data, name)
        if hours is not None and hours > MAX_HOURS_SETTING and _label(name) not in errors:
            errors[_label(name)] = _("at most {n}", n=MAX_HOURS_SETTING)
    if data.commissioned_on is not None and data.commissioned_on > utcnow().date():
        errors[_label("commissioned_on")] = _("cannot be in the future")
    check_texts(
        errors,
        {
            _label(name): getattr(data, name)
            for name in (*_MAX_LENGTHS, "notes")
            if isinstance(getattr(data, name), str)
        },
    )
    if errors:
        raise ValidationError(errors)


def _apply(equipment: Equipment, data: EquipmentData) -> None:
    for name in EquipmentData.__dataclass_fields__:
        value = getattr(data, name)
        if isinstance(value, str) and name not in ("asset_tag", "category", "currency"):
            value = value.strip()
        if getattr(equipment, name) != value:
            setattr(equipment, name, value)


def get(session: Session, equipment_id: int) -> Equipment:
    """The ORM row, or NotFound (for other services)."""
    equipment = session.get(Equipment, equipment_id)
    if equipment is None:
        raise NotFound(_("There is no equipment with id {id}.", id=equipment_id))
    return equipment


def create_equipment(session: Session, actor: Actor | None, data: EquipmentData) -> int:
    require(actor, Permission.MANAGE_EQUIPMENT)
    validate(session, data)
    equipment = Equipment(status=EquipmentStatus.AVAILABLE.value)
    _apply(equipment, data)
    session.add(equipment)
    session.flush()
    return equipment.id


def update_equipment(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    data: EquipmentData,
    expected_version: int | None = None,
) -> int:
    """Saves the form; with `expected_version` (from get_equipment) an edit based on a copy
    someone else changed meanwhile is refused. Returns the new version."""
    require(actor, Permission.MANAGE_EQUIPMENT)
    equipment = get(session, equipment_id)
    check_version(equipment, expected_version, equipment.asset_tag)
    validate(session, data, exclude_id=equipment_id)
    _apply(equipment, data)
    session.flush()
    return equipment.version


def get_equipment(session: Session, actor: Actor | None, equipment_id: int) -> EquipmentDetail:
    require(actor, Permission.VIEW_EQUIPMENT)
    equipment = get(session, equipment_id)
    data = EquipmentData(
        **{name: getattr(equipment, name) for name in EquipmentData.__dataclass_fields__}
    )
    return EquipmentDetail(
        id=equipment.id,
        data=data,
        status=equipment.status,
        version=equipment.version,
        created_at=equipment.created_at,
    )


def change_status(
    session: Session,
    actor: Actor | None,
    equipment: Equipment,
    to_status: EquipmentStatus,
    note: str = "",
    maintenance_record_id: int | None = None,
) -> None:
    """Sets the stored status and records why (callers check the permission)."""
    if equipment.status == to_status.value:
        return
    session.add(
        EquipmentStatusChange(
            equipment_id=equipment.id,
            from_status=equipment.status,
            to_status=to_status.value,
            changed_by_id=actor.id if actor else None,
            note=note,
            maintenance_record_id=maintenance_record_id,
        )
    )
    equipment.status = to_status.value
    session.flush()


def running_session_id(session: Session, equipment_id: int) -> int | None:
    return session.scalar(
        select(UsageSession.id).where(
            UsageSession.equipment_id == equipment_id, UsageSession.stopped_at.is_(None)
        )
    )


def retire_equipment(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    note: str,
    *,
    expected_version: int | None = None,
) -> None:
    """A retired asset stays in the history but can no longer be booked or used. With
    `expected_version` (the version the caller read) a decision based on a copy someone
    else changed meanwhile is refused, naming who and when."""
    require(actor, Permission.MANAGE_EQUIPMENT)
    equipment = get(session, equipment_id)
    check_version(equipment, expected_version, equipment.asset_tag)
    if equipment.status == EquipmentStatus.RETIRED:
        raise InvalidTransition(_("{tag} is already retired.", tag=equipment.asset_tag))
    if running_session_id(session, equipment_id) is not None:
        raise Conflict(
            _("{tag} is in use; stop the running session first.", tag=equipment.asset_tag)
        )
    if not note.strip():
        raise ValidationError(_("say why the equipment is retired"), field=_("Note"))
    change_status(session, actor, equipment, EquipmentStatus.RETIRED, note.strip())


def take_out_of_service(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    note: str,
    *,
    expected_version: int | None = None,
) -> None:
    """A manager isolates equipment (ISO/IEC 17025 §6.4.9) without an incident record;
    `expected_version` as for `retire_equipment`."""
    require(actor, Permission.MANAGE_EQUIPMENT)
    equipment = get(session, equipment_id)
    check_version(equipment, expected_version, equipment.asset_tag)
    if equipment.status in (EquipmentStatus.RETIRED, EquipmentStatus.OUT_OF_SERVICE):
        raise InvalidTransition(
            _(
                "{tag} is {status}.",
                tag=equipment.asset_tag,
                status=_(STATUS_LABELS[equipment.status]).lower(),
            )
        )
    if not note.strip():
        raise ValidationError(_("say why it is taken out of service"), field=_("Note"))
    change_status(session, actor, equipment, EquipmentStatus.OUT_OF_SERVICE, note.strip())


def status_history(
    session: Session, actor: Actor | None, equipment_id: int
) -> list[StatusChangeRow]:
    require(actor, Permission.VIEW_EQUIPMENT)
    rows = session.execute(
        select(EquipmentStatusChange, User.full_name)
        .outerjoin(User, User.id == EquipmentStatusChange.changed_by_id)
        .where(EquipmentStatusChange.equipment_id == equipment_id)
        .order_by(EquipmentStatusChange.changed_at.desc(), EquipmentStatusChange.id.desc())
    ).all()
    return [
        StatusChangeRow(
            id=change.id,
            from_status=change.from_status,
            to_status=change.to_status,
            changed_at=change.changed_at,
            changed_by=name,
            note=change.note,
            maintenance_record_id=change.maintenance_record_id,
        )
        for change, name in rows
    ]


def _list_select(
    query: EquipmentQuery,
) -> Select[Equipment, int | None, str | None, datetime | None]:
    running = (
        select(
            UsageSession.equipment_id.label("equipment_id"),
            UsageSession.id.label("session_id"),
            UsageSession.started_at.label("started_at"),
            User.full_name.label("operator"),
        )
        .join(User, User.id == UsageSession.operator_id)
        .where(UsageSession.stopped_at.is_(None))
        .subquery()
    )
    stmt = select(
        Equipment, running.c.session_id, running.c.operator, running.c.started_at
    ).outerjoin(running, running.c.equipment_id == Equipment.id)
    text = query.text.strip()
    if text:
        conditions = []
        for column in (
            Equipment.asset_tag,
            Equipment.name,
            Equipment.serial_number,
            Equipment.location,
            Equipment.manufacturer,
            Equipment.model,
        ):
            # contains() matches accented text exactly; lower() handles ASCII case.
            conditions.append(column.contains(text, autoescape=True))
            conditions.append(func.lower(column).contains(text.lower(), autoescape=True))
        stmt = stmt.where(or_(*conditions))
    if query.category:
        stmt = stmt.where(Equipment.category == query.category)
    if query.status == IN_USE:
        stmt = stmt.where(running.c.session_id.is_not(None))
    elif query.status:
        stmt = stmt.where(Equipment.status == query.status)
    if not query.include_retired and query.status != EquipmentStatus.RETIRED:
        stmt = stmt.where(Equipment.status != EquipmentStatus.RETIRED.value)
    if query.ids is not None:
        stmt = stmt.where(Equipment.id.in_(query.ids))
    return stmt


def _rows(
    session: Session, found: Sequence[Row[Equipment, int | None, str | None, datetime | None]]
) -> list[EquipmentRow]:
    statuses = calibration_statuses(session, [row[0] for row in found])
    return [_row(row[0], row[1], row[2], row[3], calibration=statuses[row[0].id]) for row in found]


def _row(
    equipment: Equipment,
    session_id: int | None,
    operator: str | None,
    since: datetime | None,
    *,
    calibration: CalibrationStatus,
) -> EquipmentRow:
    in_use = session_id is not None
    display = IN_USE if in_use and equipment.status != EquipmentStatus.RETIRED else equipment.status
    return EquipmentRow(
        id=equipment.id,
        asset_tag=equipment.asset_tag,
        name=equipment.name,
        category=equipment.category,
        category_label=_(CATEGORY_LABELS[equipment.category]),
        manufacturer=equipment.manufacturer,
        model=equipment.model,
        serial_number=equipment.serial_number,
        location=equipment.location,
        status=equipment.status,
        display_status=display,
        status_label=_(IN_USE_LABEL if display == IN_USE else STATUS_LABELS[display]),
        is_measuring_instrument=equipment.is_measuring_instrument,
        requires_qualification=equipment.requires_qualification,
        bookable=equipment.bookable,
        calibration=calibration,
        running_session_id=session_id,
        running_operator=operator,
        running_since=since,
        version=equipment.version,
    )


def list_equipment(
    session: Session,
    actor: Actor | None,
    query: EquipmentQuery | None = None,
    offset: int = 0,
    limit: int | None = 200,
) -> list[EquipmentRow]:
    """The equipment table, ordered by asset tag; page with offset/limit."""
    require(actor, Permission.VIEW_EQUIPMENT)
    stmt = _list_select(query or EquipmentQuery()).order_by(Equipment.asset_tag).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _rows(session, session.execute(stmt).all())


def count_equipment(
    session: Session, actor: Actor | None, query: EquipmentQuery | None = None
) -> int:
    require(actor, Permission.VIEW_EQUIPMENT)
    inner = _list_select(query or EquipmentQuery()).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0


def find_by_tag(session: Session, actor: Actor | None, tag: str) -> EquipmentRow | None:
    """The scanner fast path: an exact asset tag (any case, surrounding blanks ignored)."""
    require(actor, Permission.VIEW_EQUIPMENT)
    wanted = normalize_tag(tag)
    if not wanted:
        return None
    rows = session.execute(
        _list_select(EquipmentQuery()).where(Equipment.asset_tag == wanted)
    ).all()
    return _rows(session, rows)[0] if rows else None
