"""Statistical process control for dimensional series: X̄–R control chart limits and process
capability Cp/Cpk with the within-subgroup σ̂ = R̄/d2 (standard Shewhart constants)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.numbers import finite
from itc_desktop.analysis.numbers import mean as average
from itc_desktop.i18n import _


@dataclass(frozen=True)
class ControlConstants:
    A2: float
    D3: float
    D4: float
    d2: float


# Subgroup size n → constants of the X̄–R chart (ISO 7870-2 Table 2, DOMAIN.md).
CONSTANTS: dict[int, ControlConstants] = {
    2: ControlConstants(1.880, 0.0, 3.267, 1.128),
    3: ControlConstants(1.023, 0.0, 2.574, 1.693),
    4: ControlConstants(0.729, 0.0, 2.282, 2.059),
    5: ControlConstants(0.577, 0.0, 2.114, 2.326),
    6: ControlConstants(0.483, 0.0, 2.004, 2.534),
    7: ControlConstants(0.419, 0.076, 1.924, 2.704),
    8: ControlConstants(0.373, 0.136, 1.864, 2.847),
    9: ControlConstants(0.337, 0.184, 1.816, 2.970),
    10: ControlConstants(0.308, 0.223, 1.777, 3.078),
}


@dataclass(frozen=True)
class XbarRChart:
    n: int
    means: tuple[float, ...]
    ranges: tuple[float, ...]
    grand_mean: float  # x̿
    mean_range: float  # R̄
    xbar_lcl: float
    xbar_ucl: float
    r_lcl: float
    r_ucl: float
    out_of_control: tuple[int, ...]  # subgroups outside a control limit (0-based)

    @property
    def sigma_within(self) -> float:
        return self.mean_range / CONSTANTS[self.n].d2


@dataclass(frozen=True)
class Capability:
    mean: float
    sigma: float  # within-subgroup σ̂ = R̄/d2
    Cp: float | None  # needs both limits
    Cpk: float
    Cpl: float | None
    Cpu: float | None


def _checked_subgroups(subgroups: Sequence[Sequence[float]]) -> tuple[int, list[list[float]]]:
    groups = [[float(v) for v in group] for group in subgroups]
    if len(groups) < 2:
        raise AnalysisError(_("At least two subgroups are needed."), field="subgroups")
    sizes = {len(g) for g in groups}
    if len(sizes) != 1:
        raise AnalysisError(
            _(
                "All subgroups must have the same size (found sizes {sizes}).",
                sizes=", ".join(str(s) for s in sorted(sizes)),
            ),
            field="subgroups",
        )
    n = sizes.pop()
    if n not in CONSTANTS:
        raise AnalysisError(
            _("The subgroup size must be 2 to 10, not {n}.", n=n), field="subgroups"
        )
    if not all(math.isfinite(v) for g in groups for v in g):
        raise AnalysisError(
            _("The subgroups contain a missing or infinite value."), field="subgroups"
        )
    return n, groups


def xbar_r_chart(subgroups: Sequence[Sequence[float]]) -> XbarRChart:
    """Centre lines and limits: X̄ chart x̿ ± A2·R̄, R chart D3·R̄ … D4·R̄."""
    n, groups = _checked_subgroups(subgroups)
    c = CONSTANTS[n]
    means = [average(g) for g in groups]
    ranges = [finite(max(g) - min(g), "subgroups") for g in groups]
    grand = average(means)
    rbar = average(ranges)
    xl = finite(grand - c.A2 * rbar, "subgroups")
    xu = finite(grand + c.A2 * rbar, "subgroups")
    rl, ru = c.D3 * rbar, finite(c.D4 * rbar, "subgroups")
    outside = tuple(
        i
        for i, (m, r) in enumerate(zip(means, ranges, strict=True))
        if m < xl or m > xu or r < rl or r > ru
    )
    return XbarRChart(n, tuple(means), tuple(ranges), grand, rbar, xl, xu, rl, ru, outside)


def capability(
    subgroups: Sequence[Sequence[float]], lower: float | None, upper: float | None
) -> Capability:
    """Cp = (USL − LSL)/(6σ̂), Cpk = min(USL − x̄, x̄ − LSL)/(3σ̂), σ̂ = R̄/d2."""
    if lower is None and upper is None:
        raise AnalysisError(_("Capability needs a lower or an upper limit."), field="limits")
    for limit in (lower, upper):
        if limit is not None and not math.isfinite(limit):
            raise AnalysisError(_("A limit must be a finite number."), field="limits")
    if lower is not None and upper is not None and lower >= upper:
        raise AnalysisError(_("The lower limit must be below the upper limit."), field="limits")
    chart = xbar_r_chart(subgroups)
    sigma = chart.sigma_within
    if sigma <= 0:
        raise AnalysisError(
            _("There is no variation within the subgroups: σ̂ = 0, capability is undefined."),
            field="subgroups",
        )
    mean = chart.grand_mean
    cpl = None if lower is None else finite((mean - lower) / 3 / sigma, "limits")
    cpu = None if upper is None else finite((upper - mean) / 3 / sigma, "limits")
    cp = None if lower is None or upper is None else finite((upper - lower) / 6 / sigma, "limits")
    cpk = min(v for v in (cpl, cpu) if v is not None)
    return Capability(mean=mean, sigma=sigma, Cp=cp, Cpk=cpk, Cpl=cpl, Cpu=cpu)
