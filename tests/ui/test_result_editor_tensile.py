"""Tensile record editor: import through the import dialog, live values and plot beside the
dimensions, inline errors, saving the raw file, editing a draft with its stored curve."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from itc_desktop.db import Actor, Database
from itc_desktop.services import results as result_service
from itc_desktop.services.result_inputs import quantity_label
from itc_desktop.ui.pages import tensile_import_dialog
from itc_desktop.ui.pages.result_editor import ResultEditorDialog
from itc_desktop.ui.pages.result_editor_tensile import TensilePanel
from tests.services.equipment_support import make_instrument
from tests.services.results_support import (
    TENSILE_DATA,
    create,
    make_lab,
    tensile_input,
    tensile_raw,
)

EXPECTED = json.loads((TENSILE_DATA / "expected.json").read_text(encoding="utf-8"))
# ITC_SCREENSHOTS=docs/screenshots pytest ... writes the documentation's picture; else tmp.
SCREENSHOT_DIR = os.environ.get("ITC_SCREENSHOTS")


@pytest.fixture
def chosen_file(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file dialog answers the sample file; the import dialog is accepted as detected."""
    opened: list[str] = []

    def get_open(*_args: object, **_kw: object) -> tuple[str, str]:
        path = str(TENSILE_DATA / "S355_round.TXT")
        opened.append(path)
        return path, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    monkeypatch.setattr(
        tensile_import_dialog.TensileImportDialog,
        "exec",
        lambda self: QDialog.DialogCode.Accepted,
    )
    return opened


def rm_on_screen(dialog: ResultEditorDialog) -> float:
    text = dialog.values.value_of("Rm")
    assert text is not None
    return float(text)


def decision_of(dialog: ResultEditorDialog, quantity: str) -> str | None:
    label = quantity_label(quantity)
    table = dialog.values
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == label:
            return table.item(row, 4).text()
    return None


def new_dialog(qtbot, context, lab) -> ResultEditorDialog:  # type: ignore[no-untyped-def]
    dialog = ResultEditorDialog(
        context, test_type="tensile", job_id=lab.job_id, specimen_id=lab.specimen_id
    )
    qtbot.addWidget(dialog)
    dialog.instrument.setCurrentIndex(dialog.instrument.findData(lab.tensile_machine))
    return dialog


def test_import_shows_values_and_curve_and_recomputes_live(
    qtbot, db: Database, manager: Actor, context_for, chosen_file, shown_boxes, tmp_path: Path
) -> None:
    lab = make_lab(db, manager)
    dialog = new_dialog(qtbot, context_for(manager), lab)
    panel = dialog.panel
    assert isinstance(panel, TensilePanel)
    assert "import" in dialog.error.text()  # nothing imported yet
    assert not dialog.save_button.isEnabled()
    panel.import_button.click()
    assert chosen_file == [str(TENSILE_DATA / "S355_round.TXT")]
    assert panel.d0.text() == "10"  # from the file's metadata
    qtbot.waitUntil(lambda: dialog.values.value_of("Rm") is not None, timeout=3000)
    expected_rm = EXPECTED["S355_round.TXT"]["expected"]["Rm_MPa"]
    rm10 = rm_on_screen(dialog)
    assert rm10 == pytest.approx(expected_rm, rel=0.005)
    assert panel.plot.curve_labels() == ["S355_round.TXT"]
    dialog.limits.set_cell("Rm", "lower", "470")
    dialog.limits.set_cell("Rm", "upper", "630")
    dialog.limits.set_cell("Rm", "source", "EN 10025-2 S355J2")
    shots = Path(SCREENSHOT_DIR) if SCREENSHOT_DIR else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    dialog.resize(1300, 850)
    dialog.show()
    qtbot.waitUntil(lambda: decision_of(dialog, "Rm") == "pass", timeout=2000)
    QApplication.processEvents()
    assert dialog.grab().save(str(shots / "result-editor-tensile.png"))

    panel.d0.setText("11")
    assert rm_on_screen(dialog) == rm10  # debounced: not yet
    qtbot.waitUntil(lambda: rm_on_screen(dialog) != rm10, timeout=2000)
    assert rm_on_screen(dialog) == pytest.approx(rm10 * (10 / 11) ** 2, rel=1e-4)

    panel.d0.setText("")
    qtbot.waitUntil(lambda: "Diameter d0" in dialog.error.text(), timeout=2000)
    assert not dialog.save_button.isEnabled()
    assert dialog.values.rowCount() == 0

    panel.d0.setText("10")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=2000)
    dialog.save_button.click()
    assert shown_boxes == []
    with db.reader() as s:
        view = result_service.get_record(s, manager, dialog.saved_id)
        columns = result_service.record_columns(s, manager, dialog.saved_id)
    assert view.raw_file_name == "S355_round.TXT"
    assert columns is not None and len(columns["force"]) > 100
    rm = next(v for v in view.values if v.quantity == "Rm")
    assert rm.value == pytest.approx(rm10, rel=1e-3)
    assert (rm.lower, rm.upper, rm.decision) == (470, 630, "pass")
    assert view.limits["Rm"].source == "EN 10025-2 S355J2"


def test_lapsed_instrument_error_names_it_and_nothing_is_stored(
    qtbot, db: Database, manager: Actor, context_for, chosen_file, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    lapsed = make_instrument(db, manager, "ITC-0296", calibrated_days_ago=500)
    dialog = new_dialog(qtbot, context_for(manager), lab)
    dialog.instrument.setCurrentIndex(dialog.instrument.findData(lapsed))
    dialog.panel.import_button.click()
    dialog.recompute()
    dialog.save_button.click()
    assert len(shown_boxes) == 1 and "ITC-0296" in shown_boxes[0].text
    assert dialog.saved_id is None
    assert dialog.panel.d0.text() == "10" and dialog.panel.columns is not None
    with db.reader() as s:
        rows = result_service.list_records(
            s, manager, result_service.ResultFilter(job_id=lab.job_id)
        )
    assert rows == []


def test_editing_a_draft_keeps_the_stored_curve(
    qtbot, db: Database, manager: Actor, context_for, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    record_id = create(db, manager, tensile_input(lab, manager), tensile_raw())
    with db.reader() as s:
        view = result_service.get_record(s, manager, record_id)
        columns = result_service.record_columns(s, manager, record_id)
    dialog = ResultEditorDialog(
        context_for(manager), test_type="tensile", record=view, columns=columns
    )
    qtbot.addWidget(dialog)
    panel = dialog.panel
    assert panel.plot.curve_labels() == ["S355_round.TXT"]
    assert "stored" in panel.file_label.text()
    assert panel.raw_file() is None
    panel.l0.setText("60")
    qtbot.waitUntil(lambda: dialog.panel.inputs().gauge_length_mm == 60)
    dialog.save_button.click()
    assert shown_boxes == []
    with db.reader() as s:
        after = result_service.get_record(s, manager, record_id)
    assert after.inputs.gauge_length_mm == 60
    assert after.raw_file_sha256 == view.raw_file_sha256
    assert after.version == view.version + 1


def test_flat_specimen_needs_both_dimensions(
    qtbot, db: Database, manager: Actor, context_for, chosen_file, tmp_path: Path
) -> None:
    lab = make_lab(db, manager)
    dialog = new_dialog(qtbot, context_for(manager), lab)
    panel = dialog.panel
    panel.import_button.click()
    panel.shape.setCurrentIndex(panel.shape.findData("flat"))
    panel.b0.setText("20")
    qtbot.waitUntil(lambda: "Thickness a0" in dialog.error.text(), timeout=2000)
    assert not dialog.save_button.isEnabled()
    panel.a0.setText("x")
    qtbot.waitUntil(lambda: "not a number" in dialog.error.text(), timeout=2000)
    panel.a0.setText("3,93")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=2000)


def test_cancelled_import_changes_nothing(
    qtbot, db: Database, manager: Actor, context_for, monkeypatch: pytest.MonkeyPatch
) -> None:
    lab = make_lab(db, manager)
    dialog = new_dialog(qtbot, context_for(manager), lab)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(TENSILE_DATA / "C45_hu.csv"), "")
    )
    monkeypatch.setattr(
        tensile_import_dialog.TensileImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected
    )
    dialog.panel.import_button.click()
    assert dialog.panel.columns is None and dialog.panel.raw_file() is None
    assert "import" in dialog.error.text() and not dialog.save_button.isEnabled()
