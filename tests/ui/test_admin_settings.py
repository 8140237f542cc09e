"""The Settings tab: administrators edit the center's settings, others only read them."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from itc_desktop.db import Actor, Database
from itc_desktop.services import settings as settings_service
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.services.settings import MAX_LOGO_BYTES, CenterSettings
from itc_desktop.ui.pages.admin_settings import SettingsTab
from tests.ui.keyboard import type_text


def _png(path: Path, width: int = 40, height: int = 20) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4e89"))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def settings_tab(qtbot, context_for, admin: Actor) -> SettingsTab:
    tab = SettingsTab(context_for(admin))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _stored(db: Database) -> CenterSettings:
    with db.reader() as session:
        return settings_service.get_center(session)


def test_admin_edits_and_saves_the_center_settings(
    qtbot, settings_tab: SettingsTab, db: Database
) -> None:
    settings_tab.name.clear()
    type_text(settings_tab.name, "ITC Szeged–Subotica, Центар")
    settings_tab.address.clear()
    type_text(settings_tab.address, "Subotički put 7, 24000 Subotica; Szőregi út 2, Szeged")
    settings_tab.currency.setCurrentText("RSD")
    settings_tab.time_zone.setCurrentText("Europe/Belgrade")
    qtbot.mouseClick(settings_tab.save_button, Qt.MouseButton.LeftButton)
    assert settings_tab.message.text() == "Settings saved."
    stored = _stored(db)
    assert stored.name == "ITC Szeged–Subotica, Центар"
    assert stored.address == "Subotički put 7, 24000 Subotica; Szőregi út 2, Szeged"
    assert (stored.default_currency, stored.time_zone) == ("RSD", "Europe/Belgrade")


def test_wrong_values_are_named_and_nothing_is_saved(
    qtbot, settings_tab: SettingsTab, db: Database
) -> None:
    before = _stored(db)
    settings_tab.name.clear()
    settings_tab.time_zone.setCurrentText("Europe/Szabadka")
    settings_tab.save_button.click()
    lines = settings_tab.message.text().splitlines()
    assert lines == ["• Name: required", "• Time zone: unknown time zone Europe/Szabadka"]
    assert _stored(db) == before


def test_a_png_logo_is_stored_base64(
    qtbot, settings_tab: SettingsTab, db: Database, tmp_path: Path, monkeypatch
) -> None:
    logo = _png(tmp_path / "logó.png")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(logo), "PNG (*.png)"))
    )
    settings_tab.choose_logo_button.click()
    assert settings_tab.logo_base64 == base64.b64encode(logo.read_bytes()).decode("ascii")
    assert settings_tab.logo_preview.pixmap().height() == 64
    settings_tab.save_button.click()
    assert _stored(db).logo_png_base64 == settings_tab.logo_base64
    # Back to the default logo.
    settings_tab.default_logo_button.click()
    settings_tab.save_button.click()
    assert _stored(db).logo_png_base64 == ""
    assert not settings_tab.logo_preview.pixmap().isNull()  # the shipped logo is shown


def test_cancelling_the_file_dialog_keeps_the_logo(settings_tab: SettingsTab, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: ("", "")))
    settings_tab.choose_logo_button.click()
    assert settings_tab.logo_base64 == ""
    assert settings_tab.message.text() == ""


def test_files_that_are_not_a_png_or_too_large_are_refused(
    settings_tab: SettingsTab, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"GIF89a not a png")
    assert not settings_tab.load_logo(fake)
    assert settings_tab.message.text() == "Logo: the file is not a PNG image"
    truncated = tmp_path / "broken.png"
    truncated.write_bytes(_png(tmp_path / "ok.png").read_bytes()[:30])
    assert not settings_tab.load_logo(truncated)
    assert not settings_tab.load_logo(tmp_path / "missing.png")
    assert settings_tab.message.text().startswith("Logo: cannot read the file")
    noise = os.urandom(700 * 700 * 4)
    big = QImage(noise, 700, 700, QImage.Format.Format_RGB32).copy()
    big.save(str(tmp_path / "big.png"), "PNG")
    assert (tmp_path / "big.png").stat().st_size > MAX_LOGO_BYTES
    assert not settings_tab.load_logo(tmp_path / "big.png")
    assert settings_tab.message.text() == "Logo: larger than 512 KB"
    assert settings_tab.logo_base64 == ""


def test_manager_reads_but_cannot_edit(
    qtbot, context_for, manager: Actor, admin: Actor, db: Database
) -> None:
    with db.transaction(admin) as session:
        settings_service.update_center(
            session, admin, CenterSettings(name="ITC Szeged", address="Szeged, Kálvária sgt. 1")
        )
    tab = SettingsTab(context_for(manager))
    qtbot.addWidget(tab)
    assert tab.name.text() == "ITC Szeged"
    assert tab.address.toPlainText() == "Szeged, Kálvária sgt. 1"
    assert tab.name.isReadOnly() and tab.address.isReadOnly()
    for widget in (tab.save_button, tab.currency, tab.time_zone, tab.choose_logo_button):
        assert not widget.isEnabled()
    # The service refuses even if the button were pressed.
    with db.transaction(manager) as session, pytest.raises(PermissionDenied):
        settings_service.update_center(session, manager, CenterSettings(name="Hijacked"))
