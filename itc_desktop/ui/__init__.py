"""The Qt user interface: the only package that imports PySide6 (ARCHITECTURE.md, layers)."""

from itc_desktop.ui import pyside_workarounds as _pyside_workarounds

_pyside_workarounds.apply()
