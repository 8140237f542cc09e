"""The users table of the Admin page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from itc_desktop.ui.forms import role_title

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these are flat tables


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    email: str | None
    active: bool


class UsersTableModel(QAbstractTableModel):
    USERNAME, FULL_NAME, ROLE, EMAIL, ACTIVE = range(5)
    HEADERS = ("Username", "Full name", "Role", "E-mail", "Status")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the UserRow of the line

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[UserRow] = []

    def set_rows(self, rows: Sequence[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UserRow:
        return self._rows[row]

    def row_of(self, user_id: int) -> int:
        """The line of a user, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == user_id), -1)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("UsersTableModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return user
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.USERNAME:
                return user.username
            if column == self.FULL_NAME:
                return user.full_name
            if column == self.ROLE:
                return role_title(user.role)
            if column == self.EMAIL:
                return user.email or ""
            if column == self.ACTIVE:
                return QCoreApplication.translate(
                    "UsersTableModel", "active" if user.active else "deactivated"
                )
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return Qt.GlobalColor.gray
        return None
