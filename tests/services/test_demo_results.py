"""The demo test results: every test type and state, a correction, curves whose evaluation
gives back the material they were generated from, review and approval after the test."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from itc_desktop import cli
from itc_desktop.analysis.tensile import analyze_tensile, specimen_geometry
from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.demo_results import Material, tensile_curve
from itc_desktop.importers.tensile_files import curve_from_columns
from itc_desktop.models.base import utcnow
from itc_desktop.services import audit as audit_service
from itc_desktop.services import results as result_service
from itc_desktop.services.results import ResultFilter


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert cli.main(["--db", str(path), "demo"]) == 0
    return Database(sqlite_url(path))


MANAGER = Actor(id=2, username="manager", full_name="Petrović Đorđe", role="manager")


def test_every_type_and_state_is_shown(demo_db: Database) -> None:
    with demo_db.reader() as session:
        rows = result_service.list_records(
            session, MANAGER, ResultFilter(include_superseded=True), limit=None
        )
    assert Counter(r.test_type for r in rows).keys() == {
        "tensile", "hardness", "impact", "dimensional"
    }  # fmt: skip
    assert {r.status for r in rows} == {"draft", "reviewed", "approved"}
    assert {r.overall for r in rows} >= {"pass", "fail", "inconclusive"}
    assert len({r.job_id for r in rows}) >= 8


def test_a_correction_replaces_an_approved_record(demo_db: Database) -> None:
    with demo_db.reader() as session:
        rows = result_service.list_records(
            session, MANAGER, ResultFilter(include_superseded=True), limit=None
        )
        second = next(r for r in rows if r.revision == 2)
        view = result_service.get_record(session, MANAGER, second.id)
        old = result_service.get_record(session, MANAGER, view.supersedes_id)  # type: ignore[arg-type]
    assert "re-measured" in view.revision_reason
    assert view.status == old.status == "approved"
    assert old.superseded_by_id == view.id and old.raw_file_sha256 == view.raw_file_sha256


def test_reviews_and_approvals_follow_the_test_by_other_people(demo_db: Database) -> None:
    now = utcnow()
    with demo_db.reader() as session:
        rows = result_service.list_records(
            session, MANAGER, ResultFilter(include_superseded=True), limit=None
        )
        views = [result_service.get_record(session, MANAGER, r.id) for r in rows]
    for view in views:
        assert view.performed_at < now
        if view.status != "draft":
            assert view.reviewed_at is not None and view.performed_at <= view.reviewed_at <= now
            assert view.reviewed_by != view.performed_by
        if view.status == "approved":
            assert view.approved_at is not None and view.reviewed_at <= view.approved_at <= now  # type: ignore[operator]
            assert view.approved_by != view.performed_by
    with demo_db.reader() as session:
        assert audit_service.verify_chain(session).ok


def test_the_demo_rebar_yields_discontinuously(demo_db: Database) -> None:
    with demo_db.reader() as session:
        rows = result_service.list_records(session, MANAGER, ResultFilter(test_type="tensile"))
        quantities = [
            {v.quantity for v in result_service.get_record(session, MANAGER, r.id).values}
            for r in rows
        ]
    assert any({"ReH", "ReL"} <= q and "Rp0.2" not in q for q in quantities)
    assert any("Rp0.2" in q for q in quantities)


@pytest.mark.parametrize(
    "material",
    [
        Material(E=206000, Rp=385, Rm=545, Ag=14.0, A=26.0),
        Material(E=169000, Rp=265, Rm=418, Ag=11.0, A=17.0),
        Material(E=70000, Rp=270, Rm=310, Ag=5.0, A=10.0),
    ],
)
def test_generated_curves_evaluate_to_their_material(material: Material) -> None:
    specimen = specimen_geometry(diameter=10.0, gauge_length=50.0)
    columns = tensile_curve(material, specimen.S0_mm2, 50.0, np.random.default_rng(3))
    strain, stress, _ = curve_from_columns(columns, specimen, 50.0)
    result = analyze_tensile(strain, stress)
    assert result.Rp02_MPa == pytest.approx(material.Rp, rel=0.01)
    assert result.Rm_MPa == pytest.approx(material.Rm, rel=0.005)
    assert result.E_MPa == pytest.approx(material.E, rel=0.03)
    assert result.A_pct == pytest.approx(material.A, abs=0.5)
    assert result.Ag_pct == pytest.approx(material.Ag, abs=0.5)


def test_generated_yield_point_curve_gives_reh_and_rel() -> None:
    material = Material(E=200000, Rp=548, Rm=655, Ag=9.5, A=19.5, ReH=566, luders=1.6)
    specimen = specimen_geometry(diameter=16.0, gauge_length=80.0)
    columns = tensile_curve(material, specimen.S0_mm2, 80.0, np.random.default_rng(5))
    strain, stress, _ = curve_from_columns(columns, specimen, 80.0)
    result = analyze_tensile(strain, stress)
    assert result.yield_point
    assert result.ReH_MPa == pytest.approx(566, rel=0.01)
    assert result.ReL_MPa == pytest.approx(548, rel=0.01)
