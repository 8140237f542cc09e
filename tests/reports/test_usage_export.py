"""The usage figures as XLSX and CSV, read back with openpyxl and csv: the same numbers as
the figures (numbers, not text), formats, bold frozen headers, BOM and the separators of the
language, every letter intact."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from itc_desktop.db import Actor, Database
from itc_desktop.reports.usage_export import CSV_COLUMNS, usage_csv, usage_workbook
from itc_desktop.services.usage_report import UsageFigures, usage_figures
from tests.services.usage_report_support import DATE_FROM, DATE_TO, NOW, Generated, generate


@pytest.fixture
def figures(db: Database, admin: Actor, manager: Actor, technician: Actor) -> UsageFigures:
    generate(db, admin, [admin, manager, technician], seed=5)
    with db.reader() as session:
        return usage_figures(session, manager, DATE_FROM, DATE_TO, now=NOW)


def test_workbook_has_a_sheet_per_table_with_numbers(figures: UsageFigures) -> None:
    book = load_workbook(io.BytesIO(usage_workbook(figures)))
    assert book.sheetnames == ["Report", "Equipment", "Companies", "Operators", "Months"]
    report = book["Report"]
    assert report["B2"].value == datetime(2026, 3, 1) and report["B3"].value == datetime(
        2026, 4, 30
    )
    assert report["B5"].value == "all equipment"
    for name in book.sheetnames[1:]:
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert all(cell.font.bold for cell in sheet[sheet.max_row])  # the total row
        assert sheet.cell(sheet.max_row, 1).value == "Total"
    sheet = book["Equipment"]
    headers = [c.value for c in sheet[1]]
    for row, item in zip(
        sheet.iter_rows(min_row=2, values_only=True), figures.equipment, strict=False
    ):
        values = dict(zip(headers, row, strict=True))
        assert values["Asset tag"] == item.asset_tag and values["Equipment"] == item.name
        assert values["Used h"] == pytest.approx(item.used_hours, abs=1e-9)
        assert values["Booked h"] == pytest.approx(item.booked_hours, abs=1e-9)
        assert values["Available h"] == pytest.approx(item.available_hours, abs=1e-9)
        assert values["Utilization"] == pytest.approx(item.utilization, abs=1e-12)
        assert values["Sessions"] == item.sessions and values["No-shows"] == item.no_shows
        assert values["Energy kWh"] == (
            None if item.energy_kwh is None else pytest.approx(item.energy_kwh)
        )
    assert sheet.cell(2, headers.index("Utilization") + 1).number_format == "0.0%"
    assert sheet.cell(2, headers.index("Used h") + 1).number_format == "#,##0.0"
    assert sheet.cell(2, headers.index("Sessions") + 1).number_format == "#,##0"
    assert sheet.cell(sheet.max_row, headers.index("Used h") + 1).value == pytest.approx(
        figures.totals.used_hours
    )
    companies = book["Companies"]
    headers = [c.value for c in companies[1]]
    currencies = [h.removeprefix("Machine cost ") for h in headers if h.startswith("Machine cost")]
    assert currencies == ["EUR", "HUF", "RSD"]
    for row, company in zip(
        companies.iter_rows(min_row=2, values_only=True), figures.companies, strict=False
    ):
        assert row[0] == company.name and row[1] == pytest.approx(company.hours)
        for currency, amount in company.costs:
            assert row[3 + currencies.index(currency)] == pytest.approx(float(amount))
    assert companies.cell(2, 4).number_format == "#,##0.00"
    months = book["Months"]
    assert [r[0] for r in months.iter_rows(min_row=2, max_row=3, values_only=True)] == [
        datetime(2026, 3, 1), datetime(2026, 4, 1),
    ]  # fmt: skip
    assert months.cell(2, 1).number_format == "yyyy-mm"
    names = [r[0] for r in book["Operators"].iter_rows(min_row=2, values_only=True)]
    assert set(names) == {"Kovács Ildikó", "Petrović Đorđe", "Szőke Bence", "Total"}


@pytest.mark.parametrize(("lang", "delimiter", "mark"), [("en", ",", "."), ("hu", ";", ",")])
def test_csv_one_file_with_a_section_column(
    figures: UsageFigures, lang: str, delimiter: str, mark: str
) -> None:
    data = usage_csv(figures, lang)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
    assert tuple(rows[0]) == CSV_COLUMNS

    def number(text: str) -> float:
        assert "." not in text if mark == "," else "," not in text
        return float(text.replace(mark, "."))

    by_section: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_section.setdefault(row["section"], []).append(row)
    assert [r["key"] for r in by_section["equipment"]] == [e.asset_tag for e in figures.equipment]
    for row, item in zip(by_section["equipment"], figures.equipment, strict=True):
        assert row["name"] == item.name
        assert number(row["used_h"]) == pytest.approx(item.used_hours, abs=1e-6)
        assert number(row["available_h"]) == pytest.approx(item.available_hours, abs=1e-6)
        assert number(row["downtime_h"]) == pytest.approx(item.downtime_hours, abs=1e-6)
        assert int(row["sessions"]) == item.sessions and int(row["no_shows"]) == item.no_shows
        assert row["jobs"] == ""  # not a column of the equipment section
    for row, company in zip(by_section["company"], figures.companies, strict=True):
        assert row["name"] == company.name and int(row["jobs"]) == company.jobs
        for currency, amount in company.costs:
            assert row[f"cost_{currency}"] == f"{amount:f}".replace(".", mark)
    assert {r["name"] for r in by_section["operator"]} == {o.name for o in figures.operators}
    assert [r["key"] for r in by_section["month"]] == ["2026-03", "2026-04"]
    [total] = by_section["total"]
    assert number(total["used_h"]) == pytest.approx(figures.totals.used_hours, abs=1e-6)
    assert int(total["sessions"]) == figures.totals.sessions


def test_selection_in_the_workbook(
    db: Database, manager: Actor, admin: Actor, technician: Actor
) -> None:
    g: Generated = generate(db, admin, [admin, manager, technician], seed=2)
    with db.reader() as session:
        figures = usage_figures(
            session, manager, date(2026, 3, 1), date(2026, 3, 31), now=NOW,
            equipment_tags=["ITC-0003"],
        )  # fmt: skip
    book = load_workbook(io.BytesIO(usage_workbook(figures)))
    assert book["Report"]["B5"].value == "ITC-0003"
    assert [r[0] for r in book["Equipment"].iter_rows(min_row=2, values_only=True)] == [
        "ITC-0003", "Total",
    ]  # fmt: skip
    assert book["Equipment"]["B2"].value == "Пећ за каљење" and g.equipment["ITC-0003"]
