"""Shared builders for the test-result tests: a job with a specimen, a calibrated hardness
tester and tensile machine, records of each type."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from itc_desktop.db import Actor, Database
from itc_desktop.importers.tensile_files import read_tensile_file
from itc_desktop.models.base import utcnow
from itc_desktop.services import results as result_service
from itc_desktop.services import specimens as specimen_service
from itc_desktop.services.result_inputs import (
    HardnessInputs,
    ImpactInputs,
    LimitSpec,
    TensileInputs,
)
from itc_desktop.services.results import RawFile, RecordInput
from itc_desktop.services.specimens import SpecimenInput
from tests.services.equipment_support import make_instrument
from tests.services.jobs_support import make_company, make_job

TENSILE_DATA = Path(__file__).resolve().parents[1] / "data" / "tensile"


@dataclass(frozen=True)
class Lab:
    job_id: int
    job_reference: str
    specimen_id: int
    hardness_tester: int
    tensile_machine: int


def make_lab(db: Database, manager: Actor, company_id: int | None = None) -> Lab:
    tags = ("ITC-0200", "ITC-0201") if company_id is None else ("ITC-0210", "ITC-0211")
    company_id = company_id or make_company(db, manager)
    job = make_job(db, manager, company_id, title="Flange S355, tensile and hardness")
    with db.transaction(manager) as session:
        specimen = specimen_service.add_specimen(
            session,
            manager,
            job.id,
            SpecimenInput(description="Round bar Ø10, from the flange", material="S355J2"),
        )
    hardness = make_instrument(db, manager, tags[0])
    tensile = make_instrument(db, manager, tags[1])
    return Lab(job.id, job.reference, specimen.id, hardness, tensile)


def performed_hours_ago(hours: float = 2) -> datetime:
    return utcnow() - timedelta(hours=hours)


def hardness_input(
    lab: Lab,
    performer: Actor,
    *,
    readings: tuple[tuple[float, ...], ...] = ((0.280, 0.282), (0.279, 0.281), (0.281, 0.283)),
    limits: dict[str, LimitSpec] | None = None,
    **fields: object,
) -> RecordInput:
    data = RecordInput(
        job_id=lab.job_id,
        specimen_id=lab.specimen_id,
        method="ISO 6507-1:2023",
        equipment_id=lab.hardness_tester,
        performed_by_id=performer.id,
        performed_at=performed_hours_ago(),
        inputs=HardnessInputs(method="HV", scale="10", readings=readings),
        limits=limits if limits is not None else {"hardness_mean": LimitSpec(200, 260)},
        temperature_c=22.5,
        humidity_pct=45,
    )
    return replace(data, **fields)  # type: ignore[arg-type]


def impact_input(lab: Lab, performer: Actor, inputs: ImpactInputs, **fields: object) -> RecordInput:
    return replace(
        hardness_input(lab, performer, limits={}),
        method="ISO 148-1:2016",
        inputs=inputs,
        **fields,  # type: ignore[arg-type]
    )


def tensile_raw(name: str = "S355_round.TXT") -> RawFile:
    path = TENSILE_DATA / name
    record = read_tensile_file(path)
    return RawFile(name=name, content=path.read_bytes(), columns=record.data)


def tensile_input(
    lab: Lab, performer: Actor, inputs: TensileInputs | None = None, **fields: object
) -> RecordInput:
    return replace(
        hardness_input(lab, performer, limits={}),
        method="ISO 6892-1:2019 method B",
        equipment_id=lab.tensile_machine,
        inputs=inputs or TensileInputs(shape="round", diameter_mm=10.0, gauge_length_mm=50.0),
        **fields,  # type: ignore[arg-type]
    )


def create(db: Database, actor: Actor, data: RecordInput, raw: RawFile | None = None) -> int:
    with db.transaction(actor) as session:
        return result_service.create_record(session, actor, data, raw)


def approve(db: Database, record_id: int, reviewer: Actor, approver: Actor) -> None:
    with db.transaction(reviewer) as session:
        result_service.review_record(session, reviewer, record_id)
    with db.transaction(approver) as session:
        result_service.approve_record(session, approver, record_id)
