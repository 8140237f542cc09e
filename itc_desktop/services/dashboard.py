"""What the dashboard shows about equipment, gathered in one call: running sessions,
instruments out of calibration or due soon, maintenance due, equipment out of service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import EquipmentStatus
from itc_desktop.services import calibration, maintenance, usage
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.calibration import CalibrationState, CalibrationStatus
from itc_desktop.services.equipment import EquipmentQuery, EquipmentRow
from itc_desktop.services.maintenance import PlanStatus
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.usage import RunningSession


@dataclass(frozen=True)
class EquipmentSummary:
    running: list[RunningSession]  # longest-running first; `.forgotten` flags the stale ones
    out_of_calibration: list[CalibrationStatus]
    calibration_due_soon: list[CalibrationStatus]
    maintenance_due: list[PlanStatus]  # overdue first
    out_of_service: list[EquipmentRow]

    @property
    def forgotten(self) -> list[RunningSession]:
        return [r for r in self.running if r.forgotten]


def equipment_summary(
    session: Session, actor: Actor | None, now: datetime | None = None
) -> EquipmentSummary:
    require(actor, Permission.VIEW_EQUIPMENT)
    now = now or utcnow()
    instruments = calibration.instrument_statuses(session, actor, now)
    return EquipmentSummary(
        running=usage.running_sessions(session, actor, now),
        out_of_calibration=[s for s in instruments if s.state == CalibrationState.OUT],
        calibration_due_soon=sorted(
            (s for s in instruments if s.state == CalibrationState.DUE_SOON),
            key=lambda s: (s.days_left, s.asset_tag),
        ),
        maintenance_due=maintenance.due_plans(session, actor, now),
        out_of_service=equipment_service.list_equipment(
            session,
            actor,
            EquipmentQuery(status=EquipmentStatus.OUT_OF_SERVICE.value),
            limit=None,
        ),
    )
