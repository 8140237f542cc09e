"""Test records: computation and judgement on save, the gates (calibration, qualification),
review and approval by other people, the lock on approved records (service and database),
corrections as revisions, the results table's filters."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import numpy as np
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from itc_desktop.db import Actor, Database
from itc_desktop.models.equipment import Equipment
from itc_desktop.models.jobs import Job
from itc_desktop.models.results import TestRecord, TestValue
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services import results as result_service
from itc_desktop.services.calibration import OutOfCalibration
from itc_desktop.services.errors import (
    Conflict,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from itc_desktop.services.qualifications import NotQualified
from itc_desktop.services.result_inputs import (
    Characteristic,
    DimensionalInputs,
    HardnessInputs,
    ImpactInputs,
    LimitSpec,
    TensileInputs,
)
from itc_desktop.services.results import ResultFilter
from tests.services.equipment_support import lab_today, make_instrument, make_technician
from tests.services.results_support import (
    TENSILE_DATA,
    Lab,
    approve,
    create,
    hardness_input,
    impact_input,
    make_lab,
    performed_hours_ago,
    tensile_input,
    tensile_raw,
)


@pytest.fixture
def lab(db: Database, manager: Actor) -> Lab:
    return make_lab(db, manager)


def values_of(db: Database, actor: Actor, record_id: int) -> dict[tuple[str, str], object]:
    with db.reader() as session:
        view = result_service.get_record(session, actor, record_id)
    return {(v.quantity, v.item): v for v in view.values}


def record_count(db: Database, actor: Actor) -> int:
    with db.reader() as session:
        return result_service.count_records(session, actor, ResultFilter(include_superseded=True))


# --------------------------------------------------------------------------- computing


def test_hardness_record_is_computed_and_judged(db: Database, lab: Lab, technician: Actor) -> None:
    record_id = create(db, technician, hardness_input(lab, technician))
    with db.reader() as session:
        view = result_service.get_record(session, technician, record_id)
    assert view.status == "draft" and view.revision == 1 and view.job_reference == lab.job_reference
    singles = [v for v in view.values if v.quantity == "hardness"]
    assert [v.item for v in singles] == ["1", "2", "3"]
    mean = next(v for v in view.values if v.quantity == "hardness_mean")
    # HV = 0.1891·F/d², F = 10 kgf = 98.0665 N, d the mean diagonal.
    expected = [
        0.1891 * 98.0665 / (((a + b) / 2) ** 2)
        for a, b in ((0.280, 0.282), (0.279, 0.281), (0.281, 0.283))
    ]
    assert [v.value for v in singles] == pytest.approx(expected)
    assert mean.value == pytest.approx(sum(expected) / 3)
    assert mean.unit == "HV 10"
    assert (mean.lower, mean.upper, mean.decision) == (200, 260, "pass")
    assert all(v.decision is None for v in singles)  # no limits on the single values
    assert view.overall == "pass"


def test_a_failed_value_makes_the_record_fail(db: Database, lab: Lab, technician: Actor) -> None:
    record_id = create(
        db,
        technician,
        hardness_input(lab, technician, limits={"hardness_mean": LimitSpec(250, 300)}),
    )
    with db.reader() as session:
        assert result_service.get_record(session, technician, record_id).overall == "fail"
        rows = result_service.list_records(session, technician, ResultFilter(out_of_spec_only=True))
    assert [r.id for r in rows] == [record_id]


@pytest.mark.parametrize(
    ("value_offset", "decision"),
    [
        (+2.0, "pass"),  # exactly LSL + U: inside the acceptance zone
        (+1.999, "inconclusive"),
        (-2.0, "inconclusive"),  # exactly LSL − U
        (-2.001, "fail"),
    ],
)
def test_guard_band_decisions_at_the_boundaries(
    db: Database, lab: Lab, technician: Actor, value_offset: float, decision: str
) -> None:
    # One Rockwell reading, so the mean is the reading itself.
    lsl = 50.0
    data = replace(
        hardness_input(lab, technician),
        inputs=HardnessInputs(method="HR", scale="HRC", readings=((lsl + value_offset,),)),
        limits={"hardness_mean": LimitSpec(lower=lsl, uncertainty=2.0, rule="guard_band")},
    )
    record_id = create(db, technician, data)
    mean = values_of(db, technician, record_id)[("hardness_mean", "")]
    assert mean.decision == decision  # type: ignore[attr-defined]


def test_tensile_record_stores_the_curve_and_matches_the_sample(
    db: Database, lab: Lab, technician: Actor
) -> None:
    raw = tensile_raw("S355_round.TXT")
    data = tensile_input(
        lab, technician, limits={"Rm": LimitSpec(470, 630), "A": LimitSpec(lower=22)}
    )
    record_id = create(db, technician, data, raw)
    expected = json.loads((TENSILE_DATA / "expected.json").read_text())["S355_round.TXT"][
        "expected"
    ]
    values = values_of(db, technician, record_id)
    assert values[("Rm", "")].value == pytest.approx(expected["Rm_MPa"], rel=0.005)  # type: ignore[attr-defined]
    assert values[("Rp0.2", "")].value == pytest.approx(expected["Rp02_MPa"], rel=0.01)  # type: ignore[attr-defined]
    assert values[("Rm", "")].decision == "pass"  # type: ignore[attr-defined]
    assert values[("A", "")].decision == "pass"  # type: ignore[attr-defined]
    with db.reader() as session:
        view = result_service.get_record(session, technician, record_id)
        columns = result_service.record_columns(session, technician, record_id)
        again = result_service.evaluate_record(session, technician, record_id)
    assert view.raw_file_name == "S355_round.TXT" and len(view.raw_file_sha256) == 64
    assert columns is not None
    assert np.array_equal(columns["force"], raw.columns["force"])
    assert again.tensile is not None
    assert again.tensile.Rm_MPa == pytest.approx(values[("Rm", "")].value)  # type: ignore[attr-defined]
    # The curve is one compressed blob, not a row per point.
    with db.reader() as session:
        blob = session.scalar(select(TestRecord.raw_curve).where(TestRecord.id == record_id))
        n_values = session.scalar(
            select(text("count(*)")).select_from(TestValue).where(TestValue.record_id == record_id)
        )
    assert blob is not None and len(blob) < raw.columns["force"].nbytes * len(raw.columns)
    assert n_values == len(view.values) < 15


def test_discontinuous_yielding_reports_reh_and_rel_instead_of_rp02(
    db: Database, lab: Lab, technician: Actor
) -> None:
    record_id = create(
        db, technician, tensile_input(lab, technician), tensile_raw("S235_yield_point.TXT")
    )
    quantities = {q for q, _item in values_of(db, technician, record_id)}
    assert {"ReH", "ReL", "Rm"} <= quantities and "Rp0.2" not in quantities


def test_editing_dimensions_recomputes_from_the_stored_curve(
    db: Database, lab: Lab, technician: Actor
) -> None:
    record_id = create(db, technician, tensile_input(lab, technician), tensile_raw())
    rm_10 = values_of(db, technician, record_id)[("Rm", "")].value  # type: ignore[attr-defined]
    wider = tensile_input(
        lab, technician, TensileInputs(shape="round", diameter_mm=11.0, gauge_length_mm=50.0)
    )
    with db.transaction(technician) as session:
        result_service.update_record(session, technician, record_id, wider)  # no new file
    rm_11 = values_of(db, technician, record_id)[("Rm", "")].value  # type: ignore[attr-defined]
    assert rm_11 == pytest.approx(rm_10 * (10.0 / 11.0) ** 2)


def test_charpy_flags_values_near_the_pendulum_capacity(
    db: Database, lab: Lab, technician: Actor
) -> None:
    inputs = ImpactInputs(initial_energy_J=300, energies_J=(120, 250, 130), test_temperature_C=-20)
    record_id = create(
        db,
        technician,
        impact_input(lab, technician, inputs, limits={"energy_mean": LimitSpec(lower=27)}),
    )
    with db.reader() as session:
        view = result_service.get_record(session, technician, record_id)
    energies = {v.item: v for v in view.values if v.quantity == "energy"}
    assert energies["2"].flags and not energies["1"].flags
    assert any("80 %" in w for w in view.warnings)
    mean = next(v for v in view.values if v.quantity == "energy_mean")
    low = next(v for v in view.values if v.quantity == "energy_min")
    assert (mean.value, low.value, mean.decision) == (pytest.approx(500 / 3), 120, "pass")


def test_dimensional_series_gets_part_decisions_and_capability(
    db: Database, lab: Lab, technician: Actor
) -> None:
    rng = np.random.default_rng(7)
    measured = tuple(float(x) for x in np.round(rng.normal(20.0, 0.004, 25), 4))
    shaft = Characteristic(
        name="Ø20 h7",
        nominal=20.0,
        lower_tol=0.021,
        upper_tol=0.0,
        measurements=measured,
        subgroup_size=5,
    )
    data = replace(
        hardness_input(lab, technician, limits={}),
        method="ISO 14253-1:2017",
        specimen_id=None,
        inputs=DimensionalInputs((shaft,)),
    )
    record_id = create(db, technician, data)
    with db.reader() as session:
        view = result_service.get_record(session, technician, record_id)
    parts = [v for v in view.values if v.quantity == "dim:Ø20 h7"]
    assert len(parts) == 25
    assert all(v.lower == pytest.approx(19.979) and v.upper == 20.0 for v in parts)
    assert {v.decision for v in parts if v.value > 20.0} <= {"fail"}
    assert any(v.quantity == "cpk:Ø20 h7" for v in view.values)
    assert view.overall == ("fail" if max(measured) > 20.0 else "pass")


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"performed_at": performed_hours_ago(-2)}, "Date and time"),
        ({"humidity_pct": 120}, "Humidity"),
        ({"temperature_c": 300}, "Temperature"),
        ({"method": "  "}, "Method"),
        ({"specimen_id": None}, "Specimen"),
    ],
)
def test_bad_fields_are_refused_and_nothing_is_stored(
    db: Database, lab: Lab, technician: Actor, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction(technician) as session:
        result_service.create_record(
            session, technician, replace(hardness_input(lab, technician), **change)
        )  # type: ignore[arg-type]
    assert field in caught.value.errors
    assert record_count(db, technician) == 0


def test_a_specimen_of_another_job_is_refused(
    db: Database, lab: Lab, manager: Actor, technician: Actor
) -> None:
    with db.reader() as session:
        company_id = session.get(Job, lab.job_id).company_id  # type: ignore[union-attr]
    other = make_lab(db, manager, company_id)
    with pytest.raises(ValidationError, match="not one of"), db.transaction(technician) as session:
        result_service.create_record(
            session, technician, hardness_input(lab, technician, specimen_id=other.specimen_id)
        )


@pytest.mark.parametrize(
    ("inputs", "limits", "message"),
    [
        (HardnessInputs(method="HV", scale="7", readings=((0.3, 0.3),)), {}, "HV 7"),
        (HardnessInputs(method="HV", scale="10", readings=((0.3,),)), {}, "both diagonals"),
        (HardnessInputs(method="HV", scale="10", readings=()), {}, "indentation"),
        (ImpactInputs(striker_radius_mm=5, energies_J=(40,)), {}, "2 mm or 8 mm"),
        (ImpactInputs(initial_energy_J=50, energies_J=(60,)), {}, "initial energy"),
        (ImpactInputs(energies_J=(40,)), {"Rm": {"lower": 1}}, "no limits"),
    ],
)
def test_inputs_that_cannot_be_computed_are_refused(
    db: Database,
    lab: Lab,
    technician: Actor,
    inputs: object,
    limits: dict[str, dict[str, float]],
    message: str,
) -> None:
    data = replace(
        hardness_input(lab, technician),
        inputs=inputs,  # type: ignore[arg-type]
        limits={q: LimitSpec(**spec) for q, spec in limits.items()},
    )
    with pytest.raises(ValidationError, match=message), db.transaction(technician) as session:
        result_service.create_record(session, technician, data)
    assert record_count(db, technician) == 0


def test_limits_are_checked() -> None:
    with pytest.raises(ValidationError, match="above the upper"):
        LimitSpec(10, 5)
    with pytest.raises(ValidationError, match="needs the uncertainty"):
        LimitSpec(lower=10, rule="guard_band")
    with pytest.raises(ValidationError, match="lower or an upper"):
        LimitSpec()


def test_tensile_without_a_file_or_a_diameter_is_refused(
    db: Database, lab: Lab, technician: Actor
) -> None:
    with pytest.raises(ValidationError, match="raw file"), db.transaction(technician) as session:
        result_service.create_record(session, technician, tensile_input(lab, technician))
    no_diameter = tensile_input(lab, technician, TensileInputs(shape="round"))
    with pytest.raises(ValidationError), db.transaction(technician) as session:
        result_service.create_record(session, technician, no_diameter, tensile_raw())
    assert record_count(db, technician) == 0


def test_an_instrument_out_of_calibration_is_refused_without_an_override(
    db: Database, lab: Lab, manager: Actor, technician: Actor
) -> None:
    lapsed = make_instrument(db, manager, "ITC-0299", calibrated_days_ago=400, valid_days=365)
    data = hardness_input(lab, technician, equipment_id=lapsed)
    with pytest.raises(OutOfCalibration, match="ITC-0299"), db.transaction(technician) as session:
        result_service.create_record(session, technician, data)
    assert record_count(db, technician) == 0
    with db.transaction(manager) as session:
        override_id = calibration_service.grant_override(
            session,
            manager,
            lapsed,
            justification="Recalibration booked; check block verified today",
            valid_from=lab_today(db) - timedelta(days=1),
            valid_until=lab_today(db),
        )
    record_id = create(db, technician, data)
    with db.reader() as session:
        assert (
            result_service.get_record(session, technician, record_id).calibration_override_id
            == override_id
        )


def test_the_performer_must_be_qualified_where_the_instrument_requires_it(
    db: Database, lab: Lab, manager: Actor, technician: Actor
) -> None:
    guarded = make_instrument(db, manager, "ITC-0300")
    with db.transaction(manager) as session:
        session.get(Equipment, guarded).requires_qualification = True  # type: ignore[union-attr]
    data = hardness_input(lab, technician, equipment_id=guarded)
    with pytest.raises(NotQualified), db.transaction(technician) as session:
        result_service.create_record(session, technician, data)
    with db.transaction(manager) as session:
        qualification_service.grant_qualification(session, manager, technician.id, guarded)
    assert create(db, technician, data) > 0


# --------------------------------------------------------------------------- workflow


def test_review_and_approval_need_other_people(
    db: Database, lab: Lab, manager: Actor, technician: Actor, admin: Actor
) -> None:
    record_id = create(db, technician, hardness_input(lab, technician))
    with pytest.raises(PermissionDenied, match="another person"), db.transaction(technician) as s:
        result_service.review_record(s, technician, record_id)
    with pytest.raises(InvalidTransition, match="reviewed before"), db.transaction(manager) as s:
        result_service.approve_record(s, manager, record_id)
    colleague = make_technician(db, admin)
    with db.transaction(colleague) as session:
        result_service.review_record(session, colleague, record_id)
    with pytest.raises(PermissionDenied), db.transaction(colleague) as session:
        result_service.approve_record(session, colleague, record_id)  # technicians don't approve
    with db.transaction(manager) as session:
        result_service.approve_record(session, manager, record_id)
    with db.reader() as session:
        view = result_service.get_record(session, manager, record_id)
    assert (view.status, view.reviewed_by, view.approved_by) == (
        "approved",
        colleague.full_name,
        manager.full_name,
    )


def test_a_manager_cannot_approve_their_own_test(
    db: Database, lab: Lab, manager: Actor, technician: Actor
) -> None:
    record_id = create(db, manager, hardness_input(lab, manager))
    with db.transaction(technician) as session:
        result_service.review_record(session, technician, record_id)
    with pytest.raises(PermissionDenied, match="another person"), db.transaction(manager) as s:
        result_service.approve_record(s, manager, record_id)


def test_return_to_draft_needs_a_reason_and_allows_editing_again(
    db: Database, lab: Lab, manager: Actor, technician: Actor
) -> None:
    record_id = create(db, technician, hardness_input(lab, technician))
    with db.transaction(manager) as session:
        result_service.review_record(session, manager, record_id)
    with pytest.raises(InvalidTransition), db.transaction(technician) as session:
        result_service.update_record(
            session, technician, record_id, hardness_input(lab, technician)
        )
    with pytest.raises(ValidationError), db.transaction(manager) as session:
        result_service.return_to_draft(session, manager, record_id, " ")
    with db.transaction(manager) as session:
        result_service.return_to_draft(
            session, manager, record_id, "Indentation 2 is too near the edge"
        )
    with db.reader() as session:
        view = result_service.get_record(session, technician, record_id)
    assert view.status == "draft" and view.reviewed_by is None
    assert "too near the edge" in view.remarks
    fixed = hardness_input(lab, technician, readings=((0.280, 0.282), (0.281, 0.281)))
    with db.transaction(technician) as session:
        result_service.update_record(session, technician, record_id, fixed)
    assert len([q for q, _i in values_of(db, technician, record_id) if q == "hardness"]) == 2


def test_approved_record_is_locked_in_the_service(
    db: Database, lab: Lab, manager: Actor, technician: Actor
) -> None:
    record_id = create(db, technician, hardness_input(lab, technician))
    approve(db, record_id, manager, manager)
    with pytest.raises(InvalidTransition, match="new revision"), db.transaction(technician) as s:
        result_service.update_record(s, technician, record_id, hardness_input(lab, technician))
    with pytest.raises(InvalidTransition), db.transaction(technician) as s:
        result_service.discard_draft(s, technician, record_id)
    with pytest.raises(InvalidTransition), db.transaction(manager) as s:
        result_service.review_record(s, manager, record_id)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE test_records SET remarks = 'changed' WHERE id = :id",
        "DELETE FROM test_records WHERE id = :id",
        "UPDATE test_values SET value = 1 WHERE record_id = :id",
        "DELETE FROM test_values WHERE record_id = :id",
        "INSERT INTO test_values (record_id, position, quantity, item, unit, value, k, rule, flags)"
        " VALUES (:id, 99, 'hardness', '9', 'HV 10', 999, 2, 'simple', '')",
    ],
)
def test_approved_record_is_locked_in_the_database(
    db: Database, lab: Lab, manager: Actor, technician: Actor, statement: str
) -> None:
    record_id = create(db, technician, hardness_input(lab, technician))
    approve(db, record_id, manager, manager)
    with (
        pytest.raises((IntegrityError, DBAPIError), match="locked"),
        db.engine.begin() as connection,
    ):
        connection.execute(text(statement), {"id": record_id})
    values = values_of(db, technician, record_id)
    assert ("hardness", "9") not in values and len(values) == 5


def test_the_database_refuses_a_reviewer_who_performed_the_test(
    db: Database, lab: Lab, technician: Actor
) -> None:
    record_id = create(db, technician, hardness_input(lab, technician))
    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE test_records SET status = 'reviewed', reviewed_by_id = performed_by_id, "
                "reviewed_at = performed_at WHERE id = :id"
            ),
            {"id": record_id},
        )


def test_a_correction_is_a_new_revision_pointing_to_the_old(
    db: Database, lab: Lab, manager: Actor, technician: Actor
) -> None:
    first = create(db, technician, tensile_input(lab, technician), tensile_raw())
    approve(db, first, manager, manager)
    with pytest.raises(InvalidTransition), db.transaction(technician) as session:
        result_service.revise_record(
            session, technician, create(db, technician, hardness_input(lab, technician)), "x" * 10
        )
    with pytest.raises(ValidationError), db.transaction(technician) as session:
        result_service.revise_record(session, technician, first, "")
    with db.transaction(technician) as session:
        second = result_service.revise_record(
            session, technician, first, "Diameter was 9.98 mm, not 10"
        )
    with pytest.raises(Conflict, match="already corrected"), db.transaction(technician) as session:
        result_service.revise_record(session, technician, first, "Another correction")
    corrected = tensile_input(
        lab, technician, TensileInputs(shape="round", diameter_mm=9.98, gauge_length_mm=50.0)
    )
    with db.transaction(technician) as session:
        result_service.update_record(
            session, technician, second, corrected
        )  # from the stored curve
    with db.reader() as session:
        old = result_service.get_record(session, technician, first)
        new = result_service.get_record(session, technician, second)
        chain = result_service.revision_chain(session, technician, first)
        current = result_service.list_records(session, technician, ResultFilter(job_id=lab.job_id))
        everything = result_service.list_records(
            session, technician, ResultFilter(job_id=lab.job_id, include_superseded=True)
        )
    assert (old.status, old.superseded_by_id, old.current) == ("approved", second, False)
    assert (new.status, new.revision, new.supersedes_id) == ("draft", 2, first)
    assert new.revision_reason == "Diameter was 9.98 mm, not 10"
    assert new.raw_file_sha256 == old.raw_file_sha256
    rm_old = next(v.value for v in old.values if v.quantity == "Rm")
    rm_new = next(v.value for v in new.values if v.quantity == "Rm")
    assert rm_new == pytest.approx(rm_old * (10 / 9.98) ** 2)
    assert chain == [first, second]
    assert second in [r.id for r in current] and first not in [r.id for r in current]
    assert {first, second} <= {r.id for r in everything}


def test_results_table_filters(db: Database, lab: Lab, manager: Actor, technician: Actor) -> None:
    hard = create(
        db, technician, hardness_input(lab, technician, performed_at=performed_hours_ago(30))
    )
    charpy = create(
        db, technician, impact_input(lab, technician, ImpactInputs(energies_J=(40, 41, 39)))
    )
    approve(db, hard, manager, manager)
    with db.reader() as session:

        def ids(**kw: object) -> list[int]:
            return [
                r.id for r in result_service.list_records(session, technician, ResultFilter(**kw))
            ]  # type: ignore[arg-type]

        assert ids() == [charpy, hard]  # newest test first
        assert ids(test_type="hardness") == [hard]
        assert ids(status="approved") == [hard]
        assert ids(equipment_id=lab.hardness_tester) == [charpy, hard]
        assert ids(equipment_id=lab.tensile_machine) == []
        assert ids(performed_from=performed_hours_ago(10)) == [charpy]
        assert ids(performed_to=performed_hours_ago(10)) == [hard]
        assert (
            result_service.count_records(session, technician, ResultFilter(test_type="impact")) == 1
        )


def test_technicians_cannot_approve_and_admins_cannot_enter(
    db: Database, lab: Lab, admin: Actor
) -> None:
    with pytest.raises(PermissionDenied), db.transaction(admin) as session:
        result_service.create_record(session, admin, hardness_input(lab, admin))
    assert record_count(db, admin) == 0


def test_only_a_draft_can_be_discarded_and_its_values_go_with_it(
    db: Database, lab: Lab, technician: Actor
) -> None:
    record_id = create(db, technician, hardness_input(lab, technician))
    with db.transaction(technician) as session:
        result_service.discard_draft(session, technician, record_id)
    with db.reader() as session:
        assert session.scalar(select(text("count(*)")).select_from(TestValue)) == 0
    assert record_count(db, technician) == 0


def test_a_given_review_or_approval_moment_must_follow_the_test(
    db: Database, lab: Lab, manager: Actor, technician: Actor
) -> None:
    data = hardness_input(lab, technician, performed_at=performed_hours_ago(48))
    record_id = create(db, technician, data)
    early = performed_hours_ago(50)
    with (
        pytest.raises(ValidationError, match="between the test and now"),
        db.transaction(manager) as session,
    ):
        result_service.review_record(session, manager, record_id, at=early)
    with db.transaction(manager) as session:
        result_service.review_record(session, manager, record_id, at=performed_hours_ago(24))
    before_review = performed_hours_ago(30)
    with (
        pytest.raises(ValidationError, match="precede the review"),
        db.transaction(manager) as session,
    ):
        result_service.approve_record(session, manager, record_id, at=before_review)
    with db.transaction(manager) as session:
        result_service.approve_record(session, manager, record_id, at=performed_hours_ago(20))
    with db.reader() as session:
        view = result_service.get_record(session, manager, record_id)
    assert view.reviewed_at < view.approved_at  # type: ignore[operator]


def test_keyset_pages_are_complete_and_disjoint_with_equal_test_times(
    db: Database, lab: Lab, technician: Actor
) -> None:
    """Pages of 2 over 7 records, tested at three moments (so equal times cross the page
    boundaries), list every record once, newest first, the id breaking ties: the same as one
    unpaged list, also with a filter."""
    moments = (
        [performed_hours_ago(5)] * 3 + [performed_hours_ago(3)] * 2 + [performed_hours_ago(1)] * 2
    )
    for at in moments:
        create(db, technician, hardness_input(lab, technician, performed_at=at))

    def paged(flt: ResultFilter) -> list[int]:
        rows: list[result_service.RecordRow] = []
        with db.reader() as session:
            while True:
                page = result_service.list_records(
                    session, technician, flt, limit=2, after=rows[-1] if rows else None
                )
                if not page:
                    return [r.id for r in rows]
                rows += page

    for flt in (ResultFilter(), ResultFilter(job_id=lab.job_id, test_type="hardness")):
        with db.reader() as session:
            whole = result_service.list_records(session, technician, flt, limit=None)
        assert len(whole) == 7
        assert paged(flt) == [r.id for r in whole]
        keys = [(r.performed_at, r.id) for r in whole]
        assert keys == sorted(keys, reverse=True)
