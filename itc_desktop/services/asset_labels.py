"""Asset labels for chosen equipment (Equipment page, `itc-desktop labels`): which assets,
their calibration state today, and the PDF sheet from reports/labels.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import Equipment, EquipmentStatus
from itc_desktop.reports.labels import A4_3X8, AssetLabel, CalibrationMark, label_sheet_pdf
from itc_desktop.services.calibration import CalibrationState, calibration_statuses
from itc_desktop.services.equipment import normalize_tag
from itc_desktop.services.equipment_settings import local_date
from itc_desktop.services.errors import NotFound, ValidationError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.settings import get_center

_MARKS = {
    CalibrationState.NOT_REQUIRED: CalibrationMark.NOT_REQUIRED,
    CalibrationState.OK: CalibrationMark.VALID,
    CalibrationState.DUE_SOON: CalibrationMark.VALID,  # still valid on the day of printing
    CalibrationState.OUT: CalibrationMark.OUT,
}


def _chosen_equipment(
    session: Session, tags: Sequence[str] | None, equipment_ids: Sequence[int] | None
) -> list[Equipment]:
    if tags:
        wanted = list(dict.fromkeys(normalize_tag(tag) for tag in tags if tag.strip()))
        found = {
            e.asset_tag: e
            for e in session.scalars(select(Equipment).where(Equipment.asset_tag.in_(wanted)))
        }
        missing = [tag for tag in wanted if tag not in found]
        if missing:
            raise NotFound(_("No equipment with the tag {tags}.", tags=", ".join(missing)))
        return [found[tag] for tag in wanted]
    if equipment_ids:
        wanted_ids = list(dict.fromkeys(equipment_ids))
        by_id = {
            e.id: e for e in session.scalars(select(Equipment).where(Equipment.id.in_(wanted_ids)))
        }
        missing_ids = [str(i) for i in wanted_ids if i not in by_id]
        if missing_ids:
            raise NotFound(_("There is no equipment with id {id}.", id=", ".join(missing_ids)))
        return [by_id[i] for i in wanted_ids]
    return list(
        session.scalars(
            select(Equipment)
            .where(Equipment.status != EquipmentStatus.RETIRED.value)
            .order_by(Equipment.asset_tag)
        )
    )


def asset_labels(
    session: Session,
    actor: Actor | None,
    tags: Sequence[str] | None = None,
    equipment_ids: Sequence[int] | None = None,
    at: datetime | None = None,
) -> list[AssetLabel]:
    """The labels in the order asked for; with neither tags nor ids, every asset that is not
    retired, by tag. The calibration line is the state at `at` (default now)."""
    require(actor, Permission.VIEW_EQUIPMENT)
    equipment = _chosen_equipment(session, tags, equipment_ids)
    statuses = calibration_statuses(session, equipment, at)
    labels = []
    for item in equipment:
        status = statuses[item.id]
        mark = _MARKS[status.state]
        labels.append(
            AssetLabel(
                tag=item.asset_tag,
                name=item.name,
                calibration=mark,
                valid_until=status.valid_until if mark is CalibrationMark.VALID else None,
            )
        )
    return labels


def label_sheet(
    session: Session,
    actor: Actor | None,
    tags: Sequence[str] | None = None,
    equipment_ids: Sequence[int] | None = None,
    at: datetime | None = None,
    lang: str = "en",
    outline: bool = False,
) -> bytes:
    """The PDF label sheet (A4, 3 x 8 labels of 70 x 37 mm)."""
    labels = asset_labels(session, actor, tags, equipment_ids, at)
    if not labels:
        raise ValidationError(_("There is no equipment to print labels for."))
    moment = at or utcnow()
    return label_sheet_pdf(
        labels,
        get_center(session),
        local_date(session, moment),
        layout=A4_3X8,
        lang=lang,
        outline=outline,
    )
