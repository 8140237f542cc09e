"""Starting the kiosk: the Qt application, the read-only connection, the language, and the
window in full screen until an administrator leaves it."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import ArgumentError

from itc_desktop.db import DatabaseError
from itc_desktop.logsetup import configure_logging
from itc_desktop.services.kiosk import KioskReader
from itc_desktop.ui.kiosk.window import IDLE_TIMEOUT_S, POLL_INTERVAL_S, KioskWindow
from itc_desktop.ui.translation import load_language

log = logging.getLogger(__name__)


class KioskExceptionHook:
    """An unexpected error in the lobby is logged and the kiosk starts over at its start
    screen: no traceback dialog in front of visitors, and nothing left on screen."""

    def __init__(self) -> None:
        self.window: KioskWindow | None = None
        self._previous = sys.excepthook

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("kiosk: unexpected error", exc_info=(exc_type, exc, tb))
        if self.window is not None:
            self.window.reset_to_start()

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous


def run_kiosk(
    url: str,
    *,
    idle_timeout_s: float = IDLE_TIMEOUT_S,
    poll_interval_s: float = POLL_INTERVAL_S,
    language: str = "en",
    windowed: bool = False,
) -> int:
    """Runs until an administrator leaves the kiosk (Ctrl+Shift+Q). A database that cannot
    be reached does not stop it: the window says so and retries."""
    log_file = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ITC Lab kiosk")
    app.setOrganizationName("ITC")
    hook = KioskExceptionHook()
    hook.install()
    try:
        try:
            reader = KioskReader.open(url)
        except (DatabaseError, ArgumentError) as error:  # a malformed URL: nothing to retry
            print(error, file=sys.stderr)
            return 2
        log.info("kiosk on %s (log: %s)", reader.database.location, log_file)
        load_language(app, language)
        window = KioskWindow(
            reader,
            idle_timeout_s=idle_timeout_s,
            poll_interval_s=poll_interval_s,
            default_language=language,
        )
        hook.window = window
        if windowed:
            window.resize(1366, 768)
            window.show()
        else:
            window.showFullScreen()
        app.exec()
        hook.window = None
        reader.dispose()
        return 0
    finally:
        hook.uninstall()
