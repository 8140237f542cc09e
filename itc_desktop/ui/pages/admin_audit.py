"""The Audit trail tab of the Admin page (admins and managers): newest first, filtered by
table, user and period, paged in as the list scrolls; "Verify audit trail" checks the hash
chain and every audited table against it, in the background."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Actor, Database
from itc_desktop.services import audit as audit_service
from itc_desktop.services import settings as settings_service
from itc_desktop.services.audit import AuditCheck, AuditFilter
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.models.audit import AuditRow, AuditTableModel, FetchPage
from itc_desktop.ui.pages.registry import PageContext


def audit_fetcher(db: Database, actor: Actor, where: AuditFilter) -> FetchPage:
    """A page fetcher for AuditTableModel: one short read per page, plain rows out."""

    def fetch(before_id: int | None, limit: int) -> list[AuditRow]:
        with db.reader() as session:
            entries = audit_service.list_entries(
                session, actor, where, before_id=before_id, limit=limit
            )
            return [
                AuditRow(e.id, e.ts, e.username, e.table_name, e.row_id, e.action, e.changes)
                for e in entries
            ]

    return fetch


def period_bounds(
    first: date | None, last: date | None, zone: tzinfo
) -> tuple[datetime | None, datetime | None]:
    """Whole days in the center's time zone, `last` included, as UTC instants."""
    start = datetime.combine(first, time(0), zone).astimezone(UTC) if first else None
    end = (
        datetime.combine(last + timedelta(days=1), time(0), zone).astimezone(UTC) if last else None
    )
    return start, end


def _center_zone(db: Database) -> tzinfo:
    with db.reader() as session:
        name = settings_service.get_center(session).time_zone
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _verify(db: Database) -> AuditCheck:
    with db.reader() as session:
        return audit_service.verify_audit(session)


class AuditTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.time_zone = _center_zone(context.db)

        self.table_filter = QComboBox()
        self.table_filter.setObjectName("tableFilter")
        self.user_filter = QLineEdit()
        self.user_filter.setObjectName("userFilter")
        self.user_filter.setPlaceholderText(self.tr("any user"))
        self.user_filter.setClearButtonEnabled(True)
        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("From"))
        self.from_date = QDateEdit(today.addDays(-30))
        self.to_check = QCheckBox(self.tr("to"))
        self.to_date = QDateEdit(today)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.verify_button = QPushButton(self.tr("&Verify audit trail"))
        self.message = FormMessage()
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A broken trail names up to 20 rows: they scroll here instead of squeezing the list.
        self.verify_area = QScrollArea()
        self.verify_area.setWidget(self.verify_result)
        self.verify_area.setWidgetResizable(True)
        self.verify_area.setFrameShape(QFrame.Shape.NoFrame)
        self.verify_area.viewport().setAutoFillBackground(False)
        self.verify_result.setAutoFillBackground(False)  # setWidget() turned it on
        self.verify_area.setMaximumHeight(self.fontMetrics().height() * 6)

        self.applied_filter = AuditFilter()
        self.model = AuditTableModel(
            audit_fetcher(context.db, context.actor, self.applied_filter),
            self.time_zone,
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (AuditTableModel.TIME, 150),
            (AuditTableModel.USER, 100),
            (AuditTableModel.TABLE, 110),
            (AuditTableModel.ROW, 110),
            (AuditTableModel.ACTION, 70),
        ):
            header.resizeSection(column, width)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Table:")))
        filters.addWidget(self.table_filter)
        filters.addWidget(QLabel(self.tr("User:")))
        filters.addWidget(self.user_filter)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_date)
        filters.addStretch(1)
        chain = QHBoxLayout()
        chain.addWidget(self.verify_button)
        chain.addWidget(self.verify_area, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(chain)

        self.load_tables()
        self.table_filter.currentIndexChanged.connect(self.on_apply_filter)
        self.user_filter.editingFinished.connect(self.on_apply_filter)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        # Filters apply as they change: each is one indexed query for the first page.
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self.on_apply_filter)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.on_apply_filter)
        self.verify_button.clicked.connect(self.on_verify)

    def load_tables(self) -> None:
        with self.context.db.reader() as session:
            tables = audit_service.audited_tables(session, self.context.actor)
        self.table_filter.blockSignals(True)
        self.table_filter.clear()
        self.table_filter.addItem(self.tr("All tables"), "")
        for name in tables:
            self.table_filter.addItem(name, name)
        self.table_filter.blockSignals(False)

    def current_filter(self) -> AuditFilter | None:
        """The filter the controls describe, or None (with a message) when the period is
        impossible."""
        first = self.from_date.date().toPython() if self.from_check.isChecked() else None
        last = self.to_date.date().toPython() if self.to_check.isChecked() else None
        if first and last and first > last:
            self.message.show_problem(self.tr("Period: the first day is after the last day"))
            return None
        self.message.clear_message()
        start, end = period_bounds(first, last, self.time_zone)
        return AuditFilter(
            table_name=self.table_filter.currentData() or None,
            username=self.user_filter.text().strip().lower() or None,
            start=start,
            end=end,
        )

    @Slot()
    def on_apply_filter(self) -> None:
        where = self.current_filter()
        if where is None or where == self.applied_filter:
            return
        self.applied_filter = where
        self.model.reset(audit_fetcher(self.context.db, self.context.actor, where))

    @Slot()
    def on_verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_result.setText(self.tr("Verifying the audit trail…"))
        db = self.context.db
        self.context.runner.run(lambda: _verify(db), self.on_verified, self.on_verify_failed)

    @Slot(object)
    def on_verified(self, check: AuditCheck) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setStyleSheet("" if check.ok else "color: #b00020; font-weight: bold;")
        self.verify_result.setText(check.describe())

    @Slot(object)
    def on_verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setText("")
        report_unexpected(error)
