"""Unsaved forms survive a crash (#12): the test-record editor and the New job dialog keep
what was typed in the user's drafts file; when the program dies with the form open (here: the
window is destroyed without being closed, as a killed process leaves it), the next opening of
the same form asks "Restore the unsaved draft from …?" and refills every field (a tensile
draft says the machine file must be imported again). Saving or cancelling removes the draft;
a damaged draft is removed and the user is told."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from itc_desktop.db import Actor, Database
from itc_desktop.drafts import DraftStore
from itc_desktop.services import results as result_service
from itc_desktop.ui import forms
from itc_desktop.ui.forms import DraftProblemBox, RestoreDraftBox
from itc_desktop.ui.pages.job_dialogs import NewJobDialog, TransitionDialog
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.result_editor import ResultEditorDialog
from itc_desktop.ui.pages.result_editor_tensile import TensilePanel
from itc_desktop.ui.pages.result_editor_types import DimensionalPanel, HardnessPanel
from itc_desktop.ui.pages.tensile_import_dialog import TensileImportDialog
from tests.services.jobs_support import make_company
from tests.services.results_support import TENSILE_DATA, create, hardness_input, make_lab
from tests.ui.equipment_support import DialogDriver
from tests.ui.keyboard import type_text


@pytest.fixture(autouse=True)
def quick_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forms, "DRAFT_SAVE_MS", 20)


def store_of(db: Database, actor: Actor) -> DraftStore:
    return DraftStore.for_user(db.location, actor.username)


def crash(qtbot, dialog: QDialog, store: DraftStore, form: str, key: str) -> None:
    """Waits until the draft is on disk, then destroys the dialog without closing it: no
    save, no cancel — what a killed program leaves."""
    qtbot.waitUntil(lambda: store.path(form, key).exists(), timeout=3000)
    qtbot.wait(60)  # the last change written too
    shiboken6.delete(dialog)


def answer_restore(qtbot, driver: DialogDriver, seen: list[str], restore: bool) -> None:
    def drive(box: QDialog) -> None:
        assert isinstance(box, RestoreDraftBox)
        seen.append(box.text())
        button = box.restore_button if restore else box.discard_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    driver.expect(drive)


def test_result_editor_draft_restored_after_a_crash_and_gone_after_cancel(
    qtbot,
    db: Database,
    manager: Actor,
    technician: Actor,
    context_for: Callable[[Actor], PageContext],
) -> None:
    lab = make_lab(db, manager)
    store = store_of(db, technician)
    dialog = ResultEditorDialog(
        context_for(technician),
        test_type="hardness",
        job_id=lab.job_id,
        specimen_id=lab.specimen_id,
    )
    dialog.show()
    dialog.instrument.setCurrentIndex(dialog.instrument.findData(lab.hardness_tester))
    panel = dialog.panel
    assert isinstance(panel, HardnessPanel)
    for row, (d1, d2) in enumerate((("0,280", "0,282"), ("0,279", "0,281"), ("0,281", "0,283"))):
        panel.readings.set_text(row, 0, d1)
        panel.readings.set_text(row, 1, d2)
    type_text(dialog.temperature, "22,5")
    type_text(dialog.remarks, "Próbatest a perem közepéből — uzorak iz sredine prirubnice")
    dialog.limits.set_cell("hardness_mean", "lower", "200")
    dialog.limits.set_cell("hardness_mean", "upper", "260")
    mean_row = dialog.limits.quantities.index("hardness_mean")
    dialog.limits.set_cell("hardness_mean", "U", "4")
    dialog.limits.rule_combo(mean_row).setCurrentIndex(1)  # guard band ISO 14253-1
    assert dialog.recompute() is not None
    typed_mean = dialog.values.value_of("hardness_mean")
    crash(qtbot, dialog, store, "result-hardness", "new")

    # The program starts again; the technician opens a new hardness record.
    driver, asked = DialogDriver(), []
    answer_restore(qtbot, driver, asked, restore=True)
    again = ResultEditorDialog(context_for(technician), test_type="hardness")
    qtbot.addWidget(again)
    driver.check()
    assert len(asked) == 1 and asked[0].startswith("Restore the unsaved draft from ")
    assert again.job.currentData() == lab.job_id
    assert again.specimen.currentData() == lab.specimen_id
    assert again.instrument.currentData() == lab.hardness_tester
    assert again.temperature.text() == "22,5"
    assert again.remarks.toPlainText().startswith("Próbatest a perem")
    panel = again.panel
    assert isinstance(panel, HardnessPanel)
    assert [panel.readings.text(r, 1) for r in range(3)] == ["0,282", "0,281", "0,283"]
    assert again.limits.rule_combo(mean_row).currentData() == "guard_band"
    assert again.recompute() is not None
    assert again.values.value_of("hardness_mean") == typed_mean

    # Cancel: the draft is gone; the next new record starts empty without a question.
    qtbot.mouseClick(
        again.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not store.path("result-hardness", "new").exists()
    fresh = ResultEditorDialog(context_for(technician), test_type="hardness")
    qtbot.addWidget(fresh)
    assert fresh.temperature.text() == "" and fresh.remarks.toPlainText() == ""


def test_draft_of_a_saved_record_is_offered_for_that_record_and_removed_by_saving(
    qtbot,
    db: Database,
    manager: Actor,
    technician: Actor,
    context_for: Callable[[Actor], PageContext],
) -> None:
    lab = make_lab(db, manager)
    record_id = create(db, technician, hardness_input(lab, technician))
    with db.reader() as session:
        record = result_service.get_record(session, technician, record_id)
    store = store_of(db, technician)
    dialog = ResultEditorDialog(context_for(technician), test_type="hardness", record=record)
    type_text(dialog.deviations, "Felület nem polírozott / površina nije polirana")
    crash(qtbot, dialog, store, "result-hardness", str(record_id))
    # A new record of the type is another form: no question there.
    other = ResultEditorDialog(context_for(technician), test_type="hardness")
    qtbot.addWidget(other)
    assert other.deviations.toPlainText() == ""

    driver, asked = DialogDriver(), []
    answer_restore(qtbot, driver, asked, restore=True)
    again = ResultEditorDialog(context_for(technician), test_type="hardness", record=record)
    qtbot.addWidget(again)
    driver.check()
    assert again.deviations.toPlainText() == "Felület nem polírozott / površina nije polirana"
    again.save()
    assert again.result() == QDialog.DialogCode.Accepted
    assert not store.path("result-hardness", str(record_id)).exists()
    with db.reader() as session:
        saved = result_service.get_record(session, technician, record_id)
    assert saved.deviations == "Felület nem polírozott / površina nije polirana"
    # Drafts are per user: the manager opening the record is asked nothing.
    assert not store_of(db, manager).path("result-hardness", str(record_id)).exists()


def test_dimensional_draft_keeps_the_measured_values_of_each_characteristic(
    qtbot,
    db: Database,
    manager: Actor,
    technician: Actor,
    context_for: Callable[[Actor], PageContext],
) -> None:
    lab = make_lab(db, manager)
    store = store_of(db, technician)
    dialog = ResultEditorDialog(context_for(technician), test_type="dimensional", job_id=lab.job_id)
    panel = dialog.panel
    assert isinstance(panel, DimensionalPanel)
    for col, text in enumerate(("Ø20 h7", "20", "0,021", "0")):
        panel.table.set_text(0, col, text)
    panel.values.setPlainText("19,990\n19,988\n19,993")
    panel.table.add_row()
    panel.table.set_text(1, 0, "L 45 ±0,1")
    panel.select(1)
    panel.values.setPlainText("45,02\n44,97")
    crash(qtbot, dialog, store, "result-dimensional", "new")

    driver, asked = DialogDriver(), []
    answer_restore(qtbot, driver, asked, restore=True)
    again = ResultEditorDialog(context_for(technician), test_type="dimensional")
    qtbot.addWidget(again)
    driver.check()
    panel = again.panel
    assert isinstance(panel, DimensionalPanel)
    assert [panel.table.text(r, 0) for r in range(panel.table.rowCount())] == [
        "Ø20 h7",
        "L 45 ±0,1",
    ]
    assert panel.values.toPlainText() == "19,990\n19,988\n19,993"
    panel.select(1)
    assert panel.values.toPlainText() == "45,02\n44,97"


def test_new_job_draft_restored_then_discarded(
    qtbot, db: Database, manager: Actor, context_for: Callable[[Actor], PageContext]
) -> None:
    company = make_company(db, manager)
    store = store_of(db, manager)
    dialog = NewJobDialog(context_for(manager))
    dialog.form.select_company(company)
    type_text(dialog.form.title_edit, "Hegesztett tartó — zavarena greda")
    type_text(dialog.form.description_edit, "Három próbatest, S355J2.")
    qtbot.keyClick(dialog.form.description_edit, Qt.Key.Key_Return)
    type_text(dialog.form.description_edit, "Tri uzorka.")
    dialog.form.quantity_spin.setValue(3)
    type_text(dialog.form.price_edit, "1250,50")
    dialog.form.due_check.setChecked(True)
    due = dialog.form.due_date.date()
    crash(qtbot, dialog, store, "job", "new")

    driver, asked = DialogDriver(), []
    answer_restore(qtbot, driver, asked, restore=True)
    again = NewJobDialog(context_for(manager))
    driver.check()
    form = again.form
    assert form.company_id() == company
    assert form.title_edit.text() == "Hegesztett tartó — zavarena greda"
    assert form.description_edit.toPlainText() == "Három próbatest, S355J2.\nTri uzorka."
    assert form.quantity_spin.value() == 3 and form.price_edit.text() == "1250,50"
    assert form.due_check.isChecked() and form.due_date.date() == due
    assert again.save_button.isEnabled()
    crash(qtbot, again, store, "job", "new")  # and the program dies once more

    answer_restore(qtbot, driver, asked, restore=False)
    third = NewJobDialog(context_for(manager))
    qtbot.addWidget(third)
    driver.check()
    assert len(asked) == 2
    assert third.form.title_edit.text() == "" and third.form.company_id() is None
    assert not store.path("job", "new").exists()


def test_a_damaged_draft_is_removed_and_the_user_told(
    qtbot,
    db: Database,
    manager: Actor,
    context_for: Callable[[Actor], PageContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = store_of(db, manager)
    store.folder.mkdir(parents=True, exist_ok=True)
    store.path("job", "new").write_text('{"format": 1, "saved_at": "yesterd', encoding="utf-8")
    told: list[str] = []

    def capture(box: DraftProblemBox) -> int:
        told.append(box.text())
        return 0

    monkeypatch.setattr(DraftProblemBox, "exec", capture)
    dialog = NewJobDialog(context_for(manager))
    qtbot.addWidget(dialog)
    assert told == [
        "An unsaved draft of this form could not be read (the file is damaged); it was removed."
    ]
    assert not store.path("job", "new").exists()
    assert dialog.form.title_edit.text() == ""


def test_status_change_notes_kept_for_that_job_and_status(
    qtbot, db: Database, manager: Actor
) -> None:
    store = store_of(db, manager)
    dialog = TransitionDialog("ITC-2026-0007", "in_progress", "cancelled", drafts=store)
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.internal_edit, "A megrendelő visszavonta — kupac je odustao")
    type_text(dialog.public_edit, "Cancelled at the customer's request.")
    crash(qtbot, dialog, store, "job-status", "ITC-2026-0007-cancelled")
    # Another change of the job is another form.
    other = TransitionDialog("ITC-2026-0007", "in_progress", "on_hold", drafts=store)
    qtbot.addWidget(other)
    assert other.internal_note() == ""

    driver, asked = DialogDriver(), []
    answer_restore(qtbot, driver, asked, restore=True)
    again = TransitionDialog("ITC-2026-0007", "in_progress", "cancelled", drafts=store)
    qtbot.addWidget(again)
    driver.check()
    assert again.internal_note() == "A megrendelő visszavonta — kupac je odustao"
    assert again.public_note() == "Cancelled at the customer's request."
    assert again.ok_button.isEnabled()
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert again.result() == QDialog.DialogCode.Accepted
    assert not store.path("job-status", "ITC-2026-0007-cancelled").exists()


def test_tensile_draft_keeps_the_dimensions_and_says_the_file_must_be_imported_again(
    qtbot,
    db: Database,
    manager: Actor,
    context_for: Callable[[Actor], PageContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sample = str(TENSILE_DATA / "S355_round.TXT")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (sample, ""))
    monkeypatch.setattr(TensileImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted.value)
    lab = make_lab(db, manager)
    store = store_of(db, manager)
    dialog = ResultEditorDialog(
        context_for(manager), test_type="tensile", job_id=lab.job_id, specimen_id=lab.specimen_id
    )
    panel = dialog.panel
    assert isinstance(panel, TensilePanel)
    panel.import_button.click()
    panel.d0.setText("9,98")
    type_text(panel.lu, "62,4")
    crash(qtbot, dialog, store, "result-tensile", "new")

    driver, asked = DialogDriver(), []
    answer_restore(qtbot, driver, asked, restore=True)
    again = ResultEditorDialog(context_for(manager), test_type="tensile")
    qtbot.addWidget(again)
    driver.check()
    panel = again.panel
    assert isinstance(panel, TensilePanel)
    assert (panel.d0.text(), panel.lu.text()) == ("9,98", "62,4")
    assert panel.file_label.text() == (
        "Import S355_round.TXT again: the draft kept what was typed, not the file"
    )
    assert again.recompute() is None and "import the machine's raw file" in again.error.text()
