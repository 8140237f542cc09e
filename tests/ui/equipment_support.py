"""Helpers of the Equipment page tests: drive the modal dialogs a page opens, read the table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from itc_desktop.ui.models.equipment import EquipmentTableModel
from itc_desktop.ui.pages.equipment import EquipmentPage


class DialogDriver:
    """`expect(fn)` before the action that opens a modal dialog: `fn(dialog)` runs once the
    dialog is up (it must close it). `seen` lists the dialogs driven, `errors` what failed."""

    def __init__(self) -> None:
        self.seen: list[QDialog] = []
        self.errors: list[BaseException] = []

    def expect(self, drive: Callable[[QDialog], None], tries: int = 200) -> None:
        def poll(left: int = tries) -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and dialog not in self.seen:
                self.seen.append(dialog)
                try:
                    drive(dialog)
                except BaseException as error:  # reported by the test, never left open
                    self.errors.append(error)
                    dialog.reject()
                return
            if left > 0:
                QTimer.singleShot(10, lambda: poll(left - 1))
            else:
                self.errors.append(AssertionError("no dialog opened"))

        QTimer.singleShot(0, poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def table_texts(page: EquipmentPage) -> list[dict[str, str]]:
    """The list as shown: one dict per visible row, by column header."""
    proxy = page.proxy
    headers = EquipmentTableModel.HEADERS
    return [
        {headers[c]: proxy.index(r, c).data() or "" for c in range(len(headers))}
        for r in range(proxy.rowCount())
    ]


def row_texts(page: EquipmentPage, tag: str) -> dict[str, str]:
    return next(row for row in table_texts(page) if row["Asset tag"] == tag)


def selected_tags(page: EquipmentPage) -> list[str]:
    return [row.asset_tag for row in page.selected_rows()]
