"""The Dashboard's job sections: overdue, due this week, quotes waiting for approval."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.services import job_workflow
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.jobs import JobStatus
from itc_desktop.ui.pages.dashboard import DashboardPage
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import AMBER, RED
from tests.services.jobs_support import make_company, make_job

ContextFor = Callable[[Actor], PageContext]


def _lab_today(db: Database):
    with db.reader() as session:
        return utcnow().astimezone(lab_zone(session)).date()


def test_job_sections_list_what_needs_attention(
    qtbot, db: Database, context_for: ContextFor, manager: Actor
) -> None:
    today = _lab_today(db)
    company = make_company(
        db, manager, name="Đorđević Metal d.o.o.", country="RS", tax_number="104052135"
    )
    late = make_job(
        db,
        manager,
        company,
        title="Late flange",
        due_date=today - timedelta(days=3),
        today=today - timedelta(days=20),
    )
    due = make_job(db, manager, company, title="Bracket series", due_date=today, today=today)
    quoted = make_job(
        db, manager, company, title="Gear housing", due_date=today + timedelta(days=30), today=today
    )
    with db.transaction(manager) as session:
        job_workflow.change_status(session, manager, quoted.id, JobStatus.QUOTED)

    page = DashboardPage(context_for(manager))
    qtbot.addWidget(page)
    page.show()

    overdue_card = page.card("jobs_overdue")
    assert overdue_card.entry_texts() == [
        f"{late.reference} Late flange · Đorđević Metal d.o.o. · due "
        f"{(today - timedelta(days=3)).isoformat()} · Received"
    ]
    assert overdue_card.list.item(0).foreground().color().name() == RED
    due_texts = page.card("jobs_due_this_week").entry_texts()
    assert any(t.startswith(f"{due.reference} Bracket series") for t in due_texts)
    assert page.card("jobs_due_this_week").list.item(0).foreground().color().name() == AMBER
    assert [t.split(" ")[0] for t in page.card("jobs_waiting_for_approval").entry_texts()] == [
        quoted.reference
    ]


def test_clicking_a_job_opens_it_on_the_jobs_page(
    qtbot, db: Database, open_window, manager: Actor
) -> None:
    today = _lab_today(db)
    company = make_company(db, manager)
    late = make_job(
        db,
        manager,
        company,
        title="Late flange",
        due_date=today - timedelta(days=1),
        today=today - timedelta(days=10),
    )
    window = open_window(manager)
    window.show_page("dashboard")
    card = window.page_widget("dashboard").card("jobs_overdue")
    rect = card.list.visualItemRect(card.list.item(0))
    qtbot.mouseClick(card.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "jobs"
    jobs_page = window.page_widget("jobs")
    assert jobs_page.detail.job is not None and jobs_page.detail.job.id == late.id
    assert jobs_page.selected_id() == late.id
