"""The Audit trail tab: newest first, lazy paging, filters, chain verification."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from sqlalchemy import text

from itc_desktop.db import Actor, Database
from itc_desktop.services import settings as settings_service
from itc_desktop.services.audit import AuditFilter
from itc_desktop.services.errors import PermissionDenied
from itc_desktop.ui.background import BackgroundRunner
from itc_desktop.ui.errors import ExceptionReporter
from itc_desktop.ui.models.audit import AuditRow, AuditTableModel, summarize_changes
from itc_desktop.ui.pages import admin_audit
from itc_desktop.ui.pages.admin_audit import AuditTab, audit_fetcher, period_bounds
from itc_desktop.ui.pages.registry import PageContext
from tests.backends import outside, tamper


def _make_history(db: Database, admin: Actor) -> None:
    """A few more audited changes: settings by the admin."""
    with db.transaction(admin) as session:
        settings_service.update_center(
            session, admin, settings_service.CenterSettings(name="ITC Szeged–Subotica")
        )


@pytest.fixture
def audit_tab(qtbot, context_for, admin: Actor, actors, db: Database) -> AuditTab:
    _make_history(db, admin)
    tab = AuditTab(context_for(admin))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _loaded(tab: AuditTab) -> list[AuditRow]:
    model = tab.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.row_at(r) for r in range(model.rowCount())]


def test_newest_first_with_who_did_it(audit_tab: AuditTab) -> None:
    rows = _loaded(audit_tab)
    ids = [r.id for r in rows]
    assert ids == sorted(ids, reverse=True)
    assert rows[0].table_name == "settings" and rows[0].username == "admin"
    oldest = rows[-1]
    assert (oldest.table_name, oldest.action, oldest.username) == ("users", "insert", None)
    shown = audit_tab.model.index(len(rows) - 1, AuditTableModel.USER).data()
    assert shown == "(system)"  # the first admin was created before anyone signed in


def test_rows_are_paged_in_lazily(audit_tab: AuditTab, db: Database) -> None:
    everything = _loaded(audit_tab)
    model = AuditTableModel(
        audit_fetcher(db, audit_tab.context.actor, audit_tab.applied_filter),
        ZoneInfo("Europe/Budapest"),
        page_size=3,
    )
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3
    pages = 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        pages += 1
    assert [model.row_at(r).id for r in range(model.rowCount())] == [r.id for r in everything]
    assert pages == len(everything) // 3 + 1
    model.fetchMore(QModelIndex())  # nothing more: no change, no error
    assert model.rowCount() == len(everything)


def test_the_view_fetches_the_first_page_itself(qtbot, audit_tab: AuditTab) -> None:
    qtbot.waitUntil(lambda: audit_tab.model.rowCount() > 0, timeout=2000)


def test_filter_by_table(audit_tab: AuditTab) -> None:
    tables = [audit_tab.table_filter.itemData(i) for i in range(audit_tab.table_filter.count())]
    assert tables == ["", "settings", "users"]
    audit_tab.table_filter.setCurrentIndex(tables.index("settings"))
    rows = _loaded(audit_tab)
    assert rows and {r.table_name for r in rows} == {"settings"}


def test_filter_by_user(qtbot, audit_tab: AuditTab) -> None:
    qtbot.keyClicks(audit_tab.user_filter, "ADMIN")
    qtbot.keyClick(audit_tab.user_filter, Qt.Key.Key_Return)
    rows = _loaded(audit_tab)
    assert rows and {r.username for r in rows} == {"admin"}
    audit_tab.user_filter.setText("nobody")
    audit_tab.on_apply_filter()
    assert _loaded(audit_tab) == []


def test_filter_by_period(audit_tab: AuditTab) -> None:
    everything = _loaded(audit_tab)
    tomorrow = QDate.currentDate().addDays(1)
    audit_tab.from_date.setDate(tomorrow)
    audit_tab.from_check.setChecked(True)
    assert audit_tab.from_date.isEnabled()
    assert _loaded(audit_tab) == []
    audit_tab.from_date.setDate(QDate.currentDate().addDays(-1))
    audit_tab.to_date.setDate(QDate.currentDate().addDays(1))
    audit_tab.to_check.setChecked(True)
    assert [r.id for r in _loaded(audit_tab)] == [r.id for r in everything]


def test_an_impossible_period_is_named_and_keeps_the_list(audit_tab: AuditTab) -> None:
    audit_tab.from_date.setDate(QDate(2026, 3, 10))
    audit_tab.to_date.setDate(QDate(2026, 3, 1))
    audit_tab.from_check.setChecked(True)
    shown = [r.id for r in _loaded(audit_tab)]
    assert shown
    audit_tab.to_check.setChecked(True)
    assert audit_tab.message.text() == "Period: the first day is after the last day"
    model = audit_tab.model
    assert [model.row_at(r).id for r in range(model.rowCount())] == shown
    audit_tab.to_check.setChecked(False)
    assert audit_tab.message.text() == ""


def test_period_bounds_are_whole_local_days() -> None:
    zone = ZoneInfo("Europe/Belgrade")
    start, end = period_bounds(date(2026, 7, 1), date(2026, 7, 1), zone)
    assert start == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)  # CEST is UTC+2
    assert end == start + timedelta(days=1)
    assert period_bounds(None, None, zone) == (None, None)


def test_times_are_shown_in_the_centers_time_zone() -> None:
    row = AuditRow(
        1,
        datetime(2026, 1, 15, 23, 30, tzinfo=UTC),
        "admin",
        "users",
        "1",
        "update",
        '{"role": {"new": "manager", "old": "technician"}}',
    )
    model = AuditTableModel(
        lambda before, limit: [row] if before is None else [], ZoneInfo("Europe/Budapest")
    )
    model.fetchMore(QModelIndex())
    assert model.index(0, AuditTableModel.TIME).data() == "2026-01-16 00:30:00"
    model.set_time_zone(UTC)
    assert model.index(0, AuditTableModel.TIME).data() == "2026-01-15 23:30:00"
    assert model.index(0, AuditTableModel.CHANGES).data() == "role: technician → manager"
    assert '"new": "manager"' in model.index(0, AuditTableModel.CHANGES).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_change_summaries() -> None:
    def row(action: str, changes: str) -> AuditRow:
        return AuditRow(1, datetime.now(UTC), None, "users", "1", action, changes)

    assert summarize_changes(
        row("insert", '{"full_name": "Szőke Bence", "role": "technician"}')
    ) == ("full_name=Szőke Bence, role=technician")
    assert (
        summarize_changes(
            row(
                "update",
                '{"active": {"old": true, "new": false}, "role": {"old": "a", "new": "b"}}',
            )
        )
        == "active: True → False; role: a → b"
    )
    long = summarize_changes(row("insert", '{"notes": "' + "ž" * 500 + '"}'))
    assert len(long) == 160 and long.endswith("…")
    assert summarize_changes(row("insert", "not json")) == "not json"


def test_verify_audit_trail_reports_ok_then_names_the_altered_entry(
    qtbot, audit_tab: AuditTab, db: Database
) -> None:
    assert audit_tab.verify_button.text() == "&Verify audit trail"
    qtbot.mouseClick(audit_tab.verify_button, Qt.MouseButton.LeftButton)
    total = len(_loaded(audit_tab))
    lines = audit_tab.verify_result.text().splitlines()
    assert lines[0] == f"OK: {total} audit entries verified."
    assert lines[1].startswith("OK: ") and "rows of the audited tables match" in lines[1]
    victim = _loaded(audit_tab)[-2]
    tamper(
        db,
        "audit_log",
        "UPDATE",
        "UPDATE audit_log SET changes = '{}' WHERE id = :id",
        id=victim.id,
    )
    audit_tab.verify_button.click()
    text = audit_tab.verify_result.text()
    assert text.startswith(f"BROKEN at audit entry {victim.id}: its content was altered")
    assert "font-weight: bold" in audit_tab.verify_result.styleSheet()
    assert audit_tab.verify_button.isEnabled()


def test_verify_audit_trail_names_a_row_changed_behind_the_programs_back(
    qtbot, audit_tab: AuditTab, db: Database, admin: Actor
) -> None:
    with outside(db) as conn:
        conn.execute(
            text("UPDATE users SET full_name = 'Someone Else' WHERE id = :id"), {"id": admin.id}
        )
    qtbot.mouseClick(audit_tab.verify_button, Qt.MouseButton.LeftButton)
    lines = audit_tab.verify_result.text().splitlines()
    assert lines[0].startswith("OK: ")  # the chain itself is intact
    assert lines[1].startswith("CHANGED BEHIND THE PROGRAM'S BACK: 1 rows differ")
    assert lines[2] == (
        f"  users row {admin.id}: full_name is 'Someone Else', the audit trail says 'Kovács Ildikó'"
    )
    assert "color: #b00020" in audit_tab.verify_result.styleSheet()


def test_verify_audit_trail_runs_in_the_background(
    qtbot, db: Database, admin: Actor, actors
) -> None:
    runner = BackgroundRunner(synchronous=False)
    tab = AuditTab(PageContext(db=db, actor=admin, runner=runner))
    qtbot.addWidget(tab)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        tab.verify_button.click()
        assert not tab.verify_button.isEnabled()
        assert tab.verify_result.text() == "Verifying the audit trail…"
    assert tab.verify_result.text().startswith("OK: ")
    assert tab.verify_button.isEnabled()


@pytest.mark.qt_no_exception_capture
def test_a_failed_verification_is_reported_as_unexpected(
    qtbot, context_for, admin: Actor, actors, db: Database, shown_boxes, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ExceptionReporter(lambda: None).install()
    tab = AuditTab(context_for(admin))
    qtbot.addWidget(tab)

    def broken(_db: Database) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(admin_audit, "_verify", broken)
    tab.verify_button.click()
    assert [b.kind for b in shown_boxes] == ["unexpected"]
    assert "disk I/O error" in shown_boxes[0].text
    assert tab.verify_button.isEnabled()


def test_manager_reads_the_audit_trail(qtbot, context_for, manager: Actor, admin, db) -> None:
    _make_history(db, admin)
    tab = AuditTab(context_for(manager))
    qtbot.addWidget(tab)
    assert _loaded(tab)


def test_technician_is_refused_by_the_service(db: Database, technician: Actor) -> None:
    fetch = audit_fetcher(db, technician, AuditFilter())
    with pytest.raises(PermissionDenied):
        fetch(None, 10)


def test_audit_model_passes_the_model_tester(qtmodeltester) -> None:
    rows = [
        AuditRow(i, datetime(2026, 1, 1, tzinfo=UTC), "admin", "users", str(i), "insert", "{}")
        for i in range(10, 0, -1)
    ]

    def fetch(before_id: int | None, limit: int) -> list[AuditRow]:
        older = [r for r in rows if before_id is None or r.id < before_id]
        return older[:limit]

    model = AuditTableModel(fetch, UTC, page_size=4)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.rowCount() == 10


def test_audit_model_reset_forgets_and_fetches_again() -> None:
    batches = [[AuditRow(5, datetime(2026, 1, 1, tzinfo=UTC), None, "users", "5", "delete", "{}")]]

    def fetch(before_id: int | None, limit: int) -> list[AuditRow]:
        return batches[0] if before_id is None else []

    model = AuditTableModel(fetch, UTC)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1 and not model.canFetchMore(QModelIndex())
    model.reset()
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.reset(lambda before_id, limit: [])
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
