"""The Dashboard: what needs attention now, as a list of sections (cards). Each entry is
clickable and leads to the page and item it is about (the Equipment page with that equipment
selected). Elapsed times of running sessions move on every minute; the data is reloaded on
show and every 60 s through the background runner.

Sections come from PROVIDERS: functions `(session, actor, now) -> list[SectionData]` run in the
background. A later issue (jobs, bookings) appends its provider; the cards follow the order
of the sections the providers return."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import format_date, format_number
from itc_desktop.models.base import utcnow
from itc_desktop.services import jobs as job_service
from itc_desktop.services.dashboard import equipment_summary
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.services.job_workflow import status_label
from itc_desktop.services.maintenance import PlanState, PlanStatus
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import AMBER, GREEN, GREY, RED, local_text

REFRESH_MS = 60_000
CARD_COLUMNS = 2
VISIBLE_ROWS = 8  # a card grows with its entries up to this many lines, then scrolls
EQUIPMENT_PAGE = "equipment"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


class Tone:
    NORMAL = "normal"
    OK = "ok"
    AMBER = "amber"
    RED = "red"


TONE_COLOURS = {Tone.NORMAL: "", Tone.OK: GREEN, Tone.AMBER: AMBER, Tone.RED: RED}


@dataclass(frozen=True)
class DashboardEntry:
    """One clickable line: `text` (with the elapsed time appended when `since` is set),
    `target` = (page key, item id) it leads to."""

    text: str
    tone: str = Tone.NORMAL
    target: tuple[str, int] | None = None
    since: datetime | None = None
    detail: str = ""


@dataclass(frozen=True)
class SectionData:
    key: str
    title: str
    tone: str  # the card's accent: red for what is wrong, amber for what comes soon
    entries: list[DashboardEntry] = field(default_factory=list)
    empty_text: str = ""


Provider = Callable[[Session, Actor, datetime], list[SectionData]]


def elapsed_text(elapsed: timedelta) -> str:
    """`45 min`, `3 h 05 min`, `2 d 4 h`."""
    minutes = max(int(elapsed.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return _tr("{d} d {h} h").format(d=days, h=hours)
    if hours:
        return _tr("{h} h {m:02d} min").format(h=hours, m=minutes)
    return _tr("{m} min").format(m=minutes)


def _plan_text(plan: PlanStatus) -> str:
    what = f"{plan.asset_tag} {plan.equipment_name} — {plan.description}"
    if plan.days_left is not None and plan.days_left < 0:
        return what + " · " + _tr("{n} days overdue").format(n=-plan.days_left)
    if plan.hours_left is not None and plan.hours_left < 0:
        return what + " · " + _tr("{n} h over").format(n=format_number(-plan.hours_left, 0))
    if plan.next_due_date is not None:
        return what + " · " + _tr("due {date}").format(date=format_date(plan.next_due_date))
    if plan.hours_left is not None:
        return what + " · " + _tr("{n} h left").format(n=format_number(plan.hours_left, 0))
    return what


def equipment_sections(session: Session, actor: Actor, now: datetime) -> list[SectionData]:
    """Running sessions (forgotten ones flagged), calibration out and due soon, maintenance
    due, out of service, from services.dashboard.equipment_summary."""
    summary = equipment_summary(session, actor, now)
    zone: tzinfo = lab_zone(session)
    running = [
        DashboardEntry(
            text=(
                f"{r.asset_tag} {r.equipment_name} — {r.operator_name}"
                + (f" · {r.job_reference}" if r.job_reference else "")
            ),
            tone=Tone.RED if r.forgotten else Tone.NORMAL,
            target=(EQUIPMENT_PAGE, r.equipment_id),
            since=r.started_at,
            detail=(
                _tr("Started {start}").format(start=local_text(r.started_at, zone))
                + (f"\n{r.purpose}" if r.purpose else "")
                + (
                    "\n" + _tr("Probably forgotten: a manager can correct the times.")
                    if r.forgotten
                    else ""
                )
            ),
        )
        for r in summary.running
    ]
    out_of_calibration = [
        DashboardEntry(
            text=f"{c.asset_tag} {c.name} — {c.describe()}",
            tone=Tone.RED,
            target=(EQUIPMENT_PAGE, c.equipment_id),
        )
        for c in summary.out_of_calibration
    ]
    due_soon = [
        DashboardEntry(
            text=f"{c.asset_tag} {c.name} — {c.describe()}",
            tone=Tone.AMBER,
            target=(EQUIPMENT_PAGE, c.equipment_id),
        )
        for c in summary.calibration_due_soon
    ]
    maintenance = [
        DashboardEntry(
            text=_plan_text(p),
            tone=Tone.RED if p.state == PlanState.OVERDUE else Tone.AMBER,
            target=(EQUIPMENT_PAGE, p.equipment_id),
        )
        for p in summary.maintenance_due
    ]
    out_of_service = [
        DashboardEntry(
            text=" — ".join(part for part in (f"{e.asset_tag} {e.name}", e.location) if part),
            tone=Tone.RED,
            target=(EQUIPMENT_PAGE, e.id),
        )
        for e in summary.out_of_service
    ]
    forgotten = len(summary.forgotten)
    running_title = _tr("Running usage sessions")
    if forgotten:
        running_title += " · " + _tr("{n} probably forgotten").format(n=forgotten)
    return [
        SectionData(
            "running",
            running_title,
            Tone.RED if forgotten else Tone.OK,
            running,
            _tr("No machine is running."),
        ),
        SectionData(
            "out_of_calibration",
            _tr("Out of calibration"),
            Tone.RED,
            out_of_calibration,
            _tr("Every instrument is calibrated."),
        ),
        SectionData(
            "calibration_due_soon",
            _tr("Calibration due soon"),
            Tone.AMBER,
            due_soon,
            _tr("No calibration ends soon."),
        ),
        SectionData(
            "maintenance_due",
            _tr("Maintenance due or overdue"),
            Tone.AMBER,
            maintenance,
            _tr("No maintenance is due."),
        ),
        SectionData(
            "out_of_service",
            _tr("Out of service"),
            Tone.RED,
            out_of_service,
            _tr("All equipment is in service."),
        ),
    ]


JOBS_PAGE = "jobs"


def _job_entry(row: job_service.JobRow, tone: str) -> DashboardEntry:
    parts = [f"{row.reference} {row.title}", row.company_name]
    if row.due_date is not None:
        parts.append(_tr("due {date}").format(date=format_date(row.due_date)))
    parts.append(status_label(row.status))
    return DashboardEntry(
        text=" · ".join(parts),
        tone=tone,
        target=(JOBS_PAGE, row.id),
        detail=row.technician_name or "",
    )


def job_sections(session: Session, actor: Actor, now: datetime) -> list[SectionData]:
    if not can(actor, Permission.VIEW_JOBS):
        return []
    today = now.astimezone(lab_zone(session)).date()
    waiting = job_service.jobs_waiting_for_approval(session, actor, today=today)
    overdue = job_service.overdue_jobs(session, actor, today=today)
    due = job_service.jobs_due_this_week(session, actor, today=today)
    return [
        SectionData(
            "jobs_overdue",
            _tr("Overdue jobs"),
            Tone.RED,
            [_job_entry(row, Tone.RED) for row in overdue],
            _tr("No job is overdue."),
        ),
        SectionData(
            "jobs_due_this_week",
            _tr("Jobs due this week"),
            Tone.AMBER,
            [_job_entry(row, Tone.AMBER) for row in due],
            _tr("No job is due this week."),
        ),
        SectionData(
            "jobs_waiting_for_approval",
            _tr("Quotes waiting for approval"),
            Tone.NORMAL,
            [_job_entry(row, Tone.NORMAL) for row in waiting],
            _tr("No quote is waiting."),
        ),
    ]


PROVIDERS: list[Provider] = [equipment_sections, job_sections]


class SectionCard(QFrame):
    """A titled card listing a section's entries; `activated(page key, item id)` on a click."""

    activated = Signal(str, int)

    def __init__(self, data: SectionData, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"section_{data.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.key = data.key
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.count = QLabel()
        self.count.setObjectName("sectionCount")
        self.list = QListWidget()
        self.list.setObjectName("sectionEntries")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setStyleSheet(
            "QListWidget { background: transparent; } QListWidget::item { padding: 3px 2px; }"
        )
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.list.itemClicked.connect(self.on_item)
        self.list.itemActivated.connect(self.on_item)
        self.empty = QLabel()
        self.empty.setObjectName("sectionEmpty")
        self.empty.setStyleSheet(f"color: {GREY};")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(header)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.entries: list[DashboardEntry] = []
        self.set_data(data, utcnow())

    def set_data(self, data: SectionData, now: datetime) -> None:
        self.data = data
        accent = TONE_COLOURS.get(data.tone) or self.palette().highlight().color().name()
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ border: 1px solid palette(mid); "
            f"border-left: 5px solid {accent}; border-radius: 4px; }}"
        )
        self.title.setText(f"<b style='font-size: 11pt'>{data.title}</b>")
        self.count.setText(str(len(data.entries)))
        self.count.setStyleSheet(
            f"color: {TONE_COLOURS.get(data.tone) or 'palette(text)'}; font-weight: bold;"
            if data.entries and data.tone in (Tone.RED, Tone.AMBER)
            else ""
        )
        self.entries = list(data.entries)
        self.empty.setText(data.empty_text)
        self.empty.setVisible(not data.entries)
        self.list.setVisible(bool(data.entries))
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem()
            colour = TONE_COLOURS.get(entry.tone)
            if colour:
                item.setForeground(QBrush(QColor(colour)))
            self.list.addItem(item)
        self.update_elapsed(now)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = min(max(len(self.entries), 1), VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if self.entries else 0
        row_height = max(row_height, self.list.fontMetrics().height() + 6)
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)

    def update_elapsed(self, now: datetime) -> None:
        for row, entry in enumerate(self.entries):
            text = entry.text
            if entry.since is not None:
                text += " · " + elapsed_text(now - entry.since)
            item = self.list.item(row)
            item.setText(text)
            # The whole line in the tooltip: a narrow card cuts it off with "…".
            item.setToolTip(f"{text}\n{entry.detail}" if entry.detail else text)

    def entry_texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    @Slot(QListWidgetItem)
    def on_item(self, item: QListWidgetItem) -> None:
        entry = self.entries[self.list.row(item)]
        if entry.target is not None:
            self.activated.emit(entry.target[0], entry.target[1])


@dataclass(frozen=True)
class _Loaded:
    sections: list[SectionData]
    now: datetime


class DashboardPage(QWidget):
    """`navigate_requested(page key, item id)` when an entry is clicked; the main window's
    `navigate` is called too when the page sits in one."""

    navigate_requested = Signal(str, int)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.now: Callable[[], datetime] = utcnow
        self.providers: list[Provider] = list(PROVIDERS)
        self.cards: dict[str, SectionCard] = {}
        self._loading = False

        self.heading = QLabel(self.tr("<h2>Dashboard</h2>"))
        self.updated = QLabel()
        self.updated.setObjectName("dashboardUpdated")
        self.updated.setStyleSheet(f"color: {GREY};")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.updated)
        header.addWidget(self.refresh_button)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        for column in range(CARD_COLUMNS):
            self.grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

        self.timer = QTimer(self)
        self.timer.setObjectName("dashboardTimer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.on_timer)
        self.timer.start()

    # -- loading ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        db, actor, providers = self.context.db, self.context.actor, list(self.providers)
        now = self.now()

        def load() -> _Loaded:
            sections: list[SectionData] = []
            with db.reader() as session:
                for provider in providers:
                    sections.extend(provider(session, actor, now))
            return _Loaded(sections, now)

        self.context.runner.run(load, self._show_loaded, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.updated.setText(self.tr("Could not refresh: {error}").format(error=error))
        self.updated.setStyleSheet(f"color: {RED};")

    def _show_loaded(self, loaded: _Loaded) -> None:
        self._loading = False
        keys = [section.key for section in loaded.sections]
        for key in list(self.cards):
            if key not in keys:
                self.cards.pop(key).deleteLater()
        for index, section in enumerate(loaded.sections):
            card = self.cards.get(section.key)
            if card is None:
                card = SectionCard(section)
                card.activated.connect(self.on_entry_activated)
                self.cards[section.key] = card
            else:
                card.set_data(section, self.now())
            self.grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
        rows = (len(loaded.sections) + CARD_COLUMNS - 1) // CARD_COLUMNS
        for row in range(max(self.grid.rowCount(), rows + 1)):
            self.grid.setRowStretch(row, 1 if row == rows else 0)
        self.update_elapsed()
        zone_now = loaded.now.astimezone()
        self.updated.setStyleSheet(f"color: {GREY};")
        self.updated.setText(self.tr("Updated {time}").format(time=zone_now.strftime("%H:%M")))

    def section_keys(self) -> list[str]:
        return list(self.cards)

    def card(self, key: str) -> SectionCard:
        return self.cards[key]

    # -- time ------------------------------------------------------------------------------

    def update_elapsed(self) -> None:
        now = self.now()
        for card in self.cards.values():
            card.update_elapsed(now)

    @Slot()
    def on_timer(self) -> None:
        self.update_elapsed()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def live_refresh(self) -> None:
        """Another station changed something (the main window's watcher); hidden, the
        page reads again when shown."""
        if self.isVisible():
            self.refresh()

    # -- navigation ------------------------------------------------------------------------

    @Slot(str, int)
    def on_entry_activated(self, key: str, item_id: int) -> None:
        self.navigate_requested.emit(key, item_id)
        window = self.window()
        navigate = getattr(window, "navigate", None)
        if window is not self and callable(navigate):
            navigate(key, item_id)
