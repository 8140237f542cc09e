"""The Qualified operators tab of an equipment's detail panel: who may operate it, granted by
whom and when, valid until, and the state (valid / expiring / expired / revoked / not yet).
Managers and admins grant (or renew) and revoke; the service refuses anyone else anyway."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.models.base import utcnow
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services.equipment_settings import local_date
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.services.qualifications import (
    OperatorRow,
    QualificationRow,
    QualificationState,
)
from itc_desktop.ui.errors import error_text, show_domain_error
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import AMBER, GREEN, GREY, RED, configure_table, date_text

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
EXPIRING_DAYS = 30  # a valid qualification ending within this many days shows "expiring"

EXPIRING = "expiring"  # shown state on top of the service's QualificationState values


def shown_state(row: QualificationRow, today: date) -> str:
    if (
        row.state == QualificationState.VALID
        and row.valid_until is not None
        and row.valid_until <= today + timedelta(days=EXPIRING_DAYS)
    ):
        return EXPIRING
    return row.state.value


def state_title(state: str) -> str:
    tr = QCoreApplication.translate
    titles = {
        QualificationState.VALID.value: tr("OperatorsTab", "valid"),
        EXPIRING: tr("OperatorsTab", "expiring"),
        QualificationState.EXPIRED.value: tr("OperatorsTab", "expired"),
        QualificationState.REVOKED.value: tr("OperatorsTab", "revoked"),
        QualificationState.NOT_YET.value: tr("OperatorsTab", "not yet valid"),
    }
    return titles.get(state, state)


_STATE_COLOURS = {
    QualificationState.VALID.value: GREEN,
    EXPIRING: AMBER,
    QualificationState.EXPIRED.value: RED,
    QualificationState.REVOKED.value: GREY,
    QualificationState.NOT_YET.value: AMBER,
}


class OperatorsTableModel(QAbstractTableModel):
    USER, GRANTED_BY, GRANTED_ON, VALID_UNTIL, STATE, NOTES = range(6)
    HEADERS = ("Operator", "Granted by", "Granted on", "Valid until", "State", "Notes")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[QualificationRow] = []
        self.today = date.today()

    def set_rows(self, rows: list[QualificationRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self.endResetModel()

    def row_at(self, row: int) -> QualificationRow:
        return self._rows[row]

    def row_of(self, qualification_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == qualification_id), -1)

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
            return QCoreApplication.translate("OperatorsTableModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        state = shown_state(row, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.USER:
                return row.user_name
            if column == self.GRANTED_BY:
                return row.granted_by or ""
            if column == self.GRANTED_ON:
                return date_text(row.granted_on)
            if column == self.VALID_UNTIL:
                return date_text(row.valid_until) or QCoreApplication.translate(
                    "OperatorsTableModel", "no end"
                )
            if column == self.STATE:
                return state_title(state)
            if column == self.NOTES:
                return row.revoke_reason if row.revoked_at is not None else row.notes
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QColor(_STATE_COLOURS.get(state, GREY))
        return None


class GrantDialog(QDialog):
    """Operator, valid until (or no end date), notes. OK calls `save`; a refusal appears under
    the form and the dialog stays open."""

    def __init__(
        self,
        operators: list[OperatorRow],
        today: date,
        save: Callable[[int, date | None, str], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Grant a qualification"))
        self.setMinimumWidth(420)
        self.operator = QComboBox()
        self.operator.setObjectName("operator")
        for operator in operators:
            self.operator.addItem(f"{operator.full_name} ({operator.username})", operator.id)
        self.valid_until = QDateEdit(QDate(today.year + 2, today.month, min(today.day, 28)))
        self.valid_until.setObjectName("validUntil")
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.valid_until.setCalendarPopup(True)
        self.no_end = QCheckBox(self.tr("No end date"))
        self.no_end.setObjectName("noEnd")
        self.no_end.toggled.connect(lambda on: self.valid_until.setEnabled(not on))
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Operator:"), self.operator)
        form.addRow(self.tr("&Valid until:"), self.valid_until)
        form.addRow("", self.no_end)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Grant"))
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def select_operator(self, user_id: int) -> None:
        self.operator.setCurrentIndex(self.operator.findData(user_id))

    def chosen_valid_until(self) -> date | None:
        return None if self.no_end.isChecked() else self.valid_until.date().toPython()

    @Slot()
    def on_ok(self) -> None:
        user_id = self.operator.currentData()
        if user_id is None:
            self.message.show_problem(self.tr("Choose an operator."))
            return
        try:
            self._save(int(user_id), self.chosen_valid_until(), self.notes.text())
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


class RevokeDialog(QDialog):
    """The reason for revoking; OK calls `save(reason)`, a refusal stays in the dialog."""

    def __init__(
        self, row: QualificationRow, save: Callable[[str], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Revoke a qualification"))
        self.setMinimumWidth(420)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("Operator:"), QLabel(row.user_name))
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Revoke"))
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def on_ok(self) -> None:
        try:
            self._save(self.reason.text())
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()


@dataclass(frozen=True)
class _Loaded:
    equipment_id: int
    today: date
    rows: list[QualificationRow]


class OperatorsTab(QWidget):
    """`set_equipment(id)` loads; `changed` after a grant or a revocation."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.equipment_id: int | None = None
        self.today = date.today()
        self.may_grant = can(context.actor, Permission.GRANT_QUALIFICATION)

        self.model = OperatorsTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("operatorsTable")
        self.view.setModel(self.model)
        configure_table(self.view, OperatorsTableModel.NOTES)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.show_revoked = QCheckBox(self.tr("Show &revoked"))
        self.show_revoked.setObjectName("showRevoked")
        self.show_revoked.toggled.connect(self.reload)
        self.grant_button = QPushButton(self.tr("&Grant…"))
        self.grant_button.setObjectName("grant")
        self.grant_button.clicked.connect(self.on_grant)
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setObjectName("revoke")
        self.revoke_button.clicked.connect(self.on_revoke)
        if not self.may_grant:
            hint = self.tr("Only a manager or an administrator grants qualifications.")
            self.grant_button.setToolTip(hint)
            self.revoke_button.setToolTip(hint)

        buttons = QHBoxLayout()
        buttons.addWidget(self.grant_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_revoked)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------

    def set_equipment(self, equipment_id: int | None) -> None:
        self.equipment_id = equipment_id
        if equipment_id is None:
            self.model.set_rows([], self.today)
            self._update_buttons()
            return
        self.reload()

    @Slot()
    def reload(self, *_args: object) -> None:
        equipment_id = self.equipment_id
        if equipment_id is None:
            return
        db, actor = self.context.db, self.context.actor
        include_revoked = self.show_revoked.isChecked()

        def load() -> _Loaded:
            with db.reader() as session:
                return _Loaded(
                    equipment_id=equipment_id,
                    today=local_date(session, utcnow()),
                    rows=qualification_service.list_qualifications(
                        session, actor, equipment_id=equipment_id, include_revoked=include_revoked
                    ),
                )

        self.context.runner.run(load, self._show_loaded)

    def _show_loaded(self, loaded: _Loaded) -> None:
        if loaded.equipment_id != self.equipment_id:
            return
        keep = self.selected_qualification()
        self.today = loaded.today
        self.model.set_rows(loaded.rows, loaded.today)
        self.view.resizeColumnsToContents()
        if keep is not None:
            self.select_qualification(keep.id)
        self._update_buttons()

    def selected_qualification(self) -> QualificationRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_qualification(self, qualification_id: int) -> bool:
        row = self.model.row_of(qualification_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected_qualification()
        self.grant_button.setEnabled(self.may_grant and self.equipment_id is not None)
        self.revoke_button.setEnabled(
            self.may_grant and selected is not None and selected.revoked_at is None
        )

    # -- changes ---------------------------------------------------------------------------

    def _change(self, change: Callable[[Session, Actor], object]) -> None:
        """One unit of work through the service (raises its refusal), then reload."""
        with self.context.db.transaction(self.context.actor) as session:
            change(session, self.context.actor)
        self.reload()
        self.changed.emit()

    def grant(self, user_id: int, valid_until: date | None, notes: str = "") -> None:
        equipment_id = self.equipment_id
        if equipment_id is None:
            return
        self._change(
            lambda s, actor: qualification_service.grant_qualification(
                s, actor, user_id, equipment_id, valid_until=valid_until, notes=notes
            )
        )

    def revoke(self, qualification_id: int, reason: str) -> None:
        self._change(
            lambda s, actor: qualification_service.revoke_qualification(
                s, actor, qualification_id, reason
            )
        )

    def operators(self) -> list[OperatorRow]:
        with self.context.db.reader() as session:
            return qualification_service.list_operators(session, self.context.actor)

    def make_grant_dialog(self) -> GrantDialog:
        return GrantDialog(self.operators(), self.today, self.grant, self)

    def make_revoke_dialog(self, row: QualificationRow) -> RevokeDialog:
        return RevokeDialog(row, lambda reason: self.revoke(row.id, reason), self)

    @Slot()
    def on_grant(self) -> None:
        if self.equipment_id is None:
            return
        try:
            dialog = self.make_grant_dialog()
        except DomainError as error:
            show_domain_error(self, error)
            return
        dialog.exec()

    @Slot()
    def on_revoke(self) -> None:
        row = self.selected_qualification()
        if row is not None:
            self.make_revoke_dialog(row).exec()
