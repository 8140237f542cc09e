"""The Users tab of the Admin page (admins only): list, create, role, password, (de)activate."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.services import users as user_service
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.models.users import UserRow, UsersTableModel
from itc_desktop.ui.pages.admin_dialogs import CreateUserDialog, ResetPasswordDialog, RoleDialog
from itc_desktop.ui.pages.registry import PageContext


class UsersTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = UsersTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("usersTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(UsersTableModel.USERNAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setSectionResizeMode(
            UsersTableModel.FULL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.view.doubleClicked.connect(self.on_change_role)

        self.new_button = QPushButton(self.tr("&New user…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.on_new_user)
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.role_button.clicked.connect(self.on_change_role)
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.password_button.clicked.connect(self.on_reset_password)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.clicked.connect(self.on_toggle_active)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.role_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

        self.allowed = can(context.actor, Permission.MANAGE_USERS)
        self.new_button.setEnabled(self.allowed)
        if self.allowed:
            self.reload()
        self.on_selection_changed()

    # -- data ------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        with self.context.db.reader() as session:
            users = user_service.list_users(session, self.context.actor)
            rows = [
                UserRow(u.id, u.username, u.full_name, u.role, u.email, u.active) for u in users
            ]
        keep = select_id if select_id is not None else self._selected_id()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if keep is not None:
            self.select_user(keep)
        self.on_selection_changed()

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_user(self) -> UserRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _selected_id(self) -> int | None:
        user = self.selected_user()
        return None if user is None else user.id

    def _apply(self, change: Callable[[Session, Actor], None]) -> bool:
        """Runs one change of users.py as a unit of work; a refusal is shown to the user."""
        try:
            with self.context.db.transaction(self.context.actor) as session:
                change(session, self.context.actor)
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self.reload()
        return True

    def set_role(self, user_id: int, role: str) -> bool:
        return self._apply(lambda s, actor: user_service.set_role(s, actor, user_id, role))

    def set_active(self, user_id: int, active: bool) -> bool:
        return self._apply(lambda s, actor: user_service.set_active(s, actor, user_id, active))

    def reset_password(self, user_id: int, password: str) -> bool:
        return self._apply(
            lambda s, actor: user_service.reset_password(s, actor, user_id, password)
        )

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        user = self.selected_user()
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(self.allowed and user is not None)
        self.active_button.setText(
            self.tr("&Activate") if user is not None and not user.active else self.tr("&Deactivate")
        )

    @Slot()
    def on_new_user(self) -> None:
        dialog = CreateUserDialog(self.context.db, self.context.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.reload(select_id=dialog.created.id)

    @Slot()
    def on_change_role(self) -> None:
        user = self.selected_user()
        if user is None or not self.allowed:
            return
        dialog = RoleDialog(user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_role() != user.role:
            self.set_role(user.id, dialog.chosen_role())

    @Slot()
    def on_reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reset_password(user.id, dialog.new_password())

    @Slot()
    def on_toggle_active(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.set_active(user.id, not user.active)
