"""Records for the Results page tests: one job with two tensile specimens (S355 passes its
limits, S235 fails Rm), a Vickers series, a Charpy set and a dimensional series of parts, all
performed by the technician; a second technician to review."""

from __future__ import annotations

import importlib
import sys
import types
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services import users as user_service
from itc_desktop.services.result_inputs import (
    Characteristic,
    DimensionalInputs,
    ImpactInputs,
    LimitSpec,
    TensileInputs,
)
from itc_desktop.services.specimens import SpecimenInput
from tests.services.results_support import (
    Lab,
    create,
    hardness_input,
    impact_input,
    make_lab,
    performed_hours_ago,
    tensile_input,
    tensile_raw,
)

S355_LIMITS = {
    "Rp0.2": LimitSpec(lower=355, source="EN 10025-2 S355J2"),
    "Rm": LimitSpec(lower=470, upper=630, uncertainty=12, source="EN 10025-2 S355J2"),
    "A": LimitSpec(lower=22),
}


@dataclass(frozen=True)
class Records:
    lab: Lab
    second_specimen: int
    tensile: int  # S355 round bar, passes
    tensile_fail: int  # S235 bar against the S355 limits: Rm too low
    hardness: int
    impact: int
    dimensional: int


def second_technician(db: Database, admin: Actor) -> Actor:
    with db.transaction(admin) as session:
        return user_service.create_user(
            session, admin, "jovana", "Јована Илић", "technician", "jovana-pass-1"
        )


def shaft_series(seed: int = 7, parts: int = 25) -> Characteristic:
    rng = np.random.default_rng(seed)
    measured = tuple(float(x) for x in np.round(rng.normal(19.990, 0.003, parts), 4))
    return Characteristic(
        name="Ø20 h7",
        nominal=20.0,
        lower_tol=0.021,
        upper_tol=0.0,
        measurements=measured,
        uncertainty=0.002,
        subgroup_size=5,
    )


def make_records(db: Database, manager: Actor, performer: Actor) -> Records:
    lab = make_lab(db, manager)
    with db.transaction(manager) as session:
        second = specimen_service.add_specimen(
            session,
            manager,
            lab.job_id,
            SpecimenInput(description="Round bar Ø10, second cut", material="S235JR"),
        ).id
    tensile = create(
        db,
        performer,
        tensile_input(lab, performer, limits=S355_LIMITS, performed_at=performed_hours_ago(5)),
        tensile_raw("S355_round.TXT"),
    )
    tensile_fail = create(
        db,
        performer,
        tensile_input(
            lab,
            performer,
            TensileInputs(shape="round", diameter_mm=10.0, gauge_length_mm=50.0),
            specimen_id=second,
            limits={"Rm": S355_LIMITS["Rm"]},
            performed_at=performed_hours_ago(4),
        ),
        tensile_raw("S235_yield_point.TXT"),
    )
    hardness = create(db, performer, hardness_input(lab, performer))
    impact = create(
        db,
        performer,
        impact_input(
            lab,
            performer,
            ImpactInputs(initial_energy_J=300, energies_J=(120, 135, 128), test_temperature_C=-20),
            limits={"energy_mean": LimitSpec(lower=27)},
            performed_at=performed_hours_ago(3),
        ),
    )
    dimensional = create(
        db,
        performer,
        replace(
            hardness_input(lab, performer, limits={}),
            method="ISO 14253-1:2017",
            specimen_id=None,
            inputs=DimensionalInputs((shaft_series(),)),
            performed_at=performed_hours_ago(1),
        ),
    )
    return Records(lab, second, tensile, tensile_fail, hardness, impact, dimensional)


EDITOR_MODULE = "itc_desktop.ui.pages.result_editor"


@dataclass
class FakeEditor:
    """Stands in for `result_editor.open_result_editor`: records each call, answers `saved`."""

    saved: bool = True
    calls: list[dict[str, Any]] = field(default_factory=list)

    def __call__(
        self,
        parent: object,
        context: object,
        *,
        record_id: int | None = None,
        job_id: int | None = None,
        specimen_id: int | None = None,
        test_type: str | None = None,
    ) -> bool:
        self.calls.append(
            {
                "record_id": record_id,
                "job_id": job_id,
                "specimen_id": specimen_id,
                "test_type": test_type,
            }
        )
        return self.saved


def fake_editor(monkeypatch: pytest.MonkeyPatch, saved: bool = True) -> FakeEditor:
    """Replaces the record editor for a test (the pages import it only when they use it)."""
    editor = FakeEditor(saved)
    try:
        module = importlib.import_module(EDITOR_MODULE)
    except ImportError:
        module = types.ModuleType(EDITOR_MODULE)
        monkeypatch.setitem(sys.modules, EDITOR_MODULE, module)
    monkeypatch.setattr(module, "open_result_editor", editor, raising=False)
    return editor
