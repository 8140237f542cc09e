"""The window and its list pages open without the heavy libraries they use only on demand:
reportlab (~0.5 s to import; printing), pyqtgraph (~0.6 s; charts), openpyxl (~0.3 s; XLSX
export), and Alembic (~0.5 s; only when a database must be migrated). Checked in a fresh
interpreter, since this test process has imported them all long ago."""

from __future__ import annotations

import os
import subprocess
import sys

ON_DEMAND = ("reportlab", "pyqtgraph", "openpyxl", "alembic")

# The main window and the start-up path, then every page the sidebar offers (what the
# registry's factories import) and the tabs that open with them. Not the Results page: its
# detail panel holds the selected record's plot.
MODULES = (
    "itc_desktop.ui.app",
    "itc_desktop.ui.main_window",
    "itc_desktop.ui.pages.dashboard",
    "itc_desktop.ui.pages.equipment",
    "itc_desktop.ui.pages.equipment_usage_tab",
    "itc_desktop.ui.pages.bookings",
    "itc_desktop.ui.pages.jobs",
    "itc_desktop.ui.pages.job_detail",
    "itc_desktop.ui.pages.companies",
    "itc_desktop.ui.pages.reports",
    "itc_desktop.ui.pages.admin",
    "itc_desktop.ui.pages.admin_audit",
    "itc_desktop.ui.pages.account",
)

_PROBE = """
import importlib, sys
heavy = sys.argv[1].split(",")
for name in sys.argv[2:]:
    importlib.import_module(name)
    loaded = sorted({m.split(".")[0] for m in sys.modules} & set(heavy))
    if loaded:
        print(f"{name} imports {', '.join(loaded)}")
        break
else:
    print("none")
"""


def test_window_and_pages_import_no_on_demand_library() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, ",".join(ON_DEMAND), *MODULES],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "none"


def test_the_check_sees_an_on_demand_import() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "reportlab", "json", "reportlab.lib"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == "reportlab.lib imports reportlab"
