"""The Equipment page's pre-check before the start dialog: the same refusals as start_use,
nothing written, a single-use override not spent."""

from __future__ import annotations

from sqlalchemy import func, select

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import CalibrationOverride, UsageSession
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.audit import verify_chain
from itc_desktop.services.calibration import OutOfCalibration
from itc_desktop.services.equipment_views import start_refusal
from itc_desktop.services.errors import Conflict, InvalidTransition
from itc_desktop.services.qualifications import NotQualified
from tests.services.equipment_support import lab_today, make_equipment, make_instrument


def _refusal(db: Database, actor: Actor, equipment_id: int):
    with db.reader() as session:
        return start_refusal(session, actor, equipment_id)


def test_usable_equipment_has_no_refusal(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager)
    assert _refusal(db, technician, lathe) is None


def test_running_session_retired_and_unqualified_are_named(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager)
    with db.transaction(manager) as session:
        usage_service.start_use(session, manager, lathe)
    refusal = _refusal(db, technician, lathe)
    assert isinstance(refusal, Conflict)
    assert "already in use by" in str(refusal)

    old = make_equipment(db, manager, "ITC-0002", name="Old press")
    with db.transaction(manager) as session:
        equipment_service.retire_equipment(session, manager, old, "scrapped")
    refusal = _refusal(db, technician, old)
    assert isinstance(refusal, InvalidTransition)
    assert "retired" in str(refusal)

    laser = make_equipment(db, manager, "ITC-0003", name="Laser", requires_qualification=True)
    refusal = _refusal(db, technician, laser)
    assert isinstance(refusal, NotQualified)
    assert "not qualified to operate ITC-0003" in str(refusal)
    with db.transaction(manager) as session:
        qualification_service.grant_qualification(session, manager, technician.id, laser)
    assert _refusal(db, technician, laser) is None


def test_out_of_calibration_and_single_use_override_not_spent(
    db: Database, manager: Actor, technician: Actor
) -> None:
    caliper = make_instrument(db, manager, calibrated_days_ago=400, valid_days=365)
    refusal = _refusal(db, technician, caliper)
    assert isinstance(refusal, OutOfCalibration)
    assert "out of calibration" in str(refusal)
    with db.transaction(manager) as session:
        override_id = calibration_service.grant_override(
            session,
            manager,
            caliper,
            justification="Reference gauge checked it this morning",
            valid_from=lab_today(db),
            single_use=True,
        )
    assert _refusal(db, technician, caliper) is None
    assert _refusal(db, technician, caliper) is None  # the check did not spend it
    with db.reader() as session:
        override = session.get(CalibrationOverride, override_id)
        assert override is not None and override.used_at is None
        assert session.scalar(select(func.count(UsageSession.id))) == 0
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, caliper)
    with db.reader() as session:
        override = session.get(CalibrationOverride, override_id)
        assert override is not None and override.used_at is not None
        assert verify_chain(session).ok  # the rolled-back check left no hole in the chain
