"""A draft test record open in the result editor while another station saves it: the editor's
save is refused naming who changed the record and when, the dialog stays open with the
values as typed, and the other station's save is what the database holds."""

from __future__ import annotations

from dataclasses import replace

from itc_desktop.db import Actor, Database
from itc_desktop.services import results as result_service
from itc_desktop.ui.pages.result_editor import ResultEditorDialog
from tests.services.results_support import create, hardness_input, make_lab


def test_a_draft_saved_elsewhere_meanwhile_is_not_overwritten(
    qtbot, db: Database, manager: Actor, technician: Actor, context_for, shown_boxes
) -> None:
    lab = make_lab(db, manager)
    record_id = create(db, technician, hardness_input(lab, technician, remarks="first"))
    with db.reader() as s:
        view = result_service.get_record(s, manager, record_id)
    dialog = ResultEditorDialog(context_for(manager), test_type="hardness", record=view)
    qtbot.addWidget(dialog)
    dialog.remarks.setPlainText("typed in the editor")

    office = Database(db.url, migrate_on_open=False)
    try:
        with office.transaction(technician) as session:
            data = replace(
                hardness_input(lab, technician, remarks="saved at the lab"),
                performed_at=view.performed_at,
            )
            result_service.update_record(
                session, technician, record_id, data, expected_version=view.version
            )
    finally:
        office.dispose()

    dialog.save_button.click()
    assert len(shown_boxes) == 1
    assert shown_boxes[0].title == "Conflict"
    assert shown_boxes[0].text.startswith(
        f"Test record {record_id} was changed by {technician.full_name} at "
    )
    assert dialog.saved_id is None and dialog.result() == 0
    assert dialog.remarks.toPlainText() == "typed in the editor"
    assert dialog.save_button.isEnabled()
    with db.reader() as s:
        after = result_service.get_record(s, manager, record_id)
    assert (after.remarks, after.version) == ("saved at the lab", view.version + 1)
