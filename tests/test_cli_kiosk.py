"""`itc-desktop kiosk`: its options reach the window (idle timeout from the option or
ITC_KIOSK_IDLE_SECONDS), it never creates or migrates a database, and --print-grants prints
the read-only PostgreSQL role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from itc_desktop import cli
from itc_desktop.config import sqlite_url
from itc_desktop.ui.kiosk import run as kiosk_run


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def fake_run_kiosk(url: str, **options: Any) -> int:
        calls.append({"url": url, **options})
        return 0

    monkeypatch.setattr(kiosk_run, "run_kiosk", fake_run_kiosk)
    return calls


def test_kiosk_passes_its_options_and_creates_no_database(
    tmp_path: Path, started: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ITC_KIOSK_IDLE_SECONDS", raising=False)
    missing = tmp_path / "not-yet-mounted.sqlite"
    assert cli.main(["--db", str(missing), "kiosk"]) == 0
    assert started == [
        {
            "url": sqlite_url(missing),
            "idle_timeout_s": 60.0,
            "poll_interval_s": 3.0,
            "language": "en",
            "windowed": False,
        }
    ]
    assert not missing.exists()  # the kiosk waits for the database; it never creates one
    argv = ["--db", str(missing), "kiosk", "--idle-timeout", "90", "--poll", "5", "--lang", "hu"]
    assert cli.main([*argv, "--windowed"]) == 0
    assert started[-1]["idle_timeout_s"] == 90.0 and started[-1]["poll_interval_s"] == 5.0
    assert started[-1]["language"] == "hu" and started[-1]["windowed"] is True


def test_the_idle_timeout_may_come_from_the_environment(
    tmp_path: Path, started: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ITC_KIOSK_IDLE_SECONDS", "120")
    monkeypatch.setenv("ITC_DATABASE_URL", sqlite_url(tmp_path / "lab.sqlite"))
    assert cli.main(["kiosk"]) == 0
    assert started[-1]["idle_timeout_s"] == 120.0
    assert started[-1]["url"] == sqlite_url(tmp_path / "lab.sqlite")
    assert cli.main(["kiosk", "--idle-timeout", "30"]) == 0  # the option wins
    assert started[-1]["idle_timeout_s"] == 30.0
    monkeypatch.setenv("ITC_KIOSK_IDLE_SECONDS", "soon")
    assert cli.main(["kiosk"]) == 0
    assert started[-1]["idle_timeout_s"] == 60.0


@pytest.mark.parametrize("bad", ["0", "-5", "many"])
def test_a_senseless_idle_timeout_is_refused(
    bad: str, started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["kiosk", "--idle-timeout", bad])
    assert "--idle-timeout" in capsys.readouterr().err
    assert started == []


def test_print_grants(capsys: pytest.CaptureFixture[str], started: list[dict[str, Any]]) -> None:
    assert cli.main(["kiosk", "--print-grants"]) == 0
    out = capsys.readouterr().out
    assert "CREATE ROLE itc_kiosk LOGIN" in out
    assert "GRANT SELECT ON jobs TO itc_kiosk;" in out
    assert "GRANT SELECT (id, name) ON companies TO itc_kiosk;" in out  # not the addresses
    assert "INSERT" not in out and "UPDATE" not in out
    assert cli.main(["kiosk", "--print-grants", "lobby_pc"]) == 0
    assert "CREATE ROLE lobby_pc" in capsys.readouterr().out
    assert started == []
