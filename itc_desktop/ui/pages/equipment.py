"""The Equipment page: the list of all equipment (search, category and status filters, colour
badges) and the detail panel of the selected one (Overview, Calibration, Maintenance, Usage,
Qualified operators, Documents). The shop-floor fast path: scan an asset tag into the search
field (the tag + Enter) and press F9 to start or stop use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import _
from itc_desktop.importers.equipment_csv import export_equipment_csv
from itc_desktop.models.equipment import CATEGORY_LABELS, IN_USE, IN_USE_LABEL, STATUS_LABELS
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.equipment import EquipmentQuery, EquipmentRow
from itc_desktop.services.equipment_views import start_refusal
from itc_desktop.services.errors import DomainError
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.models.equipment import EquipmentTableModel, FetchPage
from itc_desktop.ui.pages.equipment_calibration_tab import CalibrationTab
from itc_desktop.ui.pages.equipment_documents_tab import DocumentsTab
from itc_desktop.ui.pages.equipment_form import NewEquipmentDialog, OverviewTab
from itc_desktop.ui.pages.equipment_import import CSV_FILTER, ImportDialog
from itc_desktop.ui.pages.equipment_maintenance_tab import MaintenanceTab
from itc_desktop.ui.pages.equipment_operators_tab import OperatorsTab
from itc_desktop.ui.pages.equipment_status_actions import StatusActions
from itc_desktop.ui.pages.equipment_usage_tab import UsageTab
from itc_desktop.ui.pages.equipment_use_dialogs import StartUseDialog, StopUseDialog
from itc_desktop.ui.pages.registry import PageContext

SEARCH_DELAY_MS = 300


def equipment_fetcher(db: Database, actor: Actor, query: EquipmentQuery) -> FetchPage:
    """A page fetcher for EquipmentTableModel: one short read per page."""

    def fetch(offset: int, limit: int) -> list[EquipmentRow]:
        with db.reader() as session:
            return equipment_service.list_equipment(session, actor, query, offset, limit)

    return fetch


class BadgeDelegate(QStyledItemDelegate):
    """Draws the status and calibration cells as coloured pills."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        colour = index.data(EquipmentTableModel.BADGE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not colour or not text or text == "—":
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if option.state & QStyle.StateFlag.State_Selected and style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 16, option.rect.width() - 6)
        height = min(metrics.height() + 4, option.rect.height() - 4)
        rect = QRectF(
            option.rect.x() + 4,
            option.rect.y() + (option.rect.height() - height) / 2,
            width,
            height,
        )
        base = QColor(colour)
        fill = QColor("white") if selected else QColor(base)
        fill.setAlpha(235 if selected else 38)
        path = QPainterPath()
        path.addRoundedRect(rect, height / 2, height / 2)
        painter.fillPath(path, fill)
        painter.setPen(base)
        painter.drawPath(path)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 8),
        )
        painter.restore()


class EquipmentPage(QWidget):
    _changed_while_hidden = False
    _search_pending = False  # typed, then the page was hidden before the search ran

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        actor = context.actor
        self.may_manage = can(actor, Permission.MANAGE_EQUIPMENT)
        self.may_use = can(actor, Permission.USE_EQUIPMENT)
        self.query = EquipmentQuery()

        # -- actions and toolbar ---------------------------------------------------------------
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("&New…"), "Ctrl+N", self.on_new, "newEquipment")
        self.use_action = self._action(self.tr("Start use"), "F9", self.on_toggle_use, "toggleUse")
        self.import_action = self._action(self.tr("&Import CSV…"), None, self.on_import, "")
        self.export_action = self._action(self.tr("&Export CSV…"), None, self.on_export, "")
        self.labels_action = self._action(
            self.tr("Print &labels…"), "Ctrl+P", self.on_print_labels, "printLabels"
        )
        self.refresh_action = self._action(self.tr("Refresh"), "F5", self.refresh, "")
        self.search_action = self._action(self.tr("Search"), "Ctrl+F", self.on_focus_search, "")
        for action in (self.new_action, self.import_action):
            action.setEnabled(self.may_manage)
            if not self.may_manage:
                action.setToolTip(self.tr("Only managers and admins add equipment."))
        self.use_action.setEnabled(False)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.use_action)
        self.toolbar.addSeparator()
        for action in (self.import_action, self.export_action, self.labels_action):
            self.toolbar.addAction(action)
        self.status_actions = StatusActions(context, self, self.may_manage)
        self.status_actions.out_of_service_action.triggered.connect(self.on_status_changed)
        self.status_actions.retire_action.triggered.connect(self.on_status_changed)
        self.toolbar.addSeparator()
        for action in (
            self.status_actions.out_of_service_action,
            self.status_actions.retire_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)

        # -- filters ---------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("equipmentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search tag, name, serial, location — or scan an asset tag")
        )
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.addItem(self.tr("All categories"), None)
        for value, label in CATEGORY_LABELS.items():
            self.category.addItem(_(label), str(value))
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(_(IN_USE_LABEL), IN_USE)
        for value, label in STATUS_LABELS.items():
            self.status.addItem(_(label), str(value))
        self.count_label = QLabel()
        self.count_label.setObjectName("equipmentCount")
        self.notice = FormMessage()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        # -- table -----------------------------------------------------------------------------
        self.model = EquipmentTableModel(
            equipment_fetcher(context.db, actor, self.query), parent=self
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(EquipmentTableModel.SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("equipmentTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(EquipmentTableModel.TAG, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        self.badges = BadgeDelegate(self.view)
        self.view.setItemDelegateForColumn(EquipmentTableModel.STATUS, self.badges)
        self.view.setItemDelegateForColumn(EquipmentTableModel.CALIBRATION, self.badges)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(EquipmentTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in (
            (EquipmentTableModel.TAG, 78),
            (EquipmentTableModel.CATEGORY, 104),
            (EquipmentTableModel.LOCATION, 100),
            (EquipmentTableModel.STATUS, 106),
            (EquipmentTableModel.CALIBRATION, 134),
        ):
            header.resizeSection(column, width)

        # -- detail ----------------------------------------------------------------------------
        self.title = QLabel()
        self.title.setObjectName("equipmentTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.overview_tab = OverviewTab(context)
        self.calibration_tab = CalibrationTab(context)
        self.maintenance_tab = MaintenanceTab(context)
        self.usage_tab = UsageTab(context)
        self.operators_tab = OperatorsTab(context)
        self.documents_tab = DocumentsTab(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("equipmentTabs")
        self.detail_tabs: list[QWidget] = []
        for tab, title in (
            (self.overview_tab, self.tr("Overview")),
            (self.calibration_tab, self.tr("Calibration")),
            (self.maintenance_tab, self.tr("Maintenance")),
            (self.usage_tab, self.tr("Usage")),
            (self.operators_tab, self.tr("Operators")),
            (self.documents_tab, self.tr("Documents")),
        ):
            self.tabs.addTab(tab, title)
            if tab is self.operators_tab:
                self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr("Qualified operators"))
            self.detail_tabs.append(tab)
            tab.changed.connect(self.on_detail_changed)
        self._loaded_for: dict[int, int | None] = {}  # tab index -> equipment shown in it

        # -- layout ----------------------------------------------------------------------------
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.status, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 565])
        self.splitter.setChildrenCollapsible(False)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<h2>Equipment</h2>")))
        heading.addStretch(1)
        heading.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(heading)
        layout.addWidget(self.splitter, 1)

        # -- signals ---------------------------------------------------------------------------
        self.search.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.returnPressed.connect(self.on_search_entered)
        self.category.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.tabs.currentChanged.connect(self.load_current_tab)
        self.model.modelReset.connect(self.update_count)  # a page fetched later keeps the total
        self.model.fetchMore()
        self.update_count()
        self.show_selected()

    def _action(self, text: str, key: str | None, slot: object, name: str) -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({key})")
        # Only while this page is the one shown: other pages have their own Ctrl+N.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- list ------------------------------------------------------------------------------

    def current_query(self) -> EquipmentQuery:
        return EquipmentQuery(
            text=self.search.text().strip(),
            category=self.category.currentData(),
            status=self.status.currentData(),
        )

    @Slot()
    def apply_filters(self) -> None:
        self.search_timer.stop()
        query = self.current_query()
        if query == self.query:
            return
        keep = self.selected_ids()
        self.query = query
        self.model.reset(equipment_fetcher(self.context.db, self.context.actor, query))
        self.model.fetchMore()
        self.select_rows_of(keep)
        self.show_selected()

    @Slot()
    def refresh(self) -> None:
        """Reads the list again (keeping the selection) and the shown detail tab."""
        self._read_again()
        self._loaded_for.clear()
        self.show_selected()

    def _read_again(self) -> None:
        """The list read again as far as it was loaded (rows fetched by scrolling stay), the
        selected rows — all of them — selected again where they are still listed, and the
        list scrolled where it was."""
        keep = self.selected_ids()
        loaded = self.model.rowCount()
        scrolled = self.view.verticalScrollBar().value()
        self.model.reset()
        self.model.fetchMore()
        while self.model.rowCount() < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        self.select_rows_of(keep, scroll=False)
        self.view.verticalScrollBar().setValue(scrolled)

    def live_refresh(self) -> None:
        """Another station changed something: `refresh`, except that an overview form with
        unsaved edits is left as typed (the list still reads again, keeping the selection;
        the save then meets the version check). Hidden: done when shown next."""
        self._changed_while_hidden = not self.isVisible()
        if self._changed_while_hidden:
            return
        if not self.overview_tab.is_dirty():
            self.refresh()
            return
        with QSignalBlocker(self.view.selectionModel()):
            self._read_again()
        self.view.viewport().update()
        self.show_title()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._search_pending:
            self._search_pending = False
            self.apply_filters()
        if self._changed_while_hidden:
            self.live_refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """A search typed just before the page was closed or left does not run behind it;
        it runs when the page is shown again."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self._search_pending = True
        super().hideEvent(event)

    @Slot()
    def update_count(self) -> None:
        with self.context.db.reader() as session:
            total = equipment_service.count_equipment(session, self.context.actor, self.query)
        self.count_label.setText(self.tr("%n piece(s) of equipment", "", total))

    def refresh_row(self, equipment_id: int) -> None:
        with self.context.db.reader() as session:
            fresh = equipment_service.list_equipment(
                session, self.context.actor, EquipmentQuery(ids=[equipment_id])
            )
        self.model.replace_rows(fresh)
        self.show_title()

    def select_row_of(self, equipment_id: int, fetch: bool = True) -> bool:
        row = self.model.find_row(equipment_id) if fetch else self.model.row_of(equipment_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def select_rows_of(self, equipment_ids: list[int], *, scroll: bool = True) -> None:
        """Selects the loaded rows of these equipment (all of them, the first one current);
        ids no longer listed are left out."""
        rows = [row for row in map(self.model.row_of, equipment_ids) if row >= 0]
        if not rows:
            return
        selection = QItemSelection()
        indexes = [self.proxy.mapFromSource(self.model.index(row, 0)) for row in rows]
        for index in indexes:
            selection.select(index, index)
        chosen = self.view.selectionModel()
        chosen.setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
        chosen.select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.view.scrollTo(indexes[0])

    def select_item(self, equipment_id: int) -> None:
        """Selects an equipment (the dashboard's entries lead here); filters that hide it
        are cleared."""
        if not self.select_row_of(equipment_id):
            self.search.clear()
            self.category.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.apply_filters()
            self.select_row_of(equipment_id)

    def selected_rows(self) -> list[EquipmentRow]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.row_at(self.proxy.mapToSource(index).row()) for index in rows]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def current_row(self) -> EquipmentRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    # -- selection and detail ----------------------------------------------------------------

    @Slot()
    def on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        self.show_selected()

    def show_selected(self) -> None:
        row = self.current_row()
        self.tabs.setEnabled(row is not None)
        self._loaded_for.clear()
        self.load_current_tab()
        self.show_title()
        self.labels_action.setEnabled(bool(self.selected_rows()) or self.model.rowCount() > 0)

    @Slot()
    def load_current_tab(self) -> None:
        row = self.current_row()
        equipment_id = row.id if row is not None else None
        index = self.tabs.currentIndex()
        if index < 0 or self._loaded_for.get(index, -1) == equipment_id:
            return
        self._loaded_for[index] = equipment_id
        self.detail_tabs[index].set_equipment(equipment_id)  # type: ignore[attr-defined]

    def show_title(self) -> None:
        row = self.current_row()
        self.update_use_action(row)
        if row is None:
            count = len(self.selected_rows())
            self.title.setText(
                self.tr("%n pieces of equipment selected", "", count)
                if count
                else self.tr("Select equipment in the list, or scan its asset tag.")
            )
            return
        text = f"<b>{row.asset_tag}</b>&nbsp; {row.name} — {row.status_label}"
        if row.running_operator and row.running_since:
            since = row.running_since.astimezone().strftime("%H:%M")
            text += " " + self.tr("(by {name} since {time})").format(
                name=row.running_operator, time=since
            )
        self.title.setText(f"<span style='font-size:12pt'>{text}</span>")

    @Slot()
    def on_status_changed(self) -> None:
        if self.status_actions.row is not None:
            self.refresh_row(self.status_actions.row.id)

    def update_use_action(self, row: EquipmentRow | None) -> None:
        self.status_actions.update(row)
        running = row is not None and row.running_session_id is not None
        self.use_action.setText(self.tr("Stop use (F9)") if running else self.tr("Start use (F9)"))
        self.use_action.setEnabled(self.may_use and row is not None)

    @Slot()
    def on_detail_changed(self) -> None:
        """A tab saved something: the row's badges and the other tabs may have changed."""
        row = self.current_row()
        if row is None:
            return
        self.refresh_row(row.id)
        current = self.tabs.currentIndex()
        self._loaded_for = {current: self._loaded_for.get(current)}

    # -- search and scan ---------------------------------------------------------------------

    @Slot()
    def on_focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def on_search_entered(self) -> None:
        """Enter in the search field: an exact asset tag (what a QR scanner types) selects that
        equipment; anything else is a search."""
        text = self.search.text().strip()
        found = None
        if text:
            with self.context.db.reader() as session:
                found = equipment_service.find_by_tag(session, self.context.actor, text)
        self.apply_filters()
        if found is not None:
            self.view.clearSelection()
            self.select_item(found.id)
            self.notice.clear_message()
        elif text and self.model.rowCount() == 0:
            self.notice.show_problem(self.tr("No equipment matches “{text}”.").format(text=text))
        else:
            self.notice.clear_message()
        self.search.selectAll()  # the next scan replaces the text

    # -- start / stop use ------------------------------------------------------------------

    @Slot()
    def on_toggle_use(self) -> None:
        row = self.current_row()
        if row is None or not self.may_use:
            return
        actor = self.context.actor
        with self.context.db.reader() as session:
            running = usage_service.running_session_for(session, actor, row.id)
            refusal = None if running else start_refusal(session, actor, row.id)
        what = f"{row.asset_tag} {row.name}"
        try:
            if running is not None:
                since = running.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
                stop = StopUseDialog(
                    what,
                    self.tr("Running since {since}, operator {name}").format(
                        since=since, name=running.operator_name
                    ),
                    self,
                )
                if stop.exec() != QDialog.DialogCode.Accepted:
                    return
                value = stop.value()
                with self.context.db.transaction(actor) as session:
                    usage_service.stop_use(
                        session,
                        actor,
                        running.id,
                        notes=value.notes,
                        meter_stop=value.meter_stop,
                        material_consumed=value.material_consumed,
                    )
            else:
                if refusal is not None:
                    raise refusal
                with self.context.db.reader() as session:
                    jobs = usage_service.open_job_choices(session, actor)
                start = StartUseDialog(what, self, jobs)
                if start.exec() != QDialog.DialogCode.Accepted:
                    return
                begin = start.value()
                with self.context.db.transaction(actor) as session:
                    usage_service.start_use(
                        session,
                        actor,
                        row.id,
                        job_reference=begin.job_reference,
                        purpose=begin.purpose,
                    )
        except DomainError as error:
            show_domain_error(self, error)
        finally:
            self.refresh_row(row.id)
            self._loaded_for.clear()
            self.load_current_tab()

    # -- toolbar actions ---------------------------------------------------------------------

    @Slot()
    def on_new(self) -> None:
        if not self.may_manage:
            return
        dialog = NewEquipmentDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id is not None:
            self.refresh()
            self.view.clearSelection()
            self.select_item(dialog.created_id)

    @Slot()
    def on_import(self) -> None:
        if not self.may_manage:
            return
        dialog = ImportDialog(self.context, self)
        dialog.imported.connect(lambda _count: self.refresh())
        dialog.exec()

    @Slot()
    def on_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export equipment"), "equipment.csv", self.tr(CSV_FILTER)
        )
        if not path:
            return
        db, actor = self.context.db, self.context.actor

        def work() -> Path:
            with db.reader() as session:
                data = export_equipment_csv(session, actor)
            target = Path(path)
            target.write_bytes(data)
            return target

        self.context.runner.run(work, self._saved, self._work_failed)

    @Slot()
    def on_print_labels(self) -> None:
        ids = self.selected_ids()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save asset labels"), "asset-labels.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        db, actor = self.context.db, self.context.actor

        def work() -> Path:
            # reportlab (~0.5 s to import) only when labels are printed, not with the page.
            from itc_desktop.services.asset_labels import label_sheet

            with db.reader() as session:
                pdf = label_sheet(session, actor, equipment_ids=ids or None)
            target = Path(path)
            target.write_bytes(pdf)
            return target

        self.context.runner.run(work, self._saved, self._work_failed)

    def _saved(self, path: Path) -> None:
        self.notice.show_success(self.tr("Saved {path}").format(path=path))

    def _work_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            show_domain_error(self, error)
        elif isinstance(error, OSError):
            self.notice.show_problem(
                self.tr("Cannot write {path}: {reason}").format(
                    path=error.filename, reason=error.strerror
                )
            )
        else:
            report_unexpected(error)
