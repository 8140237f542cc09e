"""Raw tensile machine records (ZwickRoell testXpert, Instron Bluehill, plain CSV exports):
encoding, delimiter, number format, metadata block, header and unit rows, and the columns
found by name and unit, normalised to N, mm, MPa, strain fraction and s."""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

import numpy as np
import numpy.typing as npt

from itc_desktop.analysis.errors import AnalysisError
from itc_desktop.analysis.tensile import Specimen, specimen_geometry
from itc_desktop.i18n import _
from itc_desktop.services.errors import ValidationError

FloatArray = npt.NDArray[np.float64]

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DATA_ROWS = 2_000_000
MAX_LINE_CHARS = 100_000  # below the csv module's field limit (131,072)
QUANTITIES = ("time", "force", "extension", "strain", "stress")
CANONICAL_UNITS = {"time": "s", "force": "N", "extension": "mm", "strain": "1", "stress": "MPa"}
DELIMITERS = ("\t", ";", ",")


class TensileFileError(ValidationError):
    """The file cannot be read as a tensile record; `line` is the 1-based line at fault."""

    def __init__(self, message: str, line: int | None = None):
        text = _("line {line}: {message}", line=line, message=message) if line else message
        super().__init__(text)
        self.line = line


# --------------------------------------------------------------------------- vocabulary

# Unit spellings (folded: lower case, µ→u, ²→2, no spaces) → (quantity, factor to canonical).
_UNITS: dict[str, tuple[str, float]] = {
    "n": ("force", 1.0),
    "kn": ("force", 1000.0),
    "dan": ("force", 10.0),
    "kgf": ("force", 9.80665),
    "lbf": ("force", 4.4482216152605),
    "mm": ("extension", 1.0),
    "um": ("extension", 1e-3),
    "cm": ("extension", 10.0),
    "in": ("extension", 25.4),
    "%": ("strain", 0.01),
    "mm/mm": ("strain", 1.0),
    "m/m": ("strain", 1.0),
    "in/in": ("strain", 1.0),
    "-": ("strain", 1.0),
    "1": ("strain", 1.0),
    "ue": ("strain", 1e-6),
    "um/m": ("strain", 1e-6),
    "mpa": ("stress", 1.0),
    "n/mm2": ("stress", 1.0),
    "n/mm^2": ("stress", 1.0),
    "gpa": ("stress", 1000.0),
    "kpa": ("stress", 1e-3),
    "pa": ("stress", 1e-6),
    "psi": ("stress", 0.00689475729),
    "ksi": ("stress", 6.89475729),
    "s": ("time", 1.0),
    "sec": ("time", 1.0),
    "ms": ("time", 1e-3),
    "min": ("time", 60.0),
    "h": ("time", 3600.0),
}

# Column names in English, German, Hungarian and Serbian (Latin and Cyrillic), folded.
# Long words match inside a name, short ones only as a whole word.
_NAMES: dict[str, tuple[str, ...]] = {
    "time": ("time", "zeit", "prufzeit", "testzeit", "ido", "vreme", "време", "t"),
    "force": (
        "force",
        "load",
        "kraft",
        "standardkraft",
        "prufkraft",
        "ero",
        "terheles",
        "sila",
        "opterecenje",
        "сила",
        "оптерећење",
        "f",
    ),
    "extension": (
        "extension",
        "displacement",
        "elongation",
        "weg",
        "standardweg",
        "feinweg",
        "traverse",
        "crosshead",
        "position",
        "verlangerung",
        "langenanderung",
        "megnyulas",
        "elmozdulas",
        "izduzenje",
        "pomeranje",
        "pomak",
        "издужење",
        "померање",
        "dl",
    ),
    "strain": (
        "strain",
        "dehnung",
        "alakvaltozas",
        "nyulas",
        "deformacija",
        "dilatacija",
        "деформација",
        "eps",
        "e",
    ),
    "stress": ("stress", "spannung", "feszultseg", "napon", "напон", "sigma", "σ"),
}
_EXTENSOMETER_WORDS = ("feinweg", "extenso", "ekstenzo", "extenzo", "aufnehmer", "clip")
_CROSSHEAD_WORDS = ("standardweg", "traverse", "crosshead", "position", "displacement", "pomeranje")

# Metadata keys of specimen dimensions (folded).
_DIMENSION_KEYS: dict[str, tuple[str, ...]] = {
    "gauge_length": (
        "messlange",
        "gauge length",
        "gage length",
        "l0",
        "lo",
        "merohossz",
        "jeltav",
        "merna duzina",
        "мерна дужина",
    ),
    "diameter": ("durchmesser", "diameter", "d0", "atmero", "precnik", "пречник"),
    "thickness": ("dicke", "thickness", "a0", "vastagsag", "debljina", "дебљина"),
    "width": ("breite", "width", "b0", "szelesseg", "sirina", "ширина"),
    "area": (
        "querschnitt",
        "area",
        "s0",
        "cross section",
        "keresztmetszet",
        "povrsina",
        "presek",
        "површина",
    ),
}
_LENGTH_UNITS = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "": 1.0}
_AREA_UNITS = {"mm2": 1.0, "mm^2": 1.0, "cm2": 100.0, "in2": 645.16, "": 1.0}

# Every pattern here runs in linear time: a hostile line of 100,000 digits, spaces or
# brackets must not make the backtracking engine spin (the digit is found by a look-ahead,
# not by a second quantifier over the same characters).
_NUMBER_LIKE = re.compile(
    r"^[+-]?(?=[.,'\s\u00a0\u202f]*\d)[\d.,'\s\u00a0\u202f]+(?:[eE][+-]?\d+)?$"
)
_VALUE_UNIT = re.compile(r"^\s*([+-]?[\d.,'\s\u00a0\u202f]*\d(?:[eE][+-]?\d+)?)\s*(\S.*)?$")
_KEY_SEPARATOR = re.compile(r"[:=;\t]")
_SPACES = ("\u00a0", "\u202f", " ", "'")


def fold(text: str) -> str:
    """Lower case without accents (ő→o, č→c, ä→a; Cyrillic stays), for matching names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("đ", "d").replace("ł", "l").strip()


def _fold_unit(unit: str) -> str:
    text = unit.strip().strip("()[]").strip()
    text = text.replace("µ", "u").replace("μ", "u").replace("²", "2").replace("ε", "e")
    return text.replace(" ", "").casefold()


def unit_factor(unit: str) -> tuple[str, float] | None:
    """(quantity, factor to the canonical unit) of a unit spelling, or None if unknown."""
    return _UNITS.get(_fold_unit(unit))


def _words(folded: str) -> list[str]:
    return [w for w in re.split(r"[^\w%σε]+", folded) if w]


def _name_matches(folded: str, keywords: Sequence[str]) -> bool:
    words = _words(folded)
    for key in keywords:
        if len(key) <= 3 or " " in key:
            if (" " in key and key in folded) or key in words:
                return True
        elif key in folded:
            return True
    return False


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class MetadataItem:
    line: int
    key: str
    value: str
    unit: str
    number: float | None


@dataclass(frozen=True)
class ColumnInfo:
    """One column of the table and what it was recognised as."""

    index: int
    header: str
    unit: str
    quantity: str | None
    factor: float
    by_name: bool
    by_unit: bool


@dataclass(frozen=True)
class SpecimenDimensions:
    """Dimensions found in the file's metadata (mm, mm²); None where absent."""

    diameter_mm: float | None = None
    width_mm: float | None = None
    thickness_mm: float | None = None
    area_mm2: float | None = None
    gauge_length_mm: float | None = None

    def specimen(
        self,
        *,
        diameter: float | None = None,
        width: float | None = None,
        thickness: float | None = None,
        area: float | None = None,
        gauge_length: float | None = None,
    ) -> Specimen | None:
        """The specimen from explicit values, else from the metadata; None if the
        cross-section is unknown. An explicit cross-section replaces the file's."""
        explicit = any(v is not None for v in (diameter, width, thickness, area))
        l0 = gauge_length if gauge_length is not None else self.gauge_length_mm
        if explicit:
            return specimen_geometry(
                diameter=diameter, width=width, thickness=thickness, area=area, gauge_length=l0
            )
        if self.diameter_mm is not None:
            return specimen_geometry(diameter=self.diameter_mm, gauge_length=l0)
        if self.width_mm is not None and self.thickness_mm is not None:
            return specimen_geometry(
                width=self.width_mm, thickness=self.thickness_mm, gauge_length=l0
            )
        if self.area_mm2 is not None:
            return specimen_geometry(area=self.area_mm2, gauge_length=l0)
        return None


@dataclass(frozen=True, eq=False)
class TensileRecord:
    """A decoded record: the table (`raw`, as written), the recognised columns (`data`,
    canonical units) and how sure the recognition is (`ambiguous` → ask the user)."""

    source: str
    encoding: str
    delimiter: str
    decimal: str
    thousands: str | None
    header: tuple[str, ...]
    units: tuple[str, ...]
    header_line: int | None
    unit_line: int | None
    first_data_line: int
    metadata: tuple[MetadataItem, ...]
    dimensions: SpecimenDimensions
    columns: tuple[ColumnInfo, ...]
    mapping: dict[str, int]
    data: dict[str, FloatArray]
    raw: FloatArray = field(repr=False)
    confidence: float = 1.0
    ambiguous: bool = False
    notes: tuple[str, ...] = ()

    @property
    def row_count(self) -> int:
        return int(self.raw.shape[0])

    @property
    def strain_from_crosshead(self) -> bool:
        """True when the strain must come from crosshead travel (no strain column): E and
        Rp then include the machine's compliance and must be flagged (ISO 6892-1 §13)."""
        if "strain" in self.data or "extension" not in self.data:
            return False
        header = fold(self.columns[self.mapping["extension"]].header)
        return any(word in header for word in _CROSSHEAD_WORDS)

    def column(self, quantity: str) -> FloatArray | None:
        return self.data.get(quantity)

    def metadata_value(self, key: str) -> MetadataItem | None:
        wanted = fold(key)
        return next((item for item in self.metadata if fold(item.key) == wanted), None)

    def curve(self, specimen: Specimen | None) -> tuple[FloatArray, FloatArray, Specimen | None]:
        """Engineering strain (fraction) and stress (MPa) for the analysis (see
        `curve_from_columns`)."""
        return curve_from_columns(self.data, specimen, self.dimensions.gauge_length_mm)


def curve_from_columns(
    data: Mapping[str, FloatArray], specimen: Specimen | None, gauge_length_mm: float | None
) -> tuple[FloatArray, FloatArray, Specimen | None]:
    """Engineering strain (fraction) and stress (MPa) from a record's columns.

    Force is divided by S0 when the specimen is known, else a stress column is used;
    the strain column (extensometer) is preferred over extension/L0."""
    force, stress = data.get("force"), data.get("stress")
    strain, extension = data.get("strain"), data.get("extension")
    if force is not None and specimen is not None:
        stress_values = force / specimen.S0_mm2
    elif stress is not None:
        stress_values = stress
    elif force is not None:
        raise AnalysisError(
            _(
                "The cross-section is unknown: give the diameter, the width and "
                "thickness, or the area."
            ),
            field="cross_section",
        )
    else:
        raise AnalysisError(_("The file has no force or stress column."), field="mapping")
    if strain is not None:
        strain_values = strain
    elif extension is not None:
        if specimen is None:
            if gauge_length_mm is None:
                raise AnalysisError(
                    _("The gauge length L0 is unknown: give it or the cross-section."),
                    field="gauge_length",
                )
            strain_values = extension / gauge_length_mm
        else:
            strain_values = extension / specimen.L0_mm
    else:
        raise AnalysisError(_("The file has no extension or strain column."), field="mapping")
    return strain_values, stress_values, specimen


# --------------------------------------------------------------------------- decoding

_TYPICAL = set("äöüßéáíóúőűčćđšžÄÖÜÉÁÍÓÚŐŰČĆĐŠŽ°µ²")
_UNUSUAL = set("õûèæðþýøåãìòùÕÛÈÆÐÞÝØÅÃÌÒÙ¤¦¨¸")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 with BOM, else cp1250 or cp1252,
    whichever yields the characters typical of Hungarian, Serbian Latin and German text."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_marked(data[len(codecs.BOM_UTF8) :], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_marked(data, "utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise TensileFileError(_("This is not a text file (it contains binary data)."))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high_bytes = data.translate(None, bytes(range(128)))  # single-byte code pages: 1 byte = 1 char
    best: tuple[float, str] | None = None
    # Ties (e.g. German text, identical in both) go to cp1252, the Western default.
    for encoding in ("cp1252", "cp1250"):
        try:
            high = high_bytes.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = sum(ch in _TYPICAL for ch in high) - 2 * sum(ch in _UNUSUAL for ch in high)
        score -= sum(unicodedata.category(ch) == "Cc" for ch in high)
        if best is None or score > best[0]:
            best = (score, encoding)
    if best is None:
        return data.decode("latin-1"), "latin-1"
    return data.decode(best[1]), best[1]


def _decode_marked(data: bytes, encoding: str) -> str:
    """Text of a file whose byte-order mark names its encoding; a damaged or cut-short file
    is refused (guessing another encoding would show garbage as if it were data)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise TensileFileError(
            _(
                "The file is marked as {encoding} text but is damaged or cut short "
                "(byte {position} cannot be read).",
                encoding=encoding.upper(),
                position=error.start + 1,
            )
        ) from None


# --------------------------------------------------------------------------- parsing


def _split(line: str, delimiter: str) -> list[str]:
    return [cell.strip() for cell in next(csv.reader([line], delimiter=delimiter), [])]


def _trim(cells: list[str]) -> list[str]:
    while cells and cells[-1] == "":
        cells.pop()
    return cells


def _numeric_row(cells: list[str]) -> bool:
    return len(cells) >= 2 and all(_NUMBER_LIKE.match(c) for c in cells)


def _detect_delimiter(lines: list[str]) -> str:
    sample = list(islice((line for line in reversed(lines) if line.strip()), 200))[::-1]
    best, best_score = None, 0
    for delimiter in DELIMITERS:
        rows = [_trim(cells) for cells in csv.reader(sample, delimiter=delimiter)]
        counts = [len(r) for r in rows if _numeric_row(r)]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common)
        if score > best_score:
            best, best_score = delimiter, score
    if best is None:
        singles = [line for line in sample if _NUMBER_LIKE.match(line.strip().strip('"'))]
        if len(singles) >= max(3, len(sample) // 2):
            raise TensileFileError(
                _("The table has a single column; force and extension are needed.")
            )
        raise TensileFileError(
            _(
                "No table of numbers was found (expected columns separated by tab, semicolon "
                "or comma)."
            )
        )
    return best


def _detect_number_format(cells: Sequence[str], delimiter: str) -> tuple[str, str | None]:
    """(decimal mark, thousands separator or None) from a sample of the table's cells.

    Only number-like cells count, and a mark repeated within a number is a thousands
    separator only when every number with it groups digits by three: one damaged cell
    ("1.2.3x", "1.2.3") must not turn every "0.5" of the file into 5 (found by hypothesis)."""
    numbers = [c for c in cells if _NUMBER_LIKE.match(c)]
    with_comma = [c for c in numbers if "," in c]
    with_dot = [c for c in numbers if "." in c]
    both = [c for c in numbers if "," in c and "." in c]
    if both:
        last = both[0]
        return (",", ".") if last.rfind(",") > last.rfind(".") else (".", ",")
    if with_comma and not with_dot:
        if any(c.count(",") > 1 for c in with_comma) and all(
            _GROUPED[","].match(c) for c in with_comma
        ):
            return ".", ","
        return ",", None
    if (
        with_dot
        and any(c.count(".") > 1 for c in with_dot)
        and all(_GROUPED["."].match(c) for c in with_dot)
    ):
        return ",", "."
    return ".", None


# A number whose integer part is grouped by threes with the mark: "1.234.567", "-12,345".
_GROUPED = {
    mark: re.compile(rf"^[+-]?\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+(?:[eE][+-]?\d+)?$")
    for mark in ".,"
}


def _parse_number(text: str, decimal: str, thousands: str | None) -> float | None:
    value = text.strip()
    for space in _SPACES:
        value = value.replace(space, "")
    if thousands:
        value = value.replace(thousands, "")
    if decimal == ",":
        value = value.replace(",", ".")
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _split_name_unit(text: str) -> tuple[str, str]:
    """("Kraft", "kN") from "Kraft (kN)" or "Kraft [kN]": the unit is the bracketed end,
    opened by the first bracket after the last closing one; unknown units stay in the name."""
    stripped = text.strip()
    if stripped.endswith((")", "]")):
        inner = stripped[:-1]
        after = max(inner.rfind(")"), inner.rfind("]")) + 1
        opens = [i for i in (inner.find("(", after), inner.find("[", after)) if i >= 0]
        if opens:
            name, unit = inner[: min(opens)].strip(), inner[min(opens) + 1 :].strip()
            if unit_factor(unit) or unit in ("", "-"):
                return name, unit
    return stripped, ""


def _is_unit_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(unit_factor(c) is not None for c in filled)


def _parse_metadata(
    numbered: list[tuple[int, str]], delimiter: str, decimal: str, thousands: str | None
) -> list[MetadataItem]:
    items: list[MetadataItem] = []
    for number, line in numbered:
        cells = _trim(_split(line, delimiter))
        if not cells:
            continue
        if len(cells) == 1:
            # "key: value" (or = ; tab): split at the first separator, which is not the first
            # character.
            separator = _KEY_SEPARATOR.search(cells[0])
            if separator is None or separator.start() == 0:
                continue
            key, rest, unit = cells[0][: separator.start()], cells[0][separator.end() :], ""
        else:
            key, rest = cells[0], cells[1]
            unit = cells[2] if len(cells) > 2 else ""
        key = key.strip().rstrip(":").strip()
        key, unit_in_key = _split_name_unit(key)
        value, value_number = rest.strip(), None
        split = _VALUE_UNIT.match(value)
        if split:
            value_number = _parse_number(split.group(1), decimal, thousands)
            if value_number is not None and split.group(2) and not unit:
                unit = split.group(2).strip()
        items.append(
            MetadataItem(
                line=number,
                key=key,
                value=value,
                unit=(unit or unit_in_key).strip(),
                number=value_number,
            )
        )
    return items


def _dimensions(items: Sequence[MetadataItem]) -> SpecimenDimensions:
    found: dict[str, float] = {}
    for item in items:
        if item.number is None or item.number <= 0:
            continue
        key = fold(item.key)
        unit = _fold_unit(item.unit)
        for name, keywords in _DIMENSION_KEYS.items():
            if name in found or not _name_matches(key, keywords):
                continue
            factors = _AREA_UNITS if name == "area" else _LENGTH_UNITS
            if unit in factors:
                found[name] = item.number * factors[unit]
            break
    return SpecimenDimensions(
        diameter_mm=found.get("diameter"),
        width_mm=found.get("width"),
        thickness_mm=found.get("thickness"),
        area_mm2=found.get("area"),
        gauge_length_mm=found.get("gauge_length"),
    )


def _recognise(index: int, header: str, unit: str) -> ColumnInfo:
    name, unit_in_name = _split_name_unit(header)
    unit = unit or unit_in_name
    folded = fold(name)
    by_unit = unit_factor(unit) if unit else None
    candidates = [q for q in QUANTITIES if _name_matches(folded, _NAMES[q])]
    if by_unit is not None:
        quantity, factor = by_unit
        return ColumnInfo(index, header, unit, quantity, factor, quantity in candidates, True)
    if candidates:
        quantity = candidates[0]
        return ColumnInfo(index, header, unit, quantity, 1.0, True, False)
    return ColumnInfo(index, header, unit, None, 1.0, False, False)


def _choose(columns: Sequence[ColumnInfo]) -> tuple[dict[str, int], list[str], bool]:
    """quantity → column: the best-recognised column per quantity; duplicates are noted."""
    mapping: dict[str, int] = {}
    notes: list[str] = []
    duplicate = False
    for quantity in QUANTITIES:
        found = [c for c in columns if c.quantity == quantity]
        if not found:
            continue

        def rank(c: ColumnInfo) -> tuple[int, int, int]:
            sensor = any(w in fold(c.header) for w in _EXTENSOMETER_WORDS)
            return (int(c.by_name) + int(c.by_unit), int(sensor), -c.index)

        found.sort(key=rank, reverse=True)
        mapping[quantity] = found[0].index
        if len(found) > 1 and rank(found[0])[:2] == rank(found[1])[:2]:
            duplicate = True
            notes.append(
                _(
                    "Several columns look like {q}: {names}; '{chosen}' was taken.",
                    q=quantity,
                    names=", ".join(f"'{c.header}'" for c in found),
                    chosen=found[0].header,
                )
            )
    return mapping, notes, duplicate


def parse_tensile_text(
    text: str,
    *,
    source: str = "<text>",
    encoding: str = "utf-8",
    mapping: Mapping[str, int | str] | None = None,
    units: Mapping[str, str] | None = None,
    max_rows: int = MAX_DATA_ROWS,
) -> TensileRecord:
    """Parse the decoded text of a record. `mapping` (quantity → column index or header
    text) and `units` (quantity → unit) override the recognition, e.g. from an import dialog."""
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise TensileFileError(_("The file is empty."))
    if max(map(len, lines)) > MAX_LINE_CHARS:
        index = next(i for i, line in enumerate(lines) if len(line) > MAX_LINE_CHARS)
        raise TensileFileError(
            _(
                "The line has {n} characters; at most {m} are accepted (is this a tensile "
                "record?).",
                n=len(lines[index]),
                m=MAX_LINE_CHARS,
            ),
            line=index + 1,
        )
    delimiter = _detect_delimiter(lines)

    # The table starts at the first line that, with the next non-empty lines, is numeric.
    above: list[tuple[int, list[str]]] = []  # non-empty lines before the table
    cache: dict[int, list[str]] = {}

    def cells(index: int) -> list[str]:
        if index not in cache:
            cache[index] = _trim(_split(lines[index], delimiter))
        return cache[index]

    start = None
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        row = cells(index)
        if _numeric_row(row):
            following = islice((i for i in range(index + 1, len(lines)) if lines[i].strip()), 3)
            if all(_numeric_row(cells(i)) and len(cells(i)) == len(row) for i in following):
                start = index
                break
        above.append((index + 1, row))
    if start is None:
        raise TensileFileError(_("No table of numbers was found."))
    first_line, first_cells = start + 1, cells(start)
    ncols = len(first_cells)
    table = lines[start:]
    if len(table) > max_rows:  # blank lines do not count: count them only when it matters
        rows = sum(1 for line in table if line.strip())
        if rows > max_rows:
            raise TensileFileError(
                _("The table has {n} rows; at most {m} are accepted.", n=rows, m=max_rows)
            )
    head = islice((line for line in table if line.strip()), 2000)
    sample = [c for line in head for c in _trim(_split(line, delimiter))]
    decimal, thousands = _detect_number_format(sample, delimiter)

    # Header and unit rows above the table.
    header_line = unit_line = None
    header_cells: list[str] = []
    unit_cells: list[str] = []
    if above and _is_unit_row(above[-1][1]) and len(above[-1][1]) <= ncols:
        unit_line, unit_cells = above[-1]
        above = above[:-1]
    if above and len(above[-1][1]) == ncols:
        header_line, header_cells = above[-1]
        above = above[:-1]
    notes: list[str] = []
    if header_line is None:
        header_cells = [_("Column {n}", n=i + 1) for i in range(ncols)]
        notes.append(_("The table has no header row; map the columns by hand."))
    unit_cells = (unit_cells + [""] * ncols)[:ncols]
    metadata = _parse_metadata(
        [(n, lines[n - 1]) for n, _c in above], delimiter, decimal, thousands
    )

    raw = _read_table(table, first_line, delimiter, ncols, decimal, thousands)

    columns = tuple(
        _recognise(i, header_cells[i], unit_cells[i] if header_line or unit_line else "")
        for i in range(ncols)
    )
    if mapping is not None:
        chosen = _explicit_mapping(mapping, header_cells, ncols)
        duplicate = False
    else:
        chosen, more_notes, duplicate = _choose(columns)
        notes.extend(more_notes)
    data: dict[str, FloatArray] = {}
    for quantity, index in chosen.items():
        column = columns[index]
        unit = (units or {}).get(quantity, column.unit)
        factor = _factor_for(quantity, unit, raw[:, index], notes, column.header)
        data[quantity] = raw[:, index] * factor

    confidence = _confidence(columns, chosen, mapping is not None)
    ambiguous = mapping is None and (confidence < 0.9 or duplicate or header_line is None)
    return TensileRecord(
        source=source,
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
        thousands=thousands,
        header=tuple(header_cells),
        units=tuple(c.unit for c in columns),
        header_line=header_line,
        unit_line=unit_line,
        first_data_line=first_line,
        metadata=tuple(metadata),
        dimensions=_dimensions(metadata),
        columns=columns,
        mapping=dict(chosen),
        data=data,
        raw=raw,
        confidence=confidence,
        ambiguous=ambiguous,
        notes=tuple(notes),
    )


def _normalised_block(block: str, decimal: str, thousands: str | None) -> str:
    """The table's text with quotes, digit-group spaces and thousands separators removed and
    a decimal comma made a point (quotes must not protect a separator here)."""
    return _normalise(block.replace('"', ""), decimal, thousands)


def _read_table(
    table: list[str],
    first_line: int,
    delimiter: str,
    ncols: int,
    decimal: str,
    thousands: str | None,
) -> FloatArray:
    """The table's values: in one numpy call; when numpy refuses something, block by block,
    and only a refused block line by line (which names the line at fault), so a bad value at
    the end of a million lines is found in seconds, not minutes."""
    raw = _fast_array(table, delimiter, ncols, decimal, thousands)
    if raw is not None:
        return raw
    parts: list[FloatArray] = []
    for offset in range(0, len(table), _BLOCK_LINES):
        block = table[offset : offset + _BLOCK_LINES]
        part = _fast_array(block, delimiter, ncols, decimal, thousands)
        if part is None:
            body = [(n, line) for n, line in enumerate(block, first_line + offset) if line.strip()]
            if not body:
                continue
            part = _to_array(body, delimiter, ncols, decimal, thousands)
        parts.append(part)
    return np.concatenate(parts)


_BLOCK_LINES = 10_000


def _fast_array(
    table: list[str], delimiter: str, ncols: int, decimal: str, thousands: str | None
) -> FloatArray | None:
    """The table in one numpy call (C speed; issue 11: a 100,000-line file in well under
    0.5 s), or None when numpy refuses any of it or a value is not finite: `_to_array` then
    reads it line by line and names the line at fault. numpy is the stricter reader (no
    `1_000`, no blank cells), so what it accepts `_to_array` reads the same way."""
    block = "\n".join(table)
    if not block.strip() or ('"' in block and delimiter in (decimal, thousands)):
        return None  # nothing to read, or quotes protect separators: only csv gets them right
    block = _normalised_block(block, decimal, thousands)
    for attempt in range(2):
        try:
            out = np.loadtxt(
                io.StringIO(block), delimiter=delimiter, comments=None, ndmin=2, dtype=np.float64
            )
        except ValueError:
            if attempt or not _TRAILING_SEPARATOR[delimiter].search(block):
                return None
            # Machines that end every row with a separator: drop it (as `_to_array` does).
            block = "\n".join(line.rstrip().rstrip(delimiter) for line in block.split("\n"))
            continue
        if out.shape[1] != ncols or not np.isfinite(out).all():
            return None
        return out
    return None


_TRAILING_SEPARATOR = {d: re.compile(re.escape(d) + r"\s*$", re.MULTILINE) for d in DELIMITERS}


def _to_array(
    body: list[tuple[int, str]], delimiter: str, ncols: int, decimal: str, thousands: str | None
) -> FloatArray:
    """The table as floats, line by line; a cell that is not a number is reported with its
    line."""
    texts = [line for _n, line in body]
    block = "\n".join(texts)
    if '"' in block and delimiter in (decimal, thousands):
        # Quotes protect the separators: parse properly, normalise cell by cell.
        rows = [
            _trim([_normalise(c.strip(), decimal, thousands) for c in row])
            for row in csv.reader(texts, delimiter=delimiter)
        ]
    else:
        block = _normalised_block(block, decimal, thousands)
        rows = [line.rstrip().rstrip(delimiter).split(delimiter) for line in block.split("\n")]
    wrong = next((i for i, row in enumerate(rows) if len(row) != ncols), None)
    if wrong is not None:
        raise TensileFileError(
            _("expected {n} values, found {m}.", n=ncols, m=len(rows[wrong])), line=body[wrong][0]
        )
    try:
        out = np.array(list(chain.from_iterable(rows)), dtype=np.float64).reshape(-1, ncols)
    except ValueError:
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                try:
                    float(cell.replace(" ", ""))
                except ValueError:
                    original = _trim(_split(body[i][1], delimiter))[j]
                    problem = (
                        _("a value is missing in column {c}.", c=j + 1)
                        if not original
                        else _("'{cell}' is not a number.", cell=original)
                    )
                    raise TensileFileError(problem, line=body[i][0]) from None
        raise
    finite = np.isfinite(out)
    if not finite.all():
        i = int(np.flatnonzero(~finite.all(axis=1))[0])
        j = int(np.flatnonzero(~finite[i])[0])
        original = _trim(_split(body[i][1], delimiter))[j]
        raise TensileFileError(
            _("'{cell}' is not a finite number.", cell=original), line=body[i][0]
        )
    return out


def _normalise(cell: str, decimal: str, thousands: str | None) -> str:
    """A cell (or a whole block) with digit-group spaces and thousands separators removed and a
    decimal comma made a point."""
    value = cell
    for space in _SPACES:
        value = value.replace(space, "")
    if thousands:
        value = value.replace(thousands, "")
    if decimal == ",":
        value = value.replace(",", ".")
    return value


def _explicit_mapping(
    mapping: Mapping[str, int | str], header: Sequence[str], ncols: int
) -> dict[str, int]:
    chosen: dict[str, int] = {}
    for quantity, target in mapping.items():
        if quantity not in QUANTITIES:
            raise TensileFileError(
                _(
                    "Unknown quantity '{q}' (use one of {all}).",
                    q=quantity,
                    all=", ".join(QUANTITIES),
                )
            )
        if isinstance(target, int):
            if not 0 <= target < ncols:
                raise TensileFileError(
                    _("Column {n} does not exist (the table has {m}).", n=target + 1, m=ncols)
                )
            chosen[quantity] = target
        else:
            names = [h.strip() for h in header]
            if target.strip() not in names:
                raise TensileFileError(_("No column is named '{name}'.", name=target))
            chosen[quantity] = names.index(target.strip())
    return chosen


def _factor_for(
    quantity: str, unit: str, values: FloatArray, notes: list[str], header: str
) -> float:
    known = unit_factor(unit) if unit else None
    if known is not None:
        if known[0] != quantity:
            raise TensileFileError(
                _(
                    "The unit '{unit}' of column '{h}' does not fit {q}.",
                    unit=unit,
                    h=header,
                    q=quantity,
                )
            )
        return known[1]
    if unit:
        raise TensileFileError(_("Unknown unit '{unit}' in column '{h}'.", unit=unit, h=header))
    if quantity == "strain" and values.size and float(np.nanmax(np.abs(values))) > 2.0:
        notes.append(_("The strain column has no unit; values above 2 are read as %."))
        return 0.01
    notes.append(
        _("Column '{h}' has no unit; {unit} is assumed.", h=header, unit=CANONICAL_UNITS[quantity])
    )
    return 1.0


def _confidence(columns: Sequence[ColumnInfo], chosen: Mapping[str, int], explicit: bool) -> float:
    if explicit:
        return 1.0

    def score(quantities: Sequence[str]) -> float:
        best = 0.0
        for quantity in quantities:
            if quantity in chosen:
                c = columns[chosen[quantity]]
                best = max(best, 1.0 if c.by_name and c.by_unit else 0.7 if c.by_name else 0.6)
        return best

    return min(score(("force", "stress")), score(("extension", "strain")))


def read_tensile_file(
    path: str | Path,
    *,
    mapping: Mapping[str, int | str] | None = None,
    units: Mapping[str, str] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    max_rows: int = MAX_DATA_ROWS,
) -> TensileRecord:
    """Read a raw tensile record from a file; TensileFileError names the line at fault."""
    data = read_record_bytes(path, max_bytes=max_bytes)
    return parse_tensile_bytes(
        data, source=str(Path(path)), mapping=mapping, units=units, max_rows=max_rows
    )


def read_record_bytes(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, once: an import dialog parses them again with another mapping and
    the caller stores exactly what was parsed. Too large or unreadable → TensileFileError."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise TensileFileError(
                _(
                    "The file is {mb:.0f} MB; at most {max:.0f} MB are accepted.",
                    mb=size / 1e6,
                    max=max_bytes / 1e6,
                )
            )
        data = file.read_bytes()
    except OSError as error:
        raise TensileFileError(
            _("Cannot read {path}: {error}", path=file, error=error.strerror)
        ) from error
    return data


def parse_tensile_bytes(
    data: bytes,
    *,
    source: str = "<bytes>",
    mapping: Mapping[str, int | str] | None = None,
    units: Mapping[str, str] | None = None,
    max_rows: int = MAX_DATA_ROWS,
) -> TensileRecord:
    """Decode and parse a record already read (see `read_record_bytes`)."""
    text, encoding = decode_bytes(data)
    return parse_tensile_text(
        text, source=source, encoding=encoding, mapping=mapping, units=units, max_rows=max_rows
    )


# Unit spellings offered per quantity when the user names a column's unit (first = canonical).
UNIT_CHOICES: dict[str, tuple[str, ...]] = {
    "time": ("s", "ms", "min", "h"),
    "force": ("N", "kN", "daN", "kgf", "lbf"),
    "extension": ("mm", "µm", "cm", "in"),
    "strain": ("1", "%", "mm/mm", "µm/m"),
    "stress": ("MPa", "N/mm²", "GPa", "kPa", "Pa", "psi", "ksi"),
}


def mapping_problem(mapping: Mapping[str, int], header: Sequence[str] = ()) -> str | None:
    """Why a quantity → column mapping cannot give a curve, or None when it can: the
    analysis needs force or stress, extension or strain, and each column once."""
    if "force" not in mapping and "stress" not in mapping:
        return _("Choose a force or a stress column.")
    if "extension" not in mapping and "strain" not in mapping:
        return _("Choose an extension or a strain column.")
    seen: dict[int, str] = {}
    for quantity in QUANTITIES:
        if quantity not in mapping:
            continue
        index = mapping[quantity]
        if index in seen:
            name = header[index] if 0 <= index < len(header) else _("Column {n}", n=index + 1)
            return _(
                "Column '{name}' is chosen twice ({first} and {second}); a column can be "
                "only one quantity.",
                name=name,
                first=seen[index],
                second=quantity,
            )
        seen[index] = quantity
    return None
