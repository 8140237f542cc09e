"""Reports from the job detail: "Test report…" (draft at once, issue), "Intake slip…" (a new
kiosk code), and the Reports tab (open exactly as issued, amend), for managers and technicians."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.services import jobs as job_service
from itc_desktop.services import report_archive
from itc_desktop.ui.pages import job_detail, job_reports
from itc_desktop.ui.pages.job_detail import JobDetailPanel
from itc_desktop.ui.pages.job_reports import JobReportDialog
from itc_desktop.ui.pages.report_views import AmendDialog, ReportDialog
from tests.reports.job_report_support import ReportLab, make_report_lab
from tests.reports.pdf_checks import page_texts
from tests.services.jobs_support import make_company, make_job
from tests.ui.conftest import Shown


@pytest.fixture
def rl(db: Database, actors: dict[str, Actor]) -> ReportLab:
    return make_report_lab(db, actors)


def panel_for(qtbot, context_for, actor: Actor, job_id: int) -> JobDetailPanel:  # type: ignore[no-untyped-def]
    panel = JobDetailPanel(context_for(actor))
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    panel.set_job(job_id)
    return panel


def capture_dialogs(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], act=None) -> list:  # type: ignore[no-untyped-def]
    """Dialogs of `cls` are kept instead of shown modally; `act(dialog)` plays the user."""
    seen: list = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        if act is not None:
            act(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def test_test_report_button_shows_the_draft_and_a_manager_issues_it(
    qtbot,
    context_for,
    db: Database,
    manager: Actor,
    rl: ReportLab,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = panel_for(qtbot, context_for, manager, rl.lab.job_id)
    assert panel.report_button.isVisible() and panel.intake_button.isVisible()
    assert panel.reports_tab.list.empty_label.isVisibleTo(panel.reports_tab)
    monkeypatch.setattr(job_reports, "ask", lambda parent, title, text: True)

    def play(dialog: JobReportDialog) -> None:
        # The draft is there as soon as the window opens.
        assert "DRAFT" in page_texts(dialog.pane.preview.pdf_bytes())[0]
        assert dialog.issue_button.isVisible()
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)

    seen = capture_dialogs(monkeypatch, JobReportDialog, play)
    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    (dialog,) = seen
    with db.reader() as session:
        (issued,) = report_archive.list_reports(session, manager, rl.lab.job_id)
        stored = report_archive.get_report_pdf(session, manager, issued.id)
    assert dialog.pane.preview.pdf_bytes() == stored
    assert not dialog.issue_button.isEnabled()  # one issue per window: no accidental twin
    # The job's Reports tab lists it at once.
    table = panel.reports_tab.list.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == issued.report_number


def test_reports_tab_opens_the_stored_bytes_and_amends(
    qtbot,
    context_for,
    db: Database,
    manager: Actor,
    rl: ReportLab,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction(manager) as session:
        issued = report_archive.issue_job_report(session, manager, rl.lab.job_id)
        stored = report_archive.get_report_pdf(session, manager, issued.id)
    panel = panel_for(qtbot, context_for, manager, rl.lab.job_id)
    tab = panel.reports_tab
    assert tab.list.table.rowCount() == 1
    tab.list.select(issued.id)
    opened = capture_dialogs(monkeypatch, ReportDialog)
    qtbot.mouseClick(tab.list.open_button, Qt.MouseButton.LeftButton)
    assert opened[0].pane.preview.pdf_bytes() == stored

    def give_reason(dialog: AmendDialog) -> int:
        dialog.reason.setPlainText("Ispravka: ime kontakta — Ђорђе")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AmendDialog, "exec", give_reason)
    qtbot.mouseClick(tab.list.amend_button, Qt.MouseButton.LeftButton)
    amendment = opened[-1]
    assert amendment.pane.caption.text().startswith(f"{issued.report_number}-A1")
    rows = {tab.list.table.item(r, 0).text() for r in range(tab.list.table.rowCount())}
    assert rows == {issued.report_number, f"{issued.report_number}-A1"}
    with db.reader() as session:
        assert report_archive.get_report(session, manager, issued.id).superseded


def test_intake_slip_button_asks_then_makes_a_new_code(
    qtbot,
    context_for,
    db: Database,
    manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company_id = make_company(db, manager)
    job = make_job(db, manager, company_id)
    panel = panel_for(qtbot, context_for, manager, job.id)
    slips = capture_dialogs(monkeypatch, ReportDialog)
    # "No": nothing is made and the old code still works.
    monkeypatch.setattr(job_detail, "ask", lambda parent, title, text: False)
    qtbot.mouseClick(panel.intake_button, Qt.MouseButton.LeftButton)
    assert slips == []
    with db.reader() as session:
        assert job_service.check_access_code(session, job.reference, job.access_code)
    monkeypatch.setattr(job_detail, "ask", lambda parent, title, text: True)
    qtbot.mouseClick(panel.intake_button, Qt.MouseButton.LeftButton)
    (slip,) = slips
    text = "\n".join(page_texts(slip.pane.preview.pdf_bytes()))
    assert job.reference in text
    (printed,) = [m.replace(" ", "") for m in re.findall(r"\b\d{3} \d{3}\b", text)]
    with db.reader() as session:
        assert not job_service.check_access_code(session, job.reference, job.access_code)
        assert job_service.check_access_code(session, job.reference, printed)


def test_a_job_without_results_gets_a_clear_message(
    qtbot,
    context_for,
    db: Database,
    manager: Actor,
    shown_boxes: list[Shown],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company_id = make_company(db, manager)
    job = make_job(db, manager, company_id)
    panel = panel_for(qtbot, context_for, manager, job.id)
    seen = capture_dialogs(monkeypatch, JobReportDialog)
    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    assert [b.kind for b in shown_boxes] == ["error"]
    assert job.reference in shown_boxes[0].text
    assert seen[0].pane.preview.page_count() == 0


def test_a_technician_previews_but_neither_issues_nor_makes_slips(
    qtbot,
    context_for,
    db: Database,
    technician: Actor,
    rl: ReportLab,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = panel_for(qtbot, context_for, technician, rl.lab.job_id)
    assert panel.report_button.isVisible() and not panel.intake_button.isVisible()
    assert not panel.reports_tab.list.amend_button.isVisible()
    seen = capture_dialogs(monkeypatch, JobReportDialog)
    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    assert not seen[0].issue_button.isVisible()
    assert "DRAFT" in page_texts(seen[0].pane.preview.pdf_bytes())[0]
