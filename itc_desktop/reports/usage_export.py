"""The usage report's figures as a workbook (openpyxl: one sheet per table, numbers as
numbers with number formats, bold frozen header row) and as one CSV file with a section
column (UTF-8 with BOM so Excel reads the letters; separators of the report's language)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from itc_desktop.i18n import _
from itc_desktop.importers.spreadsheet_cells import neutralise
from itc_desktop.models.equipment import CATEGORY_LABELS, EQUIPMENT_CURRENCIES
from itc_desktop.services.usage_report import UsageFigures

HOURS = "#,##0.0"
PERCENT = "0.0%"
INTEGER = "#,##0"
MONEY = "#,##0.00"
KWH = "#,##0.0"
MONTH = "yyyy-mm"

Column = tuple[str, str | None]  # header, number format (None: text)


def _currencies(figures: UsageFigures) -> list[str]:
    used = {c for company in figures.companies for c, _a in company.costs}
    return [c for c in EQUIPMENT_CURRENCIES if c in used]


def _tables(figures: UsageFigures) -> list[tuple[str, list[Column], list[list[object]]]]:
    """(sheet name, columns, rows incl. a total row) for every table of the report."""
    t = figures.totals
    equipment_columns: list[Column] = [
        (_("Asset tag"), None),
        (_("Equipment"), None),
        (_("Category"), None),
        (_("Booked h"), HOURS),
        (_("Used h"), HOURS),
        (_("Opening h"), HOURS),
        (_("Downtime h (in opening hours)"), HOURS),
        (_("Downtime h (around the clock)"), HOURS),
        (_("Available h"), HOURS),
        (_("Utilization"), PERCENT),
        (_("Sessions"), INTEGER),
        (_("Running sessions"), INTEGER),
        (_("No-shows"), INTEGER),
        (_("Energy kWh"), KWH),
    ]
    equipment_rows: list[list[object]] = [
        [
            e.asset_tag,
            e.name,
            _(CATEGORY_LABELS[e.category]),
            e.booked_hours,
            e.used_hours,
            e.opening_hours,
            e.downtime_hours,
            e.downtime_total_hours,
            e.available_hours,
            e.utilization,
            e.sessions,
            e.running_sessions,
            e.no_shows,
            e.energy_kwh,
        ]
        for e in figures.equipment
    ]
    equipment_rows.append(
        [
            _("Total"),
            "",
            "",
            t.booked_hours,
            t.used_hours,
            t.opening_hours,
            t.downtime_hours,
            t.downtime_total_hours,
            t.available_hours,
            t.utilization,
            t.sessions,
            t.running_sessions,
            t.no_shows,
            t.energy_kwh,
        ]
    )
    currencies = _currencies(figures)
    company_columns: list[Column] = [
        (_("Company"), None),
        (_("Hours"), HOURS),
        (_("Jobs"), INTEGER),
        *((_("Machine cost {currency}", currency=c), MONEY) for c in currencies),
        (_("Hours without rate"), HOURS),
    ]
    company_rows: list[list[object]] = []
    for c in figures.companies:
        costs = dict(c.costs)
        company_rows.append(
            [
                c.name,
                c.hours,
                c.jobs,
                *(costs.get(k, Decimal("0.00")) for k in currencies),
                c.unpriced_hours,
            ]
        )
    totals = dict(t.costs)
    company_rows.append(
        [
            _("Total"),
            sum(c.hours for c in figures.companies),
            sum(c.jobs for c in figures.companies),
            *(totals.get(k, Decimal("0.00")) for k in currencies),
            sum(c.unpriced_hours for c in figures.companies),
        ]
    )
    operator_columns: list[Column] = [
        (_("Operator"), None),
        (_("Sessions"), INTEGER),
        (_("Hours"), HOURS),
    ]
    operator_rows: list[list[object]] = [[o.name, o.sessions, o.hours] for o in figures.operators]
    operator_rows.append(
        [
            _("Total"),
            sum(o.sessions for o in figures.operators),
            sum(o.hours for o in figures.operators),
        ]
    )
    month_columns: list[Column] = [
        (_("Month"), MONTH),
        (_("Booked h"), HOURS),
        (_("Used h"), HOURS),
    ]
    month_rows: list[list[object]] = [
        [m.month, m.booked_hours, m.used_hours] for m in figures.months
    ]
    month_rows.append(
        [
            _("Total"),
            sum(m.booked_hours for m in figures.months),
            sum(m.used_hours for m in figures.months),
        ]
    )
    return [
        (_("Equipment"), equipment_columns, equipment_rows),
        (_("Companies"), company_columns, company_rows),
        (_("Operators"), operator_columns, operator_rows),
        (_("Months"), month_columns, month_rows),
    ]


def _about(figures: UsageFigures) -> list[tuple[str, object]]:
    selection = []
    if figures.category is not None:
        selection.append(_(CATEGORY_LABELS[figures.category]))
    if figures.equipment_tags is not None:
        selection.append(", ".join(figures.equipment_tags))
    return [
        (_("Equipment usage report"), ""),
        (_("From"), figures.date_from),
        (_("To"), figures.date_to),
        (_("Time zone"), figures.time_zone),
        (_("Selection"), "; ".join(selection) or _("all equipment")),
        (_("Figures as of (UTC)"), figures.computed_at.replace(tzinfo=None, microsecond=0)),
    ]


def usage_workbook(figures: UsageFigures) -> bytes:
    """The XLSX bytes: a Report sheet (period, selection) and one sheet per table."""
    book = Workbook()
    about = book.active
    assert about is not None
    about.title = _("Report")
    for key, value in _about(figures):
        about.append([neutralise(key), neutralise(value)])
    about["A1"].font = Font(bold=True)
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 40
    for cell in (about["B2"], about["B3"]):
        cell.number_format = "yyyy-mm-dd"
    about["B6"].number_format = "yyyy-mm-dd hh:mm:ss"
    for title, columns, rows in _tables(figures):
        sheet = book.create_sheet(title)
        sheet.append([neutralise(header) for header, _f in columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([float(v) if isinstance(v, Decimal) else neutralise(v) for v in row])
        for cell in sheet[sheet.max_row]:  # the total row
            cell.font = Font(bold=True)
        for index, (header, number_format) in enumerate(columns, start=1):
            letter = get_column_letter(index)
            if number_format is not None:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    if not isinstance(cell.value, str):
                        cell.number_format = number_format
            longest = max(len(str(r[index - 1] or "")) for r in rows) if rows else 0
            sheet.column_dimensions[letter].width = min(max(len(header), longest, 8) + 2, 50)
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_usage_workbook(figures: UsageFigures, path: Path) -> None:
    path.write_bytes(usage_workbook(figures))


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "section",
    "key",
    "name",
    "booked_h",
    "used_h",
    "available_h",
    "utilization",
    "sessions",
    "no_shows",
    "energy_kwh",
    "downtime_h",
    "jobs",
    *(f"cost_{c}" for c in EQUIPMENT_CURRENCIES),
)


def csv_dialect(lang: str) -> tuple[str, str]:
    """(delimiter, decimal mark): what Excel expects in the report's language."""
    return (",", ".") if lang == "en" else (";", ",")


def _number(value: object, decimal_mark: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        text = f"{value:f}"
    else:  # six decimals: the figures are exact to 1e-6 h
        text = f"{float(value):.6f}".rstrip("0")  # type: ignore[arg-type]
        text = text + "0" if text.endswith(".") else text
    return text.replace(".", decimal_mark)


def usage_csv_rows(figures: UsageFigures) -> list[list[object]]:
    """Every table in one: a row per equipment, company, operator and month, and the totals;
    columns that do not apply to a section stay empty. Numbers unrounded."""
    rows: list[list[object]] = []

    def add(section: str, key: str, name: str, **values: object) -> None:
        rows.append([section, key, name, *(values.get(c, "") for c in CSV_COLUMNS[3:])])

    for e in figures.equipment:
        add("equipment", e.asset_tag, e.name, booked_h=e.booked_hours, used_h=e.used_hours,
            available_h=e.available_hours, utilization=e.utilization, sessions=e.sessions,
            no_shows=e.no_shows, energy_kwh=e.energy_kwh, downtime_h=e.downtime_hours)  # fmt: skip
    for c in figures.companies:
        costs = {f"cost_{k}": v for k, v in c.costs}
        add("company", str(c.company_id or ""), c.name, used_h=c.hours, jobs=c.jobs, **costs)
    for o in figures.operators:
        add("operator", str(o.user_id), o.name, used_h=o.hours, sessions=o.sessions)
    for m in figures.months:
        add("month", f"{m.month:%Y-%m}", "", booked_h=m.booked_hours, used_h=m.used_hours)
    t = figures.totals
    add("total", "", _("Total"), booked_h=t.booked_hours, used_h=t.used_hours,
        available_h=t.available_hours, utilization=t.utilization, sessions=t.sessions,
        no_shows=t.no_shows, energy_kwh=t.energy_kwh, downtime_h=t.downtime_hours,
        **{f"cost_{k}": v for k, v in t.costs})  # fmt: skip
    return rows


def usage_csv(figures: UsageFigures, lang: str = "en") -> bytes:
    delimiter, decimal_mark = csv_dialect(lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in usage_csv_rows(figures):
        # The first three columns are text (section, key, name); the rest numbers.
        writer.writerow(
            [neutralise(v) if i < 3 else _number(v, decimal_mark) for i, v in enumerate(row)]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_usage_csv(figures: UsageFigures, path: Path, lang: str = "en") -> None:
    path.write_bytes(usage_csv(figures, lang))
