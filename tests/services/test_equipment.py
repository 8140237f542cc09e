"""Equipment records: validation naming the fields, permissions, editing with a version check,
the list with its derived "in use" status, search and filters, the asset-tag lookup."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from itc_desktop.db import Actor, Database
from itc_desktop.models.audit import AuditEntry
from itc_desktop.models.equipment import Equipment
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import usage as usage_service
from itc_desktop.services.equipment import EquipmentData, EquipmentQuery
from itc_desktop.services.errors import (
    Conflict,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from tests.services.equipment_support import make_equipment, make_instrument


def _count(db: Database) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(Equipment)) or 0


def test_create_and_read_back(db: Database, manager: Actor) -> None:
    equipment_id = make_equipment(
        db,
        manager,
        " itc-0042 ",
        name="Univerzális szakítógép 100 kN",
        category="testing_machine",
        manufacturer="ZwickRoell",
        model="Z100",
        serial_number="SN 734-2211",
        firmware_version="testXpert III 1.6",
        location="Лабораторија 2",
        commissioned_on=date(2019, 4, 1),
        hourly_rate=Decimal("45.50"),
        currency="EUR",
        nominal_power_kw=Decimal("7.5"),
        requires_qualification=True,
        is_measuring_instrument=True,
        max_booking_hours=8,
        min_notice_hours=24,
        bookable=False,
        notes="Kalibrisano 2026; ne koristiti bez obuke.",
    )
    with db.reader() as session:
        detail = equipment_service.get_equipment(session, manager, equipment_id)
    # Every field of the record (ISO/IEC 17025 §6.4.13) comes back as given.
    assert detail.data == EquipmentData(
        asset_tag="ITC-0042",  # trimmed and upper-cased
        name="Univerzális szakítógép 100 kN",
        category="testing_machine",
        manufacturer="ZwickRoell",
        model="Z100",
        serial_number="SN 734-2211",
        firmware_version="testXpert III 1.6",
        location="Лабораторија 2",
        commissioned_on=date(2019, 4, 1),
        hourly_rate=Decimal("45.50"),
        currency="EUR",
        nominal_power_kw=Decimal("7.5"),
        bookable=False,
        requires_qualification=True,
        is_measuring_instrument=True,
        notes="Kalibrisano 2026; ne koristiti bez obuke.",
        max_booking_hours=8,
        min_notice_hours=24,
    )
    assert detail.status == "available"
    assert detail.version == 1


def test_validation_names_every_wrong_field_and_saves_nothing(db: Database, manager: Actor) -> None:
    bad = EquipmentData(
        asset_tag="ITC 42!",
        name=" ",
        category="spaceship",
        currency="USD",
        hourly_rate=Decimal("-1"),
        nominal_power_kw=Decimal("-3"),
        max_booking_hours=0,
        min_notice_hours=-1,
        commissioned_on=date.today() + timedelta(days=40),
        serial_number="x" * 101,
    )
    with db.transaction(manager) as session, pytest.raises(ValidationError) as caught:
        equipment_service.create_equipment(session, manager, bad)
    errors = caught.value.errors
    assert set(errors) == {
        "Asset tag",
        "Name",
        "Category",
        "Currency",
        "Hourly rate",
        "Nominal power (kW)",
        "Max. booking (hours)",
        "Min. notice (hours)",
        "Commissioning date",
        "Serial number",
    }
    assert "unknown category spaceship" in errors["Category"]
    assert errors["Name"] == "required"
    assert "Asset tag:" in str(caught.value)
    assert _count(db) == 0


def test_duplicate_tag_is_refused_naming_the_owner(db: Database, manager: Actor) -> None:
    make_equipment(db, manager, "ITC-0001", name="CNC lathe")
    with pytest.raises(ValidationError) as caught:
        make_equipment(db, manager, "itc-0001", name="Another lathe")
    assert caught.value.errors == {"Asset tag": "ITC-0001 is already used by CNC lathe"}
    assert _count(db) == 1


def test_database_keeps_tags_unique_by_itself(db: Database, manager: Actor) -> None:
    make_equipment(db, manager, "ITC-0001")
    with pytest.raises(IntegrityError), db.transaction(manager) as session:
        session.add(Equipment(asset_tag="ITC-0001", name="x", category="other"))
        session.flush()


def test_database_refuses_unknown_category(db: Database, manager: Actor) -> None:
    with pytest.raises(IntegrityError, match="category_valid"), db.transaction(manager) as s:
        s.add(Equipment(asset_tag="ITC-0009", name="x", category="spaceship"))
        s.flush()


def test_technician_may_read_but_not_create_or_edit(
    db: Database, manager: Actor, technician: Actor
) -> None:
    equipment_id = make_equipment(db, manager)
    with pytest.raises(PermissionDenied):
        make_equipment(db, technician, "ITC-0002")
    with db.transaction(technician) as session:
        detail = equipment_service.get_equipment(session, technician, equipment_id)
        with pytest.raises(PermissionDenied):
            equipment_service.update_equipment(session, technician, equipment_id, detail.data)
        with pytest.raises(PermissionDenied):
            equipment_service.retire_equipment(session, technician, equipment_id, "old")
        assert len(equipment_service.list_equipment(session, technician)) == 1
    with db.reader() as session, pytest.raises(PermissionDenied):
        equipment_service.list_equipment(session, None)


def test_edit_is_audited_and_a_stale_version_is_refused(db: Database, manager: Actor) -> None:
    equipment_id = make_equipment(db, manager)
    with db.reader() as session:
        detail = equipment_service.get_equipment(session, manager, equipment_id)
    detail.data.location = "Hall B, bay 3"
    with db.transaction(manager) as session:
        new_version = equipment_service.update_equipment(
            session, manager, equipment_id, detail.data, expected_version=detail.version
        )
    assert new_version == detail.version + 1
    # A second edit still based on the first copy is refused.
    detail.data.location = "Hall C"
    with (
        db.transaction(manager) as session,
        pytest.raises(Conflict, match=f"changed by {manager.full_name} at .* — reload"),
    ):
        equipment_service.update_equipment(
            session, manager, equipment_id, detail.data, expected_version=detail.version
        )
    with db.reader() as session:
        changes = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.table_name == "equipment", AuditEntry.action == "update"
            )
        ).all()
    assert len(changes) == 1
    assert '"location": {"new": "Hall B, bay 3", "old": "Műhely A"}' in changes[0]


def test_list_search_filters_and_derived_in_use(
    db: Database, manager: Actor, technician: Actor
) -> None:
    lathe = make_equipment(db, manager, "ITC-0001", name="CNC lathe", serial_number="LX-77")
    make_equipment(
        db, manager, "ITC-0002", name="TIG welding station", category="welding", location="Hall B"
    )
    furnace = make_equipment(
        db, manager, "ITC-0003", name="Hőkezelő kemence", category="furnace", location="Hall B"
    )
    with db.transaction(technician) as session:
        usage_service.start_use(session, technician, lathe)
    with db.transaction(manager) as session:
        equipment_service.retire_equipment(session, manager, furnace, "Replaced by a new one")

    def tags(query: EquipmentQuery, **paging: int) -> list[str]:
        with db.reader() as session:
            rows = equipment_service.list_equipment(session, technician, query, **paging)
        return [r.asset_tag for r in rows]

    assert tags(EquipmentQuery()) == ["ITC-0001", "ITC-0002", "ITC-0003"]
    assert tags(EquipmentQuery(text="lx-77")) == ["ITC-0001"]  # serial, any case
    assert tags(EquipmentQuery(text="hall b")) == ["ITC-0002", "ITC-0003"]
    assert tags(EquipmentQuery(text="Hőkezelő")) == ["ITC-0003"]
    assert tags(EquipmentQuery(text="100%")) == []  # LIKE wildcards are escaped
    assert tags(EquipmentQuery(category="welding")) == ["ITC-0002"]
    assert tags(EquipmentQuery(status="in_use")) == ["ITC-0001"]
    assert tags(EquipmentQuery(status="available")) == ["ITC-0001", "ITC-0002"]
    assert tags(EquipmentQuery(include_retired=False)) == ["ITC-0001", "ITC-0002"]
    assert tags(EquipmentQuery(), offset=1, limit=1) == ["ITC-0002"]
    with db.reader() as session:
        assert equipment_service.count_equipment(session, technician) == 3
        rows = equipment_service.list_equipment(session, technician)
        assert (
            equipment_service.count_equipment(session, technician, EquipmentQuery(text="hall b"))
            == 2
        )
    by_tag = {r.asset_tag: r for r in rows}
    assert by_tag["ITC-0001"].display_status == "in_use"
    assert by_tag["ITC-0001"].status == "available"
    assert by_tag["ITC-0001"].status_label == "In use"
    assert by_tag["ITC-0001"].running_operator == "Szőke Bence"
    assert by_tag["ITC-0002"].display_status == "available"
    assert by_tag["ITC-0003"].status_label == "Retired"
    assert by_tag["ITC-0003"].category_label == "Furnace"


def test_find_by_tag_for_the_scanner(db: Database, manager: Actor, technician: Actor) -> None:
    make_equipment(db, manager, "ITC-0042", name="Charpy pendulum 300 J")
    with db.reader() as session:
        found = equipment_service.find_by_tag(session, technician, "  itc-0042\n")
        assert found is not None and found.name == "Charpy pendulum 300 J"
        assert equipment_service.find_by_tag(session, technician, "ITC-0043") is None
        assert equipment_service.find_by_tag(session, technician, "ITC-004") is None
        assert equipment_service.find_by_tag(session, technician, "   ") is None


def test_retire_needs_a_note_and_no_running_session(
    db: Database, manager: Actor, technician: Actor
) -> None:
    equipment_id = make_equipment(db, manager)
    with db.transaction(technician) as session:
        usage_id = usage_service.start_use(session, technician, equipment_id)
    with db.transaction(manager) as session, pytest.raises(Conflict, match="stop the running"):
        equipment_service.retire_equipment(session, manager, equipment_id, "worn out")
    with db.transaction(technician) as session:
        usage_service.stop_use(session, technician, usage_id)
    with db.transaction(manager) as session, pytest.raises(ValidationError, match="Note"):
        equipment_service.retire_equipment(session, manager, equipment_id, "  ")
    with db.transaction(manager) as session:
        equipment_service.retire_equipment(session, manager, equipment_id, "worn out")
    with db.transaction(manager) as session, pytest.raises(InvalidTransition, match="already"):
        equipment_service.retire_equipment(session, manager, equipment_id, "again")
    with db.reader() as session:
        history = equipment_service.status_history(session, manager, equipment_id)
    assert [(h.from_status, h.to_status, h.note, h.changed_by) for h in history] == [
        ("available", "retired", "worn out", "Petrović Đorđe")
    ]


def test_take_out_of_service_by_manager(db: Database, manager: Actor) -> None:
    equipment_id = make_equipment(db, manager)
    with db.transaction(manager) as session, pytest.raises(ValidationError):
        equipment_service.take_out_of_service(session, manager, equipment_id, "")
    with db.transaction(manager) as session:
        equipment_service.take_out_of_service(
            session, manager, equipment_id, "Spindle bearing noise"
        )
    with db.transaction(manager) as session, pytest.raises(InvalidTransition):
        equipment_service.take_out_of_service(session, manager, equipment_id, "again")
    with db.reader() as session:
        assert equipment_service.get_equipment(session, manager, equipment_id).status == (
            "out_of_service"
        )


def test_rows_carry_the_calibration_badge(db: Database, manager: Actor, technician: Actor) -> None:
    make_equipment(db, manager, "ITC-0001")
    make_instrument(db, manager, "ITC-0101", calibrated_days_ago=10)
    make_instrument(db, manager, "ITC-0102", calibrated_days_ago=350)
    make_instrument(db, manager, "ITC-0103", calibrated_days_ago=400)
    with db.reader() as session:
        rows = equipment_service.list_equipment(session, technician)
        scanned = equipment_service.find_by_tag(session, technician, "itc-0103")
    assert [(r.asset_tag, r.calibration.state) for r in rows] == [
        ("ITC-0001", "not_required"),
        ("ITC-0101", "ok"),
        ("ITC-0102", "due_soon"),
        ("ITC-0103", "out"),
    ]
    assert scanned is not None and scanned.calibration.describe().startswith(
        "calibration expired on"
    )
