"""The bookings list of the Bookings page: filters (equipment, person, job, status, period)
over a table that pages rows in by keyset as it scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Actor, Database
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.bookings import BookingCursor, BookingFilter, BookingRow
from itc_desktop.ui.models.bookings import BookingsTableModel, status_label
from itc_desktop.ui.widgets.tables import configure_table, set_column_widths

STATUSES = ("confirmed", "completed", "no_show", "cancelled")
Options = Sequence[tuple[int, str]]


class BookingsListPanel(QWidget):
    """The page connects the buttons (cancel, no-show) and the double-click."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        zone: tzinfo,
        *,
        equipment: Options,
        people: Options,
        jobs: Options,
        manager: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.actor, self.zone = db, actor, zone
        self.filter_equipment = self._filter_combo(self.tr("Any equipment"), equipment)
        self.filter_user = self._filter_combo(self.tr("Anyone"), people)
        self.filter_job = self._filter_combo(self.tr("Any job"), jobs)
        self.filter_status = self._filter_combo(
            self.tr("Any status"),
            [(s, status_label(s)) for s in STATUSES],  # type: ignore[misc]
        )
        self.filter_period = QCheckBox(self.tr("From"))
        today = QDate.currentDate()
        self.filter_from = QDateEdit(today.addDays(-30))
        self.filter_to = QDateEdit(today.addDays(30))
        for edit in (self.filter_from, self.filter_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        bar = QHBoxLayout()
        for widget in (
            self.filter_equipment,
            self.filter_user,
            self.filter_job,
            self.filter_status,
            self.filter_period,
            self.filter_from,
            QLabel(self.tr("to")),
            self.filter_to,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.list_model = BookingsTableModel(self._fetcher(), self.zone)
        self.table = QTableView()
        self.table.setModel(self.list_model)
        configure_table(self.table, BookingsTableModel.PURPOSE)
        # Dates with their time, the tag and name readable before the purpose takes the rest.
        text_width = self.table.fontMetrics().horizontalAdvance
        set_column_widths(
            self.table.horizontalHeader(),
            (
                (BookingsTableModel.START, text_width("2026-12-31 23:59") + 24),
                (BookingsTableModel.END, text_width("2026-12-31 23:59") + 24),
                (BookingsTableModel.EQUIPMENT, 220),
                (BookingsTableModel.FOR, 150),
                (BookingsTableModel.JOB, 110),
                (BookingsTableModel.STATUS, 100),
            ),
        )
        actions = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("&Cancel booking…"))
        self.no_show_button = QPushButton(self.tr("Mark &no-show"))
        self.no_show_button.setVisible(manager)
        # The bookings of the one equipment, person or job chosen in the filters, as .ics.
        self.export_button = QPushButton(self.tr("&Export .ics…"))
        self.export_button.setToolTip(
            self.tr("Choose one equipment, one person or one job in the filters first.")
        )
        self.note = QLabel()
        actions.addWidget(self.export_button)
        actions.addWidget(self.note, 1)
        actions.addStretch(1)
        actions.addWidget(self.no_show_button)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        for combo in (self.filter_equipment, self.filter_user, self.filter_job, self.filter_status):
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.filter_period.toggled.connect(self.on_filter_changed)
        self.filter_from.dateChanged.connect(self.on_filter_changed)
        self.filter_to.dateChanged.connect(self.on_filter_changed)

    def _filter_combo(self, any_text: str, items: Options) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_text, None)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def current_filter(self) -> BookingFilter:
        start_from = start_to = None
        if self.filter_period.isChecked():
            f, t = self.filter_from.date(), self.filter_to.date()
            start_from = datetime.combine(
                date(f.year(), f.month(), f.day()), time(0), tzinfo=self.zone
            ).astimezone(UTC)
            start_to = datetime.combine(
                date(t.year(), t.month(), t.day()) + timedelta(days=1), time(0), tzinfo=self.zone
            ).astimezone(UTC)
        return BookingFilter(
            equipment_id=self.filter_equipment.currentData(),
            user_id=self.filter_user.currentData(),
            job_id=self.filter_job.currentData(),
            status=self.filter_status.currentData(),
            start_from=start_from,
            start_to=start_to,
        )

    def _fetcher(self):  # type: ignore[no-untyped-def]  # -> FetchBookings
        flt, db, actor = self.current_filter(), self.db, self.actor

        def fetch(after: BookingCursor | None, limit: int) -> Sequence[BookingRow]:
            with db.reader() as session:
                return booking_service.list_bookings(session, actor, flt, after=after, limit=limit)

        return fetch

    def on_filter_changed(self, *_args: object) -> None:
        self.list_model.reset(self._fetcher())

    def refresh(self) -> None:
        """Reads the list again; the chosen booking stays chosen while it is listed."""
        keep = self.selected()
        self.list_model.reset(self._fetcher())
        if keep is None:
            return
        self.list_model.fetchMore()
        for row in range(self.list_model.rowCount()):
            if self.list_model.row_at(row).id == keep.id:
                self.table.selectRow(row)
                return

    def selected(self) -> BookingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.list_model.row_at(rows[0].row()) if rows else None
