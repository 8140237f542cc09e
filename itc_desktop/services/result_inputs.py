"""What a test record is computed from, by test type, and the computation itself.

The inputs are stored as JSON on the record (`TestRecord.inputs`), the limits per quantity as
JSON too (`TestRecord.limits`); `evaluate()` turns them (and, for a tensile test, the stored
curve) into the judged values the service saves and the editor previews. Nothing here touches
the database."""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from itc_desktop.analysis.decision import Decision, DecisionRule, Limits, decide
from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.hardness import (
    HardnessSeries,
    brinell_series,
    rockwell_series,
    vickers_series,
)
from itc_desktop.analysis.impact import CharpySeries, charpy_series
from itc_desktop.analysis.spc import CONSTANTS, capability
from itc_desktop.analysis.tensile import (
    Specimen,
    TensileOptions,
    TensileResult,
    analyze_tensile,
    specimen_geometry,
)
from itc_desktop.i18n import N_, _
from itc_desktop.importers.tensile_files import curve_from_columns
from itc_desktop.models.results import ResultType
from itc_desktop.services.errors import ValidationError

FloatArray = npt.NDArray[np.float64]

# The quantities a record's values may have, with the label the user sees (dimensional
# characteristics are named by the user: "dim:<name>", "cp:<name>", "cpk:<name>").
QUANTITY_LABELS: dict[str, str] = {
    "E": N_("Modulus of elasticity E"),
    "Rp0.2": N_("Proof strength Rp0.2"),
    "Rp1.0": N_("Proof strength Rp1.0"),
    "ReH": N_("Upper yield strength ReH"),
    "ReL": N_("Lower yield strength ReL"),
    "Rm": N_("Tensile strength Rm"),
    "Ag": N_("Plastic extension at Fm, Ag"),
    "Agt": N_("Total extension at Fm, Agt"),
    "A": N_("Elongation after fracture A"),
    "At": N_("Total extension at fracture At"),
    "Z": N_("Reduction of area Z"),
    "hardness": N_("Hardness (each indentation)"),
    "hardness_mean": N_("Hardness, mean"),
    "hardness_range": N_("Hardness, range"),
    "energy": N_("Absorbed energy (each specimen)"),
    "energy_mean": N_("Absorbed energy, mean"),
    "energy_min": N_("Absorbed energy, lowest single value"),
}

# The quantities that may carry limits, by test type (dimensional ones carry their own).
LIMITABLE: dict[str, tuple[str, ...]] = {
    ResultType.TENSILE: ("Rp0.2", "Rp1.0", "ReH", "ReL", "Rm", "A", "Agt", "Z", "E"),
    ResultType.HARDNESS: ("hardness", "hardness_mean"),
    ResultType.IMPACT: ("energy", "energy_mean", "energy_min"),
    ResultType.DIMENSIONAL: (),
}

DEFAULT_METHODS: dict[str, str] = {
    ResultType.TENSILE: "ISO 6892-1:2019 method B",
    ResultType.HARDNESS: "ISO 6507-1:2023",
    ResultType.IMPACT: "ISO 148-1:2016",
    ResultType.DIMENSIONAL: "ISO 14253-1:2017",
}


def quantity_label(quantity: str) -> str:
    for prefix, text in (
        ("dim:", ""),
        ("cp:", "Cp "),
        ("cpk:", "Cpk "),
    ):
        if quantity.startswith(prefix):
            return text + quantity[len(prefix) :]
    label = QUANTITY_LABELS.get(quantity)
    return _(label) if label is not None else quantity


def _finite(value: Any, name: str, *, positive: bool = False) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            _("{name} must be a number, not {v!r}", name=name, v=value), name
        ) from None
    if not math.isfinite(number):
        raise ValidationError(_("{name} must be a finite number", name=name), name)
    if positive and number <= 0:
        raise ValidationError(_("{name} must be positive", name=name), name)
    return number


def _optional(value: Any, name: str, *, positive: bool = False) -> float | None:
    return None if value is None else _finite(value, name, positive=positive)


# --------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class LimitSpec:
    """Limits of one quantity: LSL and/or USL, expanded uncertainty U with k, the decision
    rule, and where the limits come from (customer specification, material grade ...)."""

    lower: float | None = None
    upper: float | None = None
    uncertainty: float | None = None
    k: float = 2.0
    rule: str = DecisionRule.SIMPLE.value
    source: str = ""

    def __post_init__(self) -> None:
        if self.lower is None and self.upper is None:
            raise ValidationError(_("give a lower or an upper limit"), "limits")
        if self.lower is not None and self.upper is not None and self.lower > self.upper:
            raise ValidationError(
                _(
                    "the lower limit {lo:g} is above the upper limit {hi:g}",
                    lo=self.lower,
                    hi=self.upper,
                ),
                "limits",
            )
        if self.uncertainty is not None and (
            not math.isfinite(self.uncertainty) or self.uncertainty < 0
        ):
            raise ValidationError(_("the uncertainty U must be zero or positive"), "uncertainty")
        if not math.isfinite(self.k) or self.k <= 0:
            raise ValidationError(_("the coverage factor k must be positive"), "k")
        if self.rule not in tuple(r.value for r in DecisionRule):
            raise ValidationError(_("unknown decision rule {r}", r=self.rule), "rule")
        if self.rule == DecisionRule.GUARD_BAND and not self.uncertainty:
            raise ValidationError(
                _("a guard-band decision (ISO 14253-1) needs the uncertainty U"), "uncertainty"
            )

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LimitSpec:
        return cls(
            lower=_optional(data.get("lower"), "lower"),
            upper=_optional(data.get("upper"), "upper"),
            uncertainty=_optional(data.get("uncertainty"), "uncertainty"),
            k=_finite(data.get("k", 2.0), "k"),
            rule=str(data.get("rule", DecisionRule.SIMPLE.value)),
            source=str(data.get("source", "")),
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def judge(self, value: float) -> Decision:
        return decide(
            value,
            Limits(self.lower, self.upper),
            rule=self.rule,
            U=self.uncertainty or 0.0,
            k=self.k,
        ).decision


def limits_from_json(data: Mapping[str, Any]) -> dict[str, LimitSpec]:
    return {quantity: LimitSpec.from_json(spec) for quantity, spec in data.items()}


def limits_to_json(limits: Mapping[str, LimitSpec]) -> dict[str, Any]:
    return {quantity: spec.to_json() for quantity, spec in limits.items()}


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class TensileInputs:
    """Specimen geometry (round d0, flat a0 × b0, or S0 given), L0 (None = proportional
    5.65·√S0), Lu and Su measured by hand after fracture, and the file's column mapping."""

    shape: str = "round"
    diameter_mm: float | None = None
    width_mm: float | None = None
    thickness_mm: float | None = None
    area_mm2: float | None = None
    gauge_length_mm: float | None = None
    Lu_mm: float | None = None
    Su_mm2: float | None = None
    report_rp10: bool = False
    mapping: dict[str, int] = field(default_factory=dict)

    def specimen(self) -> Specimen:
        if self.shape == "round":
            return specimen_geometry(
                diameter=_optional(self.diameter_mm, _("Diameter d0"), positive=True),
                gauge_length=self.gauge_length_mm,
            )
        if self.shape == "flat":
            return specimen_geometry(
                width=_optional(self.width_mm, _("Width b0"), positive=True),
                thickness=_optional(self.thickness_mm, _("Thickness a0"), positive=True),
                gauge_length=self.gauge_length_mm,
            )
        if self.shape == "area":
            return specimen_geometry(
                area=_optional(self.area_mm2, _("Cross-section S0"), positive=True),
                gauge_length=self.gauge_length_mm,
            )
        raise ValidationError(_("unknown specimen shape {s}", s=self.shape), "shape")


@dataclass(frozen=True)
class HardnessInputs:
    """method "HV" (scale = test force designation, e.g. "10"), "HBW" (ball diameter and
    force in kgf) or "HR" (scale = Rockwell scale, e.g. "HRC"); one reading per indentation:
    (d1, d2) in mm for HV and HBW, the value for Rockwell."""

    method: str = "HV"
    scale: str = "10"
    ball_mm: float | None = None
    force_kgf: float | None = None
    readings: tuple[tuple[float, ...], ...] = ()
    thickness_mm: float | None = None


@dataclass(frozen=True)
class ImpactInputs:
    notch: str = "V"
    striker_radius_mm: float = 2.0
    initial_energy_J: float | None = None
    test_temperature_C: float | None = None
    specimen_size: str = "10 × 10 × 55 mm"
    energies_J: tuple[float, ...] = ()


@dataclass(frozen=True)
class Characteristic:
    """One drawing characteristic: nominal with tolerances (magnitudes below and above), its
    measured values (one per part, in production order), U and the decision rule; for a
    series, the subgroup size of the X̄–R chart (2–10)."""

    name: str
    nominal: float
    lower_tol: float
    upper_tol: float
    unit: str = "mm"
    measurements: tuple[float, ...] = ()
    uncertainty: float | None = None
    k: float = 2.0
    rule: str = DecisionRule.SIMPLE.value
    subgroup_size: int | None = None

    @property
    def limits(self) -> LimitSpec:
        return LimitSpec(
            lower=self.nominal - abs(self.lower_tol),
            upper=self.nominal + abs(self.upper_tol),
            uncertainty=self.uncertainty,
            k=self.k,
            rule=self.rule,
        )

    def subgroups(self) -> list[list[float]] | None:
        """The measurements in subgroups of `subgroup_size` (an incomplete last one is
        left out); None when there is no series (fewer than two whole subgroups)."""
        n = self.subgroup_size
        if n is None or len(self.measurements) < 2 * n:
            return None
        whole = len(self.measurements) // n * n
        return [list(self.measurements[i : i + n]) for i in range(0, whole, n)]


@dataclass(frozen=True)
class DimensionalInputs:
    characteristics: tuple[Characteristic, ...] = ()


Inputs = TensileInputs | HardnessInputs | ImpactInputs | DimensionalInputs

INPUT_TYPES: dict[str, type] = {
    ResultType.TENSILE: TensileInputs,
    ResultType.HARDNESS: HardnessInputs,
    ResultType.IMPACT: ImpactInputs,
    ResultType.DIMENSIONAL: DimensionalInputs,
}


def result_type_of(inputs: Inputs) -> ResultType:
    for result_type, cls in INPUT_TYPES.items():
        if isinstance(inputs, cls):
            return ResultType(result_type)
    raise TypeError(type(inputs).__name__)


def inputs_to_json(inputs: Inputs) -> dict[str, Any]:
    return asdict(inputs)


def inputs_from_json(result_type: str, data: Mapping[str, Any]) -> Inputs:
    if result_type == ResultType.TENSILE:
        values = dict(data)
        values["mapping"] = {str(k): int(v) for k, v in dict(data.get("mapping", {})).items()}
        return TensileInputs(**values)
    if result_type == ResultType.HARDNESS:
        values = dict(data)
        values["readings"] = tuple(tuple(float(x) for x in r) for r in data.get("readings", ()))
        return HardnessInputs(**values)
    if result_type == ResultType.IMPACT:
        values = dict(data)
        values["energies_J"] = tuple(float(e) for e in data.get("energies_J", ()))
        return ImpactInputs(**values)
    if result_type == ResultType.DIMENSIONAL:
        characteristics = []
        for item in data.get("characteristics", ()):
            values = dict(item)
            values["measurements"] = tuple(float(m) for m in item.get("measurements", ()))
            characteristics.append(Characteristic(**values))
        return DimensionalInputs(tuple(characteristics))
    raise ValidationError(_("unknown test type {t}", t=result_type), "test_type")


# --------------------------------------------------------------------------- raw curves


def pack_curve(columns: Mapping[str, FloatArray]) -> bytes:
    """The raw columns of a machine record (force N, extension mm, strain, stress MPa, time
    s) as a compressed .npz: a few hundred kB for 100 000 points instead of a row each."""
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **{k: np.asarray(v, dtype=np.float64) for k, v in columns.items()})
    return buffer.getvalue()


def unpack_curve(data: bytes) -> dict[str, FloatArray]:
    with np.load(io.BytesIO(data), allow_pickle=False) as archive:
        return {name: archive[name] for name in archive.files}


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class JudgedValue:
    quantity: str
    value: float
    unit: str = ""
    item: str = ""
    flags: tuple[str, ...] = ()
    limits: LimitSpec | None = None
    decision: Decision | None = None

    @property
    def label(self) -> str:
        return quantity_label(self.quantity)


@dataclass(frozen=True)
class Evaluation:
    values: tuple[JudgedValue, ...]
    overall: Decision | None
    warnings: tuple[str, ...] = ()
    tensile: TensileResult | None = None
    hardness: HardnessSeries | None = None
    impact: CharpySeries | None = None


_SEVERITY = {Decision.PASS: 0, Decision.INCONCLUSIVE: 1, Decision.FAIL: 2}


def worst(decisions: Sequence[Decision | None]) -> Decision | None:
    judged = [d for d in decisions if d is not None]
    return max(judged, key=_SEVERITY.__getitem__) if judged else None


def _tensile(
    inputs: TensileInputs, columns: Mapping[str, FloatArray] | None
) -> tuple[list[JudgedValue], TensileResult]:
    if not columns:
        raise ValidationError(_("import the machine's raw file first"), "file")
    specimen = inputs.specimen()
    strain, stress, specimen = curve_from_columns(columns, specimen, inputs.gauge_length_mm)
    result = analyze_tensile(
        strain,
        stress,
        specimen=specimen,
        Lu_mm=_optional(inputs.Lu_mm, "Lu", positive=True),
        Su_mm2=_optional(inputs.Su_mm2, "Su", positive=True),
        options=TensileOptions(),
    )
    rows: list[tuple[str, float | None, str]] = [("E", result.E_MPa, "MPa")]
    if result.yield_point:
        rows += [("ReH", result.ReH_MPa, "MPa"), ("ReL", result.ReL_MPa, "MPa")]
    else:
        rows.append(("Rp0.2", result.Rp02_MPa, "MPa"))
    if inputs.report_rp10:
        rows.append(("Rp1.0", result.Rp10_MPa, "MPa"))
    rows += [
        ("Rm", result.Rm_MPa, "MPa"),
        ("Ag", result.Ag_pct, "%"),
        ("Agt", result.Agt_pct, "%"),
        ("A", result.A_hand_pct if result.A_hand_pct is not None else result.A_pct, "%"),
        ("At", result.At_pct, "%"),
        ("Z", result.Z_pct, "%"),
    ]
    return [JudgedValue(q, float(v), unit) for q, v, unit in rows if v is not None], result


def _hardness(inputs: HardnessInputs) -> tuple[list[JudgedValue], HardnessSeries]:
    readings = inputs.readings
    if inputs.method == "HV":
        series = vickers_series(
            _finite(inputs.scale, _("Test force (HV)")),
            [(r[0], r[1]) for r in _pairs(readings)],
            thickness_mm=inputs.thickness_mm,
        )
    elif inputs.method == "HBW":
        series = brinell_series(
            _finite(inputs.ball_mm, _("Ball diameter D"), positive=True),
            _finite(inputs.force_kgf, _("Test force F"), positive=True),
            [(r[0], r[1]) for r in _pairs(readings)],
        )
    elif inputs.method == "HR":
        series = rockwell_series(inputs.scale, [r[0] for r in readings if r])
    else:
        raise ValidationError(_("unknown hardness method {m}", m=inputs.method), "method")
    unit = f"{series.method} {series.condition}".strip()
    values = [
        JudgedValue("hardness", i.value, unit, str(n), i.flags)
        for n, i in enumerate(series.indentations, 1)
    ]
    values.append(JudgedValue("hardness_mean", series.mean, unit))
    values.append(JudgedValue("hardness_range", series.range, unit))
    return values, series


def _pairs(readings: Sequence[Sequence[float]]) -> list[Sequence[float]]:
    pairs = []
    for number, reading in enumerate(readings, 1):
        if len(reading) != 2:
            raise ValidationError(
                _("indentation {n}: give both diagonals (or diameters)", n=number), "readings"
            )
        pairs.append(reading)
    return pairs


def _impact(inputs: ImpactInputs) -> tuple[list[JudgedValue], CharpySeries]:
    series = charpy_series(
        inputs.energies_J,
        notch=inputs.notch,
        striker_radius_mm=inputs.striker_radius_mm,
        initial_energy_J=inputs.initial_energy_J,
        temperature_C=inputs.test_temperature_C,
    )
    flagged = set(series.flagged_indices)
    values = [
        JudgedValue(
            "energy",
            energy,
            "J",
            str(n + 1),
            (_("above 80 % of the pendulum's initial energy"),) if n in flagged else (),
        )
        for n, energy in enumerate(series.energies_J)
    ]
    values.append(JudgedValue("energy_mean", series.mean_J, "J"))
    values.append(JudgedValue("energy_min", series.minimum_J, "J"))
    return values, series


def _dimensional(inputs: DimensionalInputs) -> list[JudgedValue]:
    if not inputs.characteristics:
        raise ValidationError(_("add at least one characteristic"), "characteristics")
    values: list[JudgedValue] = []
    names: set[str] = set()
    for c in inputs.characteristics:
        if not c.name.strip():
            raise ValidationError(_("every characteristic needs a name"), "characteristics")
        if c.name in names:
            raise ValidationError(
                _("characteristic {n} is listed twice", n=c.name), "characteristics"
            )
        names.add(c.name)
        if not c.measurements:
            raise ValidationError(_("{n}: enter the measured value(s)", n=c.name), "measurements")
        if c.subgroup_size is not None and c.subgroup_size not in CONSTANTS:
            raise ValidationError(
                _("{n}: the subgroup size must be 2 to 10", n=c.name), "subgroup_size"
            )
        spec = c.limits
        for part, measured in enumerate(c.measurements, 1):
            value = _finite(measured, c.name)
            values.append(
                JudgedValue(f"dim:{c.name}", value, c.unit, str(part), (), spec, spec.judge(value))
            )
        groups = c.subgroups()
        if groups is not None:
            try:
                cap = capability(groups, spec.lower, spec.upper)
            except AnalysisError:
                continue  # no variation within the subgroups: Cp/Cpk are undefined
            if cap.Cp is not None:
                values.append(JudgedValue(f"cp:{c.name}", cap.Cp))
            values.append(JudgedValue(f"cpk:{c.name}", cap.Cpk))
    return values


def evaluate(
    inputs: Inputs,
    limits: Mapping[str, LimitSpec],
    columns: Mapping[str, FloatArray] | None = None,
) -> Evaluation:
    """Compute the values of a record and judge each against its limits. Raises
    ValidationError (AnalysisError) naming the input that makes it impossible."""
    result_type = result_type_of(inputs)
    unknown = set(limits) - set(LIMITABLE[result_type])
    if unknown:
        raise ValidationError(
            _("no limits can be set on {q} for this test", q=", ".join(sorted(unknown))), "limits"
        )
    tensile = hardness = impact = None
    warnings: tuple[str, ...] = ()
    if isinstance(inputs, TensileInputs):
        raw, tensile = _tensile(inputs, columns)
        warnings = tensile.warnings
    elif isinstance(inputs, HardnessInputs):
        raw, hardness = _hardness(inputs)
        warnings = hardness.flags
    elif isinstance(inputs, ImpactInputs):
        raw, impact = _impact(inputs)
        warnings = impact.flags
    else:
        raw = _dimensional(inputs)
    judged = []
    for value in raw:
        spec = limits.get(value.quantity)
        if spec is not None:
            value = JudgedValue(
                value.quantity,
                value.value,
                value.unit,
                value.item,
                value.flags,
                spec,
                spec.judge(value.value),
            )
        judged.append(value)
    return Evaluation(
        values=tuple(judged),
        overall=worst([v.decision for v in judged]),
        warnings=tuple(warnings),
        tensile=tensile,
        hardness=hardness,
        impact=impact,
    )
