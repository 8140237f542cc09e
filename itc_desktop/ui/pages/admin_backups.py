"""The Backups tab of the Admin page (administrators): the automatic backups of the database
file, "Back up now", and "Restore…", which checks the chosen backup, replaces the database
with it (the old one kept beside it) and closes the program so that it starts on the restored
database."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.config import backup_interval_hours
from itc_desktop.i18n import format_number
from itc_desktop.services import backups as backup_service
from itc_desktop.services.backups import BackupError, BackupRun, RestoreResult
from itc_desktop.ui.background import report_unexpected
from itc_desktop.ui.forms import FormMessage
from itc_desktop.ui.pages.registry import PageContext


class BackupsTab(QWidget):
    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        quit_program: Callable[[], None] = QCoreApplication.quit,
    ):
        super().__init__(parent)
        self.context = context
        self.quit_program = quit_program
        live = context.db.sqlite_path
        self.folder = backup_service.backup_folder(live) if live is not None else None

        self.summary = QLabel()
        self.summary.setObjectName("backupSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.message = FormMessage()
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.backup_button.clicked.connect(self.on_backup)
        self.restore_button.clicked.connect(self.on_restore)
        self.backup_button.setEnabled(self.folder is not None)
        self.restore_button.setEnabled(self.folder is not None)
        self.table.setVisible(self.folder is not None)
        self.summary.setText(self._summary_text())
        self.load()

    def _summary_text(self) -> str:
        if self.folder is None:
            return self.tr(
                "This database is on a server: back it up there with pg_dump "
                "(itc-desktop db backup --out FILE on a PC with the PostgreSQL client tools) "
                "and restore it with pg_restore; see the README."
            )
        try:
            hours = backup_interval_hours(os.environ)
        except ValueError as error:
            return str(error)
        if hours == 0:
            when = self.tr("Automatic backups are turned off (ITC_BACKUP_HOURS=0).")
        else:
            when = self.tr(
                "A backup is made when the program starts and the newest one is older than "
                "{hours} h."
            ).format(hours=format_number(hours, 0 if hours.is_integer() else 1))
        return " ".join(
            [
                when,
                self.tr(
                    "Kept: the newest of each of the last 7 days, 4 weeks and 12 months. "
                    "Folder: {folder}"
                ).format(folder=self.folder),
            ]
        )

    def load(self) -> None:
        backups = backup_service.list_backups(self.folder) if self.folder else []
        locale = QLocale()
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            taken = QTableWidgetItem(backup.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            taken.setToolTip(str(backup.path))
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, QTableWidgetItem(locale.formattedDataSize(backup.size)))

    def listed_paths(self) -> list[Path]:
        return [Path(self.table.item(r, 0).toolTip()) for r in range(self.table.rowCount())]

    # -- back up now ---------------------------------------------------------------------

    @Slot()
    def on_backup(self) -> None:
        self.backup_button.setEnabled(False)
        self.message.show_success(self.tr("Making a backup…"))
        db, actor = self.context.db, self.context.actor
        self.context.runner.run(
            lambda: backup_service.backup_now(db, actor), self.on_backed_up, self.on_failed
        )

    @Slot(object)
    def on_backed_up(self, run: BackupRun) -> None:
        self.backup_button.setEnabled(True)
        self.load()
        self.message.show_success(self.tr("Backup made: {path}").format(path=run.path))

    # -- restore -------------------------------------------------------------------------

    def pick_backup_file(self) -> Path | None:
        selected = self.table.currentRow()
        start = self.listed_paths()[selected] if selected >= 0 else self.folder
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore the database from a backup"),
            str(start or ""),
            self.tr("ITC Lab databases (*.sqlite *.db);;All files (*)"),
        )
        return Path(name) if name else None

    def confirm_restore(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the database with the backup {file}?\n\nThe backup is checked first "
                "(integrity, version, audit trail). The database as it is now is kept beside "
                "it. ITC Lab then closes; start it again to work on the restored database."
            ).format(file=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell_restored(self, result: RestoreResult) -> None:
        QMessageBox.information(
            self,
            self.tr("Database restored"),
            self.tr(
                "The database was restored from {file}.\nThe replaced database is kept at "
                "{kept}.\n\nITC Lab closes now; start it again."
            ).format(file=result.check.source, kept=result.kept_aside or "—"),
        )

    @Slot()
    def on_restore(self) -> None:
        path = self.pick_backup_file()
        if path is None or not self.confirm_restore(path):
            return
        live = self.context.db.sqlite_path
        assert live is not None  # the button is off on a server
        actor = self.context.actor
        self.restore_button.setEnabled(False)
        self.backup_button.setEnabled(False)
        self.message.show_success(self.tr("Checking the backup…"))
        self.context.runner.run(
            lambda: backup_service.restore_sqlite(live, path, actor),
            self.on_restored,
            self.on_failed,
        )

    @Slot(object)
    def on_restored(self, result: RestoreResult) -> None:
        self.message.show_success(
            self.tr("Restored from {file}. ITC Lab closes now.").format(file=result.check.source)
        )
        self.tell_restored(result)
        # Every page holds what it read from the old database: the program starts afresh.
        self.quit_program()

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.restore_button.setEnabled(True)
        self.backup_button.setEnabled(True)
        if isinstance(error, BackupError):
            self.message.show_problem(str(error))
            return
        self.message.clear_message()
        report_unexpected(error)
