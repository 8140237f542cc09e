"""Live refresh: one timer per window asks the database every few seconds whether another
station committed anything (one tiny query, `services.changes`), and says so with `changed`.

Pages take part by having `live_refresh()`: read the lists again, keep the selection, and
leave a form with unsaved edits alone. The main window calls it on the shown page and on
the others when they are shown next. The kiosk uses the same watcher with a probe that reads
the mark through its read-only KioskReader (which also checks the file and the schema):

    watcher = LiveRefresh(ChangeProbe(db, read_mark=reader.check), window)
    watcher.changed.connect(window.on_changed)
    watcher.start()

A database that stops answering gives `connection_lost(reason)` once, then `reconnected`
(and `changed`, since anything may have happened meanwhile) when it answers again."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from itc_desktop.db import Database, DatabaseError
from itc_desktop.services.changes import ChangeProbe

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2500


class LiveRefresh(QObject):
    changed = Signal()
    connection_lost = Signal(str)
    reconnected = Signal()

    def __init__(
        self,
        source: Database | ChangeProbe,
        parent: QObject | None = None,
        *,
        interval_ms: int = POLL_INTERVAL_MS,
    ):
        super().__init__(parent)
        self.probe = source if isinstance(source, ChangeProbe) else ChangeProbe(source)
        self.online = True
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Takes the current mark (nothing is "changed" yet) and starts polling."""
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def lost(self) -> None:
        """A read outside the watcher found the database gone (the caller said so already):
        the next poll that answers emits `reconnected` and `changed`."""
        self.online = False

    @staticmethod
    def user_is_busy() -> bool:
        """A dialog is open or a mouse button is held (a drag in the calendar): the pages
        are not touched now; the change is still seen at the next tick after."""
        return (
            QApplication.activeModalWidget() is not None
            or QApplication.mouseButtons() != Qt.MouseButton.NoButton
        )

    @Slot()
    def tick(self) -> bool:
        """One poll; True when `changed` was emitted."""
        if self.online and self.probe.mark is not None and self.user_is_busy():
            return False
        try:
            changed = self.probe.poll()
        except (SQLAlchemyError, DatabaseError) as error:
            if self.online:
                self.online = False
                reason = str(getattr(error, "orig", None) or error).splitlines()[0]
                log.warning("the database does not answer: %s", reason)
                self.connection_lost.emit(reason)
            return False
        if not self.online:
            self.online = True
            log.info("the database answers again")
            self.reconnected.emit()
            changed = True
        if changed:
            self.changed.emit()
        return changed
