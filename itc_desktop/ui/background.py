"""The one way to run work off the UI thread: give it a function, get `on_success(result)` or
`on_error(exception)` back on the main thread. The work function never touches widgets; it
opens its own database session. `SYNCHRONOUS = True` (or `BackgroundRunner(synchronous=True)`)
runs the work inline, for tests.

A result belongs to a receiver, the QObject (page, dialog, window) its callbacks update: a
callback that is a QObject's method names it, and so does a lambda or local function that
refers to one (`lambda page: self._add(page)` belongs to `self`); anything else names it with
`receiver=`. When
the receiver has been destroyed by the time the work ends (the user signed out, the dialog
closed), the result is dropped: its widgets are gone and nothing is left to show it on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

log = logging.getLogger(__name__)

# Tests may set this to run every new runner's work inline (see tests/ui/conftest.py).
SYNCHRONOUS = False

SuccessCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


def report_unexpected(error: BaseException) -> None:
    """The default `on_error`: the same path as an exception escaping a slot."""
    sys.excepthook(type(error), error, error.__traceback__)


def _receiver_of(callback: Callable[..., Any]) -> QObject | None:
    """The QObject a callback belongs to, if any: a bound method's object, or the QObject a
    closure (a lambda or local function written in a page's method) refers to — its `self`."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        return owner
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # a cell not filled yet
            continue
        if isinstance(value, QObject):
            return value
    return None


def _gone(receiver: QObject | None) -> bool:
    return receiver is not None and not shiboken6.isValid(receiver)


class _Relay(QObject):
    """Lives on the main thread; the worker emits, Qt queues the call to the slots here."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: BackgroundRunner,
        on_success: SuccessCallback,
        on_error: ErrorCallback,
        receiver: QObject | None,
    ):
        super().__init__()
        self._runner = runner
        self._on_success = on_success
        self._on_error = on_error
        self._receiver = receiver
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._runner._finished(self)
        if _gone(self._receiver):
            log.debug("background result dropped: its receiver was destroyed")
            return
        self._on_success(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._runner._finished(self)
        if _gone(self._receiver):
            log.debug("background error dropped: its receiver was destroyed (%r)", error)
            return
        self._on_error(error)


class _Work(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # handed to on_error on the main thread
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class BackgroundRunner(QObject):
    """Runs functions on a thread pool. `busy_changed(True)` when the first job starts,
    `busy_changed(False)` when the last one has delivered its result."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool | None = None):
        super().__init__(parent)
        self.synchronous = SYNCHRONOUS if synchronous is None else synchronous
        self._pool = QThreadPool(self)
        self._active: set[_Relay] = set()
        self._inline = 0

    @property
    def busy(self) -> bool:
        return bool(self._active) or self._inline > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback,
        on_error: ErrorCallback | None = None,
        *,
        receiver: QObject | None = None,
    ) -> None:
        """`receiver`: the QObject the callbacks update, when they are not its methods (a
        lambda, a closure); without it, the QObject whose method `on_success` (or else
        `on_error`) is. Once the receiver is destroyed, the job's outcome is dropped."""
        on_error = on_error or report_unexpected
        if self.synchronous:
            self._run_inline(fn, on_success, on_error)
            return
        was_busy = self.busy
        if receiver is None:
            receiver = _receiver_of(on_success)
        if receiver is None:
            receiver = _receiver_of(on_error)
        relay = _Relay(self, on_success, on_error, receiver)
        self._active.add(relay)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Work(fn, relay))

    def _run_inline(
        self, fn: Callable[[], Any], on_success: SuccessCallback, on_error: ErrorCallback
    ) -> None:
        was_busy = self.busy
        self._inline += 1
        if not was_busy:
            self.busy_changed.emit(True)
        try:
            result = fn()
        except Exception as error:
            self._inline -= 1
            self._emit_idle()
            on_error(error)
            return
        self._inline -= 1
        self._emit_idle()
        on_success(result)

    def _finished(self, relay: _Relay) -> None:
        self._active.discard(relay)
        relay.deleteLater()
        self._emit_idle()

    def _emit_idle(self) -> None:
        if not self.busy:
            self.busy_changed.emit(False)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Blocks until the worker threads are idle (results may still be queued)."""
        return self._pool.waitForDone(msecs)


_default_runner: BackgroundRunner | None = None


def default_runner() -> BackgroundRunner:
    """The application's runner (created on first use, on the main thread)."""
    global _default_runner
    if _default_runner is None:
        _default_runner = BackgroundRunner()
    return _default_runner


def run_in_background(
    fn: Callable[[], Any],
    on_success: SuccessCallback,
    on_error: ErrorCallback | None = None,
    *,
    receiver: QObject | None = None,
) -> None:
    default_runner().run(fn, on_success, on_error, receiver=receiver)


class BusyIndicator(QWidget):
    """For the status bar: a moving bar and "Working…" while the runner has work."""

    def __init__(self, runner: BackgroundRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self.tr("Working…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        if not runner.busy:
            self.hide()
        runner.busy_changed.connect(self.on_busy_changed)

    @Slot(bool)
    def on_busy_changed(self, busy: bool) -> None:
        self.setVisible(busy)
