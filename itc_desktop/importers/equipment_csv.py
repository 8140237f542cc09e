"""The equipment list as CSV: export for spreadsheets, and an all-or-nothing import.

The import reads UTF-8 with or without BOM, comma- or semicolon-separated, with the export's
header names. Every row is checked before anything is written; one bad row (missing or
duplicate tag, unknown category, bad number, date or yes/no) and nothing is imported, and each
problem is named by its spreadsheet row (the header is row 1) and column."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.importers.spreadsheet_cells import neutralise, unneutralise
from itc_desktop.models.equipment import (
    CATEGORY_LABELS,
    CATEGORY_VALUES,
    EQUIPMENT_CURRENCIES,
    STATUS_VALUES,
    Equipment,
    EquipmentStatus,
)
from itc_desktop.services import equipment as equipment_service
from itc_desktop.services.equipment import (
    FIELD_LABELS,
    EquipmentData,
    change_status,
    create_equipment,
    normalize_tag,
    validate,
)
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.permissions import Permission, require
from itc_desktop.services.settings import get_center
from itc_desktop.services.text_rules import text_problem

YES = ("yes", "true", "1", "y", "igen", "da", "да")
NO = ("no", "false", "0", "n", "nem", "ne", "не")


@dataclass(frozen=True)
class RowError:
    """One problem: `row` is the spreadsheet row (header = 1; None for the whole file)."""

    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        if not self.column:
            return _("Row {row}: {message}", row=self.row, message=self.message)
        return _(
            "Row {row}, column {column}: {message}",
            row=self.row,
            column=self.column,
            message=self.message,
        )


@dataclass(frozen=True)
class ImportResult:
    imported: int = 0
    errors: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


# -- columns ------------------------------------------------------------------------------------


def _text(value: str, limit: int | None) -> Any:
    if limit is not None and len(value) > limit:
        raise ValueError(_("longer than {limit} characters", limit=limit))
    return value


def _required(value: str, limit: int | None) -> Any:
    if not value.strip():
        raise ValueError(_("required"))
    return _text(value.strip(), limit)


def _category(value: str, _limit: int | None) -> Any:
    wanted = value.strip().casefold()
    for key, label in CATEGORY_LABELS.items():
        if wanted in (key.casefold(), label.casefold(), _(label).casefold()):
            return str(key)
    if not wanted:
        raise ValueError(_("required"))
    raise ValueError(
        _(
            "unknown category {value!r} (one of {allowed})",
            value=value,
            allowed=", ".join(CATEGORY_VALUES),
        )
    )


def _status(value: str, _limit: int | None) -> Any:
    wanted = value.strip().casefold()
    if not wanted:
        return EquipmentStatus.AVAILABLE.value
    if wanted not in STATUS_VALUES:
        raise ValueError(
            _(
                "unknown status {value!r} (one of {allowed})",
                value=value,
                allowed=", ".join(STATUS_VALUES),
            )
        )
    return wanted


def _currency(value: str, _limit: int | None) -> Any:
    wanted = value.strip().upper()
    if wanted and wanted not in EQUIPMENT_CURRENCIES:
        raise ValueError(
            _(
                "unknown currency {value!r} (one of {allowed})",
                value=value,
                allowed=", ".join(EQUIPMENT_CURRENCIES),
            )
        )
    return wanted or None  # None: the center's default currency


def _boolean(value: str, _limit: int | None) -> Any:
    wanted = value.strip().casefold()
    if wanted in YES:
        return True
    if wanted in NO:
        return False
    raise ValueError(_("not yes or no: {value!r}", value=value))


def _date(value: str, _limit: int | None) -> Any:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(_("not a date (YYYY-MM-DD): {value!r}", value=value)) from None


def _decimal(places: int) -> Callable[[str, int | None], Any]:
    def parse(value: str, _limit: int | None) -> Any:
        text = value.strip()
        if not text:
            return None
        if "," in text and "." not in text and text.count(",") == 1:
            text = text.replace(",", ".")  # decimal comma (hu, sr spreadsheets)
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(_("not a number: {value!r}", value=value)) from None
        if not number.is_finite():
            raise ValueError(_("not a number: {value!r}", value=value))
        if number < 0:
            raise ValueError(_("must not be negative"))
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            raise ValueError(_("at most {places} decimals", places=places))
        return number

    return parse


def _integer(minimum: int) -> Callable[[str, int | None], Any]:
    def parse(value: str, _limit: int | None) -> Any:
        text = value.strip()
        if not text:
            return None
        try:
            number = int(text)
        except ValueError:
            raise ValueError(_("not a whole number: {value!r}", value=value)) from None
        if number < minimum:
            raise ValueError(_("must be at least {minimum}", minimum=minimum))
        return number

    return parse


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Column:
    name: str  # header in the file = attribute of Equipment
    parse: Callable[[str, int | None], Any]
    required: bool = False  # the header must be present
    default: str = ""  # used for an empty cell or when the column is absent


COLUMNS: tuple[Column, ...] = (
    Column("asset_tag", _required, required=True),
    Column("name", _required, required=True),
    Column("category", _category, required=True),
    Column("manufacturer", _text),
    Column("model", _text),
    Column("serial_number", _text),
    Column("firmware_version", _text),
    Column("location", _text),
    Column("commissioned_on", _date),
    Column("hourly_rate", _decimal(2)),
    Column("currency", _currency),
    Column("nominal_power_kw", _decimal(3)),
    Column("bookable", _boolean, default="yes"),
    Column("requires_qualification", _boolean, default="no"),
    Column("is_measuring_instrument", _boolean, default="no"),
    Column("status", _status),
    Column("notes", _text),
    Column("max_booking_hours", _integer(1)),
    Column("min_notice_hours", _integer(0)),
)
HEADERS = tuple(column.name for column in COLUMNS)


def _length_limit(name: str) -> int | None:
    return getattr(Equipment.__table__.c[name].type, "length", None)


# -- export -------------------------------------------------------------------------------------


def export_equipment_csv(session: Session, actor: Actor | None, delimiter: str = ",") -> bytes:
    """All equipment (retired too), ordered by asset tag, as UTF-8 with BOM (so spreadsheet
    programs see the accents and Cyrillic) with the import's header names."""
    require(actor, Permission.VIEW_EQUIPMENT)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for equipment in session.scalars(select(Equipment).order_by(Equipment.asset_tag)):
        writer.writerow([_plain(neutralise(getattr(equipment, name))) for name in HEADERS])
    return out.getvalue().encode("utf-8-sig")


# -- import -------------------------------------------------------------------------------------


@dataclass
class ParsedFile:
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, values)
    errors: list[RowError] = field(default_factory=list)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            _("The file is not UTF-8 text (byte {at} is not valid).", at=error.start + 1)
        ) from None


def _delimiter(text: str) -> str:
    """Comma or semicolon (what spreadsheets with a decimal comma write), read off the header:
    the column names contain neither."""
    header = text.splitlines()[0]
    return ";" if header.count(";") > header.count(",") else ","


def _records(text: str) -> tuple[list[list[str]], RowError | None]:
    """The file's rows of cells, up to the first one that is not valid CSV (its error)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[list[str]] = []
    try:
        for cells in reader:
            records.append(cells)
    except csv.Error as error:
        detail = str(error)
        if "field larger than field limit" in detail:
            message = _("a cell is longer than {limit} characters", limit=csv.field_size_limit())
        elif "unexpected end of data" in detail:
            message = _('a quoted cell is not closed (a " is missing)')
        elif "expected after" in detail:
            message = _('text after a closing quote (write "" for a quote inside a cell)')
        else:
            message = _("not valid CSV: {detail}", detail=detail)
        return records, RowError(len(records) + 1, "", message)
    return records, None


def parse_equipment_csv(data: bytes) -> ParsedFile:
    """Checks every row without touching the database; the values are ready for the model."""
    parsed = ParsedFile()
    try:
        text = _decode(data)
    except ValueError as error:
        parsed.errors.append(RowError(None, "", str(error)))
        return parsed
    if not text.strip():
        parsed.errors.append(RowError(None, "", _("The file is empty.")))
        return parsed
    records, unreadable = _records(text)
    if unreadable is not None:
        parsed.errors.append(unreadable)
        return parsed
    header = [name.strip() for name in records[0]]
    while header and not header[-1]:
        header.pop()  # a trailing separator
    known = set(HEADERS)
    for number, name in enumerate(header, start=1):
        if not name:
            parsed.errors.append(RowError(1, "", _("column {number} has no name", number=number)))
        elif name not in known:
            parsed.errors.append(RowError(1, name, _("unknown column")))
    seen_headers = set()
    for name in header:
        if name in seen_headers:
            parsed.errors.append(RowError(1, name, _("column appears twice")))
        seen_headers.add(name)
    for column in COLUMNS:
        if column.required and column.name not in seen_headers:
            parsed.errors.append(RowError(1, column.name, _("required column is missing")))
    if parsed.errors:
        return parsed

    first_row_of_tag: dict[str, int] = {}  # by the tag as stored (upper case)
    for index, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank lines that spreadsheets leave at the end
        while len(cells) > len(header) and not cells[-1].strip():
            cells = cells[:-1]  # empty cells after the last column (a trailing separator)
        if len(cells) > len(header):
            parsed.errors.append(
                RowError(
                    index,
                    "",
                    _(
                        "{count} cells, the header has {expected}",
                        count=len(cells),
                        expected=len(header),
                    ),
                )
            )
            continue
        raw = dict(zip(header, (unneutralise(cell) for cell in cells), strict=False))
        values: dict[str, Any] = {}
        row_ok = True
        for column in COLUMNS:
            cell = raw.get(column.name, "")  # short rows: the missing cells are empty
            if not cell.strip() and column.default:
                cell = column.default
            problem = text_problem(cell)
            if problem is not None:
                parsed.errors.append(RowError(index, column.name, problem))
                row_ok = False
                continue
            try:
                values[column.name] = column.parse(cell, _length_limit(column.name))
            except ValueError as error:
                parsed.errors.append(RowError(index, column.name, str(error)))
                row_ok = False
        tag = values.get("asset_tag")
        if tag:
            key = normalize_tag(tag)
            if key in first_row_of_tag:
                parsed.errors.append(
                    RowError(
                        index,
                        "asset_tag",
                        _(
                            "duplicate tag {tag} (also in row {row})",
                            tag=tag,
                            row=first_row_of_tag[key],
                        ),
                    )
                )
                row_ok = False
            else:
                first_row_of_tag[key] = index
        if row_ok:
            parsed.rows.append((index, values))
    if not parsed.rows and not parsed.errors:
        parsed.errors.append(RowError(None, "", _("The file has no equipment rows.")))
    return parsed


def _column_of(label: str) -> str:
    """The CSV column behind a field label of the equipment service's ValidationError."""
    for name, field_label in FIELD_LABELS.items():
        if label in (field_label, _(field_label)):
            return name
    return label


def import_equipment_csv(session: Session, actor: Actor | None, data: bytes | str) -> ImportResult:
    """Validates the whole file, then creates every row through the equipment service in the
    caller's transaction, or creates nothing and returns the problems."""
    require(actor, Permission.MANAGE_EQUIPMENT)
    parsed = parse_equipment_csv(data.encode("utf-8") if isinstance(data, str) else data)
    errors = list(parsed.errors)
    default_currency = get_center(session).default_currency
    if default_currency not in EQUIPMENT_CURRENCIES:
        default_currency = EquipmentData.currency
    ready: list[tuple[EquipmentData, str]] = []
    for row, values in parsed.rows:
        status = values.pop("status")
        values["currency"] = values["currency"] or default_currency
        record = EquipmentData(**values)
        try:
            validate(session, record)  # the form's rules, including tags already stored
        except ValidationError as error:
            errors.extend(
                RowError(row, _column_of(label), message) for label, message in error.errors.items()
            )
            continue
        ready.append((record, status))
    if errors:
        errors.sort(key=_error_order)
        return ImportResult(0, tuple(errors))
    for record, status in ready:
        equipment_id = create_equipment(session, actor, record)
        if status != EquipmentStatus.AVAILABLE:
            change_status(
                session,
                actor,
                equipment_service.get(session, equipment_id),
                EquipmentStatus(status),
                _("Imported from a CSV file."),
            )
    return ImportResult(len(ready), ())


def _error_order(error: RowError) -> tuple[int, int]:
    column = HEADERS.index(error.column) if error.column in HEADERS else -1
    return (error.row or 0, column)
