"""The Reports page driven like a user: the usage report made, previewed, printed through
QPrinter to a PDF file, saved and exported; a job's test report previewed as a draft, issued,
reopened (identical bytes), amended; the intake slip; refusals shown and nothing stored; what a
technician is offered."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from itc_desktop.db import Actor, Database
from itc_desktop.reports.usage_report import hours_text
from itc_desktop.services import jobs as job_service
from itc_desktop.services import report_archive
from itc_desktop.ui.pages.report_views import AmendDialog
from itc_desktop.ui.pages.reports import INTAKE_SLIP, JOB_REPORT, USAGE_REPORT, ReportsPage
from itc_desktop.ui.widgets.pdf_preview import PdfPreview
from tests.reports.job_report_support import COMPANY, ReportLab, make_report_lab
from tests.reports.pdf_checks import page_texts, reader
from tests.services.jobs_support import make_company, make_job
from tests.services.usage_report_support import (
    DATE_FROM,
    DATE_TO,
    EQUIPMENT,
    Generated,
    generate,
)
from tests.ui.conftest import Shown


def make_page(qtbot, context_for, actor: Actor) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(context_for(actor))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def kinds(page: ReportsPage) -> list[str]:
    return [page.kind.itemData(i) for i in range(page.kind.count())]


def set_custom_period(page: ReportsPage, first: QDate, last: QDate) -> None:
    page.usage.kind.setCurrentIndex(page.usage.kind.findData("custom"))
    page.usage.date_from.setDate(first)
    page.usage.date_to.setDate(last)


@pytest.fixture
def usage_lab(db: Database, admin: Actor, manager: Actor, technician: Actor) -> Generated:
    return generate(db, admin, [admin, manager, technician], seed=11)


@pytest.fixture
def rl(db: Database, actors: dict[str, Actor]) -> ReportLab:
    return make_report_lab(db, actors)


def print_to_file(monkeypatch: pytest.MonkeyPatch, target: Path, chosen: list[QPrinter]) -> None:
    """The print dialog, answered by a user who picks "Print to file (PDF)"."""

    def choose(self: PdfPreview, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        chosen.append(printer)
        return True

    monkeypatch.setattr(PdfPreview, "choose_printer", choose)


# --------------------------------------------------------------------------- usage report


def test_usage_report_from_the_page_preview_print_save_and_export(
    qtbot,
    context_for,
    manager: Actor,
    usage_lab: Generated,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, context_for, manager)
    assert kinds(page) == [JOB_REPORT, INTAKE_SLIP, USAGE_REPORT]
    assert page.choose_kind(USAGE_REPORT)
    assert page.usage.isVisible() and page.usage_button.isVisible()
    assert not page.draft_button.isVisible()
    # Every equipment is offered; a category narrows the list.
    assert page.usage.equipment.count() == len(EQUIPMENT)
    page.usage.category.setCurrentIndex(page.usage.category.findData("machine_tool"))
    assert page.usage.equipment.count() == 2
    page.usage.category.setCurrentIndex(0)
    page.usage.tick({"ITC-0001", "ITC-0003"})
    set_custom_period(
        page,
        QDate(DATE_FROM.year, DATE_FROM.month, DATE_FROM.day),
        QDate(DATE_TO.year, DATE_TO.month, DATE_TO.day),
    )
    page.language.setCurrentIndex(page.language.findData("hu"))
    qtbot.mouseClick(page.usage_button, Qt.MouseButton.LeftButton)

    pane = page.pane
    assert not pane.busy
    assert pane.report is not None and pane.report.figures is not None
    assert [e.asset_tag for e in pane.report.figures.equipment] == ["ITC-0001", "ITC-0003"]
    assert "2026-03-01 – 2026-04-30" in pane.caption.text()
    pages = pane.preview.page_count()
    assert pages >= 1
    assert pane.preview.page_label.text() == f"Page 1 of {pages}"
    assert pane.preview.print_button.isEnabled() and pane.xlsx_button.isVisible()
    shown_text = "\n".join(page_texts(pane.preview.pdf_bytes()))
    assert "Esztergagép Győr" in shown_text and "Пећ за каљење" in shown_text
    assert "Glodalica" not in shown_text  # not ticked
    # Numbers in the report's language (Hungarian: decimal comma).
    used = hours_text(pane.report.figures.totals.used_hours, "hu").replace("\xa0", " ")
    assert "," in used and used in shown_text.replace("\xa0", " ")

    # Print: the dialog's printer writes a PDF file; every page arrives at A4.
    printed = tmp_path / "printed.pdf"
    chosen: list[QPrinter] = []
    print_to_file(monkeypatch, printed, chosen)
    qtbot.mouseClick(pane.preview.print_button, Qt.MouseButton.LeftButton)
    assert len(chosen) == 1 and chosen[0].fromPage() == 1 and chosen[0].toPage() == pages
    out = reader(printed.read_bytes())
    assert len(out.pages) == pages
    for sheet in out.pages:
        width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
        assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2
        xobjects = [x.get_object() for x in sheet["/Resources"]["/XObject"].values()]
        widths = [int(x["/Width"]) for x in xobjects if x["/Subtype"] == "/Image"]
        # One page image, rendered for the printer: 600 dpi (the PDF printer claims 1200).
        assert len(widths) == 1 and widths[0] == round(595.276 / 72 * 600)
    assert pane.message.text() == f"Sent {pages} page(s) to the printer."

    # Save as: exactly the bytes shown; a name without .pdf gets it.
    monkeypatch.setattr(PdfPreview, "choose_save_path", lambda self: str(tmp_path / "usage"))
    qtbot.mouseClick(pane.preview.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "usage.pdf").read_bytes() == pane.preview.pdf_bytes()
    assert "usage.pdf" in pane.message.text()

    # The same figures as XLSX and CSV (CSV in the report's language: decimal comma).
    assert pane.export_to(tmp_path / "usage.xlsx", "xlsx")
    workbook = load_workbook(tmp_path / "usage.xlsx")
    cells = [c for ws in workbook.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert "ITC-0003" in cells and "ITC-0002" not in cells
    assert pane.export_to(tmp_path / "usage", "csv")
    rows = list(
        csv.reader(io.StringIO((tmp_path / "usage.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert any("ITC-0001" in row for row in rows)


def test_an_impossible_period_is_refused_and_the_preview_kept(
    qtbot, context_for, manager: Actor, usage_lab: Generated, shown_boxes: list[Shown]
) -> None:
    page = make_page(qtbot, context_for, manager)
    page.choose_kind(USAGE_REPORT)
    page.usage.set_period("month", 2026, 4)
    assert page.usage.date_from.date() == QDate(2026, 4, 1)
    assert page.usage.date_to.date() == QDate(2026, 4, 30)
    qtbot.mouseClick(page.usage_button, Qt.MouseButton.LeftButton)
    before = page.pane.preview.pdf_bytes()
    assert before.startswith(b"%PDF")
    set_custom_period(page, QDate(2026, 4, 30), QDate(2026, 4, 1))
    qtbot.mouseClick(page.usage_button, Qt.MouseButton.LeftButton)
    assert [b.kind for b in shown_boxes] == ["error"]
    assert "before it starts" in shown_boxes[0].text
    assert "before it starts" in page.pane.message.text()
    assert page.pane.preview.pdf_bytes() == before  # the last good report stays
    assert not page.pane.busy


# --------------------------------------------------------------------------- job test report


def test_draft_issue_reopen_and_amend_a_job_report(
    qtbot,
    context_for,
    db: Database,
    manager: Actor,
    rl: ReportLab,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, context_for, manager)
    assert page.issued.empty_label.isVisible()
    page.select_item(rl.lab.job_id)
    assert page.kind.currentData() == JOB_REPORT and page.job_id() == rl.lab.job_id
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert "Draft test report" in page.pane.caption.text()
    assert "DRAFT" in page_texts(page.pane.preview.pdf_bytes())[0]
    with db.reader() as session:
        assert report_archive.list_reports(session, manager) == []  # a draft is not stored

    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert rl.lab.job_reference in asked[0]
    with db.reader() as session:
        (issued,) = report_archive.list_reports(session, manager)
        stored = report_archive.get_report_pdf(session, manager, issued.id)
    assert page.pane.preview.pdf_bytes() == stored
    assert page.pane.caption.text().startswith(issued.report_number)
    table = page.issued.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == issued.report_number
    assert table.item(0, 2).text() == COMPANY and table.item(0, 5).text() == "current"
    assert page.issued.selected_id() == issued.id

    # Another report is shown, then the issued one is opened again: the very same bytes.
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert page.pane.preview.pdf_bytes() != stored
    qtbot.mouseClick(page.issued.open_button, Qt.MouseButton.LeftButton)
    assert page.pane.preview.pdf_bytes() == stored

    # Amend: the dialog wants a reason; the old report is then marked superseded.
    def fill(dialog: AmendDialog) -> int:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.reason.setPlainText("Kontakt név javítva — Ћирић")
        assert ok.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AmendDialog, "exec", fill)
    qtbot.mouseClick(page.issued.amend_button, Qt.MouseButton.LeftButton)
    amended_number = f"{issued.report_number}-A1"
    assert page.pane.caption.text().startswith(amended_number)
    assert "Kontakt név javítva — Ћирић" in "\n".join(page_texts(page.pane.preview.pdf_bytes()))
    statuses = {table.item(r, 0).text(): table.item(r, 5).text() for r in range(table.rowCount())}
    assert statuses == {
        amended_number: f"amends {issued.report_number}",
        issued.report_number: f"superseded by {amended_number}",
    }
    # A superseded report can be opened, not amended again.
    page.issued.select(issued.id)
    assert page.issued.open_button.isEnabled() and not page.issued.amend_button.isEnabled()

    # The search narrows the list by number.
    qtbot.keyClicks(page.issued.search, "a1")
    qtbot.keyClick(page.issued.search, Qt.Key.Key_Return)
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [amended_number]


def test_a_job_without_approved_results_is_refused_and_nothing_is_issued(
    qtbot,
    context_for,
    db: Database,
    manager: Actor,
    shown_boxes: list[Shown],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company_id = make_company(db, manager)
    job = make_job(db, manager, company_id)
    page = make_page(qtbot, context_for, manager)
    assert page.choose_job(job.id)
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert [b.kind for b in shown_boxes] == ["error"]
    assert "no approved test result" in shown_boxes[0].text
    assert page.pane.preview.page_count() == 0 and page.pane.report is None
    with db.reader() as session:
        assert report_archive.list_reports(session, manager) == []
    # Saying No to the question issues nothing either.
    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert len(shown_boxes) == 1


def test_intake_slip_carries_a_new_access_code(
    qtbot,
    context_for,
    db: Database,
    manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company_id = make_company(db, manager)
    job = make_job(db, manager, company_id)
    page = make_page(qtbot, context_for, manager)
    page.choose_kind(INTAKE_SLIP)
    assert page.intake_button.isVisible() and not page.issue_button.isVisible()
    page.choose_job(job.id)
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    qtbot.mouseClick(page.intake_button, Qt.MouseButton.LeftButton)
    text = "\n".join(page_texts(page.pane.preview.pdf_bytes()))
    assert job.reference in text
    with db.reader() as session:
        assert not job_service.check_access_code(session, job.reference, job.access_code)
    # The code is printed as "123 456".
    codes = [m.replace(" ", "") for m in re.findall(r"\b\d{3} \d{3}\b", text)]
    assert codes
    with db.reader() as session:
        assert any(job_service.check_access_code(session, job.reference, c) for c in codes)


# --------------------------------------------------------------------------- roles


def test_a_technician_previews_drafts_but_neither_issues_nor_amends(
    qtbot,
    context_for,
    db: Database,
    manager: Actor,
    technician: Actor,
    rl: ReportLab,
) -> None:
    with db.transaction(manager) as session:
        report_archive.issue_job_report(session, manager, rl.lab.job_id)
    page = make_page(qtbot, context_for, technician)
    assert kinds(page) == [JOB_REPORT]  # no intake slip, no usage report
    assert not page.issue_button.isVisible() and not page.issued.amend_button.isVisible()
    page.choose_job(rl.lab.job_id)
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert "DRAFT" in page_texts(page.pane.preview.pdf_bytes())[0]
    assert page.issued.table.rowCount() == 1
    page.issued.select(page.issued.reports[0].id)
    qtbot.mouseClick(page.issued.open_button, Qt.MouseButton.LeftButton)
    assert page.pane.report is not None and page.pane.report.issued is not None


def test_the_page_is_in_the_sidebar_for_every_role(
    qtbot, open_window, manager: Actor, technician: Actor
) -> None:
    for actor in (manager, technician):
        window = open_window(actor)
        assert "reports" in window.page_keys()
        assert window.navigate("reports")
        assert isinstance(window.page_widget("reports"), ReportsPage)
