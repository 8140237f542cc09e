"""Signing in: the first-administrator dialog of an empty database, and the login dialog
(which in demo mode lists the demo accounts and their passwords)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Actor, Database
from itc_desktop.services import users as user_service
from itc_desktop.services.errors import DomainError
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage, password_problem, role_title

# (username, full name, role, password), as in itc_desktop.demo.DEMO_ACCOUNTS
DemoAccount = tuple[str, str, str, str]


class LoginDialog(QDialog):
    """Username and password; stays open with a message on a wrong password. `actor` holds
    the signed-in user after `accept()`."""

    def __init__(
        self,
        db: Database,
        demo_accounts: Sequence[DemoAccount] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — ITC Lab"))
        self.setMinimumWidth(420)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FormMessage()

        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.on_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>ITC Lab</b> — sign in to continue"))
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.demo_table: QTableWidget | None = None
        if demo_accounts:
            layout.addWidget(self._demo_box(demo_accounts))
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def _demo_box(self, accounts: Sequence[DemoAccount]) -> QGroupBox:
        box = QGroupBox(self.tr("Demo accounts (click one to fill in)"))
        table = QTableWidget(len(accounts), 3)
        table.setObjectName("demoAccounts")
        table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Role"), self.tr("Password")])
        for row, (username, _name, role, password) in enumerate(accounts):
            for col, text in enumerate((username, role_title(role), password)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, item)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + sum(table.rowHeight(r) for r in range(len(accounts)))
            + 2 * table.frameWidth()
        )
        table.cellClicked.connect(self.on_demo_account_clicked)
        self.demo_table = table
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        return box

    @Slot(int, int)
    def on_demo_account_clicked(self, row: int, _column: int) -> None:
        assert self.demo_table is not None
        self.username.setText(self.demo_table.item(row, 0).text())
        self.password.setText(self.demo_table.item(row, 2).text())

    @Slot()
    def on_sign_in(self) -> None:
        try:
            with self.db.reader() as session:
                self.actor = user_service.authenticate(
                    session, self.username.text(), self.password.text()
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstAdminDialog(QDialog):
    """An empty database: the person at the keyboard creates the first administrator and is
    signed in as that account."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the first administrator — ITC Lab"))
        self.setMinimumWidth(440)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FormMessage()

        intro = QLabel(
            self.tr(
                "This database has no users yet. Create the administrator account; "
                "the administrator then adds the other users on the Admin page."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&E-mail (optional):"), self.email)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.repeat)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create and sign in"))
        self.buttons.accepted.connect(self.on_create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
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
        self.create_button.setEnabled(not problem)
        if problem and any(
            f.text() for f in (self.username, self.full_name, self.password, self.repeat)
        ):
            self.message.show_problem(problem)
        else:
            self.message.clear_message()

    @Slot()
    def on_create(self) -> None:
        if self.problem():
            return
        try:
            with self.db.transaction() as session:
                self.actor = user_service.create_first_admin(
                    session,
                    self.username.text(),
                    self.full_name.text(),
                    self.password.text(),
                    self.email.text() or None,
                )
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()
