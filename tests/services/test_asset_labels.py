"""Which assets get labels, with what calibration line, and the PDF for them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.models.base import utcnow
from itc_desktop.reports.labels import CalibrationMark
from itc_desktop.services import calibration as calibration_service
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.asset_labels import asset_labels, label_sheet
from itc_desktop.services.equipment import EquipmentData
from itc_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from tests.reports.pdf_checks import assert_only_embedded_dejavu, page_texts


def make(db: Database, manager: Actor, tag: str, name: str, instrument: bool = False) -> int:
    with db.transaction(manager) as session:
        return equipment_service.create_equipment(
            session,
            manager,
            EquipmentData(
                asset_tag=tag,
                name=name,
                category="measuring_instrument" if instrument else "machine_tool",
                is_measuring_instrument=instrument,
            ),
        )


@pytest.fixture
def lab(db: Database, manager: Actor) -> dict[str, int]:
    today = utcnow().date()
    ids = {
        "lathe": make(db, manager, "ITC-0001", "CNC eszterga — Szőke"),
        "caliper": make(db, manager, "ITC-0002", "Pomično merilo Čačak", instrument=True),
        "cmm": make(db, manager, "ITC-0003", "Шаржер КММ", instrument=True),
        "never": make(db, manager, "ITC-0004", "Never calibrated", instrument=True),
        "old": make(db, manager, "ITC-0005", "Retired press"),
    }
    with db.transaction(manager) as session:
        calibration_service.record_calibration(
            session,
            manager,
            ids["caliper"],
            calibrated_on=today - timedelta(days=100),
            valid_until=today + timedelta(days=265),
            provider="MKEH",
            result="pass",
        )
        calibration_service.record_calibration(
            session,
            manager,
            ids["cmm"],
            calibrated_on=today - timedelta(days=400),
            valid_until=today - timedelta(days=35),
            provider="Metrolab",
            result="pass",
        )
        equipment_service.retire_equipment(session, manager, ids["old"], "scrapped")
    return ids


def test_all_assets_that_are_not_retired_by_default(
    db: Database, technician: Actor, lab: dict[str, int]
) -> None:
    with db.reader() as session:
        labels = asset_labels(session, technician)
    assert [label.tag for label in labels] == ["ITC-0001", "ITC-0002", "ITC-0003", "ITC-0004"]
    marks = {label.tag: (label.calibration, label.valid_until) for label in labels}
    today = utcnow().date()
    assert marks["ITC-0001"] == (CalibrationMark.NOT_REQUIRED, None)
    assert marks["ITC-0002"] == (CalibrationMark.VALID, today + timedelta(days=265))
    assert marks["ITC-0003"] == (CalibrationMark.OUT, None)  # lapsed
    assert marks["ITC-0004"] == (CalibrationMark.OUT, None)  # never calibrated


def test_chosen_tags_keep_their_order_and_any_case(
    db: Database, technician: Actor, lab: dict[str, int]
) -> None:
    with db.reader() as session:
        labels = asset_labels(session, technician, tags=["itc-0005", " ITC-0002 ", "ITC-0005"])
        by_id = asset_labels(session, technician, equipment_ids=[lab["cmm"], lab["lathe"]])
    assert [label.tag for label in labels] == ["ITC-0005", "ITC-0002"]  # retired on request
    assert [label.tag for label in by_id] == ["ITC-0003", "ITC-0001"]


def test_unknown_tags_and_ids_are_named(
    db: Database, technician: Actor, lab: dict[str, int]
) -> None:
    with db.reader() as session:
        with pytest.raises(NotFound, match="ITC-0404, ITC-0405"):
            asset_labels(session, technician, tags=["ITC-0001", "ITC-0404", "itc-0405"])
        with pytest.raises(NotFound, match="9999"):
            asset_labels(session, technician, equipment_ids=[9999])


def test_the_sheet_shows_each_label(db: Database, technician: Actor, lab: dict[str, int]) -> None:
    with db.reader() as session:
        pdf = label_sheet(session, technician)
    text = " ".join(" ".join(page_texts(pdf)).split())
    until = (utcnow().date() + timedelta(days=265)).isoformat()
    for expected in (
        "ITC-0001",
        "CNC eszterga — Szőke",
        "Pomično merilo Čačak",
        "Шаржер КММ",
        f"Calibrated until {until}",
        "No calibration required",
    ):
        assert expected in text
    assert text.count("OUT OF CALIBRATION") == 2 and "Retired press" not in text
    assert_only_embedded_dejavu(pdf)


def test_refusals(db: Database, actors: dict[str, Actor]) -> None:
    with db.reader() as session:
        with pytest.raises(ValidationError, match="no equipment"):
            label_sheet(session, actors["technician"])
        with pytest.raises(PermissionDenied):
            asset_labels(session, None)
