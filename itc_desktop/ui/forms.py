"""Small pieces the forms share: role names for people, live password checks, the line under
a form that says what is wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from itc_desktop.models.users import ROLE_VALUES
from itc_desktop.services.users import MIN_PASSWORD_LENGTH


def role_title(role: str) -> str:
    titles = {
        "admin": QCoreApplication.translate("roles", "Administrator"),
        "manager": QCoreApplication.translate("roles", "Manager"),
        "technician": QCoreApplication.translate("roles", "Technician"),
    }
    return titles.get(role, role)


def role_choices() -> list[tuple[str, str]]:
    """(value, title) for a role combo box, in the table's order."""
    return [(role, role_title(role)) for role in ROLE_VALUES]


def password_problem(password: str, repeat: str) -> str:
    """What is wrong with a new password and its repetition, or "" when both are fine."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return QCoreApplication.translate(
            "forms", "Password: at least %n characters", "", MIN_PASSWORD_LENGTH
        )
    if password != repeat:
        return QCoreApplication.translate("forms", "Repeat password: does not match")
    return ""


class FormMessage(QLabel):
    """One line under a form: red for a problem, green for a success, empty when neither."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("formMessage")
        self.setVisible(False)  # takes no room until there is something to say

    def show_problem(self, text: str) -> None:
        self.setStyleSheet("color: #b00020;")
        self.setText(text)
        self.setVisible(bool(text))

    def show_success(self, text: str) -> None:
        self.setStyleSheet("color: #1b5e20;")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)
