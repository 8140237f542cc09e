"""The wheel carries db/ and resources/, and the one path helper finds them there too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from itc_desktop.paths import migrations_dir, resource_path

ROOT = Path(__file__).resolve().parents[1]


def test_checkout_paths() -> None:
    assert migrations_dir() == ROOT / "db"
    assert (migrations_dir() / "env.py").is_file()
    assert resource_path("README.md").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # `uv run` names its own binary in UV: found even when uv is not on PATH (.ci/run may
    # have installed it into a virtual environment of its own).
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        pytest.fail("uv is needed to build the wheel (README: the two commands use uv)")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("itc_desktop-*.whl")
    return built


def test_wheel_contains_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "itc_desktop/_data/db/env.py" in names
    assert any(n.startswith("itc_desktop/_data/db/versions/0001") for n in names)
    assert "itc_desktop/_data/resources/README.md" in names
    # The translations, compiled at build time (.ci/hatch_build.py), beside their sources.
    for code in ("hu", "sr", "sr_Cyrl"):
        assert f"itc_desktop/_data/resources/translations/itc_{code}.qm" in names
    assert not any(n.startswith("tests/") for n in names)
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("entry_points.txt"))
    )
    assert b"[gui_scripts]" in entry_points and b"itc-desktop = itc_desktop.cli:main" in (
        entry_points
    )
    # A console twin for the headless commands on Windows.
    assert b"[console_scripts]" in entry_points
    assert b"itc-desktop-cli = itc_desktop.cli:main" in entry_points


def test_installed_wheel_finds_its_data_and_migrates(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import sys; from itc_desktop import paths, db; "
        "print(paths.migrations_dir()); print(paths.resource_path('README.md')); "
        f"d = db.Database('sqlite:///{(tmp_path / 'w.sqlite').as_posix()}'); "
        "print(db.current_revision(d.engine))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "ITC_HOME": str(tmp_path / "home")},
    )
    migrations, readme, revision = result.stdout.split()
    assert Path(migrations) == site / "itc_desktop" / "_data" / "db"
    assert Path(readme).is_relative_to(site)
    assert revision


def test_time_zones_work_without_the_systems_zone_database() -> None:
    """Windows has no /usr/share/zoneinfo: the zones come from the tzdata package there."""
    import zoneinfo
    from datetime import UTC, datetime

    saved = zoneinfo.TZPATH
    zoneinfo.reset_tzpath(to=[])
    try:
        for name in ("Europe/Budapest", "Europe/Belgrade"):
            zone = zoneinfo.ZoneInfo.no_cache(name)
            summer = datetime(2026, 7, 1, 12, tzinfo=UTC).astimezone(zone)
            assert summer.utcoffset().total_seconds() == 2 * 3600
    finally:
        zoneinfo.reset_tzpath(to=saved)
