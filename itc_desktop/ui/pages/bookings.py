"""The Bookings page: a week/day calendar of the equipment (drag to create, move, resize; each
change goes through the booking services and a refusal is shown in a banner and the status
bar) and a lazy list of bookings with filters, cancel with a reason and no-show marking."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.i18n import _
from itc_desktop.models.equipment import CATEGORY_LABELS
from itc_desktop.services import booking_export as export_service
from itc_desktop.services import booking_series as series_service
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import free_slots as free_slot_service
from itc_desktop.services import job_steps as job_step_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services import maintenance_windows as window_service
from itc_desktop.services import qualifications as qualification_service
from itc_desktop.services.booking_series import SeriesScope, SeriesSpec
from itc_desktop.services.booking_settings import opening_intervals
from itc_desktop.services.bookings import BookingRequest, BookingRow
from itc_desktop.services.equipment import EquipmentQuery
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.errors import DomainError, StaleCopy
from itc_desktop.services.maintenance_windows import BlockingWindow
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.errors import error_text
from itc_desktop.ui.pages.booking_dialogs import (
    BookingForm,
    BookingValues,
    CancelDialog,
    FreeSlotDialog,
    MaintenanceWindowDialog,
    RecurrenceDialog,
    ScopeDialog,
    with_slot,
)
from itc_desktop.ui.pages.bookings_list import BookingsListPanel
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.calendar_view import CalendarRow, CalendarView
from itc_desktop.ui.widgets.combos import fit_combo


class BookingsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.runner = context.db, context.actor, context.runner
        self.manager = can(self.actor, Permission.MANAGE_BOOKINGS)
        with self.db.reader() as session:
            self.zone = lab_zone(session)
            self.equipment = equipment_service.list_equipment(
                session, self.actor, EquipmentQuery(include_retired=False), limit=None
            )
            self.people = [
                (p.id, p.full_name)
                for p in qualification_service.list_operators(session, self.actor)
            ]
            self.jobs = (
                [(j.id, j.reference) for j in job_service.list_jobs(session, self.actor, limit=300)]
                if can(self.actor, Permission.VIEW_JOBS)
                else []
            )
        self.equipment_options = [(e.id, f"{e.asset_tag} {e.name}") for e in self.equipment]
        self.day = datetime.now(self.zone).date()
        self.days = 7
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_calendar(), self.tr("Calendar"))
        self.list_panel = BookingsListPanel(
            self.db,
            self.actor,
            self.zone,
            equipment=self.equipment_options,
            people=self.people,
            jobs=self.jobs,
            manager=self.manager,
        )
        self.list_panel.table.doubleClicked.connect(self.on_list_open)
        self.list_panel.cancel_button.clicked.connect(self.on_cancel_selected)
        self.list_panel.no_show_button.clicked.connect(self.on_no_show)
        self.list_panel.export_button.clicked.connect(self.on_export_ics)
        self.tabs.addTab(self.list_panel, self.tr("List"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._shortcuts()
        self.reload()

    # ---- calendar ---------------------------------------------------------------------
    def _build_calendar(self) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        self.previous_button = QToolButton(text="◀")
        self.previous_button.setToolTip(self.tr("Previous (PgUp)"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QToolButton(text="▶")
        self.next_button.setToolTip(self.tr("Next (PgDn)"))
        self.date_edit = QDateEdit(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_button = QPushButton(self.tr("&Day"))
        self.week_button = QPushButton(self.tr("&Week"))
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
        self.week_button.setChecked(True)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for value, label in CATEGORY_LABELS.items():
            self.category.addItem(_(label), str(value))
        # One machine's week: the calendar shows only that row.
        self.machine = QComboBox()
        self.machine.addItem(self.tr("All equipment"), None)
        for equipment_id, label in self.equipment_options:
            self.machine.addItem(label, equipment_id)
        self.range_label = QLabel()
        self.new_button = QPushButton(self.tr("&New booking…"))
        self.free_button = QPushButton(self.tr("Find &free slot…"))
        self.maintenance_button = QPushButton(self.tr("Plan &maintenance…"))
        self.maintenance_button.setVisible(can(self.actor, Permission.PLAN_MAINTENANCE_WINDOWS))
        # Two rows, so that the page fits a 1366-pixel laptop screen: going through the days
        # and the actions above, the filters below (one row needed ~1450 pixels).
        for widget in (
            self.previous_button,
            self.today_button,
            self.next_button,
            self.date_edit,
            self.day_button,
            self.week_button,
            self.range_label,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.maintenance_button)
        bar.addWidget(self.free_button)
        bar.addWidget(self.new_button)
        filters = QHBoxLayout()
        for combo in (self.category, self.machine):
            fit_combo(combo, 24)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; padding: 6px;"
        )
        self.banner.hide()
        self.calendar = CalendarView(self.zone)
        self.calendar.checker = self.dry_run
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.calendar)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.on_today)
        self.date_edit.dateChanged.connect(self.on_date_chosen)
        self.day_button.clicked.connect(lambda: self.set_days(1))
        self.week_button.clicked.connect(lambda: self.set_days(7))
        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        self.machine.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(self.on_new)
        self.free_button.clicked.connect(self.on_find_free)
        self.maintenance_button.clicked.connect(self.on_plan_maintenance)
        self.calendar.window_requested.connect(self.on_window_requested)
        self.calendar.create_requested.connect(self.on_create_requested)
        self.calendar.change_requested.connect(self.on_change_requested)
        self.calendar.open_requested.connect(self.open_booking)
        self.calendar.refused.connect(self.show_refusal)
        return page

    def _shortcuts(self) -> None:
        keys = {
            "PgUp": lambda: self.step(-1),
            "PgDown": lambda: self.step(1),
            "T": self.on_today,
            "D": lambda: self.set_days(1),
            "W": lambda: self.set_days(7),
            "Ctrl+N": self.on_new,
            "Delete": self.on_cancel_selected,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for key, delta in (("Left", -1), ("Right", 1)):
            shortcut = QShortcut(QKeySequence(key), self.calendar)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=delta: self.step(d))

    def first_day(self) -> date:
        return self.day - timedelta(days=self.day.weekday()) if self.days == 7 else self.day

    def step(self, direction: int) -> None:
        self.go_to(self.day + timedelta(days=direction * self.days))

    def on_today(self) -> None:
        self.go_to(datetime.now(self.zone).date())

    def on_date_chosen(self, value: QDate) -> None:
        chosen = date(value.year(), value.month(), value.day())
        if chosen != self.day:
            self.go_to(chosen)

    def set_days(self, days: int) -> None:
        self.days = days
        self.day_button.setChecked(days == 1)
        self.week_button.setChecked(days == 7)
        self.reload()

    def go_to(self, day: date) -> None:
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.reload()

    _changed_while_hidden = False

    def live_refresh(self) -> None:
        """Another station changed something: the calendar and the list read again, the
        chosen booking kept (the booking form is a dialog: the watcher waits while it is
        open, and a drag, while the mouse button is held). Hidden: done when shown next."""
        self._changed_while_hidden = not self.isVisible()
        if not self._changed_while_hidden:
            self.reload()
            self.list_panel.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._changed_while_hidden:
            self.live_refresh()

    def reload(self) -> None:
        """Reads the shown range in the background and repaints the calendar."""
        first = self.first_day()
        category = self.category.currentData()
        machine = self.machine.currentData()
        rows = [
            CalendarRow(e.id, f"{e.asset_tag}  {e.name}")
            for e in self.equipment
            if (category is None or e.category == category) and machine in (None, e.id)
        ]
        start = datetime.combine(first, time(0), tzinfo=self.zone).astimezone(UTC)
        end = datetime.combine(
            first + timedelta(days=self.days), time(0), tzinfo=self.zone
        ).astimezone(UTC)
        ids = [r.equipment_id for r in rows]
        db, actor = self.db, self.actor

        def read() -> tuple[list, list, list]:  # type: ignore[type-arg]
            with db.reader() as session:
                return (
                    booking_service.bookings_in_range(session, actor, start, end, ids),
                    window_service.maintenance_windows_in_range(session, actor, start, end, ids),
                    opening_intervals(session, start, end, self.zone),
                )

        def show(result: tuple[list, list, list]) -> None:  # type: ignore[type-arg]
            self.calendar.set_range(first, self.days)
            self.calendar.set_data(rows, *result)
            last = first + timedelta(days=self.days - 1)
            self.range_label.setText(
                first.isoformat() if self.days == 1 else f"{first:%Y-%m-%d} – {last:%Y-%m-%d}"
            )

        self.runner.run(read, show, receiver=self)

    # ---- messages ---------------------------------------------------------------------
    def show_refusal(self, message: str) -> None:
        """Non-blocking but visible: a banner over the calendar and the status bar."""
        self.banner.setText(message)
        self.banner.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message.replace("\n", " "), 10000)

    def clear_refusal(self) -> None:
        self.banner.clear()
        self.banner.hide()

    # ---- service calls ----------------------------------------------------------------
    def dry_run(
        self, booking_id: int | None, equipment_id: int, start: datetime, end: datetime
    ) -> str:
        booking = self.calendar.booking(booking_id) if booking_id is not None else None
        request = BookingRequest(
            equipment_id,
            start,
            end,
            booked_for_id=booking.booked_for_id if booking else None,
            purpose=booking.purpose if booking else "",
            job_id=booking.job_id if booking else None,
            job_step_id=booking.job_step_id if booking else None,
        )
        try:
            with self.db.reader() as session:
                check = booking_service.check_booking(
                    session, self.actor, request, booking_id=booking_id
                )
        except DomainError as error:
            return error_text(error)
        return check.message

    def _form_check(self, booking_id: int | None) -> object:
        def check(values: BookingValues) -> str:
            try:
                with self.db.reader() as session:
                    return booking_service.check_booking(
                        session,
                        self.actor,
                        self._request(values),
                        booking_id=booking_id,
                        override_reason=values.override_reason,
                    ).message
            except DomainError as error:
                return error_text(error)

        return check

    def _request(self, values: BookingValues) -> BookingRequest:
        return BookingRequest(
            values.equipment_id,
            values.start,
            values.end,
            booked_for_id=values.booked_for_id,
            purpose=values.purpose,
            job_id=values.job_id,
            job_step_id=values.job_step_id,
        )

    def _steps_of(self, job_id: int) -> list[tuple[int, str, int | None]]:
        with self.db.reader() as session:
            steps = job_step_service.list_steps(session, self.actor, job_id)
        return [
            (
                step.id,
                f"{step.sequence}. {step.description}"
                + (f" ({step.equipment_name})" if step.equipment_name else ""),
                step.equipment_id,
            )
            for step in steps
        ]

    def _write(self, work: object) -> str:
        """Runs `work(session)` in one transaction; "" when it stood, else the reason. A
        booking changed elsewhere since it was read is read again, so the next try starts
        from what is there now."""
        try:
            with self.db.transaction(self.actor) as session:
                work(session)  # type: ignore[operator]
        except DomainError as error:
            if isinstance(error, StaleCopy):
                self.reload()
                self.list_panel.refresh()
            return error_text(error)
        self.clear_refusal()
        self.reload()
        self.list_panel.refresh()
        return ""

    def on_create_requested(self, equipment_id: int, start: datetime, end: datetime) -> None:
        self.open_form(BookingValues(equipment_id, self.actor.id, start, end))

    def on_change_requested(
        self, booking_id: int, equipment_id: int, start: datetime, end: datetime
    ) -> None:
        booking = self.calendar.booking(booking_id)
        if booking is None:
            return
        values = BookingValues(equipment_id, booking.booked_for_id, start, end, booking.purpose)
        request = BookingRequest(
            equipment_id,
            start,
            end,
            booked_for_id=booking.booked_for_id,
            purpose=booking.purpose,
            job_id=booking.job_id,
            job_step_id=booking.job_step_id,
        )
        if booking.series_id is not None:
            problem = self._change_series(booking_id, values, booking)
        else:
            problem = self._write(
                lambda s: booking_service.update_booking(
                    s, self.actor, booking_id, request, expected_version=booking.version
                )
            )
        if problem:
            self.calendar.update()  # the block is drawn where it still is
            self.show_refusal(problem)

    def _change_series(
        self, booking_id: int, values: BookingValues, read: BookingRow, ask: bool = True
    ) -> str:
        """`read`: the chosen occurrence as read, with its series' version (a change of the
        occurrence, or of any other one a wider scope moves, made meanwhile is refused)."""
        scope = SeriesScope.ONE
        if ask:
            chooser = ScopeDialog(self, self.tr("Change which occurrences?"))
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return self.tr("The change was not made.")
            scope = chooser.scope()
        return self._write(
            lambda s: series_service.update_occurrences(
                s,
                self.actor,
                booking_id,
                start=values.start,
                end=values.end,
                scope=scope,
                equipment_id=values.equipment_id,
                purpose=values.purpose,
                override_reason=values.override_reason,
                expected_version=read.version,
                expected_series_version=read.series_version,
            )
        )

    def open_form(self, values: BookingValues, existing: BookingRow | None = None) -> BookingForm:
        """The booking form: a new booking, or a change of `existing`."""
        booking_id = existing.id if existing is not None else None

        def save(v: BookingValues) -> str:
            if existing is not None and existing.series_id is not None:
                return self._change_series(existing.id, v, existing)
            if existing is not None and booking_id is not None:
                return self._write(
                    lambda s: booking_service.update_booking(
                        s,
                        self.actor,
                        booking_id,
                        self._request(v),
                        expected_version=existing.version,
                        override_reason=v.override_reason,
                    )
                )
            return self._write(
                lambda s: booking_service.create_booking(
                    s, self.actor, self._request(v), override_reason=v.override_reason
                )
            )

        form = BookingForm(
            self,
            title=self.tr("Change booking") if booking_id else self.tr("New booking"),
            zone=self.zone,
            equipment=self.equipment_options,
            people=self.people,
            values=values,
            jobs=self.jobs,
            steps_of=self._steps_of,
            may_book_for_others=self.manager,
            may_override=self.manager,
            check=self._form_check(booking_id),  # type: ignore[arg-type]
            save=save,
            repeat=None if booking_id is not None else self.open_recurrence,
        )
        self.last_form = form
        form.exec()
        return form

    def open_recurrence(self, values: BookingValues) -> bool:
        def preview(spec: SeriesSpec) -> list:  # type: ignore[type-arg]
            try:
                with self.db.reader() as session:
                    return series_service.preview_series(
                        session, self.actor, spec, override_reason=values.override_reason
                    )
            except DomainError as error:
                self.show_refusal(error_text(error))
                return []

        def save(spec: SeriesSpec, skip: set[int]) -> str:
            return self._write(
                lambda s: series_service.create_series(
                    s, self.actor, spec, skip=skip, override_reason=values.override_reason
                )
            )

        dialog = RecurrenceDialog(self, zone=self.zone, values=values, preview=preview, save=save)
        self.last_recurrence = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_booking(self, booking_id: int, row: BookingRow | None = None) -> None:
        booking = row or self.calendar.booking(booking_id)
        if booking is None:
            return
        values = BookingValues(
            booking.equipment_id,
            booking.booked_for_id,
            booking.start,
            booking.end,
            booking.purpose,
            booking.override_reason,
            booking.job_id,
            booking.job_step_id,
        )
        self.open_form(values, booking)

    def on_new(self) -> None:
        start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(hours=2)
        equipment_id = self.calendar.rows[0].equipment_id if self.calendar.rows else 0
        if not self.equipment_options:
            self.show_refusal(self.tr("There is no equipment to book."))
            return
        equipment_id = equipment_id or self.equipment_options[0][0]
        self.open_form(
            BookingValues(equipment_id, self.actor.id, start, start + timedelta(hours=1))
        )

    def on_find_free(self) -> None:
        def search(equipment_id, category, duration, earliest):  # type: ignore[no-untyped-def]
            try:
                with self.db.reader() as session:
                    return free_slot_service.find_free_slots(
                        session,
                        self.actor,
                        duration=duration,
                        earliest=earliest,
                        equipment_ids=[equipment_id] if equipment_id is not None else None,
                        category=category,
                        count=8,
                    )
            except DomainError as error:
                raise ValueError(error_text(error)) from error

        dialog = FreeSlotDialog(
            self,
            zone=self.zone,
            equipment=self.equipment_options,
            categories=[(str(v), _(label)) for v, label in CATEGORY_LABELS.items()],
            earliest=datetime.now(UTC) + timedelta(hours=1),
            search=search,
        )
        self.last_free_slot = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            base = BookingValues(
                dialog.chosen.equipment_id, self.actor.id, dialog.chosen.start, dialog.chosen.end
            )
            self.open_form(with_slot(base, dialog.chosen))

    def selected_row(self):  # type: ignore[no-untyped-def]
        if self.tabs.currentIndex() == 1:
            return self.list_panel.selected()
        return self.calendar.booking(self.calendar.selected_id or 0)

    def on_list_open(self) -> None:
        row = self.selected_row()
        if row is not None and row.status == "confirmed":
            self.go_to(row.start.astimezone(self.zone).date())
            self.open_booking(row.id, row)

    def on_cancel_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self.show_refusal(self.tr("Click a booking (or choose one in the list) to cancel it."))
            return
        local = row.start.astimezone(self.zone)
        what = f"{row.asset_tag} · {row.booked_for_name} · {local:%Y-%m-%d %H:%M}"
        dialog = CancelDialog(self, what)
        self.last_cancel = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason_text()
        if row.series_id is not None:
            chooser = ScopeDialog(self, self.tr("Cancel which occurrences?"))
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return
            scope = chooser.scope()
            problem = self._write(
                lambda s: series_service.cancel_occurrences(
                    s,
                    self.actor,
                    row.id,
                    reason,
                    scope,
                    expected_version=row.version,
                    expected_series_version=row.series_version,
                )
            )
        else:
            problem = self._write(
                lambda s: booking_service.cancel_booking(
                    s, self.actor, row.id, reason, expected_version=row.version
                )
            )
        if problem:
            self.show_refusal(problem)

    def on_no_show(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        problem = self._write(
            lambda s: booking_service.mark_no_show(
                s, self.actor, row.id, expected_version=row.version
            )
        )
        if problem:
            self.show_refusal(problem)

    def on_export_ics(self) -> None:
        """Writes the bookings of the equipment, person or job chosen in the list's filters
        as an iCalendar file (stable UIDs: importing it again updates the events)."""
        flt = self.list_panel.current_filter()
        chosen = {
            key: value
            for key, value in (
                ("equipment_id", flt.equipment_id),
                ("user_id", flt.user_id),
                ("job_id", flt.job_id),
            )
            if value is not None
        }
        if len(chosen) != 1:
            self.show_refusal(
                self.tr(
                    "To export bookings as .ics, choose exactly one equipment, one person or "
                    "one job in the list's filters."
                )
            )
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export bookings"), "bookings.ics", self.tr("iCalendar (*.ics)")
        )
        if not path:
            return
        db, actor = self.db, self.actor

        def work() -> tuple[str, int]:
            with db.reader() as session:
                content = export_service.export_ics(session, actor, **chosen)
            # newline="" keeps the CRLF line ends RFC 5545 requires.
            with open(path, "w", encoding="utf-8", newline="") as stream:
                stream.write(content)
            return path, content.count("BEGIN:VEVENT")

        def done(result: tuple[str, int]) -> None:
            self.clear_refusal()
            self.list_panel.note.setText(
                self.tr("{n} bookings written to {path}.").format(n=result[1], path=result[0])
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, DomainError):
                self.show_refusal(error_text(error))
            elif isinstance(error, OSError):
                self.show_refusal(
                    self.tr("Cannot write {path}: {reason}").format(
                        path=path, reason=error.strerror
                    )
                )
            else:
                report_unexpected(error)

        self.runner.run(work, done, failed, receiver=self)

    # ---- maintenance windows ----------------------------------------------------------
    def on_plan_maintenance(self) -> None:
        """A manager blocks an equipment's calendar for planned work. Bookings already in
        the window are not cancelled: they are named so their owners can be told."""
        if not self.equipment_options:
            self.show_refusal(self.tr("There is no equipment to book."))
            return
        chosen = self.machine.currentData()
        if chosen is None and self.calendar.rows:
            chosen = self.calendar.rows[0].equipment_id
        tomorrow = datetime.now(self.zone).date() + timedelta(days=1)
        start = datetime.combine(tomorrow, time(7), tzinfo=self.zone).astimezone(UTC)
        planned: list[window_service.PlannedWindow] = []

        def save(equipment_id: int, start: datetime, end: datetime, description: str) -> str:
            planned.clear()
            return self._write(
                lambda s: planned.append(
                    window_service.plan_maintenance_window(
                        s, self.actor, equipment_id, start=start, end=end, description=description
                    )
                )
            )

        dialog = MaintenanceWindowDialog(
            self,
            zone=self.zone,
            equipment=self.equipment_options,
            equipment_id=chosen,
            start=start,
            end=start + timedelta(hours=4),
            save=save,
        )
        self.last_maintenance = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or not planned:
            return
        overlapping = planned[0].overlapping_booking_ids
        if overlapping:
            self.show_refusal(
                self.tr(
                    "The maintenance window overlaps {n} confirmed booking(s) ({ids}); move "
                    "or cancel them and tell their owners."
                ).format(n=len(overlapping), ids=", ".join(str(i) for i in overlapping))
            )

    def on_window_requested(self, window: BlockingWindow) -> None:
        """Double-click on maintenance: what it is; a manager may cancel a planned window."""
        start = window.start.astimezone(self.zone)
        until = (
            f"{window.end.astimezone(self.zone):%Y-%m-%d %H:%M}"
            if window.end is not None
            else self.tr("until finished")
        )
        text = self.tr("Maintenance from {start} to {end}: {what}").format(
            start=f"{start:%Y-%m-%d %H:%M}", end=until, what=window.description
        )
        may_cancel = window.window_id is not None and can(
            self.actor, Permission.PLAN_MAINTENANCE_WINDOWS
        )
        if not may_cancel:
            self.show_refusal(text)
            return
        if not self.confirm_cancel_window(text):
            return
        window_id = window.window_id
        problem = self._write(
            lambda s: window_service.cancel_maintenance_window(s, self.actor, window_id)
        )
        if problem:
            self.show_refusal(problem)

    def confirm_cancel_window(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Cancel maintenance window"),
            text + "\n\n" + self.tr("Cancel this maintenance window and free the calendar?"),
        )
        return answer == QMessageBox.StandardButton.Yes
