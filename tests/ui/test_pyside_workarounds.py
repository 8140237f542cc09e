"""The reserve of references for True/False/None that keeps PySide6 6.12.0's emit() bug from
aborting the interpreter (see itc_desktop/ui/pyside_workarounds.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from itc_desktop.ui import pyside_workarounds


class _Emitter(QObject):
    pinged = Signal()


def test_emits_cannot_use_up_the_references_to_true(qapp: object) -> None:
    emitter = _Emitter()
    for _ in range(1000):
        emitter.pinged.emit()
    if sys.version_info >= (3, 12):
        assert not pyside_workarounds.apply()  # immortal: nothing to do
        return
    if pyside_workarounds.emit_drops_a_reference_to_true():
        # The bug is there, and the reserve given on import covers it many times over.
        assert sys.getrefcount(True) > pyside_workarounds.RESERVE // 2
        assert sys.getrefcount(None) > pyside_workarounds.RESERVE // 2
    else:
        before = sys.getrefcount(True)
        emitter.pinged.emit()
        assert sys.getrefcount(True) == before
