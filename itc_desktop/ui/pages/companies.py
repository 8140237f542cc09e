"""The Companies page: the SMEs with a search (name in any script, accents or not, or tax
number), and the chosen company's details, contacts and jobs. Double-clicking a job opens it
on the Jobs page."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itc_desktop.db import Actor, Database
from itc_desktop.i18n import format_date
from itc_desktop.services import companies as company_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.companies import CompanyView, ContactView
from itc_desktop.services.errors import DomainError
from itc_desktop.services.jobs import JobFilter, JobRow
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.errors import show_domain_error
from itc_desktop.ui.models.companies import (
    CompaniesTableModel,
    ContactsTableModel,
    country_label,
)
from itc_desktop.ui.models.jobs import FetchJobs, JobsTableModel
from itc_desktop.ui.pages.company_dialogs import CompanyDialog, ContactDialog
from itc_desktop.ui.pages.job_dialogs import AccessCodeDialog, NewJobDialog
from itc_desktop.ui.pages.registry import PageContext
from itc_desktop.ui.widgets.tables import configure_table

JOBS_PAGE = "jobs"
SEARCH_DELAY_MS = 250


def company_jobs_fetcher(db: Database, actor: Actor, company_id: int) -> FetchJobs:
    def fetch(after: JobRow | None, limit: int) -> list[JobRow]:
        with db.reader() as session:
            return job_service.list_jobs(
                session, actor, JobFilter(company_id=company_id), limit=limit, after=after
            )

    return fetch


def _no_jobs(after: JobRow | None, limit: int) -> list[JobRow]:
    return []


class CompaniesPage(QWidget):
    """`open_job_requested(job id)` when a job of the company is double-clicked; the main
    window's `navigate("jobs", id)` is called too when the page sits in one."""

    open_job_requested = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.can_manage = can(context.actor, Permission.MANAGE_COMPANIES)
        self.current: CompanyView | None = None

        # -- the list -------------------------------------------------------------------
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("companySearch")
        self.search_edit.setPlaceholderText(self.tr("Search name or tax number…"))
        self.search_edit.setClearButtonEnabled(True)
        self.inactive_check = QCheckBox(self.tr("Show inactive"))
        self.new_button = QPushButton(self.tr("&New company…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setEnabled(self.can_manage)
        self.new_button.clicked.connect(self.on_new_company)
        self.model = CompaniesTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("companiesTable")
        self.view.setModel(self.model)
        configure_table(self.view, CompaniesTableModel.NAME)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.view.doubleClicked.connect(self.on_edit_company)
        self.count_label = QLabel()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.inactive_check.toggled.connect(lambda _checked: self.reload())

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.inactive_check)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        left_layout.addLayout(bottom)

        # -- the detail -----------------------------------------------------------------
        self.title_label = QLabel()
        self.title_label.setObjectName("companyTitle")
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit company…"))
        self.edit_button.clicked.connect(self.on_edit_company)
        self.facts: dict[str, QLabel] = {}
        facts_form = QFormLayout()
        for key, label in (
            ("country", self.tr("Country:")),
            ("tax", self.tr("Tax number:")),
            ("registration", self.tr("Registration no.:")),
            ("address", self.tr("Address:")),
            ("currency", self.tr("Default currency:")),
            ("nda", self.tr("NDA:")),
            ("jobs", self.tr("Jobs:")),
            ("notes", self.tr("Notes:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts_form.addRow(label, value)
            self.facts[key] = value

        self.contacts_model = ContactsTableModel(self)
        self.contacts_view = QTableView()
        self.contacts_view.setObjectName("contactsTable")
        self.contacts_view.setModel(self.contacts_model)
        configure_table(self.contacts_view, ContactsTableModel.EMAIL)
        self.contacts_view.selectionModel().selectionChanged.connect(self.on_contact_selected)
        self.contacts_view.doubleClicked.connect(self.on_edit_contact)
        self.add_contact_button = QPushButton(self.tr("&Add contact…"))
        self.add_contact_button.clicked.connect(self.on_add_contact)
        self.edit_contact_button = QPushButton(self.tr("Edit c&ontact…"))
        self.edit_contact_button.clicked.connect(self.on_edit_contact)
        self.remove_contact_button = QPushButton(self.tr("&Remove contact"))
        self.remove_contact_button.clicked.connect(self.on_remove_contact)
        contact_buttons = QHBoxLayout()
        for button in (
            self.add_contact_button,
            self.edit_contact_button,
            self.remove_contact_button,
        ):
            contact_buttons.addWidget(button)
        contact_buttons.addStretch(1)
        contacts_box = QGroupBox(self.tr("Contacts"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contacts_view)
        contacts_layout.addLayout(contact_buttons)

        self.jobs_model = JobsTableModel(_no_jobs, parent=self)
        self.jobs_view = QTableView()
        self.jobs_view.setObjectName("companyJobsTable")
        self.jobs_view.setModel(self.jobs_model)
        configure_table(self.jobs_view, JobsTableModel.TITLE)
        self.jobs_view.setWordWrap(False)
        self.jobs_view.setColumnHidden(JobsTableModel.COMPANY, True)
        self.jobs_view.setColumnHidden(JobsTableModel.TECHNICIAN, True)
        self.jobs_view.setColumnHidden(JobsTableModel.PRIORITY, True)
        self.jobs_view.setToolTip(self.tr("Double-click a job to open it on the Jobs page"))
        self.jobs_view.doubleClicked.connect(self.on_job_double_clicked)
        jobs_box = QGroupBox(self.tr("Jobs"))
        jobs_layout = QVBoxLayout(jobs_box)
        jobs_layout.addWidget(self.jobs_view)
        self.new_job_button = QPushButton(self.tr("New &job for this company…"))
        self.new_job_button.setVisible(can(context.actor, Permission.MANAGE_JOBS))
        self.new_job_button.clicked.connect(self.on_new_job)
        job_buttons = QHBoxLayout()
        job_buttons.addWidget(self.new_job_button)
        job_buttons.addStretch(1)
        jobs_layout.addLayout(job_buttons)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(header)
        detail_layout.addLayout(facts_form)
        detail_layout.addWidget(contacts_box, 1)
        detail_layout.addWidget(jobs_box, 2)
        self.empty_label = QLabel(self.tr("Choose a company on the left."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.detail, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._shown_before = False
        self.reload()
        self.show_company(None)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_edit.setFocus)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.on_refresh)

    @Slot()
    def on_refresh(self) -> None:
        """F5 (and coming back to the page): the list and the shown company read again."""
        self.reload()
        if self.current is not None:
            self.show_company(self.current.id)

    def live_refresh(self) -> None:
        """Another station changed something (the main window's watcher): as F5, keeping
        the chosen company (edits happen in dialogs); hidden, the page reads again when
        shown."""
        if self.isVisible():
            self.on_refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back to the page: jobs and companies others changed meanwhile are shown.
        if self._shown_before:
            self.on_refresh()
        self._shown_before = True
        super().showEvent(event)

    # -- data ------------------------------------------------------------------------------

    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        self.search_timer.stop()
        keep = select_id if select_id is not None else self.selected_id()
        with self.context.db.reader() as session:
            rows = company_service.list_companies(
                session,
                self.context.actor,
                self.search_edit.text(),
                include_inactive=self.inactive_check.isChecked(),
            )
        self.model.set_rows(rows)
        for column in (
            CompaniesTableModel.COUNTRY,
            CompaniesTableModel.TAX_NUMBER,
            CompaniesTableModel.CURRENCY,
        ):
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.count_label.setText(
            self.tr("1 company") if len(rows) == 1 else self.tr("{n} companies").format(n=len(rows))
        )
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_item(keep)
        elif len(rows) == 1:
            self.view.selectRow(0)
        else:
            self.show_company(self.current.id if self.current else None)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_item(self, company_id: int) -> None:
        """Selects the company (clearing the search when it hides it) and shows it."""
        if self.model.row_of(company_id) < 0 and self.search_edit.text():
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.reload()
        row = self.model.row_of(company_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self.show_company(company_id)

    def show_company(self, company_id: int | None) -> None:
        view: CompanyView | None = None
        if company_id is not None:
            with self.context.db.reader() as session:
                view = company_service.get_company(session, self.context.actor, company_id)
        self.current = view
        self.detail.setVisible(view is not None)
        self.empty_label.setVisible(view is None)
        if view is None:
            self.contacts_model.set_rows([])
            self.jobs_model.reset(_no_jobs)
            self.on_contact_selected()
            return
        self.title_label.setText(view.name)
        self.facts["country"].setText(country_label(view.country))
        self.facts["tax"].setText(view.tax_number or "—")
        self.facts["registration"].setText(view.registration_number or "—")
        self.facts["address"].setText(view.address or "—")
        self.facts["currency"].setText(view.default_currency)
        self.facts["nda"].setText(
            self.tr("signed on {date}").format(date=format_date(view.nda_date))
            if view.nda_signed and view.nda_date
            else self.tr("none")
        )
        self.facts["jobs"].setText(
            self.tr("{total} in all, {open} open").format(
                total=view.job_count, open=view.open_job_count
            )
        )
        self.facts["notes"].setText(view.notes or "—")
        self.edit_button.setEnabled(self.can_manage)
        self.contacts_model.set_rows(view.contacts)
        for column in (ContactsTableModel.NAME, ContactsTableModel.ROLE, ContactsTableModel.PHONE):
            self.contacts_view.resizeColumnToContents(column)
        self.jobs_model.reset(company_jobs_fetcher(self.context.db, self.context.actor, view.id))
        self.jobs_model.fetchMore()  # the first page now; more as the list scrolls
        for column in (
            JobsTableModel.REFERENCE,
            JobsTableModel.STATUS,
            JobsTableModel.DUE,
            JobsTableModel.QUOTE,
        ):
            self.jobs_view.resizeColumnToContents(column)
        self.on_contact_selected()

    def selected_contact(self) -> ContactView | None:
        rows = self.contacts_view.selectionModel().selectedRows()
        return self.contacts_model.row_at(rows[0].row()) if rows else None

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        company_id = self.selected_id()
        if company_id is not None and (self.current is None or self.current.id != company_id):
            self.show_company(company_id)

    @Slot()
    def on_contact_selected(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        has_company = self.current is not None
        chosen = self.selected_contact() is not None
        self.add_contact_button.setEnabled(self.can_manage and has_company)
        self.edit_contact_button.setEnabled(self.can_manage and chosen)
        self.remove_contact_button.setEnabled(self.can_manage and chosen)

    @Slot()
    def on_new_company(self) -> None:
        dialog = CompanyDialog(self.context, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.reload(select_id=dialog.saved_id)
            self.show_company(dialog.saved_id)

    @Slot()
    def on_edit_company(self) -> None:
        if self.current is None or not self.can_manage:
            return
        dialog = CompanyDialog(self.context, self.current.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.reload(select_id=dialog.saved_id)
            self.show_company(dialog.saved_id)

    @Slot()
    def on_add_contact(self) -> None:
        if self.current is None:
            return
        dialog = ContactDialog(self.context, self.current.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_company(self.current.id)

    @Slot()
    def on_edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or self.current is None or not self.can_manage:
            return
        dialog = ContactDialog(self.context, self.current.id, contact, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_company(self.current.id)

    def confirm_removal(self, contact: ContactView) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr("Remove {name} from the contacts of {company}?").format(
                name=contact.name, company=self.current.name if self.current else ""
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def on_remove_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None or self.current is None or not self.confirm_removal(contact):
            return
        self.remove_contact(contact.id)

    def remove_contact(self, contact_id: int) -> bool | None:
        """True: deleted; False: kept but deactivated (a job names it); None: refused."""
        try:
            with self.context.db.transaction(self.context.actor) as session:
                deleted = company_service.remove_contact(session, self.context.actor, contact_id)
        except DomainError as error:
            show_domain_error(self, error)
            return None
        if self.current is not None:
            self.show_company(self.current.id)
        return deleted

    @Slot(QModelIndex)
    def on_job_double_clicked(self, index: QModelIndex) -> None:
        self.open_job(self.jobs_model.row_at(index.row()).id)

    def open_job(self, job_id: int) -> None:
        self.open_job_requested.emit(job_id)
        window = self.window()
        navigate = getattr(window, "navigate", None)
        if window is not self and callable(navigate):
            navigate(JOBS_PAGE, job_id)

    @Slot()
    def on_new_job(self) -> None:
        """Registers a job for the shown company; its kiosk code is shown this once, then
        the job opens on the Jobs page."""
        if self.current is None:
            return
        dialog = NewJobDialog(self.context, self.current.id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
            return
        created = dialog.created
        self.show_company(self.current.id)
        AccessCodeDialog(created.reference, created.access_code, self).exec()
        self.open_job(created.id)
