"""The equipment rules' tunable limits (stored in the settings table) and the lab's calendar:
calibration and maintenance dates are local dates of the center's time zone."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.settings import Setting
from itc_desktop.services import settings as settings_service
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.permissions import Permission, require


@dataclass
class EquipmentSettings:
    # An instrument whose calibration ends within this many days shows amber ("due soon").
    calibration_due_soon_days: int = 30
    # A maintenance plan whose next date is this close shows as due.
    maintenance_due_soon_days: int = 7
    # A usage session running longer than this is flagged as probably forgotten.
    forgotten_session_hours: int = 12


_KEY = "equipment."


def get_equipment_settings(session: Session) -> EquipmentSettings:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(_KEY)))
    stored = {row.key.removeprefix(_KEY): json.loads(row.value) for row in rows}
    known = {f.name for f in fields(EquipmentSettings)}
    return EquipmentSettings(**{k: v for k, v in stored.items() if k in known})


def update_equipment_settings(
    session: Session, actor: Actor | None, settings: EquipmentSettings
) -> None:
    require(actor, Permission.EDIT_SETTINGS)
    errors: dict[str, str] = {}
    if not 0 <= settings.calibration_due_soon_days <= 365:
        errors[_("Calibration due soon (days)")] = _("between 0 and 365")
    if not 0 <= settings.maintenance_due_soon_days <= 365:
        errors[_("Maintenance due soon (days)")] = _("between 0 and 365")
    if not 1 <= settings.forgotten_session_hours <= 168:
        errors[_("Forgotten session after (hours)")] = _("between 1 and 168")
    if errors:
        raise ValidationError(errors)
    for key, value in asdict(settings).items():
        encoded = json.dumps(value)
        row = session.get(Setting, _KEY + key)
        if row is None:
            session.add(Setting(key=_KEY + key, value=encoded))
        elif row.value != encoded:
            row.value = encoded


def lab_zone(session: Session) -> ZoneInfo:
    try:
        return ZoneInfo(settings_service.get_center(session).time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Budapest")


def local_date(session: Session, at: datetime, zone: ZoneInfo | None = None) -> date:
    """The lab's calendar date at an instant (a calibration valid until the 31st is valid
    until midnight in Szeged, not in UTC)."""
    return at.astimezone(zone or lab_zone(session)).date()
