"""The kiosk's words: every text goes through Qt's translation in the "Kiosk" context
(resources/translations/itc_*.ts). Status words are plain sentences for visitors, not the
workstation's status names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Kiosk"


def _tr(text: str) -> str:
    """Kiosk texts live in the context "Kiosk" (resources/translations/itc_*.ts)."""
    return QCoreApplication.translate("Kiosk", text)


tr = _tr  # for texts held in variables (their literals are marked QT_TRANSLATE_NOOP)


MSG_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Kiosk",
    "We could not find a job with this reference and access code. Please check both and try again.",
)
MSG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Kiosk", "Please type both the job reference and the access code."
)

# What the visitor reads as the current status.
STATUS_SENTENCES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Kiosk", "We have received your order and your parts."),
    "quoted": QT_TRANSLATE_NOOP(
        "Kiosk", "We have sent you a quote and are waiting for your approval."
    ),
    "approved": QT_TRANSLATE_NOOP("Kiosk", "Your order is approved and the work is scheduled."),
    "in_progress": QT_TRANSLATE_NOOP("Kiosk", "We are preparing your parts for testing."),
    "testing": QT_TRANSLATE_NOOP("Kiosk", "We are testing your parts."),
    "completed": QT_TRANSLATE_NOOP("Kiosk", "Testing is finished. We are preparing your report."),
    "delivered": QT_TRANSLATE_NOOP("Kiosk", "Your job is finished and handed over. Thank you!"),
    "on_hold": QT_TRANSLATE_NOOP(
        "Kiosk", "Work on your job is paused for the moment. We will contact you."
    ),
    "cancelled": QT_TRANSLATE_NOOP("Kiosk", "This job has been cancelled."),
}

# Short names of the steps (progress bar and timeline).
STEP_NAMES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Kiosk", "Received"),
    "quoted": QT_TRANSLATE_NOOP("Kiosk", "Quote sent"),
    "approved": QT_TRANSLATE_NOOP("Kiosk", "Approved"),
    "in_progress": QT_TRANSLATE_NOOP("Kiosk", "Preparation"),
    "testing": QT_TRANSLATE_NOOP("Kiosk", "Testing"),
    "completed": QT_TRANSLATE_NOOP("Kiosk", "Finished"),
    "delivered": QT_TRANSLATE_NOOP("Kiosk", "Handed over"),
    "on_hold": QT_TRANSLATE_NOOP("Kiosk", "Paused"),
    "cancelled": QT_TRANSLATE_NOOP("Kiosk", "Cancelled"),
}


def status_sentence(status: str) -> str:
    return _tr(STATUS_SENTENCES[status]) if status in STATUS_SENTENCES else status


def step_name(status: str) -> str:
    return _tr(STEP_NAMES[status]) if status in STEP_NAMES else status


def countdown(seconds: float) -> str:
    """m:ss, rounded up: a lock of 60 s shows 1:00, then 0:59 ..."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"
