"""The kiosk window: a lobby PC where SME visitors check their job's status, and nothing else.

Three screens in one frameless full-screen window: the start screen (reference, access code,
on-screen keypad; a scanned intake slip fills both), the job's status, and "temporarily
unavailable" while the database cannot be read. It ignores closing, Alt+F4 and Escape; staff
leave with Ctrl+Shift+Q and an administrator's password. Reads only, through KioskReader;
changes made at the workstations arrive through the program's live-refresh watcher, which
polls the change marker (the job shown is read again only when it moved)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.paths import resource_path
from itc_desktop.services.changes import ChangeProbe
from itc_desktop.services.kiosk import (
    KioskBranding,
    KioskJob,
    KioskReader,
    KioskUnavailable,
    Lockout,
    format_date,
    format_date_time,
    parse_scan,
)
from itc_desktop.ui.kiosk.style import STYLE
from itc_desktop.ui.kiosk.texts import (
    MSG_INCOMPLETE,
    MSG_NOT_FOUND,
    countdown,
    status_sentence,
    step_name,
    tr,
)
from itc_desktop.ui.kiosk.widgets import Keypad, ProgressSteps, StaffExitDialog
from itc_desktop.ui.live_refresh import LiveRefresh
from itc_desktop.ui.translation import LANGUAGES, current_language, load_language

log = logging.getLogger(__name__)

IDLE_TIMEOUT_S = 60.0
POLL_INTERVAL_S = 3.0  # the watcher's interval at the kiosk (`--poll`)
STAFF_EXIT_SHORTCUT = "Ctrl+Shift+Q"
_INPUT_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
)


def _tr(text: str) -> str:
    """Kiosk texts live in the context "Kiosk" (resources/translations/itc_*.ts)."""
    return QCoreApplication.translate("Kiosk", text)


class KioskWindow(QWidget):
    """`reader` does every read; the timing parameters are seconds (tests pass short ones),
    `lockout` may come with a test clock."""

    left = Signal()  # an administrator signed out of the kiosk

    def __init__(
        self,
        reader: KioskReader,
        *,
        idle_timeout_s: float = IDLE_TIMEOUT_S,
        poll_interval_s: float = POLL_INTERVAL_S,
        lockout: Lockout | None = None,
        default_language: str = "en",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.reader = reader
        self.lockout = lockout or Lockout(clock=clock)
        # Guessing an administrator's password at the kiosk: three misses lock the staff exit.
        self.staff_lockout = Lockout(max_failures=3, clock=self.lockout.clock)
        self._brand: KioskBranding | None = None
        self.default_language = default_language if default_language in LANGUAGES else "en"
        self.job: KioskJob | None = None
        self.available = False  # until the first check: then branding is read, or not
        self._leaving = False
        self._time_zone = "Europe/Budapest"
        self._message = ""  # the text of the error shown on the start screen, untranslated
        font = QFont(self.font())
        font.setPointSize(18)
        self.setFont(font)
        self.setStyleSheet(STYLE)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._build_header())
        self.pages = QStackedWidget()
        root.addWidget(self.pages, 1)
        self.start_page = self._build_start_page()
        self.job_page = self._build_job_page()
        self.unavailable_page = self._build_unavailable_page()
        for page in (self.start_page, self.job_page, self.unavailable_page):
            self.pages.addWidget(page)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(int(idle_timeout_s * 1000))
        self.idle_timer.timeout.connect(self.on_idle)
        # The watcher of the main window, its probe reading through the kiosk's reader (the
        # file's presence, the schema revision, then the change marker).
        self.live = LiveRefresh(
            ChangeProbe(reader.database, read_mark=reader.check),
            self,
            interval_ms=int(poll_interval_s * 1000),
        )
        self.live.changed.connect(self.on_changed)
        self.live.connection_lost.connect(self.on_connection_lost)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(250)
        self.countdown_timer.timeout.connect(self.on_countdown_tick)

        self.staff_dialog: StaffExitDialog | None = None
        self.exit_shortcut = QShortcut(QKeySequence(STAFF_EXIT_SHORTCUT), self)
        self.exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.exit_shortcut.activated.connect(self.on_staff_exit_requested)

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.retranslate()
        self.live.start()
        if self.live.online:
            self._recover()

    # Building ---------------------------------------------------------------------------

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("kioskHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 10, 24, 10)
        row.setSpacing(18)
        self.logo = QLabel()
        self.logo.setFixedSize(64, 64)
        self._set_logo(None)
        self.center_name = QLabel()
        self.center_name.setObjectName("kioskCenter")
        self.center_name.setWordWrap(True)
        row.addWidget(self.logo)
        row.addWidget(self.center_name, 1)
        self.language_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for code, name in LANGUAGES.items():
            button = QPushButton(name)  # each language in its own words: never translated
            button.setObjectName("kioskLanguage")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=code: self.set_language(c))
            group.addButton(button)
            row.addWidget(button)
            self.language_buttons[code] = button
        self.language_buttons[current_language(QApplication.instance())].setChecked(True)
        return header

    def _set_logo(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png is None or not pixmap.loadFromData(png):
            pixmap = QPixmap(str(resource_path("logo.png")))
        self.logo.setPixmap(
            pixmap.scaled(
                self.logo.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(8)
        self.start_title = QLabel()
        self.start_title.setObjectName("kioskTitle")
        self.start_title.setWordWrap(True)
        self.start_hint = QLabel()
        self.start_hint.setObjectName("kioskHint")
        self.start_hint.setWordWrap(True)
        self.reference_label = QLabel()
        self.reference_label.setObjectName("kioskFieldLabel")
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(64)
        self.code_label = QLabel()
        self.code_label.setObjectName("kioskFieldLabel")
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(64)  # a scan may land here: it is read as a whole
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reference_edit.returnPressed.connect(self.on_reference_entered)
        self.code_edit.returnPressed.connect(self.submit)
        self.error_label = QLabel()
        self.error_label.setObjectName("kioskError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.show_button = QPushButton()
        self.show_button.setObjectName("kioskPrimary")
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button.clicked.connect(self.submit)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("kioskSecondary")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear_fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        for widget in (
            self.start_title,
            self.start_hint,
            self.reference_label,
            self.reference_edit,
            self.code_label,
            self.code_edit,
        ):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(4)
        column.addWidget(self.error_label)
        column.addStretch(1)
        form = QWidget()
        form.setLayout(column)
        form.setMinimumWidth(620)
        form.setMaximumWidth(980)
        outer.addWidget(form, 3)
        outer.addSpacing(50)
        self.keypad = Keypad()
        self.keypad.key_pressed.connect(self.on_keypad)
        keypad_column = QVBoxLayout()
        keypad_column.addStretch(1)
        keypad_column.addWidget(self.keypad)
        keypad_column.addStretch(1)
        outer.addLayout(keypad_column)
        outer.addStretch(1)
        self._last_field = self.reference_edit
        self.reference_edit.installEventFilter(self)
        self.code_edit.installEventFilter(self)
        return page

    def _build_job_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(48, 18, 48, 18)
        outer.setSpacing(8)
        self.job_reference = QLabel()
        self.job_reference.setObjectName("kioskReference")
        self.job_title = QLabel()
        self.job_title.setObjectName("kioskJobTitle")
        self.job_title.setWordWrap(True)
        self.job_company = QLabel()
        self.job_company.setObjectName("kioskCompany")
        self.job_status = QLabel()
        self.job_status.setObjectName("kioskStatus")
        self.job_status.setWordWrap(True)
        self.progress = ProgressSteps()
        for widget in (self.job_reference, self.job_title, self.job_company, self.job_status):
            outer.addWidget(widget)
        outer.addWidget(self.progress)

        lower = QHBoxLayout()
        lower.setSpacing(40)
        facts = QGridLayout()
        facts.setVerticalSpacing(12)
        facts.setHorizontalSpacing(16)
        self.fact_labels: list[QLabel] = []
        self.fact_values: list[QLabel] = []
        for row in range(4):
            label, value = QLabel(), QLabel()
            label.setObjectName("kioskFact")
            value.setObjectName("kioskFactValue")
            value.setWordWrap(True)
            facts.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.fact_labels.append(label)
            self.fact_values.append(value)
        facts.setRowStretch(4, 1)
        facts.setColumnStretch(1, 1)
        lower.addLayout(facts, 1)

        history = QVBoxLayout()
        history.setSpacing(6)
        self.history_title = QLabel()
        self.history_title.setObjectName("kioskSection")
        self.history_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        history.addWidget(self.history_title)
        self.timeline_box = QWidget()
        self.timeline_box.setObjectName("kioskTimelineBox")
        self.timeline_layout = QVBoxLayout(self.timeline_box)
        self.timeline_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_layout.setSpacing(8)
        scroll = QScrollArea()
        scroll.setObjectName("kioskTimeline")
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.timeline_box)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        history.addWidget(scroll, 1)
        lower.addLayout(history, 1)
        outer.addLayout(lower, 1)

        bottom = QHBoxLayout()
        self.privacy_note = QLabel()
        self.privacy_note.setObjectName("kioskSmall")
        self.privacy_note.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.setObjectName("kioskPrimary")
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.reset_to_start)
        bottom.addWidget(self.privacy_note, 1)
        bottom.addWidget(self.done_button)
        outer.addLayout(bottom)
        return page

    def _build_unavailable_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(80, 80, 80, 80)
        column.addStretch(1)
        self.unavailable_title = QLabel()
        self.unavailable_title.setObjectName("kioskTitle")
        self.unavailable_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable_text = QLabel()
        self.unavailable_text.setObjectName("kioskHint")
        self.unavailable_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable_text.setWordWrap(True)
        column.addWidget(self.unavailable_title)
        column.addSpacing(20)
        column.addWidget(self.unavailable_text)
        column.addStretch(2)
        return page

    # Texts ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return current_language(QApplication.instance())

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Job status"))
        self.start_title.setText(_tr("Check the status of your job"))
        self.start_hint.setText(
            _tr(
                "Type the job reference and the access code from your intake slip, "
                "or hold the slip's QR code under the scanner."
            )
        )
        self.reference_label.setText(_tr("Job reference"))
        self.reference_edit.setPlaceholderText(_tr("e.g. ITC-2026-0007"))
        self.code_label.setText(_tr("Access code"))
        self.code_edit.setPlaceholderText(_tr("6 digits"))
        self.show_button.setText(_tr("Show status"))
        self.clear_button.setText(_tr("Clear"))
        self.done_button.setText(_tr("Done"))
        self.history_title.setText(_tr("History"))
        self.privacy_note.setText(
            _tr("For your privacy this page closes by itself when nobody uses it.")
        )
        self.unavailable_title.setText(_tr("Temporarily unavailable"))
        self.unavailable_text.setText(
            _tr(
                "The job status cannot be shown at the moment. Please ask at the reception. "
                "This screen tries again by itself."
            )
        )
        self._show_message()
        if self.job is not None:
            self.show_job(self.job)
        if self.staff_dialog is not None:
            self.staff_dialog.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        app = QApplication.instance()
        if code != current_language(app) and not load_language(app, code):
            log.warning("kiosk: the %s translation could not be loaded", code)
        self.language_buttons[current_language(app)].setChecked(True)
        self.retranslate()

    def _show_message(self) -> None:
        remaining = self.lockout.remaining()
        if remaining > 0:
            text = _tr("Too many attempts. Please wait {time} before trying again.").format(
                time=countdown(remaining)
            )
        elif self._message:
            text = tr(self._message)
        else:
            self.error_label.hide()
            self.error_label.clear()
            return
        self.error_label.setText(text)
        self.error_label.show()

    # Input ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.idle_timer.start()
        if kind == QEvent.Type.FocusIn and watched in (self.reference_edit, self.code_edit):
            self._last_field = watched  # type: ignore[assignment]
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # a kiosk is not left with Escape
            return
        super().keyPressEvent(event)

    def on_keypad(self, key: str) -> None:
        field = self._last_field
        if not field.isEnabled():
            return
        if key == "\b":
            field.backspace()
        else:
            field.insert(key)
        field.setFocus()

    def on_reference_entered(self) -> None:
        if parse_scan(self.reference_edit.text()) is not None:
            self.submit()
        else:
            self.code_edit.setFocus()

    def clear_fields(self) -> None:
        self.reference_edit.clear()
        self.code_edit.clear()
        self._message = ""
        self._show_message()
        self.reference_edit.setFocus()
        self._last_field = self.reference_edit

    def submit(self) -> None:
        if self.lockout.locked or not self.available:
            return
        reference, code = self.reference_edit.text(), self.code_edit.text()
        scanned = parse_scan(reference) or parse_scan(code)
        if scanned is not None:
            reference, code = scanned
        if not reference.strip() or not code.strip():
            self._message = MSG_INCOMPLETE
            self._show_message()
            (self.code_edit if reference.strip() else self.reference_edit).setFocus()
            return
        try:
            job = self.reader.look_up(reference, code)
        except KioskUnavailable:
            self.show_unavailable()
            return
        if job is None:
            self._message = MSG_NOT_FOUND  # the same for every miss: it reveals nothing
            self.code_edit.clear()
            if scanned is not None:
                self.reference_edit.clear()
            if self.lockout.record_failure() > 0:
                self._enter_lock()
            self._show_message()
            self.code_edit.setFocus()
            return
        self.lockout.record_success()
        self._message = ""
        self.reference_edit.clear()
        self.code_edit.clear()
        self._show_message()
        self.show_job(job)

    # Lockout ----------------------------------------------------------------------------

    def _set_input_enabled(self, enabled: bool) -> None:
        for widget in (
            self.reference_edit,
            self.code_edit,
            self.keypad,
            self.show_button,
            self.clear_button,
        ):
            widget.setEnabled(enabled)

    def _enter_lock(self) -> None:
        self.reference_edit.clear()
        self.code_edit.clear()
        self._set_input_enabled(False)
        self.countdown_timer.start()

    def on_countdown_tick(self) -> None:
        if self.lockout.locked:
            self._show_message()
            return
        self.countdown_timer.stop()
        self._message = ""
        self._set_input_enabled(True)
        self._show_message()
        self.reference_edit.setFocus()

    # Screens ----------------------------------------------------------------------------

    def show_job(self, job: KioskJob) -> None:
        self.job = job
        lang = self.language
        self.job_reference.setText(job.reference)
        self.job_title.setText(job.title)
        self.job_company.setText(job.company_name)
        self.job_status.setText(status_sentence(job.status))
        self.progress.setVisible(job.progress_index >= 0)
        self.progress.set_progress(job.progress_index, paused=job.status == "on_hold")
        if job.report_ready and job.report_issued_on is not None:
            issued = format_date(job.report_issued_on, lang)
            report = (
                _tr("Issued on {date}").format(date=issued)
                if job.status == "delivered"
                else _tr("Ready for pickup at the reception (issued on {date})").format(date=issued)
            )
        else:
            report = _tr("Not issued yet")
        facts = [
            (
                _tr("Planned completion"),
                format_date(job.due_date, lang) if job.due_date else _tr("Not set yet"),
            ),
            (_tr("Specimens received"), str(job.specimens_received)),
            (_tr("Specimens tested"), str(job.specimens_tested)),
            (_tr("Test report"), report),
        ]
        for (label, value), label_widget, value_widget in zip(
            facts, self.fact_labels, self.fact_values, strict=True
        ):
            label_widget.setText(label)
            value_widget.setText(value)
        self._fill_timeline(job, lang)
        if self.pages.currentWidget() is not self.job_page:
            self.pages.setCurrentWidget(self.job_page)

    def _clear_timeline(self) -> None:
        while self.timeline_layout.count():
            item = self.timeline_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, deleted when control returns to the loop
                widget.deleteLater()

    def _fill_timeline(self, job: KioskJob, lang: str) -> None:
        self._clear_timeline()
        for event in reversed(job.timeline):  # newest first
            when = format_date_time(event.at, lang, self._time_zone)
            text = f"<b>{escape(when)}</b> — {escape(step_name(event.status))}"
            if event.public_note:
                text += f"<br>{escape(event.public_note)}"
            line = QLabel(text)
            line.setObjectName("kioskEvent")
            line.setTextFormat(Qt.TextFormat.RichText)
            line.setWordWrap(True)
            self.timeline_layout.addWidget(line)
            line.show()  # at once, not when the layout gets round to it
        self.timeline_layout.addStretch(1)

    def show_unavailable(self) -> None:
        """The friendly screen; the watcher retries at every poll and, once the database
        answers again, `on_changed` starts over."""
        if self.available:
            self.live.lost()
        self.available = False
        self.job = None
        self.pages.setCurrentWidget(self.unavailable_page)

    def reset_to_start(self) -> None:
        """Back to an empty start screen: no job, no typed text, no message (a lock stays)."""
        self.job = None
        self.clear_fields()
        self._clear_job_page()
        if self.staff_dialog is not None:
            self.staff_dialog.reject()
        if self.available:
            self.pages.setCurrentWidget(self.start_page)
        if self.language != self.default_language:
            self.set_language(self.default_language)
        self._show_message()

    def _clear_job_page(self) -> None:
        for label in (self.job_reference, self.job_title, self.job_company, self.job_status):
            label.clear()
        for value in self.fact_values:
            value.clear()
        self._clear_timeline()

    # Timers -----------------------------------------------------------------------------

    def on_idle(self) -> None:
        self.reset_to_start()

    def on_changed(self) -> None:
        """Something was committed at a workstation (or the database answers again): the
        shown job is read again, or the branding; after an outage the kiosk starts over at
        its start screen."""
        if not self.available:
            self._recover()
            return
        try:
            if self.job is not None:
                job = self.reader.refresh(self.job.job_id)
                if job is None:
                    self.reset_to_start()
                else:
                    self.show_job(job)
                return
            self._apply_branding(self.reader.branding())
        except KioskUnavailable as error:
            self.on_connection_lost(str(error))

    def on_connection_lost(self, reason: str) -> None:
        if self.available:
            log.warning("kiosk: the database is unavailable: %s", reason)
        self.show_unavailable()

    def _recover(self) -> None:
        log.info("kiosk: the database is available")
        self.available = True
        try:
            self._apply_branding(self.reader.branding())
        except KioskUnavailable:
            self.show_unavailable()
            return
        self.reset_to_start()

    def _apply_branding(self, brand: KioskBranding) -> None:
        """The center's name, logo and time zone, as the admin set them (also while the
        kiosk runs)."""
        if brand == self._brand:
            return
        self._brand = brand
        self.center_name.setText(brand.center_name)
        self._set_logo(brand.logo_png)
        self._time_zone = brand.time_zone

    # Leaving ----------------------------------------------------------------------------

    def on_staff_exit_requested(self) -> None:
        if self.staff_dialog is not None:
            return
        dialog = StaffExitDialog(self._verify_admin, self)
        dialog.verified.connect(self.leave)
        dialog.finished.connect(self._on_staff_dialog_finished)
        self.staff_dialog = dialog
        dialog.open()

    def _verify_admin(self, username: str, password: str) -> bool:
        if self.staff_lockout.locked:
            return False  # not even checked: the same refusal, no hint of the lock
        try:
            ok = self.reader.verify_admin(username, password)
        except KioskUnavailable:
            return False
        if ok:
            self.staff_lockout.record_success()
        else:
            self.staff_lockout.record_failure()
        return ok

    def _on_staff_dialog_finished(self) -> None:
        if self.staff_dialog is not None:
            self.staff_dialog.deleteLater()
        self.staff_dialog = None

    def leave(self) -> None:
        log.info("kiosk: left by an administrator")
        self._leaving = True
        self.live.stop()
        for timer in (self.idle_timer, self.countdown_timer):
            timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.left.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            event.accept()
            return
        event.ignore()  # the close button, Alt+F4, the window manager: only staff leave
