"""Small helpers the read-mostly tables share: one look for the views, local time texts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from itc_desktop.i18n import format_date, format_local_time, format_number

AMBER = "#b26a00"
RED = "#b00020"
GREEN = "#1b5e20"
GREY = "#757575"


def configure_table(view: QTableView, stretch_column: int | None = None) -> QTableView:
    """Whole rows selected one at a time, read-only, compact rows, no row numbers. Call it
    after setModel: the header's sections exist only then."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def set_column_widths(header: QHeaderView, widths: Sequence[tuple[int, int]]) -> None:
    """Starting widths (pixels) of columns the user may still resize."""
    for column, width in widths:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)


def width_for_texts(view: QTableView, texts: Iterable[str]) -> int:
    """The width (pixels) a column needs to show the longest of `texts` whole, in the view's
    font (a fixed width cut "Charpy impact" and longer words of other languages)."""
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + 18


def column_menu(view: QTableView) -> QMenu:
    """Checkable entries to show or hide the table's columns (the first one always stays)."""
    model = view.model()
    menu = QMenu(view)
    for column in range(1, model.columnCount()):
        action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(not view.isColumnHidden(column))
        action.toggled.connect(lambda shown, c=column: view.setColumnHidden(c, not shown))
    return menu


def local_text(at: datetime | None, zone: tzinfo) -> str:
    """`2026-03-05 14:07` in the lab's time zone (`2026. 03. 05. 14:07` in Hungarian,
    `05.03.2026. 14:07` in Serbian), "" for no time."""
    return "" if at is None else format_local_time(at.astimezone(zone))


def date_text(on: date | None) -> str:
    return "" if on is None else format_date(on)


def size_text(size_bytes: int) -> str:
    """Bytes for people: 812 B, 14.2 kB, 3.5 MB."""
    if size_bytes < 1024:
        return f"{size_bytes} B"
    if size_bytes < 1024 * 1024:
        return f"{format_number(size_bytes / 1024, 1)} kB"
    return f"{format_number(size_bytes / 1024 / 1024, 1)} MB"
