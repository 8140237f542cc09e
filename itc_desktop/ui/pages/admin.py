"""The Admin page: tabs Users (admins), Audit trail (admins and managers), Settings and Lab
rules (admins edit, managers read), Backups (admins). Each tab lives in its own module beside
this one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.pages.admin_audit import AuditTab
from itc_desktop.ui.pages.admin_backups import BackupsTab
from itc_desktop.ui.pages.admin_lab_rules import LabRulesTab
from itc_desktop.ui.pages.admin_settings import SettingsTab
from itc_desktop.ui.pages.admin_users import UsersTab
from itc_desktop.ui.pages.registry import PageContext


class AdminPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.users_tab: UsersTab | None = None
        self.audit_tab: AuditTab | None = None
        if can(context.actor, Permission.MANAGE_USERS):
            self.users_tab = UsersTab(context)
            self.tabs.addTab(self.users_tab, self.tr("&Users"))
        if can(context.actor, Permission.VIEW_AUDIT):
            self.audit_tab = AuditTab(context)
            self.tabs.addTab(self.audit_tab, self.tr("Audit &trail"))
        self.settings_tab = SettingsTab(context)
        self.tabs.addTab(self.settings_tab, self.tr("&Settings"))
        self.lab_rules_tab = LabRulesTab(context)
        self.tabs.addTab(self.lab_rules_tab, self.tr("&Lab rules"))
        self.backups_tab: BackupsTab | None = None
        if can(context.actor, Permission.MANAGE_BACKUPS):
            self.backups_tab = BackupsTab(context)
            self.tabs.addTab(self.backups_tab, self.tr("&Backups"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(QLabel(self.tr("<h2>Administration</h2>")))
        layout.addWidget(self.tabs, 1)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i).replace("&", "") for i in range(self.tabs.count())]
