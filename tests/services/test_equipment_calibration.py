"""Calibration status at a date, the due-soon setting, and the gate with managers' overrides."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.models.base import utcnow
from itc_desktop.models.equipment import CalibrationOverride, UsageSession
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.calibration import CalibrationState, OutOfCalibration, OutReason
from itc_desktop.services.equipment_settings import (
    EquipmentSettings,
    get_equipment_settings,
    update_equipment_settings,
)
from itc_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from tests.services.equipment_support import (
    calibrate,
    lab_today,
    make_equipment,
    make_instrument,
)


def _status(db: Database, actor: Actor, equipment_id: int) -> calibration_service.CalibrationStatus:
    with db.reader() as session:
        return calibration_service.calibration_status(session, actor, equipment_id)


def test_states_ok_due_soon_lapsed_failed_none(db: Database, manager: Actor) -> None:
    ok = make_instrument(db, manager, "ITC-0101", calibrated_days_ago=10, valid_days=365)
    due = make_instrument(db, manager, "ITC-0102", calibrated_days_ago=350, valid_days=365)
    lapsed = make_instrument(db, manager, "ITC-0103", calibrated_days_ago=400, valid_days=365)
    failed = make_instrument(db, manager, "ITC-0104", calibrated_days_ago=5, result="fail")
    never = make_instrument(db, manager, "ITC-0105", calibrated_days_ago=None)
    adjusted = make_instrument(db, manager, "ITC-0106", calibrated_days_ago=5, result="adjusted")
    lathe = make_equipment(db, manager, "ITC-0001")
    today = lab_today(db)

    assert _status(db, manager, ok).state == CalibrationState.OK
    s = _status(db, manager, due)
    assert (s.state, s.days_left) == (CalibrationState.DUE_SOON, 15)
    assert "15 days left" in s.describe()
    s = _status(db, manager, lapsed)
    assert (s.state, s.reason, s.days_left) == (CalibrationState.OUT, OutReason.LAPSED, -35)
    assert s.describe() == f"calibration expired on {today - timedelta(days=35)}"
    s = _status(db, manager, failed)
    assert (s.state, s.reason) == (CalibrationState.OUT, OutReason.FAILED)
    assert s.describe() == "the latest calibration failed"
    s = _status(db, manager, never)
    assert (s.state, s.reason) == (CalibrationState.OUT, OutReason.NONE)
    assert _status(db, manager, adjusted).state == CalibrationState.OK
    assert _status(db, manager, lathe).state == CalibrationState.NOT_REQUIRED

    with db.reader() as session:
        listed = calibration_service.instrument_statuses(session, manager)
    assert [s.asset_tag for s in listed] == [f"ITC-010{i}" for i in range(1, 7)]


def test_the_last_day_of_validity_still_counts(db: Database, manager: Actor) -> None:
    today = lab_today(db)
    equipment_id = make_instrument(db, manager, calibrated_days_ago=None)
    calibrate(db, manager, equipment_id, today - timedelta(days=365), today)
    s = _status(db, manager, equipment_id)
    assert (s.state, s.days_left) == (CalibrationState.DUE_SOON, 0)


def test_a_newer_calibration_supersedes_a_failed_one(db: Database, manager: Actor) -> None:
    equipment_id = make_instrument(db, manager, calibrated_days_ago=20, result="fail")
    today = lab_today(db)
    calibrate(db, manager, equipment_id, today - timedelta(days=2), today + timedelta(days=300))
    assert _status(db, manager, equipment_id).state == CalibrationState.OK
    # ... and the status at a date before it is still "failed".
    with db.reader() as session:
        earlier = calibration_service.calibration_status(
            session, manager, equipment_id, utcnow() - timedelta(days=10)
        )
    assert earlier.reason == OutReason.FAILED


def test_due_soon_days_is_a_setting(db: Database, admin: Actor, manager: Actor) -> None:
    equipment_id = make_instrument(db, manager, calibrated_days_ago=300, valid_days=365)
    assert _status(db, manager, equipment_id).state == CalibrationState.OK  # 65 days left
    with db.transaction(manager) as session, pytest.raises(PermissionDenied):
        update_equipment_settings(session, manager, EquipmentSettings(90, 7, 12))
    with db.transaction(admin) as session, pytest.raises(ValidationError) as caught:
        update_equipment_settings(session, admin, EquipmentSettings(-1, 7, 0))
    assert set(caught.value.errors) == {
        "Calibration due soon (days)",
        "Forgotten session after (hours)",
    }
    with db.transaction(admin) as session:
        update_equipment_settings(session, admin, EquipmentSettings(90, 7, 12))
    with db.reader() as session:
        assert get_equipment_settings(session).calibration_due_soon_days == 90
    assert _status(db, manager, equipment_id).state == CalibrationState.DUE_SOON


def test_record_calibration_validation(db: Database, manager: Actor, technician: Actor) -> None:
    lathe = make_equipment(db, manager, "ITC-0001")
    instrument = make_instrument(db, manager, calibrated_days_ago=None)
    today = lab_today(db)
    with db.transaction(technician) as session, pytest.raises(ValidationError) as caught:
        calibration_service.record_calibration(
            session,
            technician,
            instrument,
            calibrated_on=today + timedelta(days=1),
            valid_until=today,
            provider=" ",
            result="maybe",
        )
    assert set(caught.value.errors) == {"Calibration date", "Valid until", "Provider", "Result"}
    with db.transaction(technician) as session, pytest.raises(ValidationError) as caught:
        calibration_service.record_calibration(
            session,
            technician,
            lathe,
            calibrated_on=today,
            valid_until=today,
            provider="x",
            result="pass",
        )
    assert "not marked as a measuring instrument" in caught.value.errors["Equipment"]
    # Technicians file certificates: allowed.
    calibrate(db, technician, instrument, today, today + timedelta(days=365))
    with db.reader() as session:
        rows = calibration_service.list_calibrations(session, technician, instrument)
    assert [(r.provider, r.result, r.recorded_by) for r in rows] == [
        ("MKEH Budapest", "pass", "Szőke Bence")
    ]


def test_gate_refuses_lapsed_and_failed_with_the_reason(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lapsed = make_instrument(db, manager, "ITC-0103", calibrated_days_ago=400, valid_days=365)
    failed = make_instrument(db, manager, "ITC-0104", calibrated_days_ago=5, result="fail")
    never = make_instrument(db, manager, "ITC-0105", calibrated_days_ago=None)
    expired_on = lab_today(db) - timedelta(days=35)
    with db.transaction(technician) as session:
        with pytest.raises(OutOfCalibration) as caught:
            usage_service.start_use(session, technician, lapsed)
        assert str(caught.value) == (
            f"ITC-0103 Digital caliper 0–150 mm is out of calibration (calibration expired on "
            f"{expired_on}). A manager must record an override with a written justification "
            "before it can be used."
        )
        with pytest.raises(OutOfCalibration, match="the latest calibration failed"):
            usage_service.start_use(session, technician, failed)
        with pytest.raises(OutOfCalibration, match="no calibration recorded"):
            calibration_service.check_instrument_usable(session, never, utcnow(), technician)


def test_gate_passes_calibrated_and_non_instruments(
    db: Database, manager: Actor, technician: Actor
) -> None:
    due = make_instrument(db, manager, "ITC-0102", calibrated_days_ago=350, valid_days=365)
    lathe = make_equipment(db, manager, "ITC-0001")
    with db.transaction(technician) as session:
        assert calibration_service.check_instrument_usable(session, due, utcnow(), technician) is (
            None
        )
        assert (
            calibration_service.check_instrument_usable(session, lathe, utcnow(), technician)
            is None
        )


def test_manager_override_allows_use_and_is_recorded(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lapsed = make_instrument(db, manager, calibrated_days_ago=400, valid_days=365)
    today = lab_today(db)
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        calibration_service.grant_override(
            session,
            technician,
            lapsed,
            justification="I checked it against gauge blocks myself",
            valid_from=today,
        )
    with db.transaction(manager) as session, pytest.raises(ValidationError) as caught:
        calibration_service.grant_override(
            session, manager, lapsed, justification="ok", valid_from=today
        )
    assert "Justification" in caught.value.errors
    with db.transaction(manager) as session:
        override_id = calibration_service.grant_override(
            session,
            manager,
            lapsed,
            justification="Checked against gauge blocks K-17 today; within ±0.02 mm.",
            valid_from=today,
            valid_until=today + timedelta(days=7),
        )
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(session, technician, lapsed, purpose="Specimen check")
    with db.reader() as session:
        usage = session.get(UsageSession, usage_id)
        assert usage is not None and usage.override_id == override_id
        overrides = calibration_service.list_overrides(session, manager, lapsed)
        audit = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.table_name == "calibration_overrides")
        ).all()
    assert overrides[0].granted_by == "Petrović Đorđe"
    assert not overrides[0].single_use and overrides[0].used_at is None  # a standing one
    assert "gauge blocks K-17" in audit[0]


def test_single_use_override_is_spent(db: Database, manager: Actor, technician: Actor) -> None:
    lapsed = make_instrument(db, manager, calibrated_days_ago=400, valid_days=365)
    today = lab_today(db)
    with db.transaction(manager) as session:
        override_id = calibration_service.grant_override(
            session,
            manager,
            lapsed,
            justification="One urgent measurement; recalibration booked for Monday.",
            valid_from=today,
            single_use=True,
        )
    with db.transaction(technician) as session:
        used = calibration_service.check_instrument_usable(
            session, lapsed, utcnow(), technician, override_id
        )
        assert used is not None and used.used_at is not None
    with db.transaction(technician) as session, pytest.raises(OutOfCalibration, match="already"):
        calibration_service.check_instrument_usable(
            session, lapsed, utcnow(), technician, override_id
        )
    with db.transaction(technician) as session, pytest.raises(OutOfCalibration):
        calibration_service.check_instrument_usable(session, lapsed, utcnow(), technician)


def test_override_outside_its_days_revoked_or_for_another_instrument(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lapsed = make_instrument(db, manager, "ITC-0103", calibrated_days_ago=400, valid_days=365)
    other = make_instrument(db, manager, "ITC-0104", calibrated_days_ago=400, valid_days=365)
    today = lab_today(db)
    with db.transaction(manager) as session:
        later = calibration_service.grant_override(
            session,
            manager,
            lapsed,
            justification="Valid next week only, after the cross-check.",
            valid_from=today + timedelta(days=7),
            valid_until=today + timedelta(days=9),
        )
        for_other = calibration_service.grant_override(
            session,
            manager,
            other,
            justification="Cross-checked against the reference set.",
            valid_from=today,
        )
        revoked = calibration_service.grant_override(
            session,
            manager,
            lapsed,
            justification="Cross-checked against the reference set.",
            valid_from=today,
        )
        calibration_service.revoke_override(session, manager, revoked)
    with db.transaction(technician) as session:
        with pytest.raises(OutOfCalibration, match="is valid from"):
            calibration_service.check_instrument_usable(
                session, lapsed, utcnow(), technician, later
            )
        with pytest.raises(OutOfCalibration, match="another instrument"):
            calibration_service.check_instrument_usable(
                session, lapsed, utcnow(), technician, for_other
            )
        with pytest.raises(OutOfCalibration, match="revoked"):
            calibration_service.check_instrument_usable(
                session, lapsed, utcnow(), technician, revoked
            )
        # Without an id, none of them applies to this instrument today.
        with pytest.raises(OutOfCalibration):
            calibration_service.check_instrument_usable(session, lapsed, utcnow(), technician)
        with pytest.raises(NotFound):
            calibration_service.check_instrument_usable(session, lapsed, utcnow(), technician, 9999)
    with db.reader() as session:
        assert session.get(CalibrationOverride, revoked).revoked_at is not None  # type: ignore[union-attr]


def test_usage_session_on_a_lapsed_or_failed_instrument_is_refused_and_nothing_written(
    db: Database, manager: Actor, technician: Actor
) -> None:
    """The gate as start_use meets it: refused with the reason, no session stored, until a
    manager's override; revoking that override closes the gate again."""
    lapsed = make_instrument(db, manager, "ITC-0101", calibrated_days_ago=400, valid_days=365)
    failed = make_instrument(db, manager, "ITC-0102", calibrated_days_ago=10, result="fail")
    today = lab_today(db)
    for instrument, tag, reason in (
        (lapsed, "ITC-0101", "calibration expired on"),
        (failed, "ITC-0102", "the latest calibration failed"),
    ):
        with db.transaction(technician) as session, pytest.raises(OutOfCalibration) as caught:
            usage_service.start_use(session, technician, instrument, purpose="Measure")
        assert str(caught.value).startswith(f"{tag} Digital caliper 0–150 mm is out of calibration")
        assert reason in str(caught.value)
        assert "A manager must record an override with a written justification" in str(caught.value)
    with db.reader() as session:
        assert session.scalars(select(UsageSession)).all() == []
    with db.transaction(manager) as session:
        override_id = calibration_service.grant_override(
            session,
            manager,
            lapsed,
            justification="Compared with gauge block K-17 before use; within ±0.02 mm.",
            valid_from=today,
        )
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(session, technician, lapsed)
        usage_service.stop_use(session, technician, usage_id)
    with db.transaction(technician) as session, pytest.raises(PermissionDenied):
        calibration_service.revoke_override(session, technician, override_id)
    with db.transaction(manager) as session:
        calibration_service.revoke_override(session, manager, override_id)
    with db.transaction(technician) as session, pytest.raises(OutOfCalibration, match="ITC-0101"):
        usage_service.start_use(session, technician, lapsed)
    with db.reader() as session:
        sessions = session.scalars(select(UsageSession)).all()
        with pytest.raises(NotFound):
            calibration_service.revoke_override(session, manager, 9999)
    assert [(s.id, s.override_id) for s in sessions] == [(usage_id, override_id)]
