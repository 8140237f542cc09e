"""Guards the PySide6 pin in pyproject.toml: PySide6 6.12.0 dropped a reference to True on
every emit() and to None on every void call, so on Python 3.11 the interpreter aborted
("Fatal Python error: bool_dealloc") after a few thousand signals. A release with that bug
must not come back through an upgrade of the lock file."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    pinged = Signal()


def test_signals_and_void_calls_keep_the_singletons_references(qapp: object) -> None:
    emitter = _Emitter()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.pinged.emit()
        emitter.setObjectName("probe")
    # Immortal objects (Python 3.12+) report a constant count; mortal ones must not drift.
    assert sys.getrefcount(True) >= true_before
    assert sys.getrefcount(None) >= none_before - 5
