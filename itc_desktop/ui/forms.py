"""Small pieces the forms share: role names for people, live password checks, the line under
a form that says what is wrong, and the draft a long form keeps while it is open (#12)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from itc_desktop.drafts import DraftStore, DraftUnreadable
from itc_desktop.i18n import format_local_time
from itc_desktop.models.users import ROLE_VALUES
from itc_desktop.services.users import MIN_PASSWORD_LENGTH

log = logging.getLogger(__name__)

# A changed form is written to its draft at most this often (and once more when it is left).
DRAFT_SAVE_MS = 3000


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


# ----------------------------------------------------------------------------- drafts


def field_value(widget: QWidget) -> Any:
    """What a form field holds, as JSON: text, a combo's item data (and text), a check, a
    number, an ISO date or time, a table's cells (a combo in a cell by its data)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return {"data": widget.currentData(), "text": widget.currentText()}
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QTableWidget):
        rows = []
        for row in range(widget.rowCount()):
            cells: list[Any] = []
            for col in range(widget.columnCount()):
                inside = widget.cellWidget(row, col)
                item = widget.item(row, col)
                if inside is not None:
                    cells.append(field_value(inside))
                else:
                    cells.append(item.text() if item is not None else "")
            rows.append(cells)
        return rows
    raise TypeError(f"no draft value for {type(widget).__name__}")


def set_field_value(widget: QWidget, value: Any) -> None:
    """The reverse of field_value. A combo's item is found by its data (by its text when
    editable or without data); a table gets the rows it had."""
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        data, text = value["data"], str(value["text"])
        index = widget.findData(data) if data is not None else widget.findText(text)
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setCurrentText(text)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(str(value), Qt.DateFormat.ISODate))
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(QDateTime.fromString(str(value), Qt.DateFormat.ISODate))
    elif isinstance(widget, QTableWidget):
        rows = list(value)
        while widget.rowCount() < len(rows):
            widget.insertRow(widget.rowCount())
        widget.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for col, cell in enumerate(cells[: widget.columnCount()]):
                inside = widget.cellWidget(row, col)
                if inside is not None:
                    set_field_value(inside, cell)
                elif widget.item(row, col) is None:
                    widget.setItem(row, col, QTableWidgetItem(str(cell)))
                else:
                    widget.item(row, col).setText(str(cell))
    else:
        raise TypeError(f"no draft value for {type(widget).__name__}")


def _watch(widget: QWidget, slot: Callable[..., None]) -> None:
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        widget.editTextChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QTableWidget):
        widget.itemChanged.connect(slot)
        widget.model().rowsInserted.connect(slot)
        widget.model().rowsRemoved.connect(slot)


class RestoreDraftBox(QMessageBox):
    """Asks whether to refill the form from the draft a crash left behind."""

    def __init__(self, saved_at: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Unsaved draft"))
        self.setText(self.tr("Restore the unsaved draft from {time}?").format(time=saved_at))
        self.setInformativeText(
            self.tr(
                "This form was left without saving or cancelling when the program last "
                "closed (a crash or a power cut). Its values were kept."
            )
        )
        self.restore_button = self.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.YesRole)
        self.discard_button = self.addButton(
            self.tr("&Discard the draft"), QMessageBox.ButtonRole.NoRole
        )
        self.setDefaultButton(self.restore_button)


class DraftProblemBox(QMessageBox):
    """Tells the user that a draft was there but could not be put back."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Unsaved draft"))
        self.setText(text)


class FormDraft(QObject):
    """The draft of one open form. `fields` (name → widget, in the order they are refilled:
    a field whose change reloads another's choices comes first) are written to the user's
    drafts file a few seconds after a change; `extra()` adds what is not in a widget and
    `restore_extra(values)` puts it back. The dialog's end (a save or a cancel) removes the
    draft; a crash leaves it, and `offer()` on the next opening of the same form asks to
    restore it."""

    def __init__(
        self,
        dialog: QDialog,
        store: DraftStore,
        form: str,
        key: str,
        fields: Callable[[], Mapping[str, QWidget]],
        *,
        extra: Callable[[], dict[str, Any]] | None = None,
        restore_extra: Callable[[dict[str, Any]], None] | None = None,
    ):
        super().__init__(dialog)
        self.dialog = dialog
        self.store = store
        self.form = form
        self.key = key
        self.fields = fields
        self.extra = extra
        self.restore_extra = restore_extra
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_SAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self._done = False
        dialog.finished.connect(self.discard)

    def watch(self) -> None:
        """Saves after every change of the fields from now on (call once the form is filled)."""
        for widget in self.fields().values():
            _watch(widget, self.on_changed)

    @Slot()
    def on_changed(self, *_args: object) -> None:
        if not self._done and not self.timer.isActive():
            self.timer.start()  # while typing goes on, a save every DRAFT_SAVE_MS

    def values(self) -> dict[str, Any]:
        values = {name: field_value(widget) for name, widget in self.fields().items()}
        if self.extra is not None:
            values["extra"] = self.extra()
        return values

    @Slot()
    def save_now(self) -> None:
        if self._done:
            return
        try:
            self.store.save(self.form, self.key, self.values())
        except OSError:  # a full disk must not take the form with it
            log.exception("the draft of %s %s could not be written", self.form, self.key)

    @Slot()
    def discard(self) -> None:
        self._done = True
        self.timer.stop()
        try:
            self.store.discard(self.form, self.key)
        except OSError:
            log.exception("the draft of %s %s could not be removed", self.form, self.key)

    def offer(self) -> bool:
        """Asks to restore a draft left by a crash; True when the form was refilled from it.
        A draft that cannot be read or put back is removed, and the user is told."""
        try:
            draft = self.store.load(self.form, self.key)
        except DraftUnreadable as error:
            self.store.discard(self.form, self.key)
            DraftProblemBox(
                self.tr(
                    "An unsaved draft of this form could not be read ({reason}); it was removed."
                ).format(reason=error),
                self.dialog,
            ).exec()
            return False
        if draft is None:
            return False
        saved_at = format_local_time(draft.saved_at.astimezone())
        box = RestoreDraftBox(saved_at, self.dialog)
        box.exec()
        if box.clickedButton() is not box.restore_button:
            self.store.discard(self.form, self.key)
            return False
        fields = self.fields()
        try:
            for name, widget in fields.items():
                if name in draft.values:
                    set_field_value(widget, draft.values[name])
            if self.restore_extra is not None:
                self.restore_extra(dict(draft.values.get("extra") or {}))
        except (KeyError, TypeError, ValueError) as error:
            log.warning("the draft of %s %s could not be restored: %r", self.form, self.key, error)
            self.store.discard(self.form, self.key)
            DraftProblemBox(
                self.tr(
                    "The unsaved draft from {time} could not be put back completely; check "
                    "the form before saving. The draft was removed."
                ).format(time=saved_at),
                self.dialog,
            ).exec()
        return True
