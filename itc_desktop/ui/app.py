"""Starting the window: the Qt application, error reporting, opening (and for --demo filling)
the database, signing in, and the main window until the user quits."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from itc_desktop.db import Actor, Database, DatabaseError, DatabaseTooNew
from itc_desktop.logsetup import configure_logging
from itc_desktop.services import bookings as booking_service
from itc_desktop.services.backups import BackupRun, startup_backup
from itc_desktop.services.bookings import NoShowSweep
from itc_desktop.services.permissions import Permission, can
from itc_desktop.services.users import needs_first_admin, system_account
from itc_desktop.ui.background import BackgroundRunner, default_runner
from itc_desktop.ui.errors import ExceptionReporter
from itc_desktop.ui.login import DemoAccount, FirstAdminDialog, LoginDialog
from itc_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_DATABASE = 2


class DatabaseProblemBox(QMessageBox):
    """The database cannot be opened; the message says why (e.g. written by a newer version)."""

    def __init__(self, error: DatabaseError, location: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        too_new = isinstance(error, DatabaseTooNew)
        self.setWindowTitle(
            self.tr("Database from a newer version")
            if too_new
            else self.tr("The database cannot be opened")
        )
        self.setText(str(error))
        self.setInformativeText(self.tr("Database: {location}").format(location=location))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


def _shown_location(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.rpartition("@")[2]  # never show a password, even of a malformed URL


def open_database(url: str, demo: bool) -> Database | None:
    """Opens (migrating) the database; `--demo` fills an empty one. None after telling the user
    why it cannot be opened."""
    location = _shown_location(url)
    try:
        db = Database(url)
        if demo:
            from itc_desktop import demo as demo_data  # numpy and the demo's data: only for --demo

            if demo_data.is_empty(db):
                demo_data.fill_demo(db)
    except DatabaseError as error:
        log.error("cannot open the database %s: %s", location, error)
        DatabaseProblemBox(error, location).exec()
        return None
    except (SQLAlchemyError, OSError) as error:
        # Not a database, a locked or unreachable file or server: say what the driver said.
        log.exception("cannot open the database %s", location)
        reason = getattr(error, "orig", None) or error
        DatabaseProblemBox(DatabaseError(str(reason)), location).exec()
        return None
    return db


def sign_in(db: Database, demo: bool) -> Actor | None:
    """The first-admin dialog on an empty database, else the login dialog (listing the demo
    accounts in demo mode). None when the user cancels."""
    with db.reader() as session:
        empty = needs_first_admin(session)
    dialog: FirstAdminDialog | LoginDialog
    if empty:
        dialog = FirstAdminDialog(db)
    else:
        accounts: Sequence[DemoAccount] = ()
        if demo:
            from itc_desktop.demo import DEMO_ACCOUNTS

            accounts = DEMO_ACCOUNTS
        dialog = LoginDialog(db, accounts)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def sweep_overdue_bookings(db: Database, actor: Actor, runner: BackgroundRunner) -> None:
    """Issue 4: a booking nobody started using within the grace period becomes a no-show
    "when the app next runs" (the sweep also links usage sessions and completes ended
    bookings). Run once after each sign-in, in the background; a failure is logged and never
    keeps anyone from the window."""
    if db.read_only:
        return

    def work() -> NoShowSweep:
        # The service needs only VIEW_BOOKINGS, which every role holds today: the signed-in
        # user runs it, so the audit trail says whose sign-in changed the bookings. Should a
        # role ever lose that right, the sweep still runs, as the system account.
        sweeper = actor
        if not can(actor, Permission.VIEW_BOOKINGS):
            with db.transaction() as session:
                sweeper = system_account(session)
        with db.transaction(sweeper) as session:
            return booking_service.mark_overdue_no_shows(session, sweeper)

    def done(sweep: NoShowSweep) -> None:
        log.info(
            "start-up booking sweep: %d no-show, %d linked, %d completed",
            len(sweep.no_show_ids),
            len(sweep.linked_ids),
            len(sweep.completed_ids),
        )

    def failed(error: BaseException) -> None:
        log.error("start-up booking sweep failed", exc_info=error)

    runner.run(work, done, failed)


BACKUP_MESSAGE_MS = 15_000


def backup_at_start(db: Database, window: QMainWindow, runner: BackgroundRunner) -> None:
    """Issue 12: a copy of the database file into the backups folder when the newest one is
    older than a day (ITC_BACKUP_HOURS), in the background while the user works. The status
    bar tells how it went; a failure is logged and shown there, never stops the program."""

    def done(run: BackupRun | None) -> None:
        if run is None:
            return
        log.info("start-up backup written to %s (%d older removed)", run.path, len(run.removed))
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "Backup made: {path}").format(path=run.path),
            BACKUP_MESSAGE_MS,
        )

    def failed(error: BaseException) -> None:
        log.error("start-up backup failed", exc_info=error)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "app", "The automatic backup failed: {error} (details in the log)"
            ).format(error=error)
        )

    runner.run(lambda: startup_backup(db), done, failed, receiver=window)


def run_gui(url: str, demo: bool = False) -> int:
    log_file = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ITC Lab")
    app.setOrganizationName("ITC")
    reporter = ExceptionReporter()
    reporter.install()
    log.info("starting the window on %s (log: %s)", _shown_location(url), log_file)
    try:
        db = open_database(url, demo)
        if db is None:
            return EXIT_DATABASE
        try:
            first = True
            while True:
                actor = sign_in(db, demo)
                if actor is None:
                    return EXIT_OK
                sweep_overdue_bookings(db, actor, default_runner())
                window = MainWindow(db, actor)
                window.show()
                if first:
                    backup_at_start(db, window, default_runner())
                    first = False
                app.exec()
                default_runner().wait_for_done()
                signed_out = window.sign_out_requested
                window.deleteLater()
                # Destroyed now, with every page and its sessions: the connections they held
                # return to the pool before dispose() closes it (none is left to the collector).
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                del window
                if not signed_out:
                    return EXIT_OK
        finally:
            gc.collect()
            db.dispose()
    finally:
        reporter.uninstall()
