"""My account: who is signed in (name, role, language) and changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.services import users as user_service
from itc_desktop.services.accounts import own_account
from itc_desktop.services.errors import DomainError
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage, password_problem, role_title
from itc_desktop.ui.pages.registry import PageContext

LANGUAGE_NAMES = {
    "en": "English",
    "hu": "Magyar",
    "sr": "Srpski (latinica)",
    "sr-Cyrl": "Српски (ћирилица)",
}


class AccountPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        with context.db.reader() as session:
            account = own_account(session, context.actor)

        heading = QLabel(self.tr("<h2>My account</h2>"))
        details = QGroupBox(self.tr("Account"))
        info = QFormLayout(details)
        self.full_name_label = QLabel(account.full_name)
        self.username_label = QLabel(account.username)
        self.role_label = QLabel(role_title(account.role))
        self.email_label = QLabel(account.email or self.tr("(none)"))
        self.language_label = QLabel(LANGUAGE_NAMES.get(account.language, account.language))
        info.addRow(self.tr("Full name:"), self.full_name_label)
        info.addRow(self.tr("Username:"), self.username_label)
        info.addRow(self.tr("Role:"), self.role_label)
        info.addRow(self.tr("E-mail:"), self.email_label)
        info.addRow(self.tr("Language:"), self.language_label)

        password_box = QGroupBox(self.tr("Change my password"))
        self.current_password = QLineEdit()
        self.new_password = QLineEdit()
        self.repeat_password = QLineEdit()
        for field in (self.current_password, self.new_password, self.repeat_password):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self.on_password_input_changed)
        self.change_button = QPushButton(self.tr("Change password"))
        self.change_button.clicked.connect(self.on_change_password)
        self.message = FormMessage()
        form = QFormLayout(password_box)
        form.addRow(self.tr("Current password:"), self.current_password)
        form.addRow(self.tr("New password:"), self.new_password)
        form.addRow(self.tr("Repeat new password:"), self.repeat_password)
        form.addRow(self.message)
        form.addRow(self.change_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(password_box)
        layout.addStretch(1)
        for box in (details, password_box):
            box.setMaximumWidth(560)
        self.on_password_input_changed()

    def problem(self) -> str:
        if not self.current_password.text():
            return self.tr("Current password: required")
        return password_problem(self.new_password.text(), self.repeat_password.text())

    @Slot()
    def on_password_input_changed(self) -> None:
        problem = self.problem()
        self.change_button.setEnabled(not problem)
        if problem and (self.new_password.text() or self.repeat_password.text()):
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    @Slot()
    def on_change_password(self) -> None:
        if self.problem():
            return
        try:
            with self.context.db.transaction(self.context.actor) as session:
                user_service.change_own_password(
                    session,
                    self.context.actor,
                    self.current_password.text(),
                    self.new_password.text(),
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        for field in (self.current_password, self.new_password, self.repeat_password):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.change_button.setEnabled(False)
        self.message.show_success(self.tr("Your password was changed."))
