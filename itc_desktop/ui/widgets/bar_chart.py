"""A bar chart (pyqtgraph): one bar per category, the category names under the bars, each
value written above its bar and in the tooltip of the bar under the mouse; colours follow the
application palette. The context menu exports the chart as PNG or SVG (`ChartWidget`)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from itc_desktop.ui.widgets.plot_support import ChartWidget

_BAR_WIDTH = 0.7


def format_value(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}"


class BarChart(ChartWidget):
    """`set_data(labels, values)`; `labels()`, `values()` and `value_texts()` say what is
    drawn; `export(path)` writes a .png or .svg file."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        unit: str = "",
        decimals: int = 1,
        title: str = "",
    ):
        super().__init__(parent)
        self.unit = unit
        self.decimals = decimals
        self._labels: list[str] = []
        self._values: list[float] = []
        self._texts: list[pg.TextItem] = []

        self.plot = pg.PlotWidget()
        self.plot.setObjectName("barChartPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMinimumHeight(160)
        if title:
            self.plot.setTitle(title)
        self.bars = pg.BarGraphItem(x=[], height=[], width=_BAR_WIDTH)
        self.plot.addItem(self.bars)
        self.plot.scene().sigMouseMoved.connect(self.on_mouse_moved)
        self.install_view(self.plot)
        self.apply_palette()

    # -- data ------------------------------------------------------------------------------

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        if len(labels) != len(values):
            raise ValueError("one label per value")
        self._labels = list(labels)
        self._values = [float(v) for v in values]
        xs = list(range(len(self._values)))
        self.bars.setOpts(x=xs, height=self._values, width=_BAR_WIDTH)
        for item in self._texts:
            self.plot.removeItem(item)
        self._texts = []
        foreground = self.palette().color(QPalette.ColorRole.WindowText)
        for x, value in zip(xs, self._values, strict=True):
            label = format_value(value, self.decimals)
            text = pg.TextItem(label, color=foreground, anchor=(0.5, 1))
            text.setPos(x, value)
            self.plot.addItem(text)
            self._texts.append(text)
        self.plot.getAxis("bottom").setTicks([list(enumerate(self._labels))])
        top = max(self._values, default=0.0)
        self.plot.setYRange(0, top * 1.18 if top > 0 else 1.0, padding=0)
        self.plot.setXRange(-0.6, max(len(xs) - 0.4, 0.4), padding=0)

    def labels(self) -> list[str]:
        return list(self._labels)

    def values(self) -> list[float]:
        return list(self._values)

    def bar_count(self) -> int:
        return len(self.bars.opts["height"])

    def value_texts(self) -> list[str]:
        return [item.toPlainText() for item in self._texts]

    def describe(self, index: int) -> str:
        value = format_value(self._values[index], self.decimals)
        unit = f" {self.unit}" if self.unit else ""
        return f"{self._labels[index]}: {value}{unit}"

    # -- look ------------------------------------------------------------------------------

    def apply_palette(self) -> None:
        super().apply_palette()
        foreground = self.foreground()
        bar = self.palette().color(QPalette.ColorRole.Highlight)
        self.style_plot(self.plot.getPlotItem())
        self.bars.setOpts(brush=pg.mkBrush(bar), pen=pg.mkPen(QColor(bar).darker(130)))
        for item in self._texts:
            item.setColor(foreground)

    # -- hover -----------------------------------------------------------------------------

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The bar under a scene position, if any."""
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        index = round(point.x())
        if not 0 <= index < len(self._values):
            return None
        if abs(point.x() - index) > _BAR_WIDTH / 2 or not 0 <= point.y() <= max(
            self._values[index], 0
        ):
            return None
        return index

    @Slot(object)
    def on_mouse_moved(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        if index is None:
            QToolTip.hideText()
            self.plot.setToolTip("")
            return
        text = self.describe(index)
        self.plot.setToolTip(text)
        global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, text, self.plot)

    def export_title(self) -> str:
        return self.plot.getPlotItem().titleLabel.text or "chart"
