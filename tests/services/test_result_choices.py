"""Editor choices: open jobs, instruments with calibration state, active users, usable overrides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.services import calibration
from itc_desktop.services.calibration import CalibrationState
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.services.result_choices import editor_choices, usable_overrides
from tests.services.equipment_support import make_instrument
from tests.services.results_support import make_lab


def test_choices_list_jobs_instruments_and_users(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lab = make_lab(db, manager)
    lapsed = make_instrument(db, manager, "ITC-0299", calibrated_days_ago=400)
    with db.reader() as s:
        choices = editor_choices(s, technician)
    assert [j.reference for j in choices.jobs] == [lab.job_reference]
    states = {i.equipment_id: i.state for i in choices.instruments}
    assert states[lab.hardness_tester] == CalibrationState.OK
    assert states[lapsed] == CalibrationState.OUT
    assert {u.id for u in choices.users} >= {manager.id, technician.id}


def test_choices_refused_without_permission(db: Database, admin: Actor) -> None:
    with db.reader() as s, pytest.raises(PermissionDenied):
        editor_choices(s, admin)


def test_usable_overrides_only_valid_unrevoked(db: Database, manager: Actor) -> None:
    lapsed = make_instrument(db, manager, "ITC-0298", calibrated_days_ago=400)
    today = date.today()
    with db.transaction(manager) as s:
        good = calibration.grant_override(
            s, manager, lapsed, justification="Kalibrálás folyamatban", valid_from=today
        )
        revoked = calibration.grant_override(
            s, manager, lapsed, justification="Revoked later, not usable", valid_from=today
        )
        calibration.revoke_override(s, manager, revoked)
        calibration.grant_override(
            s,
            manager,
            lapsed,
            justification="Old one, five days ago only",
            valid_from=today - timedelta(days=5),
        )
    with db.reader() as s:
        found = usable_overrides(s, manager, lapsed, today)
    assert [o.id for o in found] == [good]
    assert found[0].justification == "Kalibrálás folyamatban"
