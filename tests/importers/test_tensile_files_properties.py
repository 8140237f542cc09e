"""Property-based tests of the raw tensile file import (hypothesis, issue 12): any bytes —
valid tables in every layout the import accepts, random bytes, truncated files, wrong or
damaged encodings, huge numbers, NaN/inf, one column, hostile long lines, a million lines —
give either the exact table or a TensileFileError (a ValidationError) that names the line
at fault; never another exception, never a hang. The number of examples comes from the
hypothesis profile (HYPOTHESIS_PROFILE: "ci" quick, "thorough" ≥ 10,000)."""

from __future__ import annotations

import codecs
import contextlib
import math
import time
from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from itc_desktop.db import Actor, Database
from itc_desktop.importers.tensile_files import (
    MAX_LINE_CHARS,
    TensileFileError,
    TensileRecord,
    _fast_array,
    _to_array,
    decode_bytes,
    parse_tensile_bytes,
    parse_tensile_text,
)
from itc_desktop.models import AuditEntry
from itc_desktop.models.results import TestRecord, TestValue
from itc_desktop.services import results as result_service
from itc_desktop.services.errors import ValidationError
from itc_desktop.services.results import RawFile
from tests.analysis.test_tensile_generated import ramberg_osgood
from tests.services.results_support import make_lab, tensile_input

# Header names the import recognises (English, German, Hungarian, Serbian) with their units.
COLUMNS = [
    ("Time", "s"), ("Prüfzeit", "s"), ("Idő", "s"),
    ("Force", "kN"), ("Standardkraft", "N"), ("Erő", "kN"), ("Sila", "N"),
    ("Extension", "mm"), ("Standardweg", "mm"), ("Megnyúlás", "mm"), ("Izduženje", "mm"),
    ("Strain", "%"), ("Stress", "MPa"),
]  # fmt: skip
# Finite values from tiny to huge (1e±300), as a machine or a hostile file could write them.
VALUES = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.floats(allow_nan=False, allow_infinity=False).filter(lambda v: abs(v) < 1e300),
    st.integers(-(10**9), 10**9).map(float),
)


@dataclass(frozen=True)
class Layout:
    delimiter: str
    decimal: str
    header: bool
    units_row: bool
    metadata: tuple[str, ...]
    trailing_separator: bool
    newline: str
    encoding: str


LAYOUTS = st.builds(
    Layout,
    delimiter=st.sampled_from(["\t", ";", ","]),
    decimal=st.sampled_from([".", ","]),
    header=st.booleans(),
    units_row=st.booleans(),
    metadata=st.lists(
        st.sampled_from(
            ["Prüfer: Čedomir Đurić", "Messlänge: 50 mm", "Átmérő = 10 mm", "Note", "Operater"]
        ),
        max_size=3,
    ).map(tuple),
    trailing_separator=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1250", "cp1252"]),
)


def _cell(value: float, decimal: str) -> str:
    text = repr(float(value))
    return text.replace(".", ",") if decimal == "," else text


@st.composite
def tables(draw: st.DrawFn) -> tuple[bytes, np.ndarray, Layout]:
    """A valid record: (file bytes, the exact values, its layout)."""
    layout = draw(LAYOUTS)
    # A comma decimal needs a delimiter other than the comma (machines quote otherwise).
    assume(not (layout.decimal == "," and layout.delimiter == ","))
    ncols = draw(st.integers(2, 5))
    nrows = draw(st.integers(4, 40))
    values = np.array(draw(st.lists(VALUES, min_size=ncols * nrows, max_size=ncols * nrows)))
    values = values.reshape(nrows, ncols)
    names = draw(st.permutations(COLUMNS))[:ncols]
    lines = list(layout.metadata)
    if layout.header:
        lines.append(layout.delimiter.join(name for name, _unit in names))
    if layout.units_row:
        lines.append(layout.delimiter.join(unit for _name, unit in names))
    end = layout.delimiter if layout.trailing_separator else ""
    lines += [layout.delimiter.join(_cell(v, layout.decimal) for v in row) + end for row in values]
    text = layout.newline.join(lines) + layout.newline
    return text.encode(layout.encoding, errors="replace"), values, layout


def _outcome(data: bytes) -> TensileRecord | TensileFileError:
    """The record, or the refusal; anything else fails the test."""
    try:
        return parse_tensile_bytes(data)
    except TensileFileError as error:
        assert isinstance(error, ValidationError)
        assert str(error).strip(), "an error without a message"
        return error


@settings(deadline=None)
@given(tables())
def test_a_valid_table_reads_exactly(table: tuple[bytes, np.ndarray, Layout]) -> None:
    data, values, layout = table
    record = _outcome(data)
    if layout.header or layout.units_row or layout.metadata:
        assert isinstance(record, TensileRecord), str(record)
    if isinstance(record, TensileFileError):
        # Without any line above, a table whose first row looks like units cannot exist;
        # every other refusal would be a bug.
        raise AssertionError(f"refused: {record}")
    assert record.raw.shape == values.shape
    np.testing.assert_array_equal(record.raw, values)
    assert record.delimiter == layout.delimiter
    if layout.header:
        assert record.header_line is not None


@settings(deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes_give_a_record_or_a_clear_error(data: bytes) -> None:
    _outcome(data)


TEXT_PIECES = st.sampled_from(
    ["1", "2,5", "-3.25e4", "1e999", "nan", "inf", "-Infinity", ";", "\t", ",", '"', "'",
     " ", "\u00a0", "\n", "\r\n", "\r", "(", ")", "[kN]", "Kraft (kN)", "mm", "%", ":", "=",
     "ő", "č", "Ш", "\ufeff", "\x00", "\x0c", "\u2028", "1_000", "0x1F", "١٢", "e", "E5"]
)  # fmt: skip


@settings(deadline=None)
@given(
    st.lists(st.one_of(TEXT_PIECES, st.text(max_size=5)), max_size=200).map("".join),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1250", "latin-1"]),
)
def test_number_like_text_in_any_encoding_gives_a_record_or_a_clear_error(
    text: str, encoding: str
) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    _outcome(data)


@settings(deadline=None)
@given(tables(), st.data())
def test_a_truncated_file_reads_its_complete_rows_or_names_the_line(
    table: tuple[bytes, np.ndarray, Layout], data: st.DataObject
) -> None:
    content, values, layout = table
    cut = data.draw(st.integers(0, len(content) - 1))
    outcome = _outcome(content[:cut])
    if isinstance(outcome, TensileRecord) and layout.header and layout.encoding != "utf-16":
        # Every row but the last (perhaps cut inside a number) is as written.
        rows = outcome.raw
        assert rows.shape[0] <= values.shape[0]
        if rows.shape[1] == values.shape[1]:
            np.testing.assert_array_equal(rows[:-1], values[: rows.shape[0] - 1])


BAD_CELLS = st.sampled_from(
    ["nan", "NaN", "inf", "-inf", "1e999", "-1e400", "abc", "1.2.3x", "--5", "1e", "x"]
)


@settings(deadline=None)
@given(tables(), st.data(), BAD_CELLS)
def test_a_bad_cell_is_refused_with_its_line(
    table: tuple[bytes, np.ndarray, Layout], data: st.DataObject, bad: str
) -> None:
    content, values, layout = table
    assume(layout.header and values.shape[0] >= 6)
    text, _encoding = decode_bytes(content)
    lines = text.splitlines()
    first_data = len(lines) - values.shape[0]
    # Rows from the fifth on: the first rows also decide where the table starts.
    row = data.draw(st.integers(4, values.shape[0] - 1))
    column = data.draw(st.integers(0, values.shape[1] - 1))
    cells = lines[first_data + row].split(layout.delimiter)
    cells[column] = bad
    lines[first_data + row] = layout.delimiter.join(cells)
    with pytest.raises(TensileFileError) as caught:
        parse_tensile_text("\n".join(lines))
    assert caught.value.line == first_data + row + 1
    assert f"line {first_data + row + 1}:" in str(caught.value)


@settings(deadline=None)
@given(tables(), st.data())
def test_numpy_reads_exactly_what_the_line_by_line_reader_reads(
    table: tuple[bytes, np.ndarray, Layout], data: st.DataObject
) -> None:
    """The fast path (one numpy call) and the line-by-line reader agree on every table the
    fast path accepts, including tables with a damaged cell (which it must decline)."""
    content, values, layout = table
    text, _encoding = decode_bytes(content)
    table_lines = text.splitlines()[len(text.splitlines()) - values.shape[0] :]
    if data.draw(st.booleans()):
        row = data.draw(st.integers(0, len(table_lines) - 1))
        table_lines[row] += data.draw(st.sampled_from([" ", "\t", "_1", ";", ",", "x", '"']))
    body = [(n, line) for n, line in enumerate(table_lines, 1) if line.strip()]
    fast = _fast_array(table_lines, layout.delimiter, values.shape[1], layout.decimal, None)
    try:
        slow = _to_array(body, layout.delimiter, values.shape[1], layout.decimal, None)
    except TensileFileError:
        assert fast is None
        return
    if fast is not None:
        np.testing.assert_array_equal(fast, slow)


@settings(deadline=None)
@given(st.lists(VALUES, min_size=3, max_size=50), st.sampled_from(["", "Force (kN)\n"]))
def test_one_column_is_refused(values: list[float], header: str) -> None:
    text = header + "\n".join(repr(v) for v in values)
    with pytest.raises(TensileFileError) as caught:
        parse_tensile_text(text)
    assert "single column" in str(caught.value) or "No table of numbers" in str(caught.value)


# --------------------------------------------------------------------------- found and fixed


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (codecs.BOM_UTF16_LE + "Zeit;Kraft\n1;2\n".encode("utf-16-le")[:-1], "UTF-16"),
        (codecs.BOM_UTF8 + b"Zeit;Kraft\n1;2\n\xff\xfe\n", "UTF-8"),
    ],
)
def test_a_damaged_file_with_a_byte_order_mark_is_refused(data: bytes, words: str) -> None:
    """Found by hypothesis: a UTF-16 file cut at an odd byte, or a UTF-8-marked file with a
    stray byte, raised UnicodeDecodeError (a crash in the import dialog)."""
    with pytest.raises(TensileFileError, match=f"marked as {words} text but is damaged"):
        parse_tensile_bytes(data)


def test_a_line_longer_than_any_table_row_is_refused_with_its_line() -> None:
    """Found: a cell over 131,072 characters made the csv module raise `field larger than
    field limit` (a crash)."""
    text = "Zeit;Kraft;Weg\n" + "1" * (MAX_LINE_CHARS + 1) + ";2;3\n1;2;3\n"
    with pytest.raises(TensileFileError, match="at most 100000 are accepted") as caught:
        parse_tensile_text(text)
    assert caught.value.line == 2


@pytest.mark.parametrize(
    "hostile",
    [
        "Zeit;Kraft\n" + "1" * 90_000 + "x;2\n",  # a number-like cell that is not one
        "Kraft " + "(" * 90_000 + "\n1;2\n3;4\n5;6\n7;8\n",  # brackets without a unit
        "Kraft (" + " " * 90_000 + "x\n1;2\n3;4\n5;6\n7;8\n",
        "Note: a" + " " * 90_000 + "b\n1;2\n3;4\n5;6\n7;8\n",  # "key: value" metadata
        "x;y\n" + "".join("1;2\n" if i % 2 else "1;2;3\n" for i in range(40_000)),
    ],
    ids=["digits", "brackets", "bracket-spaces", "metadata-spaces", "ragged-rows"],
)
def test_hostile_lines_do_not_make_the_reader_spin(hostile: str) -> None:
    """Found: regular expressions with nested quantifiers (number cells, "name (unit)",
    "key: value") backtracked quadratically or worse — 2,000 brackets took 25 s — and the
    search for the table's start rescanned the rest of the file for every candidate line
    (40,000 ragged rows: minutes). Each now reads in linear time."""
    began = time.perf_counter()
    with contextlib.suppress(TensileFileError):
        parse_tensile_text(hostile)
    assert time.perf_counter() - began < 10.0  # was minutes; now well under a second


def test_a_million_line_file_reads_completely_and_a_bad_last_line_is_named() -> None:
    block = [(i * 0.01, i % 977 * 0.25, i * 1e-5) for i in range(1000)]
    lines = "\n".join(f"{t:.2f};{f:.2f};{e:.5f}" for t, f, e in block)
    text = "Zeit (s);Kraft (kN);Weg (mm)\n" + "\n".join([lines] * 1000)
    record = parse_tensile_text(text)
    assert record.row_count == 1_000_000
    written = [[float(v) for v in line.split(";")] for line in lines.split("\n")]
    expected = np.tile(np.array(written), (1000, 1))
    np.testing.assert_array_equal(record.raw, expected)
    assert record.data["force"][-1] == pytest.approx(999 % 977 * 250.0)  # kN → N
    # numpy refuses the last block: only that block is read line by line.
    with pytest.raises(TensileFileError) as caught:
        parse_tensile_text(text + "\n1;2;oops")
    assert caught.value.line == 1_000_002 and "'oops' is not a number" in str(caught.value)


def test_too_many_rows_are_refused_before_reading_them() -> None:
    text = "Zeit;Kraft\n" + "1;2\n\n" * 30
    assert parse_tensile_text(text, max_rows=30).row_count == 30  # blank lines do not count
    with pytest.raises(TensileFileError, match="31 rows; at most 30"):
        parse_tensile_text(text + "1;2\n", max_rows=30)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.integers(1, 3))
def test_trailing_separators_read_like_without(extra: int) -> None:
    plain = "Zeit;Kraft\n" + "\n".join(f"{i};{i * 2.5}" for i in range(10))
    trailing = "\n".join(line + ";" * extra for line in plain.splitlines())
    np.testing.assert_array_equal(parse_tensile_text(trailing).raw, parse_tensile_text(plain).raw)


@pytest.mark.parametrize("damaged", ["1.2.3x", "1.2.3", "1,2,3"])
def test_one_damaged_cell_does_not_change_how_every_number_is_read(damaged: str) -> None:
    """Found by hypothesis: a single cell with two dots made the whole file's dots thousands
    separators (every "0.5" read as 5), so the error named the wrong line or none at all."""
    lines = ["Zeit;Kraft"] + [f"{i}.5;{i}.25" for i in range(10)]
    lines[8] = f"7.5;{damaged}"
    with pytest.raises(TensileFileError) as caught:
        parse_tensile_text("\n".join(lines))
    assert caught.value.line == 9 and f"'{damaged}' is not a number" in str(caught.value)


# --------------------------------------------------------------------------- import → store

DAMAGES = st.sampled_from(
    ["none", "bad_cell", "nan", "inf", "huge", "truncate", "one_column", "random_bytes",
     "utf16_cut", "wrong_units", "reversed", "constant"]
)  # fmt: skip


@st.composite
def machine_files(draw: st.DrawFn) -> bytes:
    """A Zwick-like record of a real-looking curve (Ø10 × 50 mm, kN and mm), sometimes
    damaged the ways files get damaged."""
    sigma_y = draw(st.floats(150, 900))
    strain, stress, _truth = ramberg_osgood(
        200_000, sigma_y, 12.0, draw(st.floats(0.03, 0.25)), noise=0.001 * sigma_y,
        seed=draw(st.integers(0, 2**16)), points=300,
    )  # fmt: skip
    force_kn, extension = stress * 78.54 / 1000.0, strain * 50.0
    damage = draw(st.one_of(st.just("none"), DAMAGES))  # half of them undamaged
    if damage == "wrong_units":
        force_kn = force_kn * 1e9  # e.g. µN written as kN
    elif damage == "reversed":
        extension = extension[::-1]
    elif damage == "constant":
        force_kn = np.full_like(force_kn, 12.5)
    rows = [
        f"{i * 0.1:.1f};{f!r};{e!r}"
        for i, (f, e) in enumerate(zip(force_kn.tolist(), extension.tolist(), strict=True))
    ]
    at = draw(st.integers(5, len(rows) - 1))
    bad = {"bad_cell": "12,5x", "nan": "nan", "inf": "inf", "huge": "1e300"}
    if damage in bad:
        rows[at] = f"{at * 0.1:.1f};{bad[damage]};0.5"
    elif damage == "one_column":
        rows = [row.split(";")[1] for row in rows]
    text = "Prüfer: Đurić\nMesslänge: 50 mm\nZeit (s);Kraft (kN);Weg (mm)\n" + "\n".join(rows)
    content = text.encode("utf-8")
    if damage == "truncate":
        content = content[: draw(st.integers(0, len(content)))]
    elif damage == "random_bytes":
        content = draw(st.binary(max_size=3000))
    elif damage == "utf16_cut":
        content = text.encode("utf-16")[: draw(st.integers(0, 4000)) | 1]
    return content


def test_import_evaluate_store_keeps_all_or_nothing(db: Database, manager: Actor) -> None:
    """The whole path of a machine file — read, evaluate, store through the service — either
    stores the record with its values and exactly the curve read, or refuses with a clear
    error and leaves the database as it was (no record, no values, no audit entry)."""
    lab = make_lab(db, manager)
    data = tensile_input(lab, manager)

    def counts() -> tuple[int, int, int]:
        with db.reader() as session:
            return tuple(  # type: ignore[return-value]
                session.scalar(select(func.count()).select_from(model)) or 0
                for model in (TestRecord, TestValue, AuditEntry)
            )

    @settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(machine_files())
    def check(content: bytes) -> None:
        before = counts()
        try:
            record = parse_tensile_bytes(content, source="machine.TXT")
            raw = RawFile("machine.TXT", content, record.data)
            with db.transaction(manager) as session:
                record_id = result_service.create_record(session, manager, data, raw)
        except ValidationError as error:
            assert str(error).strip()
            assert counts() == before, f"partly stored after: {error}"
            event(f"refused: {type(error).__name__}")
            return
        event("stored")
        records, values, audit = counts()
        assert records == before[0] + 1 and values > before[1] and audit > before[2]
        with db.reader() as session:
            stored = result_service.record_columns(session, manager, record_id)
            view = result_service.get_record(session, manager, record_id)
        assert stored is not None
        np.testing.assert_array_equal(stored["force"], record.data["force"])
        assert all(math.isfinite(v.value) for v in view.values)

    check()
