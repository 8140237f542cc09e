"""A calibration certificate over the size limit is refused in the dialog before the file is
read into memory; nothing is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment_documents as documents_service
from itc_desktop.ui.pages.equipment import EquipmentPage
from itc_desktop.ui.pages.equipment_calibration_tab import AddCalibrationDialog
from tests.services.equipment_support import make_instrument
from tests.ui.equipment_support import DialogDriver


def test_an_oversized_certificate_is_refused_before_it_is_read(
    qtbot, context_for, db: Database, manager: Actor, tmp_path: Path, monkeypatch
) -> None:
    caliper = make_instrument(db, manager, "ITC-0100")
    page = EquipmentPage(context_for(manager))
    qtbot.addWidget(page)
    page.select_item(caliper)
    page.tabs.setCurrentWidget(page.calibration_tab)
    certificate = tmp_path / "scan.pdf"
    with certificate.open("wb") as file:  # sparse: one byte over the limit, written in no time
        file.write(b"%PDF-1.4\n")
        file.truncate(documents_service.MAX_DOCUMENT_BYTES + 1)
    monkeypatch.setattr(
        "itc_desktop.ui.pages.equipment_calibration_tab.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(certificate), ""),
    )
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    driver = DialogDriver()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AddCalibrationDialog)
        qtbot.keyClicks(dialog.provider, "MKEH Budapest")
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == (
            "• File: scan.pdf: 20.0 MB is larger than the limit of 20 MB"
        )
        assert read == []
        dialog.reject()

    driver.expect(fill)
    qtbot.mouseClick(page.calibration_tab.add_button, Qt.MouseButton.LeftButton)
    driver.check()
    with db.reader() as session:
        assert documents_service.list_documents(session, manager, caliper) == []
        assert len(calibration_service.list_calibrations(session, manager, caliper)) == 1
