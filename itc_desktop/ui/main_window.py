"""The main window: sidebar of the pages this user may see, the page stack, menus, status bar
(database location, signed-in user, busy indicator); geometry, last page and language kept per
user. The Language menu switches the whole program at once."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from itc_desktop import __version__
from itc_desktop.db import Actor, ConnectionLost, Database
from itc_desktop.i18n import current_language
from itc_desktop.services import settings as settings_service
from itc_desktop.ui.background import BackgroundRunner, BusyIndicator, default_runner
from itc_desktop.ui.forms import role_title
from itc_desktop.ui.language import PREF_LANGUAGE, apply_language, language_names
from itc_desktop.ui.live_refresh import LiveRefresh
from itc_desktop.ui.pages.registry import PageContext, PageSpec, visible_pages

log = logging.getLogger(__name__)

PREF_GEOMETRY = "ui.geometry"
PREF_LAST_PAGE = "ui.last_page"
MAX_PAGE_SHORTCUTS = 9


class AboutDialog(QMessageBox):
    def __init__(self, center_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ITC Lab"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(
            self.tr("<b>ITC Lab</b> {version}").format(version=__version__)
            + "<br>"
            + center_name
            + "<br><br>"
            + self.tr("Equipment, bookings, jobs, test results and reports of the center.")
        )
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


def forget_build_sizes(page: QWidget) -> None:
    """Drops the sizes a page's layouts worked out while it was being built: until the page is
    first shown they still count widgets hidden since (the Reports page's buttons of the
    other kinds), and the window grew to them when the page was first shown."""
    for child in page.findChildren(QWidget):
        child.updateGeometry()
    for layout in page.findChildren(QLayout):
        layout.invalidate()


class MainWindow(QMainWindow):
    """`signed_out` is emitted (and `sign_out_requested` set) when the user signs out."""

    signed_out = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        runner: BackgroundRunner | None = None,
        pages: Sequence[PageSpec] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = runner or default_runner()
        self.sign_out_requested = False
        self._context = PageContext(db=db, actor=actor, runner=self.runner)
        self._specs = visible_pages(actor, pages)
        self._widgets: dict[str, QWidget] = {}

        with db.reader() as session:
            self.center_name = settings_service.get_center(session).name
            geometry = settings_service.get_preference(session, actor, PREF_GEOMETRY)
            last_page = settings_service.get_preference(session, actor, PREF_LAST_PAGE)
            language = settings_service.get_preference(session, actor, PREF_LANGUAGE)
        if language and language != current_language():
            apply_language(language)  # the user's own language, remembered
        self.setWindowTitle(self.tr("ITC Lab — {center}").format(center=self.center_name))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { font-size: 11pt; } "
            "QListWidget#sidebar::item { padding: 8px 10px; }"
        )
        self.stack = QStackedWidget()
        for spec in self._specs:
            item = QListWidgetItem(spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
            # Pages are built on first visit; the slot is held by an empty widget till then.
            self.stack.addWidget(QWidget())
        self.sidebar.currentRowChanged.connect(self.on_page_selected)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()

        if geometry and self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            pass
        else:
            self.resize(1200, 780)
        keys = self.page_keys()
        self.show_page(last_page if last_page in keys else keys[0])

        # Other stations' changes: one cheap poll, the pages read again (see live_refresh).
        self.live = LiveRefresh(db, self)
        self.live.changed.connect(self.on_data_changed)
        self.live.connection_lost.connect(self.on_connection_lost)
        self.live.reconnected.connect(self.on_reconnected)
        self.live.start()

    # -- building --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.on_sign_out)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self._specs, start=1):
            action = QAction(spec.translated_title(), self)
            if number <= MAX_PAGE_SHORTCUTS:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            go_menu.addAction(action)
            self.page_actions[spec.key] = action

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in language_names().items():
            action = QAction(name, self)  # each language in its own words
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About ITC Lab"), self)
        self.about_action.triggered.connect(self.on_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.location_label = QLabel()
        self.location_label.setObjectName("databaseLocation")
        self.location_label.setToolTip(self.db.location)
        self.user_label = QLabel()
        self.user_label.setObjectName("signedInUser")
        self._status_texts()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionState")
        self.connection_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.connection_label.setVisible(False)
        self.busy_indicator = BusyIndicator(self.runner, self.statusBar())
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().addPermanentWidget(self.busy_indicator)
        self.statusBar().addPermanentWidget(self.user_label)

    def _status_texts(self) -> None:
        self.location_label.setText(
            self.tr("Database: {location}").format(location=self.db.location)
        )
        self.user_label.setText(
            self.tr("Signed in: {name} ({username}, {role})").format(
                name=self.actor.full_name,
                username=self.actor.username,
                role=role_title(self.actor.role),
            )
        )

    # -- language --------------------------------------------------------------------------

    def set_language(self, code: str) -> bool:
        """Switches the program to `code` at once (no restart), remembered for this user. The
        pages are built again in the new language; the current page stays shown."""
        if not apply_language(code):
            return False
        with self.db.transaction(self.actor) as session:
            settings_service.set_preference(session, self.actor, PREF_LANGUAGE, code)
        self._retranslate()
        return True

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("ITC Lab — {center}").format(center=self.center_name))
        self.menuBar().clear()
        self._build_menus()
        self._status_texts()
        self.connection_label.setText(self.tr("Reconnecting to the database…"))
        for row, spec in enumerate(self._specs):
            self.sidebar.item(row).setText(spec.translated_title())
        current = self.current_page_key()
        for key in list(self._widgets):
            old = self._widgets.pop(key)
            index = self.stack.indexOf(old)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, QWidget())
        self.stack.setCurrentWidget(self.page_widget(current))

    # -- pages -----------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def current_page_key(self) -> str:
        return self._specs[self.sidebar.currentRow()].key

    def page_widget(self, key: str) -> QWidget:
        """The page's widget, built on first use."""
        if key not in self._widgets:
            index = self.page_keys().index(key)
            widget = self._specs[index].factory(self._context)
            forget_build_sizes(widget)
            empty_slot = self.stack.widget(index)
            self.stack.removeWidget(empty_slot)
            empty_slot.deleteLater()
            self.stack.insertWidget(index, widget)
            self._widgets[key] = widget
        return self._widgets[key]

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.page_keys().index(key))

    def navigate(self, key: str, item_id: int | None = None) -> bool:
        """Shows page `key` and, when the page has `select_item(item_id)`, asks it to select
        that item (the dashboard's entries lead here). False when this user has no such page."""
        if key not in self.page_keys():
            return False
        self.show_page(key)
        select_item = getattr(self.page_widget(key), "select_item", None)
        if item_id is not None and callable(select_item):
            select_item(item_id)
        return True

    @Slot(int)
    def on_page_selected(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page_widget(self._specs[row].key)
        self.stack.setCurrentWidget(widget)

    # -- other stations --------------------------------------------------------------------

    @Slot()
    def on_data_changed(self) -> None:
        """Something was committed (here or at another station): every page built so far
        with `live_refresh()` is told; a hidden page reads again when it is shown next."""
        for widget in list(self._widgets.values()):
            refresh = getattr(widget, "live_refresh", None)
            if callable(refresh):
                refresh()

    @Slot(str)
    def on_connection_lost(self, reason: str) -> None:
        self.connection_label.setText(self.tr("Reconnecting to the database…"))
        self.connection_label.setToolTip(reason)
        self.connection_label.setVisible(True)

    @Slot()
    def on_reconnected(self) -> None:
        self.connection_label.setVisible(False)
        self.statusBar().showMessage(self.tr("Connected to the database again."), 5000)

    # -- session ---------------------------------------------------------------------------

    def save_preferences(self) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        with self.db.transaction(self.actor) as session:
            settings_service.set_preference(session, self.actor, PREF_GEOMETRY, geometry)
            settings_service.set_preference(
                session, self.actor, PREF_LAST_PAGE, self.current_page_key()
            )

    @Slot()
    def on_sign_out(self) -> None:
        self.sign_out_requested = True
        self.close()

    @Slot()
    def on_about(self) -> None:
        AboutDialog(self.center_name, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()
        try:
            self.save_preferences()
        except (SQLAlchemyError, ConnectionLost):
            # Losing the window size is no reason to keep someone from closing the program.
            log.warning("could not save the window preferences", exc_info=True)
        event.accept()
        if self.sign_out_requested:
            self.signed_out.emit()
