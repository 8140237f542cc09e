"""Charpy pendulum impact test (ISO 148-1): absorbed energy per specimen, mean and lowest
single value, KV2/KV8 (striker radius) kept apart, values near the pendulum's capacity flagged."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.numbers import mean
from itc_desktop.i18n import _

STRIKER_RADII_MM = (2.0, 8.0)
NOTCHES = ("V", "U")
CAPACITY_FRACTION = 0.8  # ISO 148-1 §8: above 80 % of the initial energy the value is approximate


@dataclass(frozen=True)
class CharpySeries:
    notch: str  # "V" or "U"
    striker_radius_mm: float  # 2 or 8
    energies_J: tuple[float, ...]
    mean_J: float
    minimum_J: float
    initial_energy_J: float | None
    temperature_C: float | None
    flags: tuple[str, ...]
    flagged_indices: tuple[int, ...]  # specimens above 80 % of the initial energy

    @property
    def symbol(self) -> str:
        """KV2, KV8, KU2, KU8."""
        return f"K{self.notch}{self.striker_radius_mm:g}"


def charpy_series(
    energies_J: Sequence[float],
    *,
    notch: str = "V",
    striker_radius_mm: float = 2.0,
    initial_energy_J: float | None = None,
    temperature_C: float | None = None,
) -> CharpySeries:
    notch_u = notch.strip().upper()
    if notch_u not in NOTCHES:
        raise AnalysisError(_("The notch must be V or U, not {n}.", n=notch), field="notch")
    if float(striker_radius_mm) not in STRIKER_RADII_MM:
        raise AnalysisError(
            _("The striker radius must be 2 mm or 8 mm, not {r} mm.", r=striker_radius_mm),
            field="striker_radius",
        )
    values = tuple(float(e) for e in energies_J)
    if not values:
        raise AnalysisError(_("At least one absorbed energy is needed."), field="energies")
    for number, value in enumerate(values, 1):
        if not math.isfinite(value) or value < 0:
            raise AnalysisError(
                _(
                    "Specimen {n}: the absorbed energy must be zero or positive, not {v}.",
                    n=number,
                    v=value,
                ),
                field="energies",
            )
    if temperature_C is not None and not math.isfinite(temperature_C):
        raise AnalysisError(
            _("The test temperature must be a number, not {t}.", t=temperature_C),
            field="temperature",
        )
    flags: list[str] = []
    flagged: list[int] = []
    if initial_energy_J is not None:
        if not math.isfinite(initial_energy_J) or initial_energy_J <= 0:
            raise AnalysisError(
                _("The pendulum's initial energy must be positive."), field="initial_energy"
            )
        limit = CAPACITY_FRACTION * initial_energy_J
        for index, value in enumerate(values):
            if value > initial_energy_J:
                raise AnalysisError(
                    _(
                        "Specimen {n}: {v:g} J exceeds the pendulum's initial energy {e:g} J.",
                        n=index + 1,
                        v=value,
                        e=initial_energy_J,
                    ),
                    field="energies",
                )
            if value > limit:
                flagged.append(index)
                flags.append(
                    _(
                        "Specimen {n}: {v:g} J exceeds 80 % of the initial energy ({lim:g} J); "
                        "the value is approximate.",
                        n=index + 1,
                        v=value,
                        lim=limit,
                    )
                )
    return CharpySeries(
        notch=notch_u,
        striker_radius_mm=float(striker_radius_mm),
        energies_J=values,
        mean_J=mean(values),
        minimum_J=min(values),
        initial_energy_J=initial_energy_J,
        temperature_C=temperature_C,
        flags=tuple(flags),
        flagged_indices=tuple(flagged),
    )


def combine(series: Sequence[CharpySeries]) -> CharpySeries:
    """One series from several of the same kind; KV2 and KV8 (or KV and KU) are refused,
    they are not comparable (ISO 148-1 §9)."""
    if not series:
        raise AnalysisError(_("Nothing to combine."), field="series")
    kinds = {s.symbol for s in series}
    if len(kinds) > 1:
        raise AnalysisError(
            _(
                "Results of different kinds ({kinds}) must never be mixed.",
                kinds=", ".join(sorted(kinds)),
            ),
            field="striker_radius",
        )
    temperatures = {s.temperature_C for s in series}
    if len(temperatures) > 1:
        raise AnalysisError(
            _("Results at different test temperatures cannot be combined."), field="temperature"
        )
    first = series[0]
    energies = [e for s in series for e in s.energies_J]
    capacities = {s.initial_energy_J for s in series}
    return charpy_series(
        energies,
        notch=first.notch,
        striker_radius_mm=first.striker_radius_mm,
        initial_energy_J=min((c for c in capacities if c is not None), default=None),
        temperature_C=first.temperature_C,
    )


@dataclass(frozen=True)
class CharpyAcceptance:
    passed: bool
    mean_ok: bool
    singles_ok: bool
    single_minimum_J: float


def charpy_acceptance(
    series: CharpySeries, minimum_mean_J: float, single_fraction: float = 0.7
) -> CharpyAcceptance:
    """Typical product-standard rule (check the product standard): mean ≥ the minimum and no
    single value below `single_fraction` of it."""
    if not math.isfinite(minimum_mean_J) or minimum_mean_J < 0:
        raise AnalysisError(
            _("The required mean must be zero or positive, not {v}.", v=minimum_mean_J),
            field="minimum_mean",
        )
    if not 0 < single_fraction <= 1:
        raise AnalysisError(
            _("The single-value fraction must be above 0 and at most 1, not {v}.",
              v=single_fraction),
            field="single_fraction",
        )  # fmt: skip
    single_minimum = single_fraction * minimum_mean_J
    mean_ok = series.mean_J >= minimum_mean_J
    singles_ok = series.minimum_J >= single_minimum
    return CharpyAcceptance(mean_ok and singles_ok, mean_ok, singles_ok, single_minimum)
