"""One measured Qt process for benchmarks/run.py (offscreen). Prints one JSON line.

    python benchmarks/qt_probe.py floor-startup
    python benchmarks/qt_probe.py startup --db URL
    python benchmarks/qt_probe.py page KEY --db URL      (equipment, bookings, jobs, results,
                                                          usage, audit, ...)
    python benchmarks/qt_probe.py visit-all --db URL
    python benchmarks/qt_probe.py curve --points N [--plain]
    python benchmarks/qt_probe.py calendar [--machines 50]

Times are wall-clock `time.time()` stamps, so the parent can subtract the moment it launched
the process: "first_paint" is the first Paint event any widget receives (an application-wide
event filter; `QTimer.singleShot(0, quit)` would exit before anything is painted), "data" the
first Paint after the background runner has delivered everything the view asked for (the
first page showing data). Memory: VmRSS now and VmHWM (peak) from /proc/self/status."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
T_MAIN = time.time()


def _memory() -> dict[str, float]:
    values: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, amount, _unit = line.split()
                    values[key.rstrip(":")] = int(amount) / 1024  # MiB
    except OSError:
        pass
    return {"rss_mb": values.get("VmRSS", 0.0), "peak_rss_mb": values.get("VmHWM", 0.0)}


def _emit(result: dict[str, Any]) -> None:
    result.update(_memory())
    result["t_main"] = T_MAIN
    print("PROBE " + json.dumps(result), flush=True)


class _PaintWatch:
    """Application-wide event filter: the first Paint, then the first Paint after the
    runner is idle (forced with update() when nothing else repaints)."""

    def __init__(self, app: Any, target: Any, runner: Any | None, on_done: Any):
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.app, self.target, self.runner, self.on_done = app, target, runner, on_done
        self.first_paint: float | None = None
        self.data_paint: float | None = None
        self.waiting_for_data_paint = False
        self._paint_type = QEvent.Type.Paint
        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == watch._paint_type:
                    watch.painted()
                return False

        self.filter = Filter()
        app.installEventFilter(self.filter)
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self.poll)
        self.idle_ticks = 0

    def painted(self) -> None:
        now = time.time()
        if self.first_paint is None:
            self.first_paint = now
            self.timer.start()
        if self.waiting_for_data_paint and self.data_paint is None:
            self.data_paint = now
            self.timer.stop()
            self.on_done(self)

    def poll(self) -> None:
        busy = self.runner is not None and self.runner.busy
        self.idle_ticks = 0 if busy else self.idle_ticks + 1
        if self.idle_ticks >= 3 and not self.waiting_for_data_paint:
            self.waiting_for_data_paint = True
            self.target.update()
            for child in self.target.findChildren(type(self.target)):
                child.update()


def _admin(db: Any) -> Any:
    from sqlalchemy import text

    from itc_desktop.db import Actor

    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, username, full_name, role FROM users WHERE role = 'admin' "
                 "ORDER BY id LIMIT 1")
        ).one()  # fmt: skip
    return Actor(*row)


def floor_startup() -> None:
    import pyqtgraph as pg
    from PySide6.QtWidgets import (
        QApplication,
        QMainWindow,
        QSplitter,
        QTableView,
    )

    app = QApplication(sys.argv)
    window = QMainWindow()
    splitter = QSplitter()
    splitter.addWidget(QTableView())
    splitter.addWidget(pg.PlotWidget())
    window.setCentralWidget(splitter)
    window.resize(1200, 780)

    def done(watch: _PaintWatch) -> None:
        _emit({"first_paint": watch.first_paint, "data": watch.data_paint})
        app.quit()

    _PaintWatch(app, window, None, done)
    window.show()
    app.exec()


def _open(url: str) -> tuple[Any, Any, Any]:
    from PySide6.QtWidgets import QApplication

    from itc_desktop.db import Database

    app = QApplication(sys.argv)
    app.setApplicationName("ITC Lab")
    db = Database(url)
    return app, db, _admin(db)


def startup(url: str) -> None:
    """What run_gui does after the login dialog (the login itself, an argon2 check, and the
    start-up booking sweep, which writes, are left out)."""
    from itc_desktop.ui.background import default_runner
    from itc_desktop.ui.main_window import MainWindow

    app, db, actor = _open(url)
    t_open = time.time()
    window = MainWindow(db, actor)

    def done(watch: _PaintWatch) -> None:
        _emit(
            {
                "first_paint": watch.first_paint,
                "data": watch.data_paint,
                "t_db_open": t_open,
                "page": window.current_page_key(),
            }
        )
        app.quit()

    _PaintWatch(app, window, default_runner(), done)
    window.show()
    app.exec()


def page(key: str, url: str, equipment_id: int) -> None:
    from itc_desktop.ui.background import default_runner
    from itc_desktop.ui.pages.registry import PAGES, PageContext

    app, db, actor = _open(url)
    context = PageContext(db=db, actor=actor, runner=default_runner())
    t_build = time.time()
    if key == "usage":
        from itc_desktop.ui.pages.equipment_usage_tab import UsageTab

        widget = UsageTab(context)
        widget.set_equipment(equipment_id)
    elif key == "audit":
        from itc_desktop.ui.pages.admin_audit import AuditTab

        widget = AuditTab(context)
    else:
        spec = next(s for s in PAGES if s.key == key)
        widget = spec.factory(context)
    widget.resize(1200, 780)

    def done(watch: _PaintWatch) -> None:
        _emit({"first_paint": watch.first_paint, "data": watch.data_paint, "t_build": t_build})
        app.quit()

    _PaintWatch(app, widget, default_runner(), done)
    widget.show()
    app.exec()


def visit_all(url: str) -> None:
    """Every page of the main window in turn, each until its data is painted; the peak RSS."""
    from PySide6.QtCore import QTimer

    from itc_desktop.ui.background import default_runner
    from itc_desktop.ui.main_window import MainWindow

    app, db, actor = _open(url)
    window = MainWindow(db, actor)
    keys = window.page_keys()
    visited: list[dict[str, Any]] = []
    runner = default_runner()

    def next_page() -> None:
        if not keys:
            _emit({"pages": visited})
            app.quit()
            return
        key = keys.pop(0)
        began = time.time()
        window.show_page(key)

        def settled() -> None:
            if runner.busy:
                QTimer.singleShot(5, settled)
                return
            app.processEvents()
            visited.append({"page": key, "seconds": time.time() - began, **_memory()})
            QTimer.singleShot(0, next_page)

        QTimer.singleShot(5, settled)

    window.show()
    QTimer.singleShot(50, next_page)
    app.exec()


def curve(points: int, plain: bool, runs: int) -> None:
    """First image and pan/zoom redraws of a curve of `points` points: the app's
    StressStrainPlot (downsampling 'peak' + clip to view) or a plain pyqtgraph PlotWidget."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from itc_desktop.demo_results import Material, tensile_curve
    from itc_desktop.services.result_inputs import TensileInputs, evaluate

    app = QApplication(sys.argv)
    rng = np.random.default_rng(5)
    columns = tensile_curve(
        Material(E=206000, Rp=385, Rm=545, Ag=14.0, A=26.0), 78.54, 50.0, rng,
        points=int(points / 0.8334),
    )  # fmt: skip
    tensile = evaluate(TensileInputs(shape="round", diameter_mm=10.0, gauge_length_mm=50.0), {},
                       columns).tensile  # fmt: skip
    assert tensile is not None
    if plain:
        widget = pg.PlotWidget()
        view = widget.getPlotItem().getViewBox()
    else:
        from itc_desktop.ui.widgets.stress_strain_plot import StressStrainPlot

        widget = StressStrainPlot()
        view = widget.plot.getPlotItem().getViewBox()
    widget.resize(900, 600)
    widget.show()
    app.processEvents()
    began = time.perf_counter()
    if plain:
        widget.plot(tensile.strain * 100.0, tensile.stress)
    else:
        widget.set_curves([("S355", tensile)])
    widget.grab()  # the first image: set data, lay out, paint
    first = time.perf_counter() - began
    x0, x1 = float(tensile.strain[0] * 100), float(tensile.strain[-1] * 100)
    redraws = []
    for n in range(runs):
        span = (x1 - x0) / (2 + n % 3)
        left = x0 + (x1 - x0 - span) * (n / max(1, runs - 1))
        began = time.perf_counter()
        view.setXRange(left, left + span, padding=0)
        widget.grab()
        redraws.append(time.perf_counter() - began)
    _emit({"first_s": first, "redraws_s": redraws, "points": int(tensile.strain.size)})
    app.quit()


def calendar(machines: int, repeat: int) -> None:
    """The week view painting of benchmarks/bookings_calendar_paint.py (its week_load), as a
    list of paint times."""
    import random
    import statistics
    from datetime import date, timedelta

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from bookings_calendar_paint import ZONE, week_load

    from itc_desktop.ui.widgets.calendar_view import CalendarView

    app = QApplication(sys.argv)
    monday = date.today() - timedelta(days=date.today().weekday())
    rows, bookings, windows, opening = week_load(machines, monday, random.Random(4))
    view = CalendarView(ZONE)
    view.resize(1400, 10)
    view.set_range(monday, 7)
    view.set_data(rows, bookings, windows, opening)
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    timings = []
    for _ in range(repeat):
        began = time.perf_counter()
        view.render(image)
        timings.append(time.perf_counter() - began)
    _emit({"paint_s": timings, "median_s": statistics.median(timings), "bookings": len(bookings)})
    app.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode")
    parser.add_argument("key", nargs="?")
    parser.add_argument("--db")
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--machines", type=int, default=50)
    # The usage page's machine, found by run.py before the timing (the busiest one: finding it
    # reads a whole index, ~60 ms on the large database, which the page does not do).
    parser.add_argument("--equipment", type=int, default=1)
    args = parser.parse_args()
    if args.mode == "floor-startup":
        floor_startup()
    elif args.mode == "startup":
        startup(args.db)
    elif args.mode == "page":
        page(args.key, args.db, args.equipment)
    elif args.mode == "visit-all":
        visit_all(args.db)
    elif args.mode == "curve":
        curve(args.points, args.plain, args.runs)
    elif args.mode == "calendar":
        calendar(args.machines, args.runs)
    else:
        parser.error(f"unknown mode {args.mode}")


if __name__ == "__main__":
    main()
