"""Property-based tests (hypothesis) of hardness, Charpy, SPC and the conformity decision: any
input — NaN, ±inf, zero, negative, tiny, huge — gives either an AnalysisError naming the input
or a result that keeps the invariants of the formula (never another exception, never NaN)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from hypothesis import assume, example, given
from hypothesis import strategies as st

from itc_desktop.analysis.decision import Decision, DecisionRule, Limits, decide
from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.hardness import (
    G_N,
    ROCKWELL_RANGES,
    VICKERS_CONSTANT,
    VICKERS_SCALES,
    brinell_hbw,
    brinell_series,
    rockwell_series,
    vickers_series,
)
from itc_desktop.analysis.impact import charpy_acceptance, charpy_series, combine
from itc_desktop.analysis.spc import CONSTANTS, capability, xbar_r_chart

ANY = st.floats(allow_nan=True, allow_infinity=True)  # every float, subnormals included
SIZE = st.one_of(ANY, st.floats(1e-3, 10.0))  # a plausible size in mm, often
ENERGY = st.one_of(ANY, st.floats(0.0, 450.0))


def outcome(call: Callable[[], Any]) -> Any:
    """The result, or None after an AnalysisError that names the input and says why."""
    try:
        return call()
    except AnalysisError as error:
        assert str(error).strip()
        assert error.field, f"no field named: {error}"
        return None


def close(a: float, b: float, rel: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-300)


def check_series(series: Any) -> None:
    values = series.values if hasattr(series, "values") else series.energies_J
    assert all(math.isfinite(v) for v in values)
    low, high = min(values), max(values)
    average = series.mean if hasattr(series, "mean") else series.mean_J
    assert low <= average <= high
    if hasattr(series, "range"):
        assert series.range == high - low and series.range >= 0


# -- hardness -----------------------------------------------------------------------------------


@given(
    st.sampled_from([*VICKERS_SCALES, 0.0, 7.0, math.nan]),
    st.lists(st.tuples(SIZE, SIZE), max_size=6),
    st.one_of(st.none(), SIZE),
)
@example(10, [(1e-200, 1e-200)], None)  # d² underflowed to 0: ZeroDivisionError before
@example(0.01, [(5e-324, 5e-324)], None)  # so did d itself (thorough profile)
@example(10, [(0.28, 0.28)], math.nan)  # a NaN thickness was silently accepted
def test_vickers(
    scale: float, diagonals: list[tuple[float, float]], thickness: float | None
) -> None:
    series = outcome(lambda: vickers_series(scale, diagonals, thickness))
    if series is None:
        return
    assert thickness is None or (math.isfinite(thickness) and thickness > 0)
    check_series(series)
    force = scale * G_N
    for (d1, d2), indentation in zip(diagonals, series.indentations, strict=True):
        d = d1 / 2 + d2 / 2
        assert indentation.value > 0
        assert close(indentation.value, VICKERS_CONSTANT * force / d / d)
        uneven = abs(d1 - d2) / d * 100 > 5.0 + 1e-9
        assert any("diagonals differ" in f for f in indentation.flags) == uneven
        if thickness is not None:
            assert any("thinner" in f for f in indentation.flags) == (thickness < 1.5 * d)


@given(SIZE, st.one_of(ANY, st.sampled_from([1.0, 2.5, 5.0, 10.0])), SIZE)
@example(1.0, 10.0, 1e-9)  # D − √(D² − d²) cancelled to 0: ZeroDivisionError before
def test_brinell_value(force: float, ball: float, d: float) -> None:
    value = outcome(lambda: brinell_hbw(force, ball, d))
    if value is None:
        return
    assert 0 < d < ball and value > 0 and math.isfinite(value)
    # A smaller indentation under the same force is harder.
    smaller = outcome(lambda: brinell_hbw(force, ball, d / 2))
    assert smaller is None or smaller >= value
    if 1e-3 < d / ball < 0.999 and 1e-100 < force < 1e100 and 1e-50 < ball < 1e50:
        naive = 0.102 * 2 * force / (math.pi * ball * (ball - math.sqrt(ball * ball - d * d)))
        assert close(value, naive, rel=1e-6)


@given(
    st.one_of(ANY, st.sampled_from([1.0, 2.5, 5.0, 10.0])),
    st.one_of(ANY, st.sampled_from([62.5, 187.5, 3000.0])),
    st.lists(st.tuples(SIZE, SIZE), max_size=5),
)
def test_brinell_series(ball: float, force: float, diameters: list[tuple[float, float]]) -> None:
    series = outcome(lambda: brinell_series(ball, force, diameters))
    if series is not None:
        check_series(series)
        assert series.notation.endswith(f"HBW {ball:g}/{force:g}")


@given(
    st.one_of(st.sampled_from(list(ROCKWELL_RANGES)), st.text(max_size=6)),
    st.lists(ANY, max_size=8),
)
@example("HRC", [1e308, 1e308])  # the sum overflowed: the mean was inf before
def test_rockwell(scale: str, values: list[float]) -> None:
    series = outcome(lambda: rockwell_series(scale, values))
    if series is None:
        return
    check_series(series)
    low, high = ROCKWELL_RANGES[series.method]
    for value, indentation in zip(values, series.indentations, strict=True):
        assert bool(indentation.flags) == (not low <= value <= high)


# -- Charpy -------------------------------------------------------------------------------------


@given(
    st.lists(ENERGY, max_size=6),
    st.sampled_from(["V", "U", "v", " u ", "W", ""]),
    st.sampled_from([2.0, 8.0, 2, 5.0, math.nan]),
    st.one_of(st.none(), ENERGY),
    st.one_of(st.none(), ANY),
)
@example([20.0, 30.0], "V", 2.0, None, math.nan)  # a NaN temperature was accepted before
def test_charpy(
    energies: list[float], notch: str, radius: float, initial: float | None, temp: float | None
) -> None:
    series = outcome(
        lambda: charpy_series(
            energies, notch=notch, striker_radius_mm=radius, initial_energy_J=initial,
            temperature_C=temp,
        )
    )  # fmt: skip
    if series is None:
        return
    assert temp is None or math.isfinite(temp)
    check_series(series)
    assert series.minimum_J == min(energies) >= 0
    assert series.symbol in ("KV2", "KV8", "KU2", "KU8")
    if initial is not None:
        assert all(e <= initial for e in energies)
        assert series.flagged_indices == tuple(
            i for i, e in enumerate(energies) if e > 0.8 * initial
        )
    both = outcome(lambda: combine([series, series]))
    assert both is not None and both.energies_J == series.energies_J * 2
    assert close(both.mean_J, series.mean_J)
    other = outcome(
        lambda: charpy_series(
            [10.0], notch=series.notch, striker_radius_mm=10.0 - series.striker_radius_mm,
            temperature_C=temp,
        )
    )  # fmt: skip
    assert other is not None and outcome(lambda: combine([series, other])) is None


@given(st.lists(st.floats(0, 400), min_size=1, max_size=5), ANY, ANY)
def test_charpy_acceptance(energies: list[float], minimum: float, fraction: float) -> None:
    series = charpy_series(energies)
    verdict = outcome(lambda: charpy_acceptance(series, minimum, fraction))
    if verdict is None:
        return
    assert verdict.mean_ok == (series.mean_J >= minimum)
    assert verdict.singles_ok == (series.minimum_J >= fraction * minimum)
    assert verdict.passed == (verdict.mean_ok and verdict.singles_ok)


# -- SPC ----------------------------------------------------------------------------------------

VALUE = st.one_of(ANY, st.floats(-1e6, 1e6), st.floats(9.9, 10.1))


@given(
    st.integers(1, 11).flatmap(
        lambda n: st.lists(st.lists(VALUE, min_size=n, max_size=n), max_size=8)
    )
)
@example([[1e308, -1e308], [0.0, 0.0]])  # the range overflowed to inf before
@example([[0.0] * 9 + [1.7976931348623157e308]] * 3)  # fsum's intermediate overflow (thorough)
def test_xbar_r_chart(subgroups: list[list[float]]) -> None:
    chart = outcome(lambda: xbar_r_chart(subgroups))
    if chart is None:
        return
    assert chart.n in CONSTANTS and len(chart.means) == len(subgroups) >= 2
    assert chart.xbar_lcl <= chart.grand_mean <= chart.xbar_ucl
    assert 0 <= chart.r_lcl <= chart.mean_range <= chart.r_ucl
    for i, (m, r) in enumerate(zip(chart.means, chart.ranges, strict=True)):
        outside = not (chart.xbar_lcl <= m <= chart.xbar_ucl and chart.r_lcl <= r <= chart.r_ucl)
        assert (i in chart.out_of_control) == outside


@given(
    st.integers(2, 10).flatmap(
        lambda n: st.lists(
            st.lists(st.floats(-1e6, 1e6), min_size=n, max_size=n), min_size=2, max_size=6
        )
    ),
    st.one_of(st.none(), VALUE),
    st.one_of(st.none(), VALUE),
)
@example([[0.0, 0.0], [0.0, 1e-186]], None, 1e121)  # σ̂ ≈ 1e-187: Cpk was inf before
def test_capability(subgroups: list[list[float]], lower: float | None, upper: float | None) -> None:
    result = outcome(lambda: capability(subgroups, lower, upper))
    if result is None:
        return
    assert result.sigma > 0 and math.isfinite(result.Cpk)
    if result.Cp is not None:
        assert result.Cpk <= result.Cp * (1 + 1e-9) + 1e-300
        assert result.Cpk == min(result.Cpl, result.Cpu)  # type: ignore[type-var]


# -- decision -----------------------------------------------------------------------------------


@given(
    VALUE,
    st.one_of(st.none(), VALUE),
    st.one_of(st.none(), VALUE),
    st.one_of(ANY, st.floats(0, 1)),
    st.sampled_from(list(DecisionRule)),
)
@example(1.0, math.nan, 2.0, 0.0, DecisionRule.SIMPLE)  # a NaN limit gave "fail" before
def test_decision(
    value: float, lower: float | None, upper: float | None, u: float, rule: DecisionRule
) -> None:
    result = outcome(lambda: decide(value, Limits(lower, upper), rule=rule, U=u))
    if result is None:
        return
    assert all(limit is None or math.isfinite(limit) for limit in (lower, upper))
    inside = (lower is None or lower <= value) and (upper is None or value <= upper)
    simple = decide(value, Limits(lower, upper), rule=DecisionRule.SIMPLE, U=u)
    if rule is DecisionRule.SIMPLE:
        assume(not _on_a_limit(value, lower, upper))  # rounding tolerance at the limit
        assert result.decision == (Decision.PASS if inside else Decision.FAIL)
    else:  # the guard band only ever moves a decision towards "inconclusive"
        if result.decision is Decision.PASS:
            assert simple.decision is Decision.PASS
        if result.decision is Decision.FAIL:
            assert simple.decision is Decision.FAIL


def _on_a_limit(value: float, lower: float | None, upper: float | None) -> bool:
    return any(
        limit is not None and math.isclose(value, limit, rel_tol=1e-12, abs_tol=1e-12)
        for limit in (lower, upper)
    )
