"""How errors reach the user: domain errors as readable message boxes (naming the wrong
fields), anything unexpected as a dialog with the traceback, logged to the rotating log."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from itc_desktop.services.errors import (
    Conflict,
    DomainError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)

log = logging.getLogger("itc_desktop.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def error_title(error: DomainError) -> str:
    if isinstance(error, ValidationError):
        return _tr("Please correct the input")
    if isinstance(error, PermissionDenied):
        return _tr("Not allowed")
    if isinstance(error, NotFound):
        return _tr("Not found")
    if isinstance(error, Conflict):
        return _tr("Conflict")
    if isinstance(error, InvalidTransition):
        return _tr("Not possible now")
    return _tr("Cannot do this")


def error_text(error: DomainError) -> str:
    """The message for the user; a ValidationError lists every wrong field on its own line."""
    if isinstance(error, ValidationError):
        lines = [
            f"• {name}: {message}" if name else f"• {message}"
            for name, message in error.errors.items()
        ]
        return "\n".join(lines)
    return str(error)


class ErrorBox(QMessageBox):
    """The message box for a refused operation (a DomainError)."""

    def __init__(self, error: DomainError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(error_title(error))
        self.setText(error_text(error))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    ErrorBox(error, parent).exec()


class UnexpectedErrorDialog(QMessageBox):
    """Something the program did not expect: the message, and the traceback under Details."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(_tr("Unexpected error"))
        self.setText(
            _tr("Something went wrong that the program did not expect:")
            + f"\n\n{message}\n\n"
            + _tr("The details were written to the log file. You can continue working.")
        )
        self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


class ExceptionReporter:
    """`sys.excepthook` for the running app: DomainErrors that escaped a slot get the normal
    message box; anything else is logged and shown in UnexpectedErrorDialog. The app keeps
    running either way."""

    def __init__(self, parent_getter: Callable[[], QWidget | None] | None = None):
        self._parent_getter = parent_getter or QApplication.activeWindow
        self._showing = False
        self._previous: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if isinstance(exc, DomainError):
            log.warning("refused: %s", exc)
        else:
            log.error("unexpected error\n%s", details)
        if self._showing:  # an error while an error dialog is open: the log has it
            return
        self._showing = True
        try:
            parent = self._parent_getter()
            if isinstance(exc, DomainError):
                show_domain_error(parent, exc)
            else:
                message = f"{exc_type.__name__}: {exc}"
                UnexpectedErrorDialog(message, details, parent).exec()
        except Exception:
            log.exception("the error dialog itself failed")
        finally:
            self._showing = False
