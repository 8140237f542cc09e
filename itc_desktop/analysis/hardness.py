"""Hardness values: Vickers (ISO 6507-1) and Brinell (ISO 6506-1) from the indentations,
Rockwell (ISO 6508-1) entered directly; series with mean and range, report notation."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.numbers import finite, mean
from itc_desktop.i18n import _

G_N = 9.80665  # standard gravity: kgf → N
VICKERS_CONSTANT = 0.1891  # ISO 6507-1 §4: HV = 0.102·2F·sin(136°/2)/d² = 0.1891·F/d²
BRINELL_CONSTANT = 0.102  # ISO 6506-1 §4: 1/g_n

# ISO 6507-1 Table 1: test force designations HV 0.01 … HV 100 (kgf).
VICKERS_SCALES = (
    0.01,
    0.015,
    0.02,
    0.025,
    0.05,
    0.1,
    0.2,
    0.3,
    0.5,
    1,
    2,
    3,
    5,
    10,
    20,
    30,
    50,
    100,
)
DIAGONAL_DIFFERENCE_LIMIT_PCT = 5.0  # flag indentations whose diagonals differ more
# ISO 6508-1 Table 1 (check): application ranges of the Rockwell scales.
ROCKWELL_RANGES: dict[str, tuple[float, float]] = {
    "HRA": (20, 95),
    "HRBW": (10, 100),
    "HRC": (20, 70),
    "HRD": (40, 77),
    "HREW": (70, 100),
    "HRFW": (60, 100),
    "HRGW": (30, 94),
    "HRHW": (80, 100),
    "HRKW": (40, 100),
    "HR15N": (70, 94),
    "HR30N": (42, 86),
    "HR45N": (20, 77),
    "HR15TW": (67, 93),
    "HR30TW": (29, 82),
    "HR45TW": (1, 72),
}


def _positive(value: float, name: str) -> float:
    number = float(value)
    if not math.isfinite(number) or number <= 0:
        raise AnalysisError(
            _("{name} must be a positive number, not {value}.", name=name, value=value), field=name
        )
    return number


def _format_hardness(value: float) -> str:
    """Three significant figures, at least the units digit: 233, 45.6, 1240."""
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}"


@dataclass(frozen=True)
class Indentation:
    """One indentation: its two measured sizes (mm), their mean and the hardness."""

    d1_mm: float
    d2_mm: float
    d_mm: float
    value: float
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class HardnessSeries:
    """Several indentations of one specimen, with mean, range and the report notation."""

    method: str  # "HV", "HBW" or a Rockwell scale like "HRC"
    condition: str  # "10" for HV 10, "2.5/62.5" for HBW, "" for Rockwell
    values: tuple[float, ...]
    indentations: tuple[Indentation, ...]
    mean: float
    range: float
    minimum: float
    maximum: float
    flags: tuple[str, ...]

    @property
    def notation(self) -> str:
        """`233 HV 10`, `120 HBW 2.5/62.5`, `52.3 HRC`."""
        if self.method.startswith("HR"):
            return f"{self.mean:.1f} {self.method}"
        return f"{_format_hardness(self.mean)} {self.method} {self.condition}"


def hardness_notation(value: float, method: str, condition: str = "") -> str:
    """Report notation of one value, e.g. `hardness_notation(233, "HV", "10")` → `233 HV 10`."""
    if method.startswith("HR"):
        return f"{value:.1f} {method}"
    return f"{_format_hardness(value)} {method} {condition}".strip()


def _series(
    method: str,
    condition: str,
    indentations: Sequence[Indentation],
    extra_flags: Sequence[str] = (),
) -> HardnessSeries:
    if not indentations:
        raise AnalysisError(_("At least one indentation is needed."), field="indentations")
    values = tuple(i.value for i in indentations)
    flags = [f"{n + 1}: {flag}" for n, i in enumerate(indentations) for flag in i.flags]
    return HardnessSeries(
        method=method,
        condition=condition,
        values=values,
        indentations=tuple(indentations),
        mean=mean(values),
        range=finite(max(values) - min(values), "values"),
        minimum=min(values),
        maximum=max(values),
        flags=(*flags, *extra_flags),
    )


def _scale_label(scale: float) -> str:
    return f"{scale:g}"


def vickers_hv(force_N: float, d1_mm: float, d2_mm: float) -> float:
    """HV = 0.1891·F/d², F in N, d the mean of the two diagonals in mm (ISO 6507-1 §4)."""
    f = _positive(force_N, "force")
    d = _positive(d1_mm, "d1") / 2.0 + _positive(d2_mm, "d2") / 2.0  # 0 for subnormal d1, d2
    return finite(VICKERS_CONSTANT * f / d / d if d > 0 else math.inf, "d", positive=True)


def vickers_indentation(
    force_N: float, d1_mm: float, d2_mm: float, thickness_mm: float | None = None
) -> Indentation:
    value = vickers_hv(force_N, d1_mm, d2_mm)
    if thickness_mm is not None:
        _positive(thickness_mm, "thickness")
    d = d1_mm / 2.0 + d2_mm / 2.0
    flags = []
    difference = abs(d1_mm - d2_mm) / d * 100.0
    if difference > DIAGONAL_DIFFERENCE_LIMIT_PCT + 1e-9:  # exactly 5 % is not "more than"
        flags.append(_("the diagonals differ by {p:.1f} % (more than 5 %)", p=difference))
    if thickness_mm is not None and thickness_mm < 1.5 * d:
        flags.append(
            _("the specimen ({t} mm) is thinner than 1.5·d = {m:.3f} mm", t=thickness_mm, m=1.5 * d)
        )
    return Indentation(float(d1_mm), float(d2_mm), d, value, tuple(flags))


def vickers_series(
    scale: float,
    diagonals: Sequence[tuple[float, float]],
    thickness_mm: float | None = None,
) -> HardnessSeries:
    """HV for each (d1, d2) pair at the test force of `scale` (HV 10 → 10 kgf = 98.07 N)."""
    if scale not in VICKERS_SCALES:
        raise AnalysisError(
            _("HV {s} is not a test force of ISO 6507-1 (HV 0.01 … HV 100).", s=scale),
            field="scale",
        )
    force = scale * G_N
    return _series(
        "HV",
        _scale_label(scale),
        [vickers_indentation(force, d1, d2, thickness_mm) for d1, d2 in diagonals],
    )


def brinell_hbw(force_N: float, ball_mm: float, d_mm: float) -> float:
    """HBW = 0.102·2F/(π·D·(D − √(D² − d²))) (ISO 6506-1 §4)."""
    f = _positive(force_N, "force")
    big = _positive(ball_mm, "ball diameter")
    d = _positive(d_mm, "indentation diameter")
    if d >= big:
        raise AnalysisError(
            _("The indentation ({d} mm) cannot be as large as the ball ({D} mm).", d=d, D=big),
            field="d",
        )
    # D − √(D² − d²) written as d²/(D + √(D² − d²)): no cancellation for d ≪ D.
    root = math.sqrt((big - d) * (big + d))
    return finite(
        BRINELL_CONSTANT * 2.0 * f * ((big + root) / d / d) / (math.pi * big), "d", positive=True
    )


def brinell_indentation(force_N: float, ball_mm: float, d1_mm: float, d2_mm: float) -> Indentation:
    d = _positive(d1_mm, "d1") / 2.0 + _positive(d2_mm, "d2") / 2.0
    value = brinell_hbw(force_N, ball_mm, d)
    flags = []
    if not 0.24 * ball_mm <= d <= 0.6 * ball_mm:
        flags.append(
            _(
                "d = {d:.3f} mm is outside 0.24·D … 0.6·D ({lo:.3f} … {hi:.3f} mm)",
                d=d,
                lo=0.24 * ball_mm,
                hi=0.6 * ball_mm,
            )
        )
    return Indentation(float(d1_mm), float(d2_mm), d, value, tuple(flags))


def brinell_series(
    ball_mm: float, force_kgf: float, diameters: Sequence[tuple[float, float]]
) -> HardnessSeries:
    """HBW for each pair of indentation diameters; notation `HBW D/F` with F in kgf."""
    _positive(force_kgf, "force")
    force = finite(force_kgf * G_N, "force")
    return _series(
        "HBW",
        f"{ball_mm:g}/{force_kgf:g}",
        [brinell_indentation(force, ball_mm, d1, d2) for d1, d2 in diameters],
    )


def rockwell_series(scale: str, values: Sequence[float]) -> HardnessSeries:
    """Rockwell values read from the machine; values outside the scale's range are flagged."""
    label = scale.strip().upper().replace(" ", "")
    if not label.startswith("HR"):
        label = "HR" + label
    if label not in ROCKWELL_RANGES:
        raise AnalysisError(
            _(
                "Unknown Rockwell scale {s} (known: {known}).",
                s=scale,
                known=", ".join(ROCKWELL_RANGES),
            ),
            field="scale",
        )
    low, high = ROCKWELL_RANGES[label]
    indentations = []
    for value in values:
        number = float(value)
        if not math.isfinite(number):
            raise AnalysisError(_("A hardness value is missing."), field="values")
        flags = (
            ()
            if low <= number <= high
            else (
                _(
                    "{v} is outside the range of {s} ({lo:g} … {hi:g})",
                    v=number,
                    s=label,
                    lo=low,
                    hi=high,
                ),
            )
        )
        indentations.append(Indentation(math.nan, math.nan, math.nan, number, flags))
    return _series(label, "", indentations)
