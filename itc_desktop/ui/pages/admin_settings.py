"""The Settings tab of the Admin page: the center's name, address, logo, default currency and
time zone. Administrators edit; everyone else reads."""

from __future__ import annotations

import base64
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.paths import resource_path
from itc_desktop.services import settings as settings_service
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.services.settings import CURRENCIES, MAX_LOGO_BYTES, CenterSettings
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.registry import PageContext

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LOGO_PREVIEW_HEIGHT = 64


class SettingsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.editable = can(context.actor, Permission.EDIT_SETTINGS)
        self.logo_base64 = ""

        self.name = QLineEdit()
        self.name.setObjectName("centerName")
        self.address = QPlainTextEdit()
        self.address.setObjectName("centerAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItems(list(CURRENCIES))
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("timeZone")
        self.time_zone.setEditable(True)
        self.time_zone.addItems(sorted(available_timezones()))
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.time_zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setMinimumHeight(LOGO_PREVIEW_HEIGHT)
        self.choose_logo_button = QPushButton(self.tr("Choose PNG…"))
        self.choose_logo_button.clicked.connect(self.on_choose_logo)
        self.default_logo_button = QPushButton(self.tr("Use the default logo"))
        self.default_logo_button.clicked.connect(self.on_default_logo)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.on_save)
        self.message = FormMessage()

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.default_logo_button)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Center &name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Default &currency:"), self.currency)
        form.addRow(self.tr("&Time zone:"), self.time_zone)

        form_box = QWidget()
        form_box.setMaximumWidth(720)
        form_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        if not self.editable:
            note = QLabel(self.tr("Only administrators change these settings."))
            note.setObjectName("readOnlyNote")
            layout.addWidget(note)
        layout.addWidget(form_box)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.name.setReadOnly(not self.editable)
        self.address.setReadOnly(not self.editable)
        for widget in (
            self.currency,
            self.time_zone,
            self.choose_logo_button,
            self.default_logo_button,
            self.save_button,
        ):
            widget.setEnabled(self.editable)
        self.load()

    def load(self) -> None:
        with self.context.db.reader() as session:
            center = settings_service.get_center(session)
        self.name.setText(center.name)
        self.address.setPlainText(center.address)
        self.currency.setCurrentText(center.default_currency)
        self.time_zone.setCurrentText(center.time_zone)
        self.set_logo(center.logo_png_base64)

    def set_logo(self, logo_base64: str) -> None:
        self.logo_base64 = logo_base64
        pixmap = QPixmap()
        if logo_base64:
            pixmap.loadFromData(QByteArray(base64.b64decode(logo_base64)), "PNG")
        else:
            pixmap.load(str(resource_path("logo.png")))
        if not pixmap.isNull():
            pixmap = pixmap.scaledToHeight(
                LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation
            )
        self.logo_preview.setPixmap(pixmap)
        self.logo_preview.setToolTip(
            self.tr("The default logo") if not logo_base64 else self.tr("The center's own logo")
        )

    def load_logo(self, path: Path) -> bool:
        """Takes a PNG file as the new logo (saved with the other settings)."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self.message.show_problem(
                self.tr("Logo: cannot read the file ({error})").format(
                    error=error.strerror or error
                )
            )
            return False
        if not data.startswith(PNG_SIGNATURE) or not QPixmap().loadFromData(data, "PNG"):
            self.message.show_problem(self.tr("Logo: the file is not a PNG image"))
            return False
        if len(data) > MAX_LOGO_BYTES:
            self.message.show_problem(
                self.tr("Logo: larger than {kb} KB").format(kb=MAX_LOGO_BYTES // 1024)
            )
            return False
        self.message.clear_message()
        self.set_logo(base64.b64encode(data).decode("ascii"))
        return True

    def pick_logo_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the center's logo"), "", self.tr("PNG images (*.png)")
        )
        return Path(name) if name else None

    @Slot()
    def on_choose_logo(self) -> None:
        path = self.pick_logo_file()
        if path is not None:
            self.load_logo(path)

    @Slot()
    def on_default_logo(self) -> None:
        self.set_logo("")

    def entered(self) -> CenterSettings:
        return CenterSettings(
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            default_currency=self.currency.currentText(),
            time_zone=self.time_zone.currentText().strip(),
            logo_png_base64=self.logo_base64,
        )

    @Slot()
    def on_save(self) -> None:
        try:
            with self.context.db.transaction(self.context.actor) as session:
                settings_service.update_center(session, self.context.actor, self.entered())
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.message.show_success(self.tr("Settings saved."))
