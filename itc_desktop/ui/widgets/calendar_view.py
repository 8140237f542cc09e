"""The bookings calendar: equipment as rows, time as columns (one day of hours, or a week of
days × opening-time hours), painted directly so a week of fifty machines stays fast. Drags
create, move and resize bookings; the page decides (through the services) whether they stand."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from itc_desktop.i18n import format_date, format_local_time, weekday_name
from itc_desktop.services.bookings import BookingRow
from itc_desktop.services.maintenance_windows import BlockingWindow

LABEL_WIDTH = 170
HEADER_HEIGHT = 38
ROW_HEIGHT = 30
EDGE = 5  # pixels at a block's ends that grab the edge (resize) instead of the block (move)
STATUS_COLOURS = {
    "confirmed": QColor("#1e88e5"),
    "completed": QColor("#43a047"),
    "no_show": QColor("#e53935"),
    "cancelled": QColor("#9e9e9e"),
}
CLOSED = QColor("#eceff1")
MAINTENANCE = QColor("#ef6c00")
NOW = QColor("#d81b60")
GRID = QColor("#cfd8dc")
GRID_STRONG = QColor("#78909c")
ALLOWED = QColor(46, 125, 50, 120)
REFUSED = QColor(198, 40, 40, 120)
SELECTED = QColor("#ffb300")

# checker(booking_id or None, equipment_id, start, end) -> "" when allowed, else the reason
Checker = Callable[[int | None, int, datetime, datetime], str]


@dataclass(frozen=True)
class CalendarRow:
    equipment_id: int
    label: str


@dataclass
class _Drag:
    kind: str  # "create", "move", "start", "end"
    equipment_id: int
    origin: datetime  # time under the mouse at the press
    start: datetime
    end: datetime
    booking: BookingRow | None = None
    moved: bool = False
    refusal: str = ""


class CalendarView(QWidget):
    """Rows of equipment over `days` days from `first_day`, showing the hours
    `hour_from`..`hour_to` of each day (the week view compresses the night away)."""

    create_requested = Signal(int, object, object)  # equipment_id, start, end (UTC)
    change_requested = Signal(int, int, object, object)  # booking_id, equipment_id, start, end
    open_requested = Signal(int)  # booking_id
    window_requested = Signal(object)  # the BlockingWindow double-clicked (no booking there)
    refused = Signal(str)  # a drag the dry run already refuses, with the reason

    def __init__(self, zone: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.zone = zone
        self.rows: list[CalendarRow] = []
        self.bookings: list[BookingRow] = []
        self.windows: list[BlockingWindow] = []
        self.open_intervals: list[tuple[datetime, datetime]] = []
        self.first_day = datetime.now(zone).date()
        self.days = 7
        self.hour_from = 6
        self.hour_to = 22
        self.checker: Checker | None = None
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._by_row: dict[int, list[BookingRow]] = {}
        self._row_index: dict[int, int] = {}
        self._drag: _Drag | None = None
        self.selected_id: int | None = None  # the block clicked last (Delete cancels it)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # ---- data -------------------------------------------------------------------------
    def set_range(self, first_day: date, days: int) -> None:
        self.first_day, self.days = first_day, days
        self.update()

    def set_data(
        self,
        rows: Sequence[CalendarRow],
        bookings: Sequence[BookingRow],
        windows: Sequence[BlockingWindow],
        open_intervals: Sequence[tuple[datetime, datetime]],
    ) -> None:
        self._drag = None
        self.rows = list(rows)
        self._row_index = {r.equipment_id: i for i, r in enumerate(self.rows)}
        self.bookings = list(bookings)
        self._by_row = {}
        for booking in self.bookings:
            self._by_row.setdefault(booking.equipment_id, []).append(booking)
        self.windows = list(windows)
        self.open_intervals = list(open_intervals)
        if self.booking(self.selected_id or 0) is None:
            self.selected_id = None
        self.setFixedHeight(HEADER_HEIGHT + ROW_HEIGHT * max(1, len(self.rows)) + 1)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, HEADER_HEIGHT + ROW_HEIGHT * max(1, len(self.rows)) + 1)

    @property
    def snap(self) -> timedelta:
        return timedelta(minutes=15 if self.days == 1 else 30)

    # ---- geometry ---------------------------------------------------------------------
    def _hours_per_day(self) -> int:
        return self.hour_to - self.hour_from

    def hour_width(self) -> float:
        return max(1.0, (self.width() - LABEL_WIDTH) / (self.days * self._hours_per_day()))

    def x_of(self, at: datetime) -> float:
        """The x of an instant, clamped into the shown hours of its day."""
        local = at.astimezone(self.zone)
        day = (local.date() - self.first_day).days
        if day < 0:
            return LABEL_WIDTH
        if day >= self.days:
            return float(self.width())
        hours = local.hour + local.minute / 60 + local.second / 3600 - self.hour_from
        hours = min(max(hours, 0.0), float(self._hours_per_day()))
        return LABEL_WIDTH + (day * self._hours_per_day() + hours) * self.hour_width()

    def time_at(self, x: float) -> datetime:
        """The instant at x, snapped to the grid (15 min in the day view, 30 in the week)."""
        hours = max(0.0, (x - LABEL_WIDTH) / self.hour_width())
        day = min(int(hours // self._hours_per_day()), self.days - 1)
        within = min(hours - day * self._hours_per_day(), float(self._hours_per_day()))
        step = self.snap.total_seconds() / 3600
        within = round(within / step) * step
        local = datetime.combine(
            self.first_day + timedelta(days=day), time(self.hour_from), tzinfo=self.zone
        ) + timedelta(hours=within)
        return local.astimezone(UTC)

    def point_for(self, equipment_id: int, at: datetime) -> QPoint:
        """Where (equipment, instant) is on screen: the middle of the row at that time."""
        row = self._row_index[equipment_id]
        return QPoint(round(self.x_of(at)), HEADER_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT // 2)

    def row_at(self, y: float) -> int | None:
        row = int((y - HEADER_HEIGHT) // ROW_HEIGHT)
        return row if y >= HEADER_HEIGHT and 0 <= row < len(self.rows) else None

    def block_rect(self, booking: BookingRow) -> QRectF:
        row = self._row_index.get(booking.equipment_id)
        if row is None:
            return QRectF()
        left, right = self.x_of(booking.start), self.x_of(booking.end)
        top = HEADER_HEIGHT + row * ROW_HEIGHT + 3
        return QRectF(left, top, max(2.0, right - left), ROW_HEIGHT - 6)

    def booking_at(self, point: QPointF | QPoint) -> BookingRow | None:
        row = self.row_at(point.y())
        if row is None:
            return None
        for booking in self._by_row.get(self.rows[row].equipment_id, ()):
            if self.block_rect(booking).adjusted(-1, 0, 1, 0).contains(QPointF(point)):
                return booking
        return None

    def booking(self, booking_id: int) -> BookingRow | None:
        return next((b for b in self.bookings if b.id == booking_id), None)

    # ---- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        clip = event.rect()
        first = max(0, (clip.top() - HEADER_HEIGHT) // ROW_HEIGHT)
        last = min(len(self.rows), (clip.bottom() - HEADER_HEIGHT) // ROW_HEIGHT + 1)
        self._paint_closed(painter)
        self._paint_grid(painter, first, last)
        metrics = QFontMetrics(self.font())
        for index in range(first, last):
            equipment_id = self.rows[index].equipment_id
            for window in self.windows:
                if window.equipment_id == equipment_id:
                    self._paint_window(painter, index, window)
            for booking in self._by_row.get(equipment_id, ()):
                if self._drag is None or self._drag.booking is not booking:
                    outline = SELECTED if booking.id == self.selected_id else None
                    self._paint_block(painter, booking, self.block_rect(booking), metrics, outline)
        self._paint_drag(painter, metrics)
        self._paint_now(painter)
        self._paint_header(painter, metrics)
        painter.end()

    def _paint_closed(self, painter: QPainter) -> None:
        """Shades the shown hours outside the opening hours."""
        painter.fillRect(
            QRectF(LABEL_WIDTH, HEADER_HEIGHT, self.width() - LABEL_WIDTH, self.height()), CLOSED
        )
        for opens, closes in self.open_intervals:
            left, right = self.x_of(opens), self.x_of(closes)
            if right > left:
                painter.fillRect(
                    QRectF(left, HEADER_HEIGHT, right - left, self.height()), QColor("white")
                )

    def _paint_grid(self, painter: QPainter, first: int, last: int) -> None:
        width, hour_w = self.width(), self.hour_width()
        painter.setPen(QPen(GRID, 1))
        for index in range(first, last + 1):
            y = HEADER_HEIGHT + index * ROW_HEIGHT
            painter.drawLine(0, y, width, y)
        step = 1 if hour_w >= 14 else 2
        for h in range(0, self.days * self._hours_per_day(), step):
            x = round(LABEL_WIDTH + h * hour_w)
            strong = h % self._hours_per_day() == 0
            painter.setPen(QPen(GRID_STRONG if strong else GRID, 2 if strong else 1))
            painter.drawLine(x, HEADER_HEIGHT if not strong else 0, x, self.height())
        painter.setPen(QPen(QColor("#263238")))
        for index in range(first, last):
            rect = QRectF(6, HEADER_HEIGHT + index * ROW_HEIGHT, LABEL_WIDTH - 10, ROW_HEIGHT)
            text = QFontMetrics(self.font()).elidedText(
                self.rows[index].label, Qt.TextElideMode.ElideRight, int(rect.width())
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _paint_header(self, painter: QPainter, metrics: QFontMetrics) -> None:
        painter.fillRect(QRectF(0, 0, self.width(), HEADER_HEIGHT), QColor("#f5f7f8"))
        painter.setPen(QPen(GRID_STRONG))
        painter.drawLine(0, HEADER_HEIGHT, self.width(), HEADER_HEIGHT)
        day_w = self._hours_per_day() * self.hour_width()
        today = self.now().astimezone(self.zone).date()
        for d in range(self.days):
            day = self.first_day + timedelta(days=d)
            left = LABEL_WIDTH + d * day_w
            font = painter.font()
            font.setBold(day == today)
            painter.setFont(font)
            painter.setPen(QPen(NOW if day == today else QColor("#263238")))
            title = (
                f"{weekday_name(day, short=True)} {day:%d.%m.}"
                if self.days > 1
                else f"{weekday_name(day)} {format_date(day)}"
            )
            painter.drawText(
                QRectF(left, 2, day_w, HEADER_HEIGHT / 2), Qt.AlignmentFlag.AlignCenter, title
            )
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#546e7a")))
        hour_w = self.hour_width()
        label_every = max(1, int(metrics.horizontalAdvance("00") * 1.6 // hour_w) + 1)
        # The same hours labelled on every day (06, 09, 12 … with room for three).
        for h in range(self.days * self._hours_per_day()):
            hour = self.hour_from + h % self._hours_per_day()
            if hour % label_every or (self.days > 1 and self.hour_to - hour < 2):
                continue  # (no label crowding the next day's first one)
            x = LABEL_WIDTH + h * hour_w
            if x + metrics.horizontalAdvance("00") + 2 > self.width():
                break
            painter.drawText(
                QRectF(x + 2, HEADER_HEIGHT / 2, hour_w * label_every, HEADER_HEIGHT / 2),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{hour:02d}",
            )

    def _paint_window(self, painter: QPainter, row: int, window: BlockingWindow) -> None:
        end = window.end or datetime.combine(
            self.first_day + timedelta(days=self.days), time(0), tzinfo=self.zone
        )
        left, right = self.x_of(window.start), self.x_of(end)
        if right <= left:
            return
        rect = QRectF(left, HEADER_HEIGHT + row * ROW_HEIGHT + 1, right - left, ROW_HEIGHT - 2)
        painter.fillRect(rect, QColor(239, 108, 0, 40))
        painter.fillRect(rect, QBrush(MAINTENANCE, Qt.BrushStyle.BDiagPattern))

    def _paint_block(
        self,
        painter: QPainter,
        booking: BookingRow,
        rect: QRectF,
        metrics: QFontMetrics,
        outline: QColor | None = None,
    ) -> None:
        if rect.width() <= 0:
            return
        colour = STATUS_COLOURS.get(booking.status, STATUS_COLOURS["confirmed"])
        painter.setPen(QPen(outline or colour.darker(140), 2 if outline else 1))
        painter.setBrush(colour.lighter(115) if booking.job_id is None else colour)
        painter.drawRoundedRect(rect, 3, 3)
        if rect.width() > 24:
            painter.setPen(QPen(QColor("white")))
            what = booking.job_reference or booking.purpose
            text = f"{booking.booked_for_name} · {what}" if what else booking.booked_for_name
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 6)
            painter.drawText(
                rect.adjusted(3, 0, -3, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )

    def _paint_drag(self, painter: QPainter, metrics: QFontMetrics) -> None:
        drag = self._drag
        if drag is None or not drag.moved or drag.equipment_id not in self._row_index:
            return
        row = self._row_index[drag.equipment_id]
        left, right = self.x_of(drag.start), self.x_of(drag.end)
        rect = QRectF(left, HEADER_HEIGHT + row * ROW_HEIGHT + 3, right - left, ROW_HEIGHT - 6)
        if drag.booking is not None:
            painter.setOpacity(0.35)
            self._paint_block(painter, drag.booking, self.block_rect(drag.booking), metrics)
            painter.setOpacity(1.0)
        painter.setPen(QPen(QColor("#c62828") if drag.refusal else QColor("#2e7d32"), 2))
        painter.setBrush(REFUSED if drag.refusal else ALLOWED)
        painter.drawRoundedRect(rect, 3, 3)

    def _paint_now(self, painter: QPainter) -> None:
        now = self.now()
        local = now.astimezone(self.zone)
        day = (local.date() - self.first_day).days
        if not 0 <= day < self.days or not self.hour_from <= local.hour < self.hour_to:
            return
        x = self.x_of(now)
        painter.setPen(QPen(NOW, 2))
        painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, self.height()))

    def tooltip_at(self, point: QPointF | QPoint) -> str:
        """The full text of the block or maintenance window under the point."""
        booking = self.booking_at(point)
        if booking is not None:
            start, end = booking.start.astimezone(self.zone), booking.end.astimezone(self.zone)
            lines = [
                f"{booking.asset_tag} {booking.equipment_name}",
                f"{weekday_name(start, short=True)} {format_local_time(start)} – {end:%H:%M}",
                booking.booked_for_name,
            ]
            lines += [t for t in (booking.job_reference, booking.purpose) if t]
            return "\n".join(lines)
        window = self.window_at(point)
        if window is not None:
            return self.tr("Maintenance: {0}").format(window.description)
        return ""

    def window_at(self, point: QPointF | QPoint) -> BlockingWindow | None:
        """The maintenance window (planned or recorded work) under the point."""
        row = self.row_at(point.y())
        if row is None or point.x() < LABEL_WIDTH:
            return None
        at = self.time_at(point.x())
        for window in self.windows:
            if (
                window.equipment_id == self.rows[row].equipment_id
                and window.start <= at
                and (window.end is None or at < window.end)
            ):
                return window
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ---- mouse ------------------------------------------------------------------------
    def _edge_kind(self, booking: BookingRow, x: float) -> str:
        rect = self.block_rect(booking)
        if rect.width() > 3 * EDGE and x <= rect.left() + EDGE:
            return "start"
        if rect.width() > 3 * EDGE and x >= rect.right() - EDGE:
            return "end"
        return "move"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        row = self.row_at(pos.y())
        if row is None or pos.x() < LABEL_WIDTH:
            return
        at = self.time_at(pos.x())
        booking = self.booking_at(pos)
        self.selected_id = booking.id if booking is not None else None
        self.update()
        if booking is not None:
            self._drag = _Drag(
                self._edge_kind(booking, pos.x()),
                booking.equipment_id,
                at,
                booking.start,
                booking.end,
                booking,
            )
        else:
            self._drag = _Drag("create", self.rows[row].equipment_id, at, at, at + self.snap)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None:
            hovered = self.booking_at(pos)
            edge = hovered is not None and self._edge_kind(hovered, pos.x()) != "move"
            self.setCursor(Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        at = self.time_at(pos.x())
        row = self.row_at(pos.y())
        start, end, equipment_id = drag.start, drag.end, drag.equipment_id
        if drag.kind == "create":
            start, end = min(drag.origin, at), max(drag.origin, at)
            end = max(end, start + self.snap)
        elif drag.booking is not None:
            b = drag.booking
            if drag.kind == "move":
                shift = at - drag.origin
                start, end = b.start + shift, b.end + shift
                if row is not None:
                    equipment_id = self.rows[row].equipment_id
            elif drag.kind == "start":
                start = min(at, b.end - self.snap)
            else:
                end = max(at, b.start + self.snap)
        if (start, end, equipment_id) != (
            drag.start,
            drag.end,
            drag.equipment_id,
        ) or not drag.moved:
            changed = (start, end, equipment_id) != (drag.start, drag.end, drag.equipment_id)
            drag.start, drag.end, drag.equipment_id = start, end, equipment_id
            drag.moved = drag.moved or changed
            if changed and self.checker is not None:
                booking_id = drag.booking.id if drag.booking is not None else None
                drag.refusal = self.checker(booking_id, equipment_id, start, end)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.update()
        if drag is None or event.button() != Qt.MouseButton.LeftButton or not drag.moved:
            return
        if drag.refusal:
            # The dry run already said no: the block stays where it was.
            self.refused.emit(drag.refusal)
        elif drag.booking is None:
            self.create_requested.emit(drag.equipment_id, drag.start, drag.end)
        else:
            self.change_requested.emit(drag.booking.id, drag.equipment_id, drag.start, drag.end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        booking = self.booking_at(event.position())
        if booking is not None:
            self.open_requested.emit(booking.id)
            return
        window = self.window_at(event.position())
        if window is not None:
            self.window_requested.emit(window)
            return
        row = self.row_at(event.position().y())
        if row is not None and event.position().x() >= LABEL_WIDTH:
            start = self.time_at(event.position().x())
            self.create_requested.emit(
                self.rows[row].equipment_id, start, start + timedelta(hours=1)
            )
