"""Work-arounds for bugs of the PySide6 release we run on, applied once when `itc_desktop.ui`
is imported.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a reference to it, so
every signal emitted from Python code drops one reference to `True`. On Python 3.12+ `True` is
immortal and nothing happens; on 3.11 its count falls with each emit until the interpreter
aborts with "Fatal Python error: bool_dealloc" (mid-session, or at exit after a long test run).
Until the fixed PySide6 is in the lock file, the singletons get a reserve of references large
enough that no session can use it up — what Python 3.12 does for them anyway (PEP 683)."""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # emits (one reference each) that may happen before anything goes wrong


def emit_drops_a_reference_to_true() -> bool:
    """Measures the bug instead of trusting version numbers."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        probed = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.probed.emit()
    return sys.getrefcount(True) < before


def apply() -> bool:
    """Gives True, False and None the reserve when they can be deallocated and emit leaks;
    returns whether it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not emit_drops_a_reference_to_true():
        return False
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every CPython object (Include/object.h).
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    return True
