"""The result plots: stress–strain overlay of real sample records (legend, fit lines, markers,
crosshair readout, large curves), hardness, Charpy, X̄–R and capability charts from small
hand-made series, and PNG/SVG export of every one."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPicture
from PySide6.QtWidgets import QFileDialog, QMessageBox

from itc_desktop.analysis.hardness import rockwell_series, vickers_series
from itc_desktop.analysis.impact import charpy_series
from itc_desktop.analysis.spc import capability, xbar_r_chart
from itc_desktop.analysis.tensile import (
    TensileResult,
    analyze_tensile,
    round_strength,
    specimen_geometry,
)
from itc_desktop.importers.tensile_files import read_tensile_file
from itc_desktop.ui.widgets import plot_support
from itc_desktop.ui.widgets.plot_support import (
    SERIES_ON_DARK,
    SERIES_ON_LIGHT,
    ChartWidget,
    decimals_for,
)
from itc_desktop.ui.widgets.result_plots import (
    CapabilityHistogram,
    CharpyPlot,
    ControlChart,
    HardnessPlot,
)
from itc_desktop.ui.widgets.stress_strain_plot import StressStrainPlot

DATA = Path(__file__).resolve().parents[1] / "data" / "tensile"
EXPECTED: dict[str, dict] = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
_RESULTS: dict[str, TensileResult] = {}


def sample_result(name: str) -> TensileResult:
    """A real TensileResult from a sample file (the specimen from expected.json where the
    file's metadata lacks the cross-section)."""
    if name not in _RESULTS:
        record = read_tensile_file(DATA / name)
        specimen = record.dimensions.specimen()
        if specimen is None:
            entry = EXPECTED[name]
            if entry["shape"] == "round":
                specimen = specimen_geometry(
                    diameter=entry["diameter"], gauge_length=entry["L0_mm"]
                )
            else:
                specimen = specimen_geometry(
                    width=entry["width"], thickness=entry["thickness"], gauge_length=entry["L0_mm"]
                )
        strain, stress, _specimen = record.curve(specimen)
        _RESULTS[name] = analyze_tensile(strain, stress, specimen=specimen)
    return _RESULTS[name]


def _shown(qtbot, widget: ChartWidget) -> ChartWidget:
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _dark(widget: ChartWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    widget.setPalette(palette)


def _overlay(qtbot) -> StressStrainPlot:
    plot = _shown(qtbot, StressStrainPlot())
    plot.set_curves(
        [
            ("S355 – Đurđević ő", sample_result("S355_round.TXT")),
            ("S235 Жуковский", sample_result("S235_yield_point.TXT")),
        ]
    )
    return plot


# -- stress–strain ---------------------------------------------------------------------------


def test_overlay_has_a_legend_entry_and_a_distinct_colour_per_curve(qtbot) -> None:
    plot = _overlay(qtbot)
    assert plot.curve_labels() == ["S355 – Đurđević ő", "S235 Жуковский"]
    colours = [item.opts["pen"].color().name() for item in plot.curve_items()]
    assert colours == list(SERIES_ON_LIGHT[:2])
    # The selected (first) curve is drawn wider and above the other.
    first, second = plot.curve_items()
    assert first.opts["pen"].widthF() > second.opts["pen"].widthF()
    assert first.zValue() > second.zValue()
    # Strain in %, stress in MPa.
    result = sample_result("S355_round.TXT")
    x, y = first.getOriginalDataset()
    assert x[-1] == pytest.approx(result.strain[-1] * 100.0)
    assert y.max() == pytest.approx(result.stress.max())


def test_more_curves_than_colours_differ_by_line_style(qtbot) -> None:
    plot = _shown(qtbot, StressStrainPlot())
    result = sample_result("S355_round.TXT")
    plot.set_curves([(f"#{i}", result) for i in range(len(SERIES_ON_LIGHT) + 1)])
    items = plot.curve_items()
    assert items[0].opts["pen"].color() == items[-1].opts["pen"].color()
    assert items[0].opts["pen"].style() != items[-1].opts["pen"].style()


def test_selected_curve_shows_its_fit_lines_and_rp02_markers(qtbot) -> None:
    plot = _overlay(qtbot)
    result = sample_result("S355_round.TXT")
    rounded = result.rounded()
    assert plot.marker_labels() == [
        f"Rp0.2 = {rounded['Rp02_MPa']} MPa",
        f"Rm = {rounded['Rm_MPa']} MPa",
    ]
    assert plot.marker_labels() == ["Rp0.2 = 380 MPa", "Rm = 540 MPa"]
    markers = result.markers()
    points = plot.marker_points()
    assert points["Rp0.2"] == pytest.approx((markers["Rp0.2"][0] * 100, markers["Rp0.2"][1]))
    assert points["Rm"] == pytest.approx((markers["Rm"][0] * 100, markers["Rm"][1]))
    lines = plot.fit_lines()
    (_e0, e1), (_o0, o1) = result.e_line(), result.offset_line()
    assert lines["E"][1] == pytest.approx((e1[0] * 100, e1[1]))
    assert lines["E"][0] == pytest.approx((0.0, 0.0))
    assert lines["offset"][0] == pytest.approx((0.2, 0.0))  # 0.2 % plastic strain
    assert lines["offset"][1] == pytest.approx((o1[0] * 100, o1[1]))


def test_selecting_the_yield_point_curve_marks_reh_and_rel(qtbot) -> None:
    plot = _overlay(qtbot)
    with qtbot.waitSignal(plot.curve_selected) as signal:
        plot.select_curve(1)
    assert signal.args == [1]
    assert plot.selected_index() == 1
    assert plot.marker_labels() == ["ReH = 300 MPa", "ReL = 281 MPa", "Rm = 410 MPa"]
    assert set(plot.marker_points()) == {"ReH", "ReL", "Rm"}
    yielded = sample_result("S235_yield_point.TXT")
    assert plot.fit_lines()["E"][1][1] == pytest.approx(yielded.e_line()[1][1])
    second = plot.curve_items()[1]
    assert second.zValue() > plot.curve_items()[0].zValue()
    # The labels' boxes lie under every curve: "ReH = … MPa" sits where the curve rises
    # after the plateau, and its opaque box hid that part of the curve.
    lowest_curve = min(curve.zValue() for curve in plot.curve_items())
    assert all(text.zValue() < lowest_curve for text in plot._marker_texts)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_sample_gets_its_characteristic_markers(qtbot, name: str) -> None:
    plot = _shown(qtbot, StressStrainPlot())
    result = sample_result(name)
    plot.set_curves([(name, result)])
    names = [label.split(" = ")[0] for label in plot.marker_labels()]
    if name == "S235_yield_point.TXT":
        assert names == ["ReH", "ReL", "Rm"]
    else:
        assert names == ["Rp0.2", "Rm"]
    assert plot.marker_labels()[-1] == f"Rm = {round_strength(result.Rm_MPa)} MPa"


def test_clicking_a_curve_selects_it_and_an_unknown_index_is_refused(qtbot) -> None:
    plot = _overlay(qtbot)
    with qtbot.waitSignal(plot.curve_selected):
        plot.on_curve_clicked(plot.curve_items()[1])
    assert plot.selected_index() == 1
    with qtbot.assertNotEmitted(plot.curve_selected):
        plot.on_curve_clicked(plot.curve_items()[1])  # already selected
    with pytest.raises(IndexError):
        plot.select_curve(2)
    assert plot.selected_index() == 1
    plot.select_curve(None)
    assert plot.marker_labels() == [] and plot.fit_lines() == {}


def test_no_curves_means_no_legend_markers_or_readout(qtbot) -> None:
    plot = _overlay(qtbot)
    plot.set_curves([])
    assert plot.curve_labels() == []
    assert plot.marker_labels() == []
    assert plot.curve_items() == []
    view = plot.plot.getPlotItem().vb
    plot.on_mouse_moved(view.mapViewToScene(QPointF(5.0, 200.0)))
    assert plot.readout_text() == ""
    assert plot.crosshair_position() is None
    # A selection beyond the curves falls back to the first one.
    plot.set_curves([("one", sample_result("C45_hu.csv"))], selected=4)
    assert plot.selected_index() == 0


def test_crosshair_follows_the_mouse_with_a_readout(qtbot) -> None:
    plot = _overlay(qtbot)
    (x0, x1), (y0, y1) = plot.plot.getPlotItem().vb.viewRange()
    assert x1 - x0 > 25 and y1 - y0 > 500  # the whole of both curves
    assert plot.readout_at(12.34, 456.2) == "ε = 12.3 %  σ = 456 MPa"
    view = plot.plot.getPlotItem().vb
    plot.on_mouse_moved(view.mapViewToScene(QPointF(12.34, 456.2)))
    assert plot.readout_text() == "ε = 12.3 %  σ = 456 MPa"
    x, y = plot.crosshair_position()
    assert x == pytest.approx(12.34, abs=0.01) and y == pytest.approx(456.2, abs=0.1)
    # Zoomed into the yield region the readout resolves finer.
    plot.plot.setXRange(0.0, 1.0, padding=0)
    plot.plot.setYRange(250.0, 320.0, padding=0)
    assert plot.readout_at(0.3567, 281.27) == "ε = 0.357 %  σ = 281.3 MPa"
    # Outside the plot area (over the axes) the crosshair goes away.
    plot.on_mouse_moved(QPointF(2.0, 2.0))
    assert plot.readout_text() == ""
    assert plot.crosshair_position() is None
    # "Show all" returns to the whole curves.
    plot.show_all_action.trigger()
    (x0, x1), _y = plot.plot.getPlotItem().vb.viewRange()
    assert x1 - x0 > 25


def test_a_million_point_curve_is_downsampled_and_clipped(qtbot) -> None:
    result = sample_result("S355_round.TXT")
    count = 1_000_000
    strain = np.linspace(0.0, float(result.strain[-1]), count)
    stress = np.interp(strain, result.strain, result.stress)
    big = dataclasses.replace(result, strain=strain, stress=stress)
    plot = _shown(qtbot, StressStrainPlot())
    plot.set_curves([("big", big)])
    item = plot.curve_items()[0]
    assert item.opts["autoDownsample"] is True
    assert item.opts["downsampleMethod"] == "peak"
    assert item.opts["clipToView"] is True
    assert item.opts["antialias"] is False  # a dense zigzag: aliased paints several × faster
    assert len(item.getOriginalDataset()[0]) == count
    shown_x, shown_y = item.getData()
    assert 0 < len(shown_x) < 20_000  # about two points per pixel
    assert shown_y.max() == pytest.approx(stress.max(), rel=1e-3)  # peaks survive
    plot.plot.setXRange(1.0, 2.0, padding=0)  # zoomed: only the visible part is drawn
    zoomed_x, _y = item.getData()
    assert zoomed_x.min() >= 0.9 and zoomed_x.max() <= 2.1
    plot.show_all_action.trigger()  # back to the whole curve, downsampled again
    again_x, _y = item.getData()
    assert again_x.max() == pytest.approx(strain[-1] * 100, rel=1e-3) and len(again_x) < 20_000
    # An ordinary record keeps its antialiased line.
    plot.set_curves([("small", result)])
    assert plot.curve_items()[0].opts["antialias"] is True


def test_stress_strain_follows_a_dark_palette(qtbot) -> None:
    plot = _overlay(qtbot)
    _dark(plot)
    colours = [item.opts["pen"].color().name() for item in plot.curve_items()]
    assert colours == list(SERIES_ON_DARK[:2])
    assert plot.plot.backgroundBrush().color().name() == "#1e1e1e"
    assert plot.marker_labels() == ["Rp0.2 = 380 MPa", "Rm = 540 MPa"]  # redrawn, not lost
    label_colour = plot._marker_texts[0].color
    assert label_colour.name() == "#e8e8e8"


def test_stress_strain_grid_is_opaque_under_the_curves_in_the_palette(qtbot) -> None:
    # Translucent grid lines made most of a pan's redraw (#11 row 10b): the grid is drawn in
    # opaque colours mixed over the background, under the curves, and follows the palette.
    plot = _overlay(qtbot)
    _dark(plot)
    item = plot.plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        assert axis.zValue() < item.vb.zValue()  # curves, fit lines and labels cover the grid
        picture = QPicture()
        painter = QPainter(picture)
        _line, ticks, _texts = axis.generateDrawSpecs(painter)
        painter.end()
        colours = {pen.color().rgba() for pen, _start, _stop in ticks}
        assert len(ticks) > 10 and len(colours) >= 2  # major and minor grid lines
        for rgba in colours:
            colour = QColor.fromRgba(rgba)
            assert colour.alpha() == 255
            # grey between the dark background (#1e1e1e) and the light text (#e8e8e8)
            assert QColor("#1e1e1e").lightness() < colour.lightness() < 0x80


def test_decimals_follow_the_visible_span() -> None:
    assert decimals_for(30.0, 4) == 1
    assert decimals_for(3.0, 4) == 2
    assert decimals_for(600.0, 2) == 0
    assert decimals_for(0.0001, 4) == 4  # capped
    assert decimals_for(0.0, 3) == 3


# -- hardness ------------------------------------------------------------------------------


def _vickers():
    return vickers_series(
        10, [(0.280, 0.281), (0.285, 0.284), (0.279, 0.280), (0.300, 0.301), (0.270, 0.272)]
    )


def test_hardness_plot_draws_the_points_mean_and_limits(qtbot) -> None:
    plot = _shown(qtbot, HardnessPlot())
    series = _vickers()
    plot.set_series(series, lower=220, upper=245)
    assert plot.point_values() == list(series.values)
    assert plot.line_values() == {
        "mean": pytest.approx(series.mean),
        "lower": 220.0,
        "upper": 245.0,
    }
    assert plot.line_labels()["mean"] == f"Mean {series.notation}"
    assert plot.line_labels()["upper"] == "Upper limit 245 HV 10"
    outside = [i for i, v in enumerate(series.values) if not 220 <= v <= 245]
    assert outside and plot.alarm_points() == outside
    assert plot.plot.getPlotItem().getAxis("left").labelText == "HV 10"
    # Without limits only the mean is drawn, and nothing is an alarm.
    plot.set_series(series)
    assert set(plot.line_values()) == {"mean"}
    assert plot.alarm_points() == []


def test_hardness_plot_refuses_crossed_limits_and_keeps_the_old_drawing(qtbot) -> None:
    plot = _shown(qtbot, HardnessPlot())
    series = rockwell_series("HRC", [52.1, 53.0, 52.6])
    plot.set_series(series, upper=55)
    with pytest.raises(ValueError, match="lower limit"):
        plot.set_series(series, lower=55, upper=50)
    with pytest.raises(ValueError, match="finite"):
        plot.set_series(series, lower=float("nan"))
    assert plot.line_values() == {"mean": pytest.approx(series.mean), "upper": 55.0}
    assert plot.plot.getPlotItem().getAxis("left").labelText == "HRC"


# -- Charpy --------------------------------------------------------------------------------


def test_charpy_plot_bars_mean_lowest_and_minimum(qtbot) -> None:
    plot = _shown(qtbot, CharpyPlot())
    series = charpy_series([45.0, 52.5, 17.0], initial_energy_J=60, temperature_C=-20)
    plot.set_series(series, minimum_mean=27, labels=["A1", "A2", "Ђ3"])
    assert plot.bar_heights() == [45.0, 52.5, 17.0]
    assert plot.line_values() == {"mean": pytest.approx(38.1666667), "minimum": 27.0}
    assert plot.line_labels()["mean"] == "Mean KV2 = 38.2 J"
    # 52.5 J is above 80 % of the 60 J pendulum: approximate.
    assert plot.value_texts() == ["45.0", "≈ 52.5", "17.0 (lowest)"]
    # 17 J is below 70 % of the required 27 J mean.
    assert plot.alarm_bars() == [2]
    alarm = QColor(plot_support.ALARM).name()
    brushes = [b.color().name() for b in plot.bars.opts["brushes"]]
    assert brushes == [SERIES_ON_LIGHT[0], SERIES_ON_LIGHT[0], alarm]
    axis = plot.plot.getPlotItem().getAxis("bottom")
    assert [text for _x, text in axis._tickLevels[0]] == ["A1", "A2", "Ђ3"]
    assert plot.plot.getPlotItem().titleLabel.text == "KV2 at -20 °C"
    # Without a requirement: no minimum line, no alarm.
    plot.set_series(charpy_series([30.0, 31.0]))
    assert set(plot.line_values()) == {"mean"}
    assert plot.alarm_bars() == []
    assert plot.value_texts() == ["30.0 (lowest)", "31.0"]


def test_charpy_plot_refuses_bad_input(qtbot) -> None:
    plot = _shown(qtbot, CharpyPlot())
    series = charpy_series([30.0, 31.0])
    with pytest.raises(ValueError, match="one label per specimen"):
        plot.set_series(series, labels=["only one"])
    with pytest.raises(ValueError, match="positive"):
        plot.set_series(series, minimum_mean=0)
    assert plot.bar_heights() == []


# -- control chart and capability ----------------------------------------------------------

SUBGROUPS = [
    [10.01, 10.00, 9.99, 10.02, 10.00],
    [9.99, 10.00, 10.01, 10.00, 9.98],
    [10.00, 10.02, 10.01, 9.99, 10.00],
    [10.06, 10.07, 10.05, 10.06, 10.08],  # shifted: above the X̄ UCL
    [10.00, 9.99, 10.00, 10.01, 10.00],
    [9.98, 10.02, 10.00, 9.99, 10.01],
]


def test_control_chart_lines_come_from_the_dataclass(qtbot) -> None:
    plot = _shown(qtbot, ControlChart(unit="mm"))
    chart = xbar_r_chart(SUBGROUPS)
    plot.set_chart(chart, lower=9.95, upper=10.10)
    values = plot.line_values()
    assert values["xbar_cl"] == pytest.approx(chart.grand_mean)
    assert values["xbar_ucl"] == pytest.approx(chart.xbar_ucl)
    assert values["xbar_lcl"] == pytest.approx(chart.xbar_lcl)
    assert values["r_cl"] == pytest.approx(chart.mean_range)
    assert values["r_ucl"] == pytest.approx(chart.r_ucl)
    assert values["r_lcl"] == pytest.approx(chart.r_lcl)
    assert values["lower"] == 9.95 and values["upper"] == 10.10
    assert chart.out_of_control == (3,)
    assert plot.red_points() == {"xbar": [3], "r": []}
    labels = plot.line_labels()
    assert labels["xbar_ucl"] == f"UCL = {chart.xbar_ucl:.4f}"
    assert labels["upper"] == "USL = 10.1000"
    points = next(i for i in plot.xbar_plot.items if hasattr(i, "scatter"))
    brushes = [b.color().name() for b in points.opts["symbolBrush"]]
    assert brushes[3] == QColor(plot_support.ALARM).name()
    assert brushes[0] == SERIES_ON_LIGHT[0]
    assert plot.xbar_plot.getAxis("left").labelText == "X̄ (mm)"
    # Without specification limits only the control lines are drawn.
    plot.set_chart(chart)
    assert "lower" not in plot.line_values() and "upper" not in plot.line_values()
    with pytest.raises(ValueError, match="lower limit"):
        plot.set_chart(chart, lower=10.1, upper=10.0)


def test_capability_histogram_counts_lines_and_indices(qtbot) -> None:
    plot = _shown(qtbot, CapabilityHistogram(unit="mm"))
    cap = capability(SUBGROUPS[:3] + SUBGROUPS[4:], 9.95, 10.05)
    values = [v for g in SUBGROUPS[:3] + SUBGROUPS[4:] for v in g]
    plot.set_data(values, cap, 9.95, 10.05)
    assert cap.Cp is not None
    assert plot.capability_text() == f"Cp = {cap.Cp:.2f}  Cpk = {cap.Cpk:.2f}"
    assert plot.line_values() == {
        "mean": pytest.approx(cap.mean),
        "lower": 9.95,
        "upper": 10.05,
    }
    counts = plot.bin_counts()
    assert sum(counts) == len(values)
    edges = plot.bin_edges()
    assert edges[0] == pytest.approx(min(values)) and edges[-1] == pytest.approx(max(values))
    assert plot.bars.opts["height"].tolist() == counts
    # The title keeps both spaces (rich text).
    assert "&nbsp;" in plot.plot.getPlotItem().titleLabel.text
    # One-sided: only Cpk.
    upper_only = capability(SUBGROUPS[:3], None, 10.05)
    plot.set_data(values, upper_only, upper=10.05)
    assert plot.capability_text() == f"Cpk = {upper_only.Cpk:.2f}"
    assert set(plot.line_values()) == {"mean", "upper"}


@pytest.mark.parametrize(
    ("values", "lower", "upper", "message"),
    [
        ([], 9.9, 10.1, "at least one value"),
        ([10.0, float("nan")], 9.9, 10.1, "missing or infinite"),
        ([10.0], None, None, "lower or an upper limit"),
        ([10.0], 10.1, 9.9, "below the upper limit"),
    ],
)
def test_capability_histogram_refuses_bad_input(qtbot, values, lower, upper, message) -> None:
    plot = _shown(qtbot, CapabilityHistogram())
    cap = capability(SUBGROUPS[:3], 9.95, 10.05)
    with pytest.raises(ValueError, match=message):
        plot.set_data(values, cap, lower, upper)
    assert plot.bin_counts() == [] and plot.capability_text() == ""


def test_a_repeated_single_value_still_makes_a_histogram(qtbot) -> None:
    plot = _shown(qtbot, CapabilityHistogram())
    cap = capability(SUBGROUPS[:3], 9.95, 10.05)
    plot.set_data([10.0, 10.0, 10.0], cap, 9.95, 10.05)
    assert sum(plot.bin_counts()) == 3
    assert plot.bin_edges()[0] < 10.0 < plot.bin_edges()[-1]


# -- export (every plot) -------------------------------------------------------------------


def _hardness(qtbot) -> ChartWidget:
    plot = _shown(qtbot, HardnessPlot())
    plot.set_series(_vickers(), lower=220, upper=245)
    return plot


def _charpy(qtbot) -> ChartWidget:
    plot = _shown(qtbot, CharpyPlot())
    plot.set_series(charpy_series([45.0, 52.5, 17.0], temperature_C=-20), minimum_mean=27)
    return plot


def _control(qtbot) -> ChartWidget:
    plot = _shown(qtbot, ControlChart(unit="mm"))
    plot.set_chart(xbar_r_chart(SUBGROUPS), lower=9.95, upper=10.10)
    return plot


def _histogram(qtbot) -> ChartWidget:
    plot = _shown(qtbot, CapabilityHistogram(unit="mm"))
    plot.set_data(
        [v for g in SUBGROUPS for v in g], capability(SUBGROUPS, 9.95, 10.15), 9.95, 10.15
    )
    return plot


BUILDERS: dict[str, Callable[..., ChartWidget]] = {
    "stress-strain": _overlay,
    "hardness": _hardness,
    "charpy": _charpy,
    "control": _control,
    "histogram": _histogram,
}


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_every_plot_exports_png_and_svg(qtbot, tmp_path: Path, kind: str) -> None:
    plot = BUILDERS[kind](qtbot)
    png = plot.export(tmp_path / f"{kind}.png")
    svg = plot.export(tmp_path / f"{kind}.SVG")
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= 700 and image.height() >= 400
    assert png.stat().st_size > 10_000
    # Something is drawn: not one flat colour.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and svg.stat().st_size > 5_000
    with pytest.raises(ValueError, match="cannot export"):
        plot.export(tmp_path / f"{kind}.gif")
    with pytest.raises(OSError):
        plot.export(tmp_path / "missing-folder" / f"{kind}.png")
    texts = [action.text() for action in plot.context_actions()]
    assert texts[-2:] == ["Export as &PNG…", "Export as &SVG…"]


def test_context_menu_export_adds_the_suffix_and_reports_a_failure(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plot = _hardness(qtbot)
    chosen = {"name": str(tmp_path / "tvrdoća")}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (chosen["name"], "")
    )
    plot.export_svg_action.trigger()
    assert "<svg" in (tmp_path / "tvrdoća.svg").read_text(encoding="utf-8")
    plot.export_png_action.trigger()
    assert not QImage(str(tmp_path / "tvrdoća.png")).isNull()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    chosen["name"] = str(tmp_path / "missing-folder" / "chart.png")
    plot.export_png_action.trigger()
    assert len(shown) == 1 and shown[0].startswith(f"Cannot write {chosen['name']}")
    chosen["name"] = ""  # cancelled: nothing written, nothing shown
    plot.export_png_action.trigger()
    assert len(shown) == 1
