"""The Jobs page: a company typed in with a Hungarian name and tax number, a job for it, two
planned steps, the whole workflow with a public note, the timeline; buttons only for the
allowed transitions; refusals shown; filters, overdue colour, lazy paging, the access code."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from itc_desktop.db import Actor, Database
from itc_desktop.services import companies as company_service
from itc_desktop.services import job_steps as step_service
from itc_desktop.services import job_workflow
from itc_desktop.services import jobs as job_service
from itc_desktop.services.companies import CompanyInput
from itc_desktop.services.jobs import JobFilter, JobInput
from itc_desktop.ui.models.jobs import (
    OVERDUE_BACKGROUND,
    JobsTableModel,
    TimelineModel,
)
from itc_desktop.ui.pages.companies import CompaniesPage
from itc_desktop.ui.pages.company_dialogs import CompanyDialog
from itc_desktop.ui.pages.job_detail import JobDetailPanel
from itc_desktop.ui.pages.job_dialogs import (
    AccessCodeDialog,
    NewJobDialog,
    TransitionDialog,
    parse_amount,
)
from itc_desktop.ui.pages.job_steps_tab import StepDialog
from itc_desktop.ui.pages.jobs import JobsPage, jobs_fetcher
from tests.ui.keyboard import type_text


def press(page: QWidget, key: QKeySequence.StandardKey) -> None:
    """Fires the page's shortcut for `key` (offscreen windows are not reliably active, and
    Qt only delivers shortcuts to the active window)."""
    (shortcut,) = [s for s in page.findChildren(QShortcut) if s.key() == QKeySequence(key)]
    shortcut.activated.emit()


HU_NAME = "Kovács és Társa Fémipari Kft."
JOB_TITLE = "Hegesztett tartó szakítóvizsgálata – S355"


def _company(db: Database, actor: Actor, name: str = HU_NAME, tax: str = "12345676-2-13") -> int:
    with db.transaction(actor) as session:
        return company_service.create_company(
            session, actor, CompanyInput(name=name, country="HU", tax_number=tax)
        )


def _job(db: Database, actor: Actor, company_id: int, title: str = JOB_TITLE, **fields) -> int:
    with db.transaction(actor) as session:
        return job_service.create_job(
            session, actor, JobInput(company_id=company_id, title=title, **fields)
        ).id


def _move(db: Database, actor: Actor, job_id: int, *statuses: str) -> None:
    for status in statuses:
        with db.transaction(actor) as session:
            job_workflow.change_status(session, actor, job_id, status, internal_note="test")


def _status(db: Database, actor: Actor, job_id: int) -> str:
    with db.reader() as session:
        return job_service.get_job(session, actor, job_id).status


@pytest.fixture
def page_for(qtbot, context_for):
    def make(actor: Actor) -> JobsPage:
        page = JobsPage(context_for(actor))
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        return page

    return make


def test_company_job_two_steps_and_the_workflow_with_a_public_note(
    qtbot, open_window, manager: Actor, db: Database, monkeypatch, shown_boxes
) -> None:
    window = open_window(manager)

    # 1. The company, typed in on the Companies page.
    def fill_company(dialog: CompanyDialog) -> int:
        type_text(dialog.name_edit, HU_NAME)
        qtbot.keyClicks(dialog.tax_edit, "12345671-2-13")
        assert "check digit does not match" in dialog.tax_status.text()
        assert not dialog.save_button.isEnabled()
        dialog.tax_edit.setText("12345676-2-13")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CompanyDialog, "exec", fill_company)
    window.show_page("companies")
    companies: CompaniesPage = window.page_widget("companies")  # type: ignore[assignment]
    qtbot.mouseClick(companies.new_button, Qt.MouseButton.LeftButton)
    company_id = companies.selected_id()
    assert company_id is not None and companies.title_label.text() == HU_NAME

    # 2. A job for it; its kiosk code is shown once, with the warning.
    def fill_job(dialog: NewJobDialog) -> int:
        form = dialog.form
        form.select_company(company_id)
        assert "Title: required" in dialog.message.text()
        assert not dialog.save_button.isEnabled()
        type_text(form.title_edit, JOB_TITLE)
        type_text(form.material_edit, "S355J2 acél")
        qtbot.keyClicks(form.price_edit, "1250,505")
        assert "Quoted price: at most two decimals" in dialog.message.text()
        assert not dialog.save_button.isEnabled()
        form.price_edit.setText("1250,50")
        form.due_check.setChecked(True)
        assert dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    codes: list[tuple[str, str, str]] = []

    def note_code(dialog: AccessCodeDialog) -> int:
        codes.append((dialog.reference, dialog.code_label.text(), dialog.warning.text()))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewJobDialog, "exec", fill_job)
    monkeypatch.setattr(AccessCodeDialog, "exec", note_code)
    window.show_page("jobs")
    jobs: JobsPage = window.page_widget("jobs")  # type: ignore[assignment]
    qtbot.mouseClick(jobs.new_button, Qt.MouseButton.LeftButton)
    detail = jobs.detail
    assert detail.job is not None
    job_id, reference = detail.job.id, detail.job.reference
    assert reference == f"ITC-{date.today().year}-0001"
    assert detail.job.title == JOB_TITLE and detail.job.quoted_price == Decimal("1250.50")
    assert detail.job.currency == "EUR"
    assert jobs.selected_id() == job_id
    ((shown_reference, shown_code, warning),) = codes
    assert shown_reference == reference
    code = shown_code.replace(" ", "")
    assert len(code) == 6 and code.isdigit()
    assert "shown only this once" in warning
    with db.reader() as session:
        assert job_service.check_access_code(session, reference, code)

    # 3. Two steps planned on the Steps tab.
    planned = iter([("Próbatest kimunkálása", "2,5"), ("Szakítóvizsgálat", "1")])

    def fill_step(dialog: StepDialog) -> int:
        description, hours = next(planned)
        type_text(dialog.description, description)
        dialog.planned_hours.setText(hours)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(StepDialog, "exec", fill_step)
    detail.tabs.setCurrentWidget(detail.steps_tab)
    for _ in range(2):
        qtbot.mouseClick(detail.steps_tab.add_button, Qt.MouseButton.LeftButton)
    with db.reader() as session:
        steps = step_service.list_steps(session, manager, job_id)
    assert [(s.sequence, s.description, s.planned_hours) for s in steps] == [
        (1, "Próbatest kimunkálása", Decimal("2.50")),
        (2, "Szakítóvizsgálat", Decimal("1.00")),
    ]

    # 4. Through the workflow by its buttons; one move carries a public note.
    notes = {
        "quoted": ("Árajánlat elküldve e-mailben.", None),
        "approved": ("Megrendelés beérkezett.", None),
        "in_progress": ("Munkadarab a gépen.", "A munka megkezdődött, várható átadás jövő héten."),
        "testing": ("", None),
        "completed": ("Jegyzőkönyv kész.", None),
        "delivered": ("Átadva személyesen.", "Köszönjük a megrendelést!"),
    }

    def fill_transition(dialog: TransitionDialog) -> int:
        internal, public = notes[dialog.to_status]
        type_text(dialog.internal_edit, internal)
        if public:
            type_text(dialog.public_edit, public)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TransitionDialog, "exec", fill_transition)
    for target in notes:
        assert target in detail.status_buttons, (target, list(detail.status_buttons))
        qtbot.mouseClick(detail.status_buttons[target], Qt.MouseButton.LeftButton)
        assert detail.job.status == target
        assert detail.status_label.text() == job_workflow.status_label(target)
    assert detail.status_buttons == {}  # delivered is final
    assert "Final state" in detail.transitions_hint.text()
    assert not detail.save_button.isVisible()  # delivered jobs are frozen
    assert shown_boxes == []

    # 5. The timeline: every move, who, the notes, public ones marked.
    detail.tabs.setCurrentWidget(detail.timeline_tab)
    model = detail.timeline_tab.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert [row[TimelineModel.CHANGE] for row in rows] == [
        "Received",
        "Received → Quoted",
        "Quoted → Approved",
        "Approved → In progress",
        "In progress → Testing",
        "Testing → Completed",
        "Completed → Delivered",
    ]
    assert {row[TimelineModel.WHO] for row in rows} == {manager.full_name}
    assert rows[3][TimelineModel.INTERNAL] == "Munkadarab a gépen."
    assert rows[3][TimelineModel.PUBLIC] == "public"
    assert rows[3][TimelineModel.PUBLIC_NOTE].startswith("A munka megkezdődött")
    assert rows[6][TimelineModel.PUBLIC] == "public"
    assert [r for r, row in enumerate(rows) if row[TimelineModel.PUBLIC]] == [3, 6]
    badge = model.index(3, TimelineModel.PUBLIC).data(Qt.ItemDataRole.BackgroundRole)
    assert (
        badge is not None
        and model.index(2, TimelineModel.PUBLIC).data(Qt.ItemDataRole.BackgroundRole) is None
    )
    # The kiosk sees only the public notes.
    with db.reader() as session:
        public = job_workflow.public_status(session, reference, code)
    assert public is not None
    assert [e.public_note for e in public.timeline if e.public_note] == [
        "A munka megkezdődött, várható átadás jövő héten.",
        "Köszönjük a megrendelést!",
    ]

    # 6. The company page lists the job; double-clicking it comes back here.
    window.show_page("companies")
    companies.select_item(company_id)
    assert companies.jobs_model.rowCount() == 1
    jobs.detail.set_job(None)
    companies.jobs_view.doubleClicked.emit(companies.jobs_model.index(0, 0))
    assert window.current_page_key() == "jobs"
    assert jobs.detail.job is not None and jobs.detail.job.id == job_id


def test_a_technician_sees_no_approve_button_and_a_forced_approval_is_refused(
    page_for, db: Database, manager: Actor, technician: Actor, shown_boxes
) -> None:
    job_id = _job(db, manager, _company(db, manager), quoted_price=Decimal("300"))
    _move(db, manager, job_id, "quoted")

    manager_page = page_for(manager)
    manager_page.select_item(job_id)
    assert list(manager_page.detail.status_buttons) == ["approved", "on_hold", "cancelled"]
    assert manager_page.detail.status_buttons["approved"].text() == "Approve quote…"

    page = page_for(technician)
    page.select_item(job_id)
    detail = page.detail
    assert list(detail.status_buttons) == ["on_hold"]
    assert not page.new_button.isVisible() and not detail.code_button.isVisible()
    assert not detail.save_button.isVisible()
    # Forced through the service anyway: refused, and the message is shown.
    assert detail.change_status("approved", "sneaky", None) is False
    assert [(b.kind, b.title) for b in shown_boxes] == [("error", "Not allowed")]
    assert _status(db, manager, job_id) == "quoted"
    assert detail.timeline_tab.model.rowCount() == 2


def test_a_transition_the_workflow_forbids_shows_the_message(
    page_for, db: Database, manager: Actor, shown_boxes
) -> None:
    job_id = _job(db, manager, _company(db, manager))
    page = page_for(manager)
    page.select_item(job_id)
    # No quoted price yet: the quote button is offered, the service names what is missing.
    assert page.detail.change_status("quoted", "", None) is False
    assert shown_boxes[-1].text == "• Quoted price: enter the quoted price before sending the quote"
    assert page.detail.change_status("completed", "skip ahead", None) is False
    assert shown_boxes[-1].title == "Not possible now"
    assert "cannot go from Received to Completed" in shown_boxes[-1].text
    assert _status(db, manager, job_id) == "received"


def test_hold_and_resume_and_cancel_with_a_reason(
    qtbot, page_for, db: Database, manager: Actor, technician: Actor, monkeypatch
) -> None:
    job_id = _job(db, manager, _company(db, manager), quoted_price=Decimal("10"))
    _move(db, manager, job_id, "quoted", "approved", "in_progress")
    page = page_for(technician)
    page.select_item(job_id)
    assert page.detail.change_status("on_hold", "Hiányzik az anyag.", "Anyagra várunk.")
    assert list(page.detail.status_buttons) == ["in_progress"]
    assert page.detail.status_buttons["in_progress"].text() == "Resume (In progress)…"
    assert page.detail.change_status("in_progress", "Megjött.", None)
    assert page.detail.job is not None and page.detail.job.status == "in_progress"

    # Cancelling asks for a reason: OK stays off until one is typed.
    dialog = TransitionDialog("ITC-1", "in_progress", "cancelled")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Reason: required to cancel a job"
    type_text(dialog.internal_edit, "Az ügyfél visszavonta.")
    assert dialog.ok_button.isEnabled()
    assert dialog.public_note() is None

    def reason(d: TransitionDialog) -> int:
        type_text(d.internal_edit, "Az ügyfél visszavonta.")
        d.accept()
        return d.result()

    monkeypatch.setattr(TransitionDialog, "exec", reason)
    manager_page = page_for(manager)
    manager_page.select_item(job_id)
    qtbot.mouseClick(manager_page.detail.status_buttons["cancelled"], Qt.MouseButton.LeftButton)
    assert _status(db, manager, job_id) == "cancelled"
    last = manager_page.detail.timeline_tab.model.row_at(-1)
    assert (last.to_status, last.internal_note) == ("cancelled", "Az ügyfél visszavonta.")


def test_filters_and_overdue_colour(page_for, db: Database, manager: Actor, technician) -> None:
    today = date.today()
    kovacs = _company(db, manager)
    other = _company(db, manager, "Đorđević Alati d.o.o.", "24567897-2-06")
    late = _job(
        db,
        manager,
        kovacs,
        "Késésben lévő munka",
        requested_on=today - timedelta(days=30),
        due_date=today - timedelta(days=3),
        technician_id=technician.id,
    )
    soon = _job(db, manager, other, "Keménységmérés", due_date=today)
    done = _job(db, manager, other, "Lezárt munka", quoted_price=Decimal("1"))
    _move(db, manager, done, "quoted", "approved", "in_progress", "testing", "completed")
    _move(db, manager, done, "delivered")

    page = page_for(manager)

    def listed() -> list[int]:
        return [page.model.row_at(r).id for r in range(page.model.rowCount())]

    assert listed() == [soon, late]  # open jobs by default, newest first
    assert page.count_label.text() == "2 jobs"
    row = page.model.row_of(late)
    assert page.model.index(row, JobsTableModel.TITLE).data(
        Qt.ItemDataRole.BackgroundRole
    ).color() == (OVERDUE_BACKGROUND)
    assert page.model.index(row, JobsTableModel.DUE).data().endswith("⚠")
    other_row = page.model.row_of(soon)
    assert page.model.index(other_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    assert listed() == [done, soon, late]
    page.status_filter.setCurrentIndex(page.status_filter.findData("delivered"))
    assert listed() == [done]
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    page.company_filter.setCurrentIndex(page.company_filter.findData(other))
    assert listed() == [done, soon]
    page.company_filter.setCurrentIndex(0)
    page.technician_filter.setCurrentIndex(page.technician_filter.findData(technician.id))
    assert listed() == [late]
    page.technician_filter.setCurrentIndex(0)
    page.overdue_check.setChecked(True)
    assert listed() == [late]
    page.overdue_check.setChecked(False)
    page.week_check.setChecked(True)
    assert listed() == [soon]
    page.week_check.setChecked(False)
    page.search_edit.setText("kemenyseg")  # accents forgiven
    page.on_apply_filter()
    assert listed() == [soon]
    page.search_edit.setText("djordjevic")  # the company's name, Đ typed as dj
    page.on_apply_filter()
    assert listed() == [done, soon]
    assert page.count_label.text() == "2 jobs"


def test_overview_names_wrong_fields_and_saves_with_a_version_check(
    qtbot, page_for, db: Database, manager: Actor, shown_boxes
) -> None:
    job_id = _job(db, manager, _company(db, manager))
    page = page_for(manager)
    page.select_item(job_id)
    detail: JobDetailPanel = page.detail
    form = detail.form
    form.title_edit.clear()
    form.price_edit.setText("abc")
    assert detail.form_message.text().splitlines() == [
        "Title: required",
        "Quoted price: not an amount",
    ]
    assert not detail.save_button.isEnabled()
    type_text(form.title_edit, "Mikrokeménység HV0,1")
    form.price_edit.setText("88 000")
    form.currency_combo.setCurrentIndex(form.currency_combo.findData("HUF"))
    assert detail.save_button.isEnabled()
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.form_message.text() == "Saved."
    with db.reader() as session:
        saved = job_service.get_job(session, manager, job_id)
    assert (saved.title, saved.quoted_price, saved.currency) == (
        "Mikrokeménység HV0,1",
        Decimal("88000.00"),
        "HUF",
    )
    assert page.model.index(0, JobsTableModel.TITLE).data() == "Mikrokeménység HV0,1"

    # Someone else saves meanwhile: this copy is refused, not silently overwritten.
    with db.transaction(manager) as session:
        data = saved.as_input()
        data.title = "Máshol módosítva"
        job_service.update_job(session, manager, job_id, data)
    form.order_edit.setText("PO-77")
    assert detail.on_save() is False
    assert shown_boxes[-1].title == "Conflict"
    assert f"changed by {manager.full_name} at " in shown_boxes[-1].text


def test_regenerating_the_kiosk_code_shows_the_new_code_once(
    page_for, db: Database, manager: Actor, monkeypatch
) -> None:
    job_id = _job(db, manager, _company(db, manager))
    page = page_for(manager)
    page.select_item(job_id)
    shown: list[str] = []
    monkeypatch.setattr(AccessCodeDialog, "exec", lambda d: shown.append(d.code) or 1)
    monkeypatch.setattr(JobDetailPanel, "confirm_regenerate", lambda self, ref: False)
    page.detail.code_button.click()
    assert shown == []  # not confirmed: nothing changes
    monkeypatch.setattr(JobDetailPanel, "confirm_regenerate", lambda self, ref: True)
    page.detail.code_button.click()
    page.detail.code_button.click()
    assert len(shown) == 2 and all(len(c) == 6 and c.isdigit() for c in shown)
    reference = page.detail.job.reference if page.detail.job else ""
    with db.reader() as session:
        assert job_service.check_access_code(session, reference, shown[1])
        if shown[0] != shown[1]:
            assert not job_service.check_access_code(session, reference, shown[0])


def test_the_table_pages_in_lazily_and_passes_the_model_tester(
    qtmodeltester, db: Database, manager: Actor
) -> None:
    company_id = _company(db, manager)
    ids = [_job(db, manager, company_id, f"Munka {n}") for n in range(5)]
    model = JobsTableModel(jobs_fetcher(db, manager, JobFilter()), page_size=2)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.row_at(r).id for r in range(model.rowCount())] == ids[::-1]
    qtmodeltester.check(model)
    assert model.index(0, JobsTableModel.STATUS).data() == "Received"

    with db.reader() as session:
        events = job_workflow.list_events(session, manager, ids[0])
    from zoneinfo import ZoneInfo

    timeline = TimelineModel(ZoneInfo("Europe/Budapest"))
    timeline.set_rows(events)
    qtmodeltester.check(timeline)
    assert timeline.index(0, TimelineModel.WHO).data() == manager.full_name


def test_amounts_are_read_as_people_type_them() -> None:
    assert parse_amount("") == (None, "")
    assert parse_amount("1 250,5") == (Decimal("1250.5"), "")
    assert parse_amount("-3")[1] == "must be zero or more"
    assert parse_amount("1.234")[1] == "at most two decimals"
    assert parse_amount("NaN")[1] == "not an amount"


def test_less_used_columns_are_shown_from_the_header_menu(page_for, manager: Actor) -> None:
    page = page_for(manager)
    hidden = [c for c in range(page.model.columnCount()) if page.view.isColumnHidden(c)]
    assert hidden == [JobsTableModel.PRIORITY, JobsTableModel.TECHNICIAN, JobsTableModel.QUOTE]
    menu = page.column_menu()
    actions = {action.text(): action for action in menu.actions()}
    assert "Reference" not in actions  # the reference always stays
    assert actions["Title"].isChecked() and not actions["Technician"].isChecked()
    actions["Technician"].setChecked(True)
    actions["Title"].setChecked(False)
    assert not page.view.isColumnHidden(JobsTableModel.TECHNICIAN)
    assert page.view.isColumnHidden(JobsTableModel.TITLE)


def test_coming_back_to_the_page_shows_what_changed_meanwhile(
    qtbot, page_for, db: Database, manager: Actor
) -> None:
    first = _company(db, manager)
    page = page_for(manager)
    assert page.model.rowCount() == 0
    assert page.company_filter.count() == 2
    page.company_filter.setCurrentIndex(page.company_filter.findData(first))
    page.hide()
    later = _company(db, manager, "Đorđević Alati d.o.o.", "24567897-2-06")
    job_id = _job(db, manager, first)
    page.show()
    assert page.company_filter.findData(later) > 0
    assert page.company_filter.currentData() == first  # the choice is kept
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [job_id]
    page.company_filter.setCurrentIndex(0)
    late_job = _job(db, manager, later, "Új munka")
    press(page, QKeySequence.StandardKey.Refresh)
    assert page.model.row_of(late_job) == 0
    page.view.setFocus()
    assert page.focusWidget() is page.view
    press(page, QKeySequence.StandardKey.Find)
    assert page.focusWidget() is page.search_edit
