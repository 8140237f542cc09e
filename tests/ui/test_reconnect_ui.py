"""A save whose database connection dropped: the user is told plainly, the form keeps what was
typed, and the same click saves it once the database answers again. On PostgreSQL with a
real server stop and start; on SQLite (every run) with a cut connection simulated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from itc_desktop.db import Actor, Database
from itc_desktop.models import AuditedSession
from itc_desktop.services import jobs as job_service
from itc_desktop.services import users as user_service
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.main_window import MainWindow
from itc_desktop.ui.pages.jobs import JobsPage
from tests import pg_support
from tests.services.jobs_support import make_company, make_job
from tests.ui.keyboard import type_text

LOST = "The connection to the database server was lost"


def open_jobs(qtbot, db: Database, actor: Actor, runner: BackgroundRunner, job_id: int):
    window = MainWindow(db, actor, runner=runner)
    qtbot.addWidget(window)
    window.show()
    window.navigate("jobs", job_id)
    page = window.page_widget("jobs")
    assert isinstance(page, JobsPage)
    return window, page


def test_a_save_cut_off_keeps_the_form_and_says_so(
    qtbot, db: Database, manager: Actor, runner: BackgroundRunner, shown_boxes, monkeypatch
) -> None:
    job = make_job(db, manager, make_company(db, manager), title="Tensile test, S355")
    _window, page = open_jobs(qtbot, db, manager, runner, job.id)
    form = page.detail.form
    form.title_edit.clear()
    type_text(form.title_edit, "Tensile test, S355 — 3 specimens")
    real_commit = AuditedSession.commit

    def cut(_self: AuditedSession) -> None:
        raise OperationalError(
            "COMMIT", {}, Exception("server closed the connection"), connection_invalidated=True
        )

    monkeypatch.setattr(AuditedSession, "commit", cut)
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert shown_boxes[-1].kind == "error"  # a plain message, not a traceback
    assert shown_boxes[-1].text.startswith(f"{LOST} (server closed the connection)")
    assert "nothing was saved" in shown_boxes[-1].text
    assert form.title_edit.text() == "Tensile test, S355 — 3 specimens"
    with db.reader() as session:
        assert job_service.get_job(session, manager, job.id).title == "Tensile test, S355"

    monkeypatch.setattr(AuditedSession, "commit", real_commit)
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert page.detail.form_message.text() == "Saved."
    with db.reader() as session:
        saved = job_service.get_job(session, manager, job.id).title
    assert saved == "Tensile test, S355 — 3 specimens"


@pytest.fixture
def server_db(pg_server: pg_support.PgServer, pg_url: str) -> Iterator[Database]:
    database = Database(pg_url)
    yield database
    database.dispose()


def test_server_stopped_while_editing_then_back(
    qtbot, pg_server: pg_support.PgServer, server_db: Database, runner, shown_boxes
) -> None:
    with server_db.transaction() as session:
        admin = user_service.create_first_admin(session, "admin", "Kovács Ildikó", "admin-pass-1")
    job = make_job(server_db, admin, make_company(server_db, admin), title="Hardness HV10")
    window, page = open_jobs(qtbot, server_db, admin, runner, job.id)
    form = page.detail.form
    form.order_edit.setText("PO-77")

    pg_server.stop()
    try:
        assert not window.live.tick()
        assert window.connection_label.isVisible()
        assert window.connection_label.text() == "Reconnecting to the database…"
        qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
        assert shown_boxes[-1].text.startswith(LOST)
        assert form.order_edit.text() == "PO-77"
    finally:
        pg_server.restart()  # a stopped server starts with its last options
    assert window.live.tick()  # back: the pages read again, the open edit left alone
    qtbot.wait(20)
    assert window.connection_label.isHidden()
    assert form.order_edit.text() == "PO-77"
    assert page.selected_id() == job.id
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert page.detail.form_message.text() == "Saved."
    with server_db.reader() as session:
        assert job_service.get_job(session, admin, job.id).customer_order_number == "PO-77"
