"""The background helper: inline for tests, on a thread pool for real, results always
delivered on the main thread, a busy indicator while work runs, a result whose page is gone
dropped."""

from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget
from sqlalchemy.orm import Session

from itc_desktop.db import Actor, Database
from itc_desktop.ui import background
from itc_desktop.ui.background import BackgroundRunner, BusyIndicator, run_in_background
from itc_desktop.ui.main_window import MainWindow
from itc_desktop.ui.pages import dashboard as dashboard_module
from itc_desktop.ui.pages.dashboard import SectionData


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


class _Page(QWidget):
    """Stands for any page: its result slot writes to one of its child widgets."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel("loading", self)
        self.shown: list[object] = []

    def show_loaded(self, result: object) -> None:
        self.shown.append(result)
        self.label.setText(str(result))

    def load_failed(self, error: BaseException) -> None:
        self.label.setText(str(error))


def _delete_now(widget: QWidget) -> None:
    """As the main window does on signing out: deleteLater, then the deferred deletes run."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)


@pytest.mark.parametrize("outcome", ["result", "error"])
def test_a_result_arriving_after_its_page_is_deleted_is_dropped(
    qtbot, caplog: pytest.LogCaptureFixture, outcome: str
) -> None:
    runner = BackgroundRunner(synchronous=False)
    page = _Page()
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        if outcome == "error":
            raise ValueError("the database went away")
        return "loaded"

    runner.run(slow, page.show_loaded, page.load_failed)
    _delete_now(page)  # the user signed out while the job ran
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=_idle):
        release.set()
    QCoreApplication.processEvents()
    assert page.shown == []
    assert not runner.busy
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_a_named_receiver_covers_callbacks_that_are_not_its_methods(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = BackgroundRunner(synchronous=False)
    page, alive = _Page(), _Page()
    qtbot.addWidget(alive)
    release = threading.Event()
    for receiver in (page, alive):
        runner.run(
            lambda: release.wait(5) and "loaded",
            lambda result, receiver=receiver: receiver.show_loaded(result),
            receiver=receiver,
        )
    _delete_now(page)
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=_idle):
        release.set()
    assert page.shown == []
    assert alive.shown == ["loaded"] and alive.label.text() == "loaded"
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


class _LambdaPage(_Page):
    """A page whose callbacks are lambdas and local functions, as pages write them."""

    def load(self, runner: BackgroundRunner, release: threading.Event) -> None:
        def failed(error: BaseException) -> None:
            self.load_failed(error)

        runner.run(lambda: release.wait(5) and "loaded", lambda r: self.show_loaded(r), failed)


def test_a_lambda_that_refers_to_its_page_belongs_to_it(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    """No `receiver=` given: the page the lambda refers to (its closure's `self`) is found,
    so a page deleted while its work runs drops the result instead of writing to a deleted
    label ("Internal C++ object already deleted")."""
    runner = BackgroundRunner(synchronous=False)
    page, alive = _LambdaPage(), _LambdaPage()
    qtbot.addWidget(alive)
    release = threading.Event()
    page.load(runner, release)
    alive.load(runner, release)
    _delete_now(page)
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=_idle):
        release.set()
    assert page.shown == []
    assert alive.shown == ["loaded"] and alive.label.text() == "loaded"
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_signing_out_while_the_dashboard_loads_drops_its_result(
    qtbot,
    db: Database,
    manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The reported case: the real thread pool, the window deleted as run_gui does after a
    sign-out, then the dashboard's reading ends."""
    release, started = threading.Event(), threading.Event()

    def slow_sections(session: Session, actor: Actor, now: datetime) -> list[SectionData]:
        started.set()
        release.wait(5)
        return dashboard_module.equipment_sections(session, actor, now)

    monkeypatch.setattr(dashboard_module, "PROVIDERS", [slow_sections])
    runner = BackgroundRunner(synchronous=False)
    window = MainWindow(db, manager, runner=runner)
    window.show()
    assert window.current_page_key() == "dashboard"
    assert started.wait(5), "the dashboard did not start reading"
    window.sign_out_action.trigger()
    assert window.sign_out_requested
    _delete_now(window)
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=_idle):
        release.set()
    QCoreApplication.processEvents()
    assert not runner.busy
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
