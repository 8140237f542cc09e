"""Stress–strain curves of tensile specimens (ISO 6892-1) overlaid with a legend; the selected
curve shows its modulus line, the 0.2 % offset line and the characteristic points; a crosshair
reads stress and strain under the mouse. Long records stay fluid: the curves are downsampled
(peak-preserving) to the screen's resolution and clipped to the visible range, computed once
per view change, long curves are drawn without antialiasing, and the grid is painted in opaque
colours under the curves (issue 11: a 1 M-point curve paints its first image in < 50 ms and
redraws a pan or zoom in < 20 ms)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

from itc_desktop.analysis.tensile import TensileResult, round_strength
from itc_desktop.ui.widgets.plot_support import ChartWidget, decimals_for, series_colors

# Which characteristic points are marked, and where each label sits relative to its point
# (pyqtgraph anchor: (0, 0) puts the text's top-left corner on the point, i.e. below right).
_MARKER_ANCHORS: dict[str, tuple[float, float]] = {
    "ReH": (-0.08, 1.15),  # above: ReL sits just below and to the right
    "ReL": (-0.08, -0.2),
    "Rp0.2": (-0.08, -0.2),  # below right: under the curve, right of the elastic line
    "Rm": (0.5, 1.25),  # centred above the maximum
}
_LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
# Above this many points a curve is drawn aliased: peak downsampling turns it into a dense
# min/max zigzag, which antialiasing makes several times slower to paint for no visible gain.
ANTIALIAS_MAX_POINTS = 20_000


class GridAxis(pg.AxisItem):
    """An axis whose grid lines (and ticks) are painted in opaque colours: pyqtgraph's
    translucent tick pens mixed with the plot's background beforehand. Qt's raster engine
    blends a translucent line pixel by pixel, ~15 times slower than it fills an opaque one:
    the three levels of grid lines took ~5 ms per axis on every repaint, most of a pan's
    redraw. The plot puts its axes under the view box, so the curves, the fit lines, the
    markers and the legend are drawn over the grid rather than under it."""

    def __init__(self, orientation: str):
        super().__init__(orientation)
        self._background = QColor(Qt.GlobalColor.white)

    def set_background(self, color: QColor) -> None:
        """The colour the grid is drawn on (the plot's background)."""
        self._background = QColor(color)
        self.picture = None  # pyqtgraph's cached drawing of the axis
        self.update()

    def opaque_pen(self, pen: QPen) -> QPen:
        """`pen` with its colour mixed over the background at the colour's alpha."""
        color = pen.color()
        if color.alpha() == 255:
            return pen
        alpha, back = color.alphaF(), self._background
        opaque = QPen(pen)
        opaque.setColor(
            QColor.fromRgbF(
                color.redF() * alpha + back.redF() * (1 - alpha),
                color.greenF() * alpha + back.greenF() * (1 - alpha),
                color.blueF() * alpha + back.blueF() * (1 - alpha),
            )
        )
        return opaque

    def generateDrawSpecs(self, p: QPainter) -> tuple | None:
        """pyqtgraph's axis line, ticks and labels, with the ticks' pens made opaque."""
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis_spec, tick_specs, text_specs = specs
        opaque: dict[int, QPen] = {}  # pyqtgraph shares one pen among the ticks of a level
        ticks = []
        for pen, start, stop in tick_specs:
            if id(pen) not in opaque:
                opaque[id(pen)] = self.opaque_pen(pen)
            ticks.append((opaque[id(pen)], start, stop))
        return axis_spec, ticks, text_specs


@dataclass
class _Curve:
    label: str
    result: TensileResult
    item: pg.PlotDataItem


def marked_points(result: TensileResult) -> dict[str, tuple[float, float]]:
    """The points a plot marks, strain in %: ReH and ReL for discontinuous yielding, else
    Rp0.2; and Rm."""
    names = ("ReH", "ReL") if result.yield_point else ("Rp0.2",)
    points = result.markers()
    return {
        name: (points[name][0] * 100.0, points[name][1])
        for name in (*names, "Rm")
        if name in points
    }


class StressStrainPlot(ChartWidget):
    """`set_curves([(label, TensileResult), ...], selected=0)` draws the curves (strain in %,
    stress in MPa); `select_curve(index)` (or a click on a curve) moves the fit lines and
    markers to another curve and emits `curve_selected(index)`. For inspection:
    `curve_labels()`, `marker_labels()`, `marker_points()`, `fit_lines()`, `readout_text()`,
    `readout_at(strain_pct, stress_MPa)`. Mouse: drag pans, the wheel zooms, "Show all" in the
    context menu resets the view."""

    export_file_stem = "stress-strain"
    curve_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._curves: list[_Curve] = []
        self._selected: int | None = None
        self._overlay: list[pg.GraphicsObject] = []
        self._marker_texts: list[pg.TextItem] = []
        self._marker_points: dict[str, tuple[float, float]] = {}
        self._fit_lines: dict[str, tuple[tuple[float, float], tuple[float, float]]] = {}

        self.axes = {name: GridAxis(name) for name in ("left", "bottom")}
        self.plot = pg.PlotWidget(axisItems=self.axes)
        self.plot.setObjectName("stressStrainPlot")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMinimumHeight(220)
        item = self.plot.getPlotItem()
        for axis in self.axes.values():
            axis.setZValue(-200)  # under the view box (-100): the curves cover the grid
        # The plot item's defaults, which it imposes on every curve it adds (setting them on
        # the curve instead would compute the display data once more for each setting).
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.setLabel("bottom", self.tr("Strain ε (%)"))
        item.setLabel("left", self.tr("Stress σ (MPa)"))
        self.legend = item.addLegend(offset=(-10, -40))
        self.v_line = pg.InfiniteLine(angle=90, movable=False)
        self.h_line = pg.InfiniteLine(angle=0, movable=False)
        for line in (self.v_line, self.h_line):
            line.setZValue(20)
            line.hide()
            item.addItem(line, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self.on_mouse_moved)

        self.show_all_action = QAction(self.tr("Show &all"), self)
        self.show_all_action.triggered.connect(self.on_show_all)
        self.install_view(self.plot, extra_actions=(self.show_all_action,))

        self.readout = QLabel()
        self.readout.setObjectName("stressStrainReadout")
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.readout.setMinimumHeight(self.readout.fontMetrics().height() + 4)
        self.readout.setContentsMargins(0, 0, 8, 0)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.readout)
        self.apply_palette()

    # -- data ------------------------------------------------------------------------------

    def set_curves(
        self, curves: Sequence[tuple[str, TensileResult]], selected: int | None = 0
    ) -> None:
        """Replaces the curves; `selected` (default the first) gets the fit lines and markers."""
        for curve in self._curves:
            self.plot.removeItem(curve.item)
        self.legend.clear()
        self._curves = []
        # The view range first: each curve is then clipped and downsampled once, when added.
        self._show_all([result for _label, result in curves])
        for label, result in curves:
            item = pg.PlotDataItem(
                name=label,
                antialias=result.strain.size <= ANTIALIAS_MAX_POINTS,
                autoDownsample=True,
                downsampleMethod="peak",
                clipToView=True,
                skipFiniteCheck=True,  # the analysis refuses non-finite curves
            )
            # The data only once the item is in the view box: while pyqtgraph adds it to the
            # scene it would ask the plot widget instead of the view box for the view range.
            self.plot.addItem(item)
            item.setData(result.strain * 100.0, result.stress)
            item.setCurveClickable(True, width=8)
            item.sigClicked.connect(self.on_curve_clicked)
            self._curves.append(_Curve(label, result, item))
        if selected is not None and not 0 <= selected < len(self._curves):
            selected = 0 if self._curves else None
        self._selected = selected
        self._restyle()

    def select_curve(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self._curves):
            raise IndexError(f"no curve {index}")
        if index == self._selected:
            return
        self._selected = index
        self._restyle()
        if index is not None:
            self.curve_selected.emit(index)

    def selected_index(self) -> int | None:
        return self._selected

    def curve_items(self) -> list[pg.PlotDataItem]:
        return [curve.item for curve in self._curves]

    def curve_labels(self) -> list[str]:
        """The legend's entries, in drawing order."""
        return [label.text for _sample, label in self.legend.items]

    def marker_labels(self) -> list[str]:
        return [text.toPlainText() for text in self._marker_texts]

    def marker_points(self) -> dict[str, tuple[float, float]]:
        """Marked points of the selected curve: name → (strain %, stress MPa)."""
        return dict(self._marker_points)

    def fit_lines(self) -> dict[str, tuple[tuple[float, float], tuple[float, float]]]:
        """ "E" and "offset" lines of the selected curve as drawn: two (strain %, MPa) points."""
        return dict(self._fit_lines)

    # -- drawing ---------------------------------------------------------------------------

    def _curve_pen(self, index: int) -> QColor:
        colors = series_colors(self.palette())
        return QColor(colors[index % len(colors)])

    def _restyle(self) -> None:
        """Pens of the curves (the selected one wider and on top) and the selected curve's
        fit lines and markers."""
        colors = series_colors(self.palette())
        for index, curve in enumerate(self._curves):
            style = _LINE_STYLES[(index // len(colors)) % len(_LINE_STYLES)]
            chosen = index == self._selected
            pen = pg.mkPen(self._curve_pen(index), width=2.4 if chosen else 1.4, style=style)
            curve.item.setPen(pen)
            curve.item.setZValue(10 if chosen else 5)
        for overlay in self._overlay:
            self.plot.removeItem(overlay)
        self._overlay = []
        self._marker_texts = []
        self._marker_points = {}
        self._fit_lines = {}
        if self._selected is None:
            return
        self._draw_overlay(self._curves[self._selected].result, self._curve_pen(self._selected))

    def _add_overlay(self, item: pg.GraphicsObject) -> None:
        self.plot.addItem(item, ignoreBounds=True)
        self._overlay.append(item)

    def _draw_overlay(self, result: TensileResult, color: QColor) -> None:
        foreground = self.foreground()
        base = QColor(self.palette().color(QPalette.ColorRole.Base))
        base.setAlpha(215)
        for key, points, style in (
            ("E", result.e_line(), Qt.PenStyle.DotLine),
            ("offset", result.offset_line(), Qt.PenStyle.DashLine),
        ):
            (x0, y0), (x1, y1) = points
            drawn = ((x0 * 100.0, y0), (x1 * 100.0, y1))
            self._fit_lines[key] = drawn
            line = pg.PlotDataItem(
                [drawn[0][0], drawn[1][0]],
                [drawn[0][1], drawn[1][1]],
                pen=pg.mkPen(foreground, width=1.2, style=style),
            )
            line.setZValue(12)
            self._add_overlay(line)

        self._marker_points = marked_points(result)
        if not self._marker_points:
            return
        xs = [x for x, _y in self._marker_points.values()]
        ys = [y for _x, y in self._marker_points.values()]
        symbols = pg.ScatterPlotItem(
            xs,
            ys,
            symbol="o",
            size=9,
            pen=pg.mkPen(foreground, width=1.2),
            brush=pg.mkBrush(color),
        )
        symbols.setZValue(15)
        self._add_overlay(symbols)
        for name, (x, y) in self._marker_points.items():
            text = pg.TextItem(
                self.tr("{name} = {value} MPa").format(name=name, value=round_strength(y)),
                color=foreground,
                anchor=_MARKER_ANCHORS[name],
                fill=pg.mkBrush(base),
            )
            text.setPos(x, y)
            # Under the curves (5, 10): a label's box hid the part of a curve it sat on (the
            # rise after the yield plateau, under "ReH = … MPa"); the curve may cross a label.
            text.setZValue(4)
            self._add_overlay(text)
            self._marker_texts.append(text)

    def apply_palette(self) -> None:
        super().apply_palette()
        for axis in self.axes.values():
            axis.set_background(self.palette().color(QPalette.ColorRole.Base))
        self.style_plot(self.plot.getPlotItem())
        foreground = self.foreground()
        self.legend.setLabelTextColor(foreground)
        for _sample, label in self.legend.items:
            label.setText(label.text)  # setAttr alone does not redraw the text
        base = QColor(self.palette().color(QPalette.ColorRole.Base))
        base.setAlpha(200)
        self.legend.setBrush(pg.mkBrush(base))
        frame = QColor(foreground)
        frame.setAlpha(90)
        self.legend.setPen(pg.mkPen(frame))
        for line in (self.v_line, self.h_line):
            line.setPen(pg.mkPen(foreground, width=1, style=Qt.PenStyle.DashLine))
        self._restyle()

    # -- interaction -----------------------------------------------------------------------

    @Slot()
    def on_show_all(self) -> None:
        self._show_all([curve.result for curve in self._curves])

    def _show_all(self, results: Sequence[TensileResult]) -> None:
        """Every curve in view with room above for the labels. A fixed range rather than
        pyqtgraph's auto range: curves are clipped to the view only when it is fixed. Both
        axes in one step: each range change recomputes the curves' display data."""
        if not results:
            self.plot.getPlotItem().enableAutoRange()
            return
        x_max = max(float(result.strain.max()) for result in results) * 100.0
        y_max = max(float(result.stress.max()) for result in results)
        x_min = min(0.0, min(float(result.strain.min()) for result in results) * 100)
        # A margin below zero keeps the curve off the axes and the "0" ticks labelled.
        self.plot.setRange(
            xRange=(x_min - 0.02 * x_max, x_max * 1.03),
            yRange=(-0.03 * y_max, y_max * 1.12),
            padding=0,
        )

    @Slot(object)
    def on_curve_clicked(self, item: pg.PlotDataItem) -> None:
        for index, curve in enumerate(self._curves):
            if curve.item is item:
                self.select_curve(index)
                return

    def readout_at(self, strain_pct: float, stress_MPa: float) -> str:
        """ "ε = 12.3 %  σ = 456 MPa" with as many decimals as the current zoom resolves."""
        (x0, x1), (y0, y1) = self.plot.getPlotItem().vb.viewRange()
        strain = f"{strain_pct:.{decimals_for(x1 - x0, 4)}f}"
        stress = f"{stress_MPa:.{decimals_for(y1 - y0, 2)}f}"
        return self.tr("ε = {strain} %  σ = {stress} MPa").format(strain=strain, stress=stress)

    def readout_text(self) -> str:
        return self.readout.text()

    def crosshair_position(self) -> tuple[float, float] | None:
        if not self.v_line.isVisible():
            return None
        return float(self.v_line.value()), float(self.h_line.value())

    @Slot(object)
    def on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if not self._curves or not view.sceneBoundingRect().contains(scene_pos):
            self.v_line.hide()
            self.h_line.hide()
            self.readout.setText("")
            return
        point = view.mapSceneToView(scene_pos)
        self.v_line.setPos(point.x())
        self.h_line.setPos(point.y())
        self.v_line.show()
        self.h_line.show()
        self.readout.setText(self.readout_at(point.x(), point.y()))
