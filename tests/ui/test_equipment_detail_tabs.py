"""The Usage, Qualified operators and Documents tabs of the equipment detail panel, driven as
a user: buttons clicked, dialogs filled, texts read back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import equipment_documents as document_service
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.equipment_documents import MAX_DOCUMENT_BYTES
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.ui.pages.equipment_documents_tab import DocumentsTab, DocumentsTableModel
from itc_desktop.ui.pages.equipment_operators_tab import (
    GrantDialog,
    OperatorsTab,
    OperatorsTableModel,
    RevokeDialog,
)
from itc_desktop.ui.pages.equipment_usage_tab import (
    CorrectTimesDialog,
    UsageTab,
    UsageTableModel,
    month_label,
)
from itc_desktop.ui.pages.registry import PageContext
from tests.services.equipment_support import hours_ago, lab_today, make_equipment
from tests.ui.keyboard import type_text

ContextFor = Callable[[Actor], PageContext]


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def _month_start(db: Database, back: int) -> datetime:
    """The first instant (lab time) of the month `back` months before the current one."""
    with db.reader() as session:
        zone = lab_zone(session)
    local = utcnow().astimezone(zone)
    year, month = divmod(local.month - 1 - back, 12)
    return datetime(local.year + year, month + 1, 1, tzinfo=zone)


def _session(db: Database, actor: Actor, equipment: int, start: datetime, hours: float) -> int:
    with db.transaction(actor) as session:
        usage_id = usage_service.start_use(session, actor, equipment, started_at=start)
        usage_service.stop_use(session, actor, usage_id, stopped_at=start + timedelta(hours=hours))
    return usage_id


@pytest.fixture
def machine(db: Database, manager: Actor) -> int:
    return make_equipment(db, manager, "ITC-0002", name="5-axis milling centre")


@pytest.fixture
def used_machine(db: Database, manager: Actor, technician: Actor, machine: int) -> int:
    """Sessions a month ago (1 h + 1.5 h) and eleven months ago (4 h), one running 14 h."""
    last_month = _month_start(db, 1) + timedelta(days=9, hours=8)
    _session(db, technician, machine, last_month, 1.0)
    _session(db, technician, machine, last_month + timedelta(days=1), 1.5)
    _session(db, manager, machine, _month_start(db, 11) + timedelta(days=3, hours=7), 4.0)
    with db.transaction(technician) as session:
        usage_service.start_use(
            session, technician, machine, started_at=hours_ago(14), job_reference="JOB-2026-017"
        )
    return machine


def _usage_tab(qtbot, context: PageContext, equipment: int | None) -> UsageTab:
    tab = UsageTab(context)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    tab.set_equipment(equipment)
    return tab


# -- Usage tab ------------------------------------------------------------------------------


def test_usage_tab_lists_sessions_and_charts_twelve_months(
    qtbot, db: Database, context_for: ContextFor, manager: Actor, used_machine: int
) -> None:
    tab = _usage_tab(qtbot, context_for(manager), used_machine)
    model = tab.model
    assert model.rowCount() == 4
    # Newest first: the running session, flagged.
    assert _cell(model, 0, UsageTableModel.OPERATOR) == "Szőke Bence"
    assert _cell(model, 0, UsageTableModel.JOB) == "JOB-2026-017"
    assert _cell(model, 0, UsageTableModel.STOP) == ""
    assert _cell(model, 0, UsageTableModel.FLAGS) == "running, probably forgotten"
    # The 1.5 h session: local start and stop, hours, energy at 15 kW nominal power.
    start = _month_start(db, 1) + timedelta(days=10, hours=8)
    assert _cell(model, 1, UsageTableModel.START) == start.strftime("%Y-%m-%d %H:%M")
    stop = start + timedelta(hours=1.5)
    assert _cell(model, 1, UsageTableModel.STOP) == stop.strftime("%Y-%m-%d %H:%M")
    assert _cell(model, 1, UsageTableModel.HOURS) == "1.50"
    assert _cell(model, 1, UsageTableModel.ENERGY) == "22.5"
    assert _cell(model, 1, UsageTableModel.FLAGS) == ""

    chart = tab.chart
    assert chart.bar_count() == 12
    expected = [0.0] * 12
    expected[0] = 4.0  # eleven months ago: the oldest bar
    expected[10] = 2.5  # last month; the running session counts nowhere
    assert chart.values() == expected
    assert chart.value_texts()[0] == "4.0" and chart.value_texts()[10] == "2.5"
    assert chart.labels()[-1] == month_label(_month_start(db, 0).date())
    assert chart.labels()[0] == month_label(_month_start(db, 11).date())
    assert chart.describe(10) == f"{month_label(_month_start(db, 1).date())}: 2.5 h"
    assert tab.summary.text() == "6.5 hours of use in the last 12 months"


def test_usage_columns_fit_the_sessions_on_screen(
    qtbot, context_for: ContextFor, manager: Actor, used_machine: int
) -> None:
    tab = _usage_tab(qtbot, context_for(manager), used_machine)
    metrics = tab.view.fontMetrics()
    for column in (
        UsageTableModel.OPERATOR,
        UsageTableModel.JOB,
        UsageTableModel.START,
        UsageTableModel.STOP,
        UsageTableModel.HOURS,
        UsageTableModel.FLAGS,
    ):
        widest = max(metrics.horizontalAdvance(_cell(tab.model, r, column)) for r in range(4))
        assert tab.view.columnWidth(column) > widest, UsageTableModel.HEADERS[column]


def test_usage_table_fetches_a_page_at_a_time(
    qtbot, db: Database, context_for: ContextFor, manager: Actor, used_machine: int
) -> None:
    tab = UsageTab(context_for(manager))
    qtbot.addWidget(tab)
    tab.model.page_size = 2
    tab.set_equipment(used_machine)
    assert tab.model.rowCount() == 2
    assert tab.model.canFetchMore()
    tab.model.fetchMore()
    assert tab.model.rowCount() == 4
    tab.model.fetchMore()  # an empty page: the end
    assert tab.model.rowCount() == 4
    assert not tab.model.canFetchMore()
    assert [tab.model.row_at(r).started_at for r in range(4)] == sorted(
        (tab.model.row_at(r).started_at for r in range(4)), reverse=True
    )


def test_usage_tab_without_equipment_is_empty(
    qtbot, context_for: ContextFor, manager: Actor, used_machine: int
) -> None:
    tab = _usage_tab(qtbot, context_for(manager), used_machine)
    tab.set_equipment(None)
    assert tab.model.rowCount() == 0
    assert tab.chart.bar_count() == 0
    assert not tab.correct_button.isEnabled()


def test_manager_corrects_the_times_of_a_forgotten_session(
    qtbot,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    used_machine: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _usage_tab(qtbot, context_for(manager), used_machine)
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))
    assert not tab.correct_button.isEnabled()  # nothing selected yet
    tab.view.selectRow(0)
    running = tab.selected_session()
    assert running is not None and running.stopped_at is None
    assert tab.correct_button.isEnabled()

    seen: list[str] = []

    def drive(dialog: CorrectTimesDialog) -> int:
        assert not dialog.still_running.isHidden()  # a running session may stay running
        local_start = dialog.start.dateTime()
        dialog.stop.setDateTime(local_start.addSecs(3 * 3600))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason: refused
        seen.append(dialog.message.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        type_text(dialog.reason, "Operator forgot to stop — Đorđe saw it at 17:00")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CorrectTimesDialog, "exec", drive)
    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)

    assert seen and "Reason" in seen[0] and "say why" in seen[0]
    assert changes == [True]
    with db.reader() as session:
        row = usage_service.list_sessions(session, manager, equipment_id=used_machine)[0]
    assert row.id == running.id
    assert row.corrected and row.stopped_at is not None
    assert row.stopped_at - row.started_at == timedelta(hours=3)
    assert row.correction_reason.startswith("Operator forgot to stop")
    shown = tab.model.row_of(running.id)
    assert _cell(tab.model, shown, UsageTableModel.HOURS) == "3.00"
    assert _cell(tab.model, shown, UsageTableModel.FLAGS) == "corrected"
    assert tab.selected_session() is not None and tab.selected_session().id == running.id


def test_correcting_a_stop_before_the_start_is_refused_in_the_dialog(
    qtbot, context_for: ContextFor, manager: Actor, used_machine: int
) -> None:
    tab = _usage_tab(qtbot, context_for(manager), used_machine)
    tab.view.selectRow(1)
    row = tab.selected_session()
    dialog = tab.make_correct_dialog(row)
    qtbot.addWidget(dialog)
    dialog.stop.setDateTime(dialog.start.dateTime().addSecs(-600))
    type_text(dialog.reason, "typo")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "must be after the start" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert tab.model.row_at(1).corrected is False


def test_technician_cannot_correct_times(
    qtbot, db: Database, context_for: ContextFor, technician: Actor, used_machine: int
) -> None:
    tab = _usage_tab(qtbot, context_for(technician), used_machine)
    tab.view.selectRow(0)
    assert not tab.correct_button.isEnabled()
    row = tab.selected_session()
    dialog = tab.make_correct_dialog(row)  # forced past the disabled button
    qtbot.addWidget(dialog)
    dialog.stop.setDateTime(QDateTime.currentDateTime().addSecs(-60))
    type_text(dialog.reason, "forgot")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "may not do this" in dialog.message.text()
    with db.reader() as session:
        assert (
            usage_service.list_sessions(session, technician, equipment_id=used_machine)[
                0
            ].stopped_at
            is None
        )


def test_chart_exports_png_and_svg(
    qtbot, tmp_path: Path, context_for: ContextFor, manager: Actor, used_machine: int
) -> None:
    tab = _usage_tab(qtbot, context_for(manager), used_machine)
    png = tab.chart.export(tmp_path / "hours.png")
    svg = tab.chart.export(tmp_path / "hours.svg")
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "<svg" in svg.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="cannot export"):
        tab.chart.export(tmp_path / "hours.gif")
    actions = [a.text() for a in tab.chart.plot.actions()]
    assert actions == ["Export as &PNG…", "Export as &SVG…"]


# -- Qualified operators tab ----------------------------------------------------------------


def _operators_tab(qtbot, context: PageContext, equipment: int) -> OperatorsTab:
    tab = OperatorsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_equipment(equipment)
    return tab


def test_manager_grants_and_revokes_a_qualification(
    qtbot,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician: Actor,
    machine: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _operators_tab(qtbot, context_for(manager), machine)
    assert tab.model.rowCount() == 0
    assert tab.grant_button.isEnabled() and not tab.revoke_button.isEnabled()
    soon = lab_today(db) + timedelta(days=20)

    def grant(dialog: GrantDialog) -> int:
        dialog.select_operator(technician.id)
        dialog.valid_until.setDate(QDate(soon.year, soon.month, soon.day))
        type_text(dialog.notes, "Trained by Kovács Ödön")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(GrantDialog, "exec", grant)
    qtbot.mouseClick(tab.grant_button, Qt.MouseButton.LeftButton)

    assert tab.model.rowCount() == 1
    assert _cell(tab.model, 0, OperatorsTableModel.USER) == "Szőke Bence"
    assert _cell(tab.model, 0, OperatorsTableModel.GRANTED_BY) == manager.full_name
    assert _cell(tab.model, 0, OperatorsTableModel.GRANTED_ON) == lab_today(db).isoformat()
    assert _cell(tab.model, 0, OperatorsTableModel.VALID_UNTIL) == soon.isoformat()
    assert _cell(tab.model, 0, OperatorsTableModel.STATE) == "expiring"  # within 30 days
    assert _cell(tab.model, 0, OperatorsTableModel.NOTES) == "Trained by Kovács Ödön"

    refusals: list[str] = []

    def revoke(dialog: RevokeDialog) -> int:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason
        refusals.append(dialog.message.text())
        type_text(dialog.reason, "Left the workshop")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(RevokeDialog, "exec", revoke)
    tab.view.selectRow(0)
    assert tab.revoke_button.isEnabled()
    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)

    assert refusals and "say why" in refusals[0]
    assert tab.model.rowCount() == 0  # revoked ones are hidden by default
    tab.show_revoked.setChecked(True)
    assert tab.model.rowCount() == 1
    assert _cell(tab.model, 0, OperatorsTableModel.STATE) == "revoked"
    assert _cell(tab.model, 0, OperatorsTableModel.NOTES) == "Left the workshop"
    tab.view.selectRow(0)
    assert not tab.revoke_button.isEnabled()  # already revoked
    with db.reader() as session:
        assert (
            qualification_service.list_qualifications(session, manager, equipment_id=machine) == []
        )


def test_states_valid_and_expired(
    qtbot, db: Database, context_for: ContextFor, manager: Actor, technician: Actor, machine: int
) -> None:
    today = lab_today(db)
    with db.transaction(manager) as session:
        qualification_service.grant_qualification(
            session, manager, technician.id, machine, valid_until=today + timedelta(days=300)
        )
        qualification_service.grant_qualification(
            session,
            manager,
            manager.id,
            machine,
            granted_on=today - timedelta(days=400),
            valid_until=today - timedelta(days=1),
        )
    tab = _operators_tab(qtbot, context_for(manager), machine)
    states = {
        _cell(tab.model, r, OperatorsTableModel.USER): _cell(
            tab.model, r, OperatorsTableModel.STATE
        )
        for r in range(tab.model.rowCount())
    }
    assert states == {"Szőke Bence": "valid", manager.full_name: "expired"}


def test_technician_sees_grant_disabled_and_a_forced_grant_is_refused(
    qtbot, db: Database, context_for: ContextFor, technician: Actor, machine: int
) -> None:
    tab = _operators_tab(qtbot, context_for(technician), machine)
    assert not tab.grant_button.isEnabled()
    assert not tab.revoke_button.isEnabled()
    dialog = tab.make_grant_dialog()  # forced past the disabled button
    qtbot.addWidget(dialog)
    dialog.select_operator(technician.id)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "may not do this" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with db.reader() as session:
        assert (
            qualification_service.list_qualifications(session, technician, equipment_id=machine)
            == []
        )
    with pytest.raises(PermissionDenied):
        tab.revoke(1, "no")


# -- Documents tab --------------------------------------------------------------------------


def _documents_tab(qtbot, context: PageContext, equipment: int) -> DocumentsTab:
    tab = DocumentsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_equipment(equipment)
    return tab


def _stored(db: Database, actor: Actor, equipment: int) -> list[str]:
    with db.reader() as session:
        return [d.file_name for d in document_service.list_documents(session, actor, equipment)]


def test_a_document_over_the_size_limit_is_refused_clearly(
    qtbot,
    tmp_path: Path,
    db: Database,
    context_for: ContextFor,
    technician: Actor,
    machine: int,
    shown_boxes,
) -> None:
    big = tmp_path / "Kezelési kézikönyv.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(MAX_DOCUMENT_BYTES + 1)
    tab = _documents_tab(qtbot, context_for(technician), machine)
    tab.choose_file_to_add = lambda parent: str(big)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert box.kind == "error" and box.title == "Please correct the input"
    assert "Kezelési kézikönyv.pdf: 20.0 MB is larger than the limit of 20 MB" in box.text
    assert _stored(db, technician, machine) == []
    assert tab.model.rowCount() == 0


def test_a_document_of_a_wrong_type_is_refused_by_the_service(
    qtbot,
    tmp_path: Path,
    db: Database,
    context_for: ContextFor,
    technician: Actor,
    machine: int,
    shown_boxes,
) -> None:
    fake = tmp_path / "manual.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    tab = _documents_tab(qtbot, context_for(technician), machine)
    assert tab.add_file(fake) is None
    assert "the content of manual.pdf is not a .pdf file" in shown_boxes[-1].text
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ\x90\x00")
    assert tab.add_file(exe) is None
    assert ".exe files are not accepted" in shown_boxes[-1].text
    assert _stored(db, technician, machine) == []


def test_add_save_and_delete_a_document(
    qtbot,
    tmp_path: Path,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician: Actor,
    machine: int,
    shown_boxes,
) -> None:
    content = b"%PDF-1.4\n% Uputstvo za upotrebu \xc4\x91\n%%EOF\n"
    source = tmp_path / "Uputstvo – Đurđević.pdf"
    source.write_bytes(content)

    tech_tab = _documents_tab(qtbot, context_for(technician), machine)
    changes: list[bool] = []
    tech_tab.changed.connect(lambda: changes.append(True))
    tech_tab.choose_file_to_add = lambda parent: str(source)
    qtbot.mouseClick(tech_tab.add_button, Qt.MouseButton.LeftButton)
    assert shown_boxes == [] and changes == [True]
    model = tech_tab.model
    assert model.rowCount() == 1
    assert _cell(model, 0, DocumentsTableModel.NAME) == "Uputstvo – Đurđević.pdf"
    assert _cell(model, 0, DocumentsTableModel.TYPE) == "PDF"
    assert _cell(model, 0, DocumentsTableModel.SIZE) == f"{len(content)} B"
    assert _cell(model, 0, DocumentsTableModel.ADDED_BY) == "Szőke Bence"
    assert tech_tab.selected_document() is not None  # the new one is selected

    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    tech_tab.choose_save_path = lambda parent, name: str(target)
    qtbot.mouseClick(tech_tab.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == content

    # The technician may not delete: the button is off and the service refuses anyway.
    assert not tech_tab.delete_button.isEnabled()
    document_id = tech_tab.selected_document().id
    assert tech_tab.delete(document_id) is False
    assert "may not do this" in shown_boxes[-1].text
    assert _stored(db, technician, machine) == ["Uputstvo – Đurđević.pdf"]

    manager_tab = _documents_tab(qtbot, context_for(manager), machine)
    questions: list[str] = []
    manager_tab.confirm = lambda parent, title, text: questions.append(text) or True
    manager_tab.view.selectRow(0)
    assert manager_tab.delete_button.isEnabled()
    qtbot.mouseClick(manager_tab.delete_button, Qt.MouseButton.LeftButton)
    assert questions and "Uputstvo – Đurđević.pdf" in questions[0]
    assert _stored(db, manager, machine) == []
    assert manager_tab.model.rowCount() == 0


def test_declining_the_delete_question_keeps_the_document(
    qtbot, tmp_path: Path, db: Database, context_for: ContextFor, manager: Actor, machine: int
) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("Kalibrálás: ±0,01 mm\n", encoding="utf-8")
    tab = _documents_tab(qtbot, context_for(manager), machine)
    assert tab.add_file(source) is not None
    tab.confirm = lambda parent, title, text: False
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert _stored(db, manager, machine) == ["notes.txt"]


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen tooltip
def test_chart_hover_names_the_bar_and_follows_the_palette(
    qtbot, context_for: ContextFor, manager: Actor, used_machine: int, db: Database
) -> None:
    tab = _usage_tab(qtbot, context_for(manager), used_machine)
    chart = tab.chart
    view = chart.plot.getPlotItem().vb
    inside = view.mapViewToScene(QPointF(10, 1.0))  # in last month's 2.5 h bar
    assert chart.index_at(inside) == 10
    chart.on_mouse_moved(inside)
    assert chart.plot.toolTip() == f"{month_label(_month_start(db, 1).date())}: 2.5 h"
    above = view.mapViewToScene(QPointF(10, 3.5))  # over the bar's top: no bar
    assert chart.index_at(above) is None
    chart.on_mouse_moved(above)
    assert chart.plot.toolTip() == ""

    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#7b1fa2"))
    chart.setPalette(palette)
    assert chart.bars.opts["brush"].color().name() == "#7b1fa2"


def test_table_models_pass_the_model_tester(
    qtbot,
    qtmodeltester,
    tmp_path: Path,
    db: Database,
    context_for: ContextFor,
    manager: Actor,
    technician: Actor,
    used_machine: int,
) -> None:
    with db.transaction(manager) as session:
        qualification_service.grant_qualification(session, manager, technician.id, used_machine)
    source = tmp_path / "readme.txt"
    source.write_text("Ђурђевак\n", encoding="utf-8")
    usage = _usage_tab(qtbot, context_for(manager), used_machine)
    operators = _operators_tab(qtbot, context_for(manager), used_machine)
    documents = _documents_tab(qtbot, context_for(manager), used_machine)
    assert documents.add_file(source) is not None
    assert usage.model.rowCount() == 4
    assert operators.model.rowCount() == 1
    assert documents.model.rowCount() == 1
    for model in (usage.model, operators.model, documents.model):
        qtmodeltester.check(model)
