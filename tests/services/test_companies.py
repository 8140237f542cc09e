"""Companies and contacts: validation (tax numbers by country), search, permissions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from itc_desktop.db import Actor, Database
from itc_desktop.models.companies import Company, Contact
from itc_desktop.services import companies as company_service
from itc_desktop.services.companies import CompanyInput, ContactInput, search_key
from itc_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from tests.services.jobs_support import make_company, make_job


def _count(db: Database, model: type) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_create_hungarian_company_normalises_the_tax_number(db: Database, manager: Actor) -> None:
    with db.transaction(manager) as session:
        company_id = company_service.create_company(
            session,
            manager,
            CompanyInput(
                name="  Győri   Szerszámgyártó Kft. ",
                country="HU",
                tax_number="10773381 2 44",
                registration_number="08-09-012345",
                address="Ipar utca 5, 9027 Győr",
                default_currency="HUF",
                nda_signed=True,
                nda_date=date(2026, 3, 1),
            ),
        )
    with db.reader() as session:
        view = company_service.get_company(session, manager, company_id)
    assert view.name == "Győri Szerszámgyártó Kft."
    assert view.tax_number == "10773381-2-44"
    assert (view.default_currency, view.nda_signed, view.nda_date) == (
        "HUF",
        True,
        date(2026, 3, 1),
    )
    assert view.contacts == () and view.job_count == 0


def test_wrong_tax_number_names_the_problem_and_saves_nothing(db: Database, manager: Actor) -> None:
    with pytest.raises(ValidationError, match="check digit does not match") as caught:
        make_company(db, manager, tax_number="10773382-2-44")
    assert "Tax number" in caught.value.errors
    with pytest.raises(ValidationError, match="check digit does not match"):
        make_company(
            db, manager, name="Novosadska Livnica d.o.o.", country="RS", tax_number="104052136"
        )
    assert _count(db, Company) == 0


def test_every_wrong_field_is_named_at_once(db: Database, manager: Actor) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction(manager) as session:
        company_service.create_company(
            session,
            manager,
            CompanyInput(
                name=" ",
                country="HU",
                tax_number="10773381-9-44",
                default_currency="USD",
                nda_signed=True,
            ),
        )
    assert set(caught.value.errors) == {"Name", "Tax number", "Default currency", "NDA date"}
    assert "VAT code must be 1–5" in caught.value.errors["Tax number"]


def test_tax_number_required_in_hungary_and_serbia_not_elsewhere(
    db: Database, manager: Actor
) -> None:
    for country in ("HU", "RS"):
        with pytest.raises(ValidationError, match="required"):
            make_company(db, manager, country=country, tax_number="")
    company_id = make_company(
        db, manager, name="Wiener Metall GmbH", country="other", tax_number=" ATU 1234 5678 "
    )
    with db.reader() as session:
        assert company_service.get_company(session, manager, company_id).tax_number == (
            "ATU 1234 5678"
        )


def test_duplicate_tax_number_is_a_conflict(db: Database, manager: Actor) -> None:
    make_company(db, manager)
    with pytest.raises(Conflict, match="already belongs to Kőszegi"):
        make_company(db, manager, name="Másik Kft.", tax_number="10773381244")
    assert _count(db, Company) == 1


def test_search_ignores_case_accents_and_script(db: Database, manager: Actor) -> None:
    koszegi = make_company(db, manager)
    djordjevic = make_company(
        db,
        manager,
        name="Đorđević Alati d.o.o.",
        country="RS",
        tax_number="104052135",
        currency="RSD",
    )
    milos = make_company(
        db, manager, name="Милош Стругарство", country="RS", tax_number="100002887", currency="RSD"
    )

    def found(text: str) -> list[int]:
        with db.reader() as session:
            return [c.id for c in company_service.list_companies(session, manager, text)]

    assert found("KOSZEGI") == [koszegi]
    assert found("kőszegi fém") == [koszegi]
    assert found("djordjevic") == [djordjevic]
    assert found("ĐORĐEVIĆ") == [djordjevic]
    assert found("milos") == [milos]  # Latin finds Cyrillic
    assert found("Стругар") == [milos]
    assert found("10405") == [djordjevic]  # tax number digits
    assert found("773381244") == [koszegi]
    assert found("nincs ilyen") == []
    assert len(found("")) == 3


def test_search_key() -> None:
    assert search_key("Ђорђевић Љиљана") == "djordjevic ljiljana"
    assert search_key("Szőke  Bence") == "szoke bence"
    assert search_key("Šešelj Žarko Čačak") == "seselj zarko cacak"


def test_inactive_companies_are_hidden_unless_asked(db: Database, manager: Actor) -> None:
    company_id = make_company(db, manager)
    with db.transaction(manager) as session:
        view = company_service.get_company(session, manager, company_id)
        data = company_service.company_input(view)
        data.active = False
        company_service.update_company(session, manager, company_id, data)
    with db.reader() as session:
        assert company_service.list_companies(session, manager) == []
        listed = company_service.list_companies(session, manager, include_inactive=True)
    assert [c.id for c in listed] == [company_id]


def test_update_with_a_wrong_tax_number_changes_nothing(db: Database, manager: Actor) -> None:
    company_id = make_company(db, manager)
    with pytest.raises(ValidationError, match="county code 21"), db.transaction(manager) as session:
        company_service.update_company(
            session,
            manager,
            company_id,
            CompanyInput(name="Renamed Kft.", country="HU", tax_number="10773381-2-21"),
        )
    with db.reader() as session:
        view = company_service.get_company(session, manager, company_id)
    assert (view.name, view.tax_number) == ("Kőszegi Fémmegmunkáló Kft.", "10773381-2-44")


def test_technician_reads_but_may_not_edit(db: Database, manager: Actor, technician: Actor) -> None:
    company_id = make_company(db, manager)
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        company_service.create_company(session, technician, CompanyInput(name="X", country="other"))
    with pytest.raises(PermissionDenied), db.transaction(technician) as session:
        company_service.add_contact(session, technician, company_id, ContactInput(name="Ana"))
    with db.reader() as session:
        assert len(company_service.list_companies(session, technician)) == 1
    with pytest.raises(PermissionDenied), db.reader() as session:
        company_service.list_companies(session, None)


def test_contacts_several_per_company(db: Database, manager: Actor) -> None:
    company_id = make_company(db, manager)
    with db.transaction(manager) as session:
        first = company_service.add_contact(
            session,
            manager,
            company_id,
            ContactInput("Szűcs Ödön", "odon.szucs@koszegi.example", "+36 30 123 4567", "CEO"),
        )
        second = company_service.add_contact(
            session, manager, company_id, ContactInput("Јелена Ђурић", role="quality")
        )
    with db.reader() as session:
        view = company_service.get_company(session, manager, company_id)
    assert [c.name for c in view.contacts] == ["Szűcs Ödön", "Јелена Ђурић"]
    assert view.contacts[0].phone == "+36 30 123 4567"
    with db.transaction(manager) as session:
        company_service.update_contact(
            session, manager, second, ContactInput("Јелена Ђурић", email="jelena@example.rs")
        )
        assert company_service.remove_contact(session, manager, first) is True
    with db.reader() as session:
        contacts = company_service.list_contacts(session, manager, company_id)
    assert [(c.id, c.email) for c in contacts] == [(second, "jelena@example.rs")]


def test_contact_validation_names_fields(db: Database, manager: Actor) -> None:
    company_id = make_company(db, manager)
    with pytest.raises(ValidationError) as caught, db.transaction(manager) as session:
        company_service.add_contact(
            session, manager, company_id, ContactInput("", email="no-at-sign", phone="call me")
        )
    assert set(caught.value.errors) == {"Name", "E-mail", "Phone"}
    assert _count(db, Contact) == 0


def test_contact_named_on_a_job_is_deactivated_not_deleted(db: Database, manager: Actor) -> None:
    company_id = make_company(db, manager)
    with db.transaction(manager) as session:
        contact_id = company_service.add_contact(
            session, manager, company_id, ContactInput("Horváth Éva")
        )
    job = make_job(db, manager, company_id, contact_id=contact_id)
    with db.transaction(manager) as session:
        assert company_service.remove_contact(session, manager, contact_id) is False
    with db.reader() as session:
        assert company_service.list_contacts(session, manager, company_id) == []
        kept = company_service.list_contacts(session, manager, company_id, include_inactive=True)
        assert [(c.id, c.active) for c in kept] == [(contact_id, False)]
        view = company_service.get_company(session, manager, company_id)
    assert (view.job_count, view.open_job_count) == (1, 1)
    assert job.reference.startswith("ITC-2026-")
