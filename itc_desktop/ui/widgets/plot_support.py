"""What every pyqtgraph chart of the application shares: PNG/SVG export with its context menu,
colours that follow the application palette, the colour-blind-safe series palette (Okabe &
Ito), and the base of the result charts with labelled reference lines."""

from __future__ import annotations

import errno
import math
from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QColor, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

# Okabe & Ito's colour-blind-safe palette, ordered for contrast on a light and a dark
# background (black and yellow vanish on one of them, so each order leaves one out).
SERIES_ON_LIGHT = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")
SERIES_ON_DARK = ("#56b4e9", "#e69f00", "#009e73", "#cc79a7", "#f0e442", "#d55e00")
# Out of control, out of specification: the palette's vermillion, distinct for every viewer.
ALARM = "#d55e00"
ALARM_ON_DARK = "#ff7f2a"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def series_colors(palette: QPalette) -> tuple[str, ...]:
    return SERIES_ON_DARK if is_dark(palette) else SERIES_ON_LIGHT


def alarm_color(palette: QPalette) -> str:
    return ALARM_ON_DARK if is_dark(palette) else ALARM


def decimals_for(span: float, finest: int) -> int:
    """Enough decimals to resolve a 200th of a range `span` wide: 1 for 30, 2 for 3."""
    if not math.isfinite(span) or span <= 0:
        return finest
    return max(0, min(finest, math.ceil(-math.log10(span / 200.0))))


def export_view(view: pg.GraphicsView, path: str | Path, title: str = "chart") -> Path:
    """Writes what `view` shows to `path`; the suffix (.png or .svg) chooses the format.

    PNG through pyqtgraph's ImageExporter; SVG through Qt's SVG generator, because
    pyqtgraph's SVGExporter fails on the SVG this Qt version writes. A file that cannot be
    written raises OSError naming it."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"cannot export a chart as {suffix or 'a file without a suffix'}")
    with target.open("wb"):  # an unwritable place raises OSError with the reason here
        pass
    if suffix == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(view.size())
        generator.setViewBox(view.rect())
        generator.setTitle(title or "chart")
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(errno.EIO, "cannot write the file", str(target))
        try:
            view.render(painter)
        finally:
            painter.end()
    else:
        image = exporters.ImageExporter(view.scene()).export(toBytes=True)
        if not image.save(str(target), "PNG"):
            raise OSError(errno.EIO, "cannot write the file", str(target))
    return target


class ChartWidget(QWidget):
    """A widget around one pyqtgraph view (`self.view`, set with `install_view`): its context
    menu offers "Export as PNG…" and "Export as SVG…", `export(path)` writes either, and
    `apply_palette()` runs again whenever the palette changes."""

    export_file_stem = "chart"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: pg.GraphicsView | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.export_png_action = QAction(self.tr("Export as &PNG…"), self)
        self.export_png_action.triggered.connect(lambda: self.on_export("png"))
        self.export_svg_action = QAction(self.tr("Export as &SVG…"), self)
        self.export_svg_action.triggered.connect(lambda: self.on_export("svg"))

    def install_view(self, view: pg.GraphicsView, *, extra_actions: tuple[QAction, ...] = ()):
        """Puts `view` in the layout with the context menu: `extra_actions`, then export."""
        self.view = view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in extra_actions:
            view.addAction(action)
        if extra_actions:
            separator = QAction(self)
            separator.setSeparator(True)
            view.addAction(separator)
        view.addAction(self.export_png_action)
        view.addAction(self.export_svg_action)
        self.layout_.addWidget(view, 1)

    def context_actions(self) -> list[QAction]:
        assert self.view is not None
        return [a for a in self.view.actions() if not a.isSeparator()]

    # -- look ------------------------------------------------------------------------------

    def foreground(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def style_plot(self, plot: pg.PlotItem) -> None:
        """Axis lines, tick labels and title in the palette's text colour."""
        foreground = self.foreground()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
            if axis.label is not None:
                axis.label.setDefaultTextColor(foreground)
        plot.titleLabel.setAttr("color", foreground)
        if plot.titleLabel.text:
            plot.titleLabel.setText(plot.titleLabel.text)

    def apply_palette(self) -> None:
        """Background of the view; subclasses colour their items and call this first."""
        if self.view is not None:
            self.view.setBackground(self.palette().color(QPalette.ColorRole.Base))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.view is not None:
            self.apply_palette()

    # -- export ----------------------------------------------------------------------------

    def export_title(self) -> str:
        return self.export_file_stem

    def export(self, path: str | Path) -> Path:
        """Writes the chart to `path`; the suffix (.png or .svg) chooses the format."""
        assert self.view is not None
        return export_view(self.view, path, self.export_title())

    @Slot()
    def on_export(self, kind: str) -> None:
        title = self.tr("Export the chart")
        if kind == "svg":
            name, _filter = QFileDialog.getSaveFileName(
                self, title, f"{self.export_file_stem}.svg", self.tr("SVG image (*.svg)")
            )
            suffix = ".svg"
        else:
            name, _filter = QFileDialog.getSaveFileName(
                self, title, f"{self.export_file_stem}.png", self.tr("PNG image (*.png)")
            )
            suffix = ".png"
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        try:
            self.export(path)
        except OSError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                title,
                self.tr("Cannot write {path}: {reason}").format(
                    path=error.filename or path, reason=error.strerror
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.exec()


# Where a reference line's label sits: (position along the line, text anchor). Right end above
# the line for centre lines, left end for limits, so labels of close lines do not collide.
RIGHT_ABOVE = (0.98, (1.0, 1.0))
LEFT_ABOVE = (0.02, (0.0, 1.0))
LEFT_BELOW = (0.02, (0.0, 0.0))
TOP_RIGHT = (0.96, (0.0, 0.5))  # vertical lines: near the top, text to the right…
TOP_LEFT = (0.96, (1.0, 0.5))  # …or to the left (inside the view for an upper limit)


def checked_limits(lower: float | None, upper: float | None) -> None:
    for value in (lower, upper):
        if value is not None and not math.isfinite(value):
            raise ValueError("a limit must be a finite number")
    if lower is not None and upper is not None and lower >= upper:
        raise ValueError("the lower limit must be below the upper limit")


def padded_range(values: Sequence[float], fraction: float = 0.12) -> tuple[float, float]:
    low, high = min(values), max(values)
    spread = high - low if high > low else max(abs(high), 1.0) * 0.1
    return low - fraction * spread, high + fraction * spread


class ReferenceChart(ChartWidget):
    """Shared by the result charts: plot items styled like the rest of the application, mouse
    off (they are read, not explored), labelled reference lines (`line_values()`,
    `line_labels()`) and a `_draw()` that each chart implements from its stored input."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._lines: dict[str, pg.InfiniteLine] = {}
        self._items: list[tuple[pg.PlotItem, pg.GraphicsObject]] = []

    def _new_plot_widget(self, name: str) -> pg.PlotWidget:
        widget = pg.PlotWidget()
        widget.setObjectName(name)
        widget.setMinimumHeight(180)
        self._prepare(widget.getPlotItem())
        return widget

    @staticmethod
    def _prepare(plot: pg.PlotItem) -> None:
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            # The unit is in the label; "(x0.001)" appended by pyqtgraph would confuse it.
            plot.getAxis(name).enableAutoSIPrefix(False)

    def plot_items(self) -> list[pg.PlotItem]:
        raise NotImplementedError

    def _clear(self) -> None:
        for plot, item in self._items:
            plot.removeItem(item)
        self._items = []
        self._lines = {}

    def _add(self, plot: pg.PlotItem, item: pg.GraphicsObject, *, bounds: bool = True) -> None:
        plot.addItem(item, ignoreBounds=not bounds)
        self._items.append((plot, item))

    def _line(
        self,
        plot: pg.PlotItem,
        key: str,
        value: float,
        label: str,
        *,
        color: QColor | str,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
        place: tuple[float, tuple[float, float]] = RIGHT_ABOVE,
        vertical: bool = False,
    ) -> pg.InfiniteLine:
        base = QColor(self.palette().color(QPalette.ColorRole.Base))
        base.setAlpha(200)
        position, anchor = place
        line = pg.InfiniteLine(
            pos=value,
            angle=90 if vertical else 0,
            movable=False,
            pen=pg.mkPen(color, width=1.5, style=style),
            label=label,
            labelOpts={
                "position": position,
                "anchors": [anchor, anchor],
                "color": self.foreground(),
                "fill": pg.mkBrush(base),
            },
        )
        line.setZValue(8)
        self._add(plot, line, bounds=False)
        self._lines[key] = line
        return line

    def line_values(self) -> dict[str, float]:
        """The reference lines drawn, by key, at their value on the value axis."""
        return {key: float(line.value()) for key, line in self._lines.items()}

    def line_labels(self) -> dict[str, str]:
        return {key: line.label.toPlainText() for key, line in self._lines.items()}

    def _draw(self) -> None:
        raise NotImplementedError

    def apply_palette(self) -> None:
        super().apply_palette()
        for plot in self.plot_items():
            self.style_plot(plot)
        self._draw()


def integer_ticks(plot: pg.PlotItem, labels: Sequence[str]) -> None:
    plot.getAxis("bottom").setTicks([[(i + 1, text) for i, text in enumerate(labels)]])
