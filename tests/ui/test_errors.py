"""Errors reaching the user: refusals as readable boxes naming the fields, unexpected
exceptions as a logged dialog with the traceback, and the app carries on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QPushButton

from itc_desktop.config import user_log_dir
from itc_desktop.db import Actor
from itc_desktop.logsetup import LOG_FILE_NAME, configure_logging
from itc_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from itc_desktop.ui.errors import (
    ErrorBox,
    ExceptionReporter,
    UnexpectedErrorDialog,
    error_text,
    error_title,
)


def test_validation_error_lists_every_field(qapp: object) -> None:
    error = ValidationError({"Username": "required", "Time zone": "unknown time zone Mars/Olympus"})
    text = error_text(error)
    assert text.splitlines() == [
        "• Username: required",
        "• Time zone: unknown time zone Mars/Olympus",
    ]
    box = ErrorBox(error)
    assert box.windowTitle() == "Please correct the input"
    assert "Username: required" in box.text()


def test_other_domain_errors_get_their_own_titles(qapp: object) -> None:
    assert error_title(PermissionDenied("no")) == "Not allowed"
    assert error_title(Conflict("taken")) == "Conflict"
    assert error_text(Conflict("The username đorđe is taken.")) == "The username đorđe is taken."


@pytest.mark.qt_no_exception_capture
def test_unexpected_exception_in_a_slot_shows_the_dialog_and_the_app_keeps_running(
    qtbot, open_window, admin: Actor, shown_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure_logging()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    ExceptionReporter().install()
    window = open_window(admin)
    button = QPushButton("Break", window)

    def broken_slot() -> None:
        raise RuntimeError("measurement file vanished: próba_Ђ.csv")

    button.clicked.connect(broken_slot)
    button.click()

    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert box.kind == "unexpected"
    assert box.title == "Unexpected error"
    assert "RuntimeError: measurement file vanished: próba_Ђ.csv" in box.text
    assert "Traceback" in box.details and "broken_slot" in box.details
    log_text = (user_log_dir() / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "measurement file vanished: próba_Ђ.csv" in log_text
    # The window still works after the error.
    window.show_page("account")
    assert window.current_page_key() == "account"
    button.click()
    assert len(shown_boxes) == 2


@pytest.mark.qt_no_exception_capture
def test_domain_error_escaping_a_slot_gets_the_plain_message_box(
    qtbot, shown_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ExceptionReporter(lambda: None).install()
    button = QPushButton()
    qtbot.addWidget(button)

    def refused() -> None:
        raise PermissionDenied("Only admins.")

    button.clicked.connect(refused)
    button.click()
    assert [(b.kind, b.title, b.text) for b in shown_boxes] == [
        ("error", "Not allowed", "Only admins.")
    ]


def test_reporter_survives_a_failing_dialog(
    qapp: object, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(_box: UnexpectedErrorDialog) -> int:
        raise OSError("no display")

    monkeypatch.setattr(UnexpectedErrorDialog, "exec", explode)
    reporter = ExceptionReporter(lambda: None)
    try:
        raise KeyError("x")
    except KeyError as error:
        reporter(KeyError, error, error.__traceback__)
    assert "the error dialog itself failed" in caplog.text
    assert "unexpected error" in caplog.text


def test_install_and_uninstall_restore_the_previous_hook(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def previous(*_args: object) -> None:
        return None

    monkeypatch.setattr(sys, "excepthook", previous)
    reporter = ExceptionReporter()
    reporter.install()
    assert sys.excepthook is reporter
    reporter.uninstall()
    assert sys.excepthook is previous
