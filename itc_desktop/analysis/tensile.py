"""Tensile test evaluation per ISO 6892-1: geometry, modulus, proof strength, yield point,
tensile strength, elongations; vectorised numpy so a 100 000-point curve takes milliseconds.

Values are returned unrounded; `round_strength` / `round_elongation` give the report values.

How (decisions recorded here, DOMAIN.md for the rules):
- Fracture: the last point before the stress falls by 25 % of Fm within 5 points; later
  points are dropped. No such fall: the last point, with a warning.
- E: least-squares lines through stress bands of the rising curve, all at once from
  cumulative sums; the steepest band with r² ≥ 0.98 wins. Bands are first relative to Rm
  (width 10 %), then to the proof strength found with that E (width 20 %, 5–85 %), until E
  settles — so a low proportional limit (austenitic steel) moves the window down.
  Toe compensation: strains are shifted so the E line passes through zero stress.
- Rp0.2: the last point at or above the offset line before Fm, interpolated with the next
  one, on a lightly smoothed curve; an earlier dip (noise, a spike) cannot be taken.
- Yield point: a fall of ≥ 1 % of Fm (and ≥ 6 noise σ) lasting ≥ 3 smoothing windows, before
  the 0.2 % offset is reached. ReH = raw maximum before the fall; ReL = lowest smoothed
  stress until the stress regains ReH, after skipping an initial transient dip (until the
  stress is back at the plateau's median).
- Rm and Agt: vertex of a parabola fitted to the top of the curve (within max(3 noise σ,
  0.1 % of Fm) of the maximum): a noisy flat top does not move them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

import numpy as np
import numpy.typing as npt

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.i18n import _

FloatArray = npt.NDArray[np.float64]

# ISO 6892-1 §3.1.1 / Annex: proportional gauge length L0 = k·√S0, k = 5.65 (11.3 long form).
K_PROPORTIONAL = 5.65
MIN_PROPORTIONAL_L0_MM = 15.0
# Beyond any material (1,000 GPa) or tensile test (100,000 %): such a curve has the wrong
# units, and its sums of squares would overflow the least-squares fits.
MAX_STRESS_MPA = 1e6
MAX_STRAIN = 1e3


# --------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class Specimen:
    """Original cross-section S0 (mm²) and gauge length L0 (mm) of a tensile specimen."""

    shape: str  # "round", "flat" or "area" (S0 given directly)
    S0_mm2: float
    L0_mm: float
    diameter_mm: float | None = None
    width_mm: float | None = None
    thickness_mm: float | None = None
    L0_is_proportional_default: bool = False


def _positive(value: float | None, name: str) -> float:
    if value is None:
        raise AnalysisError(_("{name} is missing.", name=name), field=name)
    number = float(value)
    if not math.isfinite(number) or number <= 0:
        raise AnalysisError(
            _("{name} must be a positive number, not {value}.", name=name, value=value), field=name
        )
    return number


def specimen_geometry(
    *,
    diameter: float | None = None,
    width: float | None = None,
    thickness: float | None = None,
    area: float | None = None,
    gauge_length: float | None = None,
    k: float = K_PROPORTIONAL,
) -> Specimen:
    """Round (diameter d0), flat (width b0 × thickness a0) or S0 given directly, in mm.

    Without `gauge_length` the proportional L0 = k·√S0 is used (ISO 6892-1 §6.1.1)."""
    given = [name for name, v in (("diameter", diameter), ("area", area)) if v is not None]
    if width is not None or thickness is not None:
        given.append("width/thickness")
    if len(given) != 1:
        raise AnalysisError(
            _(
                "Give exactly one cross-section: a diameter, a width and a thickness, "
                "or the area (got: {given}).",
                given=", ".join(given) or _("none"),
            ),
            field="cross_section",
        )
    if diameter is not None:
        d0 = _positive(diameter, "diameter")
        shape, s0 = "round", math.pi * d0 * d0 / 4.0
    elif area is not None:
        d0, shape, s0 = None, "area", _positive(area, "area")
    else:
        d0 = None
        shape, s0 = "flat", _positive(width, "width") * _positive(thickness, "thickness")
    if not 0.0 < s0 < math.inf:  # d0² overflowed or underflowed
        raise AnalysisError(
            _(
                "The cross-section computed from these dimensions ({s0} mm²) is out of range; "
                "check the units.",
                s0=s0,
            ),
            field="cross_section",
        )
    if gauge_length is None:
        l0, default = k * math.sqrt(s0), True
    else:
        l0, default = _positive(gauge_length, "gauge_length"), False
    return Specimen(
        shape=shape,
        S0_mm2=s0,
        L0_mm=l0,
        diameter_mm=d0,
        width_mm=float(width) if width is not None else None,
        thickness_mm=float(thickness) if thickness is not None else None,
        L0_is_proportional_default=default,
    )


def elongation_after_fracture_pct(L0_mm: float, Lu_mm: float) -> float:
    """A = (Lu − L0)/L0 in %, from the gauge marks measured by hand (ISO 6892-1 §20)."""
    l0 = _positive(L0_mm, "L0")
    lu = _positive(Lu_mm, "Lu")
    if lu < l0:
        raise AnalysisError(
            _("The final gauge length Lu ({lu} mm) is shorter than L0 ({l0} mm).", lu=lu, l0=l0),
            field="Lu",
        )
    elongation = (lu - l0) / l0 * 100.0
    if not math.isfinite(elongation):
        raise AnalysisError(
            _("Lu ({lu} mm) and L0 ({l0} mm) give no elongation; check the units.", lu=lu, l0=l0),
            field="Lu",
        )
    return elongation


def reduction_of_area_pct(S0_mm2: float, Su_mm2: float) -> float:
    """Z = (S0 − Su)/S0 in %, Su the smallest cross-section after fracture (ISO 6892-1 §21)."""
    s0 = _positive(S0_mm2, "S0")
    su = _positive(Su_mm2, "Su")
    if su > s0:
        raise AnalysisError(
            _(
                "The cross-section after fracture Su ({su} mm²) exceeds S0 ({s0} mm²).",
                su=su,
                s0=s0,
            ),
            field="Su",
        )
    return (s0 - su) / s0 * 100.0


def stress_strain_from_force_extension(
    force_N: npt.ArrayLike, extension_mm: npt.ArrayLike, specimen: Specimen
) -> tuple[FloatArray, FloatArray]:
    """Engineering strain (fraction) and stress (MPa): ε = ΔL/L0, σ = F/S0."""
    force = np.asarray(force_N, dtype=np.float64)
    extension = np.asarray(extension_mm, dtype=np.float64)
    return extension / specimen.L0_mm, force / specimen.S0_mm2


# --------------------------------------------------------------------------- rounding

# ISO 6892-1 §22 (check the edition): strengths to 1 MPa, elongations and Z to 0.5 %,
# rounded per ISO 80000-1 (ties away from zero here). Results are stored unrounded.


def _round_step(value: float | None, step: str) -> float | None:
    if value is None:
        return None
    if not math.isfinite(value):
        raise AnalysisError(_("{value} is not a number that can be reported.", value=value))
    quantum = Decimal(step)
    with localcontext() as context:
        context.prec = 400  # every digit of the largest float (1.8e308): quantize stays exact
        steps = (Decimal(repr(float(value))) / quantum).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return float(steps * quantum)


def round_strength(value_MPa: float | None) -> int | None:
    """A strength (Rp, ReH, ReL, Rm) for the report: to 1 MPa."""
    rounded = _round_step(value_MPa, "1")
    return None if rounded is None else int(rounded)


def round_elongation(value_pct: float | None) -> float | None:
    """A, At, Ag, Agt for the report: to 0.5 %."""
    return _round_step(value_pct, "0.5")


def round_reduction_of_area(value_pct: float | None) -> float | None:
    """Z for the report: to 0.5 %."""
    return _round_step(value_pct, "0.5")


def round_modulus(value_MPa: float | None) -> int | None:
    """E for the report: to 100 MPa (0.1 GPa)."""
    rounded = _round_step(value_MPa, "100")
    return None if rounded is None else int(rounded)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class TensileOptions:
    offset: float = 0.002  # plastic strain of the proof strength Rp0.2
    rp10: bool = False  # also compute Rp1.0
    fracture_drop: float = 0.25  # a fall of this fraction of Fm within a few points = fracture
    fracture_window: int = 5  # "a few points"
    detect_yield_point: bool = True
    yield_drop: float = 0.01  # a fall of 1 % of Fm after a peak = discontinuous yielding
    min_points: int = 20
    min_fit_points: int = 8


@dataclass(frozen=True)
class ElasticFit:
    """The least-squares line σ = E·ε + intercept through the elastic part."""

    E_MPa: float
    intercept_MPa: float
    start_index: int  # first and last index (inclusive) of the fitted points
    end_index: int
    stress_low_MPa: float
    stress_high_MPa: float
    r2: float

    @property
    def toe_strain(self) -> float:
        """The strain where the E line crosses zero stress: subtracted as toe compensation."""
        return -self.intercept_MPa / self.E_MPa


@dataclass(frozen=True, eq=False)
class TensileResult:
    """Everything ISO 6892-1 asks of one curve, unrounded; None where a value does not apply.

    `strain` (toe-compensated, fraction) and `stress` (MPa) are the evaluated curve up to and
    including the fracture point; the *_index fields point into them."""

    E_MPa: float
    fit: ElasticFit
    Rp02_MPa: float | None
    Rp02_strain: float | None
    Rp10_MPa: float | None
    Rp10_strain: float | None
    yield_point: bool
    ReH_MPa: float | None
    ReH_index: int | None
    ReL_MPa: float | None
    ReL_index: int | None
    Rm_MPa: float
    Fm_index: int
    Agt_pct: float
    Ag_pct: float
    fracture_detected: bool
    fracture_index: int
    fracture_stress_MPa: float
    At_pct: float
    A_pct: float
    A_hand_pct: float | None
    Z_pct: float | None
    offset: float
    noise_MPa: float
    strain: FloatArray = field(repr=False)
    stress: FloatArray = field(repr=False)
    warnings: tuple[str, ...] = ()

    def e_line(self, up_to_MPa: float | None = None) -> tuple[tuple[float, float], ...]:
        """Two (strain, stress) points of the modulus line through the origin (toe removed)."""
        top = up_to_MPa if up_to_MPa is not None else self._line_top()
        return ((0.0, 0.0), (top / self.E_MPa, top))

    def offset_line(
        self, offset: float | None = None, up_to_MPa: float | None = None
    ) -> tuple[tuple[float, float], ...]:
        """Two (strain, stress) points of the line of slope E shifted by the plastic offset."""
        shift = self.offset if offset is None else offset
        top = up_to_MPa if up_to_MPa is not None else self._line_top()
        return ((shift, 0.0), (shift + top / self.E_MPa, top))

    def _line_top(self) -> float:
        yield_stress = self.ReH_MPa if self.yield_point else self.Rp02_MPa
        return 1.1 * (yield_stress if yield_stress is not None else self.Rm_MPa)

    def markers(self) -> dict[str, tuple[float, float]]:
        """Labelled (strain, stress) points for a plot: Rp0.2 or ReH/ReL, Rm, fracture."""
        points: dict[str, tuple[float, float]] = {}
        if self.Rp02_MPa is not None and self.Rp02_strain is not None:
            points["Rp0.2"] = (self.Rp02_strain, self.Rp02_MPa)
        if self.Rp10_MPa is not None and self.Rp10_strain is not None:
            points["Rp1.0"] = (self.Rp10_strain, self.Rp10_MPa)
        for name, index, value in (
            ("ReH", self.ReH_index, self.ReH_MPa),
            ("ReL", self.ReL_index, self.ReL_MPa),
        ):
            if index is not None and value is not None:
                points[name] = (float(self.strain[index]), value)
        points["Rm"] = (self.Agt_pct / 100.0, self.Rm_MPa)
        points["fracture"] = (self.At_pct / 100.0, self.fracture_stress_MPa)
        return points

    def summary(self) -> dict[str, float | None]:
        """The unrounded key values under the names of the CLI's JSON output."""
        return {
            "E_MPa": self.E_MPa,
            "Rp02_MPa": self.Rp02_MPa,
            "ReH_MPa": self.ReH_MPa,
            "ReL_MPa": self.ReL_MPa,
            "Rm_MPa": self.Rm_MPa,
            "Ag_pct": self.Ag_pct,
            "Agt_pct": self.Agt_pct,
            "A_pct": self.A_pct,
            "At_pct": self.At_pct,
        }

    def rounded(self) -> dict[str, Any]:
        """Report values per ISO 6892-1 §22 (strengths 1 MPa, elongations and Z 0.5 %)."""
        return {
            "E_MPa": round_modulus(self.E_MPa),
            "Rp02_MPa": round_strength(self.Rp02_MPa),
            "Rp10_MPa": round_strength(self.Rp10_MPa),
            "ReH_MPa": round_strength(self.ReH_MPa),
            "ReL_MPa": round_strength(self.ReL_MPa),
            "Rm_MPa": round_strength(self.Rm_MPa),
            "Ag_pct": round_elongation(self.Ag_pct),
            "Agt_pct": round_elongation(self.Agt_pct),
            "A_pct": round_elongation(self.A_pct),
            "At_pct": round_elongation(self.At_pct),
            "A_hand_pct": round_elongation(self.A_hand_pct),
            "Z_pct": round_reduction_of_area(self.Z_pct),
        }


# --------------------------------------------------------------------------- helpers


def _moving_average(values: FloatArray, window: int) -> FloatArray:
    """Centred moving average; the window shrinks at both ends so no point is invented."""
    if window <= 1:
        return values.copy()
    half = window // 2
    n = values.size
    cumulative = np.concatenate(([0.0], np.cumsum(values)))
    index = np.arange(n)
    low = np.maximum(index - half, 0)
    high = np.minimum(index + half + 1, n)
    return (cumulative[high] - cumulative[low]) / (high - low)


def _noise_level(values: FloatArray) -> float:
    """Robust standard deviation of the point-to-point noise (from second differences)."""
    if values.size < 5:
        return 0.0
    second = np.diff(values, 2)
    mad = float(np.median(np.abs(second - np.median(second))))
    return 1.4826 * mad / math.sqrt(6.0)


def _validated(
    strain: npt.ArrayLike, stress: npt.ArrayLike, min_points: int
) -> tuple[FloatArray, FloatArray]:
    try:
        eps = np.asarray(strain, dtype=np.float64)
        sig = np.asarray(stress, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise AnalysisError(_("The curve is not numeric: {error}", error=error)) from error
    for arr, name in ((eps, _("strain")), (sig, _("stress"))):
        if arr.ndim == 2 and 1 in arr.shape and arr.size > 1:
            raise AnalysisError(
                _(
                    "The {name} is a single-column table; strain and stress are needed as two "
                    "separate columns.",
                    name=name,
                )
            )
        if arr.ndim != 1:
            raise AnalysisError(_("The {name} must be a one-dimensional series.", name=name))
    if eps.size == 0 or sig.size == 0:
        raise AnalysisError(_("The curve is empty."))
    if eps.size != sig.size:
        raise AnalysisError(
            _("Strain and stress differ in length ({a} and {b} points).", a=eps.size, b=sig.size)
        )
    if eps.size < min_points:
        raise AnalysisError(
            _("The curve has only {n} points; at least {m} are needed.", n=eps.size, m=min_points)
        )
    bad = ~(np.isfinite(eps) & np.isfinite(sig))
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise AnalysisError(
            _("The curve contains a missing or infinite value at point {i}.", i=first + 1)
        )
    peak_stress, peak_strain = float(np.abs(sig).max()), float(np.abs(eps).max())
    if peak_stress > MAX_STRESS_MPA:
        raise AnalysisError(
            _(
                "The stress reaches {value:.3g} MPa, beyond any material: check the units of the "
                "force or stress column and the cross-section.",
                value=peak_stress,
            )
        )
    if peak_strain > MAX_STRAIN:
        raise AnalysisError(
            _(
                "The strain reaches {value:.3g} %, beyond any tensile test: check the units of "
                "the extension or strain column and the gauge length.",
                value=peak_strain * 100.0,
            )
        )
    if np.ptp(sig) == 0.0:
        raise AnalysisError(_("The stress is constant: there is no curve to evaluate."))
    if np.ptp(eps) == 0.0:
        raise AnalysisError(_("The strain is constant: there is no curve to evaluate."))
    if float(sig.max()) <= 0.0:
        raise AnalysisError(_("The stress is never positive: this is not a tensile test."))
    return eps, sig


def _fracture_index(
    sig: FloatArray, i_max: int, fm: float, drop: float, window: int
) -> tuple[int, bool]:
    """The last point before the force falls by `drop`·Fm within `window` points."""
    n = sig.size
    if i_max >= n - 1:
        return n - 1, False
    # Highest value among the `window` points before each point (vectorised rolling max).
    before = np.full(n, -np.inf)
    for shift in range(1, window + 1):
        before[shift:] = np.maximum(before[shift:], sig[:-shift])
    falls = np.flatnonzero(before[i_max + 1 :] - sig[i_max + 1 :] > drop * fm)
    if falls.size == 0:
        return n - 1, False
    j = i_max + int(falls[0])  # the point before the first fallen one
    # Walk back over a drop spread across several points (each step > 5 % of Fm).
    while j > i_max and sig[j] < sig[j - 1] - 0.05 * fm:
        j -= 1
    return j, True


def _band_fits(
    eps: FloatArray,
    sig: FloatArray,
    rising: FloatArray,
    lows: FloatArray,
    highs: FloatArray,
    min_points: int,
) -> tuple[FloatArray, FloatArray, FloatArray, npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Least-squares lines through the points whose (monotone) stress lies in each band, all
    bands at once from cumulative sums. Returns slope, intercept, r², start, stop."""
    start = np.searchsorted(rising, lows, side="left")
    stop = np.searchsorted(rising, highs, side="right")
    x0 = float(eps[0])
    x = eps[: rising.size] - x0
    y = sig[: rising.size]
    cx, cy, cxx, cxy, cyy = (
        np.concatenate(([0.0], np.cumsum(v))) for v in (x, y, x * x, x * y, y * y)
    )
    count = (stop - start).astype(np.float64)
    sx, sy = cx[stop] - cx[start], cy[stop] - cy[start]
    sxx, sxy, syy = cxx[stop] - cxx[start], cxy[stop] - cxy[start], cyy[stop] - cyy[start]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        vxx = sxx - sx * sx / count
        vxy = sxy - sx * sy / count
        vyy = syy - sy * sy / count
        slope = vxy / vxx
        intercept = sy / count - slope * (sx / count) - slope * x0
        r2 = vxy * vxy / (vxx * vyy)
    usable = (count >= min_points) & (vxx > 0) & (vyy > 0)
    slope = np.where(usable, slope, np.nan)
    return slope, intercept, r2, start, stop


def _elastic_fit(
    eps: FloatArray,
    sig: FloatArray,
    sig_s: FloatArray,
    reference: float,
    end: int,
    width: float,
    low_fractions: FloatArray,
    min_points: int,
) -> ElasticFit:
    """The steepest well-correlated straight stretch of the rising curve below `reference`.

    Toe/slack makes the first part flatter and plasticity the last: the elastic part is the
    steepest stretch (DOMAIN.md; the approach of commercial evaluation software)."""
    rising = np.maximum.accumulate(sig_s[: end + 1])
    lows = low_fractions * reference
    highs = lows + width * reference
    slope, intercept, r2, start, stop = _band_fits(eps, sig, rising, lows, highs, min_points)
    good = np.isfinite(slope) & (slope > 0) & (r2 >= 0.98)
    if not good.any():
        raise AnalysisError(
            _(
                "The curve has no elastic part: no straight rising stretch was found below "
                "{ref:.0f} MPa.",
                ref=reference,
            )
        )
    best = int(np.nanargmax(np.where(good, slope, np.nan)))
    return ElasticFit(
        E_MPa=float(slope[best]),
        intercept_MPa=float(intercept[best]),
        start_index=int(start[best]),
        end_index=int(stop[best]) - 1,
        stress_low_MPa=float(lows[best]),
        stress_high_MPa=float(highs[best]),
        r2=float(r2[best]),
    )


def _offset_crossing(
    eps: FloatArray, sig: FloatArray, modulus: float, toe: float, offset: float, i_max: int
) -> tuple[float, float] | None:
    """Where the curve finally falls below the offset line before Rm, interpolated between
    the bracketing points; None without such a crossing (ISO 6892-1 §13.1)."""
    gap = sig[: i_max + 1] - modulus * (eps[: i_max + 1] - toe - offset)
    if gap[-1] >= 0:
        return None
    above = np.flatnonzero(gap >= 0)
    if above.size == 0:
        return None
    k = int(above[-1])
    t = gap[k] / (gap[k] - gap[k + 1])
    stress = float(sig[k] + t * (sig[k + 1] - sig[k]))
    strain = float(eps[k] + t * (eps[k + 1] - eps[k]) - toe)
    return stress, strain


def _yield_drop(
    sig: FloatArray,
    sig_s: FloatArray,
    i_max: int,
    fm: float,
    noise_s: float,
    drop: float,
    persist: int,
) -> tuple[int, int] | None:
    """(peak index, index where the fall exceeds the threshold) of the first load drop
    before Fm that lasts at least `persist` points (a spike is not a yield point), or None
    for continuous yielding."""
    running = np.maximum.accumulate(sig_s[: i_max + 1])
    drawdown = running - sig_s[: i_max + 1]
    threshold = max(drop * fm, 6.0 * noise_s)
    low = ((drawdown > threshold) & (running >= 0.3 * fm)).astype(np.int8)
    edges = np.diff(np.concatenate(([0], low, [0])))
    starts = np.flatnonzero(edges == 1)
    stops = np.flatnonzero(edges == -1)
    lasting = np.flatnonzero(stops - starts >= persist)
    if lasting.size == 0:
        return None
    fallen = int(starts[lasting[0]])
    peak = int(np.argmax(sig[: fallen + 1]))
    return peak, fallen


def _lower_yield(
    sig_s: FloatArray, peak_level: float, fallen: int, i_max: int, noise_s: float
) -> int:
    """Index of ReL: the lowest stress during yielding, ignoring the initial transient (the
    first dip right after the drop) when the plateau recovers from it (ISO 6892-1 §3.10.2.2)."""
    recovered = np.flatnonzero(sig_s[fallen : i_max + 1] >= peak_level)
    end = fallen + int(recovered[0]) if recovered.size else i_max
    end = max(end, fallen + 1)
    segment = sig_s[fallen:end]
    running_min = np.minimum.accumulate(segment)
    rebound = np.flatnonzero(segment > running_min + max(3.0 * noise_s, 1e-9))
    if rebound.size and rebound[0] < segment.size - 1:
        # The transient lasts until the stress has come back to the plateau's typical level.
        after = segment[int(rebound[0]) :]
        level = float(np.median(after))
        back = int(np.flatnonzero(after >= level)[0])
        rest = after[back:]
        return fallen + int(rebound[0]) + back + int(np.argmin(rest))
    return fallen + int(np.argmin(segment))


def _maximum(
    eps: FloatArray, sig: FloatArray, sig_s: FloatArray, noise_s: float, fm: float
) -> tuple[int, float, float]:
    """(index, strain, stress) of the maximum force: the vertex of a parabola fitted to the
    top of the curve, so noise on a flat top moves neither Fm nor its strain; on a plateau
    this is its middle (ISO 6892-1 Agt)."""
    top = int(np.argmax(sig_s))
    tolerance = max(3.0 * noise_s, 0.001 * fm)
    below = sig_s < sig_s[top] - tolerance
    left = np.flatnonzero(below[:top])
    right = np.flatnonzero(below[top:])
    first = int(left[-1]) + 1 if left.size else 0
    last = top + int(right[0]) - 1 if right.size else sig_s.size - 1
    x = eps[first : last + 1]
    strain = 0.5 * (float(x.min()) + float(x.max()))
    stress = float(sig_s[top])
    if x.size >= 5 and np.ptp(x) > 0:
        centre = float(x.mean())
        curvature, slope, height = np.polyfit(x - centre, sig[first : last + 1], 2)
        if curvature < 0:
            vertex = -slope / (2.0 * curvature)
            if x.min() <= centre + vertex <= x.max():
                strain = centre + float(vertex)
                stress = float(height - slope * slope / (4.0 * curvature))
    index = first + int(np.argmin(np.abs(x - strain)))
    return index, strain, stress


# --------------------------------------------------------------------------- evaluation


def analyze_tensile(
    strain: npt.ArrayLike,
    stress: npt.ArrayLike,
    *,
    options: TensileOptions | None = None,
    specimen: Specimen | None = None,
    Lu_mm: float | None = None,
    Su_mm2: float | None = None,
) -> TensileResult:
    """Evaluate an engineering stress (MPa) – strain (fraction) curve.

    `specimen` is only needed with `Lu_mm`/`Su_mm2` (A and Z measured by hand)."""
    opts = options or TensileOptions()
    eps_raw, sig_raw = _validated(strain, stress, opts.min_points)
    warnings: list[str] = []

    if np.diff(eps_raw).mean() <= 0 or eps_raw[-1] <= eps_raw[0]:
        raise AnalysisError(
            _(
                "The strain decreases along the record: this is not a tensile test (are the "
                "columns swapped or the sign reversed?)."
            )
        )

    i_max_all = int(np.argmax(sig_raw))
    fm_all = float(sig_raw[i_max_all])
    fracture, detected = _fracture_index(
        sig_raw, i_max_all, fm_all, opts.fracture_drop, opts.fracture_window
    )
    eps = eps_raw[: fracture + 1]
    sig = sig_raw[: fracture + 1]
    n = eps.size
    window = max(3, min(25, n // 400)) | 1
    sig_s = _moving_average(sig, window)
    eps_s = _moving_average(eps, window)
    noise = _noise_level(sig)
    noise_s = noise / math.sqrt(window)

    i_max = int(np.argmax(sig))
    rm = float(sig[i_max])
    if not detected:
        if int(np.argmax(sig_s)) >= n - window:
            raise AnalysisError(
                _(
                    "The curve has no maximum: the stress still rises at the last point, so Rm "
                    "cannot be determined (was the test stopped early?)."
                )
            )
        warnings.append(_("No fracture was detected; the last point is taken as fracture."))
    if float(sig_s[: max(1, n // 100)].min()) > 0.5 * rm:
        raise AnalysisError(
            _("The curve has no elastic part: it starts above half of the maximum stress.")
        )

    # Discontinuous yielding: ReH = maximum before the first drop, ReL = lowest after it.
    fit: ElasticFit | None = None
    reh_index = rel_index = None
    drop = (
        _yield_drop(sig, sig_s, i_max, rm, noise_s, opts.yield_drop, 3 * window)
        if (opts.detect_yield_point)
        else None
    )
    if drop is not None:
        peak, fallen = drop
        reh = float(sig[peak])
        candidate = _elastic_fit(
            eps, sig, sig_s, reh, peak, 0.2, np.arange(0.05, 0.66, 0.025), opts.min_fit_points
        )
        plastic_at_peak = eps[peak] - candidate.toe_strain - reh / candidate.E_MPa
        if plastic_at_peak < opts.offset:
            fit = candidate
            reh_index = peak
            rel_index = _lower_yield(sig_s, float(sig_s[min(peak, n - 1)]), fallen, i_max, noise_s)
    if fit is None:
        # Continuous yielding: first a window relative to Rm, then relative to the proof
        # strength found with it, until the modulus settles (DOMAIN.md: adaptive window).
        fit = _elastic_fit(
            eps, sig, sig_s, rm, i_max, 0.1, np.arange(0.02, 0.61, 0.02), opts.min_fit_points
        )
        for _round in range(4):
            crossing = _offset_crossing(eps_s, sig_s, fit.E_MPa, fit.toe_strain, opts.offset, i_max)
            if crossing is None:
                break
            proof = crossing[0]
            rising_end = int(np.searchsorted(np.maximum.accumulate(sig_s), proof))
            refined = _elastic_fit(
                eps,
                sig,
                sig_s,
                proof,
                min(rising_end, i_max),
                0.2,
                np.arange(0.05, 0.66, 0.025),
                opts.min_fit_points,
            )
            converged = abs(refined.E_MPa - fit.E_MPa) <= 1e-3 * fit.E_MPa
            fit = refined
            if converged:
                break

    modulus, toe = fit.E_MPa, fit.toe_strain
    strain_c = eps - toe
    rp02 = rp02_strain = rp10 = rp10_strain = None
    reh_value = rel_value = None
    if reh_index is not None and rel_index is not None:
        reh_value = float(sig[reh_index])
        rel_value = float(sig_s[rel_index])
    else:
        crossing = _offset_crossing(eps_s, sig_s, modulus, toe, opts.offset, i_max)
        if crossing is None:
            raise AnalysisError(
                _(
                    "The curve does not cross the {p} % offset line before the maximum force: "
                    "the proof strength cannot be determined.",
                    p=opts.offset * 100,
                )
            )
        rp02, rp02_strain = crossing
    if opts.rp10:
        crossing = _offset_crossing(eps_s, sig_s, modulus, toe, 0.01, i_max)
        if crossing is None:
            warnings.append(_("Rp1.0: the curve does not reach 1 % plastic strain before Fm."))
        else:
            rp10, rp10_strain = crossing

    fm_index, fm_strain, rm = _maximum(strain_c, sig, sig_s, noise_s, rm)
    agt = fm_strain * 100.0
    ag = agt - rm / modulus * 100.0
    fracture_stress = float(sig[-1])
    at = float(strain_c[-1]) * 100.0
    a = at - fracture_stress / modulus * 100.0

    a_hand = z = None
    if Lu_mm is not None or Su_mm2 is not None:
        if specimen is None:
            raise AnalysisError(_("Lu and Su need the specimen's L0 and S0."), field="specimen")
        if Lu_mm is not None:
            a_hand = elongation_after_fracture_pct(specimen.L0_mm, Lu_mm)
        if Su_mm2 is not None:
            z = reduction_of_area_pct(specimen.S0_mm2, Su_mm2)

    return TensileResult(
        E_MPa=modulus,
        fit=fit,
        Rp02_MPa=rp02,
        Rp02_strain=rp02_strain,
        Rp10_MPa=rp10,
        Rp10_strain=rp10_strain,
        yield_point=reh_index is not None,
        ReH_MPa=reh_value,
        ReH_index=reh_index,
        ReL_MPa=rel_value,
        ReL_index=rel_index,
        Rm_MPa=rm,
        Fm_index=fm_index,
        Agt_pct=agt,
        Ag_pct=ag,
        fracture_detected=detected,
        fracture_index=n - 1,
        fracture_stress_MPa=fracture_stress,
        At_pct=at,
        A_pct=a,
        A_hand_pct=a_hand,
        Z_pct=z,
        offset=opts.offset,
        noise_MPa=noise,
        strain=strain_c,
        stress=sig,
        warnings=tuple(warnings),
    )


def analyze_force_extension(
    force_N: npt.ArrayLike,
    extension_mm: npt.ArrayLike,
    specimen: Specimen,
    *,
    options: TensileOptions | None = None,
    Lu_mm: float | None = None,
    Su_mm2: float | None = None,
) -> TensileResult:
    """Evaluate a force (N) – extension (mm) record of a specimen."""
    strain, stress = stress_strain_from_force_extension(force_N, extension_mm, specimen)
    return analyze_tensile(
        strain, stress, options=options, specimen=specimen, Lu_mm=Lu_mm, Su_mm2=Su_mm2
    )
