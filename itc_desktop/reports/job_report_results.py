"""The results part of a job's test report, by test type: values rounded as the standards ask
(ISO 6892-1 §22 for tensile, hardness notation of ISO 6507/6506/6508, Charpy to 1 J), with
their limits, expanded uncertainty and decision; the stress–strain charts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from itc_desktop.analysis.hardness import hardness_notation
from itc_desktop.analysis.tensile import (
    TensileResult,
    round_elongation,
    round_modulus,
    round_reduction_of_area,
    round_strength,
)
from itc_desktop.i18n import N_, _
from itc_desktop.models.results import ResultType
from itc_desktop.reports.stress_strain_chart import MAX_CURVES, ChartCurve, stress_strain_chart
from itc_desktop.reports.template import (
    CONTENT_WIDTH,
    data_table,
    format_datetime,
    format_number,
    para,
    report_styles,
)
from itc_desktop.services.result_inputs import (
    DimensionalInputs,
    ImpactInputs,
    TensileInputs,
    quantity_label,
)
from itc_desktop.services.results import RecordView, ValueView

STRENGTHS = ("Rp0.2", "Rp1.0", "ReH", "ReL", "Rm")
ELONGATIONS = ("Ag", "Agt", "A", "At")
HARDNESS = ("hardness", "hardness_mean", "hardness_range")
ENERGIES = ("energy", "energy_mean", "energy_min")

DECISION_LABELS = {
    "pass": N_("Pass"),
    "fail": N_("Fail"),
    "inconclusive": N_("Inconclusive"),
}


@dataclass(frozen=True)
class ReportedRecord:
    """One test record as the report shows it; `tensile` is the recomputed curve (tensile
    records only) for the chart."""

    record: RecordView
    tensile: TensileResult | None = None


def decision_text(decision: str | None) -> str:
    return _(DECISION_LABELS[decision]) if decision else "—"


def _half_up(value: float, decimals: int) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)


def plain_number(value: float, lang: str) -> str:
    """A number as given, without trailing zeros: 2 (not 2.0), 1.5, −20."""
    text = f"{value:g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return format_number(value, decimals, lang).replace("-", "−")


def _significant_up(value: float, digits: int = 2) -> tuple[float, int]:
    """`value` rounded UP to `digits` significant digits, and the decimals that shows."""
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    factor = 10**decimals
    return math.ceil(value * factor - 1e-9) / factor, decimals


def decimals_of(values: Sequence[float], cap: int = 4) -> int:
    """The decimals a series was measured to (20.05 → 2), at most `cap`; float noise of a
    computed value (19.996000000000002) does not count."""
    most = 0
    for value in values:
        text = repr(round(float(value), 6))
        if "e" in text or "E" in text:
            return cap
        fraction = text.split(".")[1].rstrip("0") if "." in text else ""
        most = max(most, len(fraction))
    return min(most, cap)


class ValueFormat:
    """How one quantity's numbers are printed: its rounding and unit, in the report's
    language. `number()` is used for the value, its limits and its uncertainty alike."""

    def __init__(self, quantity: str, unit: str, lang: str, decimals: int = 3) -> None:
        self.quantity = quantity
        self.unit = unit
        self.lang = lang
        self.decimals = decimals

    def number(self, value: float) -> str:
        q, lang = self.quantity, self.lang
        if q in STRENGTHS:
            return format_number(round_strength(value) or 0, 0, lang)
        if q == "E":
            return format_number((round_modulus(value) or 0) / 1000, 1, lang)
        if q in ELONGATIONS:
            return format_number(round_elongation(value) or 0.0, 1, lang)
        if q == "Z":
            return format_number(round_reduction_of_area(value) or 0.0, 1, lang)
        if q in HARDNESS:
            method, _sep, condition = self.unit.partition(" ")
            number = hardness_notation(value, method, condition).split(" ")[0]
            return number if lang == "en" else number.replace(".", ",")
        if q in ENERGIES:
            return format_number(_half_up(value, 0), 0, lang)
        if q.startswith(("cp:", "cpk:")):
            return format_number(_half_up(value, 2), 2, lang)
        return format_number(_half_up(value, self.decimals), self.decimals, lang)

    @property
    def shown_unit(self) -> str:
        return "GPa" if self.quantity == "E" else self.unit

    def with_unit(self, value: float) -> str:
        unit = self.shown_unit
        return f"{self.number(value)} {unit}" if unit else self.number(value)

    def limits(self, lower: float | None, upper: float | None) -> str:
        if lower is not None and upper is not None:
            return f"{self.number(lower)} … {self.number(upper)}"
        if lower is not None:
            return f"≥ {self.number(lower)}"
        if upper is not None:
            return f"≤ {self.number(upper)}"
        return "—"

    def uncertainty(self, value: ValueView) -> str:
        """± U to the resolution of the value it belongs to, with its coverage factor."""
        if value.uncertainty is None:
            return "—"
        if self.quantity in HARDNESS:
            # ISO 6507/6506: hardness to 3 significant figures, so U to the value's last digit
            method = self.unit.partition(" ")[0]
            digits = 1 if method.startswith("HR") or abs(value.value) < 100 else 0
            number = format_number(_half_up(value.uncertainty, digits), digits, self.lang)
            u = f"{number} {self.unit}"
        elif (
            self._generic()
            and value.uncertainty > 0
            and _half_up(value.uncertainty, self.decimals) == 0
        ):
            # Finer than the values' resolution: two significant digits, rounded up (GUM
            # 7.2.6), never "± 0.00".
            shown, digits = _significant_up(value.uncertainty)
            u = f"{format_number(shown, digits, self.lang)} {self.unit}".strip()
        else:
            u = self.with_unit(value.uncertainty)
        return _("± {u} (k = {k})", u=u, k=plain_number(value.k, self.lang))

    def _generic(self) -> bool:
        """A quantity shown to the measured decimals (not a standard's own rounding)."""
        q = self.quantity
        special = (*STRENGTHS, *ELONGATIONS, *HARDNESS, *ENERGIES, "E", "Z")
        return q not in special and not q.startswith(("cp:", "cpk:"))


VALUE_HEADERS = ("Quantity", "Result", "Limits", "U", "Decision")
VALUE_WIDTHS = (56 * mm, 30 * mm, 32 * mm, 30 * mm, CONTENT_WIDTH - 148 * mm)


def values_table(
    rows: Sequence[tuple[str, ValueView, ValueFormat]], first_header: str | None = None
) -> Flowable:
    headers = [_(h) for h in VALUE_HEADERS]
    if first_header is not None:
        headers[0] = first_header
    body = [
        [
            label,
            fmt.with_unit(v.value),
            fmt.limits(v.lower, v.upper),
            fmt.uncertainty(v),
            decision_text(v.decision),
        ]
        for label, v, fmt in rows
    ]
    return data_table(headers, body, VALUE_WIDTHS, numeric_columns=(1,))


def _record_notes(record: RecordView) -> list[Flowable]:
    styles = report_styles()
    story: list[Flowable] = []
    sources = sorted({s.source for s in record.limits.values() if s.source})
    if sources:
        story.append(para(_("Limits: {sources}", sources="; ".join(sources)), styles.small))
    if record.remarks.strip():
        story.append(para(_("Remarks: {text}", text=record.remarks.strip()), styles.small))
    if record.warnings:
        story.append(
            para(
                _("Notes of the evaluation: {text}", text="; ".join(record.warnings)), styles.small
            )
        )
    return story


def _caption(record: RecordView, detail: str, lang: str, zone: str) -> Flowable:
    specimen = record.specimen_code or _("no specimen (part series)")
    text = _(
        "{specimen} — {detail}; {method}; tested {date}",
        specimen=specimen,
        detail=detail,
        method=record.method,
        date=format_datetime(record.performed_at, lang, zone),
    )
    return para(text, report_styles().subheading)


# --------------------------------------------------------------------------- tensile


def _tensile_detail(inputs: TensileInputs, lang: str) -> str:
    specimen = inputs.specimen()
    parts = []
    if specimen.diameter_mm is not None:
        parts.append(f"d0 = {format_number(specimen.diameter_mm, 2, lang)} mm")
    if specimen.width_mm is not None and specimen.thickness_mm is not None:
        parts.append(
            f"a0 × b0 = {format_number(specimen.thickness_mm, 2, lang)} × "
            f"{format_number(specimen.width_mm, 2, lang)} mm"
        )
    parts.append(f"S0 = {format_number(specimen.S0_mm2, 2, lang)} mm²")
    parts.append(f"L0 = {format_number(specimen.L0_mm, 1, lang)} mm")
    return ", ".join(parts)


def tensile_section(records: Sequence[ReportedRecord], lang: str, zone: str) -> list[Flowable]:
    story: list[Flowable] = []
    for reported in records:
        record = reported.record
        assert isinstance(record.inputs, TensileInputs)
        # Named here, in the report's language (the record was read in the program's).
        rows = [
            (quantity_label(v.quantity), v, ValueFormat(v.quantity, v.unit, lang))
            for v in record.values
        ]
        block: list[Flowable] = [
            _caption(record, _tensile_detail(record.inputs, lang), lang, zone),
            values_table(rows),
            *_record_notes(record),
        ]
        story.append(KeepTogether(block))
    story.extend(tensile_charts(records, lang))
    return story


def tensile_charts(records: Sequence[ReportedRecord], lang: str) -> list[Flowable]:
    """The stress–strain charts of the records with a curve, six specimens a chart."""
    story: list[Flowable] = []
    curves = [
        ChartCurve(_short_code(r.record), r.tensile) for r in records if r.tensile is not None
    ]
    for start in range(0, len(curves), MAX_CURVES):
        group = curves[start : start + MAX_CURVES]
        story.append(CondPageBreak(110 * mm))
        story.append(Spacer(1, 3 * mm))
        story.append(stress_strain_chart(group, lang=lang))
        caption = _(
            "Stress–strain curves ({specimens}).", specimens=", ".join(c.label for c in group)
        )
        if any(c.result.Rp02_MPa is not None and not c.result.yield_point for c in group):
            caption += " " + _(
                "Dashed: the line of slope E offset by 0.2 % plastic strain (ISO 6892-1)."
            )
        caption += " " + _("Markers: ■ Rp0.2 or ReH, ▼ ReL, ● Rm.")
        story.append(para(caption, report_styles().muted))
    return story


def _short_code(record: RecordView) -> str:
    """ "S01" of "ITC-2026-0003-S01": the chart's legend has room for six of them."""
    code = record.specimen_code or str(record.id)
    prefix = f"{record.job_reference}-"
    return code[len(prefix) :] if code.startswith(prefix) else code


# --------------------------------------------------------------------------- hardness


def hardness_section(records: Sequence[ReportedRecord], lang: str, zone: str) -> list[Flowable]:
    story: list[Flowable] = []
    for reported in records:
        record = reported.record
        unit = next((v.unit for v in record.values), "")
        rows = []
        for v in record.values:
            if v.quantity == "hardness":
                label = _("Indentation {n}", n=v.item)
            elif v.quantity == "hardness_mean":
                label = _("Mean")
            else:
                label = _("Range")
            rows.append((label, v, ValueFormat(v.quantity, v.unit, lang)))
        block: list[Flowable] = [
            _caption(record, unit, lang, zone),
            values_table(rows, _("Hardness")),
            *_record_notes(record),
        ]
        story.append(KeepTogether(block))
    return story


# --------------------------------------------------------------------------- Charpy


def impact_section(records: Sequence[ReportedRecord], lang: str, zone: str) -> list[Flowable]:
    story: list[Flowable] = []
    for reported in records:
        record = reported.record
        inputs = record.inputs
        assert isinstance(inputs, ImpactInputs)
        symbol = f"K{inputs.notch.upper()}{inputs.striker_radius_mm:g}"
        details = [symbol]
        if inputs.test_temperature_C is not None:
            details.append(
                _(
                    "test temperature {t} °C",
                    t=plain_number(inputs.test_temperature_C, lang),
                )
            )
        details.append(inputs.specimen_size)
        if inputs.initial_energy_J is not None:
            details.append(_("pendulum {e} J", e=plain_number(inputs.initial_energy_J, lang)))
        rows = []
        for v in record.values:
            if v.quantity == "energy":
                label = _("Specimen {n}: {symbol}", n=v.item, symbol=symbol)
            elif v.quantity == "energy_mean":
                label = _("Mean {symbol}", symbol=symbol)
            else:
                label = _("Lowest single value")
            rows.append((label, v, ValueFormat(v.quantity, v.unit, lang)))
        block: list[Flowable] = [
            _caption(record, ", ".join(details), lang, zone),
            values_table(rows, _("Absorbed energy")),
            *_record_notes(record),
        ]
        story.append(KeepTogether(block))
    return story


# --------------------------------------------------------------------------- dimensional


def dimensional_section(records: Sequence[ReportedRecord], lang: str, zone: str) -> list[Flowable]:
    styles = report_styles()
    story: list[Flowable] = []
    for reported in records:
        record = reported.record
        inputs = record.inputs
        assert isinstance(inputs, DimensionalInputs)
        story.append(_caption(record, _("dimensional inspection"), lang, zone))
        rows = []
        spc_rows = []
        for characteristic in inputs.characteristics:
            c = characteristic
            decimals = (
                decimals_of([c.nominal, c.lower_tol, c.upper_tol, *c.measurements], cap=4) or 1
            )
            values = [v for v in record.values if v.quantity == f"dim:{c.name}"]
            for v in values:
                fmt = ValueFormat(v.quantity, v.unit, lang, decimals)
                rows.append(
                    [
                        c.name,
                        v.item,
                        fmt.with_unit(v.value),
                        fmt.limits(v.lower, v.upper),
                        fmt.uncertainty(v),
                        decision_text(v.decision),
                    ]
                )
            cp = next((v.value for v in record.values if v.quantity == f"cp:{c.name}"), None)
            cpk = next((v.value for v in record.values if v.quantity == f"cpk:{c.name}"), None)
            if cpk is not None:
                measured = [v.value for v in values]
                fmt = ValueFormat(f"dim:{c.name}", c.unit, lang, decimals + 1)
                mean = math.fsum(measured) / len(measured)
                spc_rows.append(
                    [
                        c.name,
                        format_number(len(measured), 0, lang),
                        format_number(c.subgroup_size or 0, 0, lang),
                        fmt.number(mean),
                        fmt.number(min(measured)),
                        fmt.number(max(measured)),
                        "—" if cp is None else format_number(_half_up(cp, 2), 2, lang),
                        format_number(_half_up(cpk, 2), 2, lang),
                    ]
                )
        story.append(
            data_table(
                [_("Characteristic"), _("Part"), _("Measured"), _("Limits"), _("U"), _("Decision")],
                rows,
                (40 * mm, 14 * mm, 28 * mm, 38 * mm, 30 * mm, CONTENT_WIDTH - 150 * mm),
                numeric_columns=(2,),
            )
        )
        if spc_rows:
            story.append(para(_("Process capability (X̄–R, ISO 22514-2)"), styles.subheading))
            story.append(
                data_table(
                    [
                        _("Characteristic"),
                        _("n"),
                        _("Subgroup"),
                        _("Mean"),
                        _("Min"),
                        _("Max"),
                        _("Cp"),
                        _("Cpk"),
                    ],
                    spc_rows,
                    (
                        40 * mm,
                        12 * mm,
                        18 * mm,
                        24 * mm,
                        22 * mm,
                        22 * mm,
                        16 * mm,
                        CONTENT_WIDTH - 154 * mm,
                    ),
                    numeric_columns=(1, 2, 3, 4, 5, 6, 7),
                )
            )
        story.extend(_record_notes(record))
    return story


SECTIONS = {
    ResultType.TENSILE.value: tensile_section,
    ResultType.HARDNESS.value: hardness_section,
    ResultType.IMPACT.value: impact_section,
    ResultType.DIMENSIONAL.value: dimensional_section,
}
