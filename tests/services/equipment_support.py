"""Shared builders for the equipment tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import users as user_service
from itc_desktop.services.equipment import EquipmentData
from itc_desktop.services.equipment_settings import local_date


def lab_today(db: Database) -> date:
    with db.reader() as session:
        return local_date(session, utcnow())


def make_equipment(db: Database, actor: Actor, tag: str = "ITC-0001", **fields: Any) -> int:
    values: dict[str, Any] = {
        "asset_tag": tag,
        "name": "CNC lathe",
        "category": "machine_tool",
        "manufacturer": "DMG Mori",
        "location": "Műhely A",
        "nominal_power_kw": Decimal("15"),
    }
    values.update(fields)
    with db.transaction(actor) as session:
        return equipment_service.create_equipment(session, actor, EquipmentData(**values))


def make_instrument(
    db: Database,
    actor: Actor,
    tag: str = "ITC-0100",
    *,
    calibrated_days_ago: int | None = 100,
    valid_days: int = 365,
    result: str = "pass",
) -> int:
    """A measuring instrument, calibrated `calibrated_days_ago` days ago for `valid_days`."""
    equipment_id = make_equipment(
        db,
        actor,
        tag,
        name="Digital caliper 0–150 mm",
        category="measuring_instrument",
        manufacturer="Mitutoyo",
        is_measuring_instrument=True,
        nominal_power_kw=None,
    )
    if calibrated_days_ago is not None:
        today = lab_today(db)
        on = today - timedelta(days=calibrated_days_ago)
        calibrate(db, actor, equipment_id, on, on + timedelta(days=valid_days), result)
    return equipment_id


def calibrate(
    db: Database,
    actor: Actor,
    equipment_id: int,
    on: date,
    until: date,
    result: str = "pass",
) -> int:
    with db.transaction(actor) as session:
        return calibration_service.record_calibration(
            session,
            actor,
            equipment_id,
            calibrated_on=on,
            valid_until=until,
            provider="MKEH Budapest",
            result=result,
            accredited=True,
            certificate_number="K-2026/0042",
        )


def make_technician(db: Database, admin: Actor, username: str = "jovana") -> Actor:
    with db.transaction(admin) as session:
        return user_service.create_user(
            session, admin, username, "Jovanović Jovana", "technician", "tech-pass-2"
        )


def hours_ago(hours: float) -> datetime:
    return utcnow() - timedelta(hours=hours)
