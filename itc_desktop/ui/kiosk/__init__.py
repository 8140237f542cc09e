"""Kiosk mode (issue 8): the lobby PC where SME visitors check their job's status."""

from itc_desktop.ui.kiosk.window import KioskWindow

__all__ = ["KioskWindow"]
