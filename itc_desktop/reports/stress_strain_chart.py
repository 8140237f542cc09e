"""The stress–strain chart of a test report as vector graphics (reportlab): the evaluated
curves of one or more specimens, the Rp0.2 offset line, and Rp0.2 / ReH / ReL / Rm marked."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.lib.units import mm

from itc_desktop.analysis.tensile import TensileResult
from itc_desktop.i18n import _
from itc_desktop.reports.fonts import FONT
from itc_desktop.reports.template import CONTENT_WIDTH, format_number, vector_drawing

# Okabe & Ito's colour-blind-safe series (the same order as the app's plots on light paper).
SERIES = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")
MAX_CURVES = len(SERIES)  # more specimens go onto another chart
GRID = colors.Color(0.85, 0.86, 0.88)
AXIS = colors.Color(0.25, 0.27, 0.30)
# A printed curve needs no more points than a 600 dpi printer has dots across the plot.
MAX_POINTS = 900

# Marker shape per quantity (drawn in the curve's colour); the legend explains them.
MARKED = ("Rp0.2", "ReH", "ReL", "Rm")


@dataclass(frozen=True)
class ChartCurve:
    label: str  # short: the legend has one line for up to six curves ("S01")
    result: TensileResult


def nice_step(span: float, target_ticks: int = 6) -> float:
    """A tick step of 1, 2 or 5 × 10^n giving about `target_ticks` intervals."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / target_ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _decimals(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0


def thinned(x: np.ndarray, y: np.ndarray, limit: int = MAX_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """At most `limit` points, evenly spaced by index, the first and the last kept."""
    if len(x) <= limit:
        return x, y
    index = np.unique(np.linspace(0, len(x) - 1, limit).round().astype(int))
    return x[index], y[index]


def _marker(kind: str, x: float, y: float, color: colors.Color) -> list[object]:
    size = 2.6
    if kind == "Rm":
        return [Circle(x, y, size, fillColor=color, strokeColor=colors.white, strokeWidth=0.6)]
    if kind == "ReL":
        return [
            Polygon(
                [x - size, y + size, x + size, y + size, x, y - size],
                fillColor=color,
                strokeColor=colors.white,
                strokeWidth=0.6,
            )
        ]
    # Rp0.2 and ReH: a square (a material shows one or the other)
    return [
        Rect(
            x - size,
            y - size,
            2 * size,
            2 * size,
            fillColor=color,
            strokeColor=colors.white,
            strokeWidth=0.6,
        )
    ]


def stress_strain_chart(
    curves: Sequence[ChartCurve],
    *,
    lang: str = "en",
    width: float = CONTENT_WIDTH,
    height: float = 92 * mm,
) -> Drawing:
    """One chart of up to MAX_CURVES curves: strain in % across, stress in MPa up."""
    if not curves:
        raise ValueError("a stress–strain chart needs at least one curve")
    if len(curves) > MAX_CURVES:
        raise ValueError(f"at most {MAX_CURVES} curves on one chart")
    drawing = vector_drawing(width, height)
    left, bottom, right, top = 16 * mm, 11 * mm, 4 * mm, 9 * mm
    plot_w, plot_h = width - left - right, height - bottom - top

    x_max = max(float(np.max(c.result.strain)) * 100 for c in curves)
    y_max = max(float(np.max(c.result.stress)) for c in curves)
    x_step, y_step = nice_step(x_max * 1.03), nice_step(y_max * 1.08)
    x_top = math.ceil(x_max * 1.03 / x_step) * x_step
    y_top = math.ceil(y_max * 1.08 / y_step) * y_step

    def px(strain_pct: float) -> float:
        return left + min(max(strain_pct, 0.0), x_top) / x_top * plot_w

    def py(stress: float) -> float:
        return bottom + min(max(stress, 0.0), y_top) / y_top * plot_h

    drawing.add(
        Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=AXIS, strokeWidth=0.6)
    )
    for n in range(round(x_top / x_step) + 1):
        value = n * x_step
        x = px(value)
        if n > 0:
            drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=GRID, strokeWidth=0.3))
        drawing.add(
            String(
                x,
                bottom - 3.2 * mm,
                format_number(value, _decimals(x_step), lang),
                fontName=FONT,
                fontSize=6.5,
                textAnchor="middle",
            )
        )
    for n in range(round(y_top / y_step) + 1):
        value = n * y_step
        y = py(value)
        if n > 0:
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.3))
        drawing.add(
            String(
                left - 1.5 * mm,
                y - 2.2,
                format_number(value, _decimals(y_step), lang),
                fontName=FONT,
                fontSize=6.5,
                textAnchor="end",
            )
        )
    drawing.add(
        String(
            left + plot_w / 2,
            1.5 * mm,
            _("Strain ε (%)"),
            fontName=FONT,
            fontSize=7.5,
            textAnchor="middle",
        )
    )
    axis_title = String(0, 0, _("Stress R (MPa)"), fontName=FONT, fontSize=7.5, textAnchor="middle")
    rotated = Group(axis_title)
    rotated.transform = (0, 1, -1, 0, 3 * mm, bottom + plot_h / 2)
    drawing.add(rotated)

    for number, curve in enumerate(curves):
        color = colors.HexColor(SERIES[number])
        result = curve.result
        xs, ys = thinned(result.strain * 100.0, result.stress)
        # px and py over the whole curve at once (the same arithmetic, in numpy).
        points = np.column_stack(
            (
                left + np.clip(xs, 0.0, x_top) / x_top * plot_w,
                bottom + np.clip(ys, 0.0, y_top) / y_top * plot_h,
            )
        ).ravel()
        drawing.add(PolyLine(points.tolist(), strokeColor=color, strokeWidth=0.9, strokeLineJoin=1))
        if result.Rp02_MPa is not None and not result.yield_point:
            (x0, y0), (x1, y1) = result.offset_line(up_to_MPa=result.Rp02_MPa * 1.08)
            drawing.add(
                Line(
                    px(x0 * 100),
                    py(y0),
                    px(x1 * 100),
                    py(y1),
                    strokeColor=color,
                    strokeWidth=0.5,
                    strokeDashArray=[2, 2],
                )
            )
        for kind, (strain, stress) in result.markers().items():
            if kind in MARKED:
                for shape in _marker(kind, px(strain * 100), py(stress), color):
                    drawing.add(shape)

    _legend(drawing, curves, left, height - top + 2.5 * mm, plot_w)
    return drawing


def _legend(
    drawing: Drawing, curves: Sequence[ChartCurve], x: float, y: float, width: float
) -> None:
    """One line above the plot: the specimens by colour, then what each marker means."""
    del width  # the labels are short by contract (ChartCurve.label)
    cursor = x
    for number, curve in enumerate(curves):
        color = colors.HexColor(SERIES[number])
        drawing.add(Line(cursor, y + 2, cursor + 5 * mm, y + 2, strokeColor=color, strokeWidth=1.2))
        text = String(cursor + 6 * mm, y, curve.label, fontName=FONT, fontSize=6.5)
        drawing.add(text)
        cursor += 6 * mm + text.getEast() - text.x + 3 * mm
    kinds = [k for k in MARKED if any(k in c.result.markers() for c in curves)]
    for kind in kinds:
        for shape in _marker(kind, cursor + 2, y + 2, AXIS):
            drawing.add(shape)
        text = String(cursor + 6, y, kind, fontName=FONT, fontSize=6.5)
        drawing.add(text)
        cursor += 6 + text.getEast() - text.x + 3 * mm
