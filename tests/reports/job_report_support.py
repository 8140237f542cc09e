"""A job for the report tests: a customer, contact and items with Hungarian, Serbian Latin and
Cyrillic names, an approved tensile and hardness record, and a draft hardness record."""

from __future__ import annotations

from dataclasses import dataclass, replace

from itc_desktop.analysis.tensile import round_strength
from itc_desktop.db import Actor, Database
from itc_desktop.services import companies as company_service
from itc_desktop.services import jobs as job_service
from itc_desktop.services import results as result_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.companies import CompanyInput, ContactInput
from itc_desktop.services.result_inputs import LimitSpec
from itc_desktop.services.specimens import SpecimenInput
from tests.services.results_support import (
    Lab,
    approve,
    create,
    hardness_input,
    make_lab,
    tensile_input,
    tensile_raw,
)

COMPANY = "Đurđević Szőlőhegyi Gépgyár Kft."
ADDRESS = "Žarka Zrenjanina 7\n24000 Subotica — Суботица"
CONTACT = "Ćirić Šćepan Žarko (Ћирић Шћепан)"
SECOND_ITEM = "Плоча ő ű č ć đ š ž, ground"
SECOND_CONDITION = "sérülésmentes, označen бојом"
# Readings of the draft record: about 461 HV 10, far from the approved ~235 HV 10.
DRAFT_READINGS = ((0.2000, 0.2010), (0.2010, 0.2000), (0.2005, 0.2005))
DRAFT_HV = "461 HV 10"


@dataclass(frozen=True)
class ReportLab:
    lab: Lab
    second_specimen_id: int
    second_specimen_code: str
    tensile_id: int
    hardness_id: int
    draft_id: int
    rm: int  # Rm of the tensile record as the report rounds it


def make_company_with_contact(db: Database, manager: Actor) -> tuple[int, int]:
    with db.transaction(manager) as session:
        company_id = company_service.create_company(
            session,
            manager,
            CompanyInput(
                name=COMPANY, country="RS", tax_number="100000008", address=ADDRESS,
                default_currency="EUR",
            ),
        )  # fmt: skip
        contact_id = company_service.add_contact(
            session, manager, company_id, ContactInput(name=CONTACT, email="zarko@example.rs")
        )
    return company_id, contact_id


def make_report_lab(db: Database, actors: dict[str, Actor], *, draft: bool = True) -> ReportLab:
    manager, technician = actors["manager"], actors["technician"]
    company_id, contact_id = make_company_with_contact(db, manager)
    lab = make_lab(db, manager, company_id)
    with db.transaction(manager) as session:
        detail = job_service.get_job(session, manager, lab.job_id)
        job_service.update_job(
            session, manager, lab.job_id, replace(detail.as_input(), contact_id=contact_id)
        )
        second = specimen_service.add_specimen(
            session,
            manager,
            lab.job_id,
            SpecimenInput(
                description=SECOND_ITEM, material="S355J2", condition_on_receipt=SECOND_CONDITION
            ),
        )
    tensile_id = create(
        db,
        technician,
        tensile_input(lab, technician, limits={"Rm": LimitSpec(470, 630, source="EN 10025-2")}),
        tensile_raw(),
    )
    approve(db, tensile_id, manager, manager)
    hardness_id = create(
        db,
        technician,
        hardness_input(
            lab,
            technician,
            specimen_id=second.id,
            limits={"hardness_mean": LimitSpec(200, 260, uncertainty=6, rule="guard_band")},
        ),
    )
    approve(db, hardness_id, manager, manager)
    draft_id = 0
    if draft:
        draft_id = create(
            db,
            technician,
            hardness_input(lab, technician, specimen_id=second.id, readings=DRAFT_READINGS),
        )
    with db.reader() as session:
        view = result_service.get_record(session, manager, tensile_id)
    rm = round_strength(next(v.value for v in view.values if v.quantity == "Rm"))
    assert rm is not None
    return ReportLab(lab, second.id, second.code, tensile_id, hardness_id, draft_id, rm)
