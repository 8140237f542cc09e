"""The kiosk's parts: the on-screen keypad, the progress through the workflow, and the dialog
where staff sign with an administrator's account to leave."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.services.kiosk import PROGRESS_STEPS
from itc_desktop.ui.kiosk.texts import step_name

BLUE = "#1f4e79"
ORANGE = "#e87722"
GREY = "#9aa5b1"
KEY_SIZE = 84  # px: a fingertip, with room to spare


def _tr(text: str) -> str:
    """Kiosk texts live in the context "Kiosk" (resources/translations/itc_*.ts)."""
    return QCoreApplication.translate("Kiosk", text)


class Keypad(QWidget):
    """Digits, a dash and backspace for touch screens. The keys never take the focus, so
    they type into the field the visitor last touched."""

    key_pressed = Signal(str)  # "0".."9", "-", or "\b" for backspace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 0, 0, 0)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "-", "0", "\b"]
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = QPushButton("⌫" if key == "\b" else key)
            button.setObjectName("kioskKey")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(KEY_SIZE, KEY_SIZE)
            button.clicked.connect(lambda _=False, k=key: self.key_pressed.emit(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button


class ProgressSteps(QWidget):
    """The workflow as numbered circles: done (blue tick), now (orange), still to come
    (grey); a paused job marks the step it left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.circles: list[QLabel] = []
        self.names: list[QLabel] = []
        for number, _status in enumerate(PROGRESS_STEPS, start=1):
            cell = QVBoxLayout()
            circle = QLabel(str(number))
            circle.setFixedSize(44, 44)
            circle.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QLabel()
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            name.setWordWrap(True)
            name.setObjectName("kioskStepName")
            cell.addWidget(circle, 0, Qt.AlignmentFlag.AlignHCenter)
            cell.addWidget(name)
            row.addLayout(cell, 1)
            self.circles.append(circle)
            self.names.append(name)
        self.current = -1
        self.paused = False

    def set_progress(self, index: int, *, paused: bool = False) -> None:
        self.current, self.paused = index, paused
        for position, (circle, name, status) in enumerate(
            zip(self.circles, self.names, PROGRESS_STEPS, strict=True)
        ):
            label = step_name(status)
            if position < index:
                circle.setText("✓")
                colour, fill, text = BLUE, BLUE, "white"
            elif position == index:
                circle.setText("❚❚" if paused else str(position + 1))
                colour, fill, text = ORANGE, ORANGE, "white"
                if paused:
                    label = f"{label}\n({step_name('on_hold')})"
            else:
                circle.setText(str(position + 1))
                colour, fill, text = GREY, "white", GREY
            circle.setStyleSheet(
                f"border: 3px solid {colour}; border-radius: 22px; background: {fill};"
                f" color: {text}; font-size: 15pt; font-weight: bold;"
            )
            name.setText(label)
            weight = "bold" if position == index else "normal"
            name.setStyleSheet(f"font-size: 13pt; font-weight: {weight};")


class StaffExitDialog(QDialog):
    """Username and password of an administrator; anyone else is refused with one message.
    `verify` reads only (the kiosk's connection is read-only)."""

    verified = Signal()

    def __init__(self, verify: Callable[[str, str], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._verify = verify
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        self.username_label, self.password_label = QLabel(), QLabel()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QHBoxLayout()
        self.leave_button = QPushButton()
        self.leave_button.setDefault(True)
        self.cancel_button = QPushButton()
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        buttons.addWidget(self.cancel_button)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.leave_button.clicked.connect(self.on_leave_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.password.returnPressed.connect(self.on_leave_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Staff exit"))
        self.intro.setText(
            _tr("To leave the kiosk, sign with the username and password of an administrator.")
        )
        self.username_label.setText(_tr("Username"))
        self.password_label.setText(_tr("Password"))
        self.leave_button.setText(_tr("Leave the kiosk"))
        self.cancel_button.setText(_tr("Cancel"))
        if self.error.isVisible():
            self.error.setText(self._error_text())

    @staticmethod
    def _error_text() -> str:
        return _tr("Wrong username or password, or the account is not an administrator.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_leave_clicked(self) -> None:
        ok = self._verify(self.username.text(), self.password.text())
        self.password.clear()
        if not ok:
            self.error.setText(self._error_text())
            self.error.show()
            self.password.setFocus()
            return
        self.verified.emit()
        self.accept()
