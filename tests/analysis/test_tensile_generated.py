"""Tensile evaluation on generated curves: Ramberg–Osgood (its 0.2 % proof stress is exactly
σy), with noise, toe, necking and fracture; yield-point curves; degenerate input."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.tensile import (
    TensileOptions,
    analyze_force_extension,
    analyze_tensile,
    elongation_after_fracture_pct,
    reduction_of_area_pct,
    round_elongation,
    round_modulus,
    round_reduction_of_area,
    round_strength,
    specimen_geometry,
)
from itc_desktop.services.errors import ValidationError


def ramberg_osgood(
    modulus: float,
    sigma_y: float,
    n: float,
    uniform: float,
    *,
    noise: float = 0.0,
    seed: int = 0,
    toe: float = 0.0,
    necking: float = 0.05,
    points: int = 3000,
) -> tuple[np.ndarray, np.ndarray, dict[str, float]]:
    """ε = σ/E + 0.002·(σ/σy)ⁿ up to Rm (reached at plastic strain `uniform`), a parabolic
    necking branch down to 80 % of Rm over `necking` strain, then the fracture drop.
    Returns strain, stress and the true values."""
    rng = np.random.default_rng(seed)
    rm = sigma_y * (uniform / 0.002) ** (1.0 / n)
    sigma = np.linspace(0.0, rm, points)
    eps = sigma / modulus + 0.002 * (sigma / sigma_y) ** n
    eps_m = eps[-1]
    neck_eps = eps_m + np.linspace(0.0, necking, points // 3)[1:]
    neck_sigma = rm - 0.2 * rm * ((neck_eps - eps_m) / necking) ** 2
    after = neck_eps[-1] + np.array([1e-5, 2e-5, 3e-5])
    strain = np.concatenate([eps, neck_eps, after])
    stress = np.concatenate([sigma, neck_sigma, [0.2 * rm, 0.01 * rm, 0.0]])
    if toe:
        # Slack: the first `toe` of strain carries (almost) no load, then the curve as before.
        slack = np.linspace(0.0, toe, 200, endpoint=False)
        strain = np.concatenate([slack, strain + toe])
        stress = np.concatenate([0.001 * rm * slack / toe, stress])
    if noise:
        stress = stress + rng.normal(0.0, noise, stress.size)
    truth = {
        "E": modulus,
        "Rp02": sigma_y,
        "Rm": rm,
        "Agt": eps_m * 100,
        "At": neck_eps[-1] * 100,
        "A": (neck_eps[-1] - 0.8 * rm / modulus) * 100,
        "Rp10": sigma_y * 5 ** (1 / n),
    }
    return strain, stress, truth


def realistic_exponent(ratio: float, uniform: float) -> float:
    """The Ramberg–Osgood exponent of a material with Rm/Rp0.2 = `ratio` reached at plastic
    strain `uniform`. Real metals harden more the more uniformly they stretch (the sample
    steels and alloys all have Rm/Rp0.2 ≥ 1 + 1.5·Ag); flatter tops are not generated."""
    assume(ratio >= 1.0 + 1.5 * uniform)
    n = math.log(uniform / 0.002) / math.log(ratio)
    assume(6.0 <= n <= 30.0)
    return n


def _assert_matches(result, truth, *, agt_points: float = 0.5) -> None:
    assert not result.yield_point and result.ReH_MPa is None and result.ReL_MPa is None
    assert result.E_MPa == pytest.approx(truth["E"], rel=0.03)
    assert result.Rp02_MPa == pytest.approx(truth["Rp02"], rel=0.01)
    assert result.Rm_MPa == pytest.approx(truth["Rm"], rel=0.005)
    assert abs(result.Agt_pct - truth["Agt"]) <= agt_points
    assert abs(result.At_pct - truth["At"]) <= 0.5
    assert abs(result.A_pct - truth["A"]) <= 0.5
    assert result.fracture_detected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    modulus=st.floats(60_000, 215_000),
    sigma_y=st.floats(120, 1100),
    ratio=st.floats(1.05, 2.3),
    uniform=st.floats(0.01, 0.3),
)
def test_ramberg_osgood_proof_stress_is_sigma_y(
    modulus: float, sigma_y: float, ratio: float, uniform: float
) -> None:
    n = realistic_exponent(ratio, uniform)
    strain, stress, truth = ramberg_osgood(modulus, sigma_y, n, uniform)
    result = analyze_tensile(strain, stress, options=TensileOptions(rp10=True))
    _assert_matches(result, truth)
    assert result.Rp02_MPa == pytest.approx(sigma_y, rel=0.002)  # noise-free: nearly exact
    if truth["Rp10"] < truth["Rm"] * 0.999:
        assert result.Rp10_MPa == pytest.approx(truth["Rp10"], rel=0.01)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    modulus=st.floats(60_000, 215_000),
    sigma_y=st.floats(150, 1000),
    ratio=st.floats(1.05, 2.3),
    uniform=st.floats(0.02, 0.3),
    noise_fraction=st.floats(0.0005, 0.002),
    toe=st.sampled_from([0.0, 0.0005]),
    seed=st.integers(0, 2**16),
)
def test_noisy_curves_with_toe_and_necking(
    modulus: float,
    sigma_y: float,
    ratio: float,
    uniform: float,
    noise_fraction: float,
    toe: float,
    seed: int,
) -> None:
    n = realistic_exponent(ratio, uniform)
    strain, stress, truth = ramberg_osgood(
        modulus, sigma_y, n, uniform, noise=noise_fraction * sigma_y, seed=seed, toe=toe
    )
    result = analyze_tensile(strain, stress)
    _assert_matches(result, truth, agt_points=0.5)
    # Toe compensation: the E line meets zero stress where the elastic curve starts.
    assert result.fit.toe_strain == pytest.approx(toe, abs=5e-5)


def test_a_spike_below_the_offset_line_is_not_the_proof_stress() -> None:
    strain, stress, _truth = ramberg_osgood(200_000, 400, 12, 0.15)
    early = int(np.searchsorted(stress[:3000], 250.0))
    stress = stress.copy()
    stress[early] = 5.0  # one bad sample crosses the offset line long before Rp0.2
    result = analyze_tensile(strain, stress)
    assert result.Rp02_MPa == pytest.approx(400, rel=0.005)


def test_markers_and_lines_for_the_plot() -> None:
    strain, stress, _truth = ramberg_osgood(200_000, 400, 12, 0.15)
    result = analyze_tensile(strain, stress)
    (x0, y0), (x1, y1) = result.e_line()
    assert (x0, y0) == (0.0, 0.0) and y1 / x1 == pytest.approx(result.E_MPa)
    (o0, _), (o1, p1) = result.offset_line()
    assert o0 == 0.002 and p1 / (o1 - 0.002) == pytest.approx(result.E_MPa)
    markers = result.markers()
    assert set(markers) == {"Rp0.2", "Rm", "fracture"}
    assert markers["Rp0.2"][1] == result.Rp02_MPa
    assert markers["Rm"] == (result.Agt_pct / 100, result.Rm_MPa)
    assert result.stress.size == result.strain.size == result.fracture_index + 1
    assert result.fit.start_index < result.fit.end_index
    # the fitted stretch lies on the elastic part
    assert result.stress[result.fit.end_index] < result.Rp02_MPa


def yield_point_curve(seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Linear to ReH = 300, drop to a Lüders plateau oscillating around 282 (transient dip to
    272 first), hardening to Rm = 420, necking, fracture."""
    rng = np.random.default_rng(seed)
    modulus = 210_000.0
    elastic_s = np.linspace(0, 300, 600)
    elastic_e = elastic_s / modulus
    drop_e = elastic_e[-1] + np.linspace(0, 0.0002, 12)[1:]
    drop_s = np.linspace(300, 272, 12)[1:]
    plateau_e = drop_e[-1] + np.linspace(0, 0.02, 800)[1:]
    phase = np.linspace(0, 12 * math.pi, plateau_e.size)
    plateau_s = 282 + 1.5 * np.sin(phase)
    plateau_s[:40] = np.linspace(272, 282, 40)  # the initial transient: ignored for ReL
    hard_e = plateau_e[-1] + np.linspace(0, 0.12, 1200)[1:]
    hard_s = 282 + 138 * (1 - np.exp(-(hard_e - plateau_e[-1]) / 0.03))
    hard_s = hard_s / hard_s[-1] * 420
    neck_e = hard_e[-1] + np.linspace(0, 0.08, 400)[1:]
    neck_s = 420 - 80 * ((neck_e - hard_e[-1]) / 0.08) ** 2
    strain = np.concatenate([elastic_e, drop_e, plateau_e, hard_e, neck_e, neck_e[-1:] + 1e-5])
    stress = np.concatenate([elastic_s, drop_s, plateau_s, hard_s, neck_s, [20.0]])
    return strain, stress + rng.normal(0, 0.3, stress.size)


def test_yield_point_gives_reh_and_rel_instead_of_rp02() -> None:
    strain, stress = yield_point_curve()
    result = analyze_tensile(strain, stress)
    assert result.yield_point
    assert result.Rp02_MPa is None
    assert result.ReH_MPa == pytest.approx(300, rel=0.01)
    # the plateau's lowest value (280.5), not the transient dip to 272
    assert result.ReL_MPa == pytest.approx(280.5, abs=1.0)
    assert result.E_MPa == pytest.approx(210_000, rel=0.03)
    assert result.Rm_MPa == pytest.approx(420, rel=0.005)
    assert {"ReH", "ReL"} <= set(result.markers())


def test_yield_point_detection_can_be_switched_off() -> None:
    strain, stress = yield_point_curve()
    result = analyze_tensile(strain, stress, options=TensileOptions(detect_yield_point=False))
    assert not result.yield_point and result.Rp02_MPa is not None


def test_curve_without_fracture_drop_uses_the_last_point_and_says_so() -> None:
    strain, stress, truth = ramberg_osgood(200_000, 400, 12, 0.15)
    result = analyze_tensile(strain[:-3], stress[:-3])
    assert not result.fracture_detected
    assert any("No fracture" in w for w in result.warnings)
    assert result.At_pct == pytest.approx(truth["At"], abs=0.01)


def test_force_extension_with_hand_measured_a_and_z() -> None:
    strain, stress, _truth = ramberg_osgood(200_000, 400, 12, 0.15)
    specimen = specimen_geometry(diameter=10.0, gauge_length=50.0)
    result = analyze_force_extension(
        stress * specimen.S0_mm2, strain * 50.0, specimen, Lu_mm=62.5, Su_mm2=39.27
    )
    assert result.Rp02_MPa == pytest.approx(400, rel=0.002)
    assert result.A_hand_pct == pytest.approx(25.0)
    assert result.Z_pct == pytest.approx((78.5398 - 39.27) / 78.5398 * 100, rel=1e-4)
    assert result.rounded()["Z_pct"] == 50.0
    assert result.rounded()["A_hand_pct"] == 25.0


# --------------------------------------------------------------------------- refusals


def _refused(strain, stress, words: str, **kwargs) -> None:
    with pytest.raises(AnalysisError) as caught:
        analyze_tensile(strain, stress, **kwargs)
    assert isinstance(caught.value, ValidationError)
    assert words in str(caught.value)


def test_degenerate_input_is_refused_with_clear_messages() -> None:
    strain, stress, _truth = ramberg_osgood(200_000, 400, 12, 0.15)
    _refused([], [], "empty")
    _refused(strain[:10], stress[:10], "only 10 points")
    _refused(strain, np.full(strain.size, 100.0), "stress is constant")
    _refused(np.full(strain.size, 0.01), stress, "strain is constant")
    nan = stress.copy()
    nan[500] = np.nan
    _refused(strain, nan, "missing or infinite value at point 501")
    inf = strain.copy()
    inf[7] = np.inf
    _refused(inf, stress, "point 8")
    _refused(strain[::-1], stress, "strain decreases")
    _refused(strain, -stress, "never positive")
    _refused(strain.reshape(-1, 1), stress, "single-column")
    _refused(np.c_[strain, stress], stress, "one-dimensional")
    _refused(strain, stress[:-1], "differ in length")
    _refused(["a", "b"], [1, 2], "not numeric")


def test_a_curve_still_rising_has_no_maximum() -> None:
    strain, stress, _truth = ramberg_osgood(200_000, 400, 12, 0.15)
    rising = stress[:3000]
    _refused(strain[:3000], rising, "no maximum")


def test_a_curve_without_elastic_part_is_refused() -> None:
    strain, stress, _truth = ramberg_osgood(200_000, 400, 12, 0.15)
    plastic = stress >= 0.6 * stress.max()
    _refused(strain[plastic], stress[plastic], "no elastic part")


def test_no_offset_crossing_is_an_error_not_rm() -> None:
    # A brittle specimen: linear to fracture, 0.05 % plastic strain at most.
    strain, stress, _truth = ramberg_osgood(200_000, 400, 40, 0.0005, necking=0.0002)
    _refused(strain, stress, "does not cross the 0.2 % offset line")


# --------------------------------------------------------------------------- geometry, rounding


def test_geometry() -> None:
    round_ = specimen_geometry(diameter=10.0)
    assert round_.S0_mm2 == pytest.approx(78.5398, rel=1e-6)
    assert round_.L0_mm == pytest.approx(5.65 * math.sqrt(78.5398), rel=1e-6)
    assert round_.L0_is_proportional_default
    flat = specimen_geometry(width=20.0, thickness=3.0, gauge_length=80.0)
    assert (flat.shape, flat.S0_mm2, flat.L0_mm) == ("flat", 60.0, 80.0)
    assert not flat.L0_is_proportional_default
    assert specimen_geometry(area=12.5, gauge_length=50).S0_mm2 == 12.5
    assert specimen_geometry(area=100, k=11.3).L0_mm == pytest.approx(113.0)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({}, "exactly one cross-section"),
        ({"diameter": 10, "area": 78}, "exactly one cross-section"),
        ({"diameter": 10, "width": 5, "thickness": 2}, "exactly one cross-section"),
        ({"width": 20}, "thickness is missing"),
        ({"diameter": -1}, "diameter must be a positive number"),
        ({"diameter": float("nan")}, "diameter must be a positive number"),
        ({"area": 10, "gauge_length": 0}, "gauge_length must be a positive number"),
    ],
)
def test_geometry_refusals(kwargs: dict, words: str) -> None:
    with pytest.raises(AnalysisError, match=words):
        specimen_geometry(**kwargs)


def test_hand_measurements() -> None:
    assert elongation_after_fracture_pct(50.0, 63.0) == pytest.approx(26.0)
    assert reduction_of_area_pct(78.54, 39.27) == pytest.approx(50.0)
    with pytest.raises(AnalysisError, match="shorter than L0"):
        elongation_after_fracture_pct(50.0, 49.0)
    with pytest.raises(AnalysisError, match="exceeds S0"):
        reduction_of_area_pct(50.0, 60.0)
    with pytest.raises(AnalysisError, match="need the specimen"):
        strain, stress, _truth = ramberg_osgood(200_000, 400, 12, 0.15)
        analyze_tensile(strain, stress, Lu_mm=60.0)


def test_report_rounding() -> None:
    assert round_strength(380.5) == 381
    assert round_strength(380.49) == 380
    assert round_strength(None) is None
    assert round_elongation(13.74) == 13.5
    assert round_elongation(13.75) == 14.0
    assert round_elongation(13.2499) == 13.0
    assert round_elongation(25.25) == 25.5
    assert round_reduction_of_area(49.8) == 50.0
    assert round_modulus(205_535.5) == 205_500
