"""The Timeline tab of a job: every status change with when, who, from → to, the internal
note and the public note (marked "public": the customer reads it at the kiosk)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from itc_desktop.services import job_workflow
from itc_desktop.services.equipment_settings import lab_zone
from itc_desktop.ui.models.jobs import TimelineModel
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import configure_table, set_column_widths


class TimelineTab(QWidget):
    changed = Signal()  # the same contract as the other job tabs; the timeline only reads

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job_id: int | None = None
        with context.db.reader() as session:
            zone = lab_zone(session)
        self.model = TimelineModel(zone, self)
        self.view = QTableView()
        self.view.setObjectName("timelineTable")
        self.view.setModel(self.model)
        configure_table(self.view, None)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        set_column_widths(
            header,
            (
                (TimelineModel.WHEN, 122),
                (TimelineModel.WHO, 110),
                (TimelineModel.CHANGE, 150),
                (TimelineModel.PUBLIC, 52),
            ),
        )
        for column in (TimelineModel.INTERNAL, TimelineModel.PUBLIC_NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Rows grow with their notes when the columns change width.
        header.sectionResized.connect(lambda *_args: self.view.resizeRowsToContents())
        legend = QLabel(self.tr("Notes marked “public” are shown to the customer at the kiosk."))
        legend.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)

    def set_job(self, job_id: int | None) -> None:
        self.job_id = job_id
        if job_id is None:
            self.model.set_rows([])
            return
        with self.context.db.reader() as session:
            events = job_workflow.list_events(session, self.context.actor, job_id)
        self.model.set_rows(events)
        self.view.resizeRowsToContents()
        if events:
            self.view.scrollToBottom()
