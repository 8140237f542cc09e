"""The kiosk window driven like a visitor and like staff: typing, the keypad and a QR scan,
one generic error, the lockout and its countdown, the idle reset, nothing internal on screen,
no way out but an administrator's password, the database going away and coming back, a
status change from a workstation appearing, and the language buttons."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from itc_desktop.db import Actor, Database, DatabaseError
from itc_desktop.reports.intake_slip import kiosk_payload
from itc_desktop.services import job_workflow as workflow
from itc_desktop.services import users as user_service
from itc_desktop.services.kiosk import KioskReader, Lockout, postgres_grants
from itc_desktop.ui.kiosk import KioskWindow
from itc_desktop.ui.translation import load_language
from tests.conftest import PASSWORDS
from tests.services.jobs_support import make_company, make_job

INTERNAL_NOTE = "Customer pays late; keep the margin"
PUBLIC_NOTE = "Your quote was sent by e-mail."
STAFF_EMAIL = "b.szoke@itc-lab.example"
OTHER_COMPANY = "Čelik d.o.o."


@dataclass
class Lobby:
    reference: str
    code: str
    job_id: int
    other_reference: str
    other_code: str


@pytest.fixture
def lobby(db: Database, actors: dict[str, Actor]) -> Lobby:
    admin, manager = actors["admin"], actors["manager"]
    with db.transaction(admin) as session:
        user_service.create_user(
            session, admin, "bszoke", "Szőke Bence Jr.", "technician", "tech-pass-2", STAFF_EMAIL
        )
    job = make_job(db, manager, make_company(db, manager), quoted_price=Decimal("4321.50"))
    with db.transaction(manager) as session:
        workflow.change_status(
            session, manager, job.id, "quoted", internal_note=INTERNAL_NOTE, public_note=PUBLIC_NOTE
        )
    other = make_job(
        db,
        manager,
        make_company(db, manager, OTHER_COMPANY, "RS", "101134702"),
        title="Secret casting for a competitor",
    )
    return Lobby(job.reference, job.access_code, job.id, other.reference, other.access_code)


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def kiosk_url(request: pytest.FixtureRequest, db: Database) -> str:
    """SQLite: the file (opened read-only by the reader). PostgreSQL: the kiosk's own role as
    `kiosk --print-grants` makes it, so every test here also proves its grants suffice."""
    if db.is_sqlite:
        return db.url
    server = request.getfixturevalue("pg_server")
    name = make_url(db.url).database
    assert name is not None
    role = f"kiosk_{uuid.uuid4().hex[:8]}"
    server.execute(*postgres_grants(role), database=name)
    return server.url(name, user=role, password="change-me")


@pytest.fixture
def make_kiosk(qtbot: QtBot, kiosk_url: str) -> Iterator[Callable[..., KioskWindow]]:
    made: list[tuple[KioskWindow, KioskReader]] = []

    def make(url: str | None = None, **options: object) -> KioskWindow:
        reader = KioskReader.open(url or kiosk_url)
        window = KioskWindow(reader, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        made.append((window, reader))
        return window

    yield make
    for window, reader in made:
        if not window._leaving:
            window.leave()
        reader.dispose()
    load_language(QApplication.instance(), "en")


def visible_texts(window: KioskWindow) -> str:
    """Everything a visitor can read: labels, fields, buttons, the title."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text())
    return "\n".join(parts)


def type_in(qtbot: QtBot, window: KioskWindow, reference: str, code: str) -> None:
    qtbot.keyClicks(window.reference_edit, reference)
    qtbot.keyClick(window.reference_edit, Qt.Key.Key_Return)  # Enter moves to the code
    assert window.code_edit.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(window.code_edit, code)
    qtbot.mouseClick(window.show_button, Qt.MouseButton.LeftButton)


def on_job_page(window: KioskWindow) -> bool:
    return window.pages.currentWidget() is window.job_page


def on_start_page(window: KioskWindow) -> bool:
    return window.pages.currentWidget() is window.start_page


# Looking a job up ---------------------------------------------------------------------------


def test_typing_reference_and_code_shows_the_job(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk()
    assert on_start_page(window)
    type_in(qtbot, window, lobby.reference.replace("-", "").lower(), lobby.code)
    assert on_job_page(window)
    shown = visible_texts(window)
    assert lobby.reference in shown
    assert "Prototype flange, 5-axis milling" in shown
    assert "Kőszegi Fémmegmunkáló Kft." in shown
    assert "We have sent you a quote and are waiting for your approval." in shown
    assert PUBLIC_NOTE in shown
    assert "Quote sent" in shown and "Specimens received" in shown
    assert window.progress.current == 1
    # The typed code does not linger on the hidden start screen.
    assert window.reference_edit.text() == "" and window.code_edit.text() == ""


def test_the_on_screen_keypad_types_into_the_field_touched_last(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk()
    number = lobby.reference.removeprefix("ITC-")
    for key in number:
        qtbot.mouseClick(window.keypad.buttons[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.keypad.buttons["9"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.keypad.buttons["\b"], Qt.MouseButton.LeftButton)
    assert window.reference_edit.text() == number
    window.code_edit.setFocus()
    QApplication.sendEvent(window.code_edit, QEvent(QEvent.Type.FocusIn))
    for key in lobby.code:
        qtbot.mouseClick(window.keypad.buttons[key], Qt.MouseButton.LeftButton)
    assert window.code_edit.text() == lobby.code
    qtbot.mouseClick(window.show_button, Qt.MouseButton.LeftButton)
    assert on_job_page(window)


def test_a_scanned_intake_slip_opens_the_job_with_one_enter(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk()
    qtbot.keyClicks(window.reference_edit, kiosk_payload(lobby.reference, lobby.code))
    qtbot.keyClick(window.reference_edit, Qt.Key.Key_Return)
    assert on_job_page(window)
    assert lobby.reference in visible_texts(window)
    # Scanned into the code field, it works too.
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert on_start_page(window)
    qtbot.keyClicks(window.code_edit, kiosk_payload(lobby.reference, lobby.code))
    qtbot.keyClick(window.code_edit, Qt.Key.Key_Return)
    assert on_job_page(window)


def test_one_generic_error_for_an_unknown_reference_and_a_wrong_code(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk(lockout=Lockout(max_failures=10))
    wrong = f"{(int(lobby.code) + 1) % 1_000_000:06d}"
    messages = []
    for reference, code in (
        ("ITC-2026-0999", lobby.code),  # does not exist
        (lobby.reference, wrong),  # exists, wrong code
        (lobby.reference, lobby.other_code),  # another job's code
        (kiosk_payload("ITC-2026-0999", "123456"), None),  # a scan of nothing
        (kiosk_payload(lobby.reference, wrong), None),  # a scan with a wrong code
    ):
        window.clear_fields()
        if code is None:
            qtbot.keyClicks(window.reference_edit, reference)
            qtbot.keyClick(window.reference_edit, Qt.Key.Key_Return)
        else:
            type_in(qtbot, window, reference, code)
        assert on_start_page(window)
        assert window.error_label.isVisible()
        messages.append(window.error_label.text())
        assert window.code_edit.text() == ""  # a wrong code is not left to edit
    assert len(set(messages)) == 1
    assert messages[0].startswith("We could not find a job with this reference and access code")
    assert "0999" not in messages[0] and lobby.reference not in messages[0]


def test_an_empty_field_asks_for_both_and_counts_no_miss(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk()
    for _ in range(6):
        qtbot.mouseClick(window.show_button, Qt.MouseButton.LeftButton)
    assert "Please type both" in window.error_label.text()
    assert window.lockout.failures == 0 and window.reference_edit.isEnabled()


# Lockout ----------------------------------------------------------------------------------


def test_five_misses_lock_the_input_with_a_countdown_that_grows_on_repeat(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    clock = FakeClock()
    window = make_kiosk(lockout=Lockout(clock=clock))
    for attempt in range(5):
        type_in(qtbot, window, lobby.reference, "000000")
        assert window.reference_edit.isEnabled() == (attempt < 4)
    assert window.error_label.text() == "Too many attempts. Please wait 1:00 before trying again."
    assert not window.code_edit.isEnabled() and not window.show_button.isEnabled()
    assert not window.keypad.isEnabled()
    assert window.countdown_timer.isActive()
    # The right code does nothing while locked (not even a lookup).
    window.reference_edit.setText(lobby.reference)
    window.code_edit.setText(lobby.code)
    window.submit()
    assert on_start_page(window)
    clock.now += 15.2
    window.on_countdown_tick()
    assert "0:45" in window.error_label.text()
    clock.now += 44.8
    window.on_countdown_tick()
    assert window.reference_edit.isEnabled() and window.code_edit.isEnabled()
    assert not window.error_label.isVisible() and not window.countdown_timer.isActive()
    # Five more: twice as long.
    for _ in range(5):
        type_in(qtbot, window, lobby.reference, "111111")
    assert "2:00" in window.error_label.text()
    clock.now += 120
    window.on_countdown_tick()
    type_in(qtbot, window, lobby.reference, lobby.code)
    assert on_job_page(window)


def test_the_countdown_runs_on_its_timer(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk(lockout=Lockout(max_failures=2, lock_seconds=0.6))
    for _ in range(2):
        type_in(qtbot, window, "ITC-2026-0999", "123456")
    assert "0:01" in window.error_label.text()
    qtbot.waitUntil(lambda: window.reference_edit.isEnabled(), timeout=3000)
    assert not window.error_label.isVisible()


# Idle -------------------------------------------------------------------------------------


def test_idle_returns_to_an_empty_start_screen_and_closes_the_job(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk(idle_timeout_s=0.3)
    type_in(qtbot, window, lobby.reference, lobby.code)
    assert on_job_page(window)
    qtbot.waitUntil(lambda: on_start_page(window), timeout=3000)
    assert window.job is None
    assert PUBLIC_NOTE not in visible_texts(window)
    assert window.job_title.text() == "" and window.timeline_layout.count() == 0
    # Half-typed input is cleared too, and so is an error.
    type_in(qtbot, window, lobby.reference, "1")
    qtbot.keyClicks(window.reference_edit, "ITC-20")
    assert window.error_label.isVisible()
    qtbot.waitUntil(lambda: window.reference_edit.text() == "", timeout=3000)
    assert window.code_edit.text() == "" and not window.error_label.isVisible()


def test_input_keeps_the_kiosk_awake(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk(idle_timeout_s=60)
    assert window.idle_timer.interval() == 60_000
    window.idle_timer.stop()
    qtbot.keyClicks(window.reference_edit, "I")
    assert window.idle_timer.isActive()


# What is never shown ----------------------------------------------------------------------


def test_nothing_internal_is_on_screen(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk()
    type_in(qtbot, window, lobby.reference, lobby.code)
    assert on_job_page(window)
    shown = visible_texts(window)
    assert PUBLIC_NOTE in shown  # the check sees the timeline
    for secret in (
        INTERNAL_NOTE,
        "4321",
        "4 321",
        "EUR",
        OTHER_COMPANY,
        "Secret casting",
        lobby.other_reference,
        STAFF_EMAIL,
        "Petrović",
        "Szőke",
        "Kovács",
        lobby.code,
    ):
        assert secret not in shown, secret


# Leaving ----------------------------------------------------------------------------------


def alt_f4(window: KioskWindow) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            window, QKeyEvent(kind, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        )


def test_closing_escape_and_alt_f4_are_ignored(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.close()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window.reference_edit, Qt.Key.Key_Escape)
    alt_f4(window)
    assert window.isVisible()


def open_staff_dialog(qtbot: QtBot, window: KioskWindow):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(
        window.reference_edit,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    if window.staff_dialog is None:  # offscreen: no active window for the shortcut
        window.exit_shortcut.activated.emit()
    dialog = window.staff_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("admin", "wrong-password"),
        ("technician", PASSWORDS["technician"]),
        ("manager", PASSWORDS["manager"]),
        ("nobody", PASSWORDS["admin"]),
    ],
)
def test_staff_exit_refuses_anyone_but_an_admin(
    qtbot: QtBot,
    make_kiosk: Callable[..., KioskWindow],
    lobby: Lobby,
    username: str,
    password: str,
) -> None:
    window = make_kiosk()
    dialog = open_staff_dialog(qtbot, window)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Wrong username or password, or the account is not an administrator."
    )
    assert dialog.password.text() == ""
    assert window.isVisible() and not window._leaving
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.staff_dialog is None and window.isVisible()


def test_an_admin_leaves_the_kiosk(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk()
    dialog = open_staff_dialog(qtbot, window)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, PASSWORDS["admin"])
    with qtbot.waitSignal(window.left, timeout=2000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not window.isVisible()
    assert not window.live.timer.isActive()


def test_three_wrong_staff_passwords_lock_the_exit_for_a_while(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    clock = FakeClock()
    window = make_kiosk(lockout=Lockout(clock=clock))
    dialog = open_staff_dialog(qtbot, window)
    qtbot.keyClicks(dialog.username, "admin")
    for _ in range(3):
        qtbot.keyClicks(dialog.password, "guess-guess")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    # Now even the right password is refused, with the same words ...
    qtbot.keyClicks(dialog.password, PASSWORDS["admin"])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert window.isVisible() and dialog.error.text().startswith("Wrong username or password")
    # ... until the lock has passed.
    clock.now += 61
    with qtbot.waitSignal(window.left, timeout=2000):
        qtbot.keyClicks(dialog.password, PASSWORDS["admin"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_idle_closes_an_open_staff_dialog(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk(idle_timeout_s=0.3)
    dialog = open_staff_dialog(qtbot, window)
    qtbot.keyClicks(dialog.username, "adm")
    qtbot.waitUntil(lambda: window.staff_dialog is None, timeout=3000)
    assert window.isVisible()


# Read-only --------------------------------------------------------------------------------


def test_the_kiosks_connection_cannot_write(
    make_kiosk: Callable[..., KioskWindow], lobby: Lobby, db: Database
) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite file behaviour; PostgreSQL: tests/services/test_kiosk_postgres.py")
    window = make_kiosk()
    kiosk_db = window.reader.database
    assert kiosk_db.read_only
    with pytest.raises(DatabaseError), kiosk_db.transaction():
        pass
    with pytest.raises(OperationalError, match="readonly"), kiosk_db.reader() as session:
        session.execute(text("UPDATE jobs SET title = 'changed at the kiosk'"))
        session.commit()
    with db.reader() as session:
        titles = session.scalars(text("SELECT title FROM jobs")).all()
    assert "changed at the kiosk" not in titles


# Database away and back -------------------------------------------------------------------


def test_unavailable_database_shows_a_friendly_screen_and_recovers(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby, db: Database
) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite file behaviour; PostgreSQL: tests/services/test_kiosk_postgres.py")
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    aside = path.with_name("aside.sqlite")
    shutil.move(path, aside)
    window = make_kiosk(poll_interval_s=0.1)
    assert window.pages.currentWidget() is window.unavailable_page
    shown = visible_texts(window)
    assert "Temporarily unavailable" in shown and "tries again by itself" in shown
    assert "sqlite" not in shown.lower() and str(path) not in shown
    window.reference_edit.setText(lobby.reference)
    window.code_edit.setText(lobby.code)
    window.submit()  # a scanner typing into the hidden start screen opens nothing
    assert window.pages.currentWidget() is window.unavailable_page and window.job is None
    shutil.move(aside, path)
    qtbot.waitUntil(lambda: on_start_page(window), timeout=3000)
    type_in(qtbot, window, lobby.reference, lobby.code)
    assert on_job_page(window)
    # Gone while a job is shown: the job closes, the friendly screen comes, then recovery.
    shutil.move(path, aside)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unavailable_page, timeout=3000)
    assert PUBLIC_NOTE not in visible_texts(window)
    shutil.move(aside, path)
    qtbot.waitUntil(lambda: on_start_page(window), timeout=3000)


def test_a_lookup_while_the_database_is_away_shows_the_friendly_screen(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby, db: Database
) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite file behaviour; PostgreSQL: tests/services/test_kiosk_postgres.py")
    window = make_kiosk()
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    shutil.move(path, path.with_name("away.sqlite"))
    type_in(qtbot, window, lobby.reference, lobby.code)
    assert window.pages.currentWidget() is window.unavailable_page
    assert window.lockout.failures == 0  # not the visitor's miss


# Changes from the workstations ------------------------------------------------------------


def test_a_status_change_at_a_workstation_appears_while_the_job_is_shown(
    qtbot: QtBot,
    make_kiosk: Callable[..., KioskWindow],
    lobby: Lobby,
    db: Database,
    manager: Actor,
) -> None:
    window = make_kiosk(poll_interval_s=0.2)
    type_in(qtbot, window, lobby.reference, lobby.code)
    assert window.job_status.text() == (
        "We have sent you a quote and are waiting for your approval."
    )
    with db.transaction(manager) as session:
        workflow.change_status(
            session, manager, lobby.job_id, "approved", public_note="Thank you for your order."
        )
    qtbot.waitUntil(
        lambda: window.job_status.text() == "Your order is approved and the work is scheduled.",
        timeout=3000,
    )
    assert "Thank you for your order." in visible_texts(window)
    assert window.progress.current == 2


def test_the_shown_job_is_read_again_only_when_something_changed(
    qtbot: QtBot,
    make_kiosk: Callable[..., KioskWindow],
    lobby: Lobby,
    db: Database,
    manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_kiosk(poll_interval_s=3600)  # the test ticks the watcher itself
    type_in(qtbot, window, lobby.reference, lobby.code)
    reader = window.reader
    refreshed: list[int] = []
    read_job = reader.refresh

    def counted(job_id: int):  # type: ignore[no-untyped-def]
        refreshed.append(job_id)
        return read_job(job_id)

    monkeypatch.setattr(reader, "refresh", counted)
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if not statement.startswith("BEGIN"):  # SQLite's explicit BEGIN of the read
            statements.append(statement.lower())

    event.listen(reader.database.engine, "before_cursor_execute", record)
    try:
        for _ in range(3):
            assert not window.live.tick()
        # Nothing changed: three polls, each the schema revision and the change marker.
        assert refreshed == []
        assert len(statements) == 6
        assert all("alembic_version" in s or "max(audit_log.id)" in s for s in statements)
        assert not any("jobs" in s for s in statements)

        with db.transaction(manager) as session:
            workflow.change_status(session, manager, lobby.job_id, "approved")
        assert window.live.tick()
        assert refreshed == [lobby.job_id]
        assert window.job_status.text() == "Your order is approved and the work is scheduled."
        assert not window.live.tick()
        assert refreshed == [lobby.job_id]
    finally:
        event.remove(reader.database.engine, "before_cursor_execute", record)


def test_a_new_center_name_and_logo_appear_without_a_restart(
    qtbot: QtBot,
    make_kiosk: Callable[..., KioskWindow],
    lobby: Lobby,
    db: Database,
    admin: Actor,
) -> None:
    import base64

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QPixmap

    from itc_desktop.services import settings as settings_service

    window = make_kiosk(poll_interval_s=0.1)
    assert window.center_name.text() == "Innovation and Technology Center for Metal Industry"
    red = QPixmap(40, 40)
    red.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    red.save(buffer, "PNG")
    with db.transaction(admin) as session:
        center = settings_service.get_center(session)
        center.name = "ITC Szabadka / Subotica"
        center.logo_png_base64 = base64.b64encode(bytes(data.data())).decode()
        settings_service.update_center(session, admin, center)
    qtbot.waitUntil(lambda: window.center_name.text() == "ITC Szabadka / Subotica", timeout=3000)
    logo = window.logo.pixmap().toImage()
    assert logo.pixelColor(logo.width() // 2, logo.height() // 2) == QColor("red")


def test_an_unexpected_error_starts_the_kiosk_over_without_a_dialog(
    qtbot: QtBot,
    make_kiosk: Callable[..., KioskWindow],
    lobby: Lobby,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from itc_desktop.ui.kiosk.run import KioskExceptionHook

    window = make_kiosk()
    type_in(qtbot, window, lobby.reference, lobby.code)
    hook = KioskExceptionHook()
    hook.window = window
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        hook(RuntimeError, error, error.__traceback__)
    assert on_start_page(window) and window.job is None
    assert "kiosk: unexpected error" in caplog.text
    assert QApplication.activeModalWidget() is None


# Languages --------------------------------------------------------------------------------


def test_language_buttons_switch_the_kiosk_and_back(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk()
    qtbot.mouseClick(window.language_buttons["hu"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.start_title.text() == "Megbízása állapotának lekérdezése")
    assert window.show_button.text() == "Állapot megtekintése"
    assert window.language_buttons["hu"].isChecked()
    type_in(qtbot, window, lobby.reference, lobby.code)
    assert window.job_status.text() == "Árajánlatot küldtünk Önnek, és várjuk a jóváhagyását."
    qtbot.mouseClick(window.language_buttons["sr-Cyrl"], Qt.MouseButton.LeftButton)
    assert window.job_status.text() == "Послали смо вам понуду и чекамо ваше одобрење."
    qtbot.mouseClick(window.language_buttons["sr"], Qt.MouseButton.LeftButton)
    assert window.job_status.text() == "Poslali smo vam ponudu i čekamo vaše odobrenje."
    qtbot.mouseClick(window.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert window.job_status.text() == (
        "We have sent you a quote and are waiting for your approval."
    )
    assert window.start_title.text() == "Check the status of your job"


def test_dates_follow_the_language(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby, db: Database
) -> None:
    window = make_kiosk()
    type_in(qtbot, window, lobby.reference, lobby.code)
    event_day = window.job.timeline[0].at  # type: ignore[union-attr]
    qtbot.mouseClick(window.language_buttons["hu"], Qt.MouseButton.LeftButton)
    assert f"{event_day.year}. {event_day.month:02d}." in visible_texts(window)
    qtbot.mouseClick(window.language_buttons["sr"], Qt.MouseButton.LeftButton)
    assert f".{event_day.month:02d}.{event_day.year}." in visible_texts(window)


def test_idle_returns_to_the_kiosks_own_language(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lobby: Lobby
) -> None:
    window = make_kiosk(idle_timeout_s=0.3)
    qtbot.mouseClick(window.language_buttons["sr-Cyrl"], Qt.MouseButton.LeftButton)
    assert window.start_title.text() == "Проверите статус свог налога"
    qtbot.waitUntil(lambda: window.start_title.text() == "Check the status of your job")
    assert window.language_buttons["en"].isChecked()


def test_the_start_screen_grabs_to_a_picture(
    make_kiosk: Callable[..., KioskWindow], lobby: Lobby, tmp_path: Path
) -> None:
    window = make_kiosk()
    out = tmp_path / "kiosk.png"
    assert window.grab().save(str(out)) and out.stat().st_size > 10_000
