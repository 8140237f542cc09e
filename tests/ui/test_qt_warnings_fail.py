"""Qt warnings fail a test (qt_log_level_fail in pyproject.toml), proven on a throwaway test run
with the project's own configuration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SAMPLE = """
from PySide6.QtCore import qDebug, qWarning


def test_emits_a_qt_warning(qapp):
    qWarning("a warning from Qt")


def test_emits_only_debug_output(qapp):
    qDebug("chatter")
"""


def test_the_project_fails_a_test_that_emits_a_qt_warning(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    assert request.config.getini("qt_log_level_fail") == "WARNING"
    sample = tmp_path / "test_sample.py"
    sample.write_text(SAMPLE, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(sample),
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "-q",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "1 failed, 1 passed" in output, output
    assert "test_emits_a_qt_warning" in output and "a warning from Qt" in output
