"""Charts of test results from the analysis dataclasses: hardness per indentation, Charpy
energies per specimen, X̄–R control charts and a capability histogram. Each draws its
reference lines (mean, limits) labelled with their values, exports as PNG or SVG and follows
the palette. Nothing here reads the database."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from itc_desktop.analysis.hardness import HardnessSeries, hardness_notation
from itc_desktop.analysis.impact import CharpySeries, charpy_acceptance
from itc_desktop.analysis.spc import Capability, XbarRChart
from itc_desktop.i18n import format_number
from itc_desktop.ui.widgets.plot_support import (
    LEFT_ABOVE,
    LEFT_BELOW,
    RIGHT_ABOVE,
    TOP_LEFT,
    TOP_RIGHT,
    ReferenceChart,
    alarm_color,
    checked_limits,
    decimals_for,
    integer_ticks,
    padded_range,
    series_colors,
)

_BAR_WIDTH = 0.6


class HardnessPlot(ReferenceChart):
    """`set_series(HardnessSeries, lower=None, upper=None)`: one point per indentation, the
    mean as a line, the specification limits as dashed lines; points outside the limits in the
    alarm colour (`alarm_points()`). Line keys: "mean", "lower", "upper"."""

    export_file_stem = "hardness"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._series: HardnessSeries | None = None
        self._limits: tuple[float | None, float | None] = (None, None)
        self._alarm: list[int] = []
        self.plot = self._new_plot_widget("hardnessPlot")
        self.plot.getPlotItem().setLabel("bottom", self.tr("Indentation"))
        self.install_view(self.plot)
        self.apply_palette()

    def plot_items(self) -> list[pg.PlotItem]:
        return [self.plot.getPlotItem()]

    def set_series(
        self, series: HardnessSeries, lower: float | None = None, upper: float | None = None
    ) -> None:
        checked_limits(lower, upper)
        self._series = series
        self._limits = (lower, upper)
        self._draw()

    def alarm_points(self) -> list[int]:
        """Indentations (0-based) outside the specification limits."""
        return list(self._alarm)

    def point_values(self) -> list[float]:
        return [] if self._series is None else list(self._series.values)

    def _draw(self) -> None:
        self._clear()
        self._alarm = []
        series = self._series
        if series is None:
            return
        plot = self.plot.getPlotItem()
        lower, upper = self._limits
        unit = f"{series.method} {series.condition}".strip()
        plot.setLabel("left", unit)
        values = list(series.values)
        self._alarm = [
            i
            for i, v in enumerate(values)
            if (lower is not None and v < lower) or (upper is not None and v > upper)
        ]
        color = series_colors(self.palette())[0]
        alarm = alarm_color(self.palette())
        xs = list(range(1, len(values) + 1))
        self._add(
            plot,
            pg.PlotDataItem(
                xs,
                values,
                pen=pg.mkPen(QColor(color).lighter(130), width=1),
                symbol="o",
                symbolSize=10,
                symbolPen=pg.mkPen(self.foreground(), width=1),
                symbolBrush=[
                    pg.mkBrush(alarm if i in self._alarm else color) for i in range(len(values))
                ],
            ),
        )
        self._line(
            plot,
            "mean",
            series.mean,
            self.tr("Mean {value}").format(
                value=hardness_notation(series.mean, series.method, series.condition)
            ),
            color=color,
        )
        for key, value, text, place in (
            ("lower", lower, self.tr("Lower limit {value}"), LEFT_BELOW),
            ("upper", upper, self.tr("Upper limit {value}"), LEFT_ABOVE),
        ):
            if value is not None:
                self._line(
                    plot,
                    key,
                    value,
                    text.format(value=hardness_notation(value, series.method, series.condition)),
                    color=alarm,
                    style=Qt.PenStyle.DashLine,
                    place=place,
                )
        integer_ticks(plot, [str(x) for x in xs])
        shown = values + [v for v in (lower, upper) if v is not None]
        plot.setYRange(*padded_range(shown, 0.2), padding=0)
        plot.setXRange(0.5, len(values) + 0.5, padding=0)


class CharpyPlot(ReferenceChart):
    """`set_series(CharpySeries, minimum_mean=None, labels=None)`: one bar per specimen with
    its energy above it, the lowest marked "(lowest)", values near the pendulum's capacity
    prefixed "≈"; the mean as a line and the required minimum mean dashed. Bars below the
    single-value minimum (70 % of the required mean) in the alarm colour. Line keys: "mean",
    "minimum"."""

    export_file_stem = "charpy"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._series: CharpySeries | None = None
        self._minimum: float | None = None
        self._labels: list[str] = []
        self._texts: list[pg.TextItem] = []
        self._alarm: list[int] = []
        self.plot = self._new_plot_widget("charpyPlot")
        self.plot.getPlotItem().setLabel("bottom", self.tr("Specimen"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=_BAR_WIDTH)
        self.plot.addItem(self.bars)
        self.install_view(self.plot)
        self.apply_palette()

    def plot_items(self) -> list[pg.PlotItem]:
        return [self.plot.getPlotItem()]

    def set_series(
        self,
        series: CharpySeries,
        minimum_mean: float | None = None,
        labels: Sequence[str] | None = None,
    ) -> None:
        if minimum_mean is not None and not (math.isfinite(minimum_mean) and minimum_mean > 0):
            raise ValueError("the minimum mean must be a positive number")
        if labels is not None and len(labels) != len(series.energies_J):
            raise ValueError("one label per specimen")
        self._series = series
        self._minimum = minimum_mean
        self._labels = (
            list(labels)
            if labels is not None
            else [str(i) for i in range(1, len(series.energies_J) + 1)]
        )
        self._draw()

    def bar_heights(self) -> list[float]:
        return [float(h) for h in self.bars.opts["height"]]

    def value_texts(self) -> list[str]:
        return [text.toPlainText() for text in self._texts]

    def alarm_bars(self) -> list[int]:
        return list(self._alarm)

    def _draw(self) -> None:
        self._clear()
        self._texts = []
        self._alarm = []
        plot = self.plot.getPlotItem()
        series = self._series
        if series is None:
            self.bars.setOpts(x=[], height=[], width=_BAR_WIDTH)
            return
        energies = list(series.energies_J)
        xs = list(range(1, len(energies) + 1))
        color = QColor(series_colors(self.palette())[0])
        alarm = QColor(alarm_color(self.palette()))
        if self._minimum is not None:
            single = charpy_acceptance(series, self._minimum).single_minimum_J
            self._alarm = [i for i, e in enumerate(energies) if e < single]
        brushes = [pg.mkBrush(alarm if i in self._alarm else color) for i in range(len(xs))]
        self.bars.setOpts(
            x=xs,
            height=energies,
            width=_BAR_WIDTH,
            brushes=brushes,
            pen=pg.mkPen(color.darker(130)),
        )
        lowest = energies.index(series.minimum_J)
        for index, (x, energy) in enumerate(zip(xs, energies, strict=True)):
            text = format_number(energy, 1)
            if index in series.flagged_indices:
                text = f"≈ {text}"
            if index == lowest and len(energies) > 1:
                text = self.tr("{value} (lowest)").format(value=text)
            item = pg.TextItem(text, color=self.foreground(), anchor=(0.5, 1.05))
            item.setPos(x, energy)
            self._add(plot, item, bounds=False)
            self._texts.append(item)
        self._line(
            plot,
            "mean",
            series.mean_J,
            self.tr("Mean {symbol} = {value} J").format(
                symbol=series.symbol, value=format_number(series.mean_J, 1)
            ),
            color=self.foreground(),
            place=LEFT_ABOVE,
        )
        if self._minimum is not None:
            self._line(
                plot,
                "minimum",
                self._minimum,
                self.tr("Required mean {value} J").format(value=f"{self._minimum:g}"),
                color=alarm,
                style=Qt.PenStyle.DashLine,
                place=LEFT_BELOW,
            )
        plot.setLabel("left", self.tr("{symbol} (J)").format(symbol=series.symbol))
        if series.temperature_C is not None:
            plot.setTitle(
                self.tr("{symbol} at {temperature} °C").format(
                    symbol=series.symbol, temperature=f"{series.temperature_C:g}"
                )
            )
            self.style_plot(plot)
        else:
            plot.setTitle(None)
        integer_ticks(plot, self._labels)
        top = max([*energies, self._minimum or 0.0])
        plot.setYRange(0, top * 1.2 if top > 0 else 1.0, padding=0)
        plot.setXRange(0.4, len(xs) + 0.6, padding=0)


class ControlChart(ReferenceChart):
    """`set_chart(XbarRChart, lower=None, upper=None)`: the X̄ chart above the R chart, each
    with its centre line and control limits, the specification limits (optional) on the X̄
    chart; subgroups outside a control limit are drawn in the alarm colour (`red_points()`).
    Line keys: "xbar_cl", "xbar_ucl", "xbar_lcl", "r_cl", "r_ucl", "r_lcl", "lower",
    "upper"."""

    export_file_stem = "control-chart"

    def __init__(self, parent: QWidget | None = None, *, unit: str = ""):
        super().__init__(parent)
        self.unit = unit
        self._chart: XbarRChart | None = None
        self._limits: tuple[float | None, float | None] = (None, None)
        self._red: dict[str, list[int]] = {"xbar": [], "r": []}
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("controlChart")
        self.graphics.setMinimumHeight(320)
        self.xbar_plot = self.graphics.addPlot(row=0, col=0)
        self.r_plot = self.graphics.addPlot(row=1, col=0)
        for plot in (self.xbar_plot, self.r_plot):
            self._prepare(plot)
            plot.getAxis("left").setWidth(60)  # both value axes equally wide: x̄ and R align
        self.r_plot.setXLink(self.xbar_plot)
        suffix = f" ({unit})" if unit else ""
        self.xbar_plot.setLabel("left", self.tr("X̄") + suffix)
        self.r_plot.setLabel("left", self.tr("R") + suffix)
        self.r_plot.setLabel("bottom", self.tr("Subgroup"))
        self.install_view(self.graphics)
        self.apply_palette()

    def plot_items(self) -> list[pg.PlotItem]:
        return [self.xbar_plot, self.r_plot]

    def set_chart(
        self, chart: XbarRChart, lower: float | None = None, upper: float | None = None
    ) -> None:
        checked_limits(lower, upper)
        self._chart = chart
        self._limits = (lower, upper)
        self._draw()

    def red_points(self) -> dict[str, list[int]]:
        """Subgroups (0-based) drawn in the alarm colour, per chart ("xbar", "r")."""
        return {key: list(value) for key, value in self._red.items()}

    def _draw(self) -> None:
        self._clear()
        self._red = {"xbar": [], "r": []}
        chart = self._chart
        if chart is None:
            return
        lower, upper = self._limits
        color = series_colors(self.palette())[0]
        alarm = alarm_color(self.palette())
        foreground = self.foreground()
        xs = list(range(1, len(chart.means) + 1))
        outside = set(chart.out_of_control)
        self._red["xbar"] = [
            i
            for i, m in enumerate(chart.means)
            if i in outside and not chart.xbar_lcl <= m <= chart.xbar_ucl
        ]
        self._red["r"] = [
            i
            for i, r in enumerate(chart.ranges)
            if i in outside and not chart.r_lcl <= r <= chart.r_ucl
        ]
        x_values = [*chart.means, chart.xbar_lcl, chart.xbar_ucl]
        x_values += [v for v in (lower, upper) if v is not None]
        x_decimals = decimals_for(max(x_values) - min(x_values), 6)
        r_decimals = decimals_for(max([*chart.ranges, chart.r_ucl]), 6)
        for plot, key, values in (
            (self.xbar_plot, "xbar", chart.means),
            (self.r_plot, "r", chart.ranges),
        ):
            red = set(self._red[key])
            self._add(
                plot,
                pg.PlotDataItem(
                    xs,
                    list(values),
                    pen=pg.mkPen(color, width=1.5),
                    symbol="o",
                    symbolSize=8,
                    symbolPen=[pg.mkPen(alarm if i in red else color) for i in range(len(xs))],
                    symbolBrush=[pg.mkBrush(alarm if i in red else color) for i in range(len(xs))],
                ),
            )

        def fmt(value: float, decimals: int) -> str:
            return f"{value:.{decimals}f}"

        below = (0.98, (1.0, 0.0))
        for plot, prefix, cl_name, cl, lcl, ucl, decimals, lcl_place in (
            (
                self.xbar_plot,
                "xbar",
                self.tr("x̿"),
                chart.grand_mean,
                chart.xbar_lcl,
                chart.xbar_ucl,
                x_decimals,
                below,
            ),
            (  # the R chart's LCL is often 0, on its bottom edge: its label goes above
                self.r_plot,
                "r",
                self.tr("R̄"),
                chart.mean_range,
                chart.r_lcl,
                chart.r_ucl,
                r_decimals,
                RIGHT_ABOVE,
            ),
        ):
            self._line(
                plot, f"{prefix}_cl", cl, f"{cl_name} = {fmt(cl, decimals)}", color=foreground
            )
            self._line(
                plot,
                f"{prefix}_ucl",
                ucl,
                self.tr("UCL = {value}").format(value=fmt(ucl, decimals)),
                color=alarm,
                style=Qt.PenStyle.DashLine,
            )
            self._line(
                plot,
                f"{prefix}_lcl",
                lcl,
                self.tr("LCL = {value}").format(value=fmt(lcl, decimals)),
                color=alarm,
                style=Qt.PenStyle.DashLine,
                place=lcl_place,
            )
        for key, value, text, place in (
            ("lower", lower, self.tr("LSL = {value}"), LEFT_BELOW),
            ("upper", upper, self.tr("USL = {value}"), LEFT_ABOVE),
        ):
            if value is not None:
                self._line(
                    self.xbar_plot,
                    key,
                    value,
                    text.format(value=fmt(value, x_decimals)),
                    color=foreground,
                    style=Qt.PenStyle.DotLine,
                    place=place,
                )
        integer_ticks(self.xbar_plot, [str(x) for x in xs])
        integer_ticks(self.r_plot, [str(x) for x in xs])
        self.xbar_plot.setYRange(*padded_range(x_values, 0.15), padding=0)
        self.r_plot.setYRange(0, max([*chart.ranges, chart.r_ucl]) * 1.2, padding=0)
        self.xbar_plot.setXRange(0.5, len(xs) + 0.5, padding=0)


class CapabilityHistogram(ReferenceChart):
    """`set_data(values, capability, lower=None, upper=None)`: histogram of the individual
    values, the normal curve of the process (x̄, σ̂ within subgroups), LSL/USL and the mean as
    vertical lines, and "Cp = 1.23  Cpk = 1.05" as the title (`capability_text()`). Line keys:
    "mean", "lower", "upper"."""

    export_file_stem = "capability"

    def __init__(self, parent: QWidget | None = None, *, unit: str = ""):
        super().__init__(parent)
        self.unit = unit
        self._values: list[float] = []
        self._capability: Capability | None = None
        self._limits: tuple[float | None, float | None] = (None, None)
        self._counts: list[int] = []
        self._edges: list[float] = []
        self.plot = self._new_plot_widget("capabilityHistogram")
        item = self.plot.getPlotItem()
        item.setLabel("left", self.tr("Count"))
        item.setLabel("bottom", self.tr("Value") + (f" ({unit})" if unit else ""))
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[])
        self.plot.addItem(self.bars)
        self.install_view(self.plot)
        self.apply_palette()

    def plot_items(self) -> list[pg.PlotItem]:
        return [self.plot.getPlotItem()]

    def set_data(
        self,
        values: Sequence[float],
        capability: Capability,
        lower: float | None = None,
        upper: float | None = None,
    ) -> None:
        numbers = [float(v) for v in values]
        if not numbers:
            raise ValueError("a histogram needs at least one value")
        if not all(math.isfinite(v) for v in numbers):
            raise ValueError("the values contain a missing or infinite number")
        if lower is None and upper is None:
            raise ValueError("capability needs a lower or an upper limit")
        checked_limits(lower, upper)
        self._values = numbers
        self._capability = capability
        self._limits = (lower, upper)
        self._draw()

    def capability_text(self) -> str:
        cap = self._capability
        if cap is None:
            return ""
        cpk = self.tr("Cpk = {value}").format(value=format_number(cap.Cpk, 2))
        if cap.Cp is None:
            return cpk
        return self.tr("Cp = {value}").format(value=format_number(cap.Cp, 2)) + "  " + cpk

    def bin_counts(self) -> list[int]:
        return list(self._counts)

    def bin_edges(self) -> list[float]:
        return list(self._edges)

    def _draw(self) -> None:
        self._clear()
        plot = self.plot.getPlotItem()
        cap = self._capability
        if cap is None:
            self.bars.setOpts(x0=[], x1=[], height=[])
            return
        values = self._values
        lower, upper = self._limits
        bins = max(5, min(30, math.ceil(math.sqrt(len(values)))))
        low, high = min(values), max(values)
        if high <= low:  # one repeated value: one bin around it
            spread = cap.sigma if cap.sigma > 0 else max(abs(low) * 0.01, 1e-6)
            low, high = low - spread / 2, high + spread / 2
        counts, edges = np.histogram(values, bins=bins, range=(low, high))
        self._counts = [int(c) for c in counts]
        self._edges = [float(e) for e in edges]
        color = QColor(series_colors(self.palette())[0])
        fill = QColor(color)
        fill.setAlpha(150)
        self.bars.setOpts(
            x0=edges[:-1],
            x1=edges[1:],
            height=counts,
            brush=pg.mkBrush(fill),
            pen=pg.mkPen(color.darker(120)),
        )
        shown = [low, high, cap.mean - 3.5 * cap.sigma, cap.mean + 3.5 * cap.sigma]
        shown += [v for v in (lower, upper) if v is not None]
        x_min, x_max = padded_range(shown, 0.05)
        decimals = decimals_for(x_max - x_min, 6)
        if cap.sigma > 0:
            grid = np.linspace(x_min, x_max, 200)
            width = float(edges[1] - edges[0])
            density = np.exp(-0.5 * ((grid - cap.mean) / cap.sigma) ** 2) / (
                cap.sigma * math.sqrt(2 * math.pi)
            )
            self._add(
                plot,
                pg.PlotDataItem(
                    grid,
                    density * len(values) * width,
                    pen=pg.mkPen(self.foreground(), width=1.5),
                ),
                bounds=False,
            )
        alarm = alarm_color(self.palette())
        self._line(
            plot,
            "mean",
            cap.mean,
            self.tr("x̄ = {value}").format(value=f"{cap.mean:.{decimals}f}"),
            color=self.foreground(),
            style=Qt.PenStyle.DotLine,
            vertical=True,
            place=(0.88, (0.0, 0.5)),
        )
        for key, value, text, place in (
            ("lower", lower, self.tr("LSL = {value}"), TOP_RIGHT),
            ("upper", upper, self.tr("USL = {value}"), TOP_LEFT),
        ):
            if value is not None:
                self._line(
                    plot,
                    key,
                    value,
                    text.format(value=f"{value:.{decimals}f}"),
                    color=alarm,
                    style=Qt.PenStyle.DashLine,
                    vertical=True,
                    place=place,
                )
        # The title is rich text: keep the two spaces between Cp and Cpk.
        plot.setTitle(html.escape(self.capability_text()).replace("  ", "&nbsp; "))
        self.style_plot(plot)
        top = max(int(counts.max()), 1)
        if cap.sigma > 0:
            peak = len(values) * float(edges[1] - edges[0]) / (cap.sigma * math.sqrt(2 * math.pi))
            top = max(top, peak)
        plot.setYRange(0, top * 1.15, padding=0)
        plot.setXRange(x_min, x_max, padding=0)
