"""Formula injection: every CSV and XLSX export writes text that a spreadsheet would run as a
formula (= + - @ TAB CR) as text with a leading apostrophe; numbers stay numbers; the equipment
import stores `=...` as the literal text."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from itc_desktop.db import Actor, Database
from itc_desktop.importers.equipment_csv import (
    HEADERS,
    export_equipment_csv,
    import_equipment_csv,
)
from itc_desktop.importers.spreadsheet_cells import FORMULA_STARTS, neutralise, unneutralise
from itc_desktop.models.equipment import Equipment
from itc_desktop.reports.usage_export import usage_csv, usage_workbook
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.equipment import EquipmentData
from itc_desktop.services.usage_report import (
    CompanyUsage,
    EquipmentUsage,
    MonthUsage,
    OperatorUsage,
    UsageFigures,
    UsageTotals,
)

LINK = '=HYPERLINK("http://x","y")'
HOSTILE = (LINK, "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'=already quoted")


@given(st.text())
def test_neutralised_text_never_starts_a_formula_and_round_trips(text: str) -> None:
    cell = neutralise(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert unneutralise(cell) == text
    if not text.lstrip("'").startswith(FORMULA_STARTS):
        assert cell == text  # ordinary text is left alone


@given(st.one_of(st.integers(), st.floats(), st.decimals(), st.dates(), st.none()))
def test_values_that_are_not_text_are_left_alone(value: object) -> None:
    assert neutralise(value) is value


def test_every_formula_start_is_quoted() -> None:
    for text in HOSTILE[:-1]:
        assert neutralise(text) == "'" + text
    assert neutralise("'=already quoted") == "''=already quoted"


def _figures(name: str) -> UsageFigures:
    """Usage figures whose equipment, company and operator are all called `name`, with a
    negative number (an energy correction) that must stay a number."""
    now = datetime(2026, 4, 30, 12, tzinfo=UTC)
    equipment = EquipmentUsage(
        equipment_id=1, asset_tag="ITC-0001", name=name, category="testing_machine",
        status="available", booked_hours=2.0, used_hours=1.5, opening_hours=10.0,
        downtime_hours=0.0, downtime_total_hours=0.0, available_hours=10.0, sessions=1,
        running_sessions=0, no_shows=0, energy_kwh=-3.5, hourly_rate=Decimal("10.00"),
        currency="EUR",
    )  # fmt: skip
    return UsageFigures(
        date_from=date(2026, 4, 1), date_to=date(2026, 4, 30), time_zone="Europe/Budapest",
        start=now, end=now, computed_at=now, equipment_tags=(name,), category=None,
        equipment=(equipment,),
        companies=(CompanyUsage(7, name, 1.5, 1, (("EUR", Decimal("15.00")),), 0.0),),
        operators=(OperatorUsage(3, name, 1.5, 1),),
        months=(MonthUsage(date(2026, 4, 1), 1.5, 2.0),),
        totals=UsageTotals(2.0, 1.5, 10.0, 10.0, 0.0, 0.0, 1, 0, 0, -3.5,
                           (("EUR", Decimal("15.00")),)),
    )  # fmt: skip


def test_usage_workbook_cells_are_text_not_formulas() -> None:
    book = load_workbook(io.BytesIO(usage_workbook(_figures(LINK))))
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and "HYPERLINK" in cell.value:
                    texts.append((sheet.title, cell.value))
    assert ("Equipment", "'" + LINK) in texts
    assert ("Companies", "'" + LINK) in texts
    assert ("Operators", "'" + LINK) in texts
    assert ("Report", "'" + LINK) in texts  # the selection of equipment tags
    equipment = book["Equipment"]
    headers = [c.value for c in equipment[1]]
    energy = equipment.cell(2, headers.index("Energy kWh") + 1)
    assert energy.value == -3.5 and energy.data_type == "n"  # a real negative number


def test_usage_csv_quotes_text_and_keeps_negative_numbers() -> None:
    for lang, delimiter in (("en", ","), ("hu", ";")):
        data = usage_csv(_figures(LINK), lang).decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(data), delimiter=delimiter))
        names = {row["section"]: row["name"] for row in rows}
        assert names["equipment"] == names["company"] == names["operator"] == "'" + LINK
        assert rows[0]["energy_kwh"] in ("-3.5", "-3,5")  # a number, not '-3.5


def test_equipment_export_quotes_a_formula_name_and_import_keeps_it_literal(
    db: Database, manager: Actor
) -> None:
    with db.transaction(manager) as session:
        equipment_service.create_equipment(
            session,
            manager,
            EquipmentData(asset_tag="ITC-0001", name=LINK, category="testing_machine",
                          notes="-20 °C storage", hourly_rate=Decimal("12.50")),
        )  # fmt: skip
    with db.reader() as session:
        exported = export_equipment_csv(session, manager)
    row = next(csv.DictReader(io.StringIO(exported.decode("utf-8-sig"))))
    assert row["name"] == "'" + LINK and row["notes"] == "'-20 °C storage"
    assert row["hourly_rate"] == "12.50"

    # A file written by hand (no apostrophe): `=...` is stored as the literal text.
    quoted = LINK.replace('"', '""')
    lines = [",".join(HEADERS[:3]), f'ITC-0002,"{quoted}",machine_tool']
    with db.transaction(manager) as session:
        result = import_equipment_csv(session, manager, "\r\n".join(lines))
    assert result.ok, result.errors
    with db.reader() as session:
        names = {
            tag: name for tag, name in session.execute(select(Equipment.asset_tag, Equipment.name))
        }
    assert names == {"ITC-0001": LINK, "ITC-0002": LINK}
