"""Dialogs of the Admin page's Users tab: new user, change role, reset password."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Actor, Database
from itc_desktop.services import users as user_service
from itc_desktop.services.errors import DomainError
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage, password_problem, role_choices
from itc_desktop.ui.models.users import UserRow


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _role_combo(current: str = "technician") -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("role")
    for value, title in role_choices():
        combo.addItem(title, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class CreateUserDialog(QDialog):
    """Checks as the user types; the service checks again on OK and its answer (naming the
    wrong fields) appears under the form, the dialog staying open. `created` after accept."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.created: Actor | None = None
        self.setWindowTitle(self.tr("New user"))
        self.setMinimumWidth(420)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.role = _role_combo()
        self.password = _password_field("password")
        self.repeat = _password_field("repeat")
        self.message = FormMessage()

        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Re&peat password:"), self.repeat)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create user"))
        self.buttons.accepted.connect(self.on_create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.textChanged.connect(self.on_input_changed)
        self.on_input_changed()

    def problem(self) -> str:
        if not self.username.text().strip():
            return self.tr("Username: required")
        if not self.full_name.text().strip():
            return self.tr("Full name: required")
        return password_problem(self.password.text(), self.repeat.text())

    @Slot()
    def on_input_changed(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        touched = any(f.text() for f in (self.username, self.full_name, self.password))
        if problem and touched:
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    @Slot()
    def on_create(self) -> None:
        if self.problem():
            return
        try:
            with self.db.transaction(self.actor) as session:
                self.created = user_service.create_user(
                    session,
                    self.actor,
                    self.username.text(),
                    self.full_name.text(),
                    self.role.currentData(),
                    self.password.text(),
                    self.email.text() or None,
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


class RoleDialog(QDialog):
    def __init__(self, user: UserRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role"))
        self.role = _role_combo(user.role)
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("Role of {name} ({username}):").format(
                    name=user.full_name, username=user.username
                )
            )
        )
        form.addRow(self.tr("&Role:"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_role(self) -> str:
        return str(self.role.currentData())


class ResetPasswordDialog(QDialog):
    def __init__(self, user: UserRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.password = _password_field("password")
        self.repeat = _password_field("repeat")
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("New password for {name} ({username}):").format(
                    name=user.full_name, username=user.username
                )
            )
        )
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("Re&peat password:"), self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(self.on_input_changed)
        self.repeat.textChanged.connect(self.on_input_changed)
        self.on_input_changed()

    @Slot()
    def on_input_changed(self) -> None:
        problem = password_problem(self.password.text(), self.repeat.text())
        self.ok_button.setEnabled(not problem)
        if problem and self.password.text():
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    def new_password(self) -> str:
        return self.password.text()
