"""Record editor: hardness, Charpy and dimensional typed in through the dialog, saved, and
the refusals (lapsed instrument, approved record, permissions)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from itc_desktop.analysis.hardness import vickers_series
from itc_desktop.analysis.spc import capability
from itc_desktop.db import Actor, Database
from itc_desktop.services import results as result_service
from itc_desktop.services.result_inputs import DimensionalInputs, ImpactInputs
from itc_desktop.ui.pages import result_editor as editor_module
from itc_desktop.ui.pages.result_editor import ResultEditorDialog, open_result_editor
from itc_desktop.ui.pages.result_editor_types import CharpyPanel, DimensionalPanel, HardnessPanel
from tests.services.equipment_support import make_instrument
from tests.services.results_support import approve, create, hardness_input, make_lab
from tests.ui.keyboard import type_text

SCREENSHOTS = Path(os.environ.get("ITC_SCREENSHOTS", "/tmp/result_editor_shots"))


def grab(dialog: ResultEditorDialog, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.resize(1300, 850)
    dialog.show()
    QApplication.processEvents()
    assert dialog.grab().save(str(SCREENSHOTS / f"result-editor-{name}.png"))


def set_cell(table, row: int, col: int, text: str) -> None:  # type: ignore[no-untyped-def]
    if hasattr(table, "set_text"):
        table.set_text(row, col, text)
    else:
        table.item(row, col).setText(text)


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def records(db: Database, actor: Actor, job_id: int) -> list[int]:
    with db.reader() as s:
        flt = result_service.ResultFilter(job_id=job_id)
        return [r.id for r in result_service.list_records(s, actor, flt)]


def test_new_hardness_record_saved_equals_the_analysis(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    dialog = ResultEditorDialog(
        context_for(technician),
        test_type="hardness",
        job_id=lab.job_id,
        specimen_id=lab.specimen_id,
    )
    qtbot.addWidget(dialog)
    assert dialog.specimen.currentData() == lab.specimen_id
    assert dialog.performer.currentData() == technician.id
    assert dialog.method.text() == "ISO 6507-1:2023"
    choose(dialog.instrument, lab.hardness_tester)
    panel = dialog.panel
    assert isinstance(panel, HardnessPanel)
    readings = [("0,280", "0.282"), ("0.279", "0.281"), ("0.281", "0.283")]
    for row, (d1, d2) in enumerate(readings):
        set_cell(panel.readings, row, 0, d1)
        set_cell(panel.readings, row, 1, d2)
    dialog.limits.set_cell("hardness_mean", "lower", "200")
    dialog.limits.set_cell("hardness_mean", "upper", "260")
    dialog.limits.set_cell("hardness_mean", "source", "customer drawing 12-345 ≤ Ø20")
    type_text(dialog.remarks, "Mérés Đorđe, Ђурђевић")
    qtbot.keyClicks(dialog.temperature, "22,5")
    qtbot.waitUntil(lambda: dialog.evaluation is not None and "HV 10" in panel.summary.text())
    expected = vickers_series(10, [(0.280, 0.282), (0.279, 0.281), (0.281, 0.283)])
    assert panel.summary.text().startswith(f"Mean {expected.mean:.0f} HV 10")
    assert panel.readings.text(0, 2) == f"{expected.indentations[0].value:.0f}"
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert shown_boxes == []
    assert dialog.saved_id is not None
    with db.reader() as s:
        view = result_service.get_record(s, technician, dialog.saved_id)
    mean = next(v for v in view.values if v.quantity == "hardness_mean")
    assert mean.value == pytest.approx(expected.mean)
    assert mean.lower == 200 and mean.upper == 260 and mean.decision == "pass"
    assert view.limits["hardness_mean"].source == "customer drawing 12-345 ≤ Ø20"
    assert view.remarks == "Mérés Đorđe, Ђурђевић"
    assert view.temperature_c == 22.5
    assert view.performed_by_id == technician.id
    assert view.performed_at.tzinfo is not None
    grab(dialog, "hardness")


def test_hardness_bad_reading_names_the_indentation_and_disables_save(
    qtbot, db: Database, manager: Actor, context_for
) -> None:
    lab = make_lab(db, manager)
    dialog = ResultEditorDialog(context_for(manager), test_type="hardness", job_id=lab.job_id)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    set_cell(panel.readings, 0, 0, "0.28")
    set_cell(panel.readings, 0, 1, "abc")
    qtbot.waitUntil(lambda: "Indentation 1" in dialog.error.text())
    assert not dialog.save_button.isEnabled()
    set_cell(panel.readings, 0, 1, "0.282")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert dialog.error.text() == ""


def test_charpy_flagged_specimen_shows_the_flag(
    qtbot, db: Database, manager: Actor, context_for, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    dialog = ResultEditorDialog(
        context_for(manager), test_type="impact", job_id=lab.job_id, specimen_id=lab.specimen_id
    )
    qtbot.addWidget(dialog)
    panel = dialog.panel
    assert isinstance(panel, CharpyPanel)
    assert panel.energies.rowCount() == 3
    panel.initial.setText("300")
    for row, energy in enumerate(("45", "250", "39,5")):
        set_cell(panel.energies, row, 0, energy)
    qtbot.waitUntil(lambda: "KV2" in panel.summary.text())
    assert "above 80 %" in panel.flag_text(1)
    assert panel.flag_text(0) == "" and panel.flag_text(2) == ""
    assert "lowest single value 39.5 J" in panel.summary.text()
    dialog.save_button.click()
    assert shown_boxes == []
    with db.reader() as s:
        view = result_service.get_record(s, manager, dialog.saved_id)
    assert isinstance(view.inputs, ImpactInputs)
    assert view.inputs.energies_J == (45.0, 250.0, 39.5)
    flagged = [v for v in view.values if v.quantity == "energy" and v.flags]
    assert [v.item for v in flagged] == ["2"]
    grab(dialog, "charpy")


def test_dimensional_pasted_series_shows_cp_cpk_and_saves(
    qtbot, db: Database, manager: Actor, context_for, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    dialog = ResultEditorDialog(context_for(manager), test_type="dimensional", job_id=lab.job_id)
    qtbot.addWidget(dialog)
    assert dialog.specimen.currentData() is None  # optional for dimensional
    choose(dialog.instrument, lab.hardness_tester)
    panel = dialog.panel
    assert isinstance(panel, DimensionalPanel)
    table = panel.table
    type_text_cells = ("Ø20 h7 ≤", "20", "0,021", "0", "mm", "0.002", None, "5")
    for col, text in enumerate(type_text_cells):
        if text is not None:
            set_cell(table, 0, col, text)
    values = [19.990 + 0.001 * ((i * 7) % 11) for i in range(25)]
    QApplication.clipboard().setText("\n".join(f"{v:.3f}".replace(".", ",") for v in values))
    panel.values.setFocus()
    panel.values.paste()
    qtbot.waitUntil(lambda: panel.capability.text().startswith("Cp "))
    measured = [round(v, 3) for v in values]
    cap = capability([measured[i : i + 5] for i in range(0, 25, 5)], 19.979, 20.0)
    assert panel.capability.text() == f"Cp {cap.Cp:.2f}   Cpk {cap.Cpk:.2f}"
    assert panel.values_label.text() == "Measured values of Ø20 h7 ≤"
    assert panel.judged.toPlainText().count("pass") == 25
    dialog.save_button.click()
    assert shown_boxes == []
    with db.reader() as s:
        view = result_service.get_record(s, manager, dialog.saved_id)
    assert view.specimen_id is None
    assert isinstance(view.inputs, DimensionalInputs)
    (char,) = view.inputs.characteristics
    assert char.name == "Ø20 h7 ≤"
    assert char.measurements == pytest.approx(tuple(round(v, 3) for v in values))
    assert any(v.quantity == "cpk:Ø20 h7 ≤" for v in view.values)
    grab(dialog, "dimensional")


def test_dimensional_out_of_tolerance_value_fails(
    qtbot, db: Database, manager: Actor, context_for
) -> None:
    lab = make_lab(db, manager)
    dialog = ResultEditorDialog(context_for(manager), test_type="dimensional", job_id=lab.job_id)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    for col, text in enumerate(("L", "50", "0.1", "0.1")):
        set_cell(panel.table, 0, col, text)
    panel.values.setPlainText("50.05\n50.2")
    qtbot.waitUntil(lambda: "fail" in panel.judged.toPlainText())
    assert panel.judged.toPlainText().splitlines()[0].endswith("pass")
    assert panel.judged.toPlainText().splitlines()[1].endswith("fail")
    assert "series" in panel.capability.text()


def test_lapsed_instrument_refused_names_it_and_stores_nothing(
    qtbot, db: Database, manager: Actor, context_for, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    lapsed = make_instrument(db, manager, "ITC-0297", calibrated_days_ago=400)
    dialog = ResultEditorDialog(
        context_for(manager), test_type="hardness", job_id=lab.job_id, specimen_id=lab.specimen_id
    )
    qtbot.addWidget(dialog)
    choose(dialog.instrument, lapsed)
    assert "OUT OF CALIBRATION" in dialog.instrument.currentText()
    assert "refused" in dialog.instrument_state.text()
    set_cell(dialog.panel.readings, 0, 0, "0.28")
    set_cell(dialog.panel.readings, 0, 1, "0.281")
    type_text(dialog.remarks, "Ђ kept")
    dialog.recompute()
    dialog.save_button.click()
    assert len(shown_boxes) == 1
    assert "ITC-0297" in shown_boxes[0].text
    assert dialog.saved_id is None and dialog.result() == 0
    assert dialog.remarks.toPlainText() == "Ђ kept"
    assert dialog.save_button.isEnabled()
    assert records(db, manager, lab.job_id) == []


def test_editing_a_draft_updates_it(
    qtbot, db: Database, manager: Actor, context_for, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    record_id = create(db, manager, hardness_input(lab, manager, remarks="első"))
    with db.reader() as s:
        view = result_service.get_record(s, manager, record_id)
    dialog = ResultEditorDialog(context_for(manager), test_type="hardness", record=view)
    qtbot.addWidget(dialog)
    assert dialog.remarks.toPlainText() == "első"
    assert dialog.panel.readings.text(1, 0) == "0.279"
    assert dialog.limits.limits()["hardness_mean"].upper == 260
    assert dialog.instrument.currentData() == lab.hardness_tester
    set_cell(dialog.panel.readings, 2, 0, "0.300")
    dialog.save_button.click()
    assert shown_boxes == []
    with db.reader() as s:
        after = result_service.get_record(s, manager, record_id)
    assert after.inputs.readings[2][0] == 0.3
    assert after.version == view.version + 1
    assert after.performed_at == view.performed_at


def test_approved_record_is_not_opened(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    record_id = create(db, technician, hardness_input(lab, technician))
    approve(db, record_id, manager, manager)
    assert not open_result_editor(None, context_for(manager), record_id=record_id)
    assert len(shown_boxes) == 1 and "Correct" in shown_boxes[0].text


def test_admin_without_permission_gets_a_refusal(
    qtbot, db: Database, admin: Actor, context_for, shown_boxes
) -> None:
    assert not open_result_editor(None, context_for(admin), test_type="hardness")
    assert len(shown_boxes) == 1


def test_rockwell_and_brinell_inputs(qtbot, db: Database, manager: Actor, context_for) -> None:
    lab = make_lab(db, manager)
    dialog = ResultEditorDialog(context_for(manager), test_type="hardness", job_id=lab.job_id)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    choose(panel.method, "HR")
    assert panel.readings.columnCount() == 2
    for row, value in enumerate(("45,5", "46", "45")):
        set_cell(panel.readings, row, 0, value)
    qtbot.waitUntil(lambda: "HRC" in panel.summary.text())
    assert panel.inputs().readings == ((45.5,), (46.0,), (45.0,))
    choose(panel.method, "HBW")
    panel.readings.setRowCount(1)
    set_cell(panel.readings, 0, 0, "0.4")
    set_cell(panel.readings, 0, 1, "0.4")
    qtbot.waitUntil(
        lambda: "0.24D" in panel.readings.text(0, 2) or "⚠" in panel.readings.text(0, 2)
    )


def test_lapsed_instrument_with_a_managers_override_is_saved_with_it(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, shown_boxes
) -> None:
    from datetime import date

    from itc_desktop.services import calibration

    lab = make_lab(db, manager)
    lapsed = make_instrument(db, manager, "ITC-0295", calibrated_days_ago=400)
    with db.transaction(manager) as s:
        override_id = calibration.grant_override(
            s,
            manager,
            lapsed,
            justification="Kalibráció úton, Ђорђе engedélye",
            valid_from=date.today(),
        )
    dialog = ResultEditorDialog(
        context_for(technician),
        test_type="hardness",
        job_id=lab.job_id,
        specimen_id=lab.specimen_id,
    )
    qtbot.addWidget(dialog)
    assert not dialog.override.isVisibleTo(dialog)  # the calibrated default has none
    choose(dialog.instrument, lapsed)
    assert dialog.override.isVisibleTo(dialog)
    assert dialog.override.currentData() == override_id  # offered for the lapsed one
    assert "Ђорђе" in dialog.override.currentText()
    set_cell(dialog.panel.readings, 0, 0, "0.28")
    set_cell(dialog.panel.readings, 0, 1, "0.281")
    dialog.recompute()
    dialog.save_button.click()
    assert shown_boxes == []
    with db.reader() as s:
        view = result_service.get_record(s, technician, dialog.saved_id)
    assert view.equipment_id == lapsed and view.calibration_override_id == override_id


def test_job_combo_finds_jobs_by_part_of_the_title(
    qtbot, db: Database, manager: Actor, context_for
) -> None:
    lab = make_lab(db, manager)
    dialog = ResultEditorDialog(context_for(manager), test_type="impact")
    qtbot.addWidget(dialog)
    completer = dialog.job.completer()
    completer.setCompletionPrefix("S355")
    assert completer.completionCount() == 1
    assert dialog.job.currentData() == lab.job_id
    assert dialog.specimen.currentData() == lab.specimen_id


def test_unexpected_error_on_save_is_reported_and_the_dialog_stays(
    qtbot, db: Database, manager: Actor, context_for, shown_boxes, monkeypatch
) -> None:
    lab = make_lab(db, manager)
    dialog = ResultEditorDialog(
        context_for(manager), test_type="hardness", job_id=lab.job_id, specimen_id=lab.specimen_id
    )
    qtbot.addWidget(dialog)
    set_cell(dialog.panel.readings, 0, 0, "0.28")
    set_cell(dialog.panel.readings, 0, 1, "0.281")

    def broken(*_a: object, **_k: object) -> int:
        raise RuntimeError("disk on fire")

    reported: list[BaseException] = []
    monkeypatch.setattr(result_service, "create_record", broken)
    monkeypatch.setattr(editor_module, "report_unexpected", reported.append)
    dialog.recompute()
    dialog.save_button.click()
    assert [str(e) for e in reported] == ["disk on fire"]
    assert shown_boxes == []
    assert dialog.saved_id is None and dialog.save_button.isEnabled()
