"""The Results page driven as a user: filters, the chosen record's values and plot, review,
approval, return to draft, correction and discarding through the buttons, refusals shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from itc_desktop.db import Actor, Database
from itc_desktop.services import results as result_service
from itc_desktop.services.results import RecordRow, ValueView
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.models.results import (
    ResultsTableModel,
    ValuesTableModel,
    limits_text,
    outcome_text,
    uncertainty_text,
    value_text,
)
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.result_workflow import ReasonDialog, ResultActions
from itc_desktop.ui.pages.results import ResultsPage, day_start
from itc_desktop.ui.widgets.result_plots import (
    CapabilityHistogram,
    CharpyPlot,
    ControlChart,
    HardnessPlot,
)
from itc_desktop.ui.widgets.stress_strain_plot import StressStrainPlot
from tests.services.jobs_support import make_company
from tests.services.results_support import approve, create, hardness_input, make_lab
from tests.ui.keyboard import type_text
from tests.ui.results_ui_support import Records, fake_editor, make_records, second_technician

ContextFor = Callable[[Actor], PageContext]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def records(db: Database, manager: Actor, technician: Actor) -> Records:
    return make_records(db, manager, technician)


@pytest.fixture
def jovana(db: Database, admin: Actor) -> Actor:
    return second_technician(db, admin)


def _page(qtbot, context_for: ContextFor, actor: Actor) -> ResultsPage:
    page = ResultsPage(context_for(actor))
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def _column(page: ResultsPage, column: int) -> list[str]:
    model = page.model
    return [model.text(model.row_at(r), column) for r in range(model.rowCount())]


def _ids(page: ResultsPage) -> list[int]:
    return [row.id for row in page.model.rows()]


def _values(page: ResultsPage) -> dict[str, list[str]]:
    """Quantity label → [item, value, unit, limits, U, rule, decision] of the shown record."""
    model = page.detail.values_model
    return {
        f"{model.text(v, 0)}#{v.item}": [model.text(v, c) for c in range(1, 8)]
        for v in model.rows()
    }


def _click(qtbot, page: ResultsPage, key: str) -> None:
    qtbot.mouseClick(page.buttons[key], LEFT)


def _value(quantity: str, value: float, unit: str = "", **fields: object) -> ValueView:
    base: dict[str, object] = {
        "quantity": quantity,
        "label": quantity,
        "item": "",
        "unit": unit,
        "value": value,
        "lower": None,
        "upper": None,
        "uncertainty": None,
        "k": 2.0,
        "rule": "simple",
        "decision": None,
        "flags": (),
    }
    base.update(fields)
    return ValueView(**base)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- texts and models


def test_values_are_shown_as_reported() -> None:
    rm = _value("Rm", 541.62, "MPa", lower=470.0, upper=630.0, uncertainty=12.4)
    assert (value_text(rm), limits_text(rm), uncertainty_text(rm)) == ("542", "470 … 630", "± 12")
    assert value_text(_value("E", 205536.2, "MPa")) == "205 536"
    assert value_text(_value("A", 25.7951, "%", lower=22.0)) == "25.8"
    assert limits_text(_value("A", 25.8, "%", lower=22.0)) == "≥ 22.0"
    assert limits_text(_value("Rm", 500, "MPa", upper=630.0)) == "≤ 630"
    assert value_text(_value("hardness_mean", 233.4, "HV 10")) == "233 HV 10"
    assert value_text(_value("hardness", 45.23, "HRC")) == "45.2 HRC"
    shaft = _value("dim:Ø20 h7", 19.99012, "mm", lower=19.979, upper=20.0, uncertainty=0.002, k=3)
    assert (value_text(shaft), limits_text(shaft)) == ("19.9901", "19.9790 … 20.0000")
    assert uncertainty_text(shaft) == "± 0.0020 (k = 3)"
    assert value_text(_value("cpk:Ø20 h7", 1.2345)) == "1.23"
    assert [outcome_text(d) for d in ("pass", "fail", "inconclusive", None)] == [
        "✔ pass",
        "✘ fail",
        "? inconclusive",
        "—",
    ]


class _DeferredRunner(BackgroundRunner):
    """Keeps the work until `finish()`: pages that arrive late can be tested."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.pending: list[tuple[Callable[[], object], Callable[[object], None]]] = []

    def run(self, fn, on_success, on_error=None, *, receiver=None) -> None:  # type: ignore[no-untyped-def]
        self.pending.append((fn, on_success))

    def finish(self) -> None:
        pending, self.pending = self.pending, []
        for fn, on_success in pending:
            on_success(fn())


def _row(record_id: int) -> RecordRow:
    return RecordRow(
        id=record_id,
        job_id=1,
        job_reference="ITC-2026-0001",
        specimen_code=f"ITC-2026-0001-S{record_id:02d}",
        test_type="tensile",
        method="ISO 6892-1:2019 method B",
        equipment_tag="ITC-0201",
        performed_by="Szőke Bence",
        performed_at=datetime(2026, 3, 5, 13, 7, tzinfo=UTC),
        status="approved",
        overall="fail" if record_id % 2 else "pass",
        revision=1,
        superseded=False,
    )


def test_table_model_pages_in_through_the_runner_and_drops_stale_pages(qapp) -> None:
    runner = _DeferredRunner()
    asked: list[tuple[int | None, int]] = []

    def fetch(after: RecordRow | None, limit: int) -> list[RecordRow]:
        asked.append((after and after.id, limit))
        start = 0 if after is None else after.id + 1
        return [_row(i) for i in range(start, min(start + limit, 5))]

    model = ResultsTableModel(fetch, runner, page_size=2)
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    runner.finish()
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    model.reset()  # the filter changed before the second page arrived
    runner.finish()
    assert model.rowCount() == 0 and asked == [(None, 2), (1, 2)]
    while model.canFetchMore():
        model.fetchMore()
        runner.finish()
    assert model.rowCount() == 5
    index = model.index(1, ResultsTableModel.OUTCOME)
    assert model.data(index) == "✘ fail"
    assert model.data(index, ResultsTableModel.OUTCOME_ROLE) == "fail"
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, ResultsTableModel.PERFORMED)) == "2026-03-05 13:07"


def test_models_pass_the_model_tester(
    qtmodeltester, db: Database, records: Records, manager: Actor, runner
) -> None:
    with db.reader() as session:
        rows = result_service.list_records(session, manager)
        view = result_service.get_record(session, manager, records.tensile)
    model = ResultsTableModel(lambda offset, limit: rows[offset : offset + limit], runner)
    model.fetchMore()
    qtmodeltester.check(model, force_py=True)
    values = ValuesTableModel()
    values.set_rows(view.values)
    qtmodeltester.check(values, force_py=True)


# --------------------------------------------------------------------------- list and filters


def test_page_lists_records_and_filters_them(
    qtbot, context_for: ContextFor, db: Database, records: Records, manager: Actor
) -> None:
    page = _page(qtbot, context_for, manager)
    assert set(_ids(page)) == {
        records.tensile,
        records.tensile_fail,
        records.hardness,
        records.impact,
        records.dimensional,
    }
    assert page.count_label.text() == "5 record(s)"
    assert _column(page, ResultsTableModel.TEST).count("Tensile") == 2
    outcome = dict(zip(_ids(page), _column(page, ResultsTableModel.OUTCOME), strict=True))
    assert outcome[records.tensile] == "✔ pass"
    assert outcome[records.tensile_fail] == "✘ fail"
    assert set(_column(page, ResultsTableModel.STATUS)) == {"Draft"}

    page.type_filter.setCurrentIndex(page.type_filter.findData("tensile"))
    assert set(_ids(page)) == {records.tensile, records.tensile_fail}
    page.type_filter.setCurrentIndex(0)

    page.out_of_spec_check.setChecked(True)
    assert _ids(page) == [records.tensile_fail]
    assert page.count_label.text() == "1 record(s)"
    page.out_of_spec_check.setChecked(False)

    page.instrument_filter.setCurrentIndex(
        page.instrument_filter.findData(records.lab.tensile_machine)
    )
    assert set(_ids(page)) == {records.tensile, records.tensile_fail}
    page.instrument_filter.setCurrentIndex(0)

    page.from_check.setChecked(True)
    page.from_edit.setDate(QDate.currentDate().addDays(1))
    assert _ids(page) == []
    page.from_check.setChecked(False)
    assert len(_ids(page)) == 5
    page.to_check.setChecked(True)
    page.to_edit.setDate(QDate.currentDate().addDays(1))
    assert len(_ids(page)) == 5
    page.to_edit.setDate(QDate(2020, 1, 1))
    assert _ids(page) == []
    page.to_check.setChecked(False)


def test_every_column_is_shown_whole_beside_the_record(
    qtbot, context_for: ContextFor, records: Records, manager: Actor
) -> None:
    """The outcome (pass/fail) is on screen without scrolling sideways, and "Charpy impact"
    and "Approved · rev. 2" are not cut (fixed widths cut them)."""
    page = _page(qtbot, context_for, manager)
    view, header = page.view, page.view.horizontalHeader()
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert header.length() <= view.viewport().width()
    assert (
        header.sectionViewportPosition(ResultsTableModel.OUTCOME)
        + header.sectionSize(ResultsTableModel.OUTCOME)
        <= view.viewport().width()
    )
    metrics = view.fontMetrics()
    for column, text in (
        (ResultsTableModel.TEST, "Charpy impact"),
        (ResultsTableModel.STATUS, "Approved · rev. 2"),
    ):
        assert metrics.horizontalAdvance(text) < header.sectionSize(column), text
    assert page.detail.width() > 400  # the record keeps room for its values and plot


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_status_and_job_filters(
    qtbot,
    context_for: ContextFor,
    db: Database,
    records: Records,
    manager: Actor,
    technician: Actor,
    jovana: Actor,
) -> None:
    approve(db, records.hardness, jovana, manager)
    other = make_lab(
        db, manager, make_company(db, manager, "Суботица Ливница д.о.о.", "RS", "101134702")
    )
    elsewhere = create(db, technician, hardness_input(other, technician))
    page = _page(qtbot, context_for, manager)
    assert len(_ids(page)) == 6

    page.status_filter.setCurrentIndex(page.status_filter.findData("approved"))
    assert _ids(page) == [records.hardness]
    assert _column(page, ResultsTableModel.STATUS) == ["Approved"]
    page.status_filter.setCurrentIndex(0)

    # The job filter offers the jobs by reference and title; typing narrows the choice.
    assert page.job_filter.findData(other.job_id) > 0
    page.job_filter.setCurrentIndex(page.job_filter.findData(other.job_id))
    assert _ids(page) == [elsewhere]
    assert page.choose_job(records.lab.job_id)
    assert elsewhere not in _ids(page) and len(_ids(page)) == 5
    # Typing part of a reference offers the matching jobs; choosing one filters by it.
    edit = page.job_filter.lineEdit()
    edit.selectAll()
    type_text(edit, other.job_reference[-4:])
    completer = page.job_filter.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion().startswith(other.job_reference + " — ")
    completer.activated[QModelIndex].emit(completer.currentIndex())  # picked in the popup
    assert _ids(page) == [elsewhere]
    edit.selectAll()
    type_text(edit, "no such job")
    assert completer.completionCount() == 0
    page.job_filter.restore_text()  # what names no job falls back to the chosen one
    assert page.job_filter.currentText().startswith(other.job_reference)
    assert _ids(page) == [elsewhere]
    assert page.choose_job(None)
    assert len(_ids(page)) == 6


def test_period_runs_from_the_first_days_midnight_to_the_end_of_the_last_day(
    qtbot, context_for: ContextFor, manager: Actor
) -> None:
    budapest = ZoneInfo("Europe/Budapest")
    assert day_start(date(2026, 7, 1), budapest) == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)
    page = _page(qtbot, context_for, manager)
    page.time_zone = budapest
    page.from_check.setChecked(True)
    page.from_edit.setDate(QDate(2026, 3, 1))
    page.to_check.setChecked(True)
    page.to_edit.setDate(QDate(2026, 3, 31))
    where = page.applied_filter
    assert where.performed_from == datetime(2026, 2, 28, 23, 0, tzinfo=UTC)
    assert where.performed_to == datetime(2026, 3, 31, 22, 0, tzinfo=UTC)  # summer time


# --------------------------------------------------------------------------- detail and plots


def test_selecting_shows_values_with_decisions_and_the_plot_by_type(
    qtbot, context_for: ContextFor, records: Records, manager: Actor
) -> None:
    page = _page(qtbot, context_for, manager)
    detail = page.detail
    page.view.selectRow(page.model.row_of(records.tensile))
    assert detail.title_label.text() == "Tensile — ISO 6892-1:2019 method B"
    values = _values(page)
    assert values["Tensile strength Rm#"][2:] == [
        "MPa",
        "470 … 630",
        "± 12",
        "simple acceptance",
        "✔ pass",
    ]
    assert values["Proof strength Rp0.2#"][3] == "≥ 355"
    assert values["Modulus of elasticity E#"][6] == ""  # no limits, no decision
    assert detail.outcome_badge.text() == "✔ pass"
    assert "22.5 °C" in detail.info["conditions"].text()
    assert detail.info["raw_file"].text() == "S355_round.TXT"
    assert detail.info["review"].text() == "not yet"
    assert isinstance(detail.current_plot(), StressStrainPlot)
    assert detail.stress_strain.marker_labels()  # Rp0.2 and Rm marked

    page.view.selectRow(page.model.row_of(records.tensile_fail))
    assert _values(page)["Tensile strength Rm#"][6] == "✘ fail"
    assert detail.outcome_badge.text() == "✘ fail"
    assert "Upper yield strength ReH#" in _values(page)

    page.select_item(records.hardness)
    assert _values(page)["Hardness, mean#"][1] == "235 HV 10"
    plot = detail.current_plot()
    assert isinstance(plot, HardnessPlot)
    assert plot.line_values()["lower"] == 200 and plot.line_values()["upper"] == 260

    page.select_item(records.impact)
    plot = detail.current_plot()
    assert isinstance(plot, CharpyPlot)
    assert plot.bar_heights() == [120, 135, 128]
    assert plot.line_values()["minimum"] == 27

    page.select_item(records.dimensional)
    assert detail.info["job"].text() == records.lab.job_reference  # a series: no specimen
    chart = detail.current_plot()
    assert isinstance(chart, ControlChart)
    assert set(chart.line_values()) >= {"xbar_ucl", "xbar_lcl", "r_ucl", "lower", "upper"}
    histogram = detail.dimensional.histogram
    assert isinstance(histogram, CapabilityHistogram)
    assert histogram.capability_text().startswith("Cp = ")
    assert sum(histogram.bin_counts()) == 25
    assert any(label.startswith("Cpk Ø20 h7") for label in _values(page))


def test_overlay_draws_every_tensile_specimen_of_the_job(
    qtbot, context_for: ContextFor, db: Database, records: Records, technician: Actor
) -> None:
    page = _page(qtbot, context_for, technician)
    page.select_item(records.tensile_fail)
    plot = page.detail.stress_strain
    assert len(plot.curve_labels()) == 1
    page.detail.overlay_check.setChecked(True)
    with db.reader() as session:
        first, shown = (
            result_service.get_record(session, technician, i).specimen_code
            for i in (records.tensile, records.tensile_fail)
        )
    assert sorted(plot.curve_labels()) == sorted([first, shown])
    assert plot.curve_labels()[plot.selected_index()] == shown  # the record shown
    page.detail.overlay_check.setChecked(False)
    assert len(plot.curve_labels()) == 1


# --------------------------------------------------------------------------- workflow


def test_technician_cannot_approve_and_a_forced_approval_is_refused(
    qtbot,
    context_for: ContextFor,
    db: Database,
    records: Records,
    technician: Actor,
    jovana: Actor,
    shown_boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction(technician) as session:
        result_service.review_record(session, jovana, records.hardness)
    page = _page(qtbot, context_for, jovana)
    page.select_item(records.hardness)
    approve_action = page.actions.approve_action
    assert not approve_action.isEnabled()
    assert approve_action.toolTip() == "Only a manager approves test results."
    _click(qtbot, page, "approve")
    assert shown_boxes == []  # a disabled button does nothing
    monkeypatch.setattr(ResultActions, "confirm", lambda self, title, text: True)
    assert page.actions.on_approve() is False  # forced: the service refuses
    assert [box.title for box in shown_boxes] == ["Not allowed"]
    assert page.detail.status_badge.text() == "Reviewed"


def test_performer_cannot_review_own_test(
    qtbot, context_for: ContextFor, records: Records, technician: Actor, shown_boxes
) -> None:
    page = _page(qtbot, context_for, technician)
    page.select_item(records.tensile)
    review = page.actions.review_action
    assert not review.isEnabled()
    assert "another person must review" in review.toolTip()
    assert page.actions.edit_action.isEnabled()
    assert page.actions.on_review() is False
    assert "another person must review it" in shown_boxes[0].text
    assert page.detail.status_badge.text() == "Draft"


def test_review_by_another_technician_then_approval_by_the_manager(
    qtbot,
    context_for: ContextFor,
    records: Records,
    manager: Actor,
    jovana: Actor,
    shown_boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, context_for, jovana)
    page.select_item(records.tensile)
    assert page.actions.review_action.isEnabled()
    _click(qtbot, page, "review")
    assert page.detail.status_badge.text() == "Reviewed"
    assert page.detail.info["review"].text().startswith("Јована Илић, ")
    row = page.model.row_of(records.tensile)
    assert page.model.text(page.model.row_at(row), ResultsTableModel.STATUS) == "Reviewed"
    assert not page.actions.approve_action.isEnabled()  # a technician

    confirmations: list[str] = []
    monkeypatch.setattr(
        ResultActions, "confirm", lambda self, title, text: confirmations.append(text) or True
    )
    page = _page(qtbot, context_for, manager)
    page.select_item(records.tensile)
    assert page.actions.approve_action.isEnabled()
    _click(qtbot, page, "approve")
    assert "locked" in confirmations[0]
    assert shown_boxes == []
    assert page.detail.status_badge.text() == "Approved"
    assert page.detail.info["approval"].text().startswith("Petrović Đorđe, ")
    row = page.model.row_of(records.tensile)
    assert page.model.text(page.model.row_at(row), ResultsTableModel.STATUS) == "Approved"
    assert page.view.selectionModel().selectedRows()[0].row() == row
    states = {key: action.isEnabled() for key, action in page.actions.actions.items()}
    assert states == {
        "new": True,
        "edit": False,
        "review": False,
        "return": False,
        "approve": False,
        "correct": True,
        "discard": False,
    }


def _answer_reason(monkeypatch: pytest.MonkeyPatch, reason: str, seen: list[bool]) -> None:
    def exec_(dialog: ReasonDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())  # before typing: no reason, no OK
        type_text(dialog.edit, reason)
        seen.append(ok.isEnabled())
        return QDialog.DialogCode.Accepted.value if ok.isEnabled() else 0

    monkeypatch.setattr(ReasonDialog, "exec", exec_)


def test_return_to_draft_asks_the_reason(
    qtbot,
    context_for: ContextFor,
    db: Database,
    records: Records,
    manager: Actor,
    jovana: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction(jovana) as session:
        result_service.review_record(session, jovana, records.impact)
    seen: list[bool] = []
    _answer_reason(monkeypatch, "Energie des 2. Prüfkörpers prüfen — ő", seen)
    page = _page(qtbot, context_for, jovana)
    page.select_item(records.impact)
    _click(qtbot, page, "return")
    assert seen == [False, True]
    assert page.detail.status_badge.text() == "Draft"
    assert "Energie des 2. Prüfkörpers prüfen — ő" in page.detail.info["remarks"].text()

    seen.clear()
    _answer_reason(monkeypatch, "no", seen)  # too short: the dialog is not accepted
    with db.transaction(jovana) as session:
        result_service.review_record(session, jovana, records.impact)
    page.on_refresh()
    _click(qtbot, page, "return")
    assert seen == [False, False]
    assert page.detail.status_badge.text() == "Reviewed"


def test_correction_creates_revision_two_and_hides_the_first(
    qtbot,
    context_for: ContextFor,
    db: Database,
    records: Records,
    manager: Actor,
    jovana: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    approve(db, records.tensile, jovana, manager)
    editor = fake_editor(monkeypatch)
    _answer_reason(monkeypatch, "Diameter was 9.98 mm, not 10.00 mm", [])
    page = _page(qtbot, context_for, manager)
    page.select_item(records.tensile)
    _click(qtbot, page, "correct")

    with db.reader() as session:
        chain = result_service.revision_chain(session, manager, records.tensile)
    assert len(chain) == 2
    new_id = chain[1]
    assert editor.calls == [
        {"record_id": new_id, "job_id": None, "specimen_id": None, "test_type": None}
    ]
    detail = page.detail
    assert detail.view is not None and detail.view.id == new_id
    assert detail.status_badge.text() == "Draft · rev. 2"
    assert "reason: Diameter was 9.98 mm, not 10.00 mm" in detail.info["revision"].text()
    assert new_id in _ids(page) and records.tensile not in _ids(page)
    assert page.selected_id() == new_id

    page.superseded_check.setChecked(True)
    assert records.tensile in _ids(page)
    old_row = page.model.row_at(page.model.row_of(records.tensile))
    assert page.model.text(old_row, ResultsTableModel.STATUS) == "Approved · rev. 1 · superseded"

    detail.on_link(f"record:{records.tensile}")  # "← previous (rev. 1)"
    assert detail.view is not None and detail.view.id == records.tensile
    assert page.selected_id() == records.tensile
    assert "replaced by rev. 2" in detail.info["revision"].text()
    assert not page.actions.correct_action.isEnabled()  # corrected already
    assert f"Record {new_id} already corrects this one." == page.actions.correct_action.toolTip()


def test_discard_draft_and_new_and_edit_open_the_editor(
    qtbot,
    context_for: ContextFor,
    records: Records,
    technician: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = fake_editor(monkeypatch)
    page = _page(qtbot, context_for, technician)
    page.select_item(records.hardness)
    _click(qtbot, page, "edit")
    assert editor.calls[-1]["record_id"] == records.hardness

    page.actions.new_type_actions["impact"].trigger()
    assert editor.calls[-1] == {
        "record_id": None,
        "job_id": records.lab.job_id,  # the shown record's job
        "specimen_id": None,
        "test_type": "impact",
    }

    monkeypatch.setattr(ResultActions, "confirm", lambda self, title, text: False)
    _click(qtbot, page, "discard")
    assert records.hardness in _ids(page)
    monkeypatch.setattr(ResultActions, "confirm", lambda self, title, text: True)
    _click(qtbot, page, "discard")
    assert records.hardness not in _ids(page)
    assert page.detail.view is None
    assert not page.actions.edit_action.isEnabled()
    menu = page.actions.context_menu()
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == [
        "&New record",
        "&Edit…",
        "&Review",
        "Return to &draft…",
        "&Approve",
        "&Correct (new revision)…",
        "D&iscard draft…",
    ]
    assert [a.isEnabled() for a in entries] == [True] + [False] * 6  # nothing chosen now


def test_admin_sees_results_but_enters_none(
    qtbot, context_for: ContextFor, records: Records, admin: Actor
) -> None:
    page = _page(qtbot, context_for, admin)
    assert len(_ids(page)) == 5
    assert not page.new_button.isVisible()
    page.select_item(records.tensile)
    assert not any(action.isEnabled() for action in page.actions.actions.values())
    entries = [a for a in page.actions.context_menu().actions() if not a.isSeparator()]
    assert len(entries) == 7 and not any(a.isEnabled() for a in entries)


def test_navigate_selects_the_record(qtbot, open_window, records: Records, manager: Actor) -> None:
    window = open_window(manager)
    assert window.navigate("results", records.impact)
    page = window.page_widget("results")
    assert isinstance(page, ResultsPage)
    assert page.selected_id() == records.impact
    assert page.detail.title_label.text().startswith("Charpy impact")
