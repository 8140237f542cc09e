"""Hostile text through the services that store it: very long text, emoji, right-to-left
scripts, SQL-looking text, format placeholders and NUL characters. Each value is read back
identical, or refused with a ValidationError naming the field (NUL, over the field's maximum)
and nothing is stored — on SQLite and on PostgreSQL (which cannot store NUL in text)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from itc_desktop.db import Actor, Database
from itc_desktop.models.bookings import Booking
from itc_desktop.models.companies import Company
from itc_desktop.models.equipment import Equipment
from itc_desktop.models.jobs import Job, Specimen
from itc_desktop.models.results import TestRecord
from itc_desktop.services import bookings as booking_service
from itc_desktop.services import companies as company_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services import results as result_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.bookings import BookingRequest
from itc_desktop.services.companies import CompanyInput
from itc_desktop.services.equipment import EquipmentData
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.jobs import JobInput
from itc_desktop.services.specimens import SpecimenInput
from tests.services.bookings_support import at, next_monday
from tests.services.equipment_support import make_equipment
from tests.services.jobs_support import TODAY, make_company
from tests.services.results_support import hardness_input, make_lab

LONG = "Szakítóvizsgálat ő ű č ć đ Шаржер " * 3000  # ~100,000 characters
HOSTILE = {
    "emoji": "Próbatest 🔩🧪 👩🏽‍🔬 ✓ 🇭🇺🇷🇸",
    "right-to-left": "اختبار الشد — בדיקת מתיחה (ISO 6892-1)",
    "sql": "'); DROP TABLE jobs;-- \" OR 1=1; /* */",
    "placeholders": "{name} {0} %s %(x)s {{}} \\N{BULLET} $1 ?",
    "combining": "e\u0301 \u200d\u200b zero\u2060width \ufeffbom",
    "formula": '=HYPERLINK("http://x","y")',
}
NUL = "Rm 510\x00 MPa"
LONG_TEXT = LONG.strip()


def count(db: Database, model: type) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def refused(db: Database, model: type, store: Callable[[], object], field: str) -> str:
    """Runs `store`, which must be refused naming `field`; nothing of it is stored."""
    before = count(db, model)
    with pytest.raises(ValidationError) as caught:
        store()
    assert field in caught.value.errors, caught.value.errors
    assert count(db, model) == before
    return str(caught.value)


def test_company_name_and_notes(db: Database, manager: Actor) -> None:
    def create(name: str, notes: str) -> int:
        with db.transaction(manager) as session:
            return company_service.create_company(
                session, manager, CompanyInput(name=name, country="other", notes=notes)
            )

    for kind, text in HOSTILE.items():
        company_id = create(f"{text} {kind}", text)
        with db.reader() as session:
            view = company_service.get_company(session, manager, company_id)
        assert (view.name, view.notes) == (f"{text} {kind}", text)
    company_id = create("Long notes Kft.", LONG_TEXT)
    with db.reader() as session:
        assert company_service.get_company(session, manager, company_id).notes == LONG_TEXT
    message = refused(db, Company, lambda: create(LONG_TEXT, ""), "Name")
    assert "200" in message
    refused(db, Company, lambda: create(NUL, ""), "Name")
    refused(db, Company, lambda: create("NUL notes Kft.", NUL), "Notes")


def test_job_title_and_description(db: Database, manager: Actor) -> None:
    company_id = make_company(db, manager)

    def create(title: str, description: str) -> int:
        with db.transaction(manager) as session:
            data = JobInput(company_id=company_id, title=title, description=description)
            return job_service.create_job(session, manager, data, today=TODAY).id

    for text in [*HOSTILE.values(), LONG_TEXT]:
        title = text if len(text) <= 200 else "Long description"
        job_id = create(title, text)
        with db.reader() as session:
            job = job_service.get_job(session, manager, job_id, today=TODAY)
        assert (job.title, job.description) == (title, text)
    refused(db, Job, lambda: create(LONG_TEXT, ""), "Title")
    refused(db, Job, lambda: create(NUL, ""), "Title")
    refused(db, Job, lambda: create("NUL description", NUL), "Description")


def test_equipment_name_and_notes(db: Database, manager: Actor) -> None:
    def create(tag: str, name: str, notes: str) -> int:
        with db.transaction(manager) as session:
            data = EquipmentData(asset_tag=tag, name=name, category="other", notes=notes)
            return equipment_service.create_equipment(session, manager, data)

    for number, text in enumerate([*HOSTILE.values(), LONG_TEXT], start=1):
        name = text if len(text) <= 200 else "Long notes"
        equipment_id = create(f"ITC-{number:04d}", name, text)
        with db.reader() as session:
            equipment = equipment_service.get(session, equipment_id)
            assert (equipment.name, equipment.notes) == (name, text)
    refused(db, Equipment, lambda: create("ITC-0100", LONG_TEXT, ""), "Name")
    refused(db, Equipment, lambda: create("ITC-0101", NUL, ""), "Name")
    refused(db, Equipment, lambda: create("ITC-0102", "NUL notes", NUL), "Notes")


def test_result_remarks_and_deviations(db: Database, manager: Actor, technician: Actor) -> None:
    lab = make_lab(db, manager)

    def create(remarks: str, deviations: str) -> int:
        data = replace(hardness_input(lab, technician), remarks=remarks, deviations=deviations)
        with db.transaction(technician) as session:
            return result_service.create_record(session, technician, data)

    for text in [*HOSTILE.values(), LONG_TEXT]:
        record_id = create(text, text)
        with db.reader() as session:
            view = result_service.get_record(session, technician, record_id)
        assert (view.remarks, view.deviations) == (text, text)
    refused(db, TestRecord, lambda: create(NUL, ""), "Remarks")
    refused(db, TestRecord, lambda: create("", NUL), "Deviations")


def test_booking_purpose(db: Database, manager: Actor, technician: Actor) -> None:
    equipment_id = make_equipment(db, manager)
    day = next_monday()

    def book(hour: int, purpose: str) -> int:
        with db.transaction(technician) as session:
            request = BookingRequest(equipment_id, at(day, hour), at(day, hour, 30), None, purpose)
            return booking_service.create_booking(session, technician, request)

    for hour, text in enumerate(HOSTILE.values(), start=8):
        booking_id = book(hour, text)
        with db.reader() as session:
            assert booking_service.get_booking(session, technician, booking_id).purpose == text
    message = refused(db, Booking, lambda: book(15, LONG_TEXT), "Purpose")
    assert "2000" in message
    refused(db, Booking, lambda: book(15, NUL), "Purpose")


def test_any_other_text_column_is_guarded_at_the_flush(db: Database, manager: Actor) -> None:
    """A service without its own check (here: a specimen's description) is refused by the
    session's text rule, naming the field, before the database sees the NUL."""
    lab = make_lab(db, manager)

    def add(description: str) -> None:
        with db.transaction(manager) as session:
            specimen_service.add_specimen(
                session, manager, lab.job_id, SpecimenInput(description=description)
            )

    add(HOSTILE["right-to-left"])
    message = refused(db, Specimen, lambda: add(NUL), "Description")
    assert "NUL" in message
