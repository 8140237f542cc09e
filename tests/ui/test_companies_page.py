"""The Companies page: a company with a Hungarian name and tax number (a wrong check digit
first), search in any script, contacts, and what a technician may not do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from itc_desktop.db import Actor, Database
from itc_desktop.services import companies as company_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services.companies import CompanyInput, ContactInput
from itc_desktop.services.jobs import JobInput
from itc_desktop.ui.models.companies import CompaniesTableModel, ContactsTableModel
from itc_desktop.ui.pages.companies import CompaniesPage
from itc_desktop.ui.pages.company_dialogs import CompanyDialog, ContactDialog
from itc_desktop.ui.pages.job_dialogs import AccessCodeDialog, NewJobDialog
from itc_desktop.ui.pages.registry import PageContext
from tests.ui.keyboard import type_text


def press(page: QWidget, key: QKeySequence.StandardKey) -> None:
    """Fires the page's shortcut for `key` (offscreen windows are not reliably active, and
    Qt only delivers shortcuts to the active window)."""
    (shortcut,) = [s for s in page.findChildren(QShortcut) if s.key() == QKeySequence(key)]
    shortcut.activated.emit()


HU_NAME = "Kovács és Társa Fémipari Kft."
WRONG_HU_TAX = "12345671-2-13"  # check digit of 1234567 is 6
GOOD_HU_TAX = "12345676213"  # typed without dashes; stored as 12345676-2-13


def _companies(db: Database, actor: Actor) -> list[company_service.CompanyView]:
    with db.reader() as session:
        return company_service.list_companies(session, actor, include_inactive=True)


def _add_company(db: Database, actor: Actor, name: str, country: str, tax: str) -> int:
    with db.transaction(actor) as session:
        return company_service.create_company(
            session, actor, CompanyInput(name=name, country=country, tax_number=tax)
        )


@pytest.fixture
def manager_page(qtbot, context_for: Callable[[Actor], PageContext], manager: Actor):
    page = CompaniesPage(context_for(manager))
    qtbot.addWidget(page)
    page.show()
    return page


def test_new_company_refuses_a_wrong_check_digit_then_saves_the_right_number(
    qtbot, manager_page: CompaniesPage, db: Database, manager: Actor, shown_boxes, monkeypatch
) -> None:
    seen: dict[str, object] = {}

    def drive(dialog: CompanyDialog) -> int:
        type_text(dialog.name_edit, HU_NAME)
        assert dialog.country() == "HU"
        qtbot.keyClicks(dialog.tax_edit, WRONG_HU_TAX)
        seen["wrong_status"] = dialog.tax_status.text()
        seen["wrong_message"] = dialog.message.text()
        seen["save_enabled_when_wrong"] = dialog.save_button.isEnabled()
        # Forced past the disabled button, the service refuses and nothing is saved.
        seen["forced"] = dialog.save()
        seen["companies_after_forced"] = len(_companies(db, manager))
        dialog.tax_edit.clear()
        qtbot.keyClicks(dialog.tax_edit, GOOD_HU_TAX)
        seen["good_status"] = dialog.tax_status.text()
        seen["save_enabled_when_right"] = dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CompanyDialog, "exec", drive)
    qtbot.mouseClick(manager_page.new_button, Qt.MouseButton.LeftButton)

    assert "check digit does not match" in str(seen["wrong_status"])
    assert "should end in 6" in str(seen["wrong_status"])
    assert str(seen["wrong_message"]).startswith("Tax number: check digit does not match")
    assert seen["save_enabled_when_wrong"] is False
    assert seen["forced"] is False
    assert seen["companies_after_forced"] == 0
    assert [box.kind for box in shown_boxes] == ["error"]
    assert "Tax number: check digit does not match" in shown_boxes[0].text
    assert "12345676-2-13" in str(seen["good_status"])
    assert seen["save_enabled_when_right"] is True

    (company,) = _companies(db, manager)
    assert (company.name, company.country, company.tax_number) == (HU_NAME, "HU", "12345676-2-13")
    # The page lists it, selects it and shows its details.
    assert manager_page.selected_id() == company.id
    assert manager_page.title_label.text() == HU_NAME
    assert manager_page.facts["tax"].text() == "12345676-2-13"
    assert manager_page.model.index(0, CompaniesTableModel.NAME).data() == HU_NAME


def test_editing_a_company_keeps_its_details_and_names_a_wrong_vat_or_county_code(
    qtbot, manager_page: CompaniesPage, db: Database, manager: Actor, monkeypatch
) -> None:
    company_id = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    manager_page.select_item(company_id)
    assert manager_page.facts["nda"].text() == "none"
    assert manager_page.facts["registration"].text() == "—"
    seen: dict[str, object] = {}

    def edit(dialog: CompanyDialog) -> int:
        assert dialog.tax_edit.text() == "12345676-2-13"  # the stored form comes back
        assert dialog.active_check.isVisibleTo(dialog)
        type_text(dialog.registration_edit, "06-09-012345")
        type_text(dialog.address_edit, "Szőregi út 12, 6724 Szeged")
        dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("HUF"))
        assert not dialog.nda_date.isEnabled()
        dialog.nda_check.click()
        assert dialog.nda_date.isEnabled()
        dialog.nda_date.setDate(QDate(2026, 3, 2))
        for wrong in ("12345676-7-13", "12345676-2-21"):
            dialog.tax_edit.setText(wrong)
            seen[wrong] = (dialog.tax_status.text(), dialog.save_button.isEnabled())
        dialog.tax_edit.setText("12345676-2-13")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CompanyDialog, "exec", edit)
    qtbot.mouseClick(manager_page.edit_button, Qt.MouseButton.LeftButton)

    assert seen["12345676-7-13"] == ("VAT code must be 1–5, not 7", False)
    assert seen["12345676-2-21"] == ("county code 21 does not exist (02–20, 22–44 or 51)", False)
    with db.reader() as session:
        view = company_service.get_company(session, manager, company_id)
    assert (view.registration_number, view.address, view.default_currency) == (
        "06-09-012345",
        "Szőregi út 12, 6724 Szeged",
        "HUF",
    )
    assert (view.nda_signed, view.nda_date, view.tax_number) == (
        True,
        date(2026, 3, 2),
        "12345676-2-13",
    )
    facts = manager_page.facts
    assert facts["registration"].text() == "06-09-012345"
    assert facts["address"].text() == "Szőregi út 12, 6724 Szeged"
    assert facts["currency"].text() == "HUF"
    assert facts["nda"].text() == "signed on 2026-03-02"

    # Deactivated: out of the list unless inactive companies are asked for.
    def deactivate(dialog: CompanyDialog) -> int:
        assert dialog.nda_check.isChecked() and dialog.nda_date.date() == QDate(2026, 3, 2)
        dialog.active_check.click()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CompanyDialog, "exec", deactivate)
    qtbot.mouseClick(manager_page.edit_button, Qt.MouseButton.LeftButton)
    assert manager_page.model.row_of(company_id) == -1
    manager_page.inactive_check.setChecked(True)
    assert manager_page.model.row_of(company_id) == 0


def test_tax_number_rules_follow_the_country(
    qtbot, context_for, manager: Actor, db: Database
) -> None:
    dialog = CompanyDialog(context_for(manager))
    qtbot.addWidget(dialog)
    type_text(dialog.name_edit, "Đorđević Alati d.o.o.")
    assert "required for a company in Hungary or Serbia" in dialog.tax_status.text()
    assert not dialog.save_button.isEnabled()
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("RS"))
    qtbot.keyClicks(dialog.tax_edit, "1012345")
    assert "must be 9 digits" in dialog.tax_status.text()
    qtbot.keyClicks(dialog.tax_edit, "68")  # 101234568: check digit should be 9
    assert "check digit does not match: 101234568 should end in 9" in dialog.tax_status.text()
    assert not dialog.save_button.isEnabled()
    dialog.tax_edit.setText("101234569")
    assert dialog.save_button.isEnabled()
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("other"))
    dialog.tax_edit.setText("ATU 1234")
    assert dialog.tax_status.text() == "not checked for this country"
    assert dialog.save_button.isEnabled()
    dialog.name_edit.clear()
    assert dialog.message.text() == "Name: required"
    assert not dialog.save_button.isEnabled()


def test_search_ignores_accents_and_script_and_matches_tax_digits(
    qtbot, manager_page: CompaniesPage, db: Database, manager: Actor
) -> None:
    _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    _add_company(db, manager, "Милош Петровић Машине", "RS", "101234569")
    _add_company(db, manager, "Szőke Precíziós Bt.", "HU", "24567897-2-06")
    manager_page.reload()
    assert manager_page.model.rowCount() == 3

    def search(text: str) -> list[str]:
        manager_page.search_edit.clear()
        if text:
            type_text(manager_page.search_edit, text)
        qtbot.waitUntil(lambda: not manager_page.search_timer.isActive())
        return [manager_page.model.row_at(r).name for r in range(manager_page.model.rowCount())]

    assert search("kovacs") == [HU_NAME]
    assert search("milos") == ["Милош Петровић Машине"]
    assert search("SZŐKE") == ["Szőke Precíziós Bt."]
    assert search("24567897") == ["Szőke Precíziós Bt."]
    assert search("nincs ilyen") == []
    assert manager_page.count_label.text() == "0 companies"
    assert len(search("")) == 3


def test_contacts_are_added_edited_and_removed(
    qtbot, manager_page: CompaniesPage, db: Database, manager: Actor, monkeypatch
) -> None:
    company_id = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    manager_page.reload(select_id=company_id)
    assert manager_page.title_label.text() == HU_NAME

    def add(dialog: ContactDialog) -> int:
        type_text(dialog.name_edit, "Kőszegi Zsófia")
        qtbot.keyClicks(dialog.email_edit, "zsofia@")
        assert dialog.message.text() == "E-mail: not an e-mail address"
        assert not dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.email_edit, "kovacs.hu")
        qtbot.keyClicks(dialog.phone_edit, "+36 62 123 456")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", add)
    qtbot.mouseClick(manager_page.add_contact_button, Qt.MouseButton.LeftButton)
    model = manager_page.contacts_model
    assert model.rowCount() == 1
    assert model.index(0, ContactsTableModel.NAME).data() == "Kőszegi Zsófia"
    assert model.index(0, ContactsTableModel.EMAIL).data() == "zsofia@kovacs.hu"

    def rename(dialog: ContactDialog) -> int:
        type_text(dialog.role_edit, "minőségügy")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", rename)
    manager_page.contacts_view.selectRow(0)
    assert manager_page.edit_contact_button.isEnabled()
    qtbot.mouseClick(manager_page.edit_contact_button, Qt.MouseButton.LeftButton)
    assert model.index(0, ContactsTableModel.ROLE).data() == "minőségügy"

    # A contact named on a job is kept (deactivated); an unused one is deleted.
    contact_id = model.row_at(0).id
    with db.transaction(manager) as session:
        job_service.create_job(
            session,
            manager,
            JobInput(company_id=company_id, title="Szakítóvizsgálat", contact_id=contact_id),
        )
        spare = company_service.add_contact(
            session, manager, company_id, ContactInput(name="Tóth Ödön")
        )
    manager_page.show_company(company_id)
    monkeypatch.setattr(CompaniesPage, "confirm_removal", lambda self, contact: True)
    manager_page.contacts_view.selectRow(model.row_of(contact_id))
    qtbot.mouseClick(manager_page.remove_contact_button, Qt.MouseButton.LeftButton)
    assert model.row_at(model.row_of(contact_id)).active is False
    assert model.index(model.row_of(contact_id), 0).data() == "Kőszegi Zsófia (inactive)"
    assert manager_page.remove_contact(spare) is True
    assert model.row_of(spare) == -1
    # The company's job is listed with it.
    assert manager_page.jobs_model.rowCount() == 1
    assert manager_page.facts["jobs"].text() == "1 in all, 1 open"


def test_a_technician_reads_but_cannot_change(
    qtbot, context_for, technician: Actor, manager: Actor, db: Database, shown_boxes
) -> None:
    company_id = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    with db.transaction(manager) as session:
        contact_id = company_service.add_contact(
            session, manager, company_id, ContactInput(name="Kőszegi Zsófia")
        )
    page = CompaniesPage(context_for(technician))
    qtbot.addWidget(page)
    page.select_item(company_id)
    page.contacts_view.selectRow(0)
    assert page.title_label.text() == HU_NAME
    for button in (
        page.new_button,
        page.edit_button,
        page.add_contact_button,
        page.edit_contact_button,
        page.remove_contact_button,
    ):
        assert not button.isEnabled(), button.text()
    # Forced through, the service refuses and says so; the contact stays.
    assert page.remove_contact(contact_id) is None
    assert shown_boxes[0].title == "Not allowed"
    assert page.contacts_model.row_of(contact_id) == 0


def test_double_clicking_a_job_asks_to_open_it(
    qtbot, manager_page: CompaniesPage, db: Database, manager: Actor
) -> None:
    company_id = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    with db.transaction(manager) as session:
        created = job_service.create_job(
            session, manager, JobInput(company_id=company_id, title="Keménységmérés")
        )
    manager_page.select_item(company_id)
    view = manager_page.jobs_view
    index = manager_page.jobs_model.index(0, 0)
    with qtbot.waitSignal(manager_page.open_job_requested) as signal:
        view.doubleClicked.emit(index)
    assert signal.args == [created.id]


def test_select_item_clears_a_search_that_hides_the_company(
    manager_page: CompaniesPage, db: Database, manager: Actor
) -> None:
    first = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    _add_company(db, manager, "Szőke Precíziós Bt.", "HU", "24567897-2-06")
    manager_page.search_edit.setText("szoke")
    manager_page.reload()
    assert manager_page.model.rowCount() == 1
    manager_page.select_item(first)
    assert manager_page.search_edit.text() == ""
    assert manager_page.selected_id() == first


def test_company_models_pass_the_model_tester(qtmodeltester, db: Database, manager: Actor) -> None:
    company_id = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    with db.transaction(manager) as session:
        company_service.add_contact(
            session, manager, company_id, ContactInput(name="Kőszegi Zsófia", phone="+36 1 234")
        )
        view = company_service.get_company(session, manager, company_id)
    companies = CompaniesTableModel()
    companies.set_rows(_companies(db, manager))
    qtmodeltester.check(companies)
    contacts = ContactsTableModel()
    contacts.set_rows(view.contacts)
    qtmodeltester.check(contacts)
    assert contacts.index(0, ContactsTableModel.PHONE).data() == "+36 1 234"
    assert contacts.data(QModelIndex()) is None
    assert companies.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_f5_and_coming_back_read_the_list_again(
    qtbot, manager_page: CompaniesPage, db: Database, manager: Actor
) -> None:
    first = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    assert manager_page.model.rowCount() == 0
    manager_page.hide()
    manager_page.show()
    assert manager_page.model.row_of(first) == 0
    manager_page.select_item(first)
    with db.transaction(manager) as session:
        job_service.create_job(session, manager, JobInput(company_id=first, title="Új munka"))
    second = _add_company(db, manager, "Szőke Precíziós Bt.", "HU", "24567897-2-06")
    press(manager_page, QKeySequence.StandardKey.Refresh)
    assert manager_page.model.row_of(second) >= 0
    assert manager_page.selected_id() == first
    assert manager_page.jobs_model.rowCount() == 1
    manager_page.view.setFocus()
    assert manager_page.focusWidget() is manager_page.view
    press(manager_page, QKeySequence.StandardKey.Find)
    assert manager_page.focusWidget() is manager_page.search_edit


def test_new_job_for_the_company_shows_its_code_once_and_opens_it(
    qtbot, manager_page: CompaniesPage, db: Database, manager: Actor, monkeypatch
) -> None:
    company_id = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    manager_page.select_item(company_id)

    def fill(dialog: NewJobDialog) -> int:
        assert dialog.form.company_id() == company_id  # the shown company is chosen
        type_text(dialog.form.title_edit, "Ütővizsgálat −40 °C-on")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    codes: list[tuple[str, str]] = []
    monkeypatch.setattr(NewJobDialog, "exec", fill)
    monkeypatch.setattr(
        AccessCodeDialog, "exec", lambda d: codes.append((d.reference, d.code)) or 1
    )
    assert manager_page.new_job_button.isVisibleTo(manager_page)
    with qtbot.waitSignal(manager_page.open_job_requested) as opened:
        qtbot.mouseClick(manager_page.new_job_button, Qt.MouseButton.LeftButton)
    job = manager_page.jobs_model.row_at(0)
    assert job.title == "Ütővizsgálat −40 °C-on" and opened.args == [job.id]
    assert codes == [(job.reference, codes[0][1])] and len(codes[0][1]) == 6
    with db.reader() as session:
        assert job_service.check_access_code(session, job.reference, codes[0][1])


def test_a_technician_has_no_new_job_button(
    qtbot, context_for, technician: Actor, manager: Actor, db: Database
) -> None:
    company_id = _add_company(db, manager, HU_NAME, "HU", GOOD_HU_TAX)
    page = CompaniesPage(context_for(technician))
    qtbot.addWidget(page)
    page.select_item(company_id)
    assert page.jobs_view.isVisibleTo(page)  # the jobs are there to read
    assert not page.new_job_button.isVisibleTo(page)
