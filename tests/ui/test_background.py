"""The background helper: inline for tests, on a thread pool for real, results always
delivered on the main thread, a busy indicator while work runs."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QStatusBar

from itc_desktop.ui import background
from itc_desktop.ui.background import BackgroundRunner, BusyIndicator, run_in_background


def test_synchronous_mode_runs_inline_and_reports_busy(qapp: object) -> None:
    runner = BackgroundRunner(synchronous=True)
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    results: list[object] = []
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 6 * 7

    runner.run(work, results.append)
    assert results == [42]  # delivered before run() returned
    assert worker_threads == [threading.main_thread()]
    assert busy == [True, False]
    assert not runner.busy


def test_synchronous_mode_hands_errors_to_on_error(qapp: object) -> None:
    runner = BackgroundRunner(synchronous=True)
    errors: list[BaseException] = []
    successes: list[object] = []
    runner.run(lambda: 1 / 0, successes.append, errors.append)
    assert successes == []
    assert isinstance(errors[0], ZeroDivisionError)
    assert not runner.busy


def test_module_switch_makes_new_runners_synchronous(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background, "SYNCHRONOUS", False)
    assert BackgroundRunner().synchronous is False
    monkeypatch.setattr(background, "SYNCHRONOUS", True)
    assert BackgroundRunner().synchronous is True
    results: list[object] = []
    run_in_background(lambda: "done", results.append)
    assert results == ["done"]


def _idle(busy: bool) -> bool:
    return busy is False


def test_threaded_mode_works_off_the_main_thread_and_delivers_on_it(qtbot) -> None:
    runner = BackgroundRunner(synchronous=False)
    work_thread: list[threading.Thread] = []
    delivered_on: list[threading.Thread] = []
    results: list[object] = []

    def work() -> str:
        work_thread.append(threading.current_thread())
        return "Szőke Bence — Ђорђе"

    def on_success(result: object) -> None:
        delivered_on.append(threading.current_thread())
        results.append(result)

    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=_idle) as blocker:
        runner.run(work, on_success)
        assert runner.busy
    assert blocker.args == [False]
    assert results == ["Szőke Bence — Ђорђе"]
    assert work_thread[0] is not threading.main_thread()
    assert delivered_on == [threading.main_thread()]


def test_threaded_errors_arrive_on_the_main_thread(qtbot) -> None:
    runner = BackgroundRunner(synchronous=False)
    errors: list[tuple[BaseException, threading.Thread]] = []

    def fail() -> None:
        raise ValueError("broken file")

    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=_idle):
        runner.run(fail, lambda _r: None, lambda e: errors.append((e, threading.current_thread())))
    assert str(errors[0][0]) == "broken file"
    assert errors[0][1] is threading.main_thread()


@pytest.mark.qt_no_exception_capture
def test_unhandled_background_error_goes_to_the_excepthook(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, error, _tb: seen.append(error))
    runner = BackgroundRunner(synchronous=False)
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=_idle):
        runner.run(lambda: [][1], lambda _r: None)
    assert len(seen) == 1 and isinstance(seen[0], IndexError)


def test_busy_indicator_shows_while_work_runs(qtbot) -> None:
    runner = BackgroundRunner(synchronous=False)
    status = QStatusBar()
    qtbot.addWidget(status)
    indicator = BusyIndicator(runner, status)
    status.addPermanentWidget(indicator)
    status.show()
    assert not indicator.isVisible()
    release = threading.Event()
    with qtbot.waitSignal(runner.busy_changed, timeout=5000):
        runner.run(lambda: release.wait(5), lambda _r: None)
    assert indicator.isVisible()
    assert runner.busy
    with qtbot.waitSignal(runner.busy_changed, timeout=5000) as blocker:
        release.set()
    assert blocker.args == [False]
    assert not indicator.isVisible()


def test_busy_stays_on_until_the_last_job_finishes(qtbot) -> None:
    runner = BackgroundRunner(synchronous=False)
    changes: list[bool] = []
    runner.busy_changed.connect(changes.append)
    first, second = threading.Event(), threading.Event()
    done: list[str] = []
    runner.run(lambda: first.wait(5) and "first", done.append)
    runner.run(lambda: second.wait(5) and "second", done.append)
    first.set()
    qtbot.waitUntil(lambda: done == ["first"], timeout=5000)
    assert runner.busy and changes == [True]
    second.set()
    qtbot.waitUntil(lambda: changes == [True, False], timeout=5000)
    assert done == ["first", "second"]
