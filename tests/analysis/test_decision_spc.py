"""ISO 14253-1 decision rules at their boundaries; X̄–R limits and Cp/Cpk by hand."""

from __future__ import annotations

import pytest

from itc_desktop.analysis.decision import Decision, DecisionRule, Limits, decide
from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.spc import CONSTANTS, capability, xbar_r_chart

LIMITS = Limits(lower=10.0, upper=10.5)  # LSL 10.0, USL 10.5
U = 0.1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (9.89, Decision.FAIL),  # below LSL − U
        (9.9, Decision.INCONCLUSIVE),  # exactly LSL − U: still inside the closed zone
        (9.95, Decision.INCONCLUSIVE),
        (10.0, Decision.INCONCLUSIVE),  # on LSL, within U of it
        (10.09, Decision.INCONCLUSIVE),
        (10.1, Decision.PASS),  # exactly LSL + U
        (10.25, Decision.PASS),
        (10.4, Decision.PASS),  # exactly USL − U
        (10.41, Decision.INCONCLUSIVE),
        (10.6, Decision.INCONCLUSIVE),  # exactly USL + U
        (10.61, Decision.FAIL),
    ],
)
def test_guard_band_zones(value: float, expected: Decision) -> None:
    result = decide(value, LIMITS, rule=DecisionRule.GUARD_BAND, U=U, k=2)
    assert result.decision is expected
    assert (result.acceptance_low, result.acceptance_high) == pytest.approx((10.1, 10.4))


def test_guard_band_boundary_survives_float_rounding() -> None:
    # 0.1 + 0.2 = 0.30000000000000004: a value of 0.3 is still exactly on LSL + U
    result = decide(0.3, Limits(lower=0.1), rule="guard_band", U=0.2)
    assert result.decision is Decision.PASS


@pytest.mark.parametrize(
    ("value", "expected"),
    [(9.99, Decision.FAIL), (10.0, Decision.PASS), (10.5, Decision.PASS), (10.51, Decision.FAIL)],
)
def test_simple_acceptance_ignores_u(value: float, expected: Decision) -> None:
    assert decide(value, LIMITS, rule="simple", U=U).decision is expected


def test_one_sided_limits() -> None:
    minimum = Limits(lower=355.0)  # e.g. ReH ≥ 355 MPa
    assert decide(356.0, minimum).decision is Decision.PASS
    assert decide(354.9, minimum).decision is Decision.FAIL
    guarded = decide(360.0, minimum, rule=DecisionRule.GUARD_BAND, U=5.0)
    assert guarded.decision is Decision.PASS and guarded.acceptance_high is None
    assert decide(359.9, minimum, rule="guard_band", U=5.0).decision is Decision.INCONCLUSIVE
    assert decide(349.9, minimum, rule="guard_band", U=5.0).decision is Decision.FAIL
    maximum = Limits(upper=250.0)  # e.g. hardness ≤ 250 HV
    assert decide(250.0, maximum).decision is Decision.PASS
    assert decide(250.1, maximum).decision is Decision.FAIL


def test_limits_from_tolerance() -> None:
    limits = Limits.from_tolerance(25.0, 0.1, 0.2)
    assert (limits.lower, limits.upper) == pytest.approx((24.9, 25.2))
    assert Limits.from_tolerance(25.0, -0.1, 0.2).lower == pytest.approx(24.9)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"limits": Limits()}, "lower or an upper limit"),
        ({"limits": Limits(11.0, 10.0)}, "above the upper limit"),
        ({"U": -0.1}, "cannot be negative"),
        ({"U": 0.0, "rule": "guard_band"}, "needs the expanded uncertainty"),
        ({"k": 0.0}, "coverage factor"),
        ({"value": float("nan")}, "value must be a finite number"),
    ],
)
def test_decision_refusals(kwargs: dict, words: str) -> None:
    arguments = {"value": 10.2, "limits": LIMITS, **kwargs}
    value = arguments.pop("value")
    limits = arguments.pop("limits")
    with pytest.raises(AnalysisError, match=words):
        decide(value, limits, **arguments)
    with pytest.raises(ValueError):
        decide(10.2, LIMITS, rule="majority vote")


SUBGROUPS = [
    [10.02, 10.05, 9.98, 10.01, 10.00],
    [10.03, 9.97, 10.00, 10.02, 10.04],
    [9.99, 10.01, 10.03, 9.96, 10.00],
    [10.00, 10.02, 10.01, 9.98, 10.05],
]


def test_xbar_r_limits_by_hand() -> None:
    chart = xbar_r_chart(SUBGROUPS)
    means = [sum(g) / 5 for g in SUBGROUPS]  # 10.012, 10.012, 9.998, 10.012
    ranges = [max(g) - min(g) for g in SUBGROUPS]  # 0.07, 0.07, 0.07, 0.07
    grand, rbar = sum(means) / 4, sum(ranges) / 4
    assert chart.n == 5
    assert chart.grand_mean == pytest.approx(grand) == pytest.approx(10.0085)
    assert chart.mean_range == pytest.approx(rbar) == pytest.approx(0.07)
    assert chart.xbar_ucl == pytest.approx(10.0085 + 0.577 * 0.07)
    assert chart.xbar_lcl == pytest.approx(10.0085 - 0.577 * 0.07)
    assert (chart.r_lcl, chart.r_ucl) == pytest.approx((0.0, 2.114 * 0.07))
    assert chart.sigma_within == pytest.approx(0.07 / 2.326)
    assert chart.out_of_control == ()


def test_out_of_control_subgroup_is_named() -> None:
    groups = [[10.0, 10.1], [10.05, 10.0], [10.02, 10.07], [11.0, 11.1]]
    chart = xbar_r_chart(groups)
    assert 3 in chart.out_of_control


def test_capability_by_hand() -> None:
    cap = capability(SUBGROUPS, 9.85, 10.15)
    sigma = 0.07 / 2.326
    assert cap.sigma == pytest.approx(sigma)
    assert cap.Cp == pytest.approx(0.30 / (6 * sigma))  # 1.6614
    assert cap.Cpk == pytest.approx((10.15 - 10.0085) / (3 * sigma))  # upper side is nearer
    assert cap.Cpl == pytest.approx((10.0085 - 9.85) / (3 * sigma))
    one_sided = capability(SUBGROUPS, None, 10.15)
    assert one_sided.Cp is None and one_sided.Cpk == pytest.approx(cap.Cpu)


def test_constants_table_is_complete() -> None:
    assert sorted(CONSTANTS) == list(range(2, 11))
    assert CONSTANTS[7].D3 == 0.076 and CONSTANTS[10].d2 == 3.078


@pytest.mark.parametrize(
    ("groups", "words"),
    [
        ([[1.0, 2.0]], "two subgroups"),
        ([[1.0, 2.0], [1.0, 2.0, 3.0]], "same size"),
        ([[1.0], [2.0]], "2 to 10"),
        ([[float(i) for i in range(11)]] * 2, "2 to 10"),
        ([[1.0, float("nan")], [1.0, 2.0]], "missing or infinite"),
    ],
)
def test_spc_refusals(groups: list[list[float]], words: str) -> None:
    with pytest.raises(AnalysisError, match=words):
        xbar_r_chart(groups)


def test_capability_refusals() -> None:
    with pytest.raises(AnalysisError, match="σ̂ = 0"):
        capability([[1.0, 1.0], [2.0, 2.0]], 0.0, 3.0)
    with pytest.raises(AnalysisError, match="lower or an upper"):
        capability(SUBGROUPS, None, None)
    with pytest.raises(AnalysisError, match="below the upper"):
        capability(SUBGROUPS, 10.2, 10.1)
