"""Which pages the main window offers, in sidebar order, and who sees them.

A later issue adds its page by appending a PageSpec to PAGES (with a factory that imports the
page module lazily, so the window starts fast); the sidebar sorts by SIDEBAR_ORDER. Only pages
that exist and work are listed here: no empty placeholders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from itc_desktop.db import Actor, Database
from itc_desktop.services.permissions import Permission, can
from itc_desktop.ui.background import BackgroundRunner

SIDEBAR_ORDER = (
    "dashboard",
    "equipment",
    "bookings",
    "jobs",
    "results",
    "companies",
    "reports",
    "admin",
    "account",
)


@dataclass(frozen=True)
class PageContext:
    """What a page gets: the database, who is signed in, and the background runner."""

    db: Database
    actor: Actor
    runner: BackgroundRunner


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text; shown through QCoreApplication.translate("pages", title)
    factory: Callable[[PageContext], QWidget]
    visible: Callable[[Actor], bool]

    def translated_title(self) -> str:
        return QCoreApplication.translate("pages", self.title)


def _admin_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.admin import AdminPage

    return AdminPage(context)


def _dashboard_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.dashboard import DashboardPage

    return DashboardPage(context)


def _equipment_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.equipment import EquipmentPage

    return EquipmentPage(context)


def _bookings_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.bookings import BookingsPage

    return BookingsPage(context)


def _jobs_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.jobs import JobsPage

    return JobsPage(context)


def _results_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.results import ResultsPage

    return ResultsPage(context)


def _companies_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.companies import CompaniesPage

    return CompaniesPage(context)


def _reports_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.reports import ReportsPage

    return ReportsPage(context)


def _account_page(context: PageContext) -> QWidget:
    from itc_desktop.ui.pages.account import AccountPage

    return AccountPage(context)


def _sees_admin(actor: Actor) -> bool:
    return can(actor, Permission.MANAGE_USERS) or can(actor, Permission.VIEW_AUDIT)


PAGES: list[PageSpec] = [
    PageSpec(
        "dashboard", QT_TRANSLATE_NOOP("pages", "Dashboard"), _dashboard_page, lambda actor: True
    ),
    PageSpec(
        "equipment",
        QT_TRANSLATE_NOOP("pages", "Equipment"),
        _equipment_page,
        lambda actor: can(actor, Permission.VIEW_EQUIPMENT),
    ),
    PageSpec(
        "bookings",
        QT_TRANSLATE_NOOP("pages", "Bookings"),
        _bookings_page,
        lambda actor: can(actor, Permission.VIEW_BOOKINGS),
    ),
    PageSpec(
        "jobs",
        QT_TRANSLATE_NOOP("pages", "Jobs"),
        _jobs_page,
        lambda actor: can(actor, Permission.VIEW_JOBS),
    ),
    PageSpec(
        "results",
        QT_TRANSLATE_NOOP("pages", "Results"),
        _results_page,
        lambda actor: can(actor, Permission.VIEW_RESULTS),
    ),
    PageSpec(
        "companies",
        QT_TRANSLATE_NOOP("pages", "Companies"),
        _companies_page,
        lambda actor: can(actor, Permission.VIEW_JOBS),
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("pages", "Reports"),
        _reports_page,
        lambda actor: can(actor, Permission.VIEW_REPORTS),
    ),
    PageSpec("admin", QT_TRANSLATE_NOOP("pages", "Admin"), _admin_page, _sees_admin),
    PageSpec(
        "account", QT_TRANSLATE_NOOP("pages", "My account"), _account_page, lambda actor: True
    ),
]


def _order(spec: PageSpec) -> int:
    return SIDEBAR_ORDER.index(spec.key) if spec.key in SIDEBAR_ORDER else len(SIDEBAR_ORDER)


def visible_pages(actor: Actor, pages: Sequence[PageSpec] | None = None) -> list[PageSpec]:
    """The pages `actor` sees, in sidebar order."""
    chosen = PAGES if pages is None else pages
    return sorted((p for p in chosen if p.visible(actor)), key=_order)
