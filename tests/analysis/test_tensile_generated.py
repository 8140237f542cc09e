"""Tensile evaluation on generated curves: Ramberg–Osgood (its 0.2 % proof stress is exactly
σy), with noise, toe, necking and fracture; yield-point curves; degenerate input; and hostile
input (issue 12): any numbers — NaN, inf, huge, tiny, damaged real curves — give a result
whose values are real numbers, or an AnalysisError, never another exception or a hang. The
number of examples comes from the hypothesis profile (HYPOTHESIS_PROFILE)."""

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


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
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


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
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


# --------------------------------------------------------------------------- hostile input

ANY_FLOAT = st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True)
CURVE_LENGTHS = st.integers(0, 120)


def _a_result_or_a_clear_error(strain: object, stress: object, **kwargs: object) -> None:
    """analyze_tensile gives a result whose values are all real numbers in their places, or
    refuses with an AnalysisError that says why; nothing else."""
    try:
        result = analyze_tensile(strain, stress, **kwargs)  # type: ignore[arg-type]
    except AnalysisError as error:
        assert str(error).strip()
        return
    values = [
        result.E_MPa, result.Rm_MPa, result.Agt_pct, result.Ag_pct, result.At_pct, result.A_pct,
        result.fracture_stress_MPa, result.noise_MPa, result.fit.intercept_MPa, result.fit.r2,
    ]  # fmt: skip
    optional = [result.Rp02_MPa, result.Rp02_strain, result.ReH_MPa, result.ReL_MPa]
    assert all(math.isfinite(v) for v in values + [v for v in optional if v is not None])
    assert result.E_MPa > 0 and result.fit.r2 >= 0.98
    assert result.strain.size == result.stress.size == result.fracture_index + 1
    assert 0 <= result.Fm_index <= result.fracture_index
    assert np.isfinite(result.strain).all() and np.isfinite(result.stress).all()
    assert result.Rm_MPa <= float(result.stress.max()) * 1.01 + 1e-9
    assert (result.Rp02_MPa is None) == result.yield_point
    if result.yield_point:
        assert result.ReH_MPa is not None and result.ReL_MPa is not None
    result.rounded()  # the report values exist too
    result.markers()


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(ANY_FLOAT, max_size=120),
    st.lists(ANY_FLOAT, max_size=120),
)
def test_any_numbers_give_a_result_or_a_clear_error(strain: list, stress: list) -> None:
    _a_result_or_a_clear_error(strain, stress)
    n = min(len(strain), len(stress))
    _a_result_or_a_clear_error(strain[:n], stress[:n])


DAMAGE = st.sampled_from(
    ["nan", "inf", "spike", "huge", "tiny", "truncate", "reverse_part", "flat_part",
     "duplicate", "scale", "shuffle_part", "negative", "zero_start"]
)  # fmt: skip


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    modulus=st.floats(60_000, 215_000),
    sigma_y=st.floats(150, 1000),
    uniform=st.floats(0.02, 0.3),
    damage=st.lists(DAMAGE, min_size=1, max_size=3),
    where=st.floats(0.0, 1.0),
    factor=st.one_of(
        st.floats(1e-300, 1e300, allow_subnormal=False), st.sampled_from([1e-3, 1e3, 1e6])
    ),
    seed=st.integers(0, 2**16),
)
def test_damaged_real_curves_give_a_result_or_a_clear_error(
    modulus: float,
    sigma_y: float,
    uniform: float,
    damage: list[str],
    where: float,
    factor: float,
    seed: int,
) -> None:
    strain, stress, _truth = ramberg_osgood(
        modulus, sigma_y, 12.0, uniform, noise=0.001 * sigma_y, seed=seed, points=600
    )
    rng = np.random.default_rng(seed)
    for kind in damage:
        i = min(int(where * strain.size), strain.size - 1)
        part = slice(i, min(strain.size, i + 50))
        if kind == "nan":
            stress[i] = np.nan
        elif kind == "inf":
            strain[i] = np.inf
        elif kind == "spike":
            stress[i] *= 50.0
        elif kind == "huge":
            stress[i] = 1e300
        elif kind == "tiny":
            stress[part] = 5e-324
        elif kind == "truncate":
            strain, stress = strain[: i + 1], stress[: i + 1]
        elif kind == "reverse_part":
            strain[part] = strain[part][::-1].copy()
        elif kind == "flat_part":
            stress[part] = stress[i]
        elif kind == "duplicate":
            strain = np.insert(strain, i, strain[i])
            stress = np.insert(stress, i, stress[i])
        elif kind == "scale":
            with np.errstate(over="ignore"):  # a 1e300 spike scaled up is inf: also hostile
                stress = stress * factor
        elif kind == "shuffle_part":
            order = rng.permutation(np.arange(part.start, part.stop))
            stress[part] = stress[order]
        elif kind == "negative":
            stress[part] = -stress[part]
        elif kind == "zero_start":
            strain[: i + 1] = 0.0
    _a_result_or_a_clear_error(strain, stress)
    _a_result_or_a_clear_error(strain, stress, options=TensileOptions(rp10=True))


@settings(deadline=None)
@given(
    st.one_of(st.none(), ANY_FLOAT),
    st.one_of(st.none(), ANY_FLOAT),
    st.one_of(st.none(), ANY_FLOAT),
    st.one_of(st.none(), ANY_FLOAT),
    st.one_of(st.none(), ANY_FLOAT),
)
def test_any_dimensions_give_a_real_specimen_or_a_clear_error(
    diameter: float | None,
    width: float | None,
    thickness: float | None,
    area: float | None,
    gauge_length: float | None,
) -> None:
    try:
        specimen = specimen_geometry(
            diameter=diameter, width=width, thickness=thickness, area=area,
            gauge_length=gauge_length,
        )  # fmt: skip
    except AnalysisError as error:
        assert error.field is not None and str(error).strip()
        return
    assert 0 < specimen.S0_mm2 < math.inf and 0 < specimen.L0_mm < math.inf


@settings(deadline=None)
@given(ANY_FLOAT, ANY_FLOAT)
def test_any_hand_measurements_give_a_real_value_or_a_clear_error(a: float, b: float) -> None:
    for compute in (elongation_after_fracture_pct, reduction_of_area_pct):
        try:
            value = compute(a, b)
        except AnalysisError as error:
            assert error.field is not None
            continue
        assert math.isfinite(value) and value >= 0.0
        if compute is reduction_of_area_pct:
            assert value <= 100.0


@settings(deadline=None)
@given(ANY_FLOAT)
def test_report_rounding_of_any_number(value: float) -> None:
    rounders = (
        (round_strength, 1.0), (round_elongation, 0.5), (round_reduction_of_area, 0.5),
        (round_modulus, 100.0),
    )  # fmt: skip
    for rounder, step in rounders:
        if not math.isfinite(value):
            with pytest.raises(AnalysisError, match="not a number that can be reported"):
                rounder(value)
            continue
        rounded = rounder(value)
        assert rounded is not None
        # Within half a step (and the float spacing of huge values); a whole number of steps.
        assert abs(rounded - value) <= step / 2 + abs(value) * 1e-15
        assert abs(value) > 1e15 or float(rounded / step) == round(rounded / step)


def test_found_and_fixed_overflowing_input() -> None:
    """Found by the property tests: a curve in the wrong units (1e100 and up) overflowed the
    least-squares sums (RuntimeWarning, then NaN values); a diameter of 1e200 mm gave S0 = inf
    and 1e-200 mm gave S0 = 0; Lu/L0 of 1e308/1e-308 gave A = inf; rounding inf or a number
    over 28 digits raised decimal.InvalidOperation. Each is now a clear refusal or a value."""
    strain, stress, _truth = ramberg_osgood(200_000, 400, 12, 0.15)
    _refused(strain, stress * 1e100, "beyond any material")
    _refused(strain * 1e100, stress, "beyond any tensile test")
    for kwargs in ({"diameter": 1e200}, {"diameter": 1e-200}, {"width": 1e200, "thickness": 1e200}):
        with pytest.raises(AnalysisError, match="out of range"):
            specimen_geometry(**kwargs)
    with pytest.raises(AnalysisError, match="give no elongation"):
        elongation_after_fracture_pct(1e-308, 1e308)
    with pytest.raises(AnalysisError, match="not a number that can be reported"):
        round_strength(math.inf)
    assert round_modulus(1e30) == int(1e30) and round_strength(-1.5e300) == int(-1.5e300)
