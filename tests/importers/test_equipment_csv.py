"""Equipment CSV: export for spreadsheets, all-or-nothing import, round trip."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from itc_desktop.config import sqlite_url
from itc_desktop.db import Actor, Database
from itc_desktop.importers.equipment_csv import (
    HEADERS,
    RowError,
    export_equipment_csv,
    import_equipment_csv,
)
from itc_desktop.importers.spreadsheet_cells import neutralise
from itc_desktop.models import AuditEntry
from itc_desktop.models.equipment import Equipment, EquipmentStatusChange
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services import users as user_service
from itc_desktop.services.equipment import EquipmentData
from itc_desktop.services.errors import PermissionDenied

HEADER = ",".join(HEADERS)


def add(db: Database, actor: Actor, **fields: object) -> int:
    values: dict[str, object] = {"category": "testing_machine"}
    values.update(fields)
    with db.transaction(actor) as session:
        return equipment_service.create_equipment(session, actor, EquipmentData(**values))


def counts(db: Database) -> tuple[int, int]:
    with db.reader() as session:
        return (
            session.scalar(select(func.count()).select_from(Equipment)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def run_import(db: Database, actor: Actor, data: bytes | str):  # type: ignore[no-untyped-def]
    with db.transaction(actor) as session:
        return import_equipment_csv(session, actor, data)


def export(db: Database, actor: Actor) -> bytes:
    with db.reader() as session:
        return export_equipment_csv(session, actor)


def fill_sample(db: Database, manager: Actor) -> None:
    add(
        db,
        manager,
        asset_tag="ITC-0001",
        name="Szakítógép 100 kN — Шаржер",
        manufacturer="ZwickRoell",
        model="Z100",
        serial_number='=HYPERLINK("x")',
        location='Hala 2; Čačak, "north" bay',
        commissioned_on=date(2019, 5, 14),
        hourly_rate=Decimal("85.50"),
        currency="EUR",
        nominal_power_kw=Decimal("7.500"),
        is_measuring_instrument=True,
        requires_qualification=True,
        notes="line one\nline two: đ š ž ć č ő ű",
        max_booking_hours=8,
        min_notice_hours=24,
    )
    add(
        db,
        manager,
        asset_tag="ITC-0002",
        name="Hardness tester",
        category="measuring_instrument",
        notes="-20 °C storage",
        bookable=False,
    )
    retired = add(db, manager, asset_tag="ITC-0003", name="Old furnace", category="furnace")
    with db.transaction(manager) as session:
        equipment_service.retire_equipment(session, manager, retired, "scrapped")


def rows_of(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_export_has_the_import_headers_and_every_row(db: Database, manager: Actor) -> None:
    fill_sample(db, manager)
    data = export(db, manager)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = rows_of(data)
    assert [row["asset_tag"] for row in rows] == ["ITC-0001", "ITC-0002", "ITC-0003"]
    assert tuple(rows[0]) == HEADERS
    first = rows[0]
    assert first["name"] == "Szakítógép 100 kN — Шаржер"
    assert first["hourly_rate"] == "85.50" and first["commissioned_on"] == "2019-05-14"
    assert first["is_measuring_instrument"] == "yes" and rows[1]["bookable"] == "no"
    assert rows[2]["status"] == "retired"


def test_export_neutralises_formula_cells(db: Database, manager: Actor) -> None:
    fill_sample(db, manager)
    rows = rows_of(export(db, manager))
    assert rows[0]["serial_number"] == '\'=HYPERLINK("x")'
    assert rows[1]["notes"] == "'-20 °C storage"
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(start + "1") == "'" + start + "1"
    assert neutralise("ITC-0001") == "ITC-0001" and neutralise("") == ""


def test_export_then_import_round_trips(db: Database, manager: Actor, tmp_path: Path) -> None:
    fill_sample(db, manager)
    exported = export(db, manager)
    other = Database(sqlite_url(tmp_path / "other.sqlite"))
    try:
        with other.transaction() as session:
            admin = user_service.create_first_admin(session, "boss", "Nagy Ödön", "long-pass-1")
        result = run_import(other, admin, exported)
        assert result.ok and result.imported == 3
        assert export(other, admin) == exported
        with other.reader() as session:
            stored = session.scalars(select(Equipment).order_by(Equipment.asset_tag)).all()
            assert stored[0].serial_number == '=HYPERLINK("x")'  # the apostrophe is undone
            assert stored[0].notes == "line one\nline two: đ š ž ć č ő ű"
            assert stored[0].nominal_power_kw == Decimal("7.500")
            assert stored[2].status == "retired"
            change = session.scalar(select(EquipmentStatusChange))
            assert change is not None and change.to_status == "retired"
            assert change.changed_by_id == admin.id
    finally:
        other.dispose()


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("delimiter", [",", ";"], ids=["comma", "semicolon"])
def test_import_reads_bom_or_not_comma_or_semicolon(
    db: Database, manager: Actor, bom: bool, delimiter: str
) -> None:
    rate = "12,5" if delimiter == ";" else "12.5"
    lines = [
        delimiter.join(["asset_tag", "name", "category", "hourly_rate", "is_measuring_instrument"]),
        delimiter.join(["itc-0100", "Шаржер", "Measuring instrument", rate, "igen"]),
        delimiter.join(["ITC-0101", '"Kovács, Petrović; Đorđe"', "welding", "", "no"]),
        "",
    ]
    text = "\r\n".join(lines)
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    result = run_import(db, manager, data)
    assert result.ok, result.errors
    assert result.imported == 2
    with db.reader() as session:
        first, second = session.scalars(select(Equipment).order_by(Equipment.asset_tag)).all()
    assert first.asset_tag == "ITC-0100"  # stored upper case like the form does
    assert first.name == "Шаржер" and first.category == "measuring_instrument"
    assert first.hourly_rate == Decimal("12.50") and first.is_measuring_instrument
    assert second.name == "Kovács, Petrović; Đorđe" and second.hourly_rate is None
    assert second.bookable  # absent column: the default


BAD_ROWS = [
    # (row text, column, words of the message)
    (",No tag,furnace", "asset_tag", "required"),
    ("ITC-0002,Unknown kind,spaceship", "category", "unknown category"),
    ("ITC-0003,Bad rate,furnace,12.3.4", "hourly_rate", "not a number"),
    ("ITC-0004,Negative,furnace,-5", "hourly_rate", "negative"),
    ("ITC-0005,Precise,furnace,1.234", "hourly_rate", "at most 2 decimals"),
    ("ITC-0006,Bad date,furnace,,2024-02-30", "commissioned_on", "not a date"),
    ("ITC-0007,Bad flag,furnace,,,perhaps", "bookable", "not yes or no"),
    ("ITC-0008,,furnace", "name", "required"),
    ("ITC-0009,Future,furnace,,2999-01-01", "commissioned_on", "future"),
    ("ITC 10 !,Bad tag,furnace", "asset_tag", "letters, digits"),
]
BAD_HEADER = "asset_tag,name,category,hourly_rate,commissioned_on,bookable"


@pytest.mark.parametrize(
    ("line", "column", "words"), BAD_ROWS, ids=[r[1] + ":" + r[2] for r in BAD_ROWS]
)
def test_each_bad_row_is_named_and_nothing_is_written(
    db: Database, manager: Actor, line: str, column: str, words: str
) -> None:
    before = counts(db)
    data = "\n".join([BAD_HEADER, "ITC-0900,A good row,furnace", line, ""])
    result = run_import(db, manager, data)
    assert not result.ok and result.imported == 0
    assert [(e.row, e.column) for e in result.errors] == [(3, column)]
    assert words in result.errors[0].message
    assert counts(db) == before  # not even the good row, not even an audit entry


def test_duplicates_in_the_file_and_in_the_database(db: Database, manager: Actor) -> None:
    add(db, manager, asset_tag="ITC-0001", name="Existing")
    before = counts(db)
    data = "\n".join(
        [
            "asset_tag,name,category",
            "ITC-0001,Again,furnace",
            "ITC-0002,First,furnace",
            "itc-0002,Second,furnace",
            "ITC-0003,Fine,furnace",
        ]
    )
    result = run_import(db, manager, data)
    assert [(e.row, e.column) for e in result.errors] == [(2, "asset_tag"), (4, "asset_tag")]
    assert "already used by Existing" in result.errors[0].message
    assert "also in row 3" in result.errors[1].message
    assert counts(db) == before


def test_every_bad_row_is_reported_at_once(db: Database, manager: Actor) -> None:
    data = "\n".join([BAD_HEADER, *(line for line, _c, _w in BAD_ROWS)])
    result = run_import(db, manager, data)
    assert [(e.row, e.column) for e in result.errors] == [
        (row, column) for row, (_l, column, _w) in enumerate(BAD_ROWS, start=2)
    ]
    assert str(result.errors[1]) == (
        "Row 3, column category: unknown category 'spaceship' (one of machine_tool, "
        "testing_machine, measuring_instrument, furnace, welding, additive_manufacturing, other)"
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", RowError(None, "", "The file is empty.")),
        (
            b"asset_tag,name,category\n",
            RowError(None, "", "The file has no equipment rows."),
        ),
        (
            b"asset_tag,name\nITC-1,x\n",
            RowError(1, "category", "required column is missing"),
        ),
        (
            b"asset_tag,name,category,colour\nITC-1,x,furnace,red\n",
            RowError(1, "colour", "unknown column"),
        ),
        (
            "asset_tag,name,category\nITC-1,Kov\xe1cs,furnace\n".encode("latin-1"),
            RowError(None, "", "The file is not UTF-8 text (byte 34 is not valid)."),
        ),
        (
            b"asset_tag,name,category\nITC-1,x,furnace,extra\n",
            RowError(2, "", "4 cells, the header has 3"),
        ),
    ],
    ids=["empty", "no-rows", "missing-column", "unknown-column", "latin-1", "extra-cells"],
)
def test_file_level_problems(db: Database, manager: Actor, data: bytes, expected: RowError) -> None:
    before = counts(db)
    assert run_import(db, manager, data).errors == (expected,)
    assert counts(db) == before


def test_status_column_and_default_currency(db: Database, manager: Actor) -> None:
    data = "asset_tag,name,category,status,currency\nITC-1,Lathe,machine_tool,out_of_service,\n"
    assert run_import(db, manager, data).imported == 1
    with db.reader() as session:
        lathe = session.scalar(select(Equipment))
        assert lathe is not None and lathe.status == "out_of_service" and lathe.currency == "EUR"
    bad = run_import(db, manager, "asset_tag,name,category,status\nITC-2,x,furnace,in_use\n")
    assert [(e.row, e.column) for e in bad.errors] == [(2, "status")]


def test_only_equipment_managers_import(db: Database, technician: Actor, manager: Actor) -> None:
    add(db, manager, asset_tag="ITC-0001", name="Lathe", category="machine_tool")
    assert rows_of(export(db, technician))[0]["asset_tag"] == "ITC-0001"
    before = counts(db)
    with pytest.raises(PermissionDenied):
        run_import(db, technician, "asset_tag,name,category\nITC-2,x,furnace\n")
    with pytest.raises(PermissionDenied), db.reader() as session:
        export_equipment_csv(session, None)
    assert counts(db) == before
