"""The Equipment page's "Take out of service…" and "Retire…" (managers and admins): each asks
for a note, Retire asks first because it is final; the services enforce the rules. Each is
based on the row as the list read it: changed elsewhere meanwhile, it is refused naming who
and when, and the page reads the row again (`EquipmentPage.on_status_changed`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from itc_desktop.models.equipment import EquipmentStatus
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.equipment import EquipmentRow
from itc_desktop.services.errors import DomainError
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.pages.registry import PageContext


def ask_note(parent: QWidget, title: str, label: str) -> str | None:
    """The note for the status change; None when cancelled."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text.strip() if ok else None


def confirm_retire(parent: QWidget, tag: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("EquipmentStatusActions", "Retire equipment"),
        QCoreApplication.translate(
            "EquipmentStatusActions",
            "Retire {tag}? It stays in the history but can never be booked or used again.",
        ).format(tag=tag),
    )
    return answer == QMessageBox.StandardButton.Yes


class StatusActions(QObject):
    def __init__(self, context: PageContext, page: QWidget, may_manage: bool):
        super().__init__(page)
        self.context, self.page, self.may_manage = context, page, may_manage
        self.row: EquipmentRow | None = None
        self.out_of_service_action = QAction(self.tr("Take out of service…"), page)
        self.retire_action = QAction(self.tr("Retire…"), page)
        self.out_of_service_action.triggered.connect(self.on_out_of_service)
        self.retire_action.triggered.connect(self.on_retire)
        self.update(None)

    def update(self, row: EquipmentRow | None) -> None:
        self.row = row
        usable = self.may_manage and row is not None
        retired = row is not None and row.status == EquipmentStatus.RETIRED.value
        out = row is not None and row.status == EquipmentStatus.OUT_OF_SERVICE.value
        self.out_of_service_action.setEnabled(usable and not retired and not out)
        self.retire_action.setEnabled(usable and not retired)

    def _change(self, title: str, retire: bool) -> bool:
        row = self.row
        if row is None:
            return False
        if retire and not confirm_retire(self.page, row.asset_tag):
            return False
        note = ask_note(self.page, title, self.tr("Why (required, kept in the history):"))
        if note is None:
            return False
        change = (
            equipment_service.retire_equipment if retire else equipment_service.take_out_of_service
        )
        try:
            with self.context.db.transaction(self.context.actor) as session:
                change(session, self.context.actor, row.id, note, expected_version=row.version)
        except DomainError as error:
            show_domain_error(self.page, error)
            return False
        return True

    @Slot()
    def on_out_of_service(self) -> bool:
        return self._change(self.tr("Take out of service"), retire=False)

    @Slot()
    def on_retire(self) -> bool:
        return self._change(self.tr("Retire"), retire=True)
