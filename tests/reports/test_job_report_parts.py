"""The pieces of the job report on their own: value formatting and rounding per quantity and
language, and the stress–strain chart (scales, thinning, refusals)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from reportlab.graphics.shapes import PolyLine, String

from itc_desktop.reports.job_report_results import (
    ReportedRecord,
    ValueFormat,
    decimals_of,
    plain_number,
    tensile_charts,
)
from itc_desktop.reports.stress_strain_chart import (
    MAX_CURVES,
    MAX_POINTS,
    ChartCurve,
    nice_step,
    stress_strain_chart,
    thinned,
)
from itc_desktop.services.result_inputs import TensileInputs, evaluate
from itc_desktop.services.results import ValueView
from tests.services.results_support import tensile_raw


def value(quantity: str, unit: str, v: float, u: float | None = None, k: float = 2.0) -> ValueView:
    return ValueView(quantity, quantity, "", unit, v, None, None, u, k, "simple", None, ())


@pytest.mark.parametrize(
    ("quantity", "unit", "lang", "raw", "shown"),
    [
        ("Rm", "MPa", "en", 523.5, "524 MPa"),  # ISO 6892-1: to 1 MPa, halves up
        ("Rm", "MPa", "hu", 1523.4, "1\u00a0523 MPa"),
        ("Rp0.2", "MPa", "sr", 387.49, "387 MPa"),
        ("A", "%", "en", 24.74, "24.5 %"),  # to 0.5 %
        ("A", "%", "hu", 24.76, "25,0 %"),
        ("Z", "%", "sr", 61.2, "61,0 %"),
        ("E", "MPa", "en", 206_940.0, "206.9 GPa"),  # to 100 MPa, shown in GPa
        ("hardness_mean", "HV 10", "en", 233.4, "233 HV 10"),
        ("hardness", "HRC", "hu", 45.64, "45,6 HRC"),
        ("energy_mean", "J", "en", 45.5, "46 J"),
        ("cpk:Ø20", "", "sr", 1.335, "1,34"),
    ],
)
def test_values_are_rounded_and_localised(
    quantity: str, unit: str, lang: str, raw: float, shown: str
) -> None:
    assert ValueFormat(quantity, unit, lang).with_unit(raw) == shown


def test_limits_and_uncertainty_texts() -> None:
    fmt = ValueFormat("Rm", "MPa", "hu")
    assert fmt.limits(470, 630) == "470 … 630"
    assert fmt.limits(355, None) == "≥ 355" and fmt.limits(None, 380) == "≤ 380"
    assert fmt.limits(None, None) == "—"
    assert fmt.uncertainty(value("Rm", "MPa", 523, u=7.4)) == "± 7 MPa (k = 2)"
    hv = ValueFormat("hardness_mean", "HV 10", "en")
    assert hv.uncertainty(value("hardness_mean", "HV 10", 233, u=6)) == "± 6 HV 10 (k = 2)"
    assert hv.uncertainty(value("hardness_mean", "HV 10", 85.2, u=2.45)) == "± 2.5 HV 10 (k = 2)"
    assert hv.uncertainty(value("hardness_mean", "HV 10", 233)) == "—"
    dim = ValueFormat("dim:Ø20", "mm", "sr", decimals=3)
    assert dim.uncertainty(value("dim:Ø20", "mm", 20.0, u=0.002, k=2.5)) == "± 0,002 mm (k = 2,5)"
    # Finer than the measured decimals: two significant digits, rounded up — never "± 0,00".
    coarse = ValueFormat("dim:L120", "mm", "en", decimals=2)
    assert coarse.uncertainty(value("dim:L120", "mm", 120.12, u=0.0041)) == "± 0.0041 mm (k = 2)"
    assert coarse.uncertainty(value("dim:L120", "mm", 120.12, u=0.00412)) == "± 0.0042 mm (k = 2)"
    assert coarse.uncertainty(value("dim:L120", "mm", 120.12, u=0.02)) == "± 0.02 mm (k = 2)"


def test_plain_numbers_and_measured_decimals() -> None:
    assert plain_number(2.0, "en") == "2" and plain_number(-20.0, "hu") == "−20"
    assert plain_number(1.5, "sr") == "1,5"
    assert decimals_of([20.0, 0.021, 19.996000000000002]) == 3
    assert decimals_of([12.5, 13.0]) == 1 and decimals_of([1.234567]) == 4


def strings(shape: object) -> list[str]:
    """Every text of a drawing, also inside groups (the rotated axis title)."""
    if isinstance(shape, String):
        return [shape.text]
    return [t for child in getattr(shape, "contents", []) for t in strings(child)]


@pytest.fixture(scope="module")
def tensile_curve() -> ChartCurve:
    raw = tensile_raw()
    evaluation = evaluate(
        TensileInputs(shape="round", diameter_mm=10.0, gauge_length_mm=50.0), {}, raw.columns
    )
    assert evaluation.tensile is not None
    return ChartCurve("S01", evaluation.tensile)


def test_chart_draws_thinned_curves_markers_and_ticks(
    tensile_curve: ChartCurve,
) -> None:
    drawing = stress_strain_chart([tensile_curve, tensile_curve], lang="hu")
    lines = [s for s in drawing.contents if isinstance(s, PolyLine)]
    assert len(lines) == 2
    assert all(len(line.points) // 2 <= MAX_POINTS for line in lines)
    texts = strings(drawing)
    assert "Rp0.2" in texts and "Rm" in texts and texts.count("S01") == 2
    assert "Strain ε (%)" in texts and "Stress R (MPa)" in texts
    # Stress ticks every 100 MPa up to above Rm, strain ticks every 5 % past fracture.
    assert {"0", "100", "500", "600", "25"} <= set(texts)
    # Every point lies inside the drawing.
    for line in lines:
        xs, ys = line.points[0::2], line.points[1::2]
        assert min(xs) >= 0 and max(xs) <= drawing.width
        assert min(ys) >= 0 and max(ys) <= drawing.height


def test_chart_refuses_no_curve_or_too_many(tensile_curve: ChartCurve) -> None:
    with pytest.raises(ValueError, match="at least one"):
        stress_strain_chart([])
    with pytest.raises(ValueError, match="at most"):
        stress_strain_chart([tensile_curve] * (MAX_CURVES + 1))


def test_thinning_and_tick_steps() -> None:
    x = np.arange(100_000, dtype=float)
    tx, ty = thinned(x, x * 2, 500)
    assert len(tx) <= 500 and tx[0] == 0 and tx[-1] == 99_999 and np.all(ty == tx * 2)
    short = np.arange(10, dtype=float)
    assert thinned(short, short)[0] is short
    assert nice_step(600) == 100 and nice_step(30) == 5 and nice_step(0.7) == 0.2
    assert nice_step(0) == 1.0


def test_yield_point_curve_marks_reh_and_rel_and_its_caption_has_no_offset_line() -> None:
    from reportlab.graphics.shapes import Polygon

    raw = tensile_raw("S235_yield_point.TXT")
    evaluation = evaluate(
        TensileInputs(shape="round", diameter_mm=10.0, gauge_length_mm=50.0), {}, raw.columns
    )
    result = evaluation.tensile
    assert result is not None and result.yield_point
    drawing = stress_strain_chart([ChartCurve("S02", result)])
    texts = strings(drawing)
    assert {"ReH", "ReL", "Rm"} <= set(texts) and "Rp0.2" not in texts
    # One ▼ for ReL on the curve and one in the legend.
    assert len([s for s in drawing.contents if isinstance(s, Polygon)]) == 2

    with_yield_point = ReportedRecord(
        record=SimpleNamespace(  # type: ignore[arg-type]
            id=1, specimen_code="ITC-2026-0001-S02", job_reference="ITC-2026-0001"
        ),
        tensile=result,
    )
    story = tensile_charts([with_yield_point], "en")
    caption = story[-1].getPlainText()
    assert "(S02)" in caption and "Dashed" not in caption and "▼ ReL" in caption
