"""Questions the Equipment page asks before it opens a dialog: would starting use of this
equipment be refused right now, and why? Nothing here writes; `usage.start_use` still checks
everything again when the user confirms."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.models.base import utcnow
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.calibration import check_instrument_usable
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.qualifications import check_qualified


def start_refusal(
    session: Session,
    actor: Actor | None,
    equipment_id: int,
    at: datetime | None = None,
) -> DomainError | None:
    """The error `usage.start_use` would raise for the signed-in user on this equipment now
    (retired, out of service, under maintenance, already in use, operator not qualified,
    out of calibration without an override), or None when it would start.

    The calibration gate spends a single-use override when it passes; it runs inside a
    savepoint that is rolled back, so the override stays for the real start."""
    actor = require(actor, Permission.USE_EQUIPMENT)
    at = at or utcnow()
    equipment = equipment_service.get(session, equipment_id)
    try:
        usage_service._refuse_unusable_status(session, equipment)
        conflict = usage_service._running_conflict(session, equipment)
        if conflict is not None:
            return conflict
        check_qualified(session, actor.id, equipment_id, at)
        savepoint = session.begin_nested()
        try:
            check_instrument_usable(session, equipment_id, at, actor)
        finally:
            savepoint.rollback()
    except DomainError as error:
        return error
    return None
