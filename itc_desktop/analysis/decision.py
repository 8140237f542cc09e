"""Conformity decisions with measurement uncertainty (ISO 14253-1, ILAC-G8): simple acceptance
or a guard band of the expanded uncertainty U → pass, fail or inconclusive."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.i18n import _


class Decision(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    INCONCLUSIVE = "inconclusive"


class DecisionRule(StrEnum):
    SIMPLE = "simple"  # the value against the limits, U only reported
    GUARD_BAND = (
        "guard_band"  # ISO 14253-1: pass inside [LSL+U, USL−U], fail outside [LSL−U, USL+U]
    )


@dataclass(frozen=True)
class Limits:
    """Lower and/or upper specification limit (LSL, USL)."""

    lower: float | None = None
    upper: float | None = None

    @classmethod
    def from_tolerance(cls, nominal: float, lower_tol: float, upper_tol: float) -> Limits:
        """LSL = nominal − lower tolerance, USL = nominal + upper tolerance (both as magnitudes)."""
        return cls(nominal - abs(lower_tol), nominal + abs(upper_tol))


@dataclass(frozen=True)
class DecisionResult:
    decision: Decision
    value: float
    limits: Limits
    rule: DecisionRule
    U: float
    k: float
    # The zone where the rule passes (None = unbounded on that side).
    acceptance_low: float | None
    acceptance_high: float | None


def _at_most(a: float, b: float) -> bool:
    """a ≤ b, counting values equal up to float rounding (10.0 + 0.1 vs 10.1) as equal."""
    return a <= b or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def decide(
    value: float,
    limits: Limits,
    *,
    rule: DecisionRule | str = DecisionRule.SIMPLE,
    U: float = 0.0,
    k: float = 2.0,
) -> DecisionResult:
    """Judge one measured value. Values on a limit belong to the passing side (closed zones)."""
    rule = DecisionRule(rule)
    for limit in (limits.lower, limits.upper):
        if limit is not None and not math.isfinite(limit):
            raise AnalysisError(_("A limit must be a finite number."), field="limits")
    if limits.lower is None and limits.upper is None:
        raise AnalysisError(_("A decision needs a lower or an upper limit."), field="limits")
    if limits.lower is not None and limits.upper is not None and limits.lower > limits.upper:
        raise AnalysisError(
            _(
                "The lower limit {lo} is above the upper limit {hi}.",
                lo=limits.lower,
                hi=limits.upper,
            ),
            field="limits",
        )
    for number, name in ((value, "value"), (U, "U"), (k, "k")):
        if not math.isfinite(number):
            raise AnalysisError(_("{name} must be a finite number.", name=name), field=name)
    if U < 0:
        raise AnalysisError(_("The expanded uncertainty U cannot be negative."), field="U")
    if k <= 0:
        raise AnalysisError(_("The coverage factor k must be positive."), field="k")
    if rule is DecisionRule.GUARD_BAND and U == 0:
        raise AnalysisError(_("A guard-band decision needs the expanded uncertainty U."), field="U")

    band = U if rule is DecisionRule.GUARD_BAND else 0.0
    low = None if limits.lower is None else limits.lower + band
    high = None if limits.upper is None else limits.upper - band
    inside_acceptance = (low is None or _at_most(low, value)) and (
        high is None or _at_most(value, high)
    )
    if inside_acceptance:
        decision = Decision.PASS
    elif rule is DecisionRule.SIMPLE:
        decision = Decision.FAIL
    else:
        reject_low = None if limits.lower is None else limits.lower - band
        reject_high = None if limits.upper is None else limits.upper + band
        within = (reject_low is None or _at_most(reject_low, value)) and (
            reject_high is None or _at_most(value, reject_high)
        )
        decision = Decision.INCONCLUSIVE if within else Decision.FAIL
    return DecisionResult(
        decision=decision,
        value=value,
        limits=limits,
        rule=rule,
        U=U,
        k=k,
        acceptance_low=low,
        acceptance_high=high,
    )
