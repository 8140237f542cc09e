"""The Results tab of a job: the job's current records with their verdicts, "New result…"
for the job, "Open in Results" leading to the record on the Results page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from itc_desktop.db import Actor, Database
from itc_desktop.services import results as result_service
from itc_desktop.ui.models.results import ResultsTableModel
from itc_desktop.ui.pages.job_detail import JobDetailPanel
from itc_desktop.ui.pages.job_results_tab import JobResultsTab
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.pages.results import ResultsPage
from tests.services.jobs_support import make_company
from tests.services.results_support import approve, create, hardness_input, make_lab
from tests.ui.results_ui_support import Records, fake_editor, make_records, second_technician

ContextFor = Callable[[Actor], PageContext]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def records(db: Database, manager: Actor, technician: Actor) -> Records:
    return make_records(db, manager, technician)


def _tab(qtbot, context_for: ContextFor, actor: Actor, job_id: int | None) -> JobResultsTab:
    tab = JobResultsTab(context_for(actor))
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    tab.set_job(job_id)
    return tab


def _ids(tab: JobResultsTab) -> list[int]:
    return [row.id for row in tab.model.rows()]


def test_tab_lists_the_jobs_current_records_with_their_verdicts(
    qtbot,
    context_for: ContextFor,
    db: Database,
    records: Records,
    manager: Actor,
    technician: Actor,
    admin: Actor,
) -> None:
    other = make_lab(db, manager, make_company(db, manager, "Čelik d.o.o.", "RS", "101134702"))
    create(db, technician, hardness_input(other, technician))
    jovana = second_technician(db, admin)
    approve(db, records.hardness, jovana, manager)
    with db.transaction(manager) as session:
        corrected = result_service.revise_record(
            session, manager, records.hardness, "Wrong test force entered"
        )

    tab = _tab(qtbot, context_for, technician, records.lab.job_id)
    assert set(_ids(tab)) == {
        records.tensile,
        records.tensile_fail,
        corrected,  # the approved first revision is replaced
        records.impact,
        records.dimensional,
    }
    assert tab.view.isColumnHidden(ResultsTableModel.JOB)
    verdicts = {row.id: tab.model.text(row, ResultsTableModel.OUTCOME) for row in tab.model.rows()}
    assert verdicts[records.tensile] == "✔ pass"
    assert verdicts[records.tensile_fail] == "✘ fail"
    status = {row.id: tab.model.text(row, ResultsTableModel.STATUS) for row in tab.model.rows()}
    assert status[corrected] == "Draft · rev. 2"
    assert tab.summary_label.text() == "5 record(s): 4 pass, 1 fail"
    assert tab.open_button.isEnabled()  # the first record is chosen

    tab.set_job(other.job_id)
    assert len(_ids(tab)) == 1
    tab.set_job(None)
    assert _ids(tab) == [] and tab.summary_label.text() == ""
    assert not tab.new_button.isEnabled() and not tab.open_button.isEnabled()


def test_a_job_without_results_says_so(
    qtbot, context_for: ContextFor, db: Database, manager: Actor
) -> None:
    lab = make_lab(db, manager)
    tab = _tab(qtbot, context_for, manager, lab.job_id)
    assert _ids(tab) == []
    assert tab.summary_label.text() == "No test results yet."
    assert not tab.open_button.isEnabled()


def test_new_result_preselects_the_job(
    qtbot,
    context_for: ContextFor,
    records: Records,
    technician: Actor,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = fake_editor(monkeypatch, saved=False)
    tab = _tab(qtbot, context_for, technician, records.lab.job_id)
    changed: list[bool] = []
    tab.changed.connect(lambda: changed.append(True))
    assert tab.new_button.isVisible() and tab.new_button.isEnabled()
    titles = [action.text() for action in tab.new_menu.actions()]
    assert titles == ["Tensile…", "Hardness…", "Charpy impact…", "Dimensional…"]
    tab.new_menu.actions()[0].trigger()
    assert editor.calls == [
        {
            "record_id": None,
            "job_id": records.lab.job_id,
            "specimen_id": None,
            "test_type": "tensile",
        }
    ]
    assert changed == []  # cancelled: nothing to show
    editor.saved = True
    tab.new_menu.actions()[3].trigger()
    assert editor.calls[-1]["test_type"] == "dimensional"
    assert changed == [True]

    assert not _tab(qtbot, context_for, admin, records.lab.job_id).new_button.isVisible()


def test_open_in_results_shows_the_record_there(
    qtbot, open_window, records: Records, manager: Actor
) -> None:
    window = open_window(manager)
    assert window.navigate("jobs", records.lab.job_id)
    detail = window.page_widget("jobs").findChild(JobDetailPanel)
    tabs = detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[-2:] == ["&Results", "Rep&orts"]
    tabs.setCurrentWidget(detail.results_tab)
    tab = detail.results_tab
    assert len(_ids(tab)) == 5
    row = tab.model.row_of(records.impact)
    tab.view.selectRow(row)
    qtbot.mouseClick(tab.open_button, LEFT)
    assert window.current_page_key() == "results"
    page = window.page_widget("results")
    assert isinstance(page, ResultsPage)
    assert page.selected_id() == records.impact
    assert page.detail.view is not None and page.detail.view.id == records.impact

    window.navigate("jobs", records.lab.job_id)
    opened: list[int] = []
    tab.open_record_requested.connect(opened.append)
    tab.view.doubleClicked.emit(tab.model.index(tab.model.row_of(records.tensile), 2))
    assert opened == [records.tensile]
    assert page.selected_id() == records.tensile
